//! What one rule looks like on each local date, as instants: its windows
//! (the stretches of time during which the clock shows its hours on its
//! days), its slots (clock and fixed-time rules) and its check time (weekly
//! targets), and the searches over them (the window holding an instant, the
//! windows from an instant on, the next slot). Turning wall-clock times into
//! instants is most of the cost of planning, so each rule keeps the dates it
//! has worked out; everything here is a pure function of the rule, the
//! working hours, the zone and the date.

use std::cell::{Cell, RefCell};
use std::ops::Deref;
use std::rc::Rc;

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};

use crate::core::localtime::{at_minute, first_at_minute, steady_day, stretches};
use crate::core::schedule::{Rule, Trigger, WorkingHours, minute_of};

/// The zone and working hours one planning runs with, and what it last
/// worked out about the zone's days.
pub(super) struct Ctx<'a, Tz: TimeZone> {
    pub(super) tz: &'a Tz,
    pub(super) working: &'a WorkingHours,
    /// The day weeks start on, for weekly targets' weeks.
    pub(super) first_day: chrono::Weekday,
    /// The last instant turned into a local date, and that date: every rule
    /// of a step asks about the same instant.
    last_date: Cell<Option<(DateTime<Utc>, NaiveDate)>>,
    /// The last steady day (`localtime::steady_day`) an instant fell in:
    /// the instants of the next steps mostly fall in it too.
    last_span: Cell<Option<(Midnights, NaiveDate)>>,
    /// Each date's `steady_day`, by date: shared by every rule, so a date's
    /// midnights are looked up once, and on steady days (all but the two a
    /// year the clocks change) every time of every rule is an addition.
    steady: [Cell<Option<(NaiveDate, Span)>>; STEADY_DATES],
    /// The zone's offset on the steady day that starts at this instant,
    /// when it is the same at both its ends (`local`).
    offset: RefCell<Option<DayOffset<Tz>>>,
}

/// A steady day's first midnight, and its one offset (`None`: the zone's
/// name changes during it).
type DayOffset<Tz> = (DateTime<Utc>, Option<<Tz as TimeZone>::Offset>);

/// A steady day's first and next midnight, as instants.
type Midnights = (DateTime<Utc>, DateTime<Utc>);

/// A steady day's midnights, or `None` on a day the clocks change.
type Span = Option<Midnights>;

/// How many dates `Ctx` remembers: more than one evaluation looks at.
const STEADY_DATES: usize = 16;

impl<'a, Tz: TimeZone> Ctx<'a, Tz> {
    pub(super) fn new(tz: &'a Tz, working: &'a WorkingHours, first_day: chrono::Weekday) -> Self {
        Ctx {
            tz,
            working,
            first_day,
            last_date: Cell::new(None),
            last_span: Cell::new(None),
            steady: std::array::from_fn(|_| Cell::new(None)),
            offset: RefCell::new(None),
        }
    }

    /// The local date of `t`.
    pub(super) fn date_of(&self, t: DateTime<Utc>) -> NaiveDate {
        if let Some(((start, end), date)) = self.last_span.get()
            && start <= t
            && t < end
        {
            return date;
        }
        if let Some((at, date)) = self.last_date.get()
            && at == t
        {
            return date;
        }
        let date = t.with_timezone(self.tz).date_naive();
        self.last_date.set(Some((t, date)));
        if let Some((start, end)) = self.steady(date) {
            self.last_span.set(Some(((start, end), date)));
        }
        date
    }

    /// `t` on the zone's clock; on a steady day whose two ends show the
    /// same zone name, with the offset of the day's first instant, without
    /// looking it up. (Such a day can still switch how its one offset
    /// splits into standard and summer time, as Casablanca did in 2018;
    /// nothing here reads that split.)
    pub(super) fn local(&self, t: DateTime<Utc>) -> DateTime<Tz> {
        let Some((start, end)) = self
            .steady(self.date_of(t))
            .filter(|(start, end)| *start <= t && t < *end)
        else {
            return t.with_timezone(self.tz);
        };
        let mut cached = self.offset.borrow_mut();
        if cached.as_ref().is_none_or(|(from, _)| *from != start) {
            let first = start.with_timezone(self.tz).offset().clone();
            let last = (end - Duration::seconds(1)).with_timezone(self.tz);
            let same_name = format!("{first:?}") == format!("{:?}", last.offset());
            *cached = Some((start, same_name.then_some(first)));
        }
        match cached.as_ref().and_then(|(_, offset)| offset.clone()) {
            Some(offset) => DateTime::from_naive_utc_and_offset(t.naive_utc(), offset),
            None => t.with_timezone(self.tz),
        }
    }

    /// `localtime::steady_day`, remembered.
    fn steady(&self, date: NaiveDate) -> Span {
        let slot = &self.steady[date.ordinal0() as usize % STEADY_DATES];
        if let Some((d, span)) = slot.get()
            && d == date
        {
            return span;
        }
        let span = steady_day(self.tz, date);
        slot.set(Some((date, span)));
        span
    }

    /// Minute `minute` (0..=1440) of `date` by addition, on a steady day.
    fn steady_minute(&self, date: NaiveDate, minute: u32) -> Option<DateTime<Utc>> {
        let (midnight, _) = self.steady(date)?;
        (minute <= 1440).then(|| midnight + Duration::minutes(minute as i64))
    }

    /// `localtime::at_minute`, as an instant.
    pub(super) fn at_minute(&self, date: NaiveDate, minute: u32) -> DateTime<Utc> {
        self.steady_minute(date, minute)
            .unwrap_or_else(|| at_minute(self.tz, date, minute).with_timezone(&Utc))
    }

    /// `localtime::first_at_minute`, as an instant.
    fn first_at_minute(&self, date: NaiveDate, minute: u32) -> Option<DateTime<Utc>> {
        self.steady_minute(date, minute)
            .or_else(|| first_at_minute(self.tz, date, minute).map(|t| t.with_timezone(&Utc)))
    }

    /// `localtime::stretches`: on a steady day followed by another (so no
    /// time of it comes back after midnight), the one span of the range,
    /// without a list.
    fn stretches(
        &self,
        date: NaiveDate,
        start: u32,
        end: u32,
    ) -> impl Iterator<Item = (DateTime<Utc>, DateTime<Utc>)> + use<Tz> {
        let steady = (start < end && self.steady(date + Duration::days(1)).is_some())
            .then(|| {
                Some((
                    self.steady_minute(date, start)?,
                    self.steady_minute(date, end)?,
                ))
            })
            .flatten();
        let general = steady
            .is_none()
            .then(|| stretches(self.tz, date, start, end));
        steady.into_iter().chain(general.into_iter().flatten())
    }
}

/// A stretch of a rule's hours on one local date.
#[derive(Clone, Copy, Debug)]
pub(super) struct Window {
    pub(super) date: NaiveDate,
    pub(super) start: DateTime<Utc>,
    pub(super) end: DateTime<Utc>,
}

/// How far ahead to look for a rule's next window: a rule on one weekday
/// needs a week; the margin covers DST-shortened days.
pub(super) const LOOKAHEAD_DAYS: i64 = 9;

/// What a rule looks like on one local date: its windows, its slots (clock
/// and fixed-time rules) and its check time (weekly targets), as instants.
/// A pure function of the rule, the working hours, the zone and the date.
pub(super) struct Day {
    pub(super) windows: Vec<Window>,
    pub(super) slots: Vec<DateTime<Utc>>,
    pub(super) check: Option<DateTime<Utc>>,
}

/// How many dates each rule remembers: more than the span one evaluation
/// looks at (the day before and `LOOKAHEAD_DAYS` after).
const CACHED_DAYS: usize = 32;

type CachedDay = Option<(NaiveDate, Rc<Day>)>;
type NextSlot = (DateTime<Utc>, NaiveDate, DateTime<Utc>);

/// A rule with the dates already worked out for it. Turning local times into
/// instants is most of the cost of planning, and a preview asks about the
/// same few dates again at every step, so each date is worked out once.
pub(super) struct CachedRule<'a> {
    rule: &'a Rule,
    days: RefCell<[CachedDay; CACHED_DAYS]>,
    /// The last `next_slot_after`: from when, that instant's date, the slot.
    next_slot: Cell<Option<NextSlot>>,
}

impl<'a> CachedRule<'a> {
    pub(super) fn new(rule: &'a Rule) -> Self {
        CachedRule {
            rule,
            days: RefCell::new(std::array::from_fn(|_| None)),
            next_slot: Cell::new(None),
        }
    }
}

impl Deref for CachedRule<'_> {
    type Target = Rule;

    fn deref(&self) -> &Rule {
        self.rule
    }
}

/// The rule on `date`, from the cache when it has it.
pub(super) fn day<Tz: TimeZone>(ctx: &Ctx<Tz>, rule: &CachedRule, date: NaiveDate) -> Rc<Day> {
    // By day of the year, the cheapest distinct key for nearby dates (two
    // dates near New Year may share a place; the date is checked).
    let key = date.ordinal0() as usize % CACHED_DAYS;
    if let Some((d, day)) = &rule.days.borrow()[key]
        && *d == date
    {
        return day.clone();
    }
    let day = Rc::new(compute_day(ctx, rule, date));
    rule.days.borrow_mut()[key] = Some((date, day.clone()));
    day
}

fn compute_day<Tz: TimeZone>(ctx: &Ctx<Tz>, rule: &Rule, date: NaiveDate) -> Day {
    let windows = windows_on(ctx, rule, date);
    let slots = slots_on(ctx, rule, date, &windows);
    let check = match &rule.trigger {
        Trigger::WeeklyTarget { check_at, .. } => Some(ctx.at_minute(date, minute_of(*check_at))),
        _ => None,
    };
    Day {
        windows,
        slots,
        check,
    }
}

/// The rule's windows on one local date, as instants, in order: for each of
/// its ranges, the stretches of time during which the clock shows a time in
/// it. On the night the clocks go back a range can give two (see
/// `localtime::stretches`), and the windows of two ranges can interleave.
fn windows_on<Tz: TimeZone>(ctx: &Ctx<Tz>, rule: &Rule, date: NaiveDate) -> Vec<Window> {
    let mut windows: Vec<Window> = rule
        .ranges_on(ctx.working, date.weekday())
        .iter()
        .flat_map(|r| ctx.stretches(date, r.start, r.end))
        .map(|(start, end)| Window { date, start, end })
        .collect();
    windows.sort_by_key(|w| w.start);
    windows
}

pub(super) fn window_containing<Tz: TimeZone>(
    ctx: &Ctx<Tz>,
    rule: &CachedRule,
    t: DateTime<Utc>,
) -> Option<Window> {
    let date = ctx.date_of(t);
    // The day before's windows reach into this date only when one of the
    // two is not steady (its times come back after midnight).
    let before = date
        .pred_opt()
        .filter(|d| ctx.steady(date).is_none() || ctx.steady(*d).is_none());
    [before, Some(date)].into_iter().flatten().find_map(|d| {
        day(ctx, rule, d)
            .windows
            .iter()
            .copied()
            .find(|w| w.start <= t && t < w.end)
    })
}

/// Windows that end after `t`, in order.
pub(super) fn windows_from<'a, Tz: TimeZone>(
    ctx: &'a Ctx<'a, Tz>,
    rule: &'a CachedRule<'a>,
    t: DateTime<Utc>,
) -> impl Iterator<Item = Window> + 'a {
    let date = ctx.date_of(t);
    (-1..=LOOKAHEAD_DAYS)
        .map(move |d| date + Duration::days(d))
        .flat_map(move |d| {
            let day = day(ctx, rule, d);
            (0..day.windows.len()).map(move |i| day.windows[i])
        })
        .filter(move |w| w.end > t)
}

/// The slot instants of a clock or fixed-time rule on a local date, inside
/// its windows (those of that date), without duplicates (a DST gap can fold
/// two onto one).
///
/// A wall time that happens twice is a slot once, at its first occurrence.
/// A wall time the clocks skip differs by kind: a fixed time ("at 02:30") is
/// something the user asked for that day, so it moves to the first valid
/// minute after the gap; a clock-aligned slot ("every hour at :50") is one
/// of a series, so the missing one is skipped (01:50, then 03:50), rather
/// than adding an off-grid 03:00 just before the 03:50.
fn slots_on<Tz: TimeZone>(
    ctx: &Ctx<Tz>,
    rule: &Rule,
    date: NaiveDate,
    windows: &[Window],
) -> Vec<DateTime<Utc>> {
    if windows.is_empty() {
        return Vec::new();
    }
    // Clock-aligned minutes, or the fixed times, without a list.
    let (clock, times, skip_gaps) = match &rule.trigger {
        Trigger::EveryClock { minutes, at_minute } => {
            (Some((*at_minute, *minutes as usize)), &[][..], true)
        }
        Trigger::AtTimes { times } => (None, &times[..], false),
        _ => (None, &[][..], false),
    };
    let minutes = clock
        .into_iter()
        .flat_map(|(at, every)| (at..1440).step_by(every))
        .chain(times.iter().map(|t| minute_of(*t)));
    let ranges = rule.ranges_on(ctx.working, date.weekday());
    let mut out: Vec<DateTime<Utc>> = minutes
        // Only minutes inside the rule's ranges: a slot pushed by a DST gap
        // must not land in a window it was never written for.
        .filter(|m| ranges.iter().any(|r| r.contains_minute(*m)))
        .filter_map(|m| {
            if skip_gaps {
                ctx.first_at_minute(date, m)
            } else {
                Some(ctx.at_minute(date, m))
            }
        })
        .filter(|s| windows.iter().any(|w| *s >= w.start && *s < w.end))
        .collect();
    out.sort();
    out.dedup();
    out
}

pub(super) fn next_slot_after<Tz: TimeZone>(
    ctx: &Ctx<Tz>,
    rule: &CachedRule,
    t: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let date = ctx.date_of(t);
    // The last answer, from `from` on `date`, was `next`: the first slot after
    // `from` in the dates scanned from `date`. For a later `t` before `next`
    // on the same date, the same dates hold no slot after `t` before `next`.
    if let Some((from, on, next)) = rule.next_slot.get()
        && on == date
        && from <= t
        && t < next
    {
        return Some(next);
    }
    let next = (0..=LOOKAHEAD_DAYS)
        .map(|d| date + Duration::days(d))
        .find_map(|d| day(ctx, rule, d).slots.iter().copied().find(|s| *s > t));
    if let Some(next) = next {
        rule.next_slot.set(Some((t, date, next)));
    }
    next
}

#[cfg(test)]
#[path = "calendar_tests.rs"]
mod tests;
