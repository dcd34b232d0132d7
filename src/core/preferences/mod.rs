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
//!
//! Tests sit beside each file, in `<file>_tests.rs` (`tests.rs` for this one).

use super::exercise::{Exercise, ExerciseId, builtin_exercises};
use super::moment::MeetingPolicy;
use super::schedule::WorkingHours;

mod docs;
mod find;
pub mod limits;
mod parse;
mod schema;
mod starters;
mod theme;
mod validate;

pub use docs::{field_docs, to_documented_toml};
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
            exercises: builtin_exercises(),
        }
    }
}

impl Preferences {
    pub fn exercise(&self, id: &ExerciseId) -> Option<&Exercise> {
        self.exercises.iter().find(|e| &e.id == id)
    }
}

#[cfg(test)]
mod tests;
