//! The one place that reads the system clock.
//!
//! `SECOND_HEART_FAKE_NOW` (an RFC 3339 time) pins "now" for tests and
//! demonstrations: the same binary then behaves as it would at that moment,
//! in the zone given by TZ.

use chrono::{DateTime, Local};

pub const FAKE_NOW_VAR: &str = "SECOND_HEART_FAKE_NOW";

/// Now, in the local zone (which follows TZ).
pub fn now() -> DateTime<Local> {
    std::env::var(FAKE_NOW_VAR)
        .ok()
        .and_then(|s| DateTime::parse_from_rfc3339(&s).ok())
        .map(|t| t.with_timezone(&Local))
        .unwrap_or_else(Local::now)
}

/// A compact timestamp for file names, e.g. `20261122T103000`.
pub fn stamp(t: &DateTime<Local>) -> String {
    t.format("%Y%m%dT%H%M%S").to_string()
}
