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
//! seconds before a prompt is due.

use std::sync::OnceLock;
use std::time::Instant;

use chrono::{DateTime, Local};

pub const FAKE_NOW_VAR: &str = "SECOND_HEART_FAKE_NOW";

/// Now, in the local zone (which follows TZ).
pub fn now() -> DateTime<Local> {
    std::env::var(FAKE_NOW_VAR)
        .ok()
        .and_then(|s| DateTime::parse_from_rfc3339(&s).ok())
        .map(|t| {
            static START: OnceLock<Instant> = OnceLock::new();
            let elapsed = START.get_or_init(Instant::now).elapsed();
            t.with_timezone(&Local) + chrono::Duration::from_std(elapsed).unwrap_or_default()
        })
        .unwrap_or_else(Local::now)
}

/// A compact timestamp for file names, e.g. `20261122T103000`.
pub fn stamp(t: &DateTime<Local>) -> String {
    t.format("%Y%m%dT%H%M%S").to_string()
}
