//! The app on a test desktop: its preferences, the daemon, the command line
//! and the files it writes, for the end-to-end tests.

use std::fs;
use std::path::Path;
use std::process::Output;
use std::time::Duration;

use serde_json::Value;

use super::{Desktop, NotifyCall, Process, wait_until};

/// Monday 23 November 2026, three seconds before a 10:30 prompt.
pub const BEFORE_1030: &str = "2026-11-23T10:29:57Z";

/// Preferences with one exercise, calf raises at 10:30 and 10:40 on Mondays,
/// everything else off; `extra` goes into the calf raises' table.
pub fn only_calf_raises(desktop: &Desktop, extra: &str) {
    with_preferences(desktop, "", extra)
}

pub fn with_preferences(desktop: &Desktop, top: &str, extra: &str) {
    write_preferences(desktop.config_home(), top, extra)
}

/// [`with_preferences`] for a config directory of any test home.
pub fn write_preferences(config_home: &Path, top: &str, extra: &str) {
    let mut text = format!("snooze_minutes = 1\n{top}");
    for id in [
        "ankle-rotations",
        "soleus-stretch",
        "brisk-walk",
        "cycling",
        "legs-up",
    ] {
        text.push_str(&format!("[exercises.{id}]\nenabled = false\n"));
    }
    text.push_str(
        "[exercises.calf-raises]\nrules = [{ at = [\"10:30\", \"10:40\"], days = [\"mon\"] }]\n",
    );
    text.push_str(extra);
    let dir = config_home.join("second-heart");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("preferences.toml"), text).unwrap();
}

pub fn daemon(desktop: &Desktop, fake_now: &str) -> Process {
    let log = fs::File::create(desktop.dir().join("daemon.log")).unwrap();
    desktop.spawn(
        desktop
            .bin()
            .arg("daemon")
            .env("TZ", "UTC")
            .env("SECOND_HEART_FAKE_NOW", fake_now)
            .stdout(log.try_clone().unwrap())
            .stderr(log),
    )
}

pub fn daemon_log(desktop: &Desktop) -> String {
    fs::read_to_string(desktop.dir().join("daemon.log")).unwrap_or_default()
}

pub fn cli(desktop: &Desktop, args: &[&str]) -> Output {
    desktop.bin().env("TZ", "UTC").args(args).output().unwrap()
}

pub fn status(desktop: &Desktop) -> Value {
    let out = cli(desktop, &["status", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

pub fn history(desktop: &Desktop) -> Vec<Value> {
    fs::read_to_string(desktop.data_home().join("second-heart/history.jsonl"))
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

pub fn wait_socket(desktop: &Desktop) {
    let socket = desktop.runtime_dir().join("second-heart/daemon.sock");
    assert!(
        wait_until(Duration::from_secs(10), || socket.exists()),
        "the daemon did not start:\n{}",
        daemon_log(desktop)
    );
}

/// notify-rust starts listening for a prompt's answer a few D-Bus round
/// trips after the prompt is shown; a person takes far longer to click. The
/// test server answers instantly, so it waits like a person would.
pub fn like_a_person() {
    std::thread::sleep(Duration::from_millis(300));
}

pub fn prompt(calls: &[NotifyCall], summary: &str) -> Option<NotifyCall> {
    calls
        .iter()
        .rev()
        .find(|c| c.summary == summary && c.id.is_some())
        .cloned()
}

pub const CALF: &str = "Calf raises — 3 sets of 15";
