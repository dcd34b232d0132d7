//! Tests that need no display and no session bus: the real binary in a
//! private home (CLI, fault drills, the trust drills), property tests of the
//! planner and parsers, and the scheduler under a fake clock.
//!
//! One binary per kind of test (headless, window, desktop), each a module
//! per subject; the harness is `tests/support`.

#[path = "../support/mod.rs"]
mod support;

// Unix's by nature: a full tmpfs (mount), other users' folders and
// sockets, the .deb and .rpm.
#[cfg(unix)]
mod drills_disk;
#[cfg(unix)]
mod drills_trust;
#[cfg(unix)]
mod packaging;

mod answers;
mod cli;
mod drills_crash;
mod drills_history;
mod drills_prefs;
mod fuzz_parsers;
mod guide_props;
mod guided;
mod languages;
mod planner_props;
mod report_json;
mod scheduler_sim;
mod zones;
