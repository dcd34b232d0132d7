//! The command line's way to the daemon: its socket on Unix, its named
//! pipe on Windows (`daemon::client` hides which), and to the window.

use std::path::Path;

use crate::protocol::{Reply, Request};
use crate::service::Failure;

/// What asking the daemon came to.
pub enum Asked {
    Answered(Reply),
    /// No daemon runs (or none can on this platform).
    NotRunning,
    /// The runtime folder cannot be used; why, for a warning.
    Unusable(String),
}

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
    // No exec on Windows: the daemon binary runs as a child, and its exit
    // status is this program's.
    #[cfg(windows)]
    {
        if let Some(daemon) = std::env::current_exe()
            .ok()
            .and_then(|exe| crate::desktop::programs::daemon_beside(&exe))
        {
            match std::process::Command::new(&daemon).status() {
                Ok(status) if status.success() => return Ok(()),
                Ok(status) => {
                    return Err(Failure {
                        code: status.code().unwrap_or(1).clamp(1, 255) as u8,
                        message: format!("{} ended with {status}", daemon.display()),
                    });
                }
                Err(error) => eprintln!(
                    "second-heart: cannot start {} ({error}); running the daemon in this process",
                    daemon.display()
                ),
            }
        }
        crate::daemon::run().map_err(Failure::other)
    }
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
    crate::daemon::run().map_err(Failure::other)
}

/// A sample prompt straight to the notification server.
pub fn send_sample() -> Result<String, Failure> {
    crate::daemon::notifier::send_sample().map_err(Failure::other)
}

/// After `stop`: whether the daemon let go of its lock within `timeout`.
pub fn wait_released(runtime_dir: &Path, timeout: std::time::Duration) -> bool {
    crate::daemon::instance::wait_released(runtime_dir, timeout)
}

/// The window (no arguments).
pub fn open_window() -> Result<(), String> {
    crate::gui::run().map_err(|e| e.to_string())
}
