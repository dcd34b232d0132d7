//! The command line: argument definitions and dispatch. Commands about the
//! schedule go to the daemon when it runs and to the files when it does not,
//! through the same `service` code; nothing here decides schedules.

mod commands;
mod desktop;
mod guide;
mod render;
mod timearg;
mod to_daemon;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

pub use crate::service::Failure;

use crate::core::quote::escape_controls;

#[derive(Parser, Debug)]
#[command(
    name = "second-heart",
    version,
    about = "Reminders for calf-muscle-pump micro-sessions, for people who sit all day",
    after_help = "Without a command, opens the window (and starts the daemon if needed).\n\
                  Files follow XDG: $XDG_CONFIG_HOME/second-heart/preferences.toml and \
                  $XDG_DATA_HOME/second-heart/history.jsonl. Times follow TZ."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the background scheduler (one per user; prompts through desktop notifications)
    Daemon,
    /// The next prompts, with their local times and rules
    Upcoming {
        /// Start from this time instead of now: RFC 3339, "YYYY-MM-DD HH:MM" or "HH:MM" (today)
        #[arg(long)]
        from: Option<String>,
        /// How many prompts to list
        #[arg(long, short = 'n', default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=1000))]
        count: u32,
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
    /// Today's checklist, streak and the week's minutes against targets
    Status {
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
    /// Record a micro-session as done (the one due now if none is named)
    Done {
        /// Exercise id or name, or words of it, e.g. "walk" (default: the one due now)
        exercise: Option<String>,
        /// Minutes, for walks, rides and other timed exercises
        #[arg(long, short = 'm')]
        minutes: Option<u32>,
        /// What you did, if not the full dose, e.g. "2 sets of 15"
        #[arg(long)]
        dose: Option<String>,
        /// When, if not now: RFC 3339, "YYYY-MM-DD HH:MM" or "HH:MM" (today)
        #[arg(long)]
        at: Option<String>,
    },
    /// Record a micro-session as skipped (whatever is due if none is named)
    Skip {
        /// Exercise id or name, or words of it, e.g. "walk" (default: whatever is due)
        exercise: Option<String>,
        /// When, if not now: RFC 3339, "YYYY-MM-DD HH:MM" or "HH:MM" (today)
        #[arg(long)]
        at: Option<String>,
    },
    /// Put off what is due (or one exercise) for a few minutes
    Snooze {
        /// Minutes (default: snooze_minutes from the preferences)
        minutes: Option<u32>,
        /// Only this exercise, which must be due (default: whatever is due)
        #[arg(long, short = 'e')]
        exercise: Option<String>,
    },
    /// Do a guided session: each step paced with a countdown, then recorded as done
    /// with what was really done (keys: space pause/resume, n next step, q or Ctrl-C stop)
    Start {
        /// Exercise id or name, or words of it, e.g. "calf" (default: the one due now)
        exercise: Option<String>,
        /// Start it in the daemon and return at once, instead of following it here
        #[arg(long)]
        no_follow: bool,
    },
    /// Pause, resume, skip a step of or stop the guided session the daemon runs; keep
    /// or correct the minutes of a walk or ride that ran to its end by itself
    Session {
        #[command(subcommand)]
        action: SessionAction,
    },
    /// Hold all prompts: for a duration (30m, 1h, 1h30m) or until-tomorrow
    Pause {
        /// How long: 30m, 1h, 1h30m (up to 14 days), or until-tomorrow
        duration: String,
    },
    /// Start prompts again after a pause
    Resume,
    /// In a call or reading: for a while, time without keyboard or mouse input counts as
    /// sitting (not a break), and prompts wait if quiet during meetings is on
    Busy {
        /// How long: 30m, 1h, 1h30m (up to 14 days), until-tomorrow, or off to end it
        duration: String,
    },
    /// Send a sample prompt now, to check notifications work
    NotifyTest,
    /// Stop the daemon
    Stop,
    /// Change an exercise's dose, e.g. to accept a suggested increase
    Dose {
        /// Exercise id or name, or words of it, e.g. "calf"
        exercise: String,
        /// The new dose, e.g. "3 sets of 17", "12 circles each way", "35 min"
        dose: String,
    },
    /// Where the preferences are, what they say, and whether they are valid
    Config {
        #[command(subcommand)]
        action: ConfigAction,
    },
    /// Export or tidy the history
    History {
        #[command(subcommand)]
        action: HistoryAction,
    },
    /// Add Second Heart to the applications menu (Linux/XDG): the launcher entry in
    /// $XDG_DATA_HOME/applications, running this program, and its icons
    InstallDesktop,
    /// Remove what install-desktop wrote, and the login autostart entry if Second Heart
    /// wrote it; files of yours at those paths are left alone
    UninstallDesktop,
    /// Start the daemon at login (Linux/XDG): on writes
    /// $XDG_CONFIG_HOME/autostart/second-heart.desktop, off removes it
    Autostart {
        /// on, off, or status
        #[arg(value_enum)]
        action: AutostartAction,
    },
}

#[derive(Clone, Copy, Debug, Subcommand)]
pub enum SessionAction {
    /// Hold the countdown where it is
    Pause,
    /// Go on from where it was paused
    Resume,
    /// End the current step and go on to the next
    Skip,
    /// End the session, recording what was done
    Stop,
    /// Keep the minutes recorded for the last walk or ride that ran by itself
    Keep,
    /// Correct the minutes recorded for the last walk or ride that ran by itself
    Correct {
        /// The minutes really done
        minutes: u32,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum AutostartAction {
    /// Start the daemon (this program) at login
    On,
    /// Stop starting it at login
    Off,
    /// Whether it starts at login, and what it runs
    Status,
}

#[derive(Subcommand, Debug)]
pub enum ConfigAction {
    /// Print the path of the preferences file
    Path,
    /// Print the effective preferences as a commented TOML file (defaults filled in)
    Show,
    /// Check the preferences file; exit code 1 with the reasons if it is invalid
    Check,
}

#[derive(Subcommand, Debug)]
pub enum HistoryAction {
    /// Print the whole history
    Export {
        /// csv (a header, one row per session) or jsonl (the history file's own lines)
        #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
        format: ExportFormat,
    },
    /// Rewrite the history file without its unreadable lines (keeps a .bak copy)
    Compact,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ExportFormat {
    /// Comma-separated, with a header row
    Csv,
    /// One JSON object per line, as in the history file
    Jsonl,
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

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
