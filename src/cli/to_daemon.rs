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

/// `second-heart daemon`: becomes the daemon binary beside this program
/// (same pid, same arguments' meaning), or runs the daemon in this process
/// when there is none or it cannot be started (see `desktop::programs`).
pub fn run_daemon() -> Result<(), Failure> {
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        if let Some(daemon) = std::env::current_exe()
            .ok()
            .and_then(|exe| crate::desktop::programs::daemon_beside(&exe))
        {
            // Returns only when the exec failed (not executable, gone).
            let error = std::process::Command::new(&daemon).exec();
            eprintln!(
                "second-heart: cannot start {} ({error}); running the daemon in this process",
                daemon.display()
            );
        }
        crate::daemon::run().map_err(Failure::other)
    }
    #[cfg(not(unix))]
    Err(Failure::other(
        "the background daemon is not available on this platform yet",
    ))
}

/// The daemon binary's `main`: no arguments but `--version` and `--help`.
pub fn daemon_main<I: IntoIterator<Item = std::ffi::OsString>>(args: I) -> std::process::ExitCode {
    use std::process::ExitCode;
    let first = args.into_iter().nth(1);
    match first.as_ref().map(|a| a.to_string_lossy()) {
        None => {}
        Some(a) if a == "--version" || a == "-V" => {
            println!("second-heart-daemon {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Some(a) if a == "--help" || a == "-h" => {
            println!(
                "second-heart-daemon: Second Heart's background daemon (prompts, tray, \
                 history writes), one per user.\nUsage: second-heart-daemon\n\
                 Control it with `second-heart` (status, stop, ...)."
            );
            return ExitCode::SUCCESS;
        }
        Some(a) => {
            let shown = crate::core::quote::escape_controls(&a);
            eprintln!(
                "second-heart-daemon: unexpected argument '{shown}' (it takes none; see --help)"
            );
            return ExitCode::from(2);
        }
    }
    match run_daemon_here() {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            for line in f.message.lines() {
                eprintln!(
                    "second-heart-daemon: {}",
                    crate::core::quote::escape_controls(line)
                );
            }
            ExitCode::from(f.code)
        }
    }
}

/// The daemon, in this process.
fn run_daemon_here() -> Result<(), Failure> {
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
