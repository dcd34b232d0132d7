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

use std::path::{Path, PathBuf};

/// The daemon-only binary's file name.
pub const DAEMON_BIN: &str = "second-heart-daemon";

/// The main program's (window and command line) file name.
pub const MAIN_BIN: &str = "second-heart";

/// How Windows starts the daemon or the window from another program: no
/// console of its own, and out of the starter's console group, so neither
/// a console window nor the starter's Ctrl-C reaches it
/// (`CREATE_NO_WINDOW | CREATE_NEW_PROCESS_GROUP`).
#[cfg(windows)]
pub const DETACHED: u32 = 0x0800_0000 | 0x0000_0200;

/// A program's file name here (`.exe` on Windows).
fn file_name(program: &str) -> String {
    format!("{program}{}", std::env::consts::EXE_SUFFIX)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_daemon_binary_beside_is_preferred_and_its_absence_falls_back() {
        let dir = tempfile::tempdir().unwrap();
        let exe = dir.path().join("my apps").join(file_name(MAIN_BIN));
        let daemon = exe.with_file_name(file_name(DAEMON_BIN));
        std::fs::create_dir_all(exe.parent().unwrap()).unwrap();
        std::fs::write(&exe, "").unwrap();
        assert_eq!(daemon_argv(&exe), [exe.clone(), "daemon".into()]);
        // A directory of that name is not the program.
        std::fs::create_dir(&daemon).unwrap();
        assert_eq!(daemon_argv(&exe), [exe.clone(), "daemon".into()]);
        std::fs::remove_dir(&daemon).unwrap();
        // Without its suffix (`.exe` on Windows) it is not the program.
        #[cfg(windows)]
        {
            std::fs::write(exe.with_file_name(DAEMON_BIN), "").unwrap();
            assert_eq!(daemon_argv(&exe), [exe.clone(), "daemon".into()]);
        }
        std::fs::write(&daemon, "").unwrap();
        assert_eq!(daemon_argv(&exe), [daemon]);
    }

    #[test]
    fn the_daemon_opens_the_main_program_beside_it() {
        let folder = Path::new("/opt/x");
        assert_eq!(
            main_program(&folder.join(file_name(DAEMON_BIN))),
            folder.join(file_name(MAIN_BIN))
        );
        assert_eq!(
            main_program(&folder.join(file_name(MAIN_BIN))),
            folder.join(file_name(MAIN_BIN))
        );
        #[cfg(unix)]
        assert_eq!(
            main_program(Path::new("/usr/bin/second-heart-daemon")),
            Path::new("/usr/bin/second-heart")
        );
        #[cfg(windows)]
        assert_eq!(
            main_program(Path::new(r"C:\Apps\second-heart-daemon.exe")),
            Path::new(r"C:\Apps\second-heart.exe")
        );
    }
}
