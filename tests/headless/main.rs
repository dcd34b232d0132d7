//! Tests that need no display and no session bus: the real binary in a
//! private home (CLI, fault drills, the trust drills), property tests of the
//! planner and parsers, and the scheduler under a fake clock.
//!
//! One binary per kind of test (headless, window, desktop), each a module
//! per subject; the harness is `tests/support`.

#[path = "../support/mod.rs"]
mod support;

// On Windows (tests/windows/run.sh) these wait for the daemon's named pipe:
// most of their tests start a daemon or talk to it, and their helpers
// (`sh` scripts) are Unix's.
#[cfg(unix)]
mod cli;
#[cfg(unix)]
mod guided;
#[cfg(unix)]
mod languages;
// Unix's by nature: a full tmpfs (mount), other users' folders and
// sockets, the .deb and .rpm.
#[cfg(unix)]
mod drills_disk;
#[cfg(unix)]
mod drills_trust;
#[cfg(unix)]
mod packaging;

mod answers;
mod drills_crash;
mod drills_history;
mod drills_prefs;
mod fuzz_parsers;
mod guide_props;
mod planner_props;
mod report_json;
mod scheduler_sim;
mod zones;
