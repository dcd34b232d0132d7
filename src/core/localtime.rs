//! Turning "this date at 02:30" into an instant, the way people expect across
//! DST changes: a time that does not exist (spring forward) becomes the first
//! valid minute after it, and a time that happens twice (fall back) is taken
//! the first time only. Every schedule computation goes through here, which
//! is what keeps a prompt from firing twice or never on a DST day.

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};

/// The instant at `minute_of_day` (0..=1440) local time on `date`.
pub fn at_minute<Tz: TimeZone>(tz: &Tz, date: NaiveDate, minute_of_day: u32) -> DateTime<Tz> {
    let (date, minute) = if minute_of_day >= 1440 {
        (date.succ_opt().unwrap_or(date), minute_of_day - 1440)
    } else {
        (date, minute_of_day)
    };
    let time = NaiveTime::from_hms_opt(minute / 60, minute % 60, 0).expect("minute < 1440");
    resolve(tz, date.and_time(time))
}

/// The instant for a local wall-clock time, earliest when ambiguous, the first
/// valid minute after a gap.
pub fn resolve<Tz: TimeZone>(tz: &Tz, local: NaiveDateTime) -> DateTime<Tz> {
    let mut candidate = local;
    // DST gaps are at most a few hours; two days covers any real zone change.
    for _ in 0..(2 * 24 * 60) {
        match tz.from_local_datetime(&candidate) {
            LocalResult::Single(t) => return t,
            LocalResult::Ambiguous(first, _) => return first,
            LocalResult::None => candidate += Duration::minutes(1),
        }
    }
    // Not a real zone; fall back to reading the wall time as UTC.
    tz.from_utc_datetime(&local)
}

/// The local date of an instant.
pub fn date_of<Tz: TimeZone>(t: &DateTime<Tz>) -> NaiveDate {
    t.date_naive()
}

/// Local midnight at the start of the day of `t`.
pub fn start_of_day<Tz: TimeZone>(t: &DateTime<Tz>) -> DateTime<Tz> {
    at_minute(&t.timezone(), t.date_naive(), 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::{America::New_York, Australia::Lord_Howe, Europe::London};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_time_in_the_spring_gap_moves_to_the_first_valid_minute() {
        // London springs forward at 01:00 -> 02:00 on 2026-03-29.
        let t = at_minute(&London, d(2026, 3, 29), 60 + 30);
        assert_eq!(t.format("%H:%M %Z").to_string(), "02:00 BST");
        // New York: 02:00 -> 03:00 on 2026-03-08.
        let t = at_minute(&New_York, d(2026, 3, 8), 2 * 60 + 30);
        assert_eq!(t.format("%H:%M %Z").to_string(), "03:00 EDT");
    }

    #[test]
    fn a_time_that_happens_twice_is_taken_the_first_time() {
        // New York falls back 02:00 -> 01:00 on 2026-11-01.
        let t = at_minute(&New_York, d(2026, 11, 1), 90);
        assert_eq!(t.format("%H:%M %Z").to_string(), "01:30 EDT");
    }

    #[test]
    fn half_hour_shifts_work_too() {
        // Lord Howe springs forward by 30 minutes at 02:00 on 2026-10-04.
        let t = at_minute(&Lord_Howe, d(2026, 10, 4), 2 * 60 + 10);
        assert_eq!(t.format("%H:%M").to_string(), "02:30");
    }

    #[test]
    fn end_of_day_is_next_midnight() {
        let t = at_minute(&London, d(2026, 10, 25), 1440);
        assert_eq!(t.date_naive(), d(2026, 10, 26));
        // The fall-back day is 25 hours long.
        let start = at_minute(&London, d(2026, 10, 25), 0);
        assert_eq!((t - start).num_hours(), 25);
    }
}
