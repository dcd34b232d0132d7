//! Shared by the fault drills: a private home (temporary XDG directories
//! on Unix; on Windows, which ignores XDG_*, the app's own
//! `SECOND_HEART_HOME`), the real binary in it, a real daemon without any
//! desktop, and raw access to the daemon's socket (its named pipe on
//! Windows).
#![allow(dead_code)]

use std::fs;
use std::io::{BufRead, BufReader, Write};
#[cfg(unix)]
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

/// Monday 23 November 2026, 11:50 UTC.
pub const MONDAY: &str = "2026-11-23T11:50:00Z";

pub const BIN: &str = env!("CARGO_BIN_EXE_second-heart");

pub struct Home {
    pub dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Where the preferences live: as XDG puts them on Unix, as
    /// `SECOND_HEART_HOME` does on Windows (`store::Paths::under`).
    pub fn config_dir(&self) -> PathBuf {
        if cfg!(unix) {
            self.root().join("config/second-heart")
        } else {
            self.root().join("config")
        }
    }

    pub fn prefs_file(&self) -> PathBuf {
        self.config_dir().join("preferences.toml")
    }

    pub fn data_dir(&self) -> PathBuf {
        if cfg!(unix) {
            self.root().join("data/second-heart")
        } else {
            self.root().join("data")
        }
    }

    pub fn history_file(&self) -> PathBuf {
        self.data_dir().join("history.jsonl")
    }

    /// The pause and first-run state, as XDG puts it on Unix, as
    /// `SECOND_HEART_HOME` does on Windows.
    pub fn state_file(&self) -> PathBuf {
        if cfg!(unix) {
            self.root().join("state/second-heart/state.json")
        } else {
            self.root().join("state/state.json")
        }
    }

    /// The names of the files in the config folder, sorted, but for the
    /// lock file that stands for the folder's lock on Windows.
    pub fn config_files(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(self.config_dir())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| Some(n.as_str()) != second_heart::store::write::FOLDER_LOCK_FILE)
            .collect();
        names.sort();
        names
    }

    pub fn runtime_dir(&self) -> PathBuf {
        self.root().join("run")
    }

    pub fn socket(&self) -> PathBuf {
        self.runtime_dir().join("second-heart/daemon.sock")
    }

    /// The binary in this home, clock pinned to `MONDAY` in UTC, no desktop.
    pub fn cmd(&self) -> Command {
        self.cmd_at(MONDAY)
    }

    pub fn cmd_at(&self, now: &str) -> Command {
        let mut cmd = Command::new(BIN);
        cmd.env_clear()
            .envs(self.env())
            .env("SECOND_HEART_FAKE_NOW", now)
            .stdin(Stdio::null());
        cmd
    }

    /// The binary as `assert_cmd` runs it, its clock starting at `now`
    /// (RFC 3339) in zone `tz`.
    pub fn at(&self, now: &str, tz: &str) -> assert_cmd::Command {
        let mut cmd = assert_cmd::Command::new(BIN);
        cmd.env_clear()
            .envs(self.env())
            .env("TZ", tz)
            .env("SECOND_HEART_FAKE_NOW", now);
        cmd
    }

    /// The whole environment of programs in this home (clock pinned to
    /// `MONDAY`, zone UTC, no display, no session bus).
    /// On Windows also the variables every Windows program expects
    /// (SystemRoot, TEMP...), `SECOND_HEART_HOME`, since Windows ignores
    /// XDG_*, and `LANG=C`. TZ means nothing there: under Wine the zone is the
    /// one the Wine server started in (see tests/headless/zones.rs).
    pub fn env(&self) -> Vec<(String, std::ffi::OsString)> {
        let r = self.root();
        let mut env: Vec<(String, std::ffi::OsString)> = vec![
            ("PATH".into(), std::env::var_os("PATH").unwrap_or_default()),
            ("HOME".into(), r.into()),
            ("XDG_CONFIG_HOME".into(), r.join("config").into()),
            ("XDG_DATA_HOME".into(), r.join("data").into()),
            ("XDG_STATE_HOME".into(), r.join("state").into()),
            ("XDG_RUNTIME_DIR".into(), self.runtime_dir().into()),
            ("TZ".into(), "UTC".into()),
            ("SECOND_HEART_FAKE_NOW".into(), MONDAY.into()),
        ];
        if cfg!(windows) {
            env.push((second_heart::store::paths::HOME_OVERRIDE.into(), r.into()));
            // The C locale, as a cleared environment leaves Unix's programs
            // (24-hour clock, weeks from Monday); with no variable set the
            // app asks Windows, whose locale is the prefix's (en-US).
            env.push(("LANG".into(), "C".into()));
            for name in [
                "SystemRoot",
                "windir",
                "TEMP",
                "TMP",
                "USERPROFILE",
                "COMPUTERNAME",
            ] {
                if let Some(value) = std::env::var_os(name) {
                    env.push((name.into(), value));
                }
            }
        }
        env
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().unwrap()
    }

    /// Runs and expects success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "`{}` failed ({:?}):\n{}",
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    pub fn status_json(&self) -> serde_json::Value {
        serde_json::from_str(&self.ok(&["status", "--json"])).unwrap()
    }

    pub fn write_prefs(&self, bytes: &[u8]) {
        fs::create_dir_all(self.config_dir()).unwrap();
        fs::write(self.prefs_file(), bytes).unwrap();
    }

    /// Files in the config directory whose name starts with
    /// `preferences.toml.broken-`.
    pub fn backups(&self) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = fs::read_dir(self.config_dir())
            .map(|d| {
                d.flatten()
                    .map(|e| e.path())
                    .filter(|p| {
                        p.file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with("preferences.toml.broken-"))
                    })
                    .collect()
            })
            .unwrap_or_default();
        out.sort();
        out
    }

    /// Starts `second-heart daemon` here (no display, no session bus) and
    /// waits for its socket (on Windows, its named pipe).
    pub fn daemon(&self) -> Daemon {
        self.daemon_at(MONDAY)
    }

    /// `daemon`, its clock starting at `now`.
    pub fn daemon_at(&self, now: &str) -> Daemon {
        let log = self.root().join("daemon.log");
        let file = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .unwrap();
        let child = self
            .daemon_cmd_at(now)
            .stdout(file.try_clone().unwrap())
            .stderr(file)
            .spawn()
            .unwrap();
        let mut d = Daemon { child, log };
        let up = wait_until(Duration::from_secs(10), || self.daemon_listens());
        assert!(up, "the daemon did not start:\n{}", d.log_text());
        assert!(d.child.try_wait().unwrap().is_none(), "{}", d.log_text());
        d
    }

    /// `second-heart daemon`, which on Unix becomes the daemon binary
    /// (exec, same pid).
    #[cfg(unix)]
    pub fn daemon_cmd_at(&self, now: &str) -> Command {
        let mut cmd = self.cmd_at(now);
        cmd.arg("daemon");
        cmd
    }

    /// The daemon binary itself: `second-heart daemon` has no exec on
    /// Windows and runs it as a child, which a kill of the parent (`kill9`,
    /// a test's end) would leave running with the home's files open.
    #[cfg(windows)]
    pub fn daemon_cmd_at(&self, now: &str) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_second-heart-daemon"));
        cmd.env_clear()
            .envs(self.env())
            .env("SECOND_HEART_FAKE_NOW", now)
            .stdin(Stdio::null());
        cmd
    }

    #[cfg(unix)]
    fn daemon_listens(&self) -> bool {
        UnixStream::connect(self.socket()).is_ok()
    }

    /// Asked without connecting: a connection would hold one of the
    /// daemon's threads until its request deadline.
    #[cfg(windows)]
    fn daemon_listens(&self) -> bool {
        second_heart::pipe::listening(&self.pipe_name())
    }

    /// The daemon's named pipe in this home: the name the daemon and the
    /// CLI derive from the user and the runtime folder
    /// (`SECOND_HEART_HOME`'s, `store::Paths::under`).
    #[cfg(windows)]
    pub fn pipe_name(&self) -> String {
        let sid = second_heart::pipe::my_sid().unwrap();
        let runtime_dir = second_heart::store::Paths::under(self.root()).runtime_dir;
        second_heart::pipe::pipe_name(&sid, &runtime_dir)
    }

    /// Sends one raw line to the daemon and returns the raw answer.
    pub fn raw_request(&self, line: &[u8]) -> String {
        self.try_raw_request(line).unwrap()
    }

    /// One request on a new connection; the answer line, or why none came.
    #[cfg(unix)]
    pub fn try_raw_request(&self, line: &[u8]) -> std::io::Result<String> {
        try_raw_request(&self.socket(), line)
    }

    /// One request on a new connection to the pipe; the answer line, or
    /// why none came. A pipe has no half-close: the daemon reads up to the
    /// newline (or its size limit, or its deadline).
    #[cfg(windows)]
    pub fn try_raw_request(&self, line: &[u8]) -> std::io::Result<String> {
        let sid = second_heart::pipe::my_sid()?;
        let mut stream =
            second_heart::pipe::connect(&self.pipe_name(), &sid, Duration::from_secs(2))?;
        stream.set_read_timeout(Some(Duration::from_secs(20)))?;
        // The daemon may stop reading an oversized request early and close.
        let _ = stream.write_all(line);
        let mut answer = String::new();
        BufReader::new(stream).read_line(&mut answer)?;
        Ok(answer)
    }
}

#[cfg(unix)]
pub fn raw_request(socket: &Path, line: &[u8]) -> String {
    try_raw_request(socket, line).unwrap()
}

#[cfg(unix)]
/// One request on a new connection; the answer line, or why none came.
pub fn try_raw_request(socket: &Path, line: &[u8]) -> std::io::Result<String> {
    let mut stream = UnixStream::connect(socket)?;
    stream.set_read_timeout(Some(Duration::from_secs(20)))?;
    // The daemon may stop reading an oversized request early and close.
    let _ = stream.write_all(line);
    let _ = stream.shutdown(std::net::Shutdown::Write);
    let mut answer = String::new();
    BufReader::new(stream).read_line(&mut answer)?;
    Ok(answer)
}

pub struct Daemon {
    pub child: Child,
    pub log: PathBuf,
}

impl Daemon {
    pub fn log_text(&self) -> String {
        fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn assert_running(&mut self) {
        assert!(
            self.child.try_wait().unwrap().is_none(),
            "the daemon exited:\n{}",
            self.log_text()
        );
    }

    pub fn kill9(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        self.kill9();
    }
}

#[allow(unused_imports)]
pub use super::wait_until;

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}
