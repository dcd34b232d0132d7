//! Fault drills for the history file: damage from a crash or a careless
//! edit costs only the damaged line (reported by number), the rest is kept,
//! new sessions still go in; a very large file still loads; two processes
//! appending at once lose nothing.

use std::fs;
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::support::home::{Home, stderr};
use chrono::{DateTime, Duration, FixedOffset};
use second_heart::core::{Outcome, Session};
use second_heart::store::HistoryFile;

fn session(at: DateTime<FixedOffset>, exercise: &str) -> Session {
    Session::new(at, exercise.parse().unwrap(), Outcome::Done)
}

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn exported(home: &Home) -> Vec<serde_json::Value> {
    home.ok(&["history", "export", "--format", "jsonl"])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn lines_of(n: usize) -> String {
    (0..n)
        .map(|i| {
            let at = t("2026-11-23T08:00:00Z") + Duration::minutes(i as i64);
            session(at, "ankle-rotations").to_line() + "\n"
        })
        .collect()
}

#[test]
fn a_truncated_last_line_is_skipped_by_number_and_the_next_append_starts_clean() {
    let home = Home::new();
    let text = lines_of(3);
    // A crash cut the third line short (and its newline).
    let cut = &text[..text.len() - 20];
    fs::create_dir_all(home.history_file().parent().unwrap()).unwrap();
    fs::write(home.history_file(), cut).unwrap();

    let status = home.run(&["status"]);
    assert!(status.status.success());
    let path = home.history_file().display().to_string();
    assert!(
        stderr(&status).contains(&format!("{path} line 3 skipped")),
        "{}",
        stderr(&status)
    );
    assert_eq!(exported(&home).len(), 2);

    home.ok(&["done", "calf-raises", "--at", "11:00"]);
    let all = exported(&home);
    assert_eq!(all.len(), 3, "{all:?}");
    assert_eq!(all[2]["exercise"], "calf-raises");
    // The damaged bytes are still there (never rewritten behind the user's
    // back) and the new session is on a line of its own.
    let now = fs::read_to_string(home.history_file()).unwrap();
    assert!(now.starts_with(cut));
    assert_eq!(now.lines().count(), 4);
    let status = home.run(&["status"]);
    assert!(stderr(&status).contains("line 3 skipped"));
}

#[test]
fn garbage_in_the_middle_costs_only_those_lines() {
    let home = Home::new();
    let good = lines_of(4);
    let good: Vec<&str> = good.lines().collect();
    let mut bytes = Vec::new();
    for l in &good[..2] {
        bytes.extend_from_slice(l.as_bytes());
        bytes.push(b'\n');
    }
    // Line 3: binary garbage, not UTF-8; line 4: JSON of the wrong shape;
    // line 5: NUL bytes, as a crash on some file systems leaves them.
    bytes.extend_from_slice(b"\xff\xfe\x00garbage{{\"at\":\n");
    bytes.extend_from_slice(b"{\"at\":\"yesterday\",\"exercise\":7}\n");
    bytes.extend_from_slice(&[0u8; 64]);
    bytes.push(b'\n');
    for l in &good[2..] {
        bytes.extend_from_slice(l.as_bytes());
        bytes.push(b'\n');
    }
    fs::create_dir_all(home.history_file().parent().unwrap()).unwrap();
    fs::write(home.history_file(), &bytes).unwrap();

    let status = home.run(&["status"]);
    assert!(status.status.success());
    let err = stderr(&status);
    for n in [3, 4, 5] {
        assert!(err.contains(&format!("line {n} skipped")), "{err}");
    }
    assert!(!err.contains("line 6"), "{err}");
    let all = exported(&home);
    assert_eq!(all.len(), 4);

    home.ok(&["done", "calf-raises", "--at", "11:00"]);
    assert_eq!(exported(&home).len(), 5);
    let now = fs::read(home.history_file()).unwrap();
    assert!(now.starts_with(&bytes), "nothing rewritten");
    let s = home.status_json();
    assert!(s["progress"]["done"].as_u64().unwrap() >= 1, "{s}");
}

#[test]
fn a_50_mb_history_loads_and_status_works() {
    let home = Home::new();
    let exercises = [
        "ankle-rotations",
        "calf-raises",
        "soleus-stretch",
        "brisk-walk",
        "legs-up",
    ];
    // Sessions every 7 minutes back from this morning, oldest first, the
    // last one today, so that `status` shows it only if it read to the end.
    let last = t("2026-11-23T09:00:00+00:00");
    let line = |n: usize| {
        let at = (last - Duration::minutes(7 * n as i64)).to_rfc3339();
        let exercise = exercises[n % exercises.len()];
        format!(
            r#"{{"at":"{at}","exercise":"{exercise}","outcome":"done","minutes":30,"via":"cli"}}"#
        )
    };
    let count = (52 << 20) / (line(0).len() + 1);
    let mut text = String::with_capacity(51 << 20);
    for n in (0..count).rev() {
        text.push_str(&line(n));
        text.push('\n');
    }
    assert_eq!(
        Session::from_line(&line(0)).unwrap().exercise.as_str(),
        "ankle-rotations"
    );
    fs::create_dir_all(home.history_file().parent().unwrap()).unwrap();
    fs::write(home.history_file(), &text).unwrap();
    let mb = text.len() as f64 / (1 << 20) as f64;
    assert!(mb >= 50.0, "{mb} MB");

    let started = Instant::now();
    let out = home.run(&["status", "--json"]);
    let elapsed = started.elapsed();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stderr(&out), "", "no warnings");
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let done = s["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["exercise"] == "ankle-rotations" && c["state"] == "done")
        .count();
    assert!(done >= 1, "today's session at the end of the file: {s}");
    eprintln!(
        "50 MB drill: {mb:.1} MB, {count} sessions; `status --json` (debug build) {elapsed:.2?}"
    );
}

/// The child side of the two-writer drill: appends `DRILL_APPEND_COUNT`
/// sessions of `DRILL_APPEND_EXERCISE` through the store, as `done` does.
#[test]
#[ignore = "run by two_processes_appending_at_once_lose_nothing"]
fn append_helper() {
    let Ok(exercise) = std::env::var("DRILL_APPEND_EXERCISE") else {
        return;
    };
    let file = HistoryFile::new(std::env::var("DRILL_APPEND_FILE").unwrap().into());
    let count: usize = std::env::var("DRILL_APPEND_COUNT")
        .unwrap()
        .parse()
        .unwrap();
    let start = t(&std::env::var("DRILL_APPEND_START").unwrap());
    for i in 0..count {
        file.append(&session(start + Duration::seconds(i as i64), &exercise))
            .unwrap();
    }
}

/// Every session of both writers is there, once, on a line of its own.
fn check_both(home: &Home, writers: &[(&str, &str)], each: usize) {
    let text = fs::read_to_string(home.history_file()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), writers.len() * each, "one line per session");
    let mut seen = std::collections::HashSet::new();
    for (i, l) in lines.iter().enumerate() {
        let s = Session::from_line(l).unwrap_or_else(|e| panic!("line {}: {e}: {l}", i + 1));
        assert!(seen.insert((s.exercise.to_string(), s.at)), "duplicate {l}");
    }
    for (exercise, start) in writers {
        for i in 0..each {
            let at = t(start) + Duration::seconds(i as i64);
            assert!(
                seen.contains(&((*exercise).to_owned(), at)),
                "{exercise} at {at} is missing"
            );
        }
    }
    let (history, bad) = HistoryFile::new(home.history_file()).load().unwrap();
    assert_eq!((history.len(), bad.len()), (writers.len() * each, 0));
}

const WRITERS: [(&str, &str); 2] = [
    ("calf-raises", "2026-11-16T06:00:00Z"),
    ("ankle-rotations", "2026-11-17T06:00:00Z"),
];

/// Two processes with no daemon, 1,000 sessions each, through the store's
/// append (what `done` calls; a process per command line would make this
/// drill take over a minute on two cores: 42 ms a command, measured).
#[test]
fn two_processes_appending_at_once_lose_nothing() {
    const EACH: usize = 1000;
    let home = Home::new();
    let started = Instant::now();
    let mut children: Vec<_> = WRITERS
        .iter()
        .map(|(exercise, start)| {
            Command::new(std::env::current_exe().unwrap())
                .args([
                    "--ignored",
                    "--exact",
                    "drills_history::append_helper",
                    "--test-threads=1",
                ])
                .env("DRILL_APPEND_EXERCISE", exercise)
                .env("DRILL_APPEND_FILE", home.history_file())
                .env("DRILL_APPEND_COUNT", EACH.to_string())
                .env("DRILL_APPEND_START", start)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children.iter_mut() {
        let status = c.wait().unwrap();
        let mut err = String::new();
        std::io::Read::read_to_string(c.stderr.as_mut().unwrap(), &mut err).unwrap();
        assert!(status.success(), "a writer failed: {err}");
    }
    let elapsed = started.elapsed();
    check_both(&home, &WRITERS, EACH);
    eprintln!("2 x {EACH} appends by two processes at once: {elapsed:.2?}");
}

/// The same with two real command lines (`second-heart done` in two
/// loops), fewer entries to keep the drill short.
#[test]
fn two_command_lines_appending_at_once_lose_nothing() {
    // Fewer under Wine, where starting a program takes far longer.
    const EACH: usize = if cfg!(windows) { 20 } else { 60 };
    let home = Home::new();
    // Each writer runs its commands one after another, as a shell loop does.
    let commands = |exercise: &str, start: &str| -> Vec<Command> {
        let start = t(start);
        (0..EACH)
            .map(|i| {
                let at = (start + Duration::seconds(i as i64)).to_rfc3339();
                let mut cmd = home.cmd();
                cmd.args(["done", exercise, "--at", &at])
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped());
                cmd
            })
            .collect()
    };
    let started = Instant::now();
    let writers: Vec<_> = WRITERS
        .iter()
        .map(|(exercise, start)| {
            let cmds = commands(exercise, start);
            std::thread::spawn(move || {
                for mut cmd in cmds {
                    let out = cmd.output().unwrap();
                    if !out.status.success() {
                        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
                    }
                }
                Ok(())
            })
        })
        .collect();
    for w in writers {
        if let Err(err) = w.join().unwrap() {
            panic!("a writer failed: {err}");
        }
    }
    let elapsed = started.elapsed();
    check_both(&home, &WRITERS, EACH);
    eprintln!("2 x {EACH} `second-heart done` by two loops at once: {elapsed:.2?}");
}

/// `history compact` in a loop while a daemon records `done`s from the
/// command line and another process appends through the store: every
/// acknowledged session is in the file afterwards (the appenders used to
/// wait on the old file's lock and then write into the replaced file).
#[test]
fn compact_while_sessions_are_recorded_loses_nothing() {
    const BY_DAEMON: usize = 40;
    const BY_STORE: usize = 400;
    let home = Home::new();
    let _daemon = home.daemon();
    let compacting = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
    let compacts = {
        let env = home.env();
        let compacting = compacting.clone();
        std::thread::spawn(move || {
            let mut runs = 0;
            while compacting.load(std::sync::atomic::Ordering::Relaxed) {
                let out = Command::new(crate::support::home::BIN)
                    .env_clear()
                    .envs(env.clone())
                    .args(["history", "compact"])
                    .output()
                    .unwrap();
                assert!(out.status.success(), "{}", stderr(&out));
                runs += 1;
            }
            runs
        })
    };
    // Through the store, as `done` without a daemon appends.
    let mut store = Command::new(std::env::current_exe().unwrap())
        .args([
            "--ignored",
            "--exact",
            "drills_history::append_helper",
            "--test-threads=1",
        ])
        .env("DRILL_APPEND_EXERCISE", "ankle-rotations")
        .env("DRILL_APPEND_FILE", home.history_file())
        .env("DRILL_APPEND_COUNT", BY_STORE.to_string())
        .env("DRILL_APPEND_START", "2026-11-17T06:00:00Z")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Through the daemon, newest first so that each compact has to sort.
    let start = t("2026-11-16T06:00:00Z");
    for i in (0..BY_DAEMON).rev() {
        let at = (start + Duration::seconds(i as i64)).to_rfc3339();
        home.ok(&["done", "calf-raises", "--at", &at]);
    }
    assert!(store.wait().unwrap().success(), "the store appender failed");
    compacting.store(false, std::sync::atomic::Ordering::Relaxed);
    let runs = compacts.join().unwrap();
    let (history, bad) = HistoryFile::new(home.history_file()).load().unwrap();
    assert!(bad.is_empty(), "{bad:?}");
    let count = |e: &str| {
        history
            .sessions()
            .iter()
            .filter(|s| s.exercise.as_str() == e)
            .count()
    };
    eprintln!("{runs} compacts while {BY_DAEMON} + {BY_STORE} sessions were recorded");
    assert!(runs >= 3, "the compacts ran alongside: {runs}");
    assert_eq!(count("calf-raises"), BY_DAEMON, "by the daemon");
    assert_eq!(count("ankle-rotations"), BY_STORE, "through the store");
}

/// A newer version's lines (a `via` this one has no name for, fields it
/// does not know, an outcome it cannot read) are counted where possible and
/// survive two compacts byte for byte; each compact keeps its own backup.
#[test]
fn a_newer_versions_lines_survive_two_compacts_and_every_backup_is_kept() {
    let home = Home::new();
    let newer = [
        r#"{"at":"2026-11-23T09:00:00Z","exercise":"calf-raises","outcome":"done","dose":"3 sets of 15","via":"watch"}"#,
        r#"{"at":"2026-11-23T09:10:00Z","exercise":"ankle-rotations","outcome":"done","dose":"10 circles each way","via":"cli","heart_rate":[61,70]}"#,
        r#"{"at":"2026-11-23T09:20:00Z","exercise":"legs-up","outcome":"half_done","via":"watch"}"#,
    ];
    let original = format!(
        "{}\n{}\n{}\n{{\"at\":\"2026-11-23T1\n",
        newer[0], newer[1], newer[2]
    );
    fs::create_dir_all(home.history_file().parent().unwrap()).unwrap();
    fs::write(home.history_file(), &original).unwrap();
    let read: Vec<String> = exported(&home)
        .iter()
        .map(|s| s["exercise"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        read,
        ["calf-raises", "ankle-rotations"],
        "both done lines count"
    );

    let first = home.ok(&["history", "compact"]);
    assert!(first.contains("1 unreadable line dropped"), "{first}");
    home.ok(&["done", "calf-raises", "--at", "08:00"]);
    let second_input = fs::read_to_string(home.history_file()).unwrap();
    home.ok(&["history", "compact"]);
    let text = fs::read_to_string(home.history_file()).unwrap();
    for line in newer {
        assert!(text.lines().any(|l| l == line), "{line} is kept:\n{text}");
    }
    assert_eq!(text.lines().count(), 4, "{text}");
    // Both compacts ran at the same (pinned) second; both backups are kept.
    let dir = home.history_file().parent().unwrap().to_path_buf();
    let mut backups: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".bak"))
        .map(|e| fs::read_to_string(e.path()).unwrap())
        .collect();
    backups.sort();
    let mut expected = vec![original, second_input];
    expected.sort();
    assert_eq!(backups, expected);
    // A third compact has nothing to do and makes no backup.
    let third = home.ok(&["history", "compact"]);
    assert!(third.contains("nothing to compact"), "{third}");
}

/// A history that is a symlink (into a sync folder) stays a link through
/// `history compact`; the compacted file is the link's target.
// Symlinks on Windows need admin rights or Developer Mode.
#[cfg(unix)]
#[test]
fn compact_keeps_a_symlinked_history_a_link() {
    let home = Home::new();
    let synced = home.root().join("Sync/second-heart/history.jsonl");
    fs::create_dir_all(synced.parent().unwrap()).unwrap();
    fs::write(&synced, lines_of(2) + "garbage\n").unwrap();
    fs::create_dir_all(home.history_file().parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(&synced, home.history_file()).unwrap();
    home.ok(&["history", "compact"]);
    home.ok(&["done", "calf-raises", "--at", "11:00"]);
    let meta = fs::symlink_metadata(home.history_file()).unwrap();
    assert!(meta.file_type().is_symlink(), "still a link");
    assert_eq!(fs::read_link(home.history_file()).unwrap(), synced);
    let text = fs::read_to_string(&synced).unwrap();
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(!text.contains("garbage"));
}
