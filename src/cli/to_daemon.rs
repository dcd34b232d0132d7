//! The command line's way to the daemon, where the platform has one.
//!
//! The daemon and the window are built on Unix only so far (Unix sockets,
//! D-Bus notifications); elsewhere every command works on the files, which
//! gives the same results, and `daemon`, `stop` and `notify-test` say that
//! no daemon exists here. This is the one place the command line knows.

use std::path::Path;

use crate::protocol::{Reply, Request};
use crate::service::Failure;

/// What asking the daemon came to.
#[cfg_attr(not(unix), allow(dead_code))]
pub enum Asked {
    Answered(Reply),
    /// No daemon runs (or none can on this platform).
    NotRunning,
    /// The runtime folder cannot be used; why, for a warning.
    Unusable(String),
}

#[cfg(unix)]
pub fn ask(runtime_dir: &Path, request: &Request) -> Result<Asked, Failure> {
    use crate::daemon::client;
    Ok(
        match client::ask(runtime_dir, request, crate::core::Via::Cli)? {
            client::Asked::Answered(reply) => Asked::Answered(reply),
            client::Asked::NotRunning => Asked::NotRunning,
            client::Asked::Unusable(why) => Asked::Unusable(why),
        },
    )
}

#[cfg(not(unix))]
pub fn ask(_runtime_dir: &Path, _request: &Request) -> Result<Asked, Failure> {
    Ok(Asked::NotRunning)
}

/// `second-heart daemon`.
pub fn run_daemon() -> Result<(), Failure> {
    #[cfg(unix)]
    return crate::daemon::run().map_err(Failure::other);
    #[cfg(not(unix))]
    Err(Failure::other(
        "the background daemon is not available on this platform yet",
    ))
}

/// A sample prompt straight to the notification server.
pub fn send_sample() -> Result<String, Failure> {
    #[cfg(unix)]
    return crate::daemon::notifier::send_sample().map_err(Failure::other);
    #[cfg(not(unix))]
    Err(Failure::other(
        "notifications are not available on this platform yet",
    ))
}

/// After `stop`: whether the daemon let go of its lock within `timeout`.
pub fn wait_released(runtime_dir: &Path, timeout: std::time::Duration) -> bool {
    #[cfg(unix)]
    return crate::daemon::instance::wait_released(runtime_dir, timeout);
    #[cfg(not(unix))]
    {
        let _ = (runtime_dir, timeout);
        true
    }
}

/// The window (no arguments).
pub fn open_window() -> Result<(), String> {
    #[cfg(unix)]
    return crate::gui::run().map_err(|e| e.to_string());
    #[cfg(not(unix))]
    Err("the window is not available on this platform yet".into())
}
