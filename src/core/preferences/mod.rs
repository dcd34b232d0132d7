//! The user's preferences: what the preferences file says, checked and
//! resolved against the built-in defaults.
//!
//! Two layers. `RawPreferences` mirrors the TOML file with every field
//! optional, so a hand-written file only needs what differs from the defaults
//! and serde's errors point at the right line. `Preferences` is the resolved,
//! validated form the planner uses. Validation collects every problem at once,
//! each naming the field and the value, instead of stopping at the first.
//!
//! One job per file:
//! - `mod.rs`: the `Preferences` type and its defaults.
//! - `find.rs`: which exercise the user means by what they typed.
//! - `schema.rs`: the file's raw serde types, and `Preferences::to_raw` back to them.
//! - `parse.rs`: TOML text to the raw form, locating the field of a type error.
//! - `validate.rs`: `Preferences::from_raw`, checking every field (`FieldError`).
//! - `limits.rs`: every numeric range, used by validation, docs, window and commands.
//! - `docs.rs`: the commented file `config show` prints.
//! - `starters.rs`: the starter schedules offered on first run.
//! - `theme.rs`: the window's light / dark / system choice.
//! - `locale.rs`: the language, clock and week choices (`auto` follows the locale).
//!
//! Tests sit beside each file, in `<file>_tests.rs` (`tests.rs` for this one).

use chrono::Weekday;

use super::exercise::{Exercise, ExerciseId, builtin_exercises};
use super::locale::{Clock, Language, Region};
use super::moment::MeetingPolicy;
use super::schedule::WorkingHours;

mod docs;
mod find;
pub mod limits;
mod locale;
mod parse;
mod schema;
mod starters;
mod theme;
mod validate;

pub use docs::{field_docs, to_documented_toml};
pub use locale::{clock_field, language_field, week_start_field};
pub use parse::parse;
pub use schema::{RawExercise, RawPreferences, RawRule, RawWorkingHours, SCHEMA_VERSION};
pub use starters::{Moments, Starter};
pub use theme::Theme;
pub use validate::FieldError;

/// The validated preferences the app runs on.
#[derive(Clone, Debug, PartialEq)]
pub struct Preferences {
    /// Minutes without input that count as time away from the desk.
    pub idle_threshold_minutes: u32,
    pub snooze_minutes: u32,
    /// Minutes after which a prompt left unanswered is shown once more,
    /// gently; 0 for never.
    pub remind_again_minutes: u32,
    /// Hold prompts while the desktop's do-not-disturb is on or a
    /// fullscreen window has focus; deliver them once it ends.
    pub quiet_during_meetings: bool,
    /// What prompts do in a meeting, a call or while reading: come as
    /// usual, come as quiet suggestions when they fit, or wait.
    pub in_meetings: MeetingPolicy,
    /// Offer a walk at the start of a call (the walk's minutes count).
    pub walk_in_calls: bool,
    /// Ask the notification server to play its "new message" sound.
    pub sound: bool,
    /// Light or dark window, or whatever the desktop says.
    pub theme: Theme,
    pub working_hours: WorkingHours,
    /// The language of every text; `None` follows the desktop's locale.
    pub language: Option<Language>,
    /// 12- or 24-hour times; `None` follows the locale.
    pub clock: Option<Clock>,
    /// The first day of the week, for weekly targets, streaks and History's
    /// weeks; `None` follows the locale.
    pub week_start: Option<Weekday>,
    /// What the environment's locale says, for the `None`s above. Not in
    /// the file: the edge that loads the preferences fills it in.
    pub region: Region,
    /// Built-in exercises first, in their usual order, then the user's own.
    pub exercises: Vec<Exercise>,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences {
            idle_threshold_minutes: 5,
            snooze_minutes: 10,
            remind_again_minutes: 15,
            quiet_during_meetings: true,
            in_meetings: MeetingPolicy::Quiet,
            walk_in_calls: true,
            sound: false,
            theme: Theme::System,
            working_hours: WorkingHours::default(),
            language: None,
            clock: None,
            week_start: None,
            region: Region::default(),
            exercises: builtin_exercises(),
        }
    }
}

impl Preferences {
    pub fn exercise(&self, id: &ExerciseId) -> Option<&Exercise> {
        self.exercises.iter().find(|e| &e.id == id)
    }

    /// The language of texts: the user's choice, else the locale's.
    pub fn language(&self) -> Language {
        self.language.unwrap_or(self.region.language)
    }

    /// The day weeks start on: the user's choice, else the locale's.
    pub fn first_day(&self) -> Weekday {
        self.week_start.unwrap_or(self.region.first_day)
    }

    /// The clock times are shown in: the user's choice, else the locale's.
    pub fn clock(&self) -> Clock {
        self.clock.unwrap_or(self.region.clock)
    }

    /// These preferences with the environment's locale filled in.
    pub fn in_region(mut self, region: Region) -> Self {
        self.region = region;
        self
    }
}

#[cfg(test)]
mod tests;
