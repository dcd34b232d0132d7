//! Reading times typed on the command line.

use chrono::{DateTime, Local, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};

/// RFC 3339, "YYYY-MM-DD HH:MM", "YYYY-MM-DDTHH:MM" or "HH:MM" (on `today`'s date).
pub fn parse(text: &str, now: &DateTime<Local>) -> Result<DateTime<Local>, String> {
    let t = text.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
        return Ok(dt.with_timezone(&Local));
    }
    let naive = ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(t, f).ok())
        .or_else(|| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok().map(|d| d.and_time(NaiveTime::MIN)))
        .or_else(|| {
            NaiveTime::parse_from_str(t, "%H:%M")
                .ok()
                .map(|time| now.date_naive().and_time(time))
        })
        .ok_or_else(|| {
            format!("`{text}` is not a time (write e.g. 14:30, \"2026-11-23 09:00\" or 2026-11-23T09:00:00+01:00)")
        })?;
    match Local.from_local_datetime(&naive) {
        LocalResult::Single(t) => Ok(t),
        LocalResult::Ambiguous(first, _) => Ok(first),
        LocalResult::None => Err(format!(
            "`{text}` does not exist in this time zone (the clocks skip it for daylight saving)"
        )),
    }
}
