//! The planner: given the preferences, the history, what the user is doing and
//! the current time, what is due now and when each rule is due next.
//!
//! It is a pure function of its inputs, recomputed whenever anything changes,
//! so there is no schedule state to drift or to restore after a suspend. The
//! rules it follows:
//! - A rule only fires inside its days and hours ("windows"), that is
//!   while the clock shows a time inside them: on the night the clocks go
//!   back, a range can be open twice and shut in between, and each such
//!   stretch is a window of its own.
//! - A prompt missed while the machine slept or the user was away collapses
//!   into one catch-up, and only while the window it fell in is still open.
//! - Any answer (done, skipped, missed) settles an exercise's prompts up to
//!   that moment; a snooze holds it until the snooze ends.
//! - A pause holds everything, and what fell inside it is not caught up.
//!
//! Instants are compared in UTC; wall-clock times go through `localtime`,
//! which decides what 02:30 means on a DST day.

use std::cell::{Cell, RefCell};
use std::ops::Deref;
use std::rc::Rc;

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};

use super::exercise::{Exercise, ExerciseId};
use super::history::{FUTURE_SLACK_MINUTES, History, Outcome};
use super::localtime::{at_minute, first_at_minute, stretches};
use super::preferences::Preferences;
use super::schedule::{ALL_DAYS, Rule, Trigger, WorkingHours, minute_of};

/// What the user is doing, as far as the planner needs to know.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Activity {
    /// When the current stretch of sitting began; `None` while away.
    pub sitting_since: Option<DateTime<Utc>>,
    /// Prompts are held until then.
    pub paused_until: Option<DateTime<Utc>>,
}

impl Activity {
    /// For when nobody watches the keyboard (the CLI without the daemon, and
    /// previews): as if the user sat at the desk all along.
    pub fn assume_sitting() -> Self {
        Activity {
            sitting_since: Some(DateTime::<Utc>::MIN_UTC),
            paused_until: None,
        }
    }
}

/// An exercise due now.
#[derive(Clone, Debug, PartialEq)]
pub struct Due<Tz: TimeZone> {
    pub exercise: ExerciseId,
    /// Index of the rule in the exercise's rules.
    pub rule: usize,
    /// When it became due (the latest such moment, e.g. when a snooze ended).
    pub since: DateTime<Tz>,
}

/// When a rule is next due, if nothing changes.
#[derive(Clone, Debug, PartialEq)]
pub struct NextDue<Tz: TimeZone> {
    pub exercise: ExerciseId,
    pub rule: usize,
    pub at: DateTime<Tz>,
}

/// What is due now (at most one entry per exercise) and what comes next
/// (one entry per rule that will fire again), soonest first.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan<Tz: TimeZone> {
    pub due: Vec<Due<Tz>>,
    pub next: Vec<NextDue<Tz>>,
}

impl<Tz: TimeZone> Plan<Tz> {
    /// The soonest future prompt of any rule.
    pub fn next_due(&self) -> Option<&NextDue<Tz>> {
        self.next.first()
    }

    /// The next time of one exercise, if any rule of it will fire.
    pub fn next_of(&self, exercise: &ExerciseId) -> Option<&NextDue<Tz>> {
        self.next.iter().find(|n| &n.exercise == exercise)
    }
}

/// One prompt of a preview.
#[derive(Clone, Debug, PartialEq)]
pub struct Prompt<Tz: TimeZone> {
    pub at: DateTime<Tz>,
    pub exercise: ExerciseId,
    pub rule: usize,
}

/// What is due at `now` and when every rule is next due.
pub fn plan<Tz: TimeZone>(
    prefs: &Preferences,
    history: &History,
    activity: &Activity,
    now: &DateTime<Tz>,
) -> Plan<Tz> {
    let tz = now.timezone();
    let now_utc = now.with_timezone(&Utc);
    let ctx = Ctx::new(&tz, &prefs.working_hours);
    let mut due: Vec<Due<Tz>> = Vec::new();
    let mut next: Vec<NextDue<Tz>> = Vec::new();
    for exercise in prefs.exercises.iter().filter(|e| e.enabled) {
        let memory = Memory::of(history, exercise, now_utc);
        let mut best: Option<(usize, DateTime<Utc>)> = None;
        for (i, rule) in exercise.rules.iter().enumerate() {
            let rule = CachedRule::new(rule);
            let eval = evaluate(&ctx, exercise, &rule, history, &memory, activity, now_utc);
            if let Some(since) = eval.due_since
                && best.is_none_or(|(_, b)| since > b)
            {
                best = Some((i, since));
            }
            if let Some(at) = eval.next {
                next.push(NextDue {
                    exercise: exercise.id.clone(),
                    rule: i,
                    at: at.with_timezone(&tz),
                });
            }
        }
        if let Some((rule, since)) = best {
            due.push(Due {
                exercise: exercise.id.clone(),
                rule,
                since: since.with_timezone(&tz),
            });
        }
    }
    due.sort_by_key(|d| d.since.with_timezone(&Utc));
    next.sort_by_key(|n| n.at.with_timezone(&Utc));
    Plan { due, next }
}

/// The next `count` prompts sent from `from` on, as the app would send them
/// if the user answered each one when it came. Prompts already outstanding at
/// `from` are not listed (`plan` has them as due).
pub fn upcoming<Tz: TimeZone>(
    prefs: &Preferences,
    history: &History,
    activity: &Activity,
    from: &DateTime<Tz>,
    count: usize,
) -> Vec<Prompt<Tz>> {
    upcoming_until(prefs, history, activity, from, None, count)
}

/// Like `upcoming`, stopping before `until`.
pub fn upcoming_until<Tz: TimeZone>(
    prefs: &Preferences,
    history: &History,
    activity: &Activity,
    from: &DateTime<Tz>,
    until: Option<DateTime<Utc>>,
    count: usize,
) -> Vec<Prompt<Tz>> {
    let tz = from.timezone();
    let ctx = Ctx::new(&tz, &prefs.working_hours);
    let mut t = from.with_timezone(&Utc);
    let exercises: Vec<&Exercise> = prefs.exercises.iter().filter(|e| e.enabled).collect();
    let mut memory: Vec<Memory> = exercises
        .iter()
        .map(|e| Memory::of(history, e, t))
        .collect();
    // Each rule's dates are worked out once for the whole preview.
    let rules: Vec<Vec<CachedRule>> = exercises
        .iter()
        .map(|e| e.rules.iter().map(CachedRule::new).collect())
        .collect();
    // The soonest candidate of each exercise; recomputed only for the exercise
    // just prompted, because nothing else changed.
    let candidate =
        |i: usize, memory: &Memory, t: DateTime<Utc>| -> Option<(DateTime<Utc>, usize)> {
            let e = exercises[i];
            rules[i]
                .iter()
                .enumerate()
                .filter_map(|(r, rule)| {
                    let eval = evaluate(&ctx, e, rule, history, memory, activity, t);
                    // A prompt outstanding from before `t` was already sent; only
                    // one falling due exactly at `t` is still to be sent.
                    eval.due_since
                        .filter(|s| *s == t)
                        .or(eval.next)
                        .map(|at| (at, r))
                })
                .min()
        };
    let mut candidates: Vec<Option<(DateTime<Utc>, usize)>> = (0..exercises.len())
        .map(|i| candidate(i, &memory[i], t))
        .collect();
    let mut out = Vec::new();
    while out.len() < count {
        let Some((i, (at, rule))) = candidates
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.map(|c| (i, c)))
            .min_by_key(|(i, (at, _))| (*at, *i))
        else {
            break;
        };
        if until.is_some_and(|u| at >= u) {
            break;
        }
        out.push(Prompt {
            at: at.with_timezone(&tz),
            exercise: exercises[i].id.clone(),
            rule,
        });
        t = at;
        memory[i].settled_at(at);
        candidates[i] = candidate(i, &memory[i], t);
    }
    out
}

struct Ctx<'a, Tz: TimeZone> {
    tz: &'a Tz,
    working: &'a WorkingHours,
    /// The last instant turned into a local date, and that date: every rule
    /// of a step asks about the same instant.
    last_date: Cell<Option<(DateTime<Utc>, NaiveDate)>>,
}

impl<'a, Tz: TimeZone> Ctx<'a, Tz> {
    fn new(tz: &'a Tz, working: &'a WorkingHours) -> Self {
        Ctx {
            tz,
            working,
            last_date: Cell::new(None),
        }
    }

    /// The local date of `t`.
    fn date_of(&self, t: DateTime<Utc>) -> NaiveDate {
        if let Some((at, date)) = self.last_date.get()
            && at == t
        {
            return date;
        }
        let date = t.with_timezone(self.tz).date_naive();
        self.last_date.set(Some((t, date)));
        date
    }
}

/// What the history says about one exercise, as of a moment.
#[derive(Clone, Debug, Default)]
struct Memory {
    /// The last answer that settles prompts (done, skipped, missed).
    settled: Option<DateTime<Utc>>,
    /// A snooze given after that, and when it ends.
    snoozed_until: Option<DateTime<Utc>>,
}

impl Memory {
    fn of(history: &History, exercise: &Exercise, now: DateTime<Utc>) -> Memory {
        let mut memory = Memory::default();
        // Answers stamped a little after `now` count (clocks of two machines
        // sharing a history differ by seconds); answers further ahead were
        // written by a clock that ran ahead, and must not settle today's
        // prompts for days. `status` names them. (Previews of the past pass
        // the history as it was.)
        let latest = now + Duration::minutes(FUTURE_SLACK_MINUTES);
        for s in history.of(&exercise.id).rev() {
            let at = s.at.with_timezone(&Utc);
            if at > latest {
                continue;
            }
            if s.outcome == Outcome::Snoozed {
                if memory.snoozed_until.is_none() {
                    memory.snoozed_until =
                        Some(s.until.map(|u| u.with_timezone(&Utc)).unwrap_or(at));
                }
            } else {
                memory.settled = Some(at);
                break;
            }
        }
        memory
    }

    fn settled_at(&mut self, at: DateTime<Utc>) {
        self.settled = Some(at);
        self.snoozed_until = None;
    }
}

/// One rule's answer: due since when (if due now), and the next time after now.
struct Eval {
    due_since: Option<DateTime<Utc>>,
    next: Option<DateTime<Utc>>,
}

/// A stretch of a rule's hours on one local date.
#[derive(Clone, Copy, Debug)]
struct Window {
    date: NaiveDate,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
}

/// How far ahead to look for a rule's next window: a rule on one weekday
/// needs a week; the margin covers DST-shortened days.
const LOOKAHEAD_DAYS: i64 = 9;

fn evaluate<Tz: TimeZone>(
    ctx: &Ctx<Tz>,
    exercise: &Exercise,
    rule: &CachedRule,
    history: &History,
    memory: &Memory,
    activity: &Activity,
    now: DateTime<Utc>,
) -> Eval {
    // During a pause nothing is due; afterwards, what fell inside it is
    // settled, as if answered when the pause ended.
    let (now, floor, paused) = match activity.paused_until {
        Some(p) if p > now => (p, Some(p), true),
        Some(p) => (now, Some(p), false),
        None => (now, None, false),
    };
    let settled = memory.settled.max(floor);
    let snoozed = memory
        .snoozed_until
        .filter(|u| settled.is_none_or(|s| *u > s));
    let eval = match &rule.trigger {
        Trigger::EverySitting { minutes } => sitting(
            ctx,
            rule,
            Duration::minutes(*minutes as i64),
            settled,
            activity,
            now,
        ),
        Trigger::EveryClock { .. } | Trigger::AtTimes { .. } => slots(ctx, rule, settled, now),
        Trigger::WeeklyTarget { minutes, .. } => {
            weekly(ctx, exercise, rule, *minutes, history, settled, now)
        }
    };
    let eval = apply_snooze(ctx, rule, eval, snoozed, now);
    if paused {
        // Evaluated at the end of the pause with everything before it
        // settled, so nothing is due and `next` is after the pause.
        return Eval {
            due_since: None,
            next: eval.next,
        };
    }
    eval
}

/// A snooze holds a due prompt until it ends; it comes back then if the
/// window is still open.
fn apply_snooze<Tz: TimeZone>(
    ctx: &Ctx<Tz>,
    rule: &CachedRule,
    eval: Eval,
    snoozed: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Eval {
    let Some(until) = snoozed else { return eval };
    if until > now {
        // Still snoozed: the earliest of the snooze's end (if it lands in the
        // rule's hours) and the rule's own next time.
        let back = window_containing(ctx, rule, until).map(|_| until);
        let next = [eval.next, back].into_iter().flatten().min();
        return Eval {
            due_since: None,
            next,
        };
    }
    Eval {
        due_since: eval.due_since.map(|since| since.max(until)),
        next: eval.next,
    }
}

fn sitting<Tz: TimeZone>(
    ctx: &Ctx<Tz>,
    rule: &CachedRule,
    every: Duration,
    settled: Option<DateTime<Utc>>,
    activity: &Activity,
    now: DateTime<Utc>,
) -> Eval {
    let mut due_since = None;
    if let (Some(sitting_since), Some(w)) =
        (activity.sitting_since, window_containing(ctx, rule, now))
    {
        let base = [Some(sitting_since), settled, Some(w.start)]
            .into_iter()
            .flatten()
            .max()
            .expect("non-empty");
        let due_at = base + every;
        if due_at <= now {
            due_since = Some(due_at);
        } else if due_at < w.end {
            return Eval {
                due_since: None,
                next: Some(due_at),
            };
        }
    }
    // Not due inside the current window: the first later window long enough,
    // assuming the user sits from its start (or from now when away).
    let next = windows_from(ctx, rule, now).find_map(|w| {
        let from = [Some(w.start), settled, Some(now)]
            .into_iter()
            .flatten()
            .max()
            .expect("non-empty");
        let at = from + every;
        (at < w.end && at > now).then_some(at)
    });
    Eval { due_since, next }
}

fn slots<Tz: TimeZone>(
    ctx: &Ctx<Tz>,
    rule: &CachedRule,
    settled: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Eval {
    // A slot due now is at or before now and after the last answer: none
    // when the answer is not before now (as after each prompt of a preview).
    let due_since = if settled.is_some_and(|x| x >= now) {
        None
    } else {
        window_containing(ctx, rule, now).and_then(|w| {
            day(ctx, rule, w.date).slots.iter().copied().rfind(|s| {
                *s >= w.start && *s < w.end && *s <= now && settled.is_none_or(|x| *s > x)
            })
        })
    };
    let after = settled.map_or(now, |s| s.max(now));
    Eval {
        due_since,
        next: next_slot_after(ctx, rule, after),
    }
}

#[allow(clippy::too_many_arguments)]
fn weekly<Tz: TimeZone>(
    ctx: &Ctx<Tz>,
    exercise: &Exercise,
    rule: &CachedRule,
    target: u32,
    history: &History,
    settled: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Eval {
    let today = ctx.date_of(now);
    let check_on = |date: NaiveDate| {
        let day = day(ctx, rule, date);
        let at = day.check?;
        day.windows
            .iter()
            .copied()
            .find(|w| at >= w.start && at < w.end)
            .map(|w| (w, at))
    };
    let week_start = today - Duration::days(today.weekday().num_days_from_monday() as i64);
    let active: Vec<NaiveDate> = (0..7)
        .map(|d| week_start + Duration::days(d))
        .filter(|d| !rule.ranges_on(ctx.working, d.weekday()).is_empty())
        .collect();
    let from = at_minute(ctx.tz, week_start, 0).with_timezone(&Utc);
    let done: u32 = history
        .of(&exercise.id)
        .rev()
        .map(|s| (s.at.with_timezone(&Utc), s))
        .skip_while(|(at, _)| *at > now)
        .take_while(|(at, _)| *at >= from)
        .map(|(_, s)| s.active_minutes())
        .sum();
    let behind_on = |date: NaiveDate| {
        let elapsed = active.iter().filter(|d| **d <= date).count() as u64;
        (done as u64) * (active.len() as u64) < (target as u64) * elapsed
    };

    let due_since = check_on(today).and_then(|(w, at)| {
        let open = now >= at && now < w.end;
        (open && settled.is_none_or(|s| s < at) && behind_on(today)).then_some(at)
    });
    // Ahead of pace stays ahead for the rest of the week (minutes only grow),
    // so the next nudge can only come next week.
    let met = done >= target;
    let next = (0..=LOOKAHEAD_DAYS)
        .map(|d| today + Duration::days(d))
        .filter(|d| !met || *d >= week_start + Duration::days(7))
        .filter_map(check_on)
        .map(|(_, at)| at)
        .find(|at| *at > now && settled.is_none_or(|s| *at > s));
    Eval { due_since, next }
}

/// What a rule looks like on one local date: its windows, its slots (clock
/// and fixed-time rules) and its check time (weekly targets), as instants.
/// A pure function of the rule, the working hours, the zone and the date.
struct Day {
    windows: Vec<Window>,
    slots: Vec<DateTime<Utc>>,
    check: Option<DateTime<Utc>>,
}

/// How many dates each rule remembers: more than the span one evaluation
/// looks at (the day before and `LOOKAHEAD_DAYS` after).
const CACHED_DAYS: usize = 32;

type CachedDay = Option<(NaiveDate, Rc<Day>)>;
type NextSlot = (DateTime<Utc>, NaiveDate, DateTime<Utc>);

/// A rule with the dates already worked out for it. Turning local times into
/// instants is most of the cost of planning, and a preview asks about the
/// same few dates again at every step, so each date is worked out once.
struct CachedRule<'a> {
    rule: &'a Rule,
    days: RefCell<[CachedDay; CACHED_DAYS]>,
    /// The last `next_slot_after`: from when, that instant's date, the slot.
    next_slot: Cell<Option<NextSlot>>,
}

impl<'a> CachedRule<'a> {
    fn new(rule: &'a Rule) -> Self {
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
fn day<Tz: TimeZone>(ctx: &Ctx<Tz>, rule: &CachedRule, date: NaiveDate) -> Rc<Day> {
    let key = date.num_days_from_ce().rem_euclid(CACHED_DAYS as i32) as usize;
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
        Trigger::WeeklyTarget { check_at, .. } => {
            Some(at_minute(ctx.tz, date, minute_of(*check_at)).with_timezone(&Utc))
        }
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
        .flat_map(|r| stretches(ctx.tz, date, r.start, r.end))
        .map(|(start, end)| Window { date, start, end })
        .collect();
    windows.sort_by_key(|w| w.start);
    windows
}

fn window_containing<Tz: TimeZone>(
    ctx: &Ctx<Tz>,
    rule: &CachedRule,
    t: DateTime<Utc>,
) -> Option<Window> {
    let date = ctx.date_of(t);
    [date.pred_opt(), Some(date)]
        .into_iter()
        .flatten()
        .find_map(|d| {
            day(ctx, rule, d)
                .windows
                .iter()
                .copied()
                .find(|w| w.start <= t && t < w.end)
        })
}

/// Windows that end after `t`, in order.
fn windows_from<'a, Tz: TimeZone>(
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
    let (minutes, skip_gaps): (Vec<u32>, bool) = match &rule.trigger {
        Trigger::EveryClock { minutes, at_minute } => (
            (*at_minute..1440).step_by(*minutes as usize).collect(),
            true,
        ),
        Trigger::AtTimes { times } => (times.iter().map(|t| minute_of(*t)).collect(), false),
        _ => (Vec::new(), false),
    };
    let mut out: Vec<DateTime<Utc>> = minutes
        .into_iter()
        // Only minutes inside the rule's ranges: a slot pushed by a DST gap
        // must not land in a window it was never written for.
        .filter(|m| {
            rule.ranges_on(ctx.working, date.weekday())
                .iter()
                .any(|r| r.contains_minute(*m))
        })
        .filter_map(|m| {
            if skip_gaps {
                first_at_minute(ctx.tz, date, m)
            } else {
                Some(at_minute(ctx.tz, date, m))
            }
        })
        .map(|t| t.with_timezone(&Utc))
        .filter(|s| windows.iter().any(|w| *s >= w.start && *s < w.end))
        .collect();
    out.sort();
    out.dedup();
    out
}

fn next_slot_after<Tz: TimeZone>(
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

/// Active days of each exercise, for streaks: the weekdays on which any of
/// its rules applies.
pub fn active_weekdays(prefs: &Preferences, exercise: &Exercise) -> [bool; 7] {
    ALL_DAYS.map(|d| {
        exercise
            .rules
            .iter()
            .any(|r| !r.ranges_on(&prefs.working_hours, d).is_empty())
    })
}

#[cfg(test)]
#[path = "planner_tests.rs"]
mod tests;
