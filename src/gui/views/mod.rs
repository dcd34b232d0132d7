//! One file per view; each draws from the model and calls its actions.
pub mod today;
