//! One file per view; each draws from the model and calls its actions.
pub mod exercises;
pub mod history;
pub mod schedule;
pub mod today;
pub mod welcome;
