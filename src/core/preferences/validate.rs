//! Checking a raw file and resolving it against the defaults.
//!
//! Validation collects every problem at once, each naming the field (as a
//! dotted path as in the file) and the value, instead of stopping at the
//! first. Numeric bounds come from `limits`; the built-in exercises come
//! from `exercise`, and the user's entries override or extend them.

use std::fmt;

use chrono::NaiveTime;

use super::Preferences;
use super::limits::{self, Limit};
use super::schema::{RawExercise, RawPreferences, RawRule, SCHEMA_VERSION};
use crate::core::exercise::{Dose, Exercise, ExerciseId, ExerciseKind, builtin_exercises};
use crate::core::guide::Pacing;
use crate::core::moment::{Place, Routine};
use crate::core::quote::escape_controls;
use crate::core::schedule::{
    ALL_DAYS, Days, Hours, Rule, TimeRange, Trigger, WeekdaySet, WorkingHours, minute_of,
    parse_time, parse_weekday, short_name,
};

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

impl Preferences {
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
            limits::IDLE_THRESHOLD_MINUTES,
        )
        .unwrap_or_else(|(v, r)| {
            err("idle_threshold_minutes", &v, &r);
            defaults.idle_threshold_minutes
        });
        let snooze = ranged(
            raw.snooze_minutes,
            defaults.snooze_minutes,
            limits::SNOOZE_MINUTES,
        )
        .unwrap_or_else(|(v, r)| {
            err("snooze_minutes", &v, &r);
            defaults.snooze_minutes
        });

        let remind = ranged(
            raw.remind_again_minutes,
            defaults.remind_again_minutes,
            limits::REMIND_AGAIN_MINUTES,
        )
        .unwrap_or_else(|(v, r)| {
            err("remind_again_minutes", &v, &r);
            defaults.remind_again_minutes
        });

        let theme = match &raw.theme {
            None => defaults.theme,
            Some(text) => text.parse().unwrap_or_else(|reason: String| {
                err("theme", &quoted(text), &reason);
                defaults.theme
            }),
        };

        let (language, clock, week_start) = super::locale::resolve(raw, &mut err);
        let in_meetings = match &raw.in_meetings {
            None => defaults.in_meetings,
            Some(text) => text.parse().unwrap_or_else(|reason: String| {
                err("in_meetings", &quoted(text), &reason);
                defaults.in_meetings
            }),
        };

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
                remind_again_minutes: remind,
                quiet_during_meetings: raw
                    .quiet_during_meetings
                    .unwrap_or(defaults.quiet_during_meetings),
                in_meetings,
                walk_in_calls: raw.walk_in_calls.unwrap_or(defaults.walk_in_calls),
                sound: raw.sound.unwrap_or(defaults.sound),
                theme,
                working_hours,
                language,
                clock,
                week_start,
                region: defaults.region,
                exercises,
            })
        } else {
            Err(errors)
        }
    }
}

fn quoted(s: &str) -> String {
    format!("{s:?}")
}

/// An optional number from the file: the default when absent, else the
/// value when within `limit`, else the value and the reason it is refused.
fn ranged(value: Option<i64>, default: u32, limit: Limit) -> Result<u32, (i64, String)> {
    match value {
        None => Ok(default),
        Some(v) => limit.check(v).ok_or_else(|| (v, limit.out_of_range())),
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
        pacing: Pacing::default(),
        place: Place::default(),
        anchors: Vec::new(),
    });

    let name = match &raw.name {
        Some(n)
            if n.trim().is_empty() || !limits::NAME_CHARS.contains(n.chars().count() as i64) =>
        {
            err(
                field("name"),
                &quoted(n),
                &format!("must be {} characters", limits::NAME_CHARS),
            );
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
    let mut pace = |name: &str, value: Option<i64>, default: u32, limit: Limit| {
        ranged(value, default, limit).unwrap_or_else(|(v, r)| {
            err(field(name), &v, &r);
            default
        })
    };
    let d = base.pacing;
    let pacing = Pacing {
        circle_seconds: pace(
            "circle_seconds",
            raw.circle_seconds,
            d.circle_seconds,
            limits::CIRCLE_SECONDS,
        ),
        up_seconds: pace(
            "up_seconds",
            raw.up_seconds,
            d.up_seconds,
            limits::REP_HALF_SECONDS,
        ),
        down_seconds: pace(
            "down_seconds",
            raw.down_seconds,
            d.down_seconds,
            limits::REP_HALF_SECONDS,
        ),
        rest_seconds: pace(
            "rest_seconds",
            raw.rest_seconds,
            d.rest_seconds,
            limits::REST_SECONDS,
        ),
        interval_minutes: pace(
            "interval_minutes",
            raw.interval_minutes,
            d.interval_minutes,
            limits::INTERVAL_MINUTES,
        ),
    };
    let place = match &raw.place {
        None => base.place,
        Some(text) => text.parse().unwrap_or_else(|r: String| {
            err(field("place"), &quoted(text), &r);
            base.place
        }),
    };
    let anchors = match &raw.anchors {
        None => base.anchors,
        Some(list) => {
            let mut anchors: Vec<Routine> = Vec::new();
            for (i, text) in list.iter().enumerate() {
                match text.parse::<Routine>() {
                    Ok(r) if !anchors.contains(&r) => anchors.push(r),
                    Ok(_) => {}
                    Err(r) => err(format!("exercises.{key}.anchors[{i}]"), &quoted(text), &r),
                }
            }
            anchors
        }
    };
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
        pacing,
        place,
        anchors,
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
    let trigger = if let Some(m) = raw.every_minutes_sitting {
        let limit = limits::EVERY_MINUTES_SITTING;
        let Some(minutes) = limit.check(m) else {
            err("every_minutes_sitting", &m, &limit.out_of_range());
            return None;
        };
        Trigger::EverySitting { minutes }
    } else if let Some(m) = raw.every_minutes {
        let limit = limits::EVERY_MINUTES;
        let Some(minutes) = limit.check(m) else {
            err("every_minutes", &m, &limit.out_of_range());
            return None;
        };
        let offset = raw.at_minute.unwrap_or(0);
        let limit = limits::at_minute(minutes);
        let Some(at_minute) = limit.check(offset) else {
            err("at_minute", &offset, &limit.out_of_range());
            return None;
        };
        Trigger::EveryClock { minutes, at_minute }
    } else if let Some(list) = &raw.at {
        let mut times: Vec<NaiveTime> = list
            .iter()
            .filter_map(|s| parse_time(s).map_err(|r| err("at", &quoted(s), &r)).ok())
            .collect();
        if !limits::AT_TIMES.contains(list.len() as i64) {
            err(
                "at",
                &format!("{} times", list.len()),
                &format!("give {} times of day", limits::AT_TIMES),
            );
        }
        times.sort();
        times.dedup();
        Trigger::AtTimes { times }
    } else {
        let m = raw.weekly_target_minutes.unwrap_or_default();
        let limit = limits::WEEKLY_TARGET_MINUTES;
        let Some(minutes) = limit.check(m) else {
            err("weekly_target_minutes", &m, &limit.out_of_range());
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

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
