//! What `status` and `upcoming` say, as plain serialisable data with stable
//! field names. Built from the core's answers in one place, so the command
//! line, the daemon's socket and the window all report the same thing.
//!
//! The fields are typed (states are [`ItemState`], times
//! `DateTime<FixedOffset>`, dates `NaiveDate`, exercises [`ExerciseId`]) so
//! readers match and compute instead of parsing text back; the JSON is the
//! same as when they were strings (`tests/report_json.rs` pins it).

use chrono::{DateTime, Duration, FixedOffset, Local, NaiveDate, SubsecRound, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::core::history::History;

use crate::core::ExerciseId;
use crate::core::moment::{self, BusyMode, Routine, Situation};
use crate::core::planner::{self, Activity};
use crate::core::preferences::Preferences;
pub use crate::core::stats::ItemState;
use crate::core::{progression, stats};

/// Report times in JSON: RFC 3339 to the second with the offset written out
/// ("2026-11-23T10:30:00+01:00", "+00:00" rather than "Z"), as they have
/// always been. chrono's own serde format would add fractional seconds.
mod guided;
pub use guided::{CountEntry, GuidedEnd, GuidedEntry, StepPart, clock_text};

pub mod rfc3339 {
    use chrono::{DateTime, FixedOffset, SecondsFormat};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &DateTime<FixedOffset>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.to_rfc3339_opts(SecondsFormat::Secs, false))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
        let text = String::deserialize(d)?;
        DateTime::parse_from_rfc3339(&text)
            .map_err(|e| serde::de::Error::custom(format!("{text:?} is not an RFC 3339 time: {e}")))
    }

    /// The same for a time that may be absent (`null`).
    pub mod option {
        use chrono::{DateTime, FixedOffset};
        use serde::{Deserialize, Deserializer, Serializer};

        pub fn serialize<S: Serializer>(
            t: &Option<DateTime<FixedOffset>>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            match t {
                Some(t) => super::serialize(t, s),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
            #[derive(Deserialize)]
            struct Time(#[serde(with = "super")] DateTime<FixedOffset>);
            Ok(Option::<Time>::deserialize(d)?.map(|Time(t)| t))
        }
    }
}

/// A moment as reports carry it: in its own offset, to the second (what
/// the JSON says, so a report read from the daemon and one built here
/// compare and compute alike).
pub fn at_second<Tz: TimeZone>(t: &DateTime<Tz>) -> DateTime<FixedOffset> {
    t.fixed_offset().trunc_subsecs(0)
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatusReport {
    /// With the local offset.
    #[serde(with = "rfc3339")]
    pub now: DateTime<FixedOffset>,
    /// Local date, YYYY-MM-DD.
    pub date: NaiveDate,
    pub progress: Progress,
    pub streak: Streak,
    pub checklist: Vec<ChecklistEntry>,
    pub due: Vec<DueEntry>,
    pub next: Option<UpcomingEntry>,
    pub weekly_targets: Vec<TargetEntry>,
    pub exercises: Vec<ExerciseEntry>,
    pub suggestions: Vec<SuggestionEntry>,
    /// The last four weeks, oldest first, ending with this one.
    pub weeks: Vec<WeekEntry>,
    #[serde(default, with = "rfc3339::option")]
    pub paused_until: Option<DateTime<FixedOffset>>,
    /// How long Snooze puts a prompt off.
    #[serde(default)]
    pub snooze_minutes: u32,
    pub warnings: Vec<String>,
    /// What the daemon sees of the user; absent when no daemon answered.
    #[serde(default)]
    pub daemon: Option<DaemonEntry>,
    /// The guided session running now, if one is.
    #[serde(default)]
    pub guided: Option<GuidedEntry>,
    /// How the last guided session ended (this daemon's).
    #[serde(default)]
    pub guided_ended: Option<GuidedEnd>,
    /// In a meeting, a call or reading until then, by the user's word.
    #[serde(default, with = "rfc3339::option")]
    pub busy_until: Option<DateTime<FixedOffset>>,
    /// What the user said they are busy with, until `busy_until`.
    #[serde(default)]
    pub busy_with: Option<BusyMode>,
    /// What the user is doing now: desk, meeting, call, reading or away.
    #[serde(default)]
    pub context: Situation,
    /// Today's items anchored to everyday routines, ticked off afterwards.
    #[serde(default)]
    pub anchored: Vec<AnchoredEntry>,
}

/// An exercise done with an everyday routine ("Calf raises — while
/// brushing teeth, morning"), and whether it was ticked off today.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnchoredEntry {
    pub exercise: ExerciseId,
    pub name: String,
    /// The routine's key: morning, evening, after-lunch, kettle or a name.
    pub routine: Routine,
    /// "while brushing teeth, morning".
    pub label: String,
    /// done or skipped today; null while open.
    pub answer: Option<crate::core::Outcome>,
    /// When it was done (or said not done).
    #[serde(default, with = "rfc3339::option")]
    pub at: Option<DateTime<FixedOffset>>,
    /// "this morning", "at lunchtime", ...
    pub when: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DaemonEntry {
    pub pid: u32,
    /// When the current stretch of sitting began; null while away.
    #[serde(default, with = "rfc3339::option")]
    pub sitting_since: Option<DateTime<FixedOffset>>,
    /// Where idle time comes from, or why it is unavailable.
    pub idle_source: String,
    /// Who says the screen is locked ("screen saver signals, logind"), or
    /// "none".
    #[serde(default)]
    pub lock_source: String,
    /// Where a focused fullscreen window is seen.
    #[serde(default)]
    pub fullscreen_source: String,
    /// The notification server, or why none is reachable.
    pub notifications: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Streak {
    pub current: u32,
    pub best: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChecklistEntry {
    pub exercise: ExerciseId,
    pub name: String,
    /// done, skipped, missed, due, snoozed or upcoming
    pub state: ItemState,
    /// When it was answered, became due, or will be prompted.
    #[serde(with = "rfc3339")]
    pub at: DateTime<FixedOffset>,
    pub dose: Option<String>,
    pub minutes: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DueEntry {
    pub exercise: ExerciseId,
    pub name: String,
    #[serde(with = "rfc3339")]
    pub since: DateTime<FixedOffset>,
    pub dose: String,
    pub instruction: String,
    pub rule: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UpcomingEntry {
    #[serde(with = "rfc3339")]
    pub at: DateTime<FixedOffset>,
    pub exercise: ExerciseId,
    pub name: String,
    pub dose: String,
    pub rule: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetEntry {
    pub exercise: ExerciseId,
    pub name: String,
    pub minutes: u32,
    pub target: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExerciseEntry {
    pub exercise: ExerciseId,
    pub name: String,
    pub enabled: bool,
    pub dose: String,
    /// Whether it is logged with its minutes (walks, rides): what the
    /// window's quick log offers. False in replies of daemons from before
    /// the field.
    #[serde(default)]
    pub records_minutes: bool,
    pub streak: Streak,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WeekEntry {
    /// Monday, YYYY-MM-DD.
    pub start: NaiveDate,
    pub minutes: u32,
    pub done: u32,
    pub skipped: u32,
    pub missed: u32,
    /// Done out of done + skipped + missed; null for a week without prompts.
    pub completion: Option<f64>,
}

impl From<&stats::WeekSummary> for WeekEntry {
    fn from(w: &stats::WeekSummary) -> Self {
        WeekEntry {
            start: w.start,
            minutes: w.total_minutes(),
            done: w.done,
            skipped: w.skipped,
            missed: w.missed,
            completion: w.completion(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuggestionEntry {
    pub exercise: ExerciseId,
    pub name: String,
    pub current: String,
    pub suggested: String,
    pub full_days: usize,
}

fn name_of(prefs: &Preferences, id: &crate::core::ExerciseId) -> String {
    prefs
        .exercise(id)
        .map(|e| e.display_name())
        .unwrap_or_else(|| id.to_string())
}

fn rule_text(prefs: &Preferences, id: &crate::core::ExerciseId, rule: usize) -> String {
    prefs
        .exercise(id)
        .and_then(|e| e.rules.get(rule))
        .map(|r| r.describe())
        .unwrap_or_default()
}

pub fn upcoming<Tz: TimeZone>(
    prefs: &Preferences,
    history: &History,
    activity: &Activity,
    from: &DateTime<Tz>,
    count: usize,
) -> Vec<UpcomingEntry> {
    planner::upcoming(prefs, history, activity, from, count)
        .iter()
        .map(|p| upcoming_entry(prefs, p))
        .collect()
}

fn upcoming_entry<Tz: TimeZone>(prefs: &Preferences, p: &planner::Prompt<Tz>) -> UpcomingEntry {
    UpcomingEntry {
        at: at_second(&p.at),
        name: name_of(prefs, &p.exercise),
        dose: prefs
            .exercise(&p.exercise)
            .map(|e| e.dose.describe())
            .unwrap_or_default(),
        rule: rule_text(prefs, &p.exercise, p.rule),
        exercise: p.exercise.clone(),
    }
}

pub fn status<Tz: TimeZone>(
    prefs: &Preferences,
    history: &History,
    activity: &Activity,
    now: &DateTime<Tz>,
    warnings: Vec<String>,
) -> StatusReport {
    let checklist = stats::checklist(prefs, history, activity, now);
    let plan = planner::plan(prefs, history, activity, now);
    let (done, total) = checklist.progress();
    let overall = stats::overall_streak(prefs, history, now);
    let next = planner::upcoming(prefs, history, activity, now, 1)
        .into_iter()
        .next();
    StatusReport {
        now: at_second(now),
        date: now.date_naive(),
        progress: Progress { done, total },
        streak: Streak {
            current: overall.current,
            best: overall.best,
        },
        checklist: checklist
            .items
            .iter()
            .map(|i| ChecklistEntry {
                exercise: i.exercise.clone(),
                name: name_of(prefs, &i.exercise),
                state: i.state,
                at: at_second(&i.at),
                dose: i.dose.map(|d| d.describe()),
                minutes: i.minutes,
            })
            .collect(),
        due: plan
            .due
            .iter()
            .map(|d| {
                let e = prefs.exercise(&d.exercise);
                DueEntry {
                    exercise: d.exercise.clone(),
                    name: name_of(prefs, &d.exercise),
                    since: at_second(&d.since),
                    dose: e.map(|e| e.dose.describe()).unwrap_or_default(),
                    instruction: e.map(|e| e.display_instruction()).unwrap_or_default(),
                    rule: rule_text(prefs, &d.exercise, d.rule),
                }
            })
            .collect(),
        next: next.map(|p| upcoming_entry(prefs, &p)),
        weekly_targets: stats::weekly_targets(prefs, history, now)
            .into_iter()
            .map(|t| TargetEntry {
                name: name_of(prefs, &t.exercise),
                exercise: t.exercise,
                minutes: t.minutes,
                target: t.target,
            })
            .collect(),
        exercises: prefs
            .exercises
            .iter()
            .map(|e| {
                let s = stats::streak(prefs, history, &e.id, now);
                ExerciseEntry {
                    exercise: e.id.clone(),
                    name: e.display_name(),
                    enabled: e.enabled,
                    dose: e.dose.describe(),
                    records_minutes: e.records_minutes(),
                    streak: Streak {
                        current: s.current,
                        best: s.best,
                    },
                }
            })
            .collect(),
        suggestions: progression::suggestions(prefs, history, now)
            .into_iter()
            .map(|s| SuggestionEntry {
                name: name_of(prefs, &s.exercise),
                exercise: s.exercise,
                current: s.current.to_string(),
                suggested: s.suggested.to_string(),
                full_days: s.full_days,
            })
            .collect(),
        weeks: stats::recent_weeks(prefs, history, now, 4)
            .iter()
            .map(WeekEntry::from)
            .collect(),
        paused_until: activity
            .paused_until
            .filter(|p| *p > now.with_timezone(&Utc))
            .map(|p| at_second(&p.with_timezone(&now.timezone()))),
        snooze_minutes: prefs.snooze_minutes,
        warnings,
        daemon: None,
        guided: None,
        guided_ended: None,
        busy_until: None,
        busy_with: None,
        context: Situation::Desk,
        anchored: anchored_entries(prefs, history, now),
    }
}

fn anchored_entries<Tz: TimeZone>(
    prefs: &Preferences,
    history: &History,
    now: &DateTime<Tz>,
) -> Vec<AnchoredEntry> {
    let now = now.fixed_offset();
    moment::anchored_today(&prefs.exercises, history, &now)
        .into_iter()
        .map(|a| AnchoredEntry {
            name: name_of(prefs, &a.exercise),
            exercise: a.exercise,
            label: a.routine.label(),
            routine: a.routine,
            answer: a.answer.as_ref().map(|(o, _)| *o),
            at: a.answer.as_ref().map(|(_, t)| at_second(t)),
            when: a.answer.map(|(_, t)| moment::said_when(&t, &now)),
        })
        .collect()
}

/// The history in the shape the History view draws it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryReport {
    /// Local date of "today", YYYY-MM-DD.
    pub today: NaiveDate,
    /// Every day from the start of the week `weeks` weeks ago to today,
    /// oldest first.
    pub days: Vec<DayEntry>,
    /// The day weeks start on (the locale's, or the `week_start` chosen).
    #[serde(default = "monday")]
    pub week_start: chrono::Weekday,
    /// The same weeks, oldest first.
    pub weeks: Vec<WeekEntry>,
    /// Minutes a week the targets ask for (sum of weekly targets), e.g. 150.
    pub weekly_target_minutes: u32,
    pub exercises: Vec<ExerciseEntry>,
    /// The names of the exercises whose minutes are active minutes (those
    /// with a weekly target; `stats::active_minutes`).
    #[serde(default)]
    pub active_minutes_of: Vec<String>,
    /// The first day anything was recorded; days before it were not missed.
    #[serde(default)]
    pub first_use: Option<NaiveDate>,
    /// Scheduled days with something done, from the first use to today
    /// (`stats::days_done`).
    #[serde(default)]
    pub days_done: stats::DaysDone,
    /// Sessions done this week in meetings, and in calls.
    #[serde(default)]
    pub in_meetings_this_week: usize,
    #[serde(default)]
    pub in_calls_this_week: usize,
}

fn monday() -> chrono::Weekday {
    chrono::Weekday::Mon
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayEntry {
    pub date: NaiveDate,
    pub done: u32,
    pub skipped: u32,
    pub missed: u32,
    /// Active minutes (`stats::active_minutes`).
    pub minutes: u32,
    /// Whether any enabled exercise is scheduled on that weekday.
    pub scheduled: bool,
}

pub fn history<Tz: TimeZone>(
    prefs: &Preferences,
    history: &History,
    now: &DateTime<Tz>,
    weeks: usize,
) -> HistoryReport {
    let weeks = weeks.clamp(1, 104);
    let today = now.date_naive();
    let first = stats::week_start(today, prefs.first_day()) - Duration::weeks(weeks as i64 - 1);
    let tz = now.timezone();
    let mut days: Vec<DayEntry> = Vec::new();
    let mut scheduled = [false; 7];
    for e in prefs.exercises.iter().filter(|e| e.enabled) {
        for (s, a) in scheduled.iter_mut().zip(planner::active_weekdays(prefs, e)) {
            *s |= a;
        }
    }
    let mut d = first;
    while d <= today {
        use chrono::Datelike;
        days.push(DayEntry {
            date: d,
            done: 0,
            skipped: 0,
            missed: 0,
            minutes: 0,
            scheduled: scheduled[d.weekday().num_days_from_monday() as usize],
        });
        d += Duration::days(1);
    }
    let from = crate::core::localtime::at_minute(&tz, first, 0).with_timezone(&Utc);
    for s in history.between(from, now.with_timezone(&Utc) + Duration::seconds(1)) {
        let i = (s.at.with_timezone(&tz).date_naive() - first).num_days();
        let Some(day) = usize::try_from(i).ok().and_then(|i| days.get_mut(i)) else {
            continue;
        };
        match s.outcome {
            crate::core::Outcome::Done => day.done += 1,
            crate::core::Outcome::Skipped => day.skipped += 1,
            crate::core::Outcome::Missed => day.missed += 1,
            crate::core::Outcome::Snoozed => {}
        }
        day.minutes += stats::active_minutes(prefs, s);
    }
    let status = status(prefs, history, &Activity::assume_sitting(), now, Vec::new());
    let first_use = stats::first_use(history, &tz);
    let week_from =
        crate::core::localtime::at_minute(&tz, stats::week_start(today, prefs.first_day()), 0)
            .with_timezone(&Utc);
    let this_week: Vec<_> = history
        .between(week_from, now.with_timezone(&Utc) + Duration::seconds(1))
        .iter()
        .filter(|s| s.outcome == crate::core::Outcome::Done)
        .collect();
    let count_in = |c: Situation| this_week.iter().filter(|s| s.context == Some(c)).count();
    HistoryReport {
        today,
        week_start: prefs.first_day(),
        days_done: stats::days_done(
            days.iter().map(|d| (d.date, d.scheduled, d.done)),
            first_use,
            today,
        ),
        first_use,
        active_minutes_of: stats::active_minutes_exercises(prefs)
            .map(|e| e.display_name())
            .collect(),
        days,
        weeks: stats::recent_weeks(prefs, history, now, weeks)
            .iter()
            .map(WeekEntry::from)
            .collect(),
        weekly_target_minutes: status.weekly_targets.iter().map(|t| t.target).sum(),
        exercises: status.exercises,
        in_meetings_this_week: count_in(Situation::Meeting),
        in_calls_this_week: count_in(Situation::Call),
    }
}

/// A report's time as local "HH:MM".
pub fn hm(t: &DateTime<FixedOffset>) -> String {
    crate::i18n::format::time(&t.with_timezone(&Local))
}

/// "in 3 h 40 min", "in 5 min", "now".
pub fn relative(from: DateTime<Utc>, to: DateTime<Utc>) -> String {
    let minutes = (to - from + Duration::seconds(59)).num_minutes();
    match minutes {
        i64::MIN..=0 => crate::t!("relative-now"),
        1..=59 => crate::t!("relative-minutes", minutes = minutes),
        _ if minutes >= 48 * 60 => crate::t!("relative-days", days = minutes / (24 * 60)),
        _ if minutes % 60 == 0 => crate::t!("relative-hours", hours = minutes / 60),
        _ => crate::t!(
            "relative-hours-minutes",
            hours = minutes / 60,
            minutes = minutes % 60
        ),
    }
}

/// The history as CSV with a header; fields are quoted where needed.
pub fn csv(history: &History) -> String {
    fn field(s: &str) -> String {
        if s.contains([',', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_owned()
        }
    }
    let mut out = String::from("at,exercise,outcome,dose,minutes,until,via\n");
    for s in history.sessions() {
        let via = s.via.map(|v| {
            serde_json::to_value(v)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default()
        });
        out.push_str(&format!(
            "{},{},{},{},{},{},{}\n",
            s.at.to_rfc3339(),
            field(s.exercise.as_str()),
            s.outcome.as_str(),
            field(&s.dose.map(|d| d.to_string()).unwrap_or_default()),
            s.minutes.map(|m| m.to_string()).unwrap_or_default(),
            s.until.map(|u| u.to_rfc3339()).unwrap_or_default(),
            via.unwrap_or_default()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{Outcome, Session};
    use chrono_tz::Europe::London;

    #[test]
    fn checklist_states_are_spelled_in_json_as_they_always_were() {
        use ItemState::*;
        for state in [Done, Skipped, Missed, Due, Snoozed, Upcoming] {
            let json = serde_json::to_string(&state).unwrap();
            assert_eq!(json, format!("\"{}\"", state.as_str()));
            assert_eq!(serde_json::from_str::<ItemState>(&json).unwrap(), state);
        }
    }

    #[test]
    fn report_times_are_written_to_the_second_with_the_offset_spelled_out() {
        #[derive(Debug, PartialEq, Serialize, Deserialize)]
        struct T {
            #[serde(with = "rfc3339")]
            at: DateTime<FixedOffset>,
            #[serde(default, with = "rfc3339::option")]
            until: Option<DateTime<FixedOffset>>,
        }
        // A fraction of a second and "Z" (from another writer) read fine
        // and are written as reports always wrote them.
        let t: T = serde_json::from_str(
            r#"{"at":"2026-11-23T10:30:00.75Z","until":"2026-11-23T11:30:59.999+01:00"}"#,
        )
        .unwrap();
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            r#"{"at":"2026-11-23T10:30:00+00:00","until":"2026-11-23T11:30:59+01:00"}"#
        );
        let none: T = serde_json::from_str(r#"{"at":"2026-11-23T10:30:00-05:00"}"#).unwrap();
        assert_eq!(none.until, None);
        assert_eq!(
            serde_json::to_string(&none).unwrap(),
            r#"{"at":"2026-11-23T10:30:00-05:00","until":null}"#
        );
        let err = serde_json::from_str::<T>(r#"{"at":"10:30"}"#).unwrap_err();
        assert!(
            err.to_string()
                .contains("\"10:30\" is not an RFC 3339 time"),
            "{err}"
        );
    }

    #[test]
    fn a_reports_moment_keeps_its_offset_and_drops_the_fraction() {
        let t = DateTime::parse_from_rfc3339("2026-11-23T10:30:07.999+01:00").unwrap();
        let at = at_second(&t.with_timezone(&London));
        assert_eq!(at.to_rfc3339(), "2026-11-23T09:30:07+00:00");
        assert_eq!(at_second(&t).to_rfc3339(), "2026-11-23T10:30:07+01:00");
    }

    #[test]
    fn history_report_counts_each_day_in_its_local_date() {
        let at = |d: u32, h: u32| {
            crate::core::localtime::at_minute(
                &London,
                NaiveDate::from_ymd_opt(2026, 11, d).unwrap(),
                h * 60,
            )
        };
        let mut h = History::default();
        h.push(Session::new(
            at(16, 10).fixed_offset(),
            "calf-raises".parse().unwrap(),
            Outcome::Done,
        ));
        h.push(Session::new(
            at(23, 10).fixed_offset(),
            "calf-raises".parse().unwrap(),
            Outcome::Done,
        ));
        h.push(Session::new(
            at(23, 11).fixed_offset(),
            "legs-up".parse().unwrap(),
            Outcome::Missed,
        ));
        let mut ride = Session::new(
            at(22, 18).fixed_offset(),
            "cycling".parse().unwrap(),
            Outcome::Done,
        );
        ride.minutes = Some(40);
        h.push(ride);
        let r = history(&Preferences::default(), &h, &at(23, 12), 2);
        assert_eq!(
            r.days.first().unwrap().date,
            NaiveDate::from_ymd_opt(2026, 11, 16).unwrap()
        );
        assert_eq!(r.days.len(), 8, "Monday 16 to Monday 23");
        assert_eq!((r.days[0].done, r.days[0].scheduled), (1, true));
        assert_eq!(
            (r.days[6].minutes, r.days[6].scheduled),
            (40, false),
            "Sunday ride"
        );
        assert_eq!((r.days[7].done, r.days[7].missed), (1, 1));
        assert_eq!(r.weeks.len(), 2);
        assert_eq!(r.weekly_target_minutes, 150);
    }
}
