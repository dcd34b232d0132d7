// The whole command line, as clap reads it. No `//!` doc here and no
// other crate code: build.rs `include!`s this file to generate the man
// page and the shell completions from it, so they never drift.

use clap::{Parser, Subcommand, ValueEnum};

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
        /// Tick off the item anchored to this routine: morning, evening (brushing teeth),
        /// after-lunch, kettle, or a routine of your own; dated at the routine unless --at
        #[arg(long)]
        anchor: Option<String>,
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
    /// In a meeting, a call or reading: `busy meeting [for 1h]`, `busy off`. Time without
    /// input counts as sitting; seated exercises come as quiet suggestions, the rest wait
    /// until it ends, and a call offers a walk (a bare duration, `busy 45m`, is reading)
    Busy {
        /// meeting, call or reading (for an hour unless `for DURATION` follows); off to end
        /// it; or a duration alone (30m, 1h30m, until-tomorrow): reading for that long
        what: String,
        /// `for DURATION`: 30m, 1h, 1h30m (up to 14 days) or until-tomorrow
        #[arg(num_args = 0..=2, value_name = "for DURATION")]
        rest: Vec<String>,
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
    /// $XDG_CONFIG_HOME/autostart/io.github.secondheart.SecondHeart.desktop, off removes it
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
