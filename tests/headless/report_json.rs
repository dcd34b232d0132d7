//! The reports' JSON, pinned byte for byte: `status --json`, `upcoming
//! --json` and the daemon's socket replies (status, history, upcoming) for a
//! fixed clock and history, against the files in `tests/golden/`.
//!
//! Scripts, status bars and older windows read these; a change of a field
//! name, a time format ("+00:00" rather than "Z", fractional seconds) or a
//! state's spelling breaks them, so it must show up here as a failing diff.
//! The text output of `status` and `upcoming` is pinned the same way.
//!
//! After an intended change: `UPDATE_GOLDEN=1 cargo test --test report_json`,
//! then read the diff of `tests/golden/` before committing it.

use std::fs;
use std::path::PathBuf;
use std::process::Command;

use crate::support::home::Home;
use second_heart::protocol::ResponseLine;
use second_heart::report::StatusReport;

/// Monday 23 November 2026, 11:50 in Paris (+01:00).
const NOW: &str = "2026-11-23T10:50:00Z";

/// A week of full-dose calf raises (a suggestion and a streak), rides
/// before and during this week (a weekly target), and today one of each
/// answer: done with a dose, done with minutes, missed, skipped, and a
/// snooze still running. Times are written with +01:00 and shown in the
/// zone of TZ.
fn history() -> String {
    let mut lines: Vec<String> = (16..23)
        .map(|d| {
            format!(
                r#"{{"at":"2026-11-{d}T10:31:00+01:00","exercise":"calf-raises","outcome":"done","dose":"3 sets of 15","via":"notification"}}"#
            )
        })
        .collect();
    lines.extend(
        [
            r#"{"at":"2026-11-21T09:00:00+01:00","exercise":"cycling","outcome":"done","minutes":25,"via":"cli"}"#,
            r#"{"at":"2026-11-23T08:10:00+01:00","exercise":"cycling","outcome":"done","minutes":40,"via":"window"}"#,
            r#"{"at":"2026-11-23T09:45:00+01:00","exercise":"ankle-rotations","outcome":"missed","via":"scheduler"}"#,
            r#"{"at":"2026-11-23T10:35:00+01:00","exercise":"calf-raises","outcome":"done","dose":"3 sets of 15","via":"notification"}"#,
            r#"{"at":"2026-11-23T10:50:00+01:00","exercise":"ankle-rotations","outcome":"skipped","via":"tray"}"#,
            r#"{"at":"2026-11-23T11:40:00+01:00","exercise":"legs-up","outcome":"snoozed","until":"2026-11-23T12:00:00+01:00","via":"notification"}"#,
        ]
        .map(str::to_owned),
    );
    lines.join("\n") + "\n"
}

fn home() -> Home {
    let home = Home::new();
    fs::create_dir_all(home.history_file().parent().unwrap()).unwrap();
    fs::write(home.history_file(), history()).unwrap();
    home
}

/// The binary in Paris at `NOW`.
fn paris(home: &Home) -> Command {
    let mut cmd = home.cmd_at(NOW);
    cmd.env("TZ", "Europe/Paris");
    cmd
}

fn stdout_of(mut cmd: Command, args: &[&str]) -> String {
    let out = cmd.args(args).output().unwrap();
    assert!(
        out.status.success(),
        "`{}` failed: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Compares `actual` with `tests/golden/<name>` (or rewrites the file when
/// UPDATE_GOLDEN is set), naming the first line that differs.
fn golden(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, actual).unwrap();
        return;
    }
    let expected = fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_GOLDEN=1 writes it)", path.display()));
    if expected == actual {
        return;
    }
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let line = (0..e.len().max(a.len()))
        .find(|&i| e.get(i) != a.get(i))
        .unwrap_or(0);
    panic!(
        "{name} differs from {} at line {}:\n  expected: {:?}\n  actual:   {:?}\n\nwhole output:\n{actual}",
        path.display(),
        line + 1,
        e.get(line),
        a.get(line)
    );
}

#[test]
fn status_and_upcoming_json_and_text_are_pinned() {
    let home = home();
    let status = stdout_of(paris(&home), &["status", "--json"]);
    // Every state a checklist entry can be in, so each spelling is pinned.
    for state in ["done", "skipped", "missed", "due", "snoozed", "upcoming"] {
        assert!(
            status.contains(&format!(r#""state": "{state}""#)),
            "{state}"
        );
    }
    golden("status.json", &status);
    golden("status.txt", &stdout_of(paris(&home), &["status"]));
    golden(
        "upcoming.json",
        &stdout_of(paris(&home), &["upcoming", "--json", "-n", "4"]),
    );
    golden(
        "upcoming.txt",
        &stdout_of(paris(&home), &["upcoming", "-n", "12"]),
    );
}

#[test]
fn a_paused_status_is_pinned_with_the_pause_to_the_second() {
    let home = home();
    // Written by a pause at a moment with a fraction of a second, in UTC:
    // the report shows it to the second in the local offset.
    let state = home.state_file();
    fs::create_dir_all(state.parent().unwrap()).unwrap();
    fs::write(
        &state,
        r#"{"paused_until":"2026-11-23T11:50:00.000000321Z"}"#,
    )
    .unwrap();
    let status = stdout_of(paris(&home), &["status", "--json"]);
    assert!(status.contains(r#""paused_until": "2026-11-23T12:50:00+01:00""#));
    golden("status-paused.json", &status);
    golden("status-paused.txt", &stdout_of(paris(&home), &["status"]));
}

/// `raw` with the JSON string or number `value` at `key` replaced by
/// `placeholder`, after checking it is there exactly once.
#[cfg(unix)]
fn mask(raw: &str, key: &str, value: &serde_json::Value, placeholder: &str) -> String {
    let field = format!("\"{key}\":{}", serde_json::to_string(value).unwrap());
    assert_eq!(raw.matches(&field).count(), 1, "{field} in {raw}");
    raw.replace(&field, &format!("\"{key}\":{placeholder}"))
}

// Wine limit: a Wine without a display has never seen input, so
// GetLastInputInfo says idle since boot and the daemon reports "away".
#[cfg(unix)]
#[test]
fn the_daemons_socket_replies_are_pinned() {
    // In UTC, so the offset zero is pinned too ("+00:00", not "Z").
    let home = home();
    let _daemon = home.daemon();
    let status = home.raw_request(b"{\"v\":1,\"cmd\":\"status\"}\n");
    let value: serde_json::Value = serde_json::from_str(&status).unwrap();
    let report = &value["reply"];
    // The daemon's clock runs on from the pinned moment, and what it says
    // about the desktop depends on the machine: checked, then masked.
    let now = report["now"].as_str().unwrap();
    assert!(
        now.starts_with("2026-11-23T11:50:") && now.ends_with("+00:00") && now.len() == 25,
        "{now}"
    );
    let mut status = mask(&status, "now", &report["now"], "\"NOW\"");
    let daemon = &report["daemon"];
    assert!(daemon["pid"].as_u64().is_some_and(|p| p > 0), "{daemon}");
    status = mask(&status, "pid", &daemon["pid"], "1");
    for key in [
        "idle_source",
        "lock_source",
        "fullscreen_source",
        "notifications",
    ] {
        assert!(daemon[key].is_string(), "{daemon}");
        status = mask(&status, key, &daemon[key], "\"(this machine)\"");
    }
    status = mask(
        &status,
        "warnings",
        &report["warnings"],
        "[\"(this machine)\"]",
    );
    golden("socket-status.jsonl", &status);

    let history = home.raw_request(b"{\"v\":1,\"cmd\":\"history\",\"weeks\":2}\n");
    golden("socket-history.jsonl", &history);
    let upcoming = home.raw_request(b"{\"v\":1,\"cmd\":\"upcoming\",\"from\":null,\"count\":3}\n");
    golden("socket-upcoming.jsonl", &upcoming);
}

fn golden_text(name: &str) -> String {
    fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/golden")
            .join(name),
    )
    .unwrap()
}

#[test]
fn a_report_read_back_is_written_out_byte_for_byte() {
    // The window reads the daemon's JSON into typed reports: nothing may
    // be lost or reformatted on the way.
    for name in ["status.json", "status-paused.json"] {
        let text = golden_text(name);
        let report: StatusReport = serde_json::from_str(&text).unwrap();
        assert_eq!(serde_json::to_string_pretty(&report).unwrap() + "\n", text);
    }
    for name in [
        "socket-history.jsonl",
        "socket-upcoming.jsonl",
        "socket-status.jsonl",
    ] {
        let text = golden_text(name).replace("\"NOW\"", "\"2026-11-23T11:50:00+00:00\"");
        let line: ResponseLine = serde_json::from_str(&text).unwrap();
        assert_eq!(serde_json::to_string(&line).unwrap() + "\n", text, "{name}");
    }
}

#[test]
fn a_reply_from_a_daemon_before_records_minutes_still_reads() {
    let new = golden_text("status.json");
    let old: String = new
        .lines()
        .filter(|l| !l.contains("\"records_minutes\""))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(old, new);
    let old: StatusReport = serde_json::from_str(&old).unwrap();
    let mut new: StatusReport = serde_json::from_str(&new).unwrap();
    assert!(new.exercises.iter().any(|e| e.records_minutes));
    for e in &mut new.exercises {
        e.records_minutes = false;
    }
    assert_eq!(old, new);
}
