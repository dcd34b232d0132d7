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
//! - Hours of the day ("02:15-03:00") are what the clock shows: `stretches`
//!   gives the spans of time during which the clock shows a time inside
//!   them, so on the night the clocks go back a range can be open twice (its
//!   repeated part is inside on both passes) and shut in between (while the
//!   clock shows, the second time, a time before the range).
//!
//! Zones do not agree on how they report a repeated hour: chrono's `Local`
//! lists the two candidates by offset (so in New York the *later* one comes
//! first) and reports the first minute after a gap as a valid time of the
//! old offset, while chrono-tz lists them in time order. So the candidates
//! are checked here by turning each back into a wall time, and the earlier
//! instant is picked by comparing instants, never by position.

use chrono::{
    DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc,
};

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
    instants(tz, local).min_by_key(|t| t.naive_utc())
}

/// The last instant at which the clock in `tz` reads `local` (the second
/// occurrence of a repeated time), or `None` in a spring-forward gap.
pub fn last_instant<Tz: TimeZone>(tz: &Tz, local: NaiveDateTime) -> Option<DateTime<Tz>> {
    instants(tz, local).max_by_key(|t| t.naive_utc())
}

/// Every instant at which the clock reads `local`, in no particular order.
fn instants<Tz: TimeZone>(
    tz: &Tz,
    local: NaiveDateTime,
) -> impl Iterator<Item = DateTime<Tz>> + '_ {
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
        .filter(move |t| t.naive_local() == local)
}

/// The spans of time, as instants in order and each `[start, end)`, during which the
/// clock in `tz` shows a time from `start` to `end` (minutes of the day,
/// 0..=1440, `end` not included) on `date`.
///
/// Usually one span. On the night the clocks go back, the clock shows the
/// repeated times twice, so a range reaching into them is open on both
/// passes: 02:15-03:00 when 02:00-02:59 repeats is open from the first 02:15
/// until the clocks go back, shut while the clock shows 02:00-02:14 again,
/// and open from the second 02:15 to 03:00; 01:00-02:30 is open to the first
/// 02:30 and again while the clock shows 02:00-02:29. A range covering the
/// whole repeated hour stays one span (longer by the hour). Minutes the
/// clocks skip are simply never shown; a range inside a gap has no span.
///
/// An offset that changes and changes back within the range would be
/// missed, which no zone does within the day or so a range spans.
pub fn stretches<Tz: TimeZone>(
    tz: &Tz,
    date: NaiveDate,
    start: u32,
    end: u32,
) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    let (from, to) = (wall_time(date, start), wall_time(date, end));
    // From the first time the clock reaches `from` to the last time it shows
    // `to`: every moment the clock shows the range lies in between.
    let lo = resolve(tz, from);
    let hi = last_instant(tz, to).unwrap_or_else(|| resolve(tz, to));
    let offset = lo.offset().fix().local_minus_utc();
    // The same offset at both ends: no change in between (the usual day),
    // with no more look-ups.
    let steady = offset == hi.offset().fix().local_minus_utc();
    let (lo, hi) = (lo.with_timezone(&Utc), hi.with_timezone(&Utc));
    let mut out: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
    if lo >= hi {
        return out;
    }
    // Between two changes of offset the clock runs with time, so in each
    // such piece the range is shown over one span, found by subtraction.
    let (mut piece, mut offset) = (lo, offset);
    loop {
        let change = if steady {
            None
        } else {
            next_offset_change(tz, piece, offset, hi)
        };
        let piece_end = change.unwrap_or(hi);
        let shift = Duration::seconds(offset as i64);
        let s = (from.and_utc() - shift).max(piece);
        let e = (to.and_utc() - shift).min(piece_end);
        if s < e {
            match out.last_mut() {
                // The clock went back but stayed inside the range: one span.
                Some(last) if last.1 == s => last.1 = e,
                _ => out.push((s, e)),
            }
        }
        let Some(change) = change else { return out };
        piece = change;
        offset = offset_at(tz, piece);
    }
}

/// The instants `[midnight, next midnight)` of `date` when the clock runs
/// through it at one offset: both midnights happen, 24 hours apart, and the
/// offset at the first is the one a second before the second. `None` on a
/// day the clocks change (or skip its midnight).
///
/// On such a day minute `m` of the date is `midnight + m` (what
/// `at_minute` and `first_at_minute` give), found by addition, and each
/// instant inside it has the date: the planner turns most of its times
/// this way (`planner::calendar`). The same assumption as `stretches`: no
/// zone changes its offset and back within a day.
pub fn steady_day<Tz: TimeZone>(
    tz: &Tz,
    date: NaiveDate,
) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let start = first_at_minute(tz, date, 0)?;
    let end = first_at_minute(tz, date, 1440)?.with_timezone(&Utc);
    let offset = start.offset().fix().local_minus_utc();
    let start = start.with_timezone(&Utc);
    (end - start == Duration::days(1) && offset_at(tz, end - Duration::seconds(1)) == offset)
        .then_some((start, end))
}

/// The UTC offset in seconds of the clock at instant `t`.
fn offset_at<Tz: TimeZone>(tz: &Tz, t: DateTime<Utc>) -> i32 {
    tz.offset_from_utc_datetime(&t.naive_utc())
        .fix()
        .local_minus_utc()
}

/// The first instant after `from` and before `until` at which the offset is
/// no longer `offset` (the one at `from`), to the second; `None` when it
/// still is a second before `until`. Found by halving.
fn next_offset_change<Tz: TimeZone>(
    tz: &Tz,
    from: DateTime<Utc>,
    offset: i32,
    until: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let second = Duration::seconds(1);
    let last = until - second;
    if last <= from || offset_at(tz, last) == offset {
        return None;
    }
    // The offset at `a` is `offset`, the one at `b` is not.
    let (mut a, mut b) = (from, last);
    while b - a > second {
        let mid = a + Duration::seconds((b - a).num_seconds() / 2);
        if offset_at(tz, mid) == offset {
            a = mid;
        } else {
            b = mid;
        }
    }
    Some(b)
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

    /// `stretches` as "HH:MM+hh:mm to HH:MM+hh:mm".
    fn spans<Tz: TimeZone>(tz: &Tz, date: NaiveDate, range: (u32, u32)) -> Vec<String>
    where
        Tz::Offset: std::fmt::Display,
    {
        stretches(tz, date, range.0, range.1)
            .into_iter()
            .map(|(s, e)| {
                let (s, e) = (s.with_timezone(tz), e.with_timezone(tz));
                format!("{} to {}", s.format("%H:%M%:z"), e.format("%H:%M%:z"))
            })
            .collect()
    }

    #[test]
    fn hours_are_open_while_the_clock_shows_them() {
        let fall_back = d(2026, 11, 1); // New York: 01:00-01:59 twice.
        let hm = |h: u32, m: u32| h * 60 + m;
        for (range, want) in [
            // Starting inside the repeated hour: shut while the clock shows
            // 01:00-01:14 the second time.
            (
                (hm(1, 15), hm(2, 0)),
                vec!["01:15-04:00 to 01:00-05:00", "01:15-05:00 to 02:00-05:00"],
            ),
            // Ending inside it: open again for 01:00-01:29.
            (
                (hm(0, 0), hm(1, 30)),
                vec!["00:00-04:00 to 01:30-04:00", "01:00-05:00 to 01:30-05:00"],
            ),
            // Inside it: twice.
            (
                (hm(1, 10), hm(1, 20)),
                vec!["01:10-04:00 to 01:20-04:00", "01:10-05:00 to 01:20-05:00"],
            ),
            // Ending where it starts: once, the second 01:00 is past it.
            ((hm(0, 0), hm(1, 0)), vec!["00:00-04:00 to 01:00-04:00"]),
            // Covering it, or starting where it ends: one span.
            ((0, 1440), vec!["00:00-04:00 to 00:00-05:00"]),
            ((hm(0, 30), hm(3, 0)), vec!["00:30-04:00 to 03:00-05:00"]),
            ((hm(2, 0), hm(3, 0)), vec!["02:00-05:00 to 03:00-05:00"]),
        ] {
            assert_eq!(spans(&New_York, fall_back, range), want, "{range:?}");
            // chrono's `Local` lists the candidates the other way round.
            assert_eq!(spans(&LocalLike, fall_back, range), want, "{range:?}");
        }

        let spring = d(2026, 3, 8); // New York: 02:00 -> 03:00.
        for (range, want) in [
            ((hm(2, 15), hm(2, 45)), vec![]),
            ((hm(1, 30), hm(2, 30)), vec!["01:30-05:00 to 03:00-04:00"]),
            ((hm(2, 30), hm(4, 0)), vec!["03:00-04:00 to 04:00-04:00"]),
            ((0, 1440), vec!["00:00-05:00 to 00:00-04:00"]),
        ] {
            assert_eq!(spans(&New_York, spring, range), want, "{range:?}");
            assert_eq!(spans(&LocalLike, spring, range), want, "{range:?}");
        }

        // Lord Howe goes back half an hour (02:00 -> 01:30 on 2027-04-04).
        assert_eq!(
            spans(&Lord_Howe, d(2027, 4, 4), (hm(1, 45), hm(2, 15))),
            ["01:45+11:00 to 01:30+10:30", "01:45+10:30 to 02:15+10:30"]
        );
        // An ordinary day: one span, as always.
        assert_eq!(
            spans(&London, d(2026, 11, 23), (hm(9, 0), hm(17, 30))),
            ["09:00+00:00 to 17:30+00:00"]
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
