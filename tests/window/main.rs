//! The window's views under egui_kittest: interaction tests driven by label
//! against the real service on temporary files, and rendered snapshots (wgpu
//! on the CPU). No display needed.
//!
//! One binary per kind of test (headless, window, desktop), each a module
//! per subject; the harness is `tests/support`.

// Unix only: kittest and the session bus are Unix dev-dependencies (the
// Windows tests are in tests/windows).
#![cfg(unix)]

#[path = "../support/mod.rs"]
mod support;

mod snapshots;
mod window_exercises;
mod window_history;
mod window_player;
mod window_schedule;
mod window_shell;
mod window_theme;
mod window_today;
mod window_welcome;
