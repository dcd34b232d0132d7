//! The real window, end to end, on a private headless desktop: it opens
//! (found by title with xdotool), starts the daemon, is unique (a second
//! launch raises it and exits), and once closed the daemon keeps prompting.

use std::fs;
use std::time::Duration;

use crate::support::{Desktop, wait_for, wait_until};

fn windows(desktop: &Desktop) -> Vec<String> {
    let out = desktop
        .command("xdotool")
        .args(["search", "--name", "^Second Heart$"])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_window_opens_is_unique_and_the_daemon_prompts_after_it_closes() {
    let mut desktop = Desktop::start();
    desktop.start_monitor();
    desktop.start_dunst();
    crate::support::app::only_calf_raises(&desktop, "");

    // The window starts the daemon, which inherits this clock: ~12 s to 10:30.
    let log = fs::File::create(desktop.dir().join("window.log")).unwrap();
    let mut window = desktop.spawn(
        desktop
            .bin()
            .env("TZ", "UTC")
            .env("SECOND_HEART_FAKE_NOW", "2026-11-23T10:29:48Z")
            .stdout(log.try_clone().unwrap())
            .stderr(log),
    );
    let logs = || {
        let w = fs::read_to_string(desktop.dir().join("window.log")).unwrap_or_default();
        let d = fs::read_to_string(desktop.state_home().join("second-heart/daemon.log"))
            .unwrap_or_default();
        format!("window:\n{w}\ndaemon:\n{d}")
    };
    let id = wait_for(Duration::from_secs(20), || {
        windows(&desktop).into_iter().next()
    })
    .unwrap_or_else(|| panic!("no window titled Second Heart:\n{}", logs()));
    assert!(
        desktop
            .runtime_dir()
            .join("second-heart/daemon.sock")
            .exists(),
        "the window started the daemon:\n{}",
        logs()
    );
    desktop.screenshot(&desktop.dir().join("window.png"));

    // A second launch brings the first to the front and exits.
    let second = desktop.bin().env("TZ", "UTC").output().unwrap();
    assert!(
        second.status.success(),
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );
    assert!(String::from_utf8_lossy(&second.stdout).contains("already open"));
    assert_eq!(
        windows(&desktop),
        vec![id.clone()],
        "still exactly one window"
    );

    // Close the window; the daemon stays and prompts at 10:30.
    desktop.xdotool(&["windowclose", &id]);
    assert!(
        window.wait_exit(Duration::from_secs(10)).is_some(),
        "the window process exits when its window closes:\n{}",
        logs()
    );
    let prompted = wait_until(Duration::from_secs(30), || {
        desktop
            .notify_calls()
            .iter()
            .any(|c| c.summary == "Calf raises — 3 sets of 15")
    });
    assert!(prompted, "no prompt after the window closed:\n{}", logs());
    let stop = desktop.bin().arg("stop").output().unwrap();
    assert!(
        String::from_utf8_lossy(&stop.stdout).contains("Stopping"),
        "the daemon outlived the window"
    );
}
