//! The command line, run as a user would: the real binary, temporary
//! XDG directories, a pinned clock and a time zone from TZ.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn config(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn prefs_file(&self) -> PathBuf {
        self.config().join("second-heart/preferences.toml")
    }

    fn history_file(&self) -> PathBuf {
        self.data().join("second-heart/history.jsonl")
    }

    /// The binary at `now` (RFC 3339) in zone `tz`.
    fn at(&self, now: &str, tz: &str) -> Command {
        let mut cmd = Command::cargo_bin("second-heart").unwrap();
        cmd.env_clear()
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.config())
            .env("XDG_DATA_HOME", self.data())
            .env("XDG_RUNTIME_DIR", self.dir.path().join("run"))
            .env("TZ", tz)
            .env("SECOND_HEART_FAKE_NOW", now);
        cmd
    }

    /// Monday 23 November 2026, 11:50 in London.
    fn cmd(&self) -> Command {
        self.at("2026-11-23T11:50:00Z", "Europe/London")
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self
            .cmd()
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        serde_json::from_slice(&out).unwrap()
    }
}

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

#[test]
fn done_then_status_shows_the_session_and_the_streak() {
    let home = Home::new();
    // Done on Friday and today: a two-day streak over the weekend.
    home.at("2026-11-20T10:00:00Z", "Europe/London")
        .args(["done", "calf-raises"])
        .assert()
        .success()
        .stdout("Done: Calf raises, 3 sets of 15, at 10:00.\n");
    home.cmd()
        .args(["done", "Calf raises", "--at", "10:35"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Streak: 2 days."));
    let status = home.json(&["status", "--json"]);
    assert_eq!(status["date"], "2026-11-23");
    assert_eq!(status["streak"]["current"], 2);
    let done: Vec<&Value> = status["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["state"] == "done")
        .collect();
    assert_eq!(done.len(), 1);
    assert_eq!(done[0]["exercise"], "calf-raises");
    assert_eq!(done[0]["at"], "2026-11-23T10:35:00+00:00");
    assert_eq!(done[0]["dose"], "3 sets of 15");
    let text = home
        .cmd()
        .arg("status")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(text).unwrap();
    assert!(text.starts_with("Monday 23 November · 1 of "), "{text}");
    assert!(text.contains("✓ 10:35  Calf raises"), "{text}");
}

#[test]
fn logged_minutes_count_toward_the_weekly_target() {
    let home = Home::new();
    home.cmd()
        .args(["done", "cycling", "--minutes", "30"])
        .assert()
        .success();
    home.cmd()
        .args(["done", "cyc", "-m", "15"])
        .assert()
        .success();
    let status = home.json(&["status", "--json"]);
    assert_eq!(status["weekly_targets"][0]["exercise"], "cycling");
    assert_eq!(status["weekly_targets"][0]["minutes"], 45);
    assert_eq!(status["weekly_targets"][0]["target"], 150);
    let this_week = &status["weeks"][3];
    assert_eq!(this_week["start"], "2026-11-23");
    assert_eq!(this_week["minutes"], 45);
    assert_eq!(this_week["completion"], 1.0);
    assert_eq!(status["weeks"][0]["completion"], Value::Null);
    home.cmd()
        .arg("status")
        .assert()
        .stdout(predicate::str::contains(
            "This week: Cycling 45 of 150 min (30%)",
        ));
}

#[test]
fn skip_is_recorded_as_skipped() {
    let home = Home::new();
    home.cmd()
        .args(["skip", "legs-up"])
        .assert()
        .success()
        .stdout("Skipped: Legs up at 11:50.\n");
    let line = fs::read_to_string(home.history_file()).unwrap();
    let v: Value = serde_json::from_str(line.trim()).unwrap();
    assert_eq!(v["outcome"], "skipped");
    assert_eq!(v["via"], "cli");
}

#[test]
fn upcoming_lists_local_times_and_rules_in_the_zone_from_tz() {
    let home = Home::new();
    let london = home.json(&[
        "upcoming",
        "--from",
        "2026-11-23T08:00:00Z",
        "--count",
        "3",
        "--json",
    ]);
    let at: Vec<&str> = london
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["at"].as_str().unwrap())
        .collect();
    assert_eq!(
        at,
        [
            "2026-11-23T10:00:00+00:00",
            "2026-11-23T10:30:00+00:00",
            "2026-11-23T11:00:00+00:00"
        ]
    );
    assert_eq!(london[1]["exercise"], "calf-raises");
    assert_eq!(london[1]["rule"], "at 10:30, 15:30");
    assert_eq!(london[1]["dose"], "3 sets of 15");

    // The same local schedule in New York, on local times.
    let out = home
        .at("2026-11-23T11:50:00Z", "America/New_York")
        .args([
            "upcoming",
            "--from",
            "2026-11-23 08:00",
            "-n",
            "2",
            "--json",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let ny: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(ny[0]["at"], "2026-11-23T10:00:00-05:00");

    home.cmd()
        .args(["upcoming", "--from", "2026-11-23 08:00", "-n", "2"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Today      10:00  Ankle rotations",
        ));
}

#[test]
fn bad_input_is_one_line_and_exit_code_2() {
    let home = Home::new();
    let cases: &[&[&str]] = &[
        &["done", "yoga"],
        &["done", "ankle", "--at", "25:00"],
        &["done", "ankle", "--at", "2026-11-24 10:00"],
        &["done", "ankle", "--minutes", "5"],
        &["done", "cycling", "--minutes", "0"],
        &["done", "calf", "--dose", "3 x 10000"],
        &["skip", "c"],
        &["upcoming", "--from", "yesterday"],
        &["upcoming", "--count", "0"],
        &["dose", "calf-raises", "lots"],
        &["frobnicate"],
    ];
    for args in cases {
        let out = home.cmd().args(*args).assert().code(2).get_output().clone();
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(!err.trim().is_empty(), "{args:?}");
        if args[0] != "upcoming" && args[0] != "frobnicate" {
            assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
        }
    }
    assert!(
        !home.history_file().exists(),
        "nothing recorded from bad input"
    );
    home.cmd()
        .args(["done", "yoga"])
        .assert()
        .stderr(predicate::str::starts_with(
            "second-heart: unknown exercise `yoga` (known: ankle-rotations",
        ));
}

#[test]
fn a_broken_preferences_file_is_reported_backed_up_and_the_app_runs_on_defaults() {
    let home = Home::new();
    let broken = "snooze_minutes = 10\n[exercises.calf-raises]\nrules = [{ every_minutes = 0 }]\n";
    write(&home.prefs_file(), broken);
    home.cmd()
        .args(["config", "check"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("preferences.toml is invalid"))
        .stderr(predicate::str::contains(
            "exercises.calf-raises.rules[0].every_minutes = 0: out of range (5 to 1440)",
        ));
    home.cmd()
        .arg("status")
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "cannot be used, running on defaults",
        ))
        .stdout(predicate::str::contains("Calf raises"));
    let backups: Vec<_> = fs::read_dir(home.prefs_file().parent().unwrap())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".broken-"))
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(fs::read_to_string(backups[0].path()).unwrap(), broken);
    assert_eq!(
        fs::read_to_string(home.prefs_file()).unwrap(),
        broken,
        "left as the user wrote it"
    );

    write(&home.prefs_file(), "snooze_minutes = \"ten\"\n");
    home.cmd()
        .args(["config", "check"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("line 1"))
        .stderr(predicate::str::contains("snooze_minutes"));
}

#[test]
fn config_show_prints_a_file_that_checks_valid() {
    let home = Home::new();
    home.cmd()
        .args(["config", "path"])
        .assert()
        .success()
        .stdout(format!("{}\n", home.prefs_file().display()));
    let shown = home
        .cmd()
        .args(["config", "show"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    write(&home.prefs_file(), std::str::from_utf8(&shown).unwrap());
    home.cmd()
        .args(["config", "check"])
        .assert()
        .success()
        .stdout(predicate::str::ends_with("valid\n"));
}

#[test]
fn accepting_a_dose_edits_only_that_field() {
    let home = Home::new();
    write(&home.prefs_file(), "snooze_minutes = 15\n");
    home.cmd()
        .args(["dose", "calf", "3 sets of 17"])
        .assert()
        .success()
        .stdout("Calf raises: dose changed from 3 sets of 15 to 3 sets of 17.\n");
    let text = fs::read_to_string(home.prefs_file()).unwrap();
    assert!(text.contains("snooze_minutes = 15"), "{text}");
    assert!(text.contains("dose = \"3 sets of 17\""), "{text}");
    assert!(
        !text.contains("ankle-rotations"),
        "other exercises stay out of a short file: {text}"
    );
    let status = home.json(&["status", "--json"]);
    let calf = status["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["exercise"] == "calf-raises")
        .unwrap();
    assert_eq!(calf["dose"], "3 sets of 17");
}

#[test]
fn a_truncated_history_line_is_skipped_and_everything_else_kept() {
    let home = Home::new();
    home.cmd()
        .args(["done", "ankle", "--at", "10:00"])
        .assert()
        .success();
    home.cmd()
        .args(["done", "calf", "--at", "10:30"])
        .assert()
        .success();
    let mut text = fs::read_to_string(home.history_file()).unwrap();
    text.push_str(r#"{"at":"2026-11-23T11:00:00+00:00","exerci"#);
    fs::write(home.history_file(), text).unwrap();
    let out = home
        .cmd()
        .args(["status", "--json"])
        .assert()
        .success()
        .stderr(predicate::str::contains("history.jsonl line 3 skipped"))
        .get_output()
        .stdout
        .clone();
    let status: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(status["progress"]["done"], 2);
    // The next append goes on its own line.
    home.cmd().args(["done", "legs-up"]).assert().success();
    let csv = home
        .cmd()
        .args(["history", "export"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let csv = String::from_utf8(csv).unwrap();
    assert_eq!(csv.lines().count(), 4, "{csv}");
    assert!(csv.starts_with("at,exercise,outcome,dose,minutes,until,via\n"));
}

#[test]
fn home_alone_moves_every_file() {
    let dir = tempfile::tempdir().unwrap();
    Command::cargo_bin("second-heart")
        .unwrap()
        .env_clear()
        .env("HOME", dir.path())
        .env("TZ", "UTC")
        .args(["done", "legs-up"])
        .assert()
        .success();
    assert!(
        dir.path()
            .join(".local/share/second-heart/history.jsonl")
            .exists()
    );
    let out = Command::cargo_bin("second-heart")
        .unwrap()
        .env_clear()
        .env("HOME", dir.path())
        .args(["config", "path"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        String::from_utf8(out).unwrap().trim(),
        dir.path()
            .join(".config/second-heart/preferences.toml")
            .display()
            .to_string()
    );
}
