//! The pure heart of Second Heart: exercises, schedule rules, the planner, the
//! history of micro-sessions and the statistics drawn from it.
//!
//! Nothing in here touches files, the network, a display or the system clock.
//! Time always comes in as an argument (a zoned `DateTime`), so every rule can
//! be tested against any instant in any time zone. The edges (store, notifier,
//! scheduler thread, window, CLI) feed events in and act on what comes out.

pub mod exercise;
pub mod guide;
pub mod history;
pub mod locale;
pub mod localtime;
pub mod moment;
pub mod planner;
pub mod preferences;
pub mod progression;
pub mod quote;
pub mod schedule;
pub mod scheduler;
pub mod stats;

pub use exercise::{Dose, Exercise, ExerciseId, ExerciseKind};
pub use history::{History, Outcome, Session, Via};

pub use planner::{Activity, Due, NextDue, Plan, Prompt};
pub use preferences::{FieldError, Preferences};
pub use schedule::{Days, Hours, Rule, TimeRange, Trigger, WorkingHours};
