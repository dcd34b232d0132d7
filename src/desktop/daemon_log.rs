//! Where the daemon's messages go when nobody started it from a terminal.
//!
//! On Windows `second-heart-daemon.exe` is a windows-subsystem program, so
//! that starting it at login (the Run key) or from the window opens no
//! console. Such a program has no standard error unless whoever started it
//! passed one (a redirect, a test), so what the daemon prints (why a prompt
//! could not be shown, a write that failed) goes to `daemon.log` in the
//! user's local AppData (`%LOCALAPPDATA%\second-heart\data`, which only the
//! user can read) instead. A log over 1 MiB at start is moved to
//! `daemon.old.log`, so it never grows without end. On Linux the daemon
//! prints to what it was given (the journal, a terminal), as before.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

/// The log's file name.
pub const FILE: &str = "daemon.log";

/// The previous log, once the current one passed [`LIMIT`].
pub const OLD_FILE: &str = "daemon.old.log";

/// The size past which the log is moved aside at start.
pub const LIMIT: u64 = 1 << 20;

/// The log's folder: the user's local (not roaming) data folder for the app.
pub fn dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", crate::store::paths::APP)
        .map(|d| d.data_local_dir().to_path_buf())
}

/// Opens the log in `dir` for appending (creating the folder), after moving
/// a log over [`LIMIT`] to [`OLD_FILE`] (replacing the older one).
pub fn open_in(dir: &Path) -> io::Result<File> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(FILE);
    if std::fs::metadata(&path).is_ok_and(|m| m.len() > LIMIT) {
        std::fs::rename(&path, dir.join(OLD_FILE))?;
    }
    OpenOptions::new().create(true).append(true).open(path)
}

/// Points standard output and error at the log when the process has no
/// standard error (started without a console or a redirect); returns the
/// log's path when it did. Rust's standard library asks Windows for the
/// handle at each write, so everything printed afterwards lands there.
#[cfg(windows)]
pub fn to_file_without_console() -> Option<PathBuf> {
    use std::os::windows::io::IntoRawHandle;
    use windows_sys::Win32::Foundation::INVALID_HANDLE_VALUE;
    use windows_sys::Win32::System::Console::{
        GetStdHandle, STD_ERROR_HANDLE, STD_OUTPUT_HANDLE, SetStdHandle,
    };
    // SAFETY: plain queries of this process's standard handles.
    let stderr = unsafe { GetStdHandle(STD_ERROR_HANDLE) };
    if !stderr.is_null() && stderr != INVALID_HANDLE_VALUE {
        return None;
    }
    let dir = dir()?;
    let handle = open_in(&dir).ok()?.into_raw_handle();
    // SAFETY: `handle` is an open file handle that this process keeps for
    // its whole life (it is never closed).
    unsafe {
        SetStdHandle(STD_ERROR_HANDLE, handle);
        SetStdHandle(STD_OUTPUT_HANDLE, handle);
    }
    Some(dir.join(FILE))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn the_log_is_appended_to_and_a_full_one_moved_aside() {
        let dir = tempfile::tempdir().unwrap();
        let logs = dir.path().join("logs");
        writeln!(open_in(&logs).unwrap(), "first").unwrap();
        writeln!(open_in(&logs).unwrap(), "second").unwrap();
        assert_eq!(
            std::fs::read_to_string(logs.join(FILE)).unwrap(),
            "first\nsecond\n"
        );
        let full = vec![b'x'; LIMIT as usize + 1];
        std::fs::write(logs.join(FILE), &full).unwrap();
        writeln!(open_in(&logs).unwrap(), "fresh").unwrap();
        assert_eq!(std::fs::read(logs.join(OLD_FILE)).unwrap(), full);
        assert_eq!(std::fs::read_to_string(logs.join(FILE)).unwrap(), "fresh\n");
    }
}
