//! Second Heart: reminders and guided micro-sessions for the calf muscle
//! pump, for people who sit all day.
//!
//! One crate, two binaries: `second-heart-daemon` (headless, all day: the
//! scheduler, notifications, history writes, tray, a private socket; it never
//! reaches the window's code, so the linker leaves eframe and egui out) and
//! `second-heart` (the window, without arguments, a short-lived client of the
//! daemon, and the command line; `second-heart daemon` becomes the daemon
//! binary beside it, see `desktop::programs`). The command line talks to the daemon when it runs and to the
//! files when it does not, with the same results.
//!
//! The map, from the pure middle outwards:
//! - [`core`]: exercises, rules, the planner, history, statistics, the
//!   preferences and their limits, and the daemon's decisions
//!   (`core::scheduler`). No I/O; time comes in as an argument.
//! - [`service`]: one function per command, the single path every command
//!   takes (CLI, socket, tray, notification buttons, window).
//! - [`report`] and [`protocol`]: what `status` and `upcoming` say, typed, and
//!   the socket's JSON lines.
//! - [`store`]: the files (preferences, history, pause state, the runtime
//!   folder), with locks, atomic writes and backups.
//! - `clock`: where "now" comes from (`SECOND_HEART_FAKE_NOW` for tests).
//! - [`cli`]: the commands (clap) and printing.
//! - `daemon`: the loop that performs the scheduler's effects, with the
//!   notifier, idle, sleep and meeting watchers, tray and socket (a named
//!   pipe on Windows).
//! - [`gui`]: the egui window, one file per view.
//! - [`desktop`]: launcher, icons and login autostart.
//! - [`i18n`]: the message catalogs, times and dates in the user's
//!   language, clock and week.

pub mod cli;
pub(crate) mod clock;
pub mod core;
pub(crate) mod daemon;
/// The daemon's named pipe, for the tests' raw requests on Windows
/// (tests/support/home.rs): the same client the CLI uses, not a copy.
#[cfg(windows)]
#[doc(hidden)]
pub use daemon::pipe;
pub mod desktop;
pub mod gui;
pub mod i18n;
pub mod protocol;
pub mod report;
pub mod service;
pub mod store;
