//! A real dunst on a [`Desktop`]: started with a test dunstrc (notifications
//! never time out) and answered without a person through `dunstctl` and a
//! fake `dmenu` that picks the context-menu line a test asks for.

use std::fs;
use std::path::PathBuf;
use std::time::Duration;

use super::desktop::Desktop;
use super::process::{Process, STARTUP_TIMEOUT, log_file, read_log, run_ok};
use super::{NOTIFICATIONS, wait_for, wait_until};

/// How long dunst gets to run its context menu after `dunstctl context`.
const MENU_TIMEOUT: Duration = Duration::from_secs(5);

/// The test dunstrc; `@DMENU@` is the fake dmenu script.
const DUNSTRC: &str = r#"[global]
    markup = full
    format = "<b>%s</b>\n%b"
    dmenu = /bin/sh @DMENU@
    mouse_left_click = do_action, close_current
    mouse_middle_click = do_action, close_current
    mouse_right_click = close_all
[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
"#;

/// The fake dmenu: dunst writes one line per action (`#Done (Summary) [7,done]`)
/// on stdin; print the one containing the text of the pick file, and record
/// what was offered and chosen. `@DIR@` is the desktop's directory.
const FAKE_DMENU: &str = r#"#!/bin/sh
# Fake dmenu for dunst's context menu (see tests/support/dunst.rs).
cat > '@DIR@/dmenu-offered.txt'
grep -F -- "$(cat '@DIR@/dmenu-pick.txt')" '@DIR@/dmenu-offered.txt' | head -n 1 > '@DIR@/dmenu-chosen.tmp'
cat '@DIR@/dmenu-chosen.tmp'
mv '@DIR@/dmenu-chosen.tmp' '@DIR@/dmenu-chosen.txt'
"#;

impl Desktop {
    /// Starts dunst with the test dunstrc and waits until it owns
    /// `org.freedesktop.Notifications`. Its output goes to `dunst.log`.
    pub fn start_dunst(&mut self) {
        assert!(self.dunst.is_none(), "dunst is already running");
        let rc = self.write_dunst_files();
        let log = self.dunst_log();
        let mut cmd = self.command("dunst");
        cmd.arg("-config")
            .arg(&rc)
            .stdout(log_file(&log))
            .stderr(log_file(&log));
        let mut dunst = Process::spawn("dunst", &mut cmd);
        // Ask the bus, not dunstctl: NameHasOwner never activates anything,
        // while a call to the name would start a second dunst on a bus with
        // service files.
        let owned = wait_until(STARTUP_TIMEOUT, || {
            dunst.assert_running(&log);
            self.name_has_owner(NOTIFICATIONS)
        });
        assert!(
            owned,
            "dunst did not own {NOTIFICATIONS} within {STARTUP_TIMEOUT:?}; its log:\n{}",
            read_log(&log)
        );
        self.dunst = Some(dunst);
    }

    /// Stops dunst and waits until `org.freedesktop.Notifications` is free.
    pub fn stop_dunst(&mut self) {
        let dunst = self.dunst.take().expect("stop_dunst: dunst is not running");
        dunst.stop();
        let released = wait_until(STARTUP_TIMEOUT, || !self.name_has_owner(NOTIFICATIONS));
        assert!(released, "{NOTIFICATIONS} still owned after dunst exited");
    }

    /// The running dunst's process id (to freeze it, as a server that
    /// stops answering).
    pub fn dunst_pid(&self) -> u32 {
        self.dunst.as_ref().expect("dunst is not running").pid()
    }

    /// How many notifications dunst shows right now.
    pub fn dunst_displayed(&self) -> usize {
        let out = self.dunstctl(&["count", "displayed"]);
        out.trim()
            .parse()
            .unwrap_or_else(|_| panic!("dunstctl count displayed: unexpected output {out:?}"))
    }

    /// Makes dunst invoke action `key` of notification `id`, as a user
    /// choosing it from dunst's context menu would. Panics if the menu does
    /// not offer it. Not for concurrent use on one desktop.
    pub fn invoke_action(&self, id: u32, key: &str) {
        let chosen = self.dir().join("dmenu-chosen.txt");
        let _ = fs::remove_file(&chosen);
        let wanted = format!("[{id},{key}]");
        fs::write(self.dir().join("dmenu-pick.txt"), &wanted).expect("write dmenu-pick.txt");
        self.dunstctl(&["context"]);
        let line = wait_for(MENU_TIMEOUT, || fs::read_to_string(&chosen).ok());
        let offered = || read_log(&self.dir().join("dmenu-offered.txt"));
        match line {
            Some(line) if !line.trim().is_empty() => {}
            Some(_) => panic!(
                "dunst's context menu has no {wanted}; it offered:\n{}",
                offered()
            ),
            None => panic!(
                "dunst ran no context menu within {MENU_TIMEOUT:?} (no notification with actions?); dunst.log:\n{}",
                read_log(&self.dunst_log())
            ),
        }
    }

    /// Closes every notification dunst shows (`dunstctl close-all`).
    pub fn close_all(&self) {
        self.dunstctl(&["close-all"]);
    }

    /// Runs `dunstctl args...`; panics if dunst is not running or it fails.
    pub fn dunstctl(&self, args: &[&str]) -> String {
        assert!(
            self.dunst.is_some(),
            "dunstctl {args:?}: dunst is not running"
        );
        run_ok("dunstctl", self.command("dunstctl").args(args))
    }

    fn dunst_log(&self) -> PathBuf {
        self.dir().join("dunst.log")
    }

    /// Writes the dunstrc and the fake dmenu; returns the dunstrc's path.
    fn write_dunst_files(&self) -> PathBuf {
        let dir = self.dir();
        let dmenu = dir.join("dmenu.sh");
        let rc = dir.join("dunstrc");
        let write = |path: &PathBuf, text: String| {
            fs::write(path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()))
        };
        write(&dmenu, FAKE_DMENU.replace("@DIR@", &dir.to_string_lossy()));
        write(&rc, DUNSTRC.replace("@DMENU@", &dmenu.to_string_lossy()));
        rc
    }
}
