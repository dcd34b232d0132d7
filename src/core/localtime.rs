//! Turning "this date at 02:30" into an instant, the way people expect across
//! DST changes. Every schedule computation and every time typed on the
//! command line goes through here, which is what keeps a prompt from firing
//! twice or never on a DST day:
//! - A wall time that happens twice (the night clocks go back) means its
//!   first occurrence.
//! - A wall time that does not exist (the night clocks go forward) has no
//!   instant (`first_instant` is `None`); a fixed time of day in the gap
//!   moves to the first valid minute after it (`resolve`), and callers that
//!   must not invent a time (clock-aligned slots, typed times) refuse it.
//!
//! Zones do not agree on how they report a repeated hour: chrono's `Local`
//! lists the two candidates by offset (so in New York the *later* one comes
//! first) and reports the first minute after a gap as a valid time of the
//! old offset, while chrono-tz lists them in time order. So the candidates
//! are checked here by turning each back into a wall time, and the earlier
//! instant is picked by comparing instants, never by position.

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};

/// The instant at `minute_of_day` (0..=1440) local time on `date`.
pub fn at_minute<Tz: TimeZone>(tz: &Tz, date: NaiveDate, minute_of_day: u32) -> DateTime<Tz> {
    resolve(tz, wall_time(date, minute_of_day))
}

/// The first instant at `minute_of_day` (0..=1440) local time on `date`, or
/// `None` when the clocks skip it.
pub fn first_at_minute<Tz: TimeZone>(
    tz: &Tz,
    date: NaiveDate,
    minute_of_day: u32,
) -> Option<DateTime<Tz>> {
    first_instant(tz, wall_time(date, minute_of_day))
}

fn wall_time(date: NaiveDate, minute_of_day: u32) -> NaiveDateTime {
    let (date, minute) = if minute_of_day >= 1440 {
        (date.succ_opt().unwrap_or(date), minute_of_day - 1440)
    } else {
        (date, minute_of_day)
    };
    let time = NaiveTime::from_hms_opt(minute / 60, minute % 60, 0).expect("minute < 1440");
    date.and_time(time)
}

/// The first instant at which the clock in `tz` reads `local`, or `None` when
/// it never does (a spring-forward gap).
pub fn first_instant<Tz: TimeZone>(tz: &Tz, local: NaiveDateTime) -> Option<DateTime<Tz>> {
    let candidates = match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => [Some(t), None],
        LocalResult::Ambiguous(a, b) => [Some(a), Some(b)],
        LocalResult::None => [None, None],
    };
    candidates
        .into_iter()
        .flatten()
        // Back to a wall time from the instant, which every zone gets right:
        // a candidate that reads differently is not a real one.
        .map(|t| tz.from_utc_datetime(&t.naive_utc()))
        .filter(|t| t.naive_local() == local)
        .min_by_key(|t| t.naive_utc())
}

/// The instant for a local wall-clock time: the first occurrence when it
/// happens twice, the first valid minute after a gap.
pub fn resolve<Tz: TimeZone>(tz: &Tz, local: NaiveDateTime) -> DateTime<Tz> {
    let mut candidate = local;
    // DST gaps are at most a few hours; two days covers any real zone change.
    for _ in 0..(2 * 24 * 60) {
        if let Some(t) = first_instant(tz, candidate) {
            return t;
        }
        candidate += Duration::minutes(1);
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
    use chrono::{FixedOffset, Offset};
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

    /// New York as chrono's `Local` reports it: the two candidates of a
    /// repeated time by offset (the later instant first), and the first
    /// minute of a gap as a valid time of the old offset.
    #[derive(Clone, Copy, Debug)]
    struct LocalLike;

    impl TimeZone for LocalLike {
        type Offset = FixedOffset;

        fn from_offset(_: &FixedOffset) -> Self {
            LocalLike
        }

        fn offset_from_local_date(&self, local: &NaiveDate) -> LocalResult<FixedOffset> {
            New_York.offset_from_local_date(local).map(|o| o.fix())
        }

        fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> LocalResult<FixedOffset> {
            match New_York.offset_from_local_datetime(local) {
                LocalResult::Ambiguous(a, b) => {
                    let (a, b) = (a.fix(), b.fix());
                    if a.local_minus_utc() < b.local_minus_utc() {
                        LocalResult::Ambiguous(a, b)
                    } else {
                        LocalResult::Ambiguous(b, a)
                    }
                }
                LocalResult::None => {
                    match New_York.offset_from_local_datetime(&(*local - Duration::minutes(1))) {
                        LocalResult::Single(before) => LocalResult::Single(before.fix()),
                        _ => LocalResult::None,
                    }
                }
                single => single.map(|o| o.fix()),
            }
        }

        fn offset_from_utc_date(&self, utc: &NaiveDate) -> FixedOffset {
            New_York.offset_from_utc_date(utc).fix()
        }

        fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> FixedOffset {
            New_York.offset_from_utc_datetime(utc).fix()
        }
    }

    #[test]
    fn a_zone_listing_the_later_candidate_first_still_gives_the_first_occurrence() {
        let hm = |t: DateTime<LocalLike>| t.format("%H:%M %:z").to_string();
        // The quirks are real: 01:30 comes later instant first, and 02:00
        // on the spring-forward night is reported as a valid time.
        let naive = |day: u32, month: u32, minute: u32| {
            d(2026, month, day)
                .and_hms_opt(minute / 60, minute % 60, 0)
                .unwrap()
        };
        assert!(matches!(
            LocalLike.from_local_datetime(&naive(1, 11, 90)),
            LocalResult::Ambiguous(a, _) if hm(a) == "01:30 -05:00"
        ));
        assert!(
            LocalLike
                .from_local_datetime(&naive(8, 3, 120))
                .single()
                .is_some()
        );

        assert_eq!(
            hm(at_minute(&LocalLike, d(2026, 11, 1), 90)),
            "01:30 -04:00"
        );
        assert_eq!(
            hm(at_minute(&LocalLike, d(2026, 11, 1), 60)),
            "01:00 -04:00"
        );
        assert_eq!(
            hm(at_minute(&LocalLike, d(2026, 11, 1), 120)),
            "02:00 -05:00"
        );
        // Every minute of the gap is a gap, the first one too.
        for minute in [120, 150, 179] {
            assert!(first_at_minute(&LocalLike, d(2026, 3, 8), minute).is_none());
            assert_eq!(
                hm(at_minute(&LocalLike, d(2026, 3, 8), minute)),
                "03:00 -04:00"
            );
        }
        assert_eq!(
            hm(first_at_minute(&LocalLike, d(2026, 3, 8), 180).unwrap()),
            "03:00 -04:00"
        );
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
