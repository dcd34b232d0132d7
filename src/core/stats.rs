//! What the history adds up to: today's checklist, streaks, minutes against
//! weekly targets, and the completion rate week by week.
//!
//! The figures are defined here once and every reader (Today, History,
//! `status`, the planner's weekly nudge) takes them from here:
//! - Active minutes ([`active_minutes`]): the minutes done of the exercises
//!   that have a weekly target (by default Cycling, toward its 150), so
//!   they are measured against the same target everywhere. Other exercises
//!   measured in minutes (a brisk walk, legs up) are sessions, not minutes
//!   toward the target, unless the user gives them a target of their own.
//! - Scheduled days ([`days_done`]): days with something scheduled, from
//!   the first day the app was used ([`first_use`]) on; the weeks before
//!   are not missed. Today counts once something is done, like a streak.
//!
//! Days are the user's local days in the time zone of `now`, so a session
//! logged at 23:30 counts for that evening even if the history was written
//! with another offset.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};
use serde::{Deserialize, Serialize};

use super::exercise::{Dose, Exercise, ExerciseId};
use super::history::{History, Outcome, Session};
use super::localtime::at_minute;
use super::planner::{Activity, active_weekdays, plan, upcoming_until};
use super::preferences::Preferences;
use super::schedule::Trigger;

/// Where a checklist entry stands; in reports as its `as_str` spelling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemState {
    Done,
    Skipped,
    Missed,
    /// Due now, waiting for an answer.
    Due,
    /// Due, put off until `at`.
    Snoozed,
    /// Will be prompted at `at`.
    Upcoming,
}

impl ItemState {
    pub fn as_str(&self) -> &'static str {
        match self {
            ItemState::Done => "done",
            ItemState::Skipped => "skipped",
            ItemState::Missed => "missed",
            ItemState::Due => "due",
            ItemState::Snoozed => "snoozed",
            ItemState::Upcoming => "upcoming",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChecklistItem<Tz: TimeZone> {
    pub exercise: ExerciseId,
    pub state: ItemState,
    /// When it was answered, became due, or will be prompted.
    pub at: DateTime<Tz>,
    pub dose: Option<Dose>,
    pub minutes: Option<u32>,
}

/// Today's micro-sessions in time order.
#[derive(Clone, Debug, PartialEq)]
pub struct Checklist<Tz: TimeZone> {
    pub date: NaiveDate,
    pub items: Vec<ChecklistItem<Tz>>,
}

impl<Tz: TimeZone> Checklist<Tz> {
    pub fn count(&self, state: ItemState) -> usize {
        self.items.iter().filter(|i| i.state == state).count()
    }

    /// Done, out of everything that was or will be asked today.
    pub fn progress(&self) -> (usize, usize) {
        (self.count(ItemState::Done), self.items.len())
    }

    pub fn due(&self) -> impl Iterator<Item = &ChecklistItem<Tz>> {
        self.items.iter().filter(|i| i.state == ItemState::Due)
    }
}

pub fn checklist<Tz: TimeZone>(
    prefs: &Preferences,
    history: &History,
    activity: &Activity,
    now: &DateTime<Tz>,
) -> Checklist<Tz> {
    let tz = now.timezone();
    let date = now.date_naive();
    let day_start = at_minute(&tz, date, 0).with_timezone(&Utc);
    let day_end = at_minute(&tz, date, 1440).with_timezone(&Utc);
    let now_utc = now.with_timezone(&Utc);
    let mut items = Vec::new();
    let mut snoozed: HashSet<(ExerciseId, DateTime<Utc>)> = HashSet::new();

    // Items done with a routine stand in a list of their own
    // (`moment::anchored_today`), not among the prompts.
    for s in history
        .between(day_start, now_utc + Duration::seconds(1))
        .iter()
        .filter(|s| s.anchor.is_none())
    {
        let state = match s.outcome {
            Outcome::Done => ItemState::Done,
            Outcome::Skipped => ItemState::Skipped,
            Outcome::Missed => ItemState::Missed,
            Outcome::Snoozed => continue,
        };
        items.push(ChecklistItem {
            exercise: s.exercise.clone(),
            state,
            at: s.at.with_timezone(&tz),
            dose: s.dose,
            minutes: s.minutes,
        });
    }
    // A snooze still running, for an exercise not answered since.
    for e in &prefs.exercises {
        if let Some(last) = history
            .of(&e.id)
            .rev()
            .find(|s| s.at.with_timezone(&Utc) <= now_utc)
            && last.outcome == Outcome::Snoozed
            && let Some(until) = last.until.map(|u| u.with_timezone(&Utc))
            && until > now_utc
            && until < day_end
        {
            snoozed.insert((e.id.clone(), until));
            items.push(ChecklistItem {
                exercise: e.id.clone(),
                state: ItemState::Snoozed,
                at: until.with_timezone(&tz),
                dose: None,
                minutes: None,
            });
        }
    }
    for d in plan(prefs, history, activity, now).due {
        items.push(ChecklistItem {
            exercise: d.exercise,
            state: ItemState::Due,
            at: d.since,
            dose: None,
            minutes: None,
        });
    }
    for p in upcoming_until(prefs, history, activity, now, Some(day_end), 200) {
        if p.at.with_timezone(&Utc) > now_utc
            && !snoozed.contains(&(p.exercise.clone(), p.at.with_timezone(&Utc)))
        {
            items.push(ChecklistItem {
                exercise: p.exercise,
                state: ItemState::Upcoming,
                at: p.at,
                dose: None,
                minutes: None,
            });
        }
    }
    items.sort_by_key(|i| i.at.with_timezone(&Utc));
    Checklist { date, items }
}

/// Consecutive days with the exercise done, counting only the days it is
/// scheduled on (a weekend off does not break a weekday streak), and today
/// only once it is done (an unfinished today does not break it either).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Streak {
    pub current: u32,
    pub best: u32,
}

fn streak_over(done: &HashSet<NaiveDate>, active: [bool; 7], today: NaiveDate) -> Streak {
    // From one done day to the next rather than day by day: the history may
    // span years, and only the gaps between done days matter.
    let mut days: Vec<NaiveDate> = done.iter().copied().filter(|d| *d <= today).collect();
    days.sort_unstable();
    let (mut run, mut best) = (0u32, 0u32);
    let mut previous: Option<NaiveDate> = None;
    for d in days {
        if previous.is_some_and(|p| any_active_between(p, d, active)) {
            run = 0;
        }
        run += 1;
        best = best.max(run);
        previous = Some(d);
    }
    // Today does not count against the streak until it is over.
    if previous.is_some_and(|p| any_active_between(p, today, active)) {
        run = 0;
    }
    Streak { current: run, best }
}

/// Whether any day strictly between `a` and `b` is on an active weekday.
fn any_active_between(a: NaiveDate, b: NaiveDate, active: [bool; 7]) -> bool {
    let between = (b - a).num_days() - 1;
    if between >= 7 {
        return active.contains(&true);
    }
    (1..=between).any(|i| {
        let d = a + Duration::days(i);
        active[d.weekday().num_days_from_monday() as usize]
    })
}

fn done_days<Tz: TimeZone>(
    history: &History,
    tz: &Tz,
    exercise: Option<&ExerciseId>,
) -> HashSet<NaiveDate> {
    let sessions: Box<dyn Iterator<Item = _>> = match exercise {
        Some(id) => Box::new(history.of(id)),
        None => Box::new(history.sessions().iter()),
    };
    sessions
        .filter(|s| s.outcome == Outcome::Done)
        .map(|s| s.at.with_timezone(tz).date_naive())
        .collect()
}

pub fn streak<Tz: TimeZone>(
    prefs: &Preferences,
    history: &History,
    exercise: &ExerciseId,
    now: &DateTime<Tz>,
) -> Streak {
    let active = prefs
        .exercise(exercise)
        .map(|e| active_weekdays(prefs, e))
        .unwrap_or([true; 7]);
    streak_over(
        &done_days(history, &now.timezone(), Some(exercise)),
        active,
        now.date_naive(),
    )
}

/// Days with at least one exercise done, over the days any exercise is scheduled.
pub fn overall_streak<Tz: TimeZone>(
    prefs: &Preferences,
    history: &History,
    now: &DateTime<Tz>,
) -> Streak {
    let mut active = [false; 7];
    for e in prefs.exercises.iter().filter(|e| e.enabled) {
        for (a, b) in active.iter_mut().zip(active_weekdays(prefs, e)) {
            *a |= b;
        }
    }
    streak_over(
        &done_days(history, &now.timezone(), None),
        active,
        now.date_naive(),
    )
}

/// Whether an exercise's minutes are active minutes: it is switched on and
/// has a weekly target.
pub fn counts_active_minutes(exercise: &Exercise) -> bool {
    exercise.enabled
        && exercise
            .rules
            .iter()
            .any(|r| matches!(r.trigger, Trigger::WeeklyTarget { .. }))
}

/// The exercises whose minutes are active minutes, in the preferences' order.
pub fn active_minutes_exercises(prefs: &Preferences) -> impl Iterator<Item = &Exercise> {
    prefs.exercises.iter().filter(|e| counts_active_minutes(e))
}

/// The active minutes a session stands for: its minutes (logged, or the
/// dose when that is a duration) when done, for an exercise that counts.
pub fn active_minutes(prefs: &Preferences, session: &Session) -> u32 {
    prefs
        .exercise(&session.exercise)
        .map_or(0, |e| active_minutes_of(e, session))
}

/// [`active_minutes`] of a session of `exercise`.
pub fn active_minutes_of(exercise: &Exercise, session: &Session) -> u32 {
    if counts_active_minutes(exercise) && session.exercise == exercise.id {
        session.active_minutes()
    } else {
        0
    }
}

/// The local date of the first session ever recorded: the day the app
/// started being used.
pub fn first_use<Tz: TimeZone>(history: &History, tz: &Tz) -> Option<NaiveDate> {
    history
        .sessions()
        .iter()
        .map(|s| s.at.with_timezone(tz).date_naive())
        .min()
}

/// "Something done on `done` of `scheduled` scheduled days".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DaysDone {
    pub done: u32,
    pub scheduled: u32,
}

/// Counts the scheduled days, and those with something done, among `days`
/// (each a date, whether anything is scheduled that day, and how many
/// sessions were done): only from `first_use` on (nothing before it was
/// missed: the app was not in use yet), and today only once something is
/// done (it is not over).
pub fn days_done(
    days: impl IntoIterator<Item = (NaiveDate, bool, u32)>,
    first_use: Option<NaiveDate>,
    today: NaiveDate,
) -> DaysDone {
    let Some(first) = first_use else {
        return DaysDone::default();
    };
    let mut out = DaysDone::default();
    for (date, scheduled, done) in days {
        let counts = scheduled && date >= first && (date < today || (date == today && done > 0));
        if counts {
            out.scheduled += 1;
            if done > 0 {
                out.done += 1;
            }
        }
    }
    out
}

/// The first day (`first_day`: Monday in most of Europe, Sunday in the
/// US and Japan) of the week containing `date`.
pub fn week_start(date: NaiveDate, first_day: Weekday) -> NaiveDate {
    let since = (date.weekday().num_days_from_monday() + 7 - first_day.num_days_from_monday()) % 7;
    date - Duration::days(since as i64)
}

/// Progress against a weekly target this week.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TargetProgress {
    pub exercise: ExerciseId,
    pub minutes: u32,
    pub target: u32,
}

pub fn weekly_targets<Tz: TimeZone>(
    prefs: &Preferences,
    history: &History,
    now: &DateTime<Tz>,
) -> Vec<TargetProgress> {
    let week = week_summary(
        prefs,
        history,
        &now.timezone(),
        week_start(now.date_naive(), prefs.first_day()),
    );
    active_minutes_exercises(prefs)
        .filter_map(|e| {
            e.rules.iter().find_map(|r| match r.trigger {
                Trigger::WeeklyTarget { minutes, .. } => Some(TargetProgress {
                    exercise: e.id.clone(),
                    minutes: week.minutes.get(&e.id).copied().unwrap_or(0),
                    target: minutes,
                }),
                _ => None,
            })
        })
        .collect()
}

/// One week of history.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WeekSummary {
    pub start: NaiveDate,
    /// Active minutes ([`active_minutes`]) per exercise that counts.
    pub minutes: BTreeMap<ExerciseId, u32>,
    pub done: u32,
    pub skipped: u32,
    pub missed: u32,
}

impl WeekSummary {
    pub fn total_minutes(&self) -> u32 {
        self.minutes.values().sum()
    }

    /// Done out of all prompts answered or missed; `None` for an empty week.
    pub fn completion(&self) -> Option<f64> {
        let asked = self.done + self.skipped + self.missed;
        (asked > 0).then(|| self.done as f64 / asked as f64)
    }
}

pub fn week_summary<Tz: TimeZone>(
    prefs: &Preferences,
    history: &History,
    tz: &Tz,
    start: NaiveDate,
) -> WeekSummary {
    let from = at_minute(tz, start, 0).with_timezone(&Utc);
    let to = at_minute(tz, start + Duration::days(7), 0).with_timezone(&Utc);
    let mut week = WeekSummary {
        start,
        ..Default::default()
    };
    for s in history.between(from, to) {
        match s.outcome {
            Outcome::Done => week.done += 1,
            Outcome::Skipped => week.skipped += 1,
            Outcome::Missed => week.missed += 1,
            Outcome::Snoozed => {}
        }
        let m = active_minutes(prefs, s);
        if m > 0 {
            *week.minutes.entry(s.exercise.clone()).or_default() += m;
        }
    }
    week
}

/// The last `weeks` weeks, oldest first, ending with the current one.
pub fn recent_weeks<Tz: TimeZone>(
    prefs: &Preferences,
    history: &History,
    now: &DateTime<Tz>,
    weeks: usize,
) -> Vec<WeekSummary> {
    let this = week_start(now.date_naive(), prefs.first_day());
    (0..weeks as i64)
        .rev()
        .map(|w| week_summary(prefs, history, &now.timezone(), this - Duration::weeks(w)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::history::Session;
    use chrono_tz::{Europe::London, Tz};

    fn at(d: u32, h: u32, m: u32) -> DateTime<Tz> {
        // November 2026: the 23rd is a Monday.
        at_minute(
            &London,
            NaiveDate::from_ymd_opt(2026, 11, d).unwrap(),
            h * 60 + m,
        )
    }

    fn add(h: &mut History, t: DateTime<Tz>, ex: &str, outcome: Outcome, minutes: Option<u32>) {
        let mut s = Session::new(t.fixed_offset(), ex.parse().unwrap(), outcome);
        s.minutes = minutes;
        h.push(s);
    }

    #[test]
    fn checklist_shows_done_due_snoozed_and_upcoming_in_order() {
        let p = Preferences::default();
        let mut h = History::default();
        add(
            &mut h,
            at(23, 10, 2),
            "ankle-rotations",
            Outcome::Done,
            None,
        );
        add(
            &mut h,
            at(23, 10, 31),
            "calf-raises",
            Outcome::Skipped,
            None,
        );
        let mut snooze = Session::new(
            at(23, 11, 46).fixed_offset(),
            "soleus-stretch".parse().unwrap(),
            Outcome::Snoozed,
        );
        snooze.until = Some(at(23, 11, 56).fixed_offset());
        h.push(snooze);
        let c = checklist(&p, &h, &Activity::assume_sitting(), &at(23, 11, 50));
        let rows: Vec<String> = c
            .items
            .iter()
            .map(|i| {
                format!(
                    "{} {} {}",
                    i.at.format("%H:%M"),
                    i.exercise,
                    i.state.as_str()
                )
            })
            .collect();
        assert_eq!(
            &rows[..4],
            [
                "10:02 ankle-rotations done",
                "10:31 calf-raises skipped",
                "11:02 ankle-rotations due",
                "11:30 legs-up due"
            ]
        );
        assert_eq!(rows[4], "11:56 soleus-stretch snoozed");
        assert!(
            rows.contains(&"15:30 calf-raises upcoming".to_owned()),
            "{rows:#?}"
        );
        assert!(
            !rows
                .iter()
                .any(|r| r.contains("11:56 soleus-stretch upcoming"))
        );
        assert_eq!(c.progress().0, 1);
    }

    #[test]
    fn streaks_skip_unscheduled_days_and_an_unfinished_today() {
        let p = Preferences::default();
        let mut h = History::default();
        // Thu 19, Fri 20, (weekend off), Mon 23 done; Tue 24 not yet.
        for d in [19, 20, 23] {
            add(&mut h, at(d, 10, 0), "calf-raises", Outcome::Done, None);
        }
        let tue = at(24, 9, 0);
        let id = "calf-raises".parse().unwrap();
        assert_eq!(
            streak(&p, &h, &id, &tue),
            Streak {
                current: 3,
                best: 3
            }
        );
        // Wednesday without Tuesday done: broken.
        let wed = at(25, 9, 0);
        assert_eq!(
            streak(&p, &h, &id, &wed),
            Streak {
                current: 0,
                best: 3
            }
        );
        add(&mut h, at(25, 10, 0), "calf-raises", Outcome::Done, None);
        assert_eq!(streak(&p, &h, &id, &wed).current, 1);
        // A Saturday ride counts even though the weekend is off.
        add(&mut h, at(21, 10, 0), "cycling", Outcome::Done, Some(20));
        assert_eq!(
            overall_streak(&p, &h, &wed),
            Streak {
                current: 1,
                best: 4
            }
        );
    }

    #[test]
    fn streaks_over_an_enormous_span_do_not_walk_it_day_by_day() {
        // Done on the first and the last possible dates, and on a run of
        // weekdays before today: the span is half a million years.
        let far = NaiveDate::from_ymd_opt(-262_000, 1, 1).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(); // Wednesday
        let weekdays = [true, true, true, true, true, false, false];
        let mut done: HashSet<NaiveDate> = [far].into_iter().collect();
        // Thursday 19 to Tuesday 24, over a weekend off.
        for d in [19, 20, 23, 24] {
            done.insert(NaiveDate::from_ymd_opt(2026, 11, d).unwrap());
        }
        let started = std::time::Instant::now();
        let s = streak_over(&done, weekdays, today);
        assert_eq!(
            s,
            Streak {
                current: 4,
                best: 4
            }
        );
        // Day by day this takes seconds even in a release build.
        assert!(started.elapsed() < std::time::Duration::from_millis(500));
        // A missed Monday breaks it; days after today do not count.
        done.remove(&NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        done.insert(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
        assert_eq!(
            streak_over(&done, weekdays, today),
            Streak {
                current: 1,
                best: 2
            }
        );
    }

    #[test]
    fn skipped_and_missed_do_not_count_for_streaks() {
        let p = Preferences::default();
        let mut h = History::default();
        add(&mut h, at(23, 10, 0), "calf-raises", Outcome::Skipped, None);
        add(&mut h, at(24, 10, 0), "calf-raises", Outcome::Missed, None);
        assert_eq!(overall_streak(&p, &h, &at(24, 18, 0)), Streak::default());
    }

    #[test]
    fn weekly_minutes_against_targets_and_completion() {
        let p = Preferences::default();
        let mut h = History::default();
        add(&mut h, at(22, 10, 0), "cycling", Outcome::Done, Some(40)); // Sunday: last week
        add(&mut h, at(23, 18, 0), "cycling", Outcome::Done, Some(30));
        add(&mut h, at(24, 18, 0), "cycling", Outcome::Done, Some(45));
        add(
            &mut h,
            at(24, 12, 20),
            "brisk-walk",
            Outcome::Done,
            Some(25),
        );
        add(
            &mut h,
            at(24, 10, 31),
            "calf-raises",
            Outcome::Skipped,
            None,
        );
        add(
            &mut h,
            at(24, 11, 0),
            "ankle-rotations",
            Outcome::Missed,
            None,
        );
        let now = at(25, 9, 0);
        let t = weekly_targets(&p, &h, &now);
        assert_eq!(
            t,
            vec![TargetProgress {
                exercise: "cycling".parse().unwrap(),
                minutes: 75,
                target: 150
            }]
        );
        let weeks = recent_weeks(&p, &h, &now, 2);
        assert_eq!(weeks[0].total_minutes(), 40);
        // The walk is not toward the target: only the rides count.
        assert_eq!(weeks[1].total_minutes(), 75);
        assert_eq!(weeks[1].completion(), Some(3.0 / 5.0));
        assert_eq!(
            weeks[0].start,
            NaiveDate::from_ymd_opt(2026, 11, 16).unwrap()
        );
    }

    #[test]
    fn weeks_start_on_the_locales_first_day() {
        let d = |day| NaiveDate::from_ymd_opt(2026, 11, day).unwrap();
        // Wednesday 25 November 2026.
        assert_eq!(week_start(d(25), Weekday::Mon), d(23));
        assert_eq!(week_start(d(25), Weekday::Sun), d(22));
        assert_eq!(week_start(d(25), Weekday::Sat), d(21));
        // The first day itself starts its own week.
        assert_eq!(week_start(d(22), Weekday::Sun), d(22));
        assert_eq!(week_start(d(22), Weekday::Mon), d(16));
        for day in 1..=30 {
            for first in [Weekday::Mon, Weekday::Sun, Weekday::Sat] {
                let s = week_start(d(day), first);
                assert_eq!(s.weekday(), first);
                assert!((0..7).contains(&(d(day) - s).num_days()));
            }
        }
    }

    #[test]
    fn a_sunday_week_counts_sundays_minutes_in_the_new_week() {
        use crate::core::locale::Region;
        let monday_weeks = Preferences::default();
        let sunday_weeks = Preferences::default().in_region(Region::of("en_US.UTF-8"));
        let mut h = History::default();
        add(&mut h, at(22, 10, 0), "cycling", Outcome::Done, Some(40)); // Sunday
        add(&mut h, at(23, 18, 0), "cycling", Outcome::Done, Some(30)); // Monday
        let now = at(25, 9, 0);
        assert_eq!(weekly_targets(&monday_weeks, &h, &now)[0].minutes, 30);
        assert_eq!(weekly_targets(&sunday_weeks, &h, &now)[0].minutes, 70);
        let weeks = recent_weeks(&sunday_weeks, &h, &now, 2);
        assert_eq!(
            weeks[1].start,
            NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
        );
        // A preference overrides the locale.
        let chosen = Preferences {
            week_start: Some(Weekday::Mon),
            ..sunday_weeks
        };
        assert_eq!(weekly_targets(&chosen, &h, &now)[0].minutes, 30);
    }

    #[test]
    fn active_minutes_are_the_minutes_of_exercises_with_a_weekly_target() {
        let mut p = Preferences::default();
        let mut h = History::default();
        add(&mut h, at(23, 10, 0), "cycling", Outcome::Done, Some(40));
        add(
            &mut h,
            at(23, 12, 20),
            "brisk-walk",
            Outcome::Done,
            Some(30),
        );
        // Legs up is done with its dose, 5 min: a rest, not activity.
        add(&mut h, at(23, 14, 0), "legs-up", Outcome::Done, None);
        add(&mut h, at(24, 9, 0), "cycling", Outcome::Skipped, Some(20));
        let now = at(24, 18, 0);
        let names: Vec<&str> = active_minutes_exercises(&p)
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(names, ["cycling"]);
        // Today's target bar, History's week and the sum per exercise agree.
        let targets = weekly_targets(&p, &h, &now);
        let week = &recent_weeks(&p, &h, &now, 1)[0];
        assert_eq!(targets[0].minutes, 40);
        assert_eq!(week.total_minutes(), 40);
        let per_session: u32 = h.sessions().iter().map(|s| active_minutes(&p, s)).sum();
        assert_eq!(per_session, 40);
        // The weekly nudge counts the same minutes: on Wednesday at 16:05,
        // 40 is behind pace (90 by then), whatever the walk and legs up add.
        let nudged = |h: &History| {
            plan(&p, h, &Activity::assume_sitting(), &at(25, 16, 5))
                .due
                .iter()
                .any(|d| d.exercise.as_str() == "cycling")
        };
        let mut walked = h.clone();
        add(
            &mut walked,
            at(25, 12, 20),
            "brisk-walk",
            Outcome::Done,
            Some(90),
        );
        assert!(nudged(&walked), "walk minutes are not toward the target");
        let mut ridden = h.clone();
        add(
            &mut ridden,
            at(25, 12, 20),
            "cycling",
            Outcome::Done,
            Some(50),
        );
        assert!(!nudged(&ridden), "90 ridden minutes are on pace");

        // Give the walk a target of its own: its minutes count too, in
        // every figure alike.
        let walk = p
            .exercises
            .iter_mut()
            .find(|e| e.id.as_str() == "brisk-walk")
            .unwrap();
        walk.rules.push(crate::core::schedule::Rule {
            trigger: Trigger::WeeklyTarget {
                minutes: 60,
                check_at: chrono::NaiveTime::from_hms_opt(16, 0, 0).unwrap(),
            },
            days: crate::core::schedule::Days::Working,
            hours: crate::core::schedule::Hours::Working,
        });
        let targets = weekly_targets(&p, &h, &now);
        let total: u32 = targets.iter().map(|t| t.minutes).sum();
        assert_eq!(total, 70);
        assert_eq!(recent_weeks(&p, &h, &now, 1)[0].total_minutes(), 70);

        // A switched-off exercise has no target bar and no minutes.
        for e in p.exercises.iter_mut() {
            e.enabled = e.id.as_str() != "cycling";
        }
        assert_eq!(recent_weeks(&p, &h, &now, 1)[0].total_minutes(), 30);
    }

    #[test]
    fn scheduled_days_start_on_the_first_day_of_use() {
        let mut h = History::default();
        assert_eq!(first_use(&h, &London), None);
        add(&mut h, at(24, 10, 0), "calf-raises", Outcome::Done, None);
        add(&mut h, at(23, 11, 0), "legs-up", Outcome::Skipped, None);
        let first = first_use(&h, &London);
        let date = |d: u32| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        assert_eq!(first, Some(date(23)));
        // Twelve weekdays of September to November before the first use,
        // then Monday 23 (skipped), Tuesday 24 (done), Wednesday 25 today.
        let mut days: Vec<(NaiveDate, bool, u32)> = (1..=22)
            .map(|d| (date(d), date(d).weekday().num_days_from_monday() < 5, 0))
            .collect();
        days.extend([
            (date(23), true, 0),
            (date(24), true, 1),
            (date(25), true, 0),
        ]);
        assert_eq!(
            days_done(days.clone(), first, date(25)),
            DaysDone {
                done: 1,
                scheduled: 2
            },
            "before the first use nothing is missed; today is not over"
        );
        days.last_mut().unwrap().2 = 2;
        assert_eq!(
            days_done(days.clone(), first, date(25)),
            DaysDone {
                done: 2,
                scheduled: 3
            }
        );
        assert_eq!(days_done(days, None, date(25)), DaysDone::default());
    }

    #[test]
    fn a_late_evening_session_counts_for_the_local_day() {
        let p = Preferences::default();
        let mut h = History::default();
        // 23:30 in New York is 04:30 the next day in London; read in New York.
        let s = Session::new(
            DateTime::parse_from_rfc3339("2026-11-23T23:30:00-05:00").unwrap(),
            "calf-raises".parse().unwrap(),
            Outcome::Done,
        );
        h.push(s);
        let ny = chrono_tz::America::New_York;
        let now = at_minute(
            &ny,
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            23 * 60 + 45,
        );
        let c = checklist(&p, &h, &Activity::assume_sitting(), &now);
        assert_eq!(c.count(ItemState::Done), 1);
    }
}
