//! The preferences file as written: serde types with every field optional,
//! and the way back from resolved preferences to that form.
//!
//! Every field is an `Option` so a hand-written file only needs what differs
//! from the defaults, and numbers are `i64` so a wrong one reaches validation
//! (which names it) instead of failing inside serde.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Preferences;
use crate::core::exercise::{Dose, Exercise, ExerciseKind};
use crate::core::schedule::{Days, Hours, Rule, Trigger, short_name};

/// The version of the file layout this build writes and understands.
pub const SCHEMA_VERSION: u32 = 1;

/// The preferences file as written, every field optional.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RawPreferences {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema_version: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idle_threshold_minutes: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snooze_minutes: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remind_again_minutes: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quiet_during_meetings: Option<bool>,
    /// "off", "quiet" or "hold"; text so that a wrong value reaches
    /// validation, which names it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_meetings: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub walk_in_calls: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sound: Option<bool>,
    /// "system", "light" or "dark"; text so that a wrong value reaches
    /// validation, which names it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// "auto" or a language tag ("de", "pt-BR").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// "auto", "12h" or "24h".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clock: Option<String>,
    /// "auto" or a weekday ("monday", "sunday").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub week_start: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_hours: Option<RawWorkingHours>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exercises: Option<BTreeMap<String, RawExercise>>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RawWorkingHours {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mon: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tue: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wed: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thu: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fri: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sat: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sun: Option<Vec<String>>,
}

impl RawWorkingHours {
    /// The days in `ALL_DAYS` order (Monday first).
    pub(super) fn days(&self) -> [&Option<Vec<String>>; 7] {
        [
            &self.mon, &self.tue, &self.wed, &self.thu, &self.fri, &self.sat, &self.sun,
        ]
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RawExercise {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<ExerciseKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dose: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instruction: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub how_to: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub circle_seconds: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub up_seconds: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub down_seconds: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rest_seconds: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval_minutes: Option<i64>,
    /// "seated", "standing", "away" or "lying".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Routines it is done with: "morning", "evening", "after-lunch",
    /// "kettle" or a name of the user's own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchors: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<RawRule>>,
}

/// One rule: exactly one of `every_minutes_sitting`, `every_minutes`, `at`
/// or `weekly_target_minutes`, optionally narrowed by `days` and `hours`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RawRule {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub every_minutes_sitting: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub every_minutes: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at_minute: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weekly_target_minutes: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days: Option<Vec<String>>,
    /// "working", "any", or a list of ranges such as ["09:00-12:00"].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours: Option<toml::Value>,
}

impl Preferences {
    /// The complete preferences in file form, every default filled in.
    pub fn to_raw(&self) -> RawPreferences {
        let wh = |d| {
            Some(
                self.working_hours
                    .on(d)
                    .iter()
                    .map(|r| r.to_string())
                    .collect(),
            )
        };
        use chrono::Weekday::*;
        RawPreferences {
            schema_version: Some(SCHEMA_VERSION as i64),
            idle_threshold_minutes: Some(self.idle_threshold_minutes as i64),
            snooze_minutes: Some(self.snooze_minutes as i64),
            remind_again_minutes: Some(self.remind_again_minutes as i64),
            quiet_during_meetings: Some(self.quiet_during_meetings),
            in_meetings: Some(self.in_meetings.as_str().to_owned()),
            walk_in_calls: Some(self.walk_in_calls),
            sound: Some(self.sound),
            theme: Some(self.theme.as_str().to_owned()),
            language: Some(super::language_field(self.language)),
            clock: Some(super::clock_field(self.clock)),
            week_start: Some(super::week_start_field(self.week_start)),
            working_hours: Some(RawWorkingHours {
                mon: wh(Mon),
                tue: wh(Tue),
                wed: wh(Wed),
                thu: wh(Thu),
                fri: wh(Fri),
                sat: wh(Sat),
                sun: wh(Sun),
            }),
            exercises: Some(
                self.exercises
                    .iter()
                    .map(|e| {
                        let mut raw = RawExercise {
                            name: Some(e.name.clone()),
                            enabled: Some(e.enabled),
                            kind: Some(e.kind),
                            dose: Some(e.dose.to_string()),
                            instruction: Some(e.instruction.clone()),
                            how_to: Some(e.how_to.clone()),
                            place: Some(e.place.as_str().to_owned()),
                            anchors: (!e.anchors.is_empty())
                                .then(|| e.anchors.iter().map(|a| a.key().to_owned()).collect()),
                            rules: Some(e.rules.iter().map(rule_to_raw).collect()),
                            ..RawExercise::default()
                        };
                        pacing_to_raw(e, &mut raw);
                        (e.id.to_string(), raw)
                    })
                    .collect(),
            ),
        }
    }
}

/// The pacing fields that matter for the exercise's dose: a file lists
/// `rest_seconds` under sets of reps, not under a walk.
fn pacing_to_raw(e: &Exercise, raw: &mut RawExercise) {
    let p = e.pacing;
    let n = |v: u32| Some(i64::from(v));
    if e.kind == ExerciseKind::Logged {
        return;
    }
    match e.dose {
        Dose::CirclesEachWay(_) => raw.circle_seconds = n(p.circle_seconds),
        Dose::SetsOfReps { .. } => {
            raw.up_seconds = n(p.up_seconds);
            raw.down_seconds = n(p.down_seconds);
            raw.rest_seconds = n(p.rest_seconds);
        }
        Dose::SecondsEachLeg(_) => {}
        Dose::Minutes(_) => raw.interval_minutes = n(p.interval_minutes),
    }
}

fn rule_to_raw(rule: &Rule) -> RawRule {
    let mut raw = RawRule::default();
    match &rule.trigger {
        Trigger::EverySitting { minutes } => raw.every_minutes_sitting = Some(*minutes as i64),
        Trigger::EveryClock { minutes, at_minute } => {
            raw.every_minutes = Some(*minutes as i64);
            raw.at_minute = Some(*at_minute as i64);
        }
        Trigger::AtTimes { times } => {
            raw.at = Some(
                times
                    .iter()
                    .map(|t| t.format("%H:%M").to_string())
                    .collect(),
            )
        }
        Trigger::WeeklyTarget { minutes, check_at } => {
            raw.weekly_target_minutes = Some(*minutes as i64);
            raw.check_at = Some(check_at.format("%H:%M").to_string());
        }
    }
    if let Days::Only(set) = &rule.days {
        raw.days = Some(set.iter().map(|d| short_name(d).to_owned()).collect());
    }
    raw.hours = match &rule.hours {
        Hours::Working => None,
        Hours::AnyTime => Some(toml::Value::String("any".into())),
        Hours::Ranges(r) => Some(toml::Value::Array(
            r.iter()
                .map(|r| toml::Value::String(r.to_string()))
                .collect(),
        )),
    };
    raw
}
