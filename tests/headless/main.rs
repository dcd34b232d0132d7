//! Tests that need no display and no session bus: the real binary in a
//! private home (CLI, fault drills, the trust drills), property tests of the
//! planner and parsers, and the scheduler under a fake clock.
//!
//! One binary per kind of test (headless, window, desktop), each a module
//! per subject; the harness is `tests/support`.

#[path = "../support/mod.rs"]
mod support;

mod answers;
mod cli;
mod drills_crash;
mod drills_disk;
mod drills_history;
mod drills_prefs;
mod drills_trust;
mod fuzz_parsers;
mod guide_props;
mod guided;
mod languages;
mod packaging;
mod planner_props;
mod report_json;
mod scheduler_sim;
