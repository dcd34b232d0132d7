//! The user's time zone, through the real binary: a local time the clocks
//! repeat means its first occurrence, one they skip is refused, and other
//! zones give their own offsets. The zone is set with `TZ`. On Linux each
//! program reads it; under Wine the Windows time zone is derived from `TZ`
//! when the Wine server starts, so tests/windows/run.sh runs each of these
//! in a Wine session started in that zone (a real Windows ignores `TZ` and
//! follows the zone in its settings). So the same tests check the Windows
//! build's time zone handling (chrono's `Local` from Windows' zone).

use crate::support::home::{Home, MONDAY, stderr};

/// The last line of the history.
fn last_line(home: &Home) -> String {
    let text = std::fs::read_to_string(home.history_file()).unwrap();
    text.lines().last().unwrap().to_owned()
}

fn done_at(home: &Home, tz: &str, at: &str) -> std::process::Output {
    home.at(MONDAY, tz)
        .args(["done", "calf-raises", "--at", at])
        .output()
        .unwrap()
}

#[test]
fn berlin_a_repeated_hour_means_its_first_time_and_a_skipped_one_is_refused() {
    let home = Home::new();
    // The night the clocks go back: 02:30 happens twice, the first one
    // (+02:00) is meant.
    let out = done_at(&home, "Europe/Berlin", "2026-10-25 02:30");
    assert!(out.status.success(), "{}", stderr(&out));
    let line = last_line(&home);
    assert!(
        line.contains(r#""at":"2026-10-25T02:30:00+02:00""#),
        "{line}"
    );
    // The night the clocks go forward: 02:30 does not exist.
    let out = done_at(&home, "Europe/Berlin", "2026-03-29 02:30");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(last_line(&home), line, "nothing recorded");
    // A summer and a winter day: +02:00, then +01:00.
    let out = done_at(&home, "Europe/Berlin", "2026-07-01 09:00");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(last_line(&home).contains(r#""at":"2026-07-01T09:00:00+02:00""#));
    let out = done_at(&home, "Europe/Berlin", "2026-11-20 09:00");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(last_line(&home).contains(r#""at":"2026-11-20T09:00:00+01:00""#));
}

#[test]
fn new_york_is_five_hours_behind_in_november_and_four_in_summer() {
    let home = Home::new();
    let out = done_at(&home, "America/New_York", "2026-11-20 10:00");
    assert!(out.status.success(), "{}", stderr(&out));
    let line = last_line(&home);
    assert!(
        line.contains(r#""at":"2026-11-20T10:00:00-05:00""#),
        "{line}"
    );
    let out = done_at(&home, "America/New_York", "2026-07-01 10:00");
    assert!(out.status.success(), "{}", stderr(&out));
    let line = last_line(&home);
    assert!(
        line.contains(r#""at":"2026-07-01T10:00:00-04:00""#),
        "{line}"
    );
}
