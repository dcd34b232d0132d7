//! The command line: argument definitions and dispatch. Commands about the
//! schedule go to the daemon when it runs and to the files when it does not,
//! through the same `service` code; nothing here decides schedules.

/// The argument definitions (clap), in a file of their own that build.rs
/// also reads for the man page and the shell completions.
mod args;
mod commands;
mod desktop;
mod guide;
mod render;
mod timearg;
mod to_daemon;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;

pub use crate::service::Failure;
pub use args::{
    AutostartAction, Cli, Command, ConfigAction, ExportFormat, HistoryAction, SessionAction,
};

use crate::core::quote::escape_controls;

/// The daemon binary's `main` (`second-heart-daemon`).
pub use to_daemon::daemon_main;

pub fn run<I: IntoIterator<Item = OsString>>(args: I) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        // Help and version go to stdout as clap writes them.
        Err(e) if !e.use_stderr() => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("second-heart: {}", render::usage_error(&e));
            return ExitCode::from(2);
        }
    };
    let Some(command) = cli.command else {
        // No arguments: the window.
        return match to_daemon::open_window() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("second-heart: {}", escape_controls(&e));
                ExitCode::from(1)
            }
        };
    };
    if !matches!(command, Command::Daemon) {
        quiet_broken_pipe();
    }
    match commands::dispatch(command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            // Messages quote what the user typed; escaping here as well
            // keeps anything that slipped through (a file's contents in an
            // error from a library) from acting on the terminal.
            for line in f.message.lines() {
                eprintln!("second-heart: {}", escape_controls(line));
            }
            ExitCode::from(f.code)
        }
    }
}

/// A command's output piped into `head` that stops reading: end quietly,
/// as other command-line tools do, instead of a panic about a broken pipe.
/// (Not for the daemon, which runs all day; socket writes never raise the
/// signal, being sent with MSG_NOSIGNAL.)
fn quiet_broken_pipe() {
    #[cfg(unix)]
    // SAFETY: resets one signal's disposition to the default before any
    // thread that could rely on it is started.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    // No SIGPIPE on Windows: `println!` panics when the reader has gone.
    // That one panic ends the program quietly, with the status a shell
    // gives a program that SIGPIPE ended (128 + 13); any other panic is
    // reported as always.
    #[cfg(windows)]
    {
        let report = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if info.payload_as_str().is_some_and(is_stdout_gone) {
                std::process::exit(141);
            }
            report(info)
        }));
    }
}

/// Whether a panic's message is std's "failed printing to stdout" for a
/// reader that has gone: Windows says ERROR_BROKEN_PIPE (109) or, for a
/// pipe being closed, ERROR_NO_DATA (232).
#[cfg_attr(not(windows), allow(dead_code))]
fn is_stdout_gone(message: &str) -> bool {
    message.starts_with("failed printing to stdout")
        && (message.ends_with("(os error 109)") || message.ends_with("(os error 232)"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn only_a_reader_gone_from_stdout_ends_quietly() {
        assert!(is_stdout_gone(
            "failed printing to stdout: Broken pipe. (os error 109)"
        ));
        assert!(is_stdout_gone(
            "failed printing to stdout: The pipe is being closed. (os error 232)"
        ));
        assert!(!is_stdout_gone(
            "failed printing to stdout: Access is denied. (os error 5)"
        ));
        assert!(!is_stdout_gone(
            "failed printing to stderr: Broken pipe. (os error 109)"
        ));
        assert!(!is_stdout_gone("index out of bounds (os error 109)"));
    }

    /// Every command, argument and flag says what it is for in `--help`.
    #[test]
    fn every_command_and_argument_has_help() {
        fn check(command: &clap::Command, path: &str, blank: &mut Vec<String>) {
            for arg in command.get_arguments() {
                let id = arg.get_id().as_str();
                if !matches!(id, "help" | "version") && arg.get_help().is_none() {
                    blank.push(format!("{path} {id}"));
                }
                // The values of a choice (`autostart on|off|status`); a
                // flag's true and false are not shown.
                let values = match arg.get_action().takes_values() {
                    true => arg.get_possible_values(),
                    false => Vec::new(),
                };
                for value in values {
                    if value.get_help().is_none() {
                        blank.push(format!("{path} {id}={}", value.get_name()));
                    }
                }
            }
            for sub in command.get_subcommands() {
                let path = format!("{path} {}", sub.get_name());
                if sub.get_about().is_none() {
                    blank.push(path.clone());
                }
                check(sub, &path, blank);
            }
        }
        let mut blank = Vec::new();
        check(&Cli::command(), "second-heart", &mut blank);
        assert!(blank.is_empty(), "without help: {blank:#?}");
    }
}
