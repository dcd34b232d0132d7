//! Trust drills: the runtime folder (lock, sockets, icon) against another
//! local user, exactly one daemon per user through `stop`, restarts and
//! logouts, commands that still work when the folder is unusable, and slow
//! clients that must not lock the others out.
//!
//! The other user is uid 65534 (nobody): the tests run as root in CI, so
//! they make the attacker's files themselves and hand them over with chown.

use std::fs;
use std::io::{Read, Write};
use std::os::unix::fs::{PermissionsExt, symlink};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::support::home::{BIN, Home, stderr, try_raw_request, wait_until};
use second_heart::protocol::{self, Reply};

const NOBODY: u32 = 65534;

fn chown(path: &Path, uid: u32) {
    std::os::unix::fs::lchown(path, Some(uid), Some(uid)).unwrap();
}

fn my_uid() -> u32 {
    // SAFETY: getuid cannot fail.
    unsafe { libc::getuid() }
}

/// A session without `XDG_RUNTIME_DIR` (su, ssh, cron), its temporary
/// directory private to the test, where "another user" has made the
/// folder the app would use, open to all, before us.
struct Shared {
    home: Home,
    /// `$TMPDIR/second-heart-<uid>`, owned by nobody, mode 0777.
    planted: PathBuf,
}

impl Shared {
    fn new() -> Shared {
        let home = Home::new();
        let tmp = home.root().join("tmp");
        fs::create_dir(&tmp).unwrap();
        fs::set_permissions(&tmp, fs::Permissions::from_mode(0o1777)).unwrap();
        let planted = tmp.join(format!("second-heart-{}", my_uid()));
        fs::create_dir(&planted).unwrap();
        fs::set_permissions(&planted, fs::Permissions::from_mode(0o777)).unwrap();
        chown(&planted, NOBODY);
        Shared { home, planted }
    }

    fn cmd(&self) -> Command {
        let mut cmd = self.home.cmd();
        cmd.env_remove("XDG_RUNTIME_DIR")
            .env("TMPDIR", self.home.root().join("tmp"));
        cmd
    }

    fn run(&self, args: &[&str]) -> std::process::Output {
        self.cmd().args(args).output().unwrap()
    }

    /// Where the app's own folder is when the shared one is taken.
    fn fallback_socket(&self) -> PathBuf {
        self.home.root().join("state/second-heart/run/daemon.sock")
    }
}

/// A listening socket owned by nobody that answers every request "ok", as
/// a spoofing daemon would; counts the connections it gets.
struct FakeDaemon {
    connections: Arc<AtomicUsize>,
}

impl FakeDaemon {
    fn at(socket: &Path) -> FakeDaemon {
        let listener = UnixListener::bind(socket).unwrap();
        fs::set_permissions(socket, fs::Permissions::from_mode(0o777)).unwrap();
        chown(socket, NOBODY);
        let connections = Arc::new(AtomicUsize::new(0));
        let count = connections.clone();
        std::thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                count.fetch_add(1, Ordering::SeqCst);
                let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
                let mut buf = [0u8; 4096];
                let _ = stream.read(&mut buf);
                let ok = protocol::ok_line(Reply::Message {
                    text: "Recorded.".into(),
                });
                let _ = stream.write_all(format!("{ok}\n").as_bytes());
            }
        });
        FakeDaemon { connections }
    }

    fn heard(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

fn history(home: &Home) -> String {
    fs::read_to_string(home.history_file()).unwrap_or_default()
}

/// Requirement 1a: `notify-test` (no notification server here) must not
/// write the icon through a symlink planted in the shared folder.
#[test]
fn notify_test_never_writes_through_a_link_in_a_folder_another_user_made() {
    let s = Shared::new();
    let victim = s.home.root().join("thesis.txt");
    fs::write(&victim, "four years of work").unwrap();
    symlink(&victim, s.planted.join("second-heart.png")).unwrap();
    let out = s.run(&["notify-test"]);
    assert_eq!(
        fs::read_to_string(&victim).unwrap(),
        "four years of work",
        "the icon was written through the planted link: {}",
        stderr(&out)
    );
    assert!(fs::symlink_metadata(s.planted.join("second-heart.png")).is_ok());
}

/// Requirement 1a, in our own folder too: a link at the icon's name is
/// replaced by the icon, its target left alone.
#[test]
fn the_icon_replaces_a_link_at_its_name_instead_of_writing_through_it() {
    let home = Home::new();
    let dir = home.runtime_dir().join("second-heart");
    fs::create_dir_all(&dir).unwrap();
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o700)).unwrap();
    let victim = home.root().join("notes.txt");
    fs::write(&victim, "mine").unwrap();
    let icon = dir.join("second-heart.png");
    symlink(&victim, &icon).unwrap();
    home.run(&["notify-test"]);
    assert_eq!(fs::read_to_string(&victim).unwrap(), "mine");
    let meta = fs::symlink_metadata(&icon).unwrap();
    assert!(meta.file_type().is_file(), "{meta:?}");
    assert!(fs::read(&icon).unwrap().starts_with(b"\x89PNG"));
}

/// Requirement 1b: a process of another user listening in the shared
/// folder hears neither `status` nor `done`; the `done` is on disk.
#[test]
fn a_socket_in_a_folder_another_user_made_hears_nothing_and_done_is_recorded() {
    let s = Shared::new();
    let fake = FakeDaemon::at(&s.planted.join("daemon.sock"));
    let status = s.run(&["status", "--json"]);
    let done = s.run(&["done", "calf-raises"]);
    assert_eq!(fake.heard(), 0, "the other user's socket got our requests");
    assert!(status.status.success(), "{}", stderr(&status));
    assert!(done.status.success(), "{}", stderr(&done));
    assert!(history(&s.home).contains("calf-raises"), "the done is lost");
}

/// Requirement 1b: in a private folder of ours, a socket that belongs to
/// someone else is not talked to either.
#[test]
fn a_socket_of_another_user_in_our_folder_hears_nothing() {
    let home = Home::new();
    let dir = home.runtime_dir().join("second-heart");
    fs::create_dir_all(&dir).unwrap();
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o700)).unwrap();
    let fake = FakeDaemon::at(&home.socket());
    let done = home.run(&["done", "calf-raises"]);
    assert_eq!(fake.heard(), 0, "the foreign socket got our request");
    assert!(done.status.success(), "{}", stderr(&done));
    assert!(
        stderr(&done).contains("another user"),
        "no warning: {}",
        stderr(&done)
    );
    assert!(history(&home).contains("calf-raises"));
}

/// Requirement 1c: the daemon starts anyway, in a private folder of the
/// user's own, and the commands find it there.
#[test]
fn the_daemon_starts_in_a_private_folder_when_the_shared_one_is_taken() {
    let s = Shared::new();
    let mut daemon = spawn(s.cmd().arg("daemon"), &s.home.root().join("daemon.log"));
    let socket = s.fallback_socket();
    let up = wait_until(Duration::from_secs(10), || {
        UnixStream::connect(&socket).is_ok()
    });
    let log = fs::read_to_string(s.home.root().join("daemon.log")).unwrap_or_default();
    assert!(up, "no daemon in the private folder:\n{log}");
    assert!(daemon.try_wait().unwrap().is_none(), "{log}");
    assert_eq!(
        fs::read_dir(&s.planted).unwrap().count(),
        0,
        "the daemon used the other user's folder"
    );
    let out = s.run(&["status", "--json"]);
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status["daemon"]["pid"], daemon.id(), "{}", stderr(&out));
    assert!(s.run(&["stop"]).status.success());
    assert!(wait_until(Duration::from_secs(5), || daemon
        .try_wait()
        .unwrap()
        .is_some()));
}

/// Requirement 1: the window's lock is not opened (or created) through a
/// link either.
#[test]
fn the_window_does_not_create_a_file_through_a_link_at_its_lock() {
    let home = Home::new();
    let dir = home.runtime_dir().join("second-heart");
    fs::create_dir_all(&dir).unwrap();
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o700)).unwrap();
    let target = home.root().join("config/autostart/evil.desktop");
    fs::create_dir_all(target.parent().unwrap()).unwrap();
    symlink(&target, dir.join("window.lock")).unwrap();
    // No display: the window cannot open; what matters is what it wrote.
    let mut window = spawn(&mut home.cmd(), &home.root().join("window.log"));
    let ended = wait_until(Duration::from_secs(20), || {
        window.try_wait().unwrap().is_some()
    });
    if !ended {
        let _ = window.kill();
    }
    let _ = window.wait();
    home.run(&["stop"]);
    assert!(!target.exists(), "a file was created through the link");
}

/// A child that is killed if the test ends early.
struct Guard(Child);

impl std::ops::Deref for Guard {
    type Target = Child;
    fn deref(&self) -> &Child {
        &self.0
    }
}

impl std::ops::DerefMut for Guard {
    fn deref_mut(&mut self) -> &mut Child {
        &mut self.0
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn spawn(cmd: &mut Command, log: &Path) -> Guard {
    let file = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)
        .unwrap();
    Guard(
        cmd.stdout(file.try_clone().unwrap())
            .stderr(file)
            .spawn()
            .unwrap(),
    )
}

fn daemon_pid(home: &Home) -> Option<u64> {
    home.status_json()["daemon"]["pid"].as_u64()
}

/// Requirement 9: `stop` (from the command line, or a bare stop request
/// that does not wait) followed at once by `daemon` leaves exactly one
/// daemon, every time.
#[test]
fn stop_then_daemon_at_once_leaves_exactly_one_daemon_every_time() {
    let home = Home::new();
    let mut old = home.daemon();
    for round in 0..20 {
        if round % 2 == 0 {
            let out = home.run(&["stop"]);
            assert!(out.status.success(), "round {round}: {}", stderr(&out));
        } else {
            let answer = try_raw_request(&home.socket(), b"{\"v\":1,\"cmd\":\"stop\"}\n").unwrap();
            assert!(answer.contains("\"ok\":true"), "round {round}: {answer}");
        }
        let mut new = home.daemon();
        assert!(
            wait_until(Duration::from_secs(5), || old
                .child
                .try_wait()
                .unwrap()
                .is_some()),
            "round {round}: the old daemon still runs"
        );
        new.assert_running();
        assert_eq!(
            daemon_pid(&home),
            Some(new.child.id() as u64),
            "round {round}: {}",
            new.log_text()
        );
        old = new;
    }
}

/// Requirement 10: logout removes the runtime folder; a daemon started
/// after that is the only one left, and the old one does not take the new
/// one's socket with it. A daemon whose socket alone is removed stops too.
#[test]
fn a_daemon_whose_runtime_folder_is_removed_gives_way_to_the_next() {
    let home = Home::new();
    let mut old = home.daemon();
    fs::remove_dir_all(home.runtime_dir()).unwrap();
    let mut new = home.daemon();
    assert!(
        wait_until(Duration::from_secs(5), || old
            .child
            .try_wait()
            .unwrap()
            .is_some()),
        "two daemons run:\n{}",
        old.log_text()
    );
    new.assert_running();
    assert_eq!(daemon_pid(&home), Some(new.child.id() as u64));
    assert!(old.log_text().contains("lost this daemon's lock or socket"));

    fs::remove_file(home.socket()).unwrap();
    assert!(
        wait_until(Duration::from_secs(5), || new
            .child
            .try_wait()
            .unwrap()
            .is_some()),
        "a daemon nobody can reach runs on"
    );
    let mut last = home.daemon();
    last.assert_running();
    assert_eq!(daemon_pid(&home), Some(last.child.id() as u64));
}

/// Requirement 12: a runtime folder whose path is too long for a socket:
/// the daemon refuses clearly, the commands work on the files.
#[test]
fn commands_work_on_the_files_when_the_socket_path_is_too_long() {
    let home = Home::new();
    let long = home.root().join("r".repeat(120));
    let cmd = |args: &[&str]| {
        home.cmd()
            .env("XDG_RUNTIME_DIR", &long)
            .args(args)
            .output()
            .unwrap()
    };
    let daemon = cmd(&["daemon"]);
    assert!(!daemon.status.success());
    assert!(
        stderr(&daemon).contains("cannot listen in"),
        "{}",
        stderr(&daemon)
    );
    let done = cmd(&["done", "calf-raises"]);
    assert!(done.status.success(), "{}", stderr(&done));
    assert!(history(&home).contains("calf-raises"));
    let status = cmd(&["status"]);
    assert!(status.status.success(), "{}", stderr(&status));
    let stop = cmd(&["stop"]);
    assert!(stop.status.success(), "{}", stderr(&stop));
}

/// Requirement 12: a runtime folder the user cannot enter (permission
/// denied), run as another user than root so permissions apply.
#[test]
fn commands_work_on_the_files_when_the_runtime_folder_is_out_of_reach() {
    if my_uid() != 0 {
        eprintln!("skipped: needs root to switch to another user");
        return;
    }
    let home = Home::new();
    let locked = home.root().join("locked");
    fs::create_dir_all(locked.join("second-heart")).unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o700)).unwrap();
    // The home belongs to nobody, the runtime folder's parent to root.
    chown(home.root(), NOBODY);
    let out = Command::new("setpriv")
        .args([
            "--reuid=nobody",
            "--regid=nogroup",
            "--clear-groups",
            "--",
            BIN,
            "done",
            "calf-raises",
        ])
        .env_clear()
        .envs(home.env())
        .env("XDG_RUNTIME_DIR", &locked)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(history(&home).contains("calf-raises"));
}

/// Requirement 13: sixteen clients trickling a byte now and then lose their
/// place after one deadline; meanwhile a command is told the daemon is busy
/// (not "Broken pipe"), and afterwards commands get through again.
#[test]
fn slow_clients_lose_their_place_and_a_busy_daemon_says_so() {
    let home = Home::new();
    let mut daemon = home.daemon();
    let started = Instant::now();
    let trickling = Duration::from_secs(10);
    let trickle = move |mut stream: UnixStream| {
        std::thread::spawn(move || {
            while started.elapsed() < trickling {
                if stream.write_all(b" ").is_err() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(300));
            }
        })
    };
    let connect = || UnixStream::connect(home.socket()).unwrap();
    let mut slow: Vec<_> = (0..16).map(|_| trickle(connect())).collect();
    // Once the daemon holds sixteen of them, a command is told it is busy.
    // (A start-up probe may still hold a place for a moment, so one of the
    // sixteen may have been turned away: another takes its place.)
    let mut busy = None;
    wait_until(Duration::from_millis(2500), || {
        let out = home.run(&["status"]);
        let refused = !out.status.success();
        busy = Some(out);
        if !refused {
            slow.push(trickle(connect()));
        }
        refused
    });
    let busy = busy.unwrap();
    assert!(!busy.status.success(), "{}", stderr(&busy));
    let text = stderr(&busy);
    assert!(text.contains("busy"), "{text}");
    assert!(!text.contains("Broken pipe"), "{text}");
    // Within the deadline plus a margin, commands get through, while the
    // slow clients still trickle.
    let through = wait_until(Duration::from_secs(6), || {
        std::thread::sleep(Duration::from_millis(100));
        home.run(&["status"]).status.success()
    });
    assert!(through, "still locked out after {:.1?}", started.elapsed());
    assert!(started.elapsed() < trickling);
    daemon.assert_running();
    for t in slow {
        t.join().unwrap();
    }
}

/// One daemon per user across sessions: an ssh or su session without the
/// desktop's runtime folder cannot start a second daemon beside the first;
/// its commands work on the files, and the running daemon picks them up.
#[test]
fn a_session_with_another_runtime_folder_cannot_start_a_second_daemon() {
    let home = Home::new();
    let mut desktop = home.daemon();
    let elsewhere = home.root().join("ssh-run");
    fs::create_dir_all(&elsewhere).unwrap();
    fs::set_permissions(&elsewhere, fs::Permissions::from_mode(0o700)).unwrap();
    let in_ssh = |args: &[&str]| {
        home.cmd()
            .env("XDG_RUNTIME_DIR", &elsewhere)
            .args(args)
            .output()
            .unwrap()
    };
    let second = in_ssh(&["daemon"]);
    assert!(second.status.success(), "{}", stderr(&second));
    let said = String::from_utf8_lossy(&second.stdout).to_string();
    assert!(
        said.contains("already running") && said.contains(&desktop.child.id().to_string()),
        "{said}"
    );
    desktop.assert_running();
    // A `done` from that session goes to the files; the daemon sees it.
    let done = in_ssh(&["done", "calf-raises"]);
    assert!(done.status.success(), "{}", stderr(&done));
    let seen = wait_until(Duration::from_secs(5), || {
        let status = home.status_json();
        status["checklist"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["exercise"] == "calf-raises" && e["state"] == "done")
            && status["daemon"]["pid"] == desktop.child.id()
    });
    assert!(seen, "{}", desktop.log_text());
    // And a pause written there holds the running daemon's prompts.
    let pause = in_ssh(&["pause", "1h"]);
    assert!(pause.status.success(), "{}", stderr(&pause));
    let paused = wait_until(Duration::from_secs(5), || {
        home.status_json()["paused_until"].is_string()
    });
    assert!(paused, "{}", desktop.log_text());
}

/// A state file that does not parse is copied aside before a pause
/// replaces it, and the command says where the copy is.
#[test]
fn a_broken_state_file_is_kept_aside_and_said_when_a_pause_replaces_it() {
    let home = Home::new();
    let state = home.root().join("state/second-heart/state.json");
    fs::create_dir_all(state.parent().unwrap()).unwrap();
    let broken = r#"{"paused_until": "2026-11-23T15:00:00Z", "first_run": tru"#;
    fs::write(&state, broken).unwrap();
    let out = home.run(&["pause", "1h"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // The pinned clock runs on from 11:50:00, so the stamp may be a second on.
    let copies: Vec<PathBuf> = fs::read_dir(state.parent().unwrap())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.to_string_lossy()
                .contains("state.json.broken-20261123T1150")
        })
        .collect();
    let [copy] = &copies[..] else {
        panic!("one copy aside, found {copies:?}")
    };
    assert_eq!(fs::read_to_string(copy).unwrap(), broken);
    let said = stderr(&out);
    assert!(
        said.contains(&format!("{}", state.display()))
            && said.contains(&format!("{}", copy.display())),
        "{said}"
    );
    let saved: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&state).unwrap()).unwrap();
    let until = saved["paused_until"].as_str().unwrap();
    assert!(until.starts_with("2026-11-23T12:50:0"), "{saved}");
}
