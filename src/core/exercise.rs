//! What the user does: the exercises, their doses, and the six built-in
//! micro-sessions from the product brief.
//!
//! A dose is written the way people say it ("3 sets of 15", "10 circles each
//! way", "30 s each leg", "30 min") both in the preferences file and on the
//! command line, so the parser is forgiving and the error names the value.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::guide::Pacing;
use super::moment::{Place, Routine};
use super::preferences::limits::{
    DOSE_CIRCLES, DOSE_REPS, DOSE_SECONDS, DOSE_SETS, EXERCISE_ID_CHARS, Limit, SESSION_MINUTES,
};
use super::quote::quote;
use super::schedule::{Rule, Trigger};

/// A short, stable, lowercase name such as `ankle-rotations`: the key used in
/// the preferences file, the history and on the command line. Shared, not
/// copied: every prompt, plan and session names its exercise.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ExerciseId(Arc<str>);

impl ExerciseId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for ExerciseId {
    type Error = String;
    fn try_from(value: String) -> Result<Self, String> {
        value.parse()
    }
}

impl From<ExerciseId> for String {
    fn from(id: ExerciseId) -> String {
        id.0.to_string()
    }
}

impl FromStr for ExerciseId {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let ok_chars = s
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        let length_ok = EXERCISE_ID_CHARS.contains(s.len() as i64);
        if !length_ok || !ok_chars || s.starts_with('-') || s.ends_with('-') {
            return Err(format!(
                "{} is not a valid exercise id (use {EXERCISE_ID_CHARS} lowercase letters, digits and dashes, e.g. `desk-squats`)",
                quote(s)
            ));
        }
        Ok(ExerciseId(s.into()))
    }
}

impl fmt::Display for ExerciseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How much of an exercise makes one micro-session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Dose {
    SetsOfReps {
        sets: u32,
        reps: u32,
    },
    /// Circles in each direction, with each foot.
    CirclesEachWay(u32),
    /// Seconds of holding, on each leg.
    SecondsEachLeg(u32),
    Minutes(u32),
}

impl Dose {
    /// Minutes this dose stands for, where it is a duration.
    pub fn minutes(&self) -> Option<u32> {
        match self {
            Dose::Minutes(m) => Some(*m),
            _ => None,
        }
    }

    /// Whether `self` (what was done) reaches `target` (the prescribed dose).
    /// Doses of different shapes never compare as full.
    pub fn reaches(&self, target: &Dose) -> bool {
        match (self, target) {
            (Dose::SetsOfReps { sets, reps }, Dose::SetsOfReps { sets: ts, reps: tr }) => {
                sets * reps >= ts * tr && sets >= ts
            }
            (Dose::CirclesEachWay(a), Dose::CirclesEachWay(b))
            | (Dose::SecondsEachLeg(a), Dose::SecondsEachLeg(b))
            | (Dose::Minutes(a), Dose::Minutes(b)) => a >= b,
            _ => false,
        }
    }

    /// A modest next step (about 10 %, at least one unit, durations in
    /// 5-unit steps), capped at the allowed maximum. `None` when already at
    /// the maximum.
    pub fn increased(&self) -> Option<Dose> {
        fn step(v: u32, max: u32) -> Option<u32> {
            let next = (v + v.div_ceil(10).max(1)).min(max);
            (next > v).then_some(next)
        }
        fn step5(v: u32, max: u32) -> Option<u32> {
            let next = ((v + v.div_ceil(10).max(5)).div_ceil(5) * 5).min(max);
            (next > v).then_some(next)
        }
        match *self {
            Dose::SetsOfReps { sets, reps } => {
                step(reps, DOSE_REPS.max).map(|reps| Dose::SetsOfReps { sets, reps })
            }
            Dose::CirclesEachWay(c) => step(c, DOSE_CIRCLES.max).map(Dose::CirclesEachWay),
            Dose::SecondsEachLeg(s) => step5(s, DOSE_SECONDS.max).map(Dose::SecondsEachLeg),
            Dose::Minutes(m) => step5(m, SESSION_MINUTES.max).map(Dose::Minutes),
        }
    }
}

impl fmt::Display for Dose {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Dose::SetsOfReps { sets: 1, reps } => write!(f, "1 set of {reps}"),
            Dose::SetsOfReps { sets, reps } => write!(f, "{sets} sets of {reps}"),
            Dose::CirclesEachWay(c) => write!(f, "{c} circles each way"),
            Dose::SecondsEachLeg(s) => write!(f, "{s} s each leg"),
            Dose::Minutes(m) => write!(f, "{m} min"),
        }
    }
}

impl Dose {
    /// The dose in the user's language ("3 sets of 15", "3 Sätze à 15");
    /// `Display` is the file's spelling, which stays English.
    pub fn describe(&self) -> String {
        match *self {
            Dose::SetsOfReps { sets, reps } => {
                crate::t!("dose-sets-of-reps", sets = sets, reps = reps)
            }
            Dose::CirclesEachWay(c) => crate::t!("dose-circles-each-way", circles = c),
            Dose::SecondsEachLeg(s) => crate::t!("dose-seconds-each-leg", seconds = s),
            Dose::Minutes(m) => crate::t!("dose-minutes", minutes = m),
        }
    }
}

impl Dose {
    /// Reads a dose as the user sees it (`describe`, "3 Sätze à 15") or
    /// in the file's English spelling ("3x15"): what the window shows, it
    /// reads back, whatever the language.
    pub fn parse_shown(text: &str) -> Result<Dose, String> {
        let english = text.parse::<Dose>();
        if english.is_ok() {
            return english;
        }
        let numbers: Vec<u32> = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .filter_map(|s| s.parse().ok())
            .collect();
        let candidates = match numbers[..] {
            [sets, reps] => vec![Dose::SetsOfReps { sets, reps }],
            [n] => vec![
                Dose::CirclesEachWay(n),
                Dose::SecondsEachLeg(n),
                Dose::Minutes(n),
            ],
            _ => vec![],
        };
        // Spaces do not count: "3组×15次" is "3 组 × 15 次".
        let words = |s: &str| s.split_whitespace().collect::<String>().to_lowercase();
        match candidates
            .into_iter()
            .find(|d| words(&d.describe()) == words(text))
        {
            // The English spelling checks the numbers' ranges; the error
            // quotes what the user typed, not that spelling.
            Some(d) => d
                .to_string()
                .parse()
                .map_err(|e: String| e.replace(&quote(&d.to_string()), &quote(text.trim()))),
            None => english,
        }
    }
}

impl From<Dose> for String {
    fn from(d: Dose) -> String {
        d.to_string()
    }
}

impl TryFrom<String> for Dose {
    type Error = String;
    fn try_from(value: String) -> Result<Self, String> {
        value.parse()
    }
}

impl FromStr for Dose {
    type Err = String;

    fn from_str(input: &str) -> Result<Self, String> {
        let bad = || {
            format!(
                "{} is not a dose: write e.g. \"3 sets of 15\", \"3x15\", \"10 circles each way\", \"30 s each leg\" or \"30 min\"",
                quote(input)
            )
        };
        let text = input.trim().to_ascii_lowercase();
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == 'x' || c == '×')
            .filter(|w| !w.is_empty())
            .collect();
        let number = |w: &str| w.parse::<u32>().map_err(|_| bad());
        let in_range = |what: &str, v: u32, limit: Limit| {
            if limit.contains(v) {
                Ok(v)
            } else {
                Err(format!(
                    "{what} {v} in {} is out of range ({limit})",
                    quote(input)
                ))
            }
        };
        // "3x15" / "3 x 15" split on 'x' into ["3", "15"].
        let looks_like_sets = text.contains('x') || text.contains('×') || text.contains("set");
        match words.as_slice() {
            [n, rest @ ..] if looks_like_sets && !rest.is_empty() => {
                let sets = number(n)?;
                let reps = rest
                    .iter()
                    .find_map(|w| w.parse::<u32>().ok())
                    .ok_or_else(bad)?;
                let unknown = rest.iter().any(|w| {
                    !matches!(*w, "set" | "sets" | "of" | "reps" | "rep")
                        && w.parse::<u32>().is_err()
                });
                if unknown {
                    return Err(bad());
                }
                Ok(Dose::SetsOfReps {
                    sets: in_range("sets", sets, DOSE_SETS)?,
                    reps: in_range("reps", reps, DOSE_REPS)?,
                })
            }
            [n, unit, rest @ ..] => {
                let v = number(n)?;
                let tail_ok = |allowed: &[&str]| rest.iter().all(|w| allowed.contains(w));
                match *unit {
                    "circle" | "circles" | "rotations"
                        if tail_ok(&["each", "way", "direction", "per"]) =>
                    {
                        Ok(Dose::CirclesEachWay(in_range("circles", v, DOSE_CIRCLES)?))
                    }
                    "s" | "sec" | "secs" | "second" | "seconds"
                        if tail_ok(&["each", "leg", "side", "per"]) =>
                    {
                        Ok(Dose::SecondsEachLeg(in_range("seconds", v, DOSE_SECONDS)?))
                    }
                    "m" | "min" | "mins" | "minute" | "minutes" if rest.is_empty() => {
                        Ok(Dose::Minutes(in_range("minutes", v, SESSION_MINUTES)?))
                    }
                    _ => Err(bad()),
                }
            }
            [n] if n.ends_with("min") => Ok(Dose::Minutes(in_range(
                "minutes",
                number(n.trim_end_matches("min"))?,
                SESSION_MINUTES,
            )?)),
            [n] if n.ends_with('s') => Ok(Dose::SecondsEachLeg(in_range(
                "seconds",
                number(n.trim_end_matches('s'))?,
                DOSE_SECONDS,
            )?)),
            _ => Err(bad()),
        }
    }
}

/// Whether the app prompts for the exercise, or the user logs it with minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExerciseKind {
    /// A short micro-session the app reminds the user of.
    Prompted,
    /// An activity the user logs afterwards with its minutes (walks, rides).
    Logged,
}

/// One exercise with everything needed to prompt for it and explain it.
#[derive(Clone, Debug, PartialEq)]
pub struct Exercise {
    pub id: ExerciseId,
    pub name: String,
    /// One line, shown in the notification.
    pub instruction: String,
    /// A few sentences, shown in the window.
    pub how_to: String,
    pub dose: Dose,
    pub kind: ExerciseKind,
    pub enabled: bool,
    pub rules: Vec<Rule>,
    pub builtin: bool,
    /// How a guided session of it is paced.
    pub pacing: Pacing,
    /// Where it can be done: what decides whether it fits a meeting.
    pub place: Place,
    /// Everyday routines it is done with, ticked off afterwards.
    pub anchors: Vec<Routine>,
}

impl Exercise {
    /// A logged activity, or an exercise measured in minutes, records minutes.
    pub fn records_minutes(&self) -> bool {
        self.kind == ExerciseKind::Logged || matches!(self.dose, Dose::Minutes(_))
    }
}

/// The six micro-sessions of the product brief, in the order the app lists them.
/// Which text of an exercise.
#[derive(Clone, Copy)]
enum Text {
    Name,
    Instruction,
    HowTo,
}

impl Exercise {
    /// The name to show: a built-in exercise's in the user's language,
    /// unless the user renamed it; the user's own exactly as they wrote it.
    pub fn display_name(&self) -> String {
        self.display(Text::Name)
    }

    /// The one-line instruction to show (see `display_name`).
    pub fn display_instruction(&self) -> String {
        self.display(Text::Instruction)
    }

    /// The longer how-to to show (see `display_name`).
    pub fn display_how_to(&self) -> String {
        self.display(Text::HowTo)
    }

    /// Whether the name is the app's own (a built-in one the user has not
    /// renamed): a sentence may then lowercase it; a user's name is kept
    /// as written.
    pub fn has_default_name(&self) -> bool {
        self.builtin && builtin_default(&self.id).is_some_and(|d| d.name == self.name)
    }

    fn display(&self, which: Text) -> String {
        let (stored, part) = match which {
            Text::Name => (&self.name, "name"),
            Text::Instruction => (&self.instruction, "instruction"),
            Text::HowTo => (&self.how_to, "how-to"),
        };
        // The preferences file keeps a built-in's English text once saved;
        // only text still equal to that default is the app's to translate.
        let default = self.builtin.then(|| builtin_default(&self.id)).flatten();
        let untouched = default.is_some_and(|d| {
            let text = match which {
                Text::Name => &d.name,
                Text::Instruction => &d.instruction,
                Text::HowTo => &d.how_to,
            };
            text == stored
        });
        if untouched {
            crate::i18n::tr(&format!("exercise-{}-{part}", self.id))
        } else {
            stored.clone()
        }
    }
}

/// The name to show for exercise `id` stored as `name` (see
/// `Exercise::display_name`), for forms that hold the text alone.
pub fn shown_name(id: &str, name: &str) -> String {
    let id: Option<ExerciseId> = id.parse().ok();
    match id.as_ref().and_then(builtin_default) {
        Some(d) if d.name == name => d.display_name(),
        _ => name.to_owned(),
    }
}

/// The built-in exercise `id` as shipped.
fn builtin_default(id: &ExerciseId) -> Option<&'static Exercise> {
    static DEFAULTS: std::sync::OnceLock<Vec<Exercise>> = std::sync::OnceLock::new();
    DEFAULTS
        .get_or_init(builtin_exercises)
        .iter()
        .find(|e| &e.id == id)
}

pub fn builtin_exercises() -> Vec<Exercise> {
    use super::schedule::{Days, Hours};
    use chrono::NaiveTime;
    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("valid built-in time");
    let rule = |trigger| Rule {
        trigger,
        days: Days::Working,
        hours: Hours::Working,
    };
    let id = |s: &str| ExerciseId(s.into());
    vec![
        Exercise {
            id: id("ankle-rotations"),
            name: "Ankle rotations".into(),
            instruction: "Seated: circle each ankle clockwise, then counter-clockwise.".into(),
            how_to: "Sit tall and lift one foot a little off the floor. Draw slow, full circles \
                     with your toes: clockwise, then counter-clockwise. Switch feet. \
                     Easy to do unseen during meetings."
                .into(),
            dose: Dose::CirclesEachWay(10),
            kind: ExerciseKind::Prompted,
            enabled: true,
            rules: vec![rule(Trigger::EverySitting { minutes: 60 })],
            builtin: true,
            pacing: Pacing::default(),
            place: Place::Seated,
            anchors: Vec::new(),
        },
        Exercise {
            id: id("calf-raises"),
            name: "Calf raises".into(),
            instruction: "Stand, rise high onto your toes, lower slowly.".into(),
            how_to: "Stand tall, on a step if one is at hand. Rise as high onto your toes as \
                     you can, then lower slowly; on a step, let the heels drop below the edge. \
                     Hold a desk or wall for balance. Also works while brushing your teeth."
                .into(),
            dose: Dose::SetsOfReps { sets: 3, reps: 15 },
            kind: ExerciseKind::Prompted,
            enabled: true,
            rules: vec![rule(Trigger::AtTimes {
                times: vec![t(10, 30), t(15, 30)],
            })],
            builtin: true,
            pacing: Pacing::default(),
            place: Place::Standing,
            anchors: Vec::new(),
        },
        Exercise {
            id: id("soleus-stretch"),
            name: "Bent-knee calf stretch".into(),
            instruction: "Knee bent, heel down: feel it low and deep in the calf.".into(),
            how_to: "Step one foot back and bend both knees, keeping the back heel on the \
                     floor. The stretch is felt low and deep in the calf: that is the soleus. \
                     (A straight-knee stretch targets the gastrocnemius instead.) Hold, then \
                     switch legs. Good after a walk."
                .into(),
            dose: Dose::SecondsEachLeg(30),
            kind: ExerciseKind::Prompted,
            enabled: true,
            rules: vec![rule(Trigger::AtTimes {
                times: vec![t(11, 45), t(16, 45)],
            })],
            builtin: true,
            pacing: Pacing::default(),
            place: Place::Standing,
            anchors: Vec::new(),
        },
        Exercise {
            id: id("brisk-walk"),
            name: "Brisk walk".into(),
            instruction: "Walk briskly; change pace every 5 minutes.".into(),
            how_to: "Walk at a pace that makes you breathe harder but still talk. Alternate \
                     brisk and easy every 5 minutes (intervals). A walk during phone calls \
                     counts."
                .into(),
            dose: Dose::Minutes(30),
            kind: ExerciseKind::Prompted,
            enabled: true,
            rules: vec![rule(Trigger::AtTimes {
                times: vec![t(12, 15)],
            })],
            builtin: true,
            pacing: Pacing {
                interval_minutes: 5,
                ..Pacing::default()
            },
            place: Place::Away,
            anchors: Vec::new(),
        },
        Exercise {
            id: id("cycling"),
            name: "Cycling".into(),
            instruction: "Log your ride's minutes; aim for 150 a week.".into(),
            how_to: "Ride a stationary or an outdoor bike at a moderate effort: breathing \
                     harder, still able to talk. Low impact on the joints. Log the minutes \
                     afterwards; the weekly target is 150."
                .into(),
            dose: Dose::Minutes(30),
            kind: ExerciseKind::Logged,
            enabled: true,
            rules: vec![rule(Trigger::WeeklyTarget {
                minutes: 150,
                check_at: t(16, 0),
            })],
            builtin: true,
            pacing: Pacing::default(),
            place: Place::Away,
            anchors: Vec::new(),
        },
        Exercise {
            id: id("legs-up"),
            name: "Legs up".into(),
            instruction: "Lie or sit back with your legs raised above hip height.".into(),
            how_to: "After a long stretch of sitting, lie on the floor with your calves on a \
                     chair or your legs up a wall, or lean back with your feet on a stool. \
                     Let gravity help the blood back from your legs."
                .into(),
            dose: Dose::Minutes(5),
            kind: ExerciseKind::Prompted,
            enabled: true,
            rules: vec![rule(Trigger::EverySitting { minutes: 150 })],
            builtin: true,
            pacing: Pacing::default(),
            place: Place::Lying,
            anchors: Vec::new(),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_catalog_holds_the_built_in_texts_word_for_word() {
        use crate::core::locale::Language;
        use crate::i18n::catalog::message;
        for e in builtin_exercises() {
            let m =
                |part: &str| message(Language::English, &format!("exercise-{}-{part}", e.id), &[]);
            assert_eq!(m("name").as_deref(), Some(e.name.as_str()));
            assert_eq!(m("instruction").as_deref(), Some(e.instruction.as_str()));
            assert_eq!(m("how-to").as_deref(), Some(e.how_to.as_str()));
        }
    }

    #[test]
    fn built_in_texts_are_translated_unless_the_user_changed_them() {
        use crate::core::locale::Language;
        use crate::i18n::{Setting, with};
        let german = Setting::in_locale(Language::German, "de_DE");
        let mut calf = builtin_exercises().remove(1);
        with(german, || {
            assert_ne!(calf.display_name(), "Calf raises");
            assert_ne!(calf.display_how_to(), calf.how_to);
            calf.name = "Heel lifts".into();
            assert_eq!(calf.display_name(), "Heel lifts");
            assert_eq!(
                Dose::SetsOfReps { sets: 1, reps: 8 }.to_string(),
                "1 set of 8"
            );
        });
        assert_eq!(calf.display_instruction(), calf.instruction);
        assert_eq!(
            Dose::SetsOfReps { sets: 3, reps: 15 }.describe(),
            "3 sets of 15"
        );
        assert_eq!(
            Dose::SetsOfReps { sets: 1, reps: 8 }.describe(),
            "1 set of 8"
        );
        assert_eq!(Dose::CirclesEachWay(10).describe(), "10 circles each way");
    }

    #[test]
    fn a_dose_is_read_back_as_the_user_sees_it_in_every_language() {
        use crate::core::locale::Language;
        use crate::i18n::{Setting, with};
        let doses = [
            Dose::SetsOfReps { sets: 3, reps: 15 },
            Dose::SetsOfReps { sets: 1, reps: 8 },
            Dose::CirclesEachWay(10),
            Dose::SecondsEachLeg(30),
            Dose::Minutes(5),
        ];
        for language in Language::ALL {
            with(Setting::in_locale(language, "C"), || {
                for d in doses {
                    assert_eq!(
                        Dose::parse_shown(&d.describe()),
                        Ok(d),
                        "{language}: {}",
                        d.describe()
                    );
                    assert_eq!(Dose::parse_shown(&d.to_string()), Ok(d), "{language}");
                }
                assert!(Dose::parse_shown("lots").is_err());
                // Out of range: the error quotes what was typed.
                let shown = Dose::SetsOfReps { sets: 3, reps: 999 }.describe();
                let err = Dose::parse_shown(&shown).unwrap_err();
                assert!(err.contains(&shown), "{language}: {err}");
                let err = Dose::parse_shown("10000 x 10").unwrap_err();
                assert!(err.contains("10000"), "{err}");
            });
        }
    }

    #[test]
    fn doses_parse_the_way_people_write_them() {
        let cases = [
            ("3 sets of 15", Dose::SetsOfReps { sets: 3, reps: 15 }),
            ("3x15", Dose::SetsOfReps { sets: 3, reps: 15 }),
            ("3 × 15", Dose::SetsOfReps { sets: 3, reps: 15 }),
            ("1 set of 20 reps", Dose::SetsOfReps { sets: 1, reps: 20 }),
            ("10 circles each way", Dose::CirclesEachWay(10)),
            ("12 circles", Dose::CirclesEachWay(12)),
            ("30 s each leg", Dose::SecondsEachLeg(30)),
            ("45s", Dose::SecondsEachLeg(45)),
            ("30 min", Dose::Minutes(30)),
            ("5 minutes", Dose::Minutes(5)),
            ("20min", Dose::Minutes(20)),
        ];
        for (text, dose) in cases {
            assert_eq!(text.parse::<Dose>(), Ok(dose), "{text}");
        }
    }

    #[test]
    fn doses_round_trip_through_their_display_form() {
        for e in builtin_exercises() {
            assert_eq!(e.dose.to_string().parse::<Dose>(), Ok(e.dose));
        }
        let d = Dose::SetsOfReps { sets: 1, reps: 8 };
        assert_eq!(d.to_string().parse::<Dose>(), Ok(d));
    }

    #[test]
    fn bad_doses_name_the_value() {
        let err = "10000 x 10".parse::<Dose>().unwrap_err();
        assert!(err.contains("sets 10000"), "{err}");
        let err = "3 x 10000".parse::<Dose>().unwrap_err();
        assert!(
            err.contains("reps 10000") && err.contains("1 to 500"),
            "{err}"
        );
        let err = "lots".parse::<Dose>().unwrap_err();
        assert!(err.contains("`lots`"), "{err}");
        assert!("0 min".parse::<Dose>().is_err());
        assert!("10 circles each leg please".parse::<Dose>().is_err());
        assert!("-3 min".parse::<Dose>().is_err());
    }

    #[test]
    fn increases_are_modest_and_capped() {
        assert_eq!(
            Dose::SetsOfReps { sets: 3, reps: 15 }.increased(),
            Some(Dose::SetsOfReps { sets: 3, reps: 17 })
        );
        assert_eq!(
            Dose::CirclesEachWay(10).increased(),
            Some(Dose::CirclesEachWay(11))
        );
        assert_eq!(
            Dose::SecondsEachLeg(30).increased(),
            Some(Dose::SecondsEachLeg(35))
        );
        assert_eq!(Dose::Minutes(30).increased(), Some(Dose::Minutes(35)));
        assert_eq!(Dose::Minutes(SESSION_MINUTES.max).increased(), None);
    }

    #[test]
    fn reaching_a_dose() {
        let target = Dose::SetsOfReps { sets: 3, reps: 15 };
        assert!(target.reaches(&target));
        assert!(!Dose::SetsOfReps { sets: 2, reps: 15 }.reaches(&target));
        assert!(!Dose::Minutes(30).reaches(&target));
        assert!(Dose::Minutes(35).reaches(&Dose::Minutes(30)));
    }

    #[test]
    fn ids_are_checked() {
        assert!("desk-squats".parse::<ExerciseId>().is_ok());
        for bad in ["", "Desk", "a b", "-x", "x-", "é"] {
            assert!(bad.parse::<ExerciseId>().is_err(), "{bad}");
        }
    }
}
