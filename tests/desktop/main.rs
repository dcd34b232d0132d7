//! Tests on a private headless desktop (Xvfb, a private session bus, real
//! dunst, openbox, a real tray host): the daemon end to end, the window as a
//! real process, the tray, quiet hours, the desktop files.
//!
//! One binary per kind of test (headless, window, desktop), each a module
//! per subject; the harness is `tests/support`.

// Unix only: kittest and the session bus are Unix dev-dependencies (the
// Windows tests are in tests/windows).
#![cfg(unix)]

#[path = "../support/mod.rs"]
mod support;

mod daemon_e2e;
mod desktop_entry;
mod desktop_harness;
mod desktop_moments;
mod desktop_presence;
mod desktop_quiet;
mod desktop_theme;
mod desktop_tray;
mod desktop_tray_host;
mod drills_notifications;
mod window_e2e;
mod window_live;
