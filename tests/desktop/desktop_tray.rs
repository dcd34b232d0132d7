//! The tray icon at the D-Bus level, as a panel sees it: a test-owned
//! StatusNotifierWatcher takes the daemon's item, reads its icon, status and
//! tooltip, and clicks its menu entries, which must act like the same
//! commands from the command line.

use std::time::Duration;

use crate::support::app::*;
use crate::support::tray_host::{FakeTrayHost, TrayItem};
use crate::support::{Desktop, wait_until};

const WAIT: Duration = Duration::from_secs(15);

fn labels(host: &FakeTrayHost, item: &TrayItem) -> Vec<String> {
    host.menu(item)
        .into_iter()
        .map(|e| if e.separator { "—".into() } else { e.label })
        .collect()
}

fn status_is(host: &FakeTrayHost, item: &TrayItem, want: &str) -> bool {
    wait_until(WAIT, || host.string_property(item, "Status") == want)
}

#[test]
fn the_tray_shows_what_is_due_and_its_menu_acts() {
    let mut desktop = Desktop::start();
    desktop.start_dunst();
    let host = FakeTrayHost::start(desktop.bus_address());
    only_calf_raises(&desktop, "");
    let mut daemon = daemon(&desktop, BEFORE_1030);
    let item = host
        .wait_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item registered:\n{}", daemon_log(&desktop)));
    assert_eq!(host.string_property(&item, "Id"), "second-heart");
    assert_eq!(host.string_property(&item, "Title"), "Second Heart");
    assert_eq!(host.string_property(&item, "Category"), "ApplicationStatus");
    for icons in ["IconPixmap", "AttentionIconPixmap"] {
        assert_eq!(
            host.icon_sizes(&item, icons),
            [(22, true), (32, true), (48, true)]
        );
    }
    let idle_icon = host.property(&item, "IconPixmap");
    let (title, text) = host.tooltip(&item);
    assert_eq!(title, "Second Heart");
    assert_eq!(text, "0 of 2 done today\nNext: Calf raises at 10:30");

    // 10:30: the prompt is due, and the tray says so.
    assert!(
        status_is(&host, &item, "NeedsAttention"),
        "{}",
        daemon_log(&desktop)
    );
    assert_eq!(
        host.tooltip(&item).1,
        "0 of 2 done today\nDue now: Calf raises — 3 sets of 15"
    );
    assert_ne!(
        host.property(&item, "IconPixmap"),
        idle_icon,
        "the icon shows the badge"
    );
    assert_eq!(
        labels(&host, &item),
        [
            "Open Second Heart",
            "—",
            "Start: Calf raises — 3 sets of 15",
            "Done: Calf raises — 3 sets of 15",
            "Snooze 1 min",
            "—",
            "Pause for 1 hour",
            "Pause until tomorrow",
            "In a meeting for 1 hour",
            "In a call for 1 hour",
            "Reading for 1 hour",
            "—",
            "Quit Second Heart"
        ]
    );

    host.click(&item, "Done: Calf raises — 3 sets of 15");
    assert!(
        wait_until(WAIT, || history(&desktop).len() == 1),
        "{}",
        daemon_log(&desktop)
    );
    let h = history(&desktop);
    assert_eq!(
        (&h[0]["exercise"], &h[0]["outcome"], &h[0]["via"]),
        (&"calf-raises".into(), &"done".into(), &"tray".into())
    );
    assert!(status_is(&host, &item, "Active"));
    let tooltip = || host.tooltip(&item).1;
    assert!(
        wait_until(WAIT, || tooltip()
            == "1 of 2 done today · 1-day streak\nNext: Calf raises at 10:40"),
        "{}",
        tooltip()
    );
    // Done from the tray takes the notification off the screen too.
    assert!(wait_until(WAIT, || desktop.dunst_displayed() == 0));

    host.click(&item, "Pause for 1 hour");
    assert!(wait_until(WAIT, || !status(&desktop)["paused_until"].is_null()));
    assert!(wait_until(WAIT, || labels(&host, &item)
        .contains(&"Resume reminders (paused until 11:30)".to_owned())));
    assert!(host.tooltip(&item).1.ends_with("Paused until 11:30"));
    host.click(&item, "Resume reminders (paused until 11:30)");
    assert!(wait_until(WAIT, || status(&desktop)["paused_until"].is_null()));
    assert!(wait_until(WAIT, || labels(&host, &item)
        .contains(&"Pause until tomorrow".to_owned())));

    // The busy modes go the one service path: the same state as `busy`.
    host.click(&item, "In a meeting for 1 hour");
    assert!(wait_until(WAIT, || status(&desktop)["busy_with"] == "meeting"));
    assert!(wait_until(WAIT, || labels(&host, &item)
        .contains(&"No longer in a meeting (until 11:30)".to_owned())));
    assert!(host.tooltip(&item).1.contains("In a meeting until 11:30"));
    host.click(&item, "No longer in a meeting (until 11:30)");
    assert!(wait_until(WAIT, || status(&desktop)["busy_until"].is_null()));

    // The daemon may be gone before its item answers the click.
    let _ = host.try_click(&item, "Quit Second Heart");
    assert!(
        daemon.wait_exit(WAIT).is_some_and(|s| s.success()),
        "Quit did not stop the daemon:\n{}",
        daemon_log(&desktop)
    );
}

#[test]
fn without_a_tray_host_the_daemon_says_so_once_and_shows_the_icon_when_one_appears() {
    let mut desktop = Desktop::start();
    desktop.start_dunst();
    only_calf_raises(&desktop, "");
    let _daemon = daemon(&desktop, BEFORE_1030);
    wait_socket(&desktop);
    assert!(
        wait_until(WAIT, || daemon_log(&desktop)
            .contains("running without a tray icon")),
        "{}",
        daemon_log(&desktop)
    );
    // Prompts do not depend on the tray.
    assert!(
        wait_until(WAIT, || desktop.dunst_displayed() == 1),
        "{}",
        daemon_log(&desktop)
    );
    assert_eq!(
        daemon_log(&desktop)
            .matches("running without a tray icon")
            .count(),
        1
    );

    let host = FakeTrayHost::start(desktop.bus_address());
    let item = host
        .wait_item(WAIT)
        .unwrap_or_else(|| panic!("the item did not register:\n{}", daemon_log(&desktop)));
    assert_eq!(host.string_property(&item, "Status"), "NeedsAttention");
}

#[test]
fn open_in_the_tray_menu_and_a_click_on_the_icon_open_the_window_once() {
    let desktop = Desktop::start();
    let host = FakeTrayHost::start(desktop.bus_address());
    only_calf_raises(&desktop, "");
    let _daemon = daemon(&desktop, BEFORE_1030);
    let item = host
        .wait_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item registered:\n{}", daemon_log(&desktop)));
    let windows = || {
        let out = desktop
            .command("xdotool")
            .args(["search", "--name", "^Second Heart$"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).lines().count()
    };
    assert_eq!(windows(), 0);
    host.click(&item, "Open Second Heart");
    assert!(
        wait_until(Duration::from_secs(30), || windows() == 1),
        "no window:\n{}",
        daemon_log(&desktop)
    );
    // A click on the icon brings the same window forward, not a second one.
    host.activate(&item);
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(windows(), 1);
}
