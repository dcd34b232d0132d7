//! The Schedule view's editable copy of the preferences: every field as the
//! text being typed, turned back into the file form and checked by the same
//! core validation the daemon uses. Errors are keyed by the field's path
//! (`working_hours.mon`, `exercises.calf-raises.rules[0].every_minutes`), so
//! the view can show each one beside its field.
//!
//! A draft is saved over a file that may have changed since it was loaded
//! (`dose` in a terminal, an editor, another window): `merge` then takes
//! the fields changed on either side, and names the fields both changed
//! differently, so that nothing is silently reverted.

use crate::core::locale::{Clock, Language};
use crate::core::preferences;
use std::collections::BTreeMap;

use crate::core::exercise::{ExerciseKind, builtin_exercises};
use crate::core::guide::Pacing;
use crate::core::moment::{MeetingPolicy, Place, Routine};
use crate::core::preferences::{
    FieldError, Preferences, RawPreferences, RawRule, RawWorkingHours, Theme,
};
use crate::core::schedule::{ALL_DAYS, Days, Hours, Rule, Trigger, short_name};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleKind {
    Sitting,
    Clock,
    Times,
    Weekly,
}

impl RuleKind {
    pub const ALL: [RuleKind; 4] = [
        RuleKind::Sitting,
        RuleKind::Clock,
        RuleKind::Times,
        RuleKind::Weekly,
    ];

    pub fn label(&self) -> String {
        match self {
            RuleKind::Sitting => crate::t!("rule-kind-sitting"),
            RuleKind::Clock => crate::t!("rule-kind-clock"),
            RuleKind::Times => crate::t!("rule-kind-times"),
            RuleKind::Weekly => crate::t!("rule-kind-weekly"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoursKind {
    Working,
    Any,
    Ranges,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RuleDraft {
    pub kind: RuleKind,
    /// Minutes for sitting and clock rules, the target for weekly ones.
    pub minutes: String,
    /// Clock rules: minutes past the slot ("50" for :50).
    pub at_minute: String,
    /// Fixed times, "10:30, 15:30"; weekly: the check time.
    pub times: String,
    /// `None`: the working days.
    pub days: Option<[bool; 7]>,
    pub hours: HoursKind,
    /// For `HoursKind::Ranges`: "09:00-12:00, 13:00-17:00".
    pub ranges: String,
}

impl RuleDraft {
    pub fn new() -> Self {
        RuleDraft {
            kind: RuleKind::Sitting,
            minutes: "60".into(),
            at_minute: "0".into(),
            times: "10:30".into(),
            days: None,
            hours: HoursKind::Working,
            ranges: "09:00-17:00".into(),
        }
    }

    fn from_rule(rule: &Rule) -> Self {
        let mut d = RuleDraft::new();
        match &rule.trigger {
            Trigger::EverySitting { minutes } => {
                d.kind = RuleKind::Sitting;
                d.minutes = minutes.to_string();
            }
            Trigger::EveryClock { minutes, at_minute } => {
                d.kind = RuleKind::Clock;
                d.minutes = minutes.to_string();
                d.at_minute = at_minute.to_string();
            }
            Trigger::AtTimes { times } => {
                d.kind = RuleKind::Times;
                d.times = times
                    .iter()
                    .map(|t| t.format("%H:%M").to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
            }
            Trigger::WeeklyTarget { minutes, check_at } => {
                d.kind = RuleKind::Weekly;
                d.minutes = minutes.to_string();
                d.times = check_at.format("%H:%M").to_string();
            }
        }
        d.days = match &rule.days {
            Days::Working => None,
            Days::Only(set) => Some(ALL_DAYS.map(|day| set.contains(day))),
        };
        (d.hours, d.ranges) = match &rule.hours {
            Hours::Working => (HoursKind::Working, d.ranges),
            Hours::AnyTime => (HoursKind::Any, d.ranges),
            Hours::Ranges(r) => (HoursKind::Ranges, join(r.iter().map(|r| r.to_string()))),
        };
        d
    }

    fn to_raw(&self, path: &str, errors: &mut Vec<FieldError>) -> RawRule {
        let mut raw = RawRule::default();
        let mut number = |field: &str, text: &str| -> Option<i64> {
            match text.trim().parse::<i64>() {
                Ok(n) => Some(n),
                Err(_) => {
                    errors.push(FieldError {
                        field: format!("{path}.{field}"),
                        value: format!("{:?}", text.trim()),
                        reason: "not a whole number".into(),
                    });
                    None
                }
            }
        };
        match self.kind {
            RuleKind::Sitting => {
                raw.every_minutes_sitting =
                    number("every_minutes_sitting", &self.minutes).or(Some(0))
            }
            RuleKind::Clock => {
                raw.every_minutes = number("every_minutes", &self.minutes).or(Some(0));
                raw.at_minute = number("at_minute", &self.at_minute);
            }
            RuleKind::Times => raw.at = Some(split(&self.times)),
            RuleKind::Weekly => {
                raw.weekly_target_minutes =
                    number("weekly_target_minutes", &self.minutes).or(Some(0));
                raw.check_at = Some(self.times.trim().to_owned());
            }
        }
        raw.days = self.days.map(|days| {
            ALL_DAYS
                .iter()
                .zip(days)
                .filter(|(_, on)| *on)
                .map(|(d, _)| short_name(*d).to_owned())
                .collect()
        });
        raw.hours = match self.hours {
            HoursKind::Working => None,
            HoursKind::Any => Some(toml::Value::String("any".into())),
            HoursKind::Ranges => Some(toml::Value::Array(
                split(&self.ranges)
                    .into_iter()
                    .map(toml::Value::String)
                    .collect(),
            )),
        };
        raw
    }
}

impl Default for RuleDraft {
    fn default() -> Self {
        RuleDraft::new()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExerciseDraft {
    pub id: String,
    pub name: String,
    pub enabled: bool,
    pub dose: String,
    pub rules: Vec<RuleDraft>,
    /// How a guided session of it is paced, as typed.
    pub pacing: PacingDraft,
    /// The pacing it has when the file says nothing (its built-in one).
    pub default_pacing: Pacing,
    /// Logged afterwards (a ride): timed by a stopwatch, nothing to pace.
    pub logged: bool,
}

/// A guided session's pacing as typed: the fields shown are those the
/// dose uses (circles, or sets with their rest, or minutes).
#[derive(Clone, Debug, PartialEq)]
pub struct PacingDraft {
    pub circle_seconds: String,
    pub up_seconds: String,
    pub down_seconds: String,
    pub rest_seconds: String,
    pub interval_minutes: String,
}

impl PacingDraft {
    fn of(p: &Pacing) -> Self {
        PacingDraft {
            circle_seconds: p.circle_seconds.to_string(),
            up_seconds: p.up_seconds.to_string(),
            down_seconds: p.down_seconds.to_string(),
            rest_seconds: p.rest_seconds.to_string(),
            interval_minutes: p.interval_minutes.to_string(),
        }
    }

    /// (file field, text, default) of each field.
    pub fn fields(&mut self, default: &Pacing) -> [(&'static str, &mut String, u32); 5] {
        [
            (
                "circle_seconds",
                &mut self.circle_seconds,
                default.circle_seconds,
            ),
            ("up_seconds", &mut self.up_seconds, default.up_seconds),
            ("down_seconds", &mut self.down_seconds, default.down_seconds),
            ("rest_seconds", &mut self.rest_seconds, default.rest_seconds),
            (
                "interval_minutes",
                &mut self.interval_minutes,
                default.interval_minutes,
            ),
        ]
    }
}

/// The form for a user's own exercise.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OwnExercise {
    pub id: String,
    pub name: String,
    pub dose: String,
    pub logged: bool,
    pub instruction: String,
    pub how_to: String,
    /// For a new exercise: its first rule, every N minutes of sitting.
    pub sitting_minutes: String,
    /// Where it can be done (what decides whether it fits a meeting).
    pub place: Place,
    /// Routines it is done with, as typed: "morning, kettle".
    pub anchors: String,
}

impl OwnExercise {
    pub fn new() -> Self {
        OwnExercise {
            dose: "2 sets of 10".into(),
            sitting_minutes: "90".into(),
            ..Default::default()
        }
    }

    /// The routines typed, each checked; the bad ones are left out (the
    /// form names them, see [`OwnExercise::routine_problems`]).
    pub fn routines(&self) -> Vec<Routine> {
        let mut out: Vec<Routine> = Vec::new();
        for r in self
            .anchors
            .split(',')
            .filter_map(|t| t.parse::<Routine>().ok())
        {
            if !out.contains(&r) {
                out.push(r);
            }
        }
        out
    }

    /// What is wrong with the routines typed, one line each.
    pub fn routine_problems(&self) -> Vec<String> {
        self.anchors
            .split(',')
            .filter(|t| !t.trim().is_empty())
            .filter_map(|t| t.parse::<Routine>().err())
            .collect()
    }

    /// An id from the name: "Desk squats" is `desk-squats`.
    pub fn id_from_name(name: &str) -> String {
        let mut id = String::new();
        for c in name.trim().to_lowercase().chars() {
            // Latin letters with accents keep their base letter ("é" is
            // "e"); other scripts have none, and are kept by the hash below.
            let c = fold_accent(c);
            if c.is_ascii_alphanumeric() {
                id.push(c);
            } else if !id.ends_with('-') && !id.is_empty() {
                id.push('-');
            }
        }
        let id: String = id.trim_end_matches('-').chars().take(40).collect();
        let ascii = name
            .trim()
            .to_lowercase()
            .chars()
            .all(|c| c.is_ascii() || fold_accent(c) != c);
        if ascii || name.trim().is_empty() {
            return id;
        }
        // A name in Japanese, Chinese, Greek...: the letters an id may hold
        // cannot say it, so a short hash of the name tells one from another
        // ("ストレッチ" and "スクワット" get different ids).
        let hash = name.trim().bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
        let tail = format!("{:08x}", hash as u32);
        match id.is_empty() {
            true => format!("own-{tail}"),
            false => format!("{}-{tail}", id.chars().take(31).collect::<String>()),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub idle_threshold: String,
    pub snooze: String,
    /// Minutes before the one gentle reminder; "0" for none.
    pub remind_again: String,
    /// Hold prompts during do-not-disturb or a fullscreen window.
    pub quiet: bool,
    /// In a meeting, a call or reading: prompts as usual, quiet
    /// suggestions, or hold everything; and whether a call offers a walk.
    pub in_meetings: MeetingPolicy,
    pub walk_in_calls: bool,
    pub sound: bool,
    /// The window's theme; shown at once, saved with the rest.
    pub theme: Theme,
    /// The language, clock and first weekday; `None` follows the desktop.
    pub language: Option<Language>,
    pub clock: Option<Clock>,
    pub week_start: Option<chrono::Weekday>,
    /// Per weekday, "09:00-12:30, 13:30-17:30" ("" for a day off).
    pub hours: [String; 7],
    pub exercises: Vec<ExerciseDraft>,
    /// The file as it was read: fields this view does not edit are kept.
    base: RawPreferences,
}

/// A dose as typed in the window, in the file's spelling when it reads
/// as one (else as typed, for validation to name).
fn file_dose(text: &str) -> String {
    crate::core::Dose::parse_shown(text)
        .map(|d| d.to_string())
        .unwrap_or_else(|_| text.trim().to_owned())
}

fn join(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(", ")
}

fn split(text: &str) -> Vec<String> {
    text.split([',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The outcome of checking a draft.
pub struct Checked {
    /// The file form to save.
    pub raw: RawPreferences,
    /// The preferences, when everything is valid.
    pub prefs: Option<Preferences>,
    /// Reasons by field path.
    pub errors: BTreeMap<String, String>,
}

impl Checked {
    /// The reason for a field, or for any field below it.
    pub fn error(&self, path: &str) -> Option<&str> {
        self.errors.get(path).map(String::as_str)
    }

    pub fn errors_under<'a>(
        &'a self,
        prefix: &'a str,
    ) -> impl Iterator<Item = (&'a String, &'a String)> + 'a {
        self.errors
            .iter()
            .filter(move |(k, _)| k.starts_with(prefix))
    }
}

impl Draft {
    /// From the file as read (`raw`) and what it means (`prefs`, defaults
    /// filled in).
    pub fn new(raw: RawPreferences, prefs: &Preferences) -> Self {
        Draft {
            idle_threshold: prefs.idle_threshold_minutes.to_string(),
            snooze: prefs.snooze_minutes.to_string(),
            remind_again: prefs.remind_again_minutes.to_string(),
            quiet: prefs.quiet_during_meetings,
            in_meetings: prefs.in_meetings,
            walk_in_calls: prefs.walk_in_calls,
            sound: prefs.sound,
            theme: prefs.theme,
            language: prefs.language,
            clock: prefs.clock,
            week_start: prefs.week_start,
            hours: ALL_DAYS.map(|d| join(prefs.working_hours.on(d).iter().map(|r| r.to_string()))),
            exercises: prefs
                .exercises
                .iter()
                .map(|e| ExerciseDraft {
                    id: e.id.to_string(),
                    name: e.name.clone(),
                    enabled: e.enabled,
                    dose: e.dose.describe(),
                    rules: e.rules.iter().map(RuleDraft::from_rule).collect(),
                    pacing: PacingDraft::of(&e.pacing),
                    default_pacing: default_pacing(e.id.as_str()),
                    logged: e.kind == ExerciseKind::Logged,
                })
                .collect(),
            base: raw,
        }
    }

    /// The texts of a user's own exercise (kept in the file form).
    pub fn texts(&self, id: &str) -> (String, String, bool) {
        let e = self.base.exercises.as_ref().and_then(|m| m.get(id));
        (
            e.and_then(|e| e.instruction.clone()).unwrap_or_default(),
            e.and_then(|e| e.how_to.clone()).unwrap_or_default(),
            e.and_then(|e| e.kind) == Some(ExerciseKind::Logged),
        )
    }

    /// Adds a user's own exercise, or changes one, with a first rule for a
    /// new one (every `sitting_minutes` of sitting).
    pub fn put_own(&mut self, own: &OwnExercise) {
        let entry = self
            .base
            .exercises
            .get_or_insert_default()
            .entry(own.id.clone())
            .or_default();
        entry.name = Some(own.name.trim().to_owned());
        entry.instruction = Some(own.instruction.trim().to_owned());
        entry.how_to = Some(own.how_to.trim().to_owned());
        entry.kind = Some(if own.logged {
            ExerciseKind::Logged
        } else {
            ExerciseKind::Prompted
        });
        entry.place = Some(own.place.as_str().to_owned());
        entry.anchors = Some(own.routines().into_iter().map(String::from).collect());
        match self.exercises.iter_mut().find(|e| e.id == own.id) {
            Some(e) => {
                e.name = own.name.trim().to_owned();
                e.dose = own.dose.trim().to_owned();
                e.logged = own.logged;
            }
            None => self.exercises.push(ExerciseDraft {
                id: own.id.clone(),
                name: own.name.trim().to_owned(),
                enabled: true,
                dose: own.dose.trim().to_owned(),
                rules: vec![RuleDraft {
                    minutes: own.sitting_minutes.trim().to_owned(),
                    ..RuleDraft::new()
                }],
                pacing: PacingDraft::of(&Pacing::default()),
                default_pacing: Pacing::default(),
                logged: own.logged,
            }),
        }
    }

    /// Builds the file form and validates it.
    pub fn check(&self) -> Checked {
        let mut errors: Vec<FieldError> = Vec::new();
        let mut raw = self.base.clone();
        let mut number = |field: &str, text: &str| match text.trim().parse::<i64>() {
            Ok(n) => Some(n),
            Err(_) => {
                errors.push(FieldError {
                    field: field.into(),
                    value: format!("{:?}", text.trim()),
                    reason: "not a whole number".into(),
                });
                None
            }
        };
        raw.idle_threshold_minutes = number("idle_threshold_minutes", &self.idle_threshold);
        raw.snooze_minutes = number("snooze_minutes", &self.snooze);
        raw.remind_again_minutes = number("remind_again_minutes", &self.remind_again);
        raw.quiet_during_meetings = Some(self.quiet);
        raw.in_meetings = Some(self.in_meetings.as_str().to_owned());
        raw.walk_in_calls = Some(self.walk_in_calls);
        raw.sound = Some(self.sound);
        raw.theme = Some(self.theme.as_str().to_owned());
        raw.language = Some(preferences::language_field(self.language));
        raw.clock = Some(preferences::clock_field(self.clock));
        raw.week_start = Some(preferences::week_start_field(self.week_start));
        raw.schema_version
            .get_or_insert(crate::core::preferences::SCHEMA_VERSION as i64);
        let day = |i: usize| Some(split(&self.hours[i]));
        raw.working_hours = Some(RawWorkingHours {
            mon: day(0),
            tue: day(1),
            wed: day(2),
            thu: day(3),
            fri: day(4),
            sat: day(5),
            sun: day(6),
        });
        let exercises = raw.exercises.get_or_insert_default();
        for e in &self.exercises {
            let entry = exercises.entry(e.id.clone()).or_default();
            entry.enabled = Some(e.enabled);
            // The file keeps the English spelling, whatever the window's language.
            entry.dose = Some(file_dose(&e.dose));
            if entry.name.is_some() || !e.name.is_empty() {
                entry.name = Some(e.name.clone());
            }
            entry.rules = Some(
                e.rules
                    .iter()
                    .enumerate()
                    .map(|(i, r)| r.to_raw(&format!("exercises.{}.rules[{i}]", e.id), &mut errors))
                    .collect(),
            );
            // A pace is written when the file had it or it differs from
            // the exercise's own default: an untouched file stays short.
            let mut pacing = e.pacing.clone();
            for (name, text, default) in pacing.fields(&e.default_pacing) {
                let field = format!("exercises.{}.{name}", e.id);
                let had = match name {
                    "circle_seconds" => &mut entry.circle_seconds,
                    "up_seconds" => &mut entry.up_seconds,
                    "down_seconds" => &mut entry.down_seconds,
                    "rest_seconds" => &mut entry.rest_seconds,
                    _ => &mut entry.interval_minutes,
                };
                match text.trim().parse::<i64>() {
                    Ok(n) if had.is_some() || n != i64::from(default) => *had = Some(n),
                    Ok(_) => {}
                    Err(_) => errors.push(FieldError {
                        field,
                        value: format!("{:?}", text.trim()),
                        reason: "not a whole number".into(),
                    }),
                }
            }
        }
        let prefs = match Preferences::from_raw(&raw) {
            Ok(p) if errors.is_empty() => Some(p),
            Ok(_) => None,
            Err(more) => {
                errors.extend(more);
                None
            }
        };
        let mut by_field = BTreeMap::new();
        for e in errors {
            by_field
                .entry(e.field.clone())
                .or_insert_with(|| format!("{}: {}", e.value, e.reason));
        }
        Checked {
            raw,
            prefs,
            errors: by_field,
        }
    }
}

/// The pacing an exercise has when the file says nothing about it.
fn default_pacing(id: &str) -> Pacing {
    builtin_exercises()
        .into_iter()
        .find(|e| e.id.as_str() == id)
        .map(|e| e.pacing)
        .unwrap_or_default()
}

/// Three-way merge of file forms, field by field: `base` as the draft was
/// loaded, `mine` as it is now, `theirs` the file as it is now (all three in
/// the draft's own form, `Draft::check().raw`, so that a field differs only
/// where someone changed it). A field changed on one side takes that side's
/// value; `Err` names the fields both sides changed to different values.
pub fn merge(
    base: &RawPreferences,
    mine: &RawPreferences,
    theirs: &RawPreferences,
) -> Result<RawPreferences, Vec<String>> {
    let value = |raw: &RawPreferences| toml::Value::try_from(raw).ok();
    let (Some(base), Some(mine), Some(theirs)) = (value(base), value(mine), value(theirs)) else {
        return Err(vec!["(the file form)".into()]);
    };
    let mut conflicts = Vec::new();
    let merged = merge_value("", Some(&base), Some(&mine), Some(&theirs), &mut conflicts);
    if !conflicts.is_empty() {
        return Err(conflicts);
    }
    merged
        .and_then(|m| m.try_into().ok())
        .ok_or_else(|| vec!["(the file form)".into()])
}

fn merge_value(
    path: &str,
    base: Option<&toml::Value>,
    mine: Option<&toml::Value>,
    theirs: Option<&toml::Value>,
    conflicts: &mut Vec<String>,
) -> Option<toml::Value> {
    if mine == theirs || theirs == base {
        return mine.cloned();
    }
    if mine == base {
        return theirs.cloned();
    }
    // Both changed: tables merge key by key, anything else is a conflict.
    if let (Some(toml::Value::Table(m)), Some(toml::Value::Table(t))) = (mine, theirs) {
        let b = base.and_then(|b| b.as_table());
        let keys: std::collections::BTreeSet<&String> = m.keys().chain(t.keys()).collect();
        let mut out = toml::Table::new();
        for key in keys {
            let child = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            let merged = merge_value(
                &child,
                b.and_then(|b| b.get(key)),
                m.get(key),
                t.get(key),
                conflicts,
            );
            if let Some(v) = merged {
                out.insert(key.clone(), v);
            }
        }
        return Some(toml::Value::Table(out));
    }
    conflicts.push(path.to_owned());
    mine.cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> Draft {
        Draft::new(RawPreferences::default(), &Preferences::default())
    }

    #[test]
    fn the_defaults_check_clean_and_mean_the_defaults() {
        let checked = draft().check();
        assert!(checked.errors.is_empty(), "{:?}", checked.errors);
        assert_eq!(checked.prefs, Some(Preferences::default()));
    }

    #[test]
    fn an_end_before_the_start_is_reported_beside_that_day() {
        let mut d = draft();
        d.hours[1] = "09:00-08:00".into();
        let checked = d.check();
        assert!(checked.prefs.is_none());
        let e = checked.error("working_hours.tue").unwrap();
        assert!(e.contains("end 08:00 is not after start 09:00"), "{e}");
    }

    #[test]
    fn rule_fields_are_checked_where_they_are_typed() {
        let mut d = draft();
        d.exercises[0].rules[0].minutes = "soon".into();
        d.exercises[1].rules[0].times = "10:30, 25:00".into();
        let checked = d.check();
        assert!(
            checked
                .error("exercises.ankle-rotations.rules[0].every_minutes_sitting")
                .unwrap()
                .contains("not a whole number")
        );
        assert!(
            checked
                .error("exercises.calf-raises.rules[0].at")
                .unwrap()
                .contains("25:00")
        );
    }

    #[test]
    fn a_clock_rule_at_fifty_past_round_trips() {
        let mut d = draft();
        let r = &mut d.exercises[0].rules[0];
        r.kind = RuleKind::Clock;
        r.minutes = "60".into();
        r.at_minute = "50".into();
        r.days = Some([true, true, true, true, true, false, false]);
        let prefs = d.check().prefs.unwrap();
        assert_eq!(
            prefs.exercises[0].rules[0].describe(),
            "every hour at :50 on Mon-Fri"
        );
        let again = Draft::new(d.check().raw, &prefs);
        assert_eq!(again.exercises[0].rules[0], d.exercises[0].rules[0]);
    }

    #[test]
    fn an_own_exercise_is_added_with_a_first_rule_and_can_be_edited() {
        let mut d = draft();
        let mut own = OwnExercise::new();
        own.name = "Desk squats".into();
        own.id = OwnExercise::id_from_name(&own.name);
        own.instruction = "Stand up, sit down slowly.".into();
        d.put_own(&own);
        let prefs = d.check().prefs.unwrap();
        let e = prefs.exercise(&"desk-squats".parse().unwrap()).unwrap();
        assert_eq!(e.rules[0].describe(), "every 90 min of sitting");
        assert_eq!(e.instruction, "Stand up, sit down slowly.");
        own.dose = "3 sets of 10".into();
        d.put_own(&own);
        assert_eq!(
            d.exercises.iter().filter(|e| e.id == "desk-squats").count(),
            1
        );
        assert_eq!(
            d.check()
                .prefs
                .unwrap()
                .exercise(&"desk-squats".parse().unwrap())
                .unwrap()
                .dose
                .to_string(),
            "3 sets of 10"
        );
        assert_eq!(OwnExercise::id_from_name("  Heel -- walks! "), "heel-walks");
    }

    #[test]
    fn fields_the_view_does_not_edit_are_kept() {
        let (raw, _) =
            crate::core::preferences::parse("[exercises.calf-raises]\nhow_to = \"My own words\"\n")
                .unwrap();
        let prefs = Preferences::from_raw(&raw).unwrap();
        let checked = Draft::new(raw, &prefs).check();
        assert_eq!(
            checked.raw.exercises.unwrap()["calf-raises"]
                .how_to
                .as_deref(),
            Some("My own words")
        );
    }

    #[test]
    fn a_merge_keeps_changes_from_both_sides_and_names_clashes() {
        let loaded = draft();
        let base = loaded.check().raw;
        let mut mine = loaded.clone();
        mine.snooze = "15".into();
        let mut theirs = loaded.clone();
        theirs.exercises[1].dose = "3 sets of 12".into();
        let merged = merge(&base, &mine.check().raw, &theirs.check().raw).unwrap();
        let prefs = Preferences::from_raw(&merged).unwrap();
        assert_eq!(prefs.snooze_minutes, 15);
        assert_eq!(prefs.exercises[1].dose.to_string(), "3 sets of 12");
        mine.exercises[1].dose = "2 sets of 20".into();
        assert_eq!(
            merge(&base, &mine.check().raw, &theirs.check().raw).unwrap_err(),
            vec!["exercises.calf-raises.dose".to_owned()]
        );
    }
}

/// "é" → "e", "ß" → "s", "ł" → "l": the base letter of a Latin letter with
/// an accent, for ids; anything else as it is.
fn fold_accent(c: char) -> char {
    const FROM: &str = "àáâãäåāăąçćčďđèéêëēėęěğìíîïīįıłľńñňòóôõöøōőœřśšşßťùúûüūůűųýÿźżž";
    const TO: &str = "aaaaaaaaacccddeeeeeeeegiiiiiiillnnnooooooooorsssstuuuuuuuuyyzzz";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

#[cfg(test)]
mod own_id_tests {
    use super::OwnExercise;

    #[test]
    fn an_exercise_named_in_any_script_gets_an_id_of_its_own() {
        assert_eq!(OwnExercise::id_from_name("Desk squats"), "desk-squats");
        assert_eq!(
            OwnExercise::id_from_name("Étirement du mollet"),
            "etirement-du-mollet"
        );
        assert_eq!(
            OwnExercise::id_from_name("Łydki na schodach"),
            "lydki-na-schodach"
        );
        let a = OwnExercise::id_from_name("つま先立ち");
        let b = OwnExercise::id_from_name("足首ストレッチ");
        assert!(a.starts_with("own-") && b.starts_with("own-"), "{a} {b}");
        assert_ne!(a, b);
        for id in [a, b, OwnExercise::id_from_name("Squats 深蹲")] {
            assert!(id.parse::<crate::core::ExerciseId>().is_ok(), "{id}");
        }
        assert_eq!(OwnExercise::id_from_name("   "), "");
    }
}
