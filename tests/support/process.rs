//! The external programs the harness runs: background processes that are
//! stopped by PID and reaped when dropped, and short commands run to
//! completion with a timeout. Every failure panics naming the tool.

use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// How long a short command (dbus-send, dunstctl, xdotool, ...) may take.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a background process may take to become ready.
pub const STARTUP_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a process gets to exit after SIGTERM before it is killed.
const TERM_GRACE: Duration = Duration::from_secs(2);

/// A background process; dropping it stops it (SIGTERM, then SIGKILL) and reaps it.
pub struct Process {
    tool: String,
    child: Child,
}

impl Process {
    /// Starts `cmd`; `tool` names it in panic messages.
    pub fn spawn(tool: &str, cmd: &mut Command) -> Process {
        let child = cmd.spawn().unwrap_or_else(|e| {
            panic!(
                "cannot start {tool} ({}): {e} (installed? see tests/setup-system.sh)",
                describe(cmd)
            )
        });
        Process {
            tool: tool.to_owned(),
            child,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn child_mut(&mut self) -> &mut Child {
        &mut self.child
    }

    /// Waits up to `timeout` for the process to exit by itself.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            if Instant::now() >= deadline {
                return None;
            }
            thread::sleep(Duration::from_millis(5));
        }
    }

    /// Panics, showing `log`, if the process has exited.
    pub fn assert_running(&mut self, log: &Path) {
        if let Some(status) = self.child.try_wait().ok().flatten() {
            panic!(
                "{} exited ({status}); its output:\n{}",
                self.tool,
                read_log(log)
            );
        }
    }

    /// Stops the process (SIGTERM, then SIGKILL after a grace period) and
    /// reaps it; returns how it ended.
    pub fn stop(mut self) -> Option<ExitStatus> {
        self.terminate()
    }

    fn terminate(&mut self) -> Option<ExitStatus> {
        if let Ok(Some(status)) = self.child.try_wait() {
            return Some(status); // already exited, now reaped
        }
        // The child is not reaped yet, so its PID cannot have been reused.
        send_sigterm(self.child.id());
        if let Some(status) = self.wait_exit(TERM_GRACE) {
            return Some(status);
        }
        let _ = self.child.kill();
        self.child.wait().ok()
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.terminate();
    }
}

/// SIGTERM through the shell's `kill` builtin (no extra package needed).
fn send_sigterm(pid: u32) {
    let _ = Command::new("sh")
        .args([
            "-c",
            "kill -TERM \"$1\" 2>/dev/null",
            "sh",
            &pid.to_string(),
        ])
        .stdin(Stdio::null())
        .status();
}

/// What a finished command printed.
pub struct Output {
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `cmd` to completion (at most [`COMMAND_TIMEOUT`]); panics if it cannot
/// start or does not finish in time. A failing exit status is returned.
pub fn run(tool: &str, cmd: &mut Command) -> Output {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run {tool} ({}): {e} (installed? see tests/setup-system.sh)",
                describe(cmd)
            )
        });
    let stdout = read_all(child.stdout.take());
    let stderr = read_all(child.stderr.take());
    let status = wait_with_timeout(&mut child, COMMAND_TIMEOUT).unwrap_or_else(|| {
        panic!(
            "{tool} did not finish within {COMMAND_TIMEOUT:?}: {}",
            describe(cmd)
        )
    });
    Output {
        status,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    }
}

/// Like [`run`], but panics on a failing exit status; returns stdout.
pub fn run_ok(tool: &str, cmd: &mut Command) -> String {
    let output = run(tool, cmd);
    if !output.status.success() {
        panic!(
            "{tool} failed ({}): {}\nstdout: {}\nstderr: {}",
            output.status,
            describe(cmd),
            output.stdout,
            output.stderr
        );
    }
    output.stdout
}

/// `program arg...`, without the environment, for panic messages.
fn describe(cmd: &Command) -> String {
    let words = std::iter::once(cmd.get_program()).chain(cmd.get_args());
    let words: Vec<_> = words.map(|w| w.to_string_lossy()).collect();
    words.join(" ")
}

fn read_all(pipe: Option<impl Read + Send + 'static>) -> JoinHandle<String> {
    thread::spawn(move || {
        let mut text = String::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_string(&mut text);
        }
        text
    })
}

fn wait_with_timeout(child: &mut Child, timeout: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + timeout;
    let mut pause = Duration::from_millis(1);
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            return Some(status);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// Reads the first line a process prints on `pipe`, waiting at most
/// [`STARTUP_TIMEOUT`]. `None` if the pipe closed or the time ran out.
pub fn first_line(pipe: impl Read + Send + 'static) -> Option<String> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut line = String::new();
        let read = BufReader::new(pipe).read_line(&mut line);
        let _ = tx.send(read.ok().filter(|&n| n > 0).map(|_| line));
    });
    rx.recv_timeout(STARTUP_TIMEOUT).ok().flatten()
}

/// A file to append a process's output to.
pub fn log_file(path: &Path) -> File {
    OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .unwrap_or_else(|e| panic!("cannot open log file {}: {e}", path.display()))
}

/// The contents of a log file, for panic messages.
pub fn read_log(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| format!("<{}: {e}>", path.display()))
}
