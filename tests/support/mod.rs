//! Test support for desktop integration tests: a private headless desktop
//! per test (Xvfb, a private session bus, XDG directories), control of a real
//! dunst, a log of every notification call seen on the bus, an in-process fake
//! notification server and a small notification client.
//!
//! Use it from an integration test with `mod support;`. Each test binary uses
//! a different part of it, hence the `dead_code` allowance.
#![allow(dead_code)]

// The desktop harness (a session bus, X, dunst, the window's kittest) is
// Unix's by nature; on Windows (tests/windows/run.sh) only the private home
// and the waiting helpers are built.
#[cfg(unix)]
pub mod app;
#[cfg(unix)]
mod client;
#[cfg(unix)]
mod dbus_log;
#[cfg(unix)]
mod desktop;
#[cfg(unix)]
mod dunst;
#[cfg(unix)]
mod fake_server;
pub mod home;
#[cfg(unix)]
mod monitor;
#[cfg(unix)]
mod process;
#[cfg(unix)]
pub mod tray_host;
#[cfg(unix)]
pub mod window;
#[cfg(unix)]
pub mod wm;

use std::time::{Duration, Instant};

// Each test binary uses some of these.
#[cfg(unix)]
#[allow(unused_imports)]
pub use client::{CLIENT_APP_NAME, CLIENT_CATEGORY, NotifyClient};
#[cfg(unix)]
#[allow(unused_imports)]
pub use dbus_log::{Arg, Kind, LogMessage, parse_log};
#[cfg(unix)]
#[allow(unused_imports)]
pub use desktop::Desktop;
#[cfg(unix)]
#[allow(unused_imports)]
pub use fake_server::FakeServer;
#[cfg(unix)]
#[allow(unused_imports)]
pub use process::Process;

/// Bus name, object path and interface of the notification server.
pub const NOTIFICATIONS: &str = "org.freedesktop.Notifications";
pub const NOTIFICATIONS_PATH: &str = "/org/freedesktop/Notifications";

/// How often the `wait_*` helpers re-check their condition.
const POLL_INTERVAL: Duration = Duration::from_millis(10);

/// One `Notify` call, as seen by the bus monitor or by the [`FakeServer`].
#[derive(Debug, Clone, PartialEq)]
pub struct NotifyCall {
    /// The id the server returned; `None` if the monitor saw no reply (yet).
    pub id: Option<u32>,
    /// Unique bus name of the caller, e.g. `:1.7`.
    pub sender: String,
    pub app_name: String,
    pub replaces_id: u32,
    pub app_icon: String,
    pub summary: String,
    pub body: String,
    /// Flat list: key, label, key, label, ...
    pub actions: Vec<String>,
    /// Hint name and its value rendered as text: strings without quotes,
    /// numbers and booleans as printed, containers as `[a, b]`, `(a, b)`,
    /// `{k: v}`. The monitor and the fake render the same way, except for
    /// byte arrays.
    pub hints: Vec<(String, String)>,
    pub expire_timeout: i32,
    /// When the call was seen, in seconds since the Unix epoch.
    pub at: f64,
}

impl NotifyCall {
    /// The rendered value of hint `name`.
    pub fn hint(&self, name: &str) -> Option<&str> {
        self.hints
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The action keys, without their labels.
    pub fn action_keys(&self) -> Vec<&str> {
        self.actions.iter().step_by(2).map(String::as_str).collect()
    }
}

/// Polls `condition` until it returns a value or `timeout` passes.
pub fn wait_for<T>(timeout: Duration, mut condition: impl FnMut() -> Option<T>) -> Option<T> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(value) = condition() {
            return Some(value);
        }
        if Instant::now() >= deadline {
            return None;
        }
        std::thread::sleep(POLL_INTERVAL);
    }
}

/// Polls `condition` until it holds or `timeout` passes; returns whether it held.
pub fn wait_until(timeout: Duration, mut condition: impl FnMut() -> bool) -> bool {
    wait_for(timeout, || condition().then_some(())).is_some()
}
