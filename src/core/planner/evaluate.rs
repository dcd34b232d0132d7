//! What one rule says at one moment: whether it is due (and since when) and
//! when it is next due, from the history of its exercise, what the user is
//! doing and the rule's windows and slots (`calendar`). Each kind of trigger
//! has its own function; snoozes and pauses apply to all of them alike.

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};

use super::Activity;
use super::calendar::{
    CachedRule, Ctx, LOOKAHEAD_DAYS, day, next_slot_after, window_containing, windows_from,
};
use crate::core::exercise::Exercise;
use crate::core::history::{FUTURE_SLACK_MINUTES, History, Outcome};
use crate::core::schedule::Trigger;
use crate::core::stats;

/// What the history says about one exercise, as of a moment.
#[derive(Clone, Debug, Default)]
pub(super) struct Memory {
    /// The last answer that settles prompts (done, skipped, missed).
    settled: Option<DateTime<Utc>>,
    /// A snooze given after that, and when it ends.
    snoozed_until: Option<DateTime<Utc>>,
}

impl Memory {
    pub(super) fn of(history: &History, exercise: &Exercise, now: DateTime<Utc>) -> Memory {
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

    /// Whether a snooze given after the last answer is remembered.
    pub(super) fn is_snoozed(&self) -> bool {
        self.snoozed_until.is_some()
    }

    pub(super) fn settled_at(&mut self, at: DateTime<Utc>) {
        self.settled = Some(at);
        self.snoozed_until = None;
    }
}

/// One rule's answer: due since when (if due now), and the next time after now.
pub(super) struct Eval {
    pub(super) due_since: Option<DateTime<Utc>>,
    pub(super) next: Option<DateTime<Utc>>,
}

pub(super) fn evaluate<Tz: TimeZone>(
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
    // Before the first run the app did not exist for the user: whatever
    // fell then is settled, like what fell inside a pause.
    let settled = memory.settled.max(floor).max(activity.first_run);
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
    let week_start = stats::week_start(today, ctx.first_day);
    let active: Vec<NaiveDate> = (0..7)
        .map(|d| week_start + Duration::days(d))
        .filter(|d| !rule.ranges_on(ctx.working, d.weekday()).is_empty())
        .collect();
    let from = ctx.at_minute(week_start, 0);
    let done: u32 = history
        .of(&exercise.id)
        .rev()
        .map(|s| (s.at.with_timezone(&Utc), s))
        .skip_while(|(at, _)| *at > now)
        .take_while(|(at, _)| *at >= from)
        .map(|(_, s)| stats::active_minutes_of(exercise, s))
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
