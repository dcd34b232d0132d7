//! Reading times typed on the command line. A local time that happens twice
//! (the night clocks go back) means its first occurrence, as everywhere in
//! Second Heart; one the clocks skip is refused, whatever minute of the gap
//! it is, rather than guessed at. An RFC 3339 time with an offset names one
//! instant and needs neither rule; a date alone means the start of that day.

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime};

use crate::core::localtime;
use crate::core::quote::quote;

/// RFC 3339, "YYYY-MM-DD HH:MM", "YYYY-MM-DDTHH:MM", or a time of day on
/// `now`'s date, in either clock whatever the locale ("14:30", "2:30 PM",
/// the language's own AM/PM words), also after a date ("2026-11-23 2:30 PM").
pub fn parse(text: &str, now: &DateTime<Local>) -> Result<DateTime<Local>, String> {
    let t = text.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
        return Ok(dt.with_timezone(&Local));
    }
    // A date alone is the start of that day, which exists even where the
    // clocks skip midnight (it is then 01:00).
    if let Ok(date) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Ok(localtime::at_minute(&Local, date, 0));
    }
    let naive = [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(t, f).ok())
    .or_else(|| crate::i18n::format::parse_time(t).map(|time| now.date_naive().and_time(time)))
    .or_else(|| {
        let (date, time) = t.split_once(' ')?;
        let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
        Some(date.and_time(crate::i18n::format::parse_time(time)?))
    })
    .ok_or_else(|| crate::t!("time-not-a-time", text = quote(text)))?;
    localtime::first_instant(&Local, naive)
        .ok_or_else(|| crate::t!("time-in-gap", text = quote(text)))
}
