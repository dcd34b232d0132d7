//! Starting the daemon at login, the same way from the window and the
//! command line (`autostart on|off|status`): one `Autostart` with one
//! interface (`status`, `enable`, `disable`, `describe`), kept per platform.
//! - Linux and other XDG desktops (`xdg`): an autostart desktop entry.
//! - Windows (`run_key`): the value "Second Heart" under the user's
//!   `HKCU\Software\Microsoft\Windows\CurrentVersion\Run` key. Its command
//!   line, and what Task Manager's "Startup apps" switch leaves, are read
//!   and written by the pure functions in `run_value`, tested everywhere.
//!
//! Either way an entry we did not write is never changed, and an entry of
//! ours that the desktop's own settings turned off counts as off.

#[cfg(windows)]
mod run_key;
pub mod run_value;
#[cfg(not(windows))]
mod xdg;

#[cfg(windows)]
pub use run_key::Autostart;
#[cfg(not(windows))]
pub use xdg::Autostart;

/// What is at the autostart entry's place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// No entry.
    Off,
    /// Our entry, active; what it runs (empty if its command is unreadable).
    On { argv: Vec<String> },
    /// Our entry, turned off by the user or their desktop's settings.
    Hidden,
    /// An entry we did not write; `hidden` if the desktop turned it off.
    Foreign { hidden: bool },
}

/// An argv for people: arguments with spaces in double quotes.
pub fn shown(argv: &[String]) -> String {
    if argv.is_empty() {
        return "an unreadable command line".into();
    }
    argv.iter()
        .map(|a| {
            if a.is_empty() || a.contains(char::is_whitespace) {
                format!("\"{a}\"")
            } else {
                a.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
