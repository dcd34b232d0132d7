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
//! - Nothing from before the user's first run is due: a first launch in the
//!   afternoon does not catch up the morning's prompts.
//!
//! Instants are compared in UTC; wall-clock times go through `localtime`,
//! which decides what 02:30 means on a DST day.
//!
//! This file has the public answers and the loops that build them (`plan`
//! for now, `upcoming` for a preview); what one rule says at one moment is
//! `evaluate`, and what a rule looks like on each date (its windows, slots
//! and check times) is `calendar`.

use chrono::{DateTime, TimeZone, Utc};

use super::exercise::{Exercise, ExerciseId};
use super::history::History;
use super::preferences::Preferences;
use super::schedule::{ALL_DAYS, Trigger};

mod calendar;
mod evaluate;

use calendar::{CachedRule, Ctx};
use evaluate::{Memory, evaluate};

/// What the user is doing, as far as the planner needs to know.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Activity {
    /// When the current stretch of sitting began; `None` while away.
    pub sitting_since: Option<DateTime<Utc>>,
    /// Prompts are held until then.
    pub paused_until: Option<DateTime<Utc>>,
    /// When the user started with the app (chose a schedule): prompts
    /// from before then are settled, as if answered at that moment.
    /// `None` for users from before it was recorded.
    pub first_run: Option<DateTime<Utc>>,
}

impl Activity {
    /// For when nobody watches the keyboard (the CLI without the daemon, and
    /// previews): as if the user sat at the desk all along.
    pub fn assume_sitting() -> Self {
        Activity {
            sitting_since: Some(DateTime::<Utc>::MIN_UTC),
            paused_until: None,
            first_run: None,
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

/// An exercise's soonest prompt in a preview, and its rule.
type Candidate = Option<(DateTime<Utc>, usize)>;

/// What is due at `now` and when every rule is next due.
pub fn plan<Tz: TimeZone>(
    prefs: &Preferences,
    history: &History,
    activity: &Activity,
    now: &DateTime<Tz>,
) -> Plan<Tz> {
    let tz = now.timezone();
    let now_utc = now.with_timezone(&Utc);
    let ctx = Ctx::new(&tz, &prefs.working_hours, prefs.first_day());
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
    let ctx = Ctx::new(&tz, &prefs.working_hours, prefs.first_day());
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
    // When each rule next sends a prompt, as of `t`.
    let send_at = |i: usize, r: usize, memory: &Memory, t: DateTime<Utc>| {
        let eval = evaluate(
            &ctx,
            exercises[i],
            &rules[i][r],
            history,
            memory,
            activity,
            t,
        );
        // A prompt outstanding from before `t` was already sent; only one
        // falling due exactly at `t` is still to be sent.
        eval.due_since.filter(|s| *s == t).or(eval.next)
    };
    // Each rule's next prompt, and whether it stays valid when its exercise
    // is settled before it. A slot rule's next prompt is the first slot
    // after the last answer: settled again at an earlier moment, no slot
    // lies between, so it is the same slot (unless a snooze, which the
    // answer ends, chose it). Sitting and weekly rules count from the
    // answer, so they are worked out again. Only the rules that can have
    // changed are evaluated at each step; the result is the same.
    let keeps = |i: usize, r: usize, memory: &Memory| {
        matches!(
            rules[i][r].trigger,
            Trigger::EveryClock { .. } | Trigger::AtTimes { .. }
        ) && !memory.is_snoozed()
    };
    let mut next: Vec<Vec<(Option<DateTime<Utc>>, bool)>> = (0..exercises.len())
        .map(|i| {
            (0..rules[i].len())
                .map(|r| (send_at(i, r, &memory[i], t), keeps(i, r, &memory[i])))
                .collect()
        })
        .collect();
    // The soonest prompt of each exercise, and its rule.
    let soonest = |rules: &[(Option<DateTime<Utc>>, bool)]| {
        rules
            .iter()
            .enumerate()
            .filter_map(|(r, (at, _))| at.map(|at| (at, r)))
            .min()
    };
    // Searched at every step: each exercise's soonest prompt with its
    // instant as one number (`order`), quicker to compare than a date and
    // a time; `None` sorts last.
    let order = |c: Candidate| {
        c.map_or(i128::MAX, |(at, _)| {
            i128::from(at.timestamp()) * 1_000_000_000 + i128::from(at.timestamp_subsec_nanos())
        })
    };
    let mut candidates: Vec<(i128, Candidate)> = next
        .iter()
        .map(|n| {
            let c = soonest(n);
            (order(c), c)
        })
        .collect();
    let mut out = Vec::new();
    while out.len() < count {
        // The first of equals: the exercise listed first.
        let Some((i, &(_, Some((at, rule))))) = candidates
            .iter()
            .enumerate()
            .min_by_key(|(_, (key, _))| *key)
        else {
            break;
        };
        if until.is_some_and(|u| at >= u) {
            break;
        }
        out.push(Prompt {
            at: ctx.local(at),
            exercise: exercises[i].id.clone(),
            rule,
        });
        t = at;
        memory[i].settled_at(at);
        for (r, rule) in next[i].iter_mut().enumerate() {
            let (sends, kept) = *rule;
            if !(kept && sends.is_some_and(|s| s > at)) {
                *rule = (send_at(i, r, &memory[i], t), keeps(i, r, &memory[i]));
            }
        }
        let c = soonest(&next[i]);
        candidates[i] = (order(c), c);
    }
    out
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
