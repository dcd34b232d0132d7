//! The two programs and how each starts the other.
//!
//! The daemon ships as its own binary, `second-heart-daemon`, beside
//! `second-heart`: it never links the window's code (eframe, egui and the
//! rest), so the process that runs all day maps a third of the file pages.
//! `second-heart daemon` execs it when it sits beside the running program
//! (same pid, so whoever started `second-heart daemon` still holds the
//! daemon's pid), and runs the daemon in-process otherwise (a copied
//! `second-heart` on its own still works). The window, autostart and the
//! daemon's "open the window" all pick their program here.

use std::env::consts::EXE_SUFFIX;
use std::path::{Path, PathBuf};

/// The daemon-only binary's name (`.exe` follows on Windows).
pub const DAEMON_BIN: &str = "second-heart-daemon";

/// The main program's (window and command line) name.
pub const MAIN_BIN: &str = "second-heart";

/// The console-less window launcher's name (`src/bin/second-heart-window.rs`):
/// what the Windows Start-menu shortcut starts.
pub const WINDOW_BIN: &str = "second-heart-window";

/// `name` as a file on this platform: `second-heart-daemon.exe` on Windows.
pub fn file_name(name: &str) -> String {
    format!("{name}{EXE_SUFFIX}")
}

/// The daemon binary beside `exe`, if there is one.
pub fn daemon_beside(exe: &Path) -> Option<PathBuf> {
    let daemon = exe.with_file_name(file_name(DAEMON_BIN));
    // A directory or a dangling link is not a program.
    (daemon != exe && daemon.is_file()).then_some(daemon)
}

/// The command line that starts the daemon for the main program `exe`: the
/// daemon binary beside it, or `exe daemon` when there is none.
pub fn daemon_argv(exe: &Path) -> Vec<PathBuf> {
    match daemon_beside(exe) {
        Some(daemon) => vec![daemon],
        None => vec![exe.to_owned(), "daemon".into()],
    }
}

/// The main program for the running one: itself, or, in the daemon
/// binary, the `second-heart` beside it.
pub fn main_program(running: &Path) -> PathBuf {
    match running
        .file_name()
        .is_some_and(|n| *n == *file_name(DAEMON_BIN))
    {
        true => running.with_file_name(file_name(MAIN_BIN)),
        false => running.to_owned(),
    }
}

/// What opens the window for the running program (the daemon's "Open"):
/// on Windows the console-less launcher beside it, so that a daemon, which
/// has no console, does not make Windows open one for the console program
/// `second-heart.exe`; elsewhere, or without the launcher, the main program.
pub fn window_program(running: &Path) -> PathBuf {
    let main = main_program(running);
    let launcher = main.with_file_name(file_name(WINDOW_BIN));
    match cfg!(windows) && launcher.is_file() {
        true => launcher,
        false => main,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_daemon_binary_beside_is_preferred_and_its_absence_falls_back() {
        let dir = tempfile::tempdir().unwrap();
        let exe = dir.path().join("my apps/second-heart");
        std::fs::create_dir_all(exe.parent().unwrap()).unwrap();
        std::fs::write(&exe, "").unwrap();
        assert_eq!(daemon_argv(&exe), [exe.clone(), "daemon".into()]);
        // A directory of that name is not the program.
        let daemon = exe.with_file_name(file_name(DAEMON_BIN));
        std::fs::create_dir(&daemon).unwrap();
        assert_eq!(daemon_argv(&exe), [exe.clone(), "daemon".into()]);
        std::fs::remove_dir(&daemon).unwrap();
        std::fs::write(&daemon, "").unwrap();
        assert_eq!(daemon_argv(&exe), [daemon]);
    }

    #[test]
    fn the_daemon_opens_the_main_program_beside_it() {
        let dir = Path::new("/usr/bin");
        assert_eq!(
            main_program(&dir.join(file_name(DAEMON_BIN))),
            dir.join(file_name(MAIN_BIN))
        );
        assert_eq!(
            main_program(Path::new("/opt/x/second-heart")),
            Path::new("/opt/x/second-heart")
        );
    }

    #[test]
    fn the_window_is_opened_without_a_console_where_that_matters() {
        let dir = tempfile::tempdir().unwrap();
        let daemon = dir.path().join(file_name(DAEMON_BIN));
        let main = dir.path().join(file_name(MAIN_BIN));
        assert_eq!(window_program(&daemon), main, "no launcher beside");
        let launcher = dir.path().join(file_name(WINDOW_BIN));
        std::fs::write(&launcher, "").unwrap();
        let expected = match cfg!(windows) {
            true => launcher,
            false => main,
        };
        assert_eq!(window_program(&daemon), expected);
    }

    #[test]
    fn windows_programs_end_in_exe() {
        let expected = match cfg!(windows) {
            true => "second-heart-daemon.exe",
            false => "second-heart-daemon",
        };
        assert_eq!(file_name(DAEMON_BIN), expected);
    }
}
