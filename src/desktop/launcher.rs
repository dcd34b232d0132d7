//! The window without a console: `second-heart-window`, what the Windows
//! Start-menu shortcut starts.
//!
//! `second-heart.exe` is a console program, so that `second-heart status`
//! and the other commands print in cmd and PowerShell and the shell waits
//! for them. Started from Explorer, though, a console program gets a console
//! window of its own beside the app. This launcher is a windows-subsystem
//! program (no console) that starts `second-heart` beside it without
//! arguments (the window) and without a console (`CREATE_NO_WINDOW`), and
//! waits for it. With no terminal to print to, a window that could not
//! open (no graphics driver, a damaged file) says why in a message box.
//! Elsewhere it does the same and prints the reason.

use std::io::Read;
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use super::programs::{MAIN_BIN, file_name};

/// How much of the window's last error output the message box shows.
const TAIL: usize = 2000;

/// Starts the window beside this program and waits for it.
pub fn run() -> ExitCode {
    let main = match std::env::current_exe() {
        Ok(exe) => exe.with_file_name(file_name(MAIN_BIN)),
        Err(e) => return fail(&format!("Cannot find Second Heart's program: {e}")),
    };
    match open(&main) {
        Ok(None) => ExitCode::SUCCESS,
        Ok(Some(text)) | Err(text) => fail(&text),
    }
}

/// Runs the window; what to tell the user if it failed.
fn open(main: &Path) -> Result<Option<String>, String> {
    let mut command = Command::new(main);
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        use windows_sys::Win32::System::Threading::CREATE_NO_WINDOW;
        command.creation_flags(CREATE_NO_WINDOW);
    }
    let mut child = command
        .spawn()
        .map_err(|e| format!("Cannot start {}: {e}", main.display()))?;
    // Read the error output on a thread: a daemon the window starts may
    // inherit the pipe and keep it open long after the window is gone.
    let mut stderr = child.stderr.take().expect("piped");
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n @ 1..) = stderr.read(&mut buf) {
            if send.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let status = child
        .wait()
        .map_err(|e| format!("Cannot wait for {}: {e}", main.display()))?;
    if status.success() {
        return Ok(None);
    }
    let mut said = Vec::new();
    while let Ok(chunk) = receive.recv_timeout(Duration::from_millis(300)) {
        said.extend(chunk);
    }
    Ok(Some(failure_text(
        status.code(),
        &String::from_utf8_lossy(&said),
    )))
}

/// What the user reads when the window ended in failure: the end of what
/// it printed, or its exit code when it printed nothing.
pub fn failure_text(code: Option<i32>, said: &str) -> String {
    let said = said.trim();
    if said.is_empty() {
        return match code {
            Some(code) => format!("Second Heart's window ended with exit code {code}."),
            None => "Second Heart's window ended unexpectedly.".into(),
        };
    }
    let start = said.len().saturating_sub(TAIL);
    let start = (start..=said.len())
        .find(|i| said.is_char_boundary(*i))
        .unwrap_or(said.len());
    let cut = if start > 0 { "…" } else { "" };
    format!(
        "Second Heart's window could not open:\n\n{cut}{}",
        &said[start..]
    )
}

fn fail(text: &str) -> ExitCode {
    show(text);
    ExitCode::from(1)
}

#[cfg(windows)]
fn show(text: &str) {
    use windows_sys::Win32::UI::WindowsAndMessaging::{MB_ICONERROR, MB_OK, MessageBoxW};
    let wide = |s: &str| s.encode_utf16().chain(Some(0)).collect::<Vec<u16>>();
    // SAFETY: valid NUL-terminated strings; no owner window.
    unsafe {
        MessageBoxW(
            std::ptr::null_mut(),
            wide(text).as_ptr(),
            wide("Second Heart").as_ptr(),
            MB_OK | MB_ICONERROR,
        );
    }
}

#[cfg(not(windows))]
fn show(text: &str) {
    eprintln!("second-heart-window: {text}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_user_reads_the_windows_last_words_or_its_exit_code() {
        assert_eq!(
            failure_text(Some(1), "second-heart: no OpenGL driver\n"),
            "Second Heart's window could not open:\n\nsecond-heart: no OpenGL driver"
        );
        assert_eq!(
            failure_text(Some(3), " \n"),
            "Second Heart's window ended with exit code 3."
        );
        assert_eq!(
            failure_text(None, ""),
            "Second Heart's window ended unexpectedly."
        );
        let long = "é".repeat(TAIL);
        let text = failure_text(Some(1), &long);
        assert!(text.ends_with(&"é".repeat(TAIL / 2)));
        assert!(text.contains('…'));
    }

    #[test]
    fn a_missing_program_is_reported_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join(file_name(MAIN_BIN));
        let e = open(&missing).unwrap_err();
        assert!(e.contains(&missing.display().to_string()), "{e}");
    }
}
