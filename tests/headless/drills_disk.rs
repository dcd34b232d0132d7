//! Disk-full drills on a real, small tmpfs (CI runs as root, which may
//! mount): a `done` that cannot be written leaves the history byte for byte
//! as it was (no half line for every later command to warn about); a failed
//! `pause` or `compact` leaves no temporary file; and a `pause` or `resume`
//! that could not be saved does not change the running daemon either.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::home::{Home, stderr};

/// A 64 KiB tmpfs mounted on a directory of a test home, unmounted on drop.
struct Tmpfs(PathBuf);

impl Tmpfs {
    /// `None` (the drill is skipped) when not root: only root may mount.
    fn mount(dir: &Path) -> Option<Tmpfs> {
        // SAFETY: geteuid cannot fail.
        if unsafe { libc::geteuid() } != 0 {
            eprintln!("skipped: mounting a tmpfs needs root (CI runs as root)");
            return None;
        }
        fs::create_dir_all(dir).unwrap();
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
            .arg(dir)
            .output()
            .unwrap();
        assert!(out.status.success(), "mount: {}", stderr(&out));
        Some(Tmpfs(dir.to_path_buf()))
    }

    /// Fills what is left with a file of its own, to be removed to free it.
    fn fill(&self) -> PathBuf {
        let filler = self.0.join("filler");
        let mut f = fs::File::create(&filler).unwrap();
        let page = [0u8; 4096];
        while f.write_all(&page).is_ok() {}
        while f.write_all(&page[..1]).is_ok() {}
        filler
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

/// A history of valid sessions whose length leaves 20 bytes in its last
/// page: on a full disk the next line's write takes those 20 bytes and then
/// fails, which is how a half line got there.
fn history_with_20_bytes_left(home: &Home) -> Vec<u8> {
    let mut text = String::new();
    for minute in 0..3 {
        text.push_str(&format!(
            "{{\"at\":\"2026-11-23T08:{minute:02}:00Z\",\"exercise\":\"legs-up\",\"outcome\":\"done\",\"minutes\":10,\"via\":\"cli\"}}\n"
        ));
    }
    // Blank lines are skipped by readers.
    while text.len() % 4096 != 4096 - 20 {
        text.push('\n');
    }
    fs::create_dir_all(home.history_file().parent().unwrap()).unwrap();
    fs::write(home.history_file(), &text).unwrap();
    text.into_bytes()
}

#[test]
fn a_done_on_a_full_disk_fails_and_leaves_the_history_exactly_as_it_was() {
    let home = Home::new();
    let Some(disk) = Tmpfs::mount(&home.root().join("data")) else {
        return;
    };
    let before = history_with_20_bytes_left(&home);
    let filler = disk.fill();

    // Without a daemon: the command line writes.
    let done = home.run(&["done", "calf-raises", "--at", "10:00"]);
    assert_eq!(done.status.code(), Some(1), "{}", stderr(&done));
    let after = fs::read(home.history_file()).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&after[before.len().min(after.len())..]),
        "",
        "nothing added, not even part of a line"
    );
    assert_eq!(after, before);
    let err = stderr(&done);
    assert!(
        err.contains(&format!("cannot write {}", home.history_file().display()))
            && err.contains("No space left on device")
            && err.contains("nothing was recorded"),
        "{err}"
    );
    let status = home.run(&["status"]);
    assert!(status.status.success());
    assert_eq!(stderr(&status), "", "no warning about a damaged line");

    // Through a daemon: the same answer, and the daemon does not count it.
    let mut daemon = home.daemon();
    let done = home.run(&["done", "calf-raises", "--at", "10:00"]);
    assert_eq!(done.status.code(), Some(1), "{}", stderr(&done));
    assert!(
        stderr(&done).contains("No space left on device"),
        "{}",
        stderr(&done)
    );
    assert_eq!(fs::read(home.history_file()).unwrap(), before);
    let s = home.status_json();
    let calf = s["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["exercise"] == "calf-raises")
        .cloned();
    assert!(calf.is_none_or(|c| c["state"] != "done"), "{s}");
    daemon.assert_running();

    // With space again, the next one goes in on a line of its own.
    fs::remove_file(filler).unwrap();
    home.ok(&["done", "calf-raises", "--at", "10:00"]);
    let text = fs::read_to_string(home.history_file()).unwrap();
    assert!(text.as_bytes().starts_with(&before));
    assert_eq!(text.lines().filter(|l| !l.is_empty()).count(), 4, "{text}");
}

#[test]
fn a_compact_on_a_full_disk_fails_and_leaves_the_history_and_no_temporary_file() {
    let home = Home::new();
    let Some(disk) = Tmpfs::mount(&home.root().join("data")) else {
        return;
    };
    let mut before = history_with_20_bytes_left(&home);
    before.extend_from_slice(b"garbage\n");
    fs::write(home.history_file(), &before).unwrap();
    disk.fill();
    let compact = home.run(&["history", "compact"]);
    assert_eq!(compact.status.code(), Some(1), "{}", stderr(&compact));
    assert!(
        stderr(&compact).contains("No space left on device"),
        "{}",
        stderr(&compact)
    );
    assert_eq!(fs::read(home.history_file()).unwrap(), before);
    let dir = home.history_file().parent().unwrap().to_path_buf();
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["history.jsonl", "history.lock"],
        "nothing left behind"
    );
}

/// The state file (pause) on a full disk: `pause` and `resume` fail, leave
/// no temporary file, and the running daemon keeps the state it had.
#[test]
fn a_pause_or_resume_that_cannot_be_saved_changes_nothing() {
    let home = Home::new();
    let Some(disk) = Tmpfs::mount(&home.root().join("state")) else {
        return;
    };
    let state_dir = home.root().join("state/second-heart");
    fs::create_dir_all(&state_dir).unwrap();
    let mut daemon = home.daemon();
    let paused = |home: &Home| !home.status_json()["paused_until"].is_null();
    // The state folder also holds the user's daemon lock.
    let files = |dir: &std::path::Path| {
        fs::read_dir(dir)
            .unwrap()
            .flatten()
            .filter(|e| !e.file_name().to_string_lossy().starts_with("daemon-"))
            .count()
    };
    let filler = disk.fill();

    let pause = home.run(&["pause", "1h"]);
    assert_eq!(pause.status.code(), Some(1), "{}", stderr(&pause));
    assert!(
        stderr(&pause).contains("No space left on device"),
        "{}",
        stderr(&pause)
    );
    assert!(!paused(&home), "a pause that was not saved does not pause");
    assert_eq!(files(&state_dir), 0, "no temporary file");

    fs::remove_file(&filler).unwrap();
    home.ok(&["pause", "1h"]);
    assert!(paused(&home));
    let saved = fs::read(state_dir.join("state.json")).unwrap();
    disk.fill();
    let resume = home.run(&["resume"]);
    assert_eq!(resume.status.code(), Some(1), "{}", stderr(&resume));
    assert!(paused(&home), "a resume that was not saved does not resume");
    assert_eq!(fs::read(state_dir.join("state.json")).unwrap(), saved);
    assert_eq!(files(&state_dir), 1, "no temporary file");
    daemon.assert_running();
}
