use std::process::ExitCode;

fn main() -> ExitCode {
    // The window's taskbar button and toasts belong to the Start-menu
    // shortcut's app (desktop::app_id); harmless for the command line.
    #[cfg(windows)]
    let _ = second_heart::desktop::app_id::set_for_this_process();
    second_heart::cli::run(std::env::args_os())
}
