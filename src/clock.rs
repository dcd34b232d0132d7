//! Where "now" comes from, for everything that plans, records or reports.
//!
//! The daemon's log lines are stamped with this clock too. Two things read
//! the system clock directly, on purpose: a file's age (`daemon/files.rs`
//! compares modification times, which are on the system clock whatever
//! this one says) and the monotonic clock behind the daemon's sleeps.
//!
//! `SECOND_HEART_FAKE_NOW` (an RFC 3339 time) sets the clock for tests and
//! demonstrations: the process starts at that moment (in the zone given by
//! TZ) and time flows on from there, so a daemon can be started a few
//! seconds before a prompt is due. With it, `SECOND_HEART_FAKE_JUMP` names
//! a file holding a number of seconds added to that clock: a test sets
//! the clock forward or back by writing it, as a person (or NTP) sets the
//! system clock, and the daemon hears it (`daemon::clock_watch`).

use std::sync::OnceLock;
use std::time::Instant;

use chrono::{DateTime, Local};

pub const FAKE_NOW_VAR: &str = "SECOND_HEART_FAKE_NOW";
pub const FAKE_JUMP_VAR: &str = "SECOND_HEART_FAKE_JUMP";

/// The fake clock's jump file, when the fake clock is in use.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
pub fn fake_jump_file() -> Option<std::path::PathBuf> {
    std::env::var_os(FAKE_NOW_VAR)?;
    std::env::var_os(FAKE_JUMP_VAR)
        .filter(|v| !v.is_empty())
        .map(std::path::PathBuf::from)
}

/// The seconds the jump file says (0 when it is missing or unreadable).
fn fake_jump() -> chrono::Duration {
    fake_jump_file()
        .and_then(|f| std::fs::read_to_string(f).ok())
        .and_then(|s| s.trim().parse::<i64>().ok())
        .map_or(chrono::Duration::zero(), chrono::Duration::seconds)
}

/// Now, in the local zone (which follows TZ).
pub fn now() -> DateTime<Local> {
    std::env::var(FAKE_NOW_VAR)
        .ok()
        .and_then(|s| DateTime::parse_from_rfc3339(&s).ok())
        .map(|t| {
            static START: OnceLock<Instant> = OnceLock::new();
            let elapsed = START.get_or_init(Instant::now).elapsed();
            t.with_timezone(&Local)
                + chrono::Duration::from_std(elapsed).unwrap_or_default()
                + fake_jump()
        })
        .unwrap_or_else(Local::now)
}

/// A compact timestamp for file names, e.g. `20261122T103000`.
pub fn stamp(t: &DateTime<Local>) -> String {
    t.format("%Y%m%dT%H%M%S").to_string()
}
