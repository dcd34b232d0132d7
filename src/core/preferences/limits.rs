//! Every range of numbers a user can set in the preferences file or type in
//! a command, each written once.
//!
//! Validation, the field docs of `config show`, the window's forms and the
//! service's commands all read their bounds from here, so a limit cannot say
//! one thing in the file's comments and another in the error (as it could
//! when each wrote its own `1..=240`). Ranges are inclusive at both ends.

use std::fmt;

/// An inclusive range of whole numbers. Displays as "5 to 1440", the form
/// every range error and field doc uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub min: u32,
    pub max: u32,
}

impl Limit {
    /// Whether `value` lies within the limit; takes the file's `i64` and the
    /// commands' `u32` alike.
    pub fn contains(self, value: impl Into<i64>) -> bool {
        (i64::from(self.min)..=i64::from(self.max)).contains(&value.into())
    }

    /// `value` as the `u32` the app runs on, when within the limit.
    pub fn check(self, value: i64) -> Option<u32> {
        self.contains(value).then_some(value as u32)
    }

    /// The reason a value outside the limit is refused: "out of range (5 to 1440)".
    pub fn out_of_range(self) -> String {
        format!("out of range ({self})")
    }
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} to {}", self.min, self.max)
    }
}

// The preferences file's top-level numbers.

/// `idle_threshold_minutes`: minutes without input that count as a break.
pub const IDLE_THRESHOLD_MINUTES: Limit = Limit { min: 1, max: 120 };
/// `snooze_minutes`, and the minutes `snooze` takes on the command line.
pub const SNOOZE_MINUTES: Limit = Limit { min: 1, max: 240 };
/// `remind_again_minutes`: one gentle reminder of an unanswered prompt
/// after this long; 0 for none.
pub const REMIND_AGAIN_MINUTES: Limit = Limit { min: 0, max: 240 };

// An exercise's fields.

/// An exercise's `name`, in characters.
pub const NAME_CHARS: Limit = Limit { min: 1, max: 60 };
/// An exercise id (its key in the file), in characters.
pub const EXERCISE_ID_CHARS: Limit = Limit { min: 1, max: 40 };

// Rules: when an exercise is due.

/// `every_minutes_sitting`: minutes of sitting between prompts. Also the
/// window's "Every N minutes" for a new exercise, which makes such a rule.
pub const EVERY_MINUTES_SITTING: Limit = Limit { min: 5, max: 600 };
/// `every_minutes`: clock-aligned slots, up to one a day.
pub const EVERY_MINUTES: Limit = Limit { min: 5, max: 1440 };
/// `weekly_target_minutes`: up to every minute of a week.
pub const WEEKLY_TARGET_MINUTES: Limit = Limit {
    min: 1,
    max: 10_080,
};
/// How many times of day one `at` rule lists.
pub const AT_TIMES: Limit = Limit { min: 1, max: 48 };

/// `at_minute`: the offset into each slot of an `every_minutes` rule, so
/// its bounds follow the slot length.
pub fn at_minute(every_minutes: u32) -> Limit {
    Limit {
        min: 0,
        max: every_minutes.saturating_sub(1),
    }
}

// Doses, in the file (`dose = "3 sets of 15"`) and after `done --dose`.

pub const DOSE_SETS: Limit = Limit { min: 1, max: 20 };
pub const DOSE_REPS: Limit = Limit { min: 1, max: 500 };
pub const DOSE_CIRCLES: Limit = Limit { min: 1, max: 200 };
pub const DOSE_SECONDS: Limit = Limit { min: 1, max: 3600 };
/// Minutes of one session: a dose such as "30 min", `done --minutes`, and
/// the window's quick log for walks and rides.
pub const SESSION_MINUTES: Limit = Limit { min: 1, max: 600 };

// A guided session's pacing, per exercise.

/// `circle_seconds`: one ankle circle.
pub const CIRCLE_SECONDS: Limit = Limit { min: 1, max: 10 };
/// `up_seconds` and `down_seconds`: each half of one repetition.
pub const REP_HALF_SECONDS: Limit = Limit { min: 1, max: 10 };
/// `rest_seconds`: the rest between sets; 0 for none.
pub const REST_SECONDS: Limit = Limit { min: 0, max: 600 };
/// `interval_minutes`: a change of pace this often; 0 for one steady pace.
pub const INTERVAL_MINUTES: Limit = Limit { min: 0, max: 60 };

#[cfg(test)]
#[path = "limits_tests.rs"]
mod tests;
