//! `second-heart-window`: the window without a console, for the Windows
//! Start menu (see `desktop::launcher`).
#![cfg_attr(windows, windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    second_heart::desktop::launcher::run()
}
