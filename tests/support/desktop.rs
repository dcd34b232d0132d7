//! A private headless desktop for one test: an Xvfb X server on a free
//! display, a private session bus with no activatable services, and private
//! XDG directories. Tests using different `Desktop`s can run in parallel.
//! Dropping it stops every process it started and removes its files.

use std::ffi::OsStr;
use std::fs;
use std::io::pipe;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::process::{self, Process, STARTUP_TIMEOUT, log_file, read_log, run, run_ok};
use super::wait_until;

/// The crate's binary, built by cargo for integration tests.
const APP_BIN: &str = env!("CARGO_BIN_EXE_second-heart");

/// A session bus config like the standard one, minus `<servicedir>`: nothing
/// is D-Bus-activated, so "no notification server" stays deterministic.
const BUS_CONFIG: &str = r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:dir=@DIR@</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#;

/// One test's desktop. `Desktop::start()` brings up X and the bus; dunst and
/// the bus monitor are started on request (tests/support/dunst.rs and
/// tests/support/monitor.rs add those methods).
///
/// ```ignore
/// let mut desktop = Desktop::start();
/// desktop.start_monitor();
/// desktop.start_dunst();
/// let app = desktop.spawn(desktop.bin().arg("daemon")); // stopped on drop
/// assert!(wait_until(WAIT, || !desktop.notify_calls().is_empty()));
/// ```
pub struct Desktop {
    // Fields drop in declaration order: the clients, then the bus, then the
    // X server, then the files.
    pub(super) dunst: Option<Process>,
    pub(super) monitor: Option<Process>,
    bus: Process,
    xvfb: Process,
    display: String,
    bus_address: String,
    dirs: Dirs,
}

/// The temporary directory tree of one desktop.
struct Dirs {
    root: tempfile::TempDir,
    runtime: PathBuf,
    config: PathBuf,
    data: PathBuf,
    state: PathBuf,
    cache: PathBuf,
}

impl Dirs {
    fn create() -> Dirs {
        let root = tempfile::Builder::new()
            .prefix("second-heart-desktop-")
            .tempdir()
            .expect("cannot create the desktop's temporary directory");
        let make = |name: &str| {
            let dir = root.path().join(name);
            fs::create_dir(&dir).unwrap_or_else(|e| panic!("mkdir {}: {e}", dir.display()));
            dir
        };
        let dirs = Dirs {
            runtime: make("runtime"),
            config: make("config"),
            data: make("data"),
            state: make("state"),
            cache: make("cache"),
            root,
        };
        fs::set_permissions(&dirs.runtime, fs::Permissions::from_mode(0o700))
            .expect("chmod 0700 XDG_RUNTIME_DIR");
        dirs
    }
}

impl Desktop {
    /// Starts Xvfb and a private session bus; panics naming the tool if either fails.
    pub fn start() -> Desktop {
        let dirs = Dirs::create();
        let (xvfb, display) = start_xvfb(dirs.root.path());
        let (bus, bus_address) = start_bus(dirs.root.path(), &display);
        Desktop {
            dunst: None,
            monitor: None,
            bus,
            xvfb,
            display,
            bus_address,
            dirs,
        }
    }

    /// The X display, e.g. `:3`.
    pub fn display(&self) -> &str {
        &self.display
    }

    /// The private session bus, for `DBUS_SESSION_BUS_ADDRESS` or
    /// `zbus::connection::Builder::address`.
    pub fn bus_address(&self) -> &str {
        &self.bus_address
    }

    /// The desktop's temporary directory: logs, dunst files, room for test files.
    pub fn dir(&self) -> &Path {
        self.dirs.root.path()
    }

    pub fn runtime_dir(&self) -> &Path {
        &self.dirs.runtime
    }

    pub fn config_home(&self) -> &Path {
        &self.dirs.config
    }

    pub fn data_home(&self) -> &Path {
        &self.dirs.data
    }

    pub fn state_home(&self) -> &Path {
        &self.dirs.state
    }

    pub fn cache_home(&self) -> &Path {
        &self.dirs.cache
    }

    /// The environment of programs on this desktop: PATH and the real HOME
    /// (rustup needs it), DISPLAY, the bus, the XDG directories, and TZ if
    /// the test process has one. Nothing else: no WAYLAND_*.
    pub fn env(&self) -> Vec<(String, String)> {
        let mut env = base_env();
        let path = |p: &Path| p.to_string_lossy().into_owned();
        env.extend([
            ("DISPLAY".to_owned(), self.display.clone()),
            (
                "DBUS_SESSION_BUS_ADDRESS".to_owned(),
                self.bus_address.clone(),
            ),
            ("XDG_RUNTIME_DIR".to_owned(), path(&self.dirs.runtime)),
            ("XDG_CONFIG_HOME".to_owned(), path(&self.dirs.config)),
            ("XDG_DATA_HOME".to_owned(), path(&self.dirs.data)),
            ("XDG_STATE_HOME".to_owned(), path(&self.dirs.state)),
            ("XDG_CACHE_HOME".to_owned(), path(&self.dirs.cache)),
        ]);
        env
    }

    /// `program` with exactly [`Desktop::env`] as its environment.
    pub fn command(&self, program: impl AsRef<OsStr>) -> Command {
        let mut cmd = Command::new(program);
        cmd.env_clear().envs(self.env());
        cmd
    }

    /// The crate's binary on this desktop.
    pub fn bin(&self) -> Command {
        self.command(APP_BIN)
    }

    /// Starts `cmd` (from [`Desktop::command`] or [`Desktop::bin`]) in the
    /// background. Dropping the returned process stops and reaps it; keep it
    /// in a variable declared after the desktop.
    pub fn spawn(&self, cmd: &mut Command) -> Process {
        let tool = cmd.get_program().to_string_lossy().into_owned();
        Process::spawn(&tool, cmd)
    }

    /// Runs `xdotool args...` on this desktop; returns its output.
    pub fn xdotool(&self, args: &[&str]) -> String {
        run_ok("xdotool", self.command("xdotool").args(args))
    }

    /// Milliseconds since the last input on this display (MIT-SCREEN-SAVER).
    pub fn x11_idle_ms(&self) -> u64 {
        use x11rb::connection::Connection as _;
        use x11rb::protocol::screensaver::ConnectionExt as _;

        let display = &self.display;
        let (conn, screen) = x11rb::connect(Some(display))
            .unwrap_or_else(|e| panic!("x11rb: cannot connect to {display}: {e}"));
        let root = conn.setup().roots[screen].root;
        let info = conn
            .screensaver_query_info(root)
            .map_err(|e| e.to_string())
            .and_then(|cookie| cookie.reply().map_err(|e| e.to_string()))
            .unwrap_or_else(|e| panic!("x11rb: MIT-SCREEN-SAVER QueryInfo on {display}: {e}"));
        u64::from(info.ms_since_user_input)
    }

    /// Saves the whole screen to `path` (ImageMagick's `import`).
    pub fn screenshot(&self, path: &Path) {
        run_ok(
            "import (ImageMagick)",
            self.command("import").args(["-window", "root"]).arg(path),
        );
    }

    /// Whether `name` has an owner on the session bus (asked with dbus-send,
    /// which never activates anything).
    pub fn name_has_owner(&self, name: &str) -> bool {
        let reply = run_ok(
            "dbus-send",
            self.command("dbus-send").args([
                "--session",
                "--print-reply=literal",
                "--reply-timeout=5000",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                &format!("string:{name}"),
            ]),
        );
        match reply.split_whitespace().collect::<Vec<_>>()[..] {
            ["boolean", "true"] => true,
            ["boolean", "false"] => false,
            _ => panic!("dbus-send NameHasOwner: unexpected reply {reply:?}"),
        }
    }
}

/// The variables every program gets: PATH, the real HOME, TZ if set.
fn base_env() -> Vec<(String, String)> {
    ["PATH", "HOME", "TZ"]
        .into_iter()
        .filter_map(|name| Some((name.to_owned(), std::env::var(name).ok()?)))
        .collect()
}

fn base_command(program: &str) -> Command {
    let mut cmd = Command::new(program);
    cmd.env_clear().envs(base_env()).stdin(Stdio::null());
    cmd
}

/// Starts Xvfb on the first free display (`-displayfd`) and waits until it
/// accepts connections. Returns the process and e.g. `:3`.
fn start_xvfb(dir: &Path) -> (Process, String) {
    let log = dir.join("xvfb.log");
    let (reader, writer) = pipe().expect("pipe for Xvfb -displayfd");
    let xvfb = {
        // Xvfb writes the display number to fd 1 once it is listening; the
        // command (holding our copy of the write end) drops at the block end.
        let mut cmd = base_command("Xvfb");
        cmd.args(["-displayfd", "1", "-screen", "0", "1280x800x24"])
            .args(["-nolisten", "tcp", "-noreset"])
            .stdout(writer)
            .stderr(log_file(&log));
        Process::spawn("Xvfb", &mut cmd)
    };
    let number = process::first_line(reader).unwrap_or_else(|| {
        panic!(
            "Xvfb reported no display within {STARTUP_TIMEOUT:?}; its log:\n{}",
            read_log(&log)
        )
    });
    let display = format!(":{}", number.trim());
    let ready = wait_until(STARTUP_TIMEOUT, || {
        let mut cmd = base_command("xdpyinfo");
        run("xdpyinfo", cmd.args(["-display", &display]))
            .status
            .success()
    });
    assert!(ready, "Xvfb on {display} accepts no connections (xdpyinfo)");
    (xvfb, display)
}

/// Starts a private dbus-daemon listening in `dir`; returns it and its address.
///
/// `--nofork` keeps the daemon our child, so it can be stopped and reaped by PID.
fn start_bus(dir: &Path, display: &str) -> (Process, String) {
    let config = dir.join("session.conf");
    let log = dir.join("dbus-daemon.log");
    fs::write(&config, BUS_CONFIG.replace("@DIR@", &dir.to_string_lossy()))
        .expect("write session.conf");
    let mut cmd = base_command("dbus-daemon");
    cmd.arg(format!("--config-file={}", config.display()))
        .args(["--nofork", "--print-address=1"])
        .env("DISPLAY", display)
        .stdout(Stdio::piped())
        .stderr(log_file(&log));
    let mut bus = Process::spawn("dbus-daemon", &mut cmd);
    let stdout = bus.child_mut().stdout.take().expect("dbus-daemon stdout");
    let address = process::first_line(stdout).unwrap_or_else(|| {
        panic!(
            "dbus-daemon printed no address within {STARTUP_TIMEOUT:?}; its log:\n{}",
            read_log(&log)
        )
    });
    (bus, address.trim().to_owned())
}
