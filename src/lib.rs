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
//! - `daemon` (Unix): the loop that performs the scheduler's effects, with
//!   the notifier, idle, sleep and meeting watchers, tray and socket.
//! - [`gui`] (Unix): the egui window, one file per view.
//! - [`desktop`]: launcher, icons and login autostart.
//! - [`i18n`]: the message catalogs, times and dates in the user's
//!   language, clock and week.

pub mod cli;
pub(crate) mod clock;
pub mod core;
#[cfg(unix)]
pub(crate) mod daemon;
// Presence on Windows, built on its own until the daemon module compiles
// there (issue 19); then declared inside it.
#[cfg(windows)]
#[path = "daemon/consent_store.rs"]
#[allow(dead_code, unused_imports)]
mod consent_store;
pub mod desktop;
#[cfg(windows)]
#[path = "daemon/folder_watch.rs"]
#[allow(dead_code, unused_imports)]
mod folder_watch;
#[cfg(unix)]
pub mod gui;
pub mod i18n;
#[cfg(windows)]
#[path = "daemon/last_input.rs"]
#[allow(dead_code, unused_imports)]
mod last_input;
#[cfg(windows)]
#[path = "daemon/notification_state.rs"]
#[allow(dead_code, unused_imports)]
mod notification_state;
pub mod protocol;
pub mod report;
pub mod service;
#[cfg(windows)]
#[path = "daemon/session_window.rs"]
#[allow(dead_code, unused_imports)]
mod session_window;
pub mod store;
