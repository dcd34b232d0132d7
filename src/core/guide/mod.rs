//! Guided micro-sessions: the app paces the user through an exercise
//! instead of only reminding them of it.
//!
//! [`plan`] turns an exercise and its dose into timed steps with cues (four
//! ankle directions, sets of paced raises with rests, a countdown per leg,
//! walking intervals, a stopwatch for logged rides). [`run`] is a session
//! being done: it moves through the steps on the times it is given, pauses,
//! skips and stops, and says what dose was really done. Both are pure: the
//! daemon (or the command line, without a daemon) feeds the clock in and
//! shows the cues that come out.

pub mod plan;
pub mod run;

pub use plan::{Count, Pacing, Part, Plan, Step, Tempo};
pub use run::{Achieved, Advance, Cue, Guided, Progress};
