//! The user's preferences: what the preferences file says, checked and
//! resolved against the built-in defaults.
//!
//! Two layers. `RawPreferences` mirrors the TOML file with every field
//! optional, so a hand-written file only needs what differs from the defaults
//! and serde's errors point at the right line. `Preferences` is the resolved,
//! validated form the planner uses. Validation collects every problem at once,
//! each naming the field and the value, instead of stopping at the first.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

use super::exercise::{Dose, Exercise, ExerciseId, ExerciseKind, builtin_exercises};
use super::quote::{escape_controls, quote};
use super::schedule::{
    ALL_DAYS, Days, Hours, Rule, TimeRange, Trigger, WeekdaySet, WorkingHours, minute_of,
    parse_time, parse_weekday, short_name,
};

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
    pub quiet_during_meetings: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sound: Option<bool>,
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
    fn days(&self) -> [&Option<Vec<String>>; 7] {
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

/// A problem with one field of the preferences.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// Dotted path as in the file, e.g. `exercises.calf-raises.rules[0].at`.
    pub field: String,
    /// The offending value as written.
    pub value: String,
    pub reason: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The field path holds the user's table keys and the value their
        // text: neither may reach a terminal raw.
        write!(
            f,
            "{} = {}: {}",
            escape_controls(&self.field),
            escape_controls(&self.value),
            escape_controls(&self.reason)
        )
    }
}

/// The validated preferences the app runs on.
#[derive(Clone, Debug, PartialEq)]
pub struct Preferences {
    /// Minutes without input that count as time away from the desk.
    pub idle_threshold_minutes: u32,
    pub snooze_minutes: u32,
    /// Hold prompts while the desktop's do-not-disturb is on or a
    /// fullscreen window has focus; deliver them once it ends.
    pub quiet_during_meetings: bool,
    /// Ask the notification server to play its "new message" sound.
    pub sound: bool,
    pub working_hours: WorkingHours,
    /// Built-in exercises first, in their usual order, then the user's own.
    pub exercises: Vec<Exercise>,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences {
            idle_threshold_minutes: 5,
            snooze_minutes: 10,
            quiet_during_meetings: true,
            sound: false,
            working_hours: WorkingHours::default(),
            exercises: builtin_exercises(),
        }
    }
}

/// Parses the text of a preferences file. Also returns the paths of fields
/// this version does not know (typos, or fields from a newer version), which
/// are ignored but worth a warning.
pub fn parse(text: &str) -> Result<(RawPreferences, Vec<String>), String> {
    let mut unknown = Vec::new();
    let de = toml::Deserializer::parse(text).map_err(|e| escape_controls(&e.to_string()))?;
    let raw = serde_ignored::deserialize(de, |path| {
        // Optional fields show up as `?` segments; people write plain paths.
        let text = path.to_string();
        unknown.push(
            text.split('.')
                .filter(|s| *s != "?")
                .collect::<Vec<_>>()
                .join("."),
        );
    })
    .map_err(|e| match e.span().and_then(|span| field_at(text, span)) {
        // Name the field and the value first, like the validation errors.
        Some(field) => escape_controls(&format!("{field}: {}\n{e}", e.message())),
        None => escape_controls(&e.to_string()),
    })?;
    unknown.sort();
    Ok((raw, unknown))
}

/// `path = value` for the value at `span` of a type error: the table from
/// the nearest `[header]` above and the key of the line the value is on
/// (for a value inside an array or inline table, the key holding it).
fn field_at(text: &str, span: std::ops::Range<usize>) -> Option<String> {
    let value = text.get(span.clone())?.trim();
    let before = text.get(..span.start)?;
    let mut key = None;
    let mut table = String::new();
    for line in before.lines().rev() {
        let line = line.trim();
        if line.starts_with('[') {
            table = line
                .trim_start_matches('[')
                .split(']')
                .next()
                .unwrap_or_default()
                .trim()
                .to_owned();
            break;
        }
        if key.is_none()
            && let Some((k, _)) = line.split_once('=')
            && !k.contains(['{', '[', '"'])
        {
            key = Some(k.trim().to_owned());
        }
    }
    let key = key.filter(|k| !k.is_empty())?;
    let path = if table.is_empty() {
        key
    } else {
        format!("{table}.{key}")
    };
    let value = escape_controls(&value.chars().take(60).collect::<String>());
    let line = before.matches('\n').count() + 1;
    Some(format!("{path} = {value} (line {line})"))
}

impl Preferences {
    pub fn exercise(&self, id: &ExerciseId) -> Option<&Exercise> {
        self.exercises.iter().find(|e| &e.id == id)
    }

    /// Finds an exercise by id, by name (any case), or by an unambiguous
    /// start of either, the way people type on a command line.
    pub fn find_exercise(&self, query: &str) -> Result<&Exercise, String> {
        let q = query.trim().to_lowercase();
        let exact = self
            .exercises
            .iter()
            .find(|e| e.id.as_str() == q || e.name.to_lowercase() == q);
        if let Some(e) = exact {
            return Ok(e);
        }
        let matches: Vec<&Exercise> = self
            .exercises
            .iter()
            .filter(|e| {
                !q.is_empty()
                    && (e.id.as_str().starts_with(&q) || e.name.to_lowercase().starts_with(&q))
            })
            .collect();
        let known = || {
            self.exercises
                .iter()
                .map(|e| e.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match matches.as_slice() {
            [one] => Ok(one),
            [] => Err(format!(
                "unknown exercise {} (known: {})",
                quote(query),
                known()
            )),
            many => Err(format!(
                "{} could be {}; say which",
                quote(query),
                many.iter()
                    .map(|e| e.id.as_str())
                    .collect::<Vec<_>>()
                    .join(" or ")
            )),
        }
    }

    /// Checks and resolves a raw file against the defaults.
    pub fn from_raw(raw: &RawPreferences) -> Result<Preferences, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut err = |field: &str, value: &dyn fmt::Display, reason: &str| {
            errors.push(FieldError {
                field: field.to_owned(),
                value: value.to_string(),
                reason: reason.to_owned(),
            })
        };
        let defaults = Preferences::default();

        if let Some(v) = raw.schema_version {
            if v > SCHEMA_VERSION as i64 {
                err(
                    "schema_version",
                    &v,
                    &format!(
                        "written by a newer Second Heart; this one understands up to {SCHEMA_VERSION}"
                    ),
                );
            } else if v < 1 {
                err("schema_version", &v, "must be 1 or more");
            }
        }
        let idle = ranged(
            raw.idle_threshold_minutes,
            defaults.idle_threshold_minutes,
            1,
            120,
        )
        .unwrap_or_else(|(v, r)| {
            err("idle_threshold_minutes", &v, &r);
            defaults.idle_threshold_minutes
        });
        let snooze =
            ranged(raw.snooze_minutes, defaults.snooze_minutes, 1, 240).unwrap_or_else(|(v, r)| {
                err("snooze_minutes", &v, &r);
                defaults.snooze_minutes
            });

        let working_hours = match &raw.working_hours {
            None => defaults.working_hours.clone(),
            Some(wh) => {
                let mut days: [Vec<TimeRange>; 7] = Default::default();
                let default_days = ALL_DAYS.map(|d| defaults.working_hours.on(d).to_vec());
                for (i, day) in wh.days().into_iter().enumerate() {
                    let field = format!("working_hours.{}", short_name(ALL_DAYS[i]));
                    days[i] = match day {
                        None => default_days[i].clone(),
                        Some(list) => list
                            .iter()
                            .filter_map(|s| {
                                s.parse::<TimeRange>()
                                    .map_err(|r| err(&field, &quoted(s), &r))
                                    .ok()
                            })
                            .collect(),
                    };
                }
                WorkingHours::new(days).unwrap_or_else(|r| {
                    let day = r.split(':').next().unwrap_or_default().to_owned();
                    err(&format!("working_hours.{day}"), &"[…]", &r);
                    defaults.working_hours.clone()
                })
            }
        };

        let mut exercises = Vec::new();
        let user = raw.exercises.clone().unwrap_or_default();
        for builtin in builtin_exercises() {
            let over = user.get(builtin.id.as_str()).cloned().unwrap_or_default();
            let key = builtin.id.to_string();
            exercises.push(resolve_exercise(
                &key,
                Some(builtin),
                &over,
                &working_hours,
                &mut errors,
            ));
        }
        for (key, over) in &user {
            if exercises.iter().any(|e| e.id.as_str() == key) {
                continue;
            }
            let exercise = resolve_exercise(key, None, over, &working_hours, &mut errors);
            exercises.push(exercise);
        }

        if errors.is_empty() {
            Ok(Preferences {
                idle_threshold_minutes: idle,
                snooze_minutes: snooze,
                quiet_during_meetings: raw
                    .quiet_during_meetings
                    .unwrap_or(defaults.quiet_during_meetings),
                sound: raw.sound.unwrap_or(defaults.sound),
                working_hours,
                exercises,
            })
        } else {
            Err(errors)
        }
    }

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
            quiet_during_meetings: Some(self.quiet_during_meetings),
            sound: Some(self.sound),
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
                        let raw = RawExercise {
                            name: Some(e.name.clone()),
                            enabled: Some(e.enabled),
                            kind: Some(e.kind),
                            dose: Some(e.dose.to_string()),
                            instruction: Some(e.instruction.clone()),
                            how_to: Some(e.how_to.clone()),
                            rules: Some(e.rules.iter().map(rule_to_raw).collect()),
                        };
                        (e.id.to_string(), raw)
                    })
                    .collect(),
            ),
        }
    }
}

fn quoted(s: &str) -> String {
    format!("{s:?}")
}

fn ranged(value: Option<i64>, default: u32, min: u32, max: u32) -> Result<u32, (i64, String)> {
    match value {
        None => Ok(default),
        Some(v) if (min as i64..=max as i64).contains(&v) => Ok(v as u32),
        Some(v) => Err((v, format!("out of range ({min} to {max})"))),
    }
}

fn resolve_exercise(
    key: &str,
    builtin: Option<Exercise>,
    raw: &RawExercise,
    working: &WorkingHours,
    errors: &mut Vec<FieldError>,
) -> Exercise {
    let field = |name: &str| format!("exercises.{key}.{name}");
    let mut err = |f: String, value: &dyn fmt::Display, reason: &str| {
        errors.push(FieldError {
            field: f,
            value: value.to_string(),
            reason: reason.to_owned(),
        })
    };
    let id = key.parse::<ExerciseId>().unwrap_or_else(|r| {
        err(format!("exercises.{key}"), &quoted(key), &r);
        "invalid".parse().expect("valid id")
    });
    let is_builtin = builtin.is_some();
    let base = builtin.unwrap_or_else(|| Exercise {
        id: id.clone(),
        name: String::new(),
        instruction: String::new(),
        how_to: String::new(),
        dose: Dose::Minutes(5),
        kind: ExerciseKind::Prompted,
        enabled: true,
        rules: Vec::new(),
        builtin: false,
    });

    let name = match &raw.name {
        Some(n) if n.trim().is_empty() || n.chars().count() > 60 => {
            err(field("name"), &quoted(n), "must be 1 to 60 characters");
            base.name.clone()
        }
        Some(n) => n.trim().to_owned(),
        None if !is_builtin => {
            err(
                field("name"),
                &"(missing)",
                "your own exercises need a name",
            );
            String::new()
        }
        None => base.name.clone(),
    };
    let dose = match &raw.dose {
        Some(d) => d.parse::<Dose>().unwrap_or_else(|r| {
            err(field("dose"), &quoted(d), &r);
            base.dose
        }),
        None if !is_builtin => {
            err(
                field("dose"),
                &"(missing)",
                "your own exercises need a dose, e.g. \"3 sets of 10\"",
            );
            base.dose
        }
        None => base.dose,
    };
    let kind = raw.kind.unwrap_or(base.kind);
    let enabled = raw.enabled.unwrap_or(base.enabled);
    let instruction = raw.instruction.clone().unwrap_or(base.instruction);
    let how_to = raw.how_to.clone().unwrap_or(base.how_to);
    let rules = match &raw.rules {
        None => base.rules,
        Some(list) => list
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                resolve_rule(&format!("exercises.{key}.rules[{i}]"), r, working, errors)
            })
            .collect(),
    };
    Exercise {
        id,
        name,
        instruction,
        how_to,
        dose,
        kind,
        enabled,
        rules,
        builtin: is_builtin,
    }
}

fn resolve_rule(
    path: &str,
    raw: &RawRule,
    working: &WorkingHours,
    errors: &mut Vec<FieldError>,
) -> Option<Rule> {
    let before = errors.len();
    let mut err = |name: &str, value: &dyn fmt::Display, reason: &str| {
        errors.push(FieldError {
            field: if name.is_empty() {
                path.to_owned()
            } else {
                format!("{path}.{name}")
            },
            value: value.to_string(),
            reason: reason.to_owned(),
        })
    };
    let given = [
        raw.every_minutes_sitting.is_some(),
        raw.every_minutes.is_some(),
        raw.at.is_some(),
        raw.weekly_target_minutes.is_some(),
    ];
    let count = given.iter().filter(|g| **g).count();
    if count != 1 {
        err(
            "",
            &"{…}",
            "give exactly one of every_minutes_sitting, every_minutes, at, weekly_target_minutes",
        );
        return None;
    }
    let in_range = |v: i64, min: i64, max: i64| (min..=max).contains(&v).then_some(v as u32);
    let trigger = if let Some(m) = raw.every_minutes_sitting {
        match in_range(m, 5, 600) {
            Some(minutes) => Trigger::EverySitting { minutes },
            None => {
                err("every_minutes_sitting", &m, "out of range (5 to 600)");
                return None;
            }
        }
    } else if let Some(m) = raw.every_minutes {
        let Some(minutes) = in_range(m, 5, 1440) else {
            err("every_minutes", &m, "out of range (5 to 1440)");
            return None;
        };
        let offset = raw.at_minute.unwrap_or(0);
        let Some(at_minute) = in_range(offset, 0, minutes as i64 - 1) else {
            err(
                "at_minute",
                &offset,
                &format!("out of range (0 to {})", minutes - 1),
            );
            return None;
        };
        Trigger::EveryClock { minutes, at_minute }
    } else if let Some(list) = &raw.at {
        let mut times: Vec<NaiveTime> = list
            .iter()
            .filter_map(|s| parse_time(s).map_err(|r| err("at", &quoted(s), &r)).ok())
            .collect();
        if list.is_empty() || list.len() > 48 {
            err(
                "at",
                &format!("{} times", list.len()),
                "give 1 to 48 times of day",
            );
        }
        times.sort();
        times.dedup();
        Trigger::AtTimes { times }
    } else {
        let m = raw.weekly_target_minutes.unwrap_or_default();
        let Some(minutes) = in_range(m, 1, 10_080) else {
            err("weekly_target_minutes", &m, "out of range (1 to 10080)");
            return None;
        };
        let check_at = match &raw.check_at {
            None => NaiveTime::from_hms_opt(16, 0, 0).expect("valid"),
            Some(s) => parse_time(s).unwrap_or_else(|r| {
                err("check_at", &quoted(s), &r);
                NaiveTime::MIN
            }),
        };
        Trigger::WeeklyTarget { minutes, check_at }
    };
    if raw.at_minute.is_some() && raw.every_minutes.is_none() {
        err(
            "at_minute",
            &raw.at_minute.unwrap_or_default(),
            "only goes with every_minutes",
        );
    }
    if raw.check_at.is_some() && raw.weekly_target_minutes.is_none() {
        err(
            "check_at",
            &quoted(raw.check_at.as_deref().unwrap_or_default()),
            "only goes with weekly_target_minutes",
        );
    }

    let days = match &raw.days {
        None => Days::Working,
        Some(list) => {
            let set: WeekdaySet = list
                .iter()
                .filter_map(|s| {
                    parse_weekday(s)
                        .map_err(|r| err("days", &quoted(s), &r))
                        .ok()
                })
                .collect();
            if list.is_empty() {
                err(
                    "days",
                    &"[]",
                    "name at least one day, or leave days out for the working days",
                );
            }
            Days::Only(set)
        }
    };
    let hours = match &raw.hours {
        None => Hours::Working,
        Some(toml::Value::String(s)) if s == "working" => Hours::Working,
        Some(toml::Value::String(s)) if s == "any" => Hours::AnyTime,
        Some(toml::Value::Array(items)) => {
            let mut ranges = Vec::new();
            for item in items {
                match item.as_str().map(str::parse::<TimeRange>) {
                    Some(Ok(r)) => ranges.push(r),
                    Some(Err(reason)) => err("hours", item, &reason),
                    None => err(
                        "hours",
                        item,
                        "each range is a string such as \"09:00-12:00\"",
                    ),
                }
            }
            ranges.sort();
            if let Some(pair) = ranges.windows(2).find(|p| p[1].start < p[0].end) {
                err(
                    "hours",
                    &format!("\"{}\"", pair[1]),
                    &format!("overlaps {}", pair[0]),
                );
            }
            if items.is_empty() {
                err(
                    "hours",
                    &"[]",
                    "give at least one range, or \"working\" or \"any\"",
                );
            }
            Hours::Ranges(ranges)
        }
        Some(other) => {
            err(
                "hours",
                other,
                "write \"working\", \"any\" or a list such as [\"09:00-12:00\"]",
            );
            Hours::Working
        }
    };
    if errors.len() > before {
        return None;
    }
    let rule = Rule {
        trigger,
        days,
        hours,
    };

    // A rule that can never fire is a mistake worth pointing at.
    let active: Vec<_> = ALL_DAYS
        .into_iter()
        .filter(|d| !rule.ranges_on(working, *d).is_empty())
        .collect();
    if active.is_empty() {
        errors.push(FieldError {
            field: format!("{path}.days"),
            value: raw.days.as_ref().map(|d| format!("{d:?}")).unwrap_or_else(|| "(working days)".into()),
            reason: "the rule never applies: none of its days has hours (set hours = \"any\" or other days)".into(),
        });
        return None;
    }
    let outside = |t: NaiveTime| {
        !active.iter().any(|d| {
            rule.ranges_on(working, *d)
                .iter()
                .any(|r| r.contains_minute(minute_of(t)))
        })
    };
    let stray: Vec<String> = match &rule.trigger {
        Trigger::AtTimes { times } => times
            .iter()
            .filter(|t| outside(**t))
            .map(|t| t.format("%H:%M").to_string())
            .collect(),
        Trigger::WeeklyTarget { check_at, .. } if outside(*check_at) => {
            vec![check_at.format("%H:%M").to_string()]
        }
        _ => vec![],
    };
    if !stray.is_empty() {
        let which = if matches!(rule.trigger, Trigger::AtTimes { .. }) {
            "at"
        } else {
            "check_at"
        };
        errors.push(FieldError {
            field: format!("{path}.{which}"),
            value: stray.join(", "),
            reason: "outside the rule's hours on all its days (widen hours, e.g. hours = \"any\")"
                .into(),
        });
        return None;
    }
    Some(rule)
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

/// What each field means, for the commented file `config show` prints.
pub const FIELD_DOCS: &[(&str, &str)] = &[
    (
        "schema_version",
        "Layout version of this file. Leave as is; a newer Second Heart upgrades it.",
    ),
    (
        "idle_threshold_minutes",
        "Minutes without keyboard or mouse input that count as a natural break\n(time away from the desk); a break starts the sitting count again. 1 to 120.",
    ),
    (
        "snooze_minutes",
        "How long Snooze puts a prompt off, in minutes. 1 to 240.",
    ),
    (
        "quiet_during_meetings",
        "Hold prompts while do-not-disturb is on or a fullscreen window has focus\n(a call, a presentation); they come once it ends, if still within hours.",
    ),
    (
        "sound",
        "Ask the notification server to play its \"new message\" sound with each prompt.",
    ),
    (
        "[working_hours]",
        "Your working hours: for each weekday, a list of ranges \"HH:MM-HH:MM\"\n(several per day, e.g. [\"09:00-12:30\", \"13:30-17:30\"]); [] for a day off.\nRules apply within these hours unless they say otherwise.",
    ),
    (
        "[exercises.",
        "Exercises, keyed by id. The six built-in ones can be changed or disabled\n(enabled = false) but not removed; add your own with a new id\n(lowercase letters, digits, dashes) and at least name and dose.",
    ),
    (
        "name",
        "Shown in prompts and the window. 1 to 60 characters.",
    ),
    (
        "enabled",
        "false stops all prompts for this exercise; its history is kept.",
    ),
    (
        "kind",
        "\"prompted\": the app reminds you. \"logged\": you log minutes afterwards (walks, rides).",
    ),
    (
        "dose",
        "One session: \"3 sets of 15\", \"10 circles each way\", \"30 s each leg\" or \"30 min\".",
    ),
    (
        "instruction",
        "One line of how-to, shown in the notification.",
    ),
    ("how_to", "The longer how-to, shown in the window."),
    (
        "[[exercises.",
        "Rules say when the exercise is due. Each has exactly one of:\n  every_minutes_sitting = 60            after 60 min of sitting (a break restarts the count)\n  every_minutes = 60, at_minute = 50    on the clock: every hour at :50\n  at = [\"10:30\", \"15:30\"]               at fixed times\n  weekly_target_minutes = 150           a nudge (checked daily at check_at) when the week is behind pace\nand optionally days = [\"mon\", ...] (default: your working days) and\nhours = \"working\" (default), \"any\", or [\"09:00-12:00\", ...].",
    ),
];

/// Renders the preferences as a TOML file with a comment above each kind of
/// field (each explained once, where it first appears).
pub fn to_documented_toml(prefs: &Preferences) -> String {
    let body = toml::to_string(&prefs.to_raw()).expect("preferences always serialise");
    let mut out = String::from(
        "# Second Heart preferences.\n# Every field is optional: anything left out takes the default shown here.\n# Check your edits with `second-heart config check`.\n\n",
    );
    let mut explained = std::collections::HashSet::new();
    for line in body.lines() {
        let trimmed = line.trim_start();
        let key = if trimmed.starts_with("[[exercises.") {
            Some("[[exercises.")
        } else if trimmed.starts_with("[exercises.") {
            Some("[exercises.")
        } else if trimmed.starts_with('[') {
            Some(trimmed)
        } else {
            trimmed.split(" =").next()
        };
        if let Some(key) = key
            && let Some((k, doc)) = FIELD_DOCS.iter().find(|(k, _)| *k == key)
            && explained.insert(*k)
        {
            if !out.ends_with("\n\n") && k.starts_with('[') {
                out.push('\n');
            }
            for l in doc.lines() {
                out.push_str("# ");
                out.push_str(l);
                out.push('\n');
            }
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Preferences, Vec<FieldError>> {
        let (raw, _) = parse(text).expect("parses");
        Preferences::from_raw(&raw)
    }

    #[test]
    fn an_empty_file_means_all_defaults() {
        assert_eq!(load(""), Ok(Preferences::default()));
    }

    #[test]
    fn the_documented_file_reads_back_as_the_same_preferences() {
        let text = to_documented_toml(&Preferences::default());
        assert!(text.contains("# How long Snooze puts a prompt off"));
        assert!(text.contains("[exercises.ankle-rotations]"));
        assert_eq!(load(&text), Ok(Preferences::default()));
        assert_eq!(
            text.matches("# Shown in prompts").count(),
            1,
            "each field explained once"
        );
    }

    #[test]
    fn a_small_hand_written_file_changes_only_what_it_says() {
        let p = load(
            r#"
snooze_minutes = 15
[working_hours]
mon = ["09:00-12:30", "13:30-17:30"]
[exercises.calf-raises]
dose = "3x20"
[exercises.desk-squats]
name = "Desk squats"
dose = "2 sets of 10"
rules = [{ every_minutes = 60, at_minute = 50, days = ["mon", "wed"] }]
"#,
        )
        .unwrap();
        assert_eq!(p.snooze_minutes, 15);
        assert_eq!(p.working_hours.on(chrono::Weekday::Mon).len(), 2);
        assert_eq!(
            p.working_hours.on(chrono::Weekday::Tue).len(),
            1,
            "other days keep the default"
        );
        assert_eq!(p.exercises.len(), 7);
        let squats = p.find_exercise("desk").unwrap();
        assert_eq!(squats.rules[0].describe(), "every hour at :50 on mon, wed");
        assert_eq!(
            p.find_exercise("calf-raises").unwrap().dose,
            Dose::SetsOfReps { sets: 3, reps: 20 }
        );
    }

    #[test]
    fn every_problem_is_named_with_field_and_value() {
        let errors = load(
            r#"
schema_version = 7
snooze_minutes = 0
[working_hours]
tue = ["09:00-08:00"]
[exercises.calf-raises]
dose = "3 x 10000"
rules = [{ every_minutes = 0 }, { at = ["25:00"] }, { every_minutes_sitting = 60, at = ["10:00"] }]
[exercises.Bad_Id]
name = "x"
dose = "5 min"
"#,
        )
        .unwrap_err();
        let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        let has = |s: &str| {
            assert!(
                text.iter().any(|t| t.contains(s)),
                "missing {s:?} in {text:#?}"
            )
        };
        has("schema_version = 7: written by a newer Second Heart");
        has("snooze_minutes = 0: out of range (1 to 240)");
        has("working_hours.tue = \"09:00-08:00\": end 08:00 is not after start 09:00");
        has("exercises.calf-raises.dose = \"3 x 10000\": reps 10000");
        has("exercises.calf-raises.rules[0].every_minutes = 0: out of range (5 to 1440)");
        has("exercises.calf-raises.rules[1].at = \"25:00\"");
        has("exercises.calf-raises.rules[2] = {…}: give exactly one of");
        has("exercises.Bad_Id = \"Bad_Id\": `Bad_Id` is not a valid exercise id");
    }

    #[test]
    fn a_rule_that_can_never_fire_is_an_error() {
        let errors = load(
            r#"
[exercises.legs-up]
rules = [{ every_minutes_sitting = 60, days = ["sat"] }, { at = ["20:00"] }]
"#,
        )
        .unwrap_err();
        assert!(
            errors[0].to_string().contains("rules[0].days"),
            "{errors:?}"
        );
        assert!(errors[0].reason.contains("never applies"));
        assert_eq!(errors[1].field, "exercises.legs-up.rules[1].at");
        assert_eq!(errors[1].value, "20:00");
        assert!(
            load("[exercises.legs-up]\nrules = [{ at = [\"20:00\"], hours = \"any\" }]").is_ok()
        );
    }

    #[test]
    fn wrong_types_and_unknown_fields() {
        let e = parse("snooze_minutes = \"ten\"").unwrap_err();
        assert!(e.contains("line 1") && e.contains("snooze_minutes"), "{e}");
        let (_, unknown) =
            parse("snooze_minute = 5\n[exercises.legs-up]\ncolour = \"red\"").unwrap();
        assert_eq!(unknown, vec!["exercises.legs-up.colour", "snooze_minute"]);
    }

    #[test]
    fn finding_exercises_by_what_people_type() {
        let p = Preferences::default();
        assert_eq!(
            p.find_exercise("Calf raises").unwrap().id.as_str(),
            "calf-raises"
        );
        assert_eq!(
            p.find_exercise("ankle").unwrap().id.as_str(),
            "ankle-rotations"
        );
        assert_eq!(
            p.find_exercise("bent").unwrap().id.as_str(),
            "soleus-stretch"
        );
        let e = p.find_exercise("c").unwrap_err();
        assert!(e.contains("calf-raises or cycling"), "{e}");
        let e = p.find_exercise("yoga").unwrap_err();
        assert!(
            e.starts_with("unknown exercise `yoga` (known: ankle-rotations,"),
            "{e}"
        );
    }
}

/// Starter schedules offered on first run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Starter {
    /// Fewer prompts, to start with what you can manage.
    Gentle,
    /// The defaults.
    Standard,
    /// More frequent sessions.
    Active,
}

impl Starter {
    pub const ALL: [Starter; 3] = [Starter::Gentle, Starter::Standard, Starter::Active];

    pub fn title(&self) -> &'static str {
        match self {
            Starter::Gentle => "Gentle",
            Starter::Standard => "Standard",
            Starter::Active => "Active",
        }
    }

    pub fn summary(&self) -> &'static str {
        match self {
            Starter::Gentle => {
                "Ankle rotations every 90 minutes of sitting, calf raises once a day, a daily walk."
            }
            Starter::Standard => {
                "Ankle rotations every hour of sitting, calf raises and the calf stretch twice a day, a daily walk, legs up after long sitting."
            }
            Starter::Active => {
                "Ankle rotations every 45 minutes, calf raises three times a day, the stretch twice, a walk and legs up."
            }
        }
    }

    /// The preferences file for this starter.
    pub fn preferences(&self) -> RawPreferences {
        let text = match self {
            Starter::Gentle => {
                "[exercises.ankle-rotations]\nrules = [{ every_minutes_sitting = 90 }]\n\
                 [exercises.calf-raises]\ndose = \"2 sets of 10\"\nrules = [{ at = [\"15:30\"] }]\n\
                 [exercises.soleus-stretch]\nrules = [{ at = [\"16:45\"] }]\n\
                 [exercises.legs-up]\nenabled = false\n"
            }
            Starter::Standard => "",
            Starter::Active => {
                "[exercises.ankle-rotations]\nrules = [{ every_minutes_sitting = 45 }]\n\
                 [exercises.calf-raises]\nrules = [{ at = [\"10:30\", \"13:30\", \"15:30\"] }]\n\
                 [exercises.legs-up]\nrules = [{ every_minutes_sitting = 120 }]\n"
            }
        };
        let (mut raw, _) = parse(text).expect("starters are valid TOML");
        raw.schema_version = Some(SCHEMA_VERSION as i64);
        raw
    }
}

#[cfg(test)]
mod starter_tests {
    use super::*;

    #[test]
    fn every_starter_is_valid_and_they_differ() {
        let prompts: Vec<usize> = Starter::ALL
            .iter()
            .map(|s| {
                let p = Preferences::from_raw(&s.preferences()).expect("valid");
                p.exercises
                    .iter()
                    .filter(|e| e.enabled)
                    .map(|e| e.rules.len())
                    .sum()
            })
            .collect();
        assert_eq!(
            Preferences::from_raw(&Starter::Standard.preferences()),
            Ok(Preferences::default())
        );
        assert!(prompts.iter().all(|n| *n > 0));
        let gentle = Preferences::from_raw(&Starter::Gentle.preferences()).unwrap();
        assert!(
            !gentle
                .exercise(&"legs-up".parse().unwrap())
                .unwrap()
                .enabled
        );
    }
}
