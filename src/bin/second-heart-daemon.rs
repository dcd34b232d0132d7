//! `second-heart-daemon`: the background daemon on its own, without the
//! window's code (see `desktop::programs`). `second-heart daemon` runs it.
//!
//! On Windows it is a windows-subsystem program: started at login or by
//! the window it opens no console, and without a standard error its
//! messages go to a log file (`desktop::daemon_log`).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

fn main() -> ExitCode {
    #[cfg(windows)]
    {
        second_heart::desktop::daemon_log::to_file_without_console();
        // Its toasts and tray icon belong to the Start-menu shortcut's app.
        if let Err(e) = second_heart::desktop::app_id::set_for_this_process() {
            eprintln!("second-heart-daemon: {e}");
        }
    }
    second_heart::cli::daemon_main(std::env::args_os())
}
