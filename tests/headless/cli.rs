//! The command line, run as a user would: the real binary, temporary
//! XDG directories, a pinned clock and a time zone from TZ.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

use crate::support::home::{Home, stderr};

/// The binary on Monday 23 November 2026, 11:50 in London.
fn in_london(home: &Home) -> Command {
    home.at("2026-11-23T11:50:00Z", "Europe/London")
}

/// `args` in London, expecting success and JSON.
fn json(home: &Home, args: &[&str]) -> Value {
    let out = in_london(home)
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).unwrap()
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
    in_london(&home)
        .args(["done", "Calf raises", "--at", "10:35"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Streak: 2 days."));
    let status = json(&home, &["status", "--json"]);
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
    let text = in_london(&home)
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
    in_london(&home)
        .args(["done", "cycling", "--minutes", "30"])
        .assert()
        .success();
    in_london(&home)
        .args(["done", "cyc", "-m", "15"])
        .assert()
        .success();
    let status = json(&home, &["status", "--json"]);
    assert_eq!(status["weekly_targets"][0]["exercise"], "cycling");
    assert_eq!(status["weekly_targets"][0]["minutes"], 45);
    assert_eq!(status["weekly_targets"][0]["target"], 150);
    let this_week = &status["weeks"][3];
    assert_eq!(this_week["start"], "2026-11-23");
    assert_eq!(this_week["minutes"], 45);
    assert_eq!(this_week["completion"], 1.0);
    assert_eq!(status["weeks"][0]["completion"], Value::Null);
    in_london(&home)
        .arg("status")
        .assert()
        .stdout(predicate::str::contains(
            "This week: Cycling 45 of 150 min (30%)",
        ));
}

#[test]
fn skip_is_recorded_as_skipped() {
    let home = Home::new();
    in_london(&home)
        .args(["skip", "legs-up"])
        .assert()
        .success()
        .stdout("Skipped: Legs up at 11:50.\n");
    let line = fs::read_to_string(home.history_file()).unwrap();
    let v: Value = serde_json::from_str(line.trim()).unwrap();
    assert_eq!(v["outcome"], "skipped");
    assert_eq!(v["via"], "cli");
}

// TZ means nothing on Windows: the zones run there in zones.rs, each in a
// Wine server started in its zone.
#[cfg(unix)]
#[test]
fn upcoming_lists_local_times_and_rules_in_the_zone_from_tz() {
    let home = Home::new();
    let london = json(
        &home,
        &[
            "upcoming",
            "--from",
            "2026-11-23T08:00:00Z",
            "--count",
            "3",
            "--json",
        ],
    );
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

    in_london(&home)
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
        let out = in_london(&home)
            .args(*args)
            .assert()
            .code(2)
            .get_output()
            .clone();
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(!err.trim().is_empty(), "{args:?}");
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
    }
    assert!(
        !home.history_file().exists(),
        "nothing recorded from bad input"
    );
    in_london(&home)
        .args(["done", "yoga"])
        .assert()
        .stderr(predicate::str::starts_with(
            "second-heart: unknown exercise `yoga` (known: ankle-rotations",
        ));
}

#[test]
fn exercises_are_found_by_a_word_anywhere_and_a_typo_gets_a_suggestion() {
    let home = Home::new();
    in_london(&home)
        .args(["done", "walk"])
        .assert()
        .success()
        .stdout("Done: Brisk walk, 30 min, at 11:50.\n");
    in_london(&home)
        .args(["skip", "knee stretch"])
        .assert()
        .success()
        .stdout("Skipped: Bent-knee calf stretch at 11:50.\n");
    in_london(&home)
        .args(["done", "calf-rasies"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "second-heart: unknown exercise `calf-rasies`: did you mean calf-raises? (known: ",
        ));
    // Words that fit two exercises are refused, not guessed.
    in_london(&home)
        .args(["done", "r"])
        .assert()
        .code(2)
        .stderr("second-heart: `r` could be ankle-rotations or calf-raises; say which\n");
    let h = fs::read_to_string(home.history_file()).unwrap();
    assert_eq!(h.lines().count(), 2, "{h}");
}

#[test]
fn a_snooze_of_an_exercise_that_is_not_due_is_refused() {
    let home = Home::new();
    // 11:50: the walk comes at 12:15; calf raises are due since 10:30.
    in_london(&home)
        .args(["snooze", "-e", "walk"])
        .assert()
        .code(2)
        .stderr(
            "second-heart: snooze: Brisk walk is not due right now (next at 12:15); \
             nothing was snoozed\n",
        );
    assert!(
        !home.history_file().exists(),
        "no snooze, so no prompt at 12:00"
    );
    let status = json(&home, &["status", "--json"]);
    let walk: Vec<&Value> = status["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["exercise"] == "brisk-walk")
        .collect();
    assert_eq!(walk.len(), 1, "{walk:?}");
    assert_eq!(
        (&walk[0]["state"], &walk[0]["at"]),
        (&"upcoming".into(), &"2026-11-23T12:15:00+00:00".into())
    );
    in_london(&home)
        .args(["snooze", "-e", "calf"])
        .assert()
        .success()
        .stdout("Snoozed until 12:00: Calf raises.\n");
}

/// The entries of the "Commands:", "Arguments:" and "Options:" sections of
/// a short help screen: (what, its description).
fn help_entries(help: &str) -> Vec<(String, String)> {
    let mut entries = Vec::new();
    let mut in_section = false;
    for line in help.lines() {
        if line.ends_with(':') && !line.starts_with(' ') {
            in_section = matches!(line, "Commands:" | "Arguments:" | "Options:");
            continue;
        }
        if !in_section || !line.starts_with("  ") {
            continue;
        }
        // The name, then two spaces or more, then the description.
        let line = line.trim();
        let (name, description) = line.split_once("  ").unwrap_or((line, ""));
        entries.push((name.to_owned(), description.trim().to_owned()));
    }
    entries
}

#[test]
fn every_command_and_flag_is_explained_in_help() {
    let home = Home::new();
    let help = |args: &[&str]| -> String {
        let out = home.run(args);
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let mut blank = Vec::new();
    let mut screens = vec![vec!["-h".to_owned()]];
    let mut seen = 0;
    while let Some(args) = screens.pop() {
        seen += 1;
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let text = help(&args);
        for (name, description) in help_entries(&text) {
            // "[possible values: ...]" alone says nothing of what it is for.
            if description.is_empty() || description.starts_with('[') {
                blank.push(format!("{args:?}: {name}"));
            }
            let is_command = !name.starts_with(['-', '<', '[']);
            if is_command && name != "help" {
                let mut sub: Vec<String> = args[..args.len() - 1]
                    .iter()
                    .map(|a| a.to_string())
                    .collect();
                sub.push(name);
                sub.push("-h".into());
                screens.push(sub);
            }
        }
    }
    assert!(seen > 20, "{seen} help screens");
    assert!(blank.is_empty(), "blank in --help: {blank:#?}");
}

#[test]
fn a_broken_preferences_file_is_reported_backed_up_and_the_app_runs_on_defaults() {
    let home = Home::new();
    let broken = "snooze_minutes = 10\n[exercises.calf-raises]\nrules = [{ every_minutes = 0 }]\n";
    write(&home.prefs_file(), broken);
    in_london(&home)
        .args(["config", "check"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("preferences.toml is invalid"))
        .stderr(predicate::str::contains(
            "exercises.calf-raises.rules[0].every_minutes = 0: out of range (5 to 1440)",
        ));
    in_london(&home)
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
    in_london(&home)
        .args(["config", "check"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("line 1"))
        .stderr(predicate::str::contains("snooze_minutes"));
}

#[test]
fn config_show_prints_a_file_that_checks_valid() {
    let home = Home::new();
    in_london(&home)
        .args(["config", "path"])
        .assert()
        .success()
        .stdout(format!("{}\n", home.prefs_file().display()));
    let shown = in_london(&home)
        .args(["config", "show"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    write(&home.prefs_file(), std::str::from_utf8(&shown).unwrap());
    in_london(&home)
        .args(["config", "check"])
        .assert()
        .success()
        .stdout(predicate::str::ends_with("valid\n"));
}

#[test]
fn accepting_a_dose_edits_only_that_field() {
    let home = Home::new();
    write(&home.prefs_file(), "snooze_minutes = 15\n");
    in_london(&home)
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
    let status = json(&home, &["status", "--json"]);
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
    in_london(&home)
        .args(["done", "ankle", "--at", "10:00"])
        .assert()
        .success();
    in_london(&home)
        .args(["done", "calf", "--at", "10:30"])
        .assert()
        .success();
    let mut text = fs::read_to_string(home.history_file()).unwrap();
    text.push_str(r#"{"at":"2026-11-23T11:00:00+00:00","exerci"#);
    fs::write(home.history_file(), text).unwrap();
    let out = in_london(&home)
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
    in_london(&home)
        .args(["done", "legs-up"])
        .assert()
        .success();
    let csv = in_london(&home)
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

// Unix's: the XDG folders under HOME (Windows has its own, tested in
// store::paths).
#[cfg(unix)]
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

/// The stderr of a failed command, checked to hold no control character
/// other than the newlines between lines.
fn clean_stderr(out: &std::process::Output) -> String {
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert!(
        !err.chars().any(|c| c.is_control() && c != '\n'),
        "raw control characters on stderr: {err:?}"
    );
    err
}

#[test]
fn error_messages_never_echo_control_characters() {
    let home = Home::new();
    let title = "calf\u{1b}]0;x\u{7}";
    let cases: &[&[&str]] = &[
        &["done", title],
        &["done", "ankle", "--at", "10:\u{1b}[2J"],
        &["skip", "ankle", "--at", "\u{9b}31m"],
        &["upcoming", "--from", "\u{1b}]0;x\u{7}"],
        &["done", "calf", "--dose", "3 x \u{1b}[31m"],
        &["pause", "1h\u{1b}[2J"],
        &["dose", "calf-raises", "\u{7}lots"],
        &["dose", title, "3x15"],
        &["snooze", "-e", "\u{1b}[2J"],
        &["frobnicate\u{1b}]0;x\u{7}"],
        &["done", "--minutes", "\u{1b}[2J"],
        &["autostart", "\u{1b}[2J"],
    ];
    for args in cases {
        let out = in_london(&home)
            .args(*args)
            .assert()
            .code(2)
            .get_output()
            .clone();
        let err = clean_stderr(&out);
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
        // The value is still named, escaped.
        assert!(err.contains(r"\u{"), "{args:?}: {err}");
    }

    // Preference values and keys in `config check`, including a raw escape
    // byte that makes the file unparseable.
    let check = |text: &str| {
        write(&home.prefs_file(), text);
        let out = in_london(&home).args(["config", "check"]).output().unwrap();
        let err = clean_stderr(&out);
        assert!(err.contains(r"\u{1b}"), "{text:?}: {err}");
    };
    check("[exercises.calf-raises]\nrules = [{ at = [\"\\u001b]0;x\\u0007\"] }]\n");
    check("[exercises.calf-raises]\ndose = \"\\u001b[2J\"\n");
    check("[exercises.\"\\u001b]0;x\"]\nname = \"Mine\"\n");
    check("snooze_minutes = 10\u{1b}]0;x\u{7}\n");
    check("[exercises.calf-raises]\n\"\\u001b]0;x\" = 1\n");
}

#[test]
fn usage_errors_are_one_line_with_exit_code_2() {
    let home = Home::new();
    let cases: &[(&[&str], &str)] = &[
        (&["frobnicate"], "unrecognized subcommand 'frobnicate'"),
        (&["upcoming", "--count", "0"], "--count"),
        (&["upcoming", "--from"], "--from"),
        (&["dose"], "<EXERCISE> <DOSE>"),
        (&["done", "--bogus"], "--bogus"),
        (&["autostart", "sideways"], "sideways"),
        (&["stats"], "did you mean"),
    ];
    for (args, names) in cases {
        let out = in_london(&home)
            .args(*args)
            .assert()
            .code(2)
            .get_output()
            .clone();
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("second-heart: "), "{args:?}: {err}");
        assert!(err.contains(names), "{args:?}: {err}");
    }
    // Help is not an error: the full text, on stdout.
    let out = in_london(&home)
        .arg("--help")
        .assert()
        .success()
        .get_output()
        .clone();
    assert!(String::from_utf8(out.stdout).unwrap().lines().count() > 10);
}

#[test]
fn a_pause_too_long_to_count_is_refused_not_wrapped_around() {
    let home = Home::new();
    for huge in [
        "307445734561825861h",
        "99999999999999999999m",
        "1h18446744073709551615",
    ] {
        let out = in_london(&home)
            .args(["pause", huge])
            .assert()
            .code(2)
            .get_output()
            .clone();
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(
            err,
            format!("second-heart: pause: `{huge}` is out of range (1 minute to 14 days)\n")
        );
    }
    let status = json(&home, &["status", "--json"]);
    assert!(status["paused_until"].is_null(), "{status}");
}

#[test]
fn skip_at_a_future_time_is_refused_like_done() {
    let home = Home::new();
    // 2027 typed for 2026.
    in_london(&home)
        .args(["skip", "calf", "--at", "2027-11-23 10:00"])
        .assert()
        .code(2)
        .stderr("second-heart: --at: 2027-11-23 10:00 is in the future\n");
    assert!(!home.history_file().exists(), "nothing recorded");
    // A minute of clock difference is fine, as for done.
    in_london(&home)
        .args(["skip", "calf", "--at", "2026-11-23T11:50:30Z"])
        .assert()
        .success();
}

#[test]
fn history_entries_from_a_clock_that_ran_ahead_are_named_and_hide_nothing() {
    let home = Home::new();
    // Written by a machine whose clock said 2027; now is 2026-11-23 11:50.
    write(
        &home.history_file(),
        concat!(
            r#"{"at":"2027-11-23T10:30:00+00:00","exercise":"calf-raises","outcome":"done","dose":"3 sets of 15"}"#,
            "\n",
            r#"{"at":"2026-11-23T11:53:00+00:00","exercise":"legs-up","outcome":"skipped"}"#,
            "\n",
        ),
    );
    let out = in_london(&home)
        .args(["status", "--json"])
        .assert()
        .success()
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("`calf-raises` done at 2027-11-23 10:30 +00:00 is dated in the future"),
        "{err}"
    );
    assert!(
        !err.contains("legs-up"),
        "3 minutes ahead is within slack: {err}"
    );
    let status: Value = serde_json::from_slice(&out.stdout).unwrap();
    let calf: Vec<(&str, &str)> = status["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["exercise"] == "calf-raises")
        .map(|i| (i["state"].as_str().unwrap(), i["at"].as_str().unwrap()))
        .collect();
    assert_eq!(
        calf,
        [
            ("due", "2026-11-23T10:30:00+00:00"),
            ("upcoming", "2026-11-23T15:30:00+00:00")
        ]
    );
    let warnings = status["warnings"].as_array().unwrap();
    assert!(
        warnings
            .iter()
            .any(|w| w.as_str().unwrap().contains("dated in the future")),
        "{warnings:?}"
    );
}

#[test]
fn a_history_line_from_an_absurd_year_is_a_bad_line_and_status_stays_fast() {
    let home = Home::new();
    write(
        &home.history_file(),
        concat!(
            r#"{"at":"-200000-01-01T00:00:00Z","exercise":"calf-raises","outcome":"done"}"#,
            "\n",
            r#"{"at":"2026-11-23T10:30:00Z","exercise":"calf-raises","outcome":"done","until":"+200000-01-01T00:00:00Z"}"#,
            "\n",
            r#"{"at":"2026-11-20T10:30:00Z","exercise":"calf-raises","outcome":"done"}"#,
            "\n",
        ),
    );
    let out = in_london(&home)
        .timeout(std::time::Duration::from_secs(20))
        .args(["status", "--json"])
        .assert()
        .success()
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("history.jsonl line 1 skipped: at -200000-01-01T00:00:00+00:00 is outside the years 1970 to 9999"),
        "{err}"
    );
    assert!(
        err.contains("history.jsonl line 2 skipped: until "),
        "{err}"
    );
    let status: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status["exercises"][1]["exercise"], "calf-raises");
    assert_eq!(status["exercises"][1]["streak"]["current"], 1);
}

// --- Daylight saving, through the binary's own zone (chrono's `Local`) ---

#[cfg(unix)] // for the zones' tests, Unix's (see below)
/// Preferences with only calf raises enabled, on `rules`.
fn only_calf_raises(home: &Home, rules: &str) {
    let mut text = String::new();
    for id in [
        "ankle-rotations",
        "legs-up",
        "soleus-stretch",
        "cycling",
        "brisk-walk",
    ] {
        text.push_str(&format!("[exercises.{id}]\nenabled = false\n"));
    }
    text.push_str(&format!("[exercises.calf-raises]\nrules = [{rules}]\n"));
    write(&home.prefs_file(), &text);
}

#[cfg(unix)] // for the zones' tests, Unix's (see below)
/// `upcoming --json` times in zone `tz` at `now`.
fn upcoming_at(home: &Home, now: &str, tz: &str, from: &str, n: usize) -> Vec<String> {
    let out = home
        .at(now, tz)
        .args(["upcoming", "--from", from, "-n", &n.to_string(), "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let list: Value = serde_json::from_slice(&out).unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .map(|p| p["at"].as_str().unwrap().to_owned())
        .collect()
}

#[cfg(unix)] // for the zones' tests, Unix's (see below)
/// A fall-back night: the zone, its day name in rules, the evening before
/// (RFC 3339), a wall time that happens twice (date and HH:MM), its two
/// occurrences, and a clock rule's expected run of prompts over the night.
struct FallBack {
    tz: &'static str,
    day: &'static str,
    before: &'static str,
    date: &'static str,
    twice: &'static str,
    first: &'static str,
    second: &'static str,
    after_both: &'static str,
    clock_rule: &'static str,
    clock_run: [&'static str; 4],
}

#[cfg(unix)] // for the zones' tests, Unix's (see below)
const FALL_BACK: [FallBack; 4] = [
    FallBack {
        tz: "America/New_York",
        day: "sun",
        before: "2027-11-07T00:00:00-04:00",
        date: "2027-11-07",
        twice: "01:30",
        first: "2027-11-07T01:30:00-04:00",
        second: "2027-11-07T01:30:00-05:00",
        after_both: "2027-11-07T07:00:00Z",
        clock_rule: "every_minutes = 60, at_minute = 30",
        clock_run: [
            "2027-11-07T00:30:00-04:00",
            "2027-11-07T01:30:00-04:00",
            "2027-11-07T02:30:00-05:00",
            "2027-11-07T03:30:00-05:00",
        ],
    },
    FallBack {
        tz: "Europe/London",
        day: "sun",
        before: "2027-10-31T00:00:00+01:00",
        date: "2027-10-31",
        twice: "01:30",
        first: "2027-10-31T01:30:00+01:00",
        second: "2027-10-31T01:30:00+00:00",
        after_both: "2027-10-31T02:00:00Z",
        clock_rule: "every_minutes = 60, at_minute = 30",
        clock_run: [
            "2027-10-31T00:30:00+01:00",
            "2027-10-31T01:30:00+01:00",
            "2027-10-31T02:30:00+00:00",
            "2027-10-31T03:30:00+00:00",
        ],
    },
    // A 30-minute shift: 01:30 to 01:59 happen twice.
    FallBack {
        tz: "Australia/Lord_Howe",
        day: "sun",
        before: "2027-04-04T00:00:00+11:00",
        date: "2027-04-04",
        twice: "01:45",
        first: "2027-04-04T01:45:00+11:00",
        second: "2027-04-04T01:45:00+10:30",
        after_both: "2027-04-03T15:30:00Z",
        clock_rule: "every_minutes = 30, at_minute = 15",
        clock_run: [
            "2027-04-04T01:15:00+11:00",
            "2027-04-04T01:45:00+11:00",
            "2027-04-04T02:15:00+10:30",
            "2027-04-04T02:45:00+10:30",
        ],
    },
    // The change at midnight: Saturday 23:00 to 23:59 happen twice.
    FallBack {
        tz: "America/Santiago",
        day: "sat",
        before: "2027-04-03T21:00:00-03:00",
        date: "2027-04-03",
        twice: "23:30",
        first: "2027-04-03T23:30:00-03:00",
        second: "2027-04-03T23:30:00-04:00",
        after_both: "2027-04-04T04:10:00Z",
        clock_rule: "every_minutes = 60, at_minute = 30",
        clock_run: [
            "2027-04-03T21:30:00-03:00",
            "2027-04-03T22:30:00-03:00",
            "2027-04-03T23:30:00-03:00",
            "2027-04-10T00:30:00-04:00",
        ],
    },
];

// TZ means nothing on Windows: the zones run there in zones.rs, each in a
// Wine server started in its zone.
#[cfg(unix)]
#[test]
fn on_a_fall_back_night_a_repeated_time_fires_at_its_first_occurrence() {
    for z in &FALL_BACK {
        let home = Home::new();
        only_calf_raises(
            &home,
            &format!(
                "{{ at = [\"{}\"], days = [\"{}\"], hours = \"any\" }}",
                z.twice, z.day
            ),
        );
        let now = z.before;
        // Fixed time, from the evening before: once, the first time.
        let list = upcoming_at(&home, now, z.tz, z.before, 2);
        assert_eq!(list[0], z.first, "{}", z.tz);
        assert_ne!(list[1], z.second, "{}: fired twice", z.tz);
        // --from the wall time itself: its first occurrence, so the prompt
        // at that very minute is still ahead.
        let from = format!("{} {}", z.date, z.twice);
        let list = upcoming_at(&home, now, z.tz, &from, 1);
        assert_eq!(list, [z.first], "{}: --from {from}", z.tz);

        // Clock-aligned slots: the repeated slot once, the first time.
        only_calf_raises(
            &home,
            &format!(
                "{{ {}, days = [\"{}\"], hours = \"any\" }}",
                z.clock_rule, z.day
            ),
        );
        let from = z.clock_run[0].to_owned();
        let list = upcoming_at(&home, now, z.tz, &from, 4);
        assert_eq!(list, z.clock_run, "{}", z.tz);

        // --at after both occurrences: recorded at the first.
        home.at(z.after_both, z.tz)
            .args(["done", "calf", "--at", &format!("{} {}", z.date, z.twice)])
            .assert()
            .success()
            .stdout(predicate::str::contains(format!("at {}.", z.twice)));
        let line = fs::read_to_string(home.history_file()).unwrap();
        let v: Value = serde_json::from_str(line.trim()).unwrap();
        assert_eq!(v["at"], z.first, "{}: --at", z.tz);
    }
}

// TZ means nothing on Windows: the zones run there in zones.rs, each in a
// Wine server started in its zone.
#[cfg(unix)]
#[test]
fn in_a_spring_forward_gap_clock_slots_are_skipped_fixed_times_move_and_typed_times_are_refused() {
    // New York, 2027-03-14: 02:00 -> 03:00.
    let home = Home::new();
    let now = "2027-03-13T12:00:00-05:00";
    let ny = "America/New_York";
    only_calf_raises(
        &home,
        "{ every_minutes = 60, at_minute = 50, days = [\"sun\"], hours = \"any\" }",
    );
    assert_eq!(
        upcoming_at(&home, now, ny, "2027-03-14T00:00:00-05:00", 3),
        [
            "2027-03-14T00:50:00-05:00",
            "2027-03-14T01:50:00-05:00",
            "2027-03-14T03:50:00-04:00"
        ]
    );
    only_calf_raises(
        &home,
        "{ at = [\"02:30\"], days = [\"sun\"], hours = \"any\" }",
    );
    assert_eq!(
        upcoming_at(&home, now, ny, "2027-03-14T00:00:00-05:00", 2),
        ["2027-03-14T03:00:00-04:00", "2027-03-21T02:30:00-04:00"]
    );
    // Every minute of the gap is refused alike, its first minute included.
    for t in ["02:00", "02:30", "02:59"] {
        for flag in ["--from", "--at"] {
            let args: Vec<String> = if flag == "--from" {
                vec!["upcoming".into(), flag.into(), format!("2027-03-14 {t}")]
            } else {
                vec![
                    "done".into(),
                    "calf".into(),
                    flag.into(),
                    format!("2027-03-14 {t}"),
                ]
            };
            home.at("2027-03-14T12:00:00-04:00", ny)
                .args(&args)
                .assert()
                .code(2)
                .stderr(format!(
                    "second-heart: {flag}: `2027-03-14 {t}` does not exist in this time zone (the clocks skip it for daylight saving)\n"
                ));
        }
    }
    // The first minute after the gap is fine.
    assert_eq!(
        upcoming_at(&home, now, ny, "2027-03-14 03:00", 1),
        ["2027-03-14T03:00:00-04:00"]
    );

    // Lord Howe's half-hour gap (02:00 -> 02:30 on 2027-10-03) and Santiago's
    // at midnight (2027-09-05 00:00 -> 01:00): the clock slot inside is skipped.
    only_calf_raises(
        &home,
        "{ every_minutes = 60, at_minute = 10, days = [\"sun\"], hours = \"any\" }",
    );
    assert_eq!(
        upcoming_at(
            &home,
            now,
            "Australia/Lord_Howe",
            "2027-10-03T01:00:00+10:30",
            2
        ),
        ["2027-10-03T01:10:00+10:30", "2027-10-03T03:10:00+11:00"]
    );
    assert_eq!(
        upcoming_at(
            &home,
            now,
            "America/Santiago",
            "2027-09-04T23:00:00-04:00",
            2
        ),
        ["2027-09-05T01:10:00-03:00", "2027-09-05T02:10:00-03:00"]
    );
    home.at(now, "America/Santiago")
        .args(["upcoming", "--from", "2027-09-05 00:30"])
        .assert()
        .code(2);
}

// TZ means nothing on Windows: the zones run there in zones.rs, each in a
// Wine server started in its zone.
#[cfg(unix)]
#[test]
fn on_a_fall_back_night_a_rule_prompts_only_while_the_clock_shows_its_hours() {
    let home = Home::new();
    // Sydney, 2030-04-07: 03:00 AEDT -> 02:00 AEST; 02:00-02:59 twice.
    let sydney = "Australia/Sydney";
    let now = "2030-04-06T12:00:00+11:00";
    only_calf_raises(
        &home,
        "{ every_minutes_sitting = 6, days = [\"sun\"], hours = [\"02:15-03:00\"] }",
    );
    let first: Vec<String> = [21, 27, 33, 39, 45, 51, 57]
        .iter()
        .map(|m| format!("2030-04-07T02:{m}:00+11:00"))
        .collect();
    let second: Vec<String> = [21, 27, 33, 39, 45, 51, 57]
        .iter()
        .map(|m| format!("2030-04-07T02:{m}:00+10:00"))
        .collect();
    // A typed 02:00 is the first one (`Local` lists the later one first).
    let list = upcoming_at(&home, now, sydney, "2030-04-07 02:00", 15);
    assert_eq!(list[..7], first[..]);
    // Nothing while the clock shows 02:00-02:14 the second time.
    assert_eq!(list[7..14], second[..]);
    assert_eq!(list[14], "2030-04-14T02:21:00+10:00");
    // From inside that hole, the next is 6 minutes into the second 02:15.
    assert_eq!(
        upcoming_at(&home, now, sydney, "2030-04-07T02:05:00+10:00", 1),
        ["2030-04-07T02:21:00+10:00"]
    );

    // New York, 2027-11-07: 02:00 EDT -> 01:00 EST. A window ending inside
    // the repeated hour opens again while the clock shows 01:00-01:29.
    let ny = "America/New_York";
    only_calf_raises(
        &home,
        "{ every_minutes_sitting = 20, days = [\"sun\"], hours = [\"00:00-01:30\"] }",
    );
    assert_eq!(
        upcoming_at(
            &home,
            "2027-11-06T12:00:00-04:00",
            ny,
            "2027-11-07 00:00",
            6
        ),
        [
            "2027-11-07T00:20:00-04:00",
            "2027-11-07T00:40:00-04:00",
            "2027-11-07T01:00:00-04:00",
            "2027-11-07T01:20:00-04:00",
            "2027-11-07T01:20:00-05:00",
            "2027-11-14T00:20:00-05:00",
        ]
    );
    // A typed 01:30 is the first one, which closes the first stretch.
    assert_eq!(
        upcoming_at(
            &home,
            "2027-11-06T12:00:00-04:00",
            ny,
            "2027-11-07 01:30",
            1
        ),
        ["2027-11-07T01:20:00-05:00"]
    );
}

#[test]
fn in_a_call_or_reading_is_said_kept_and_ended_with_or_without_the_daemon() {
    let home = Home::new();
    // A bare duration still works, as reading (what "in a call or reading"
    // was before the modes).
    let out = home.ok(&["busy", "45m"]);
    assert!(
        out.starts_with("Reading until 12:35: time without input counts as sitting; seated exercises come as quiet suggestions, the rest wait until then."),
        "{out}"
    );
    let status = home.status_json();
    assert_eq!(
        status["busy_until"], "2026-11-23T12:35:00+00:00",
        "{status}"
    );
    assert_eq!(status["busy_with"], "reading");
    assert_eq!(status["context"], "reading");
    assert!(
        home.ok(&["status"])
            .contains("Context: reading until 12:35 (said so)")
    );
    let bad = home.run(&["busy", "forever"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).starts_with("second-heart: busy: `forever` is not a duration"),
        "{}",
        stderr(&bad)
    );
    let mut daemon = home.daemon();
    let status: serde_json::Value = serde_json::from_str(&home.ok(&["status", "--json"])).unwrap();
    assert!(status["daemon"].is_object(), "answered by the daemon");
    assert_eq!(status["busy_until"], "2026-11-23T12:35:00+00:00");
    assert!(
        home.ok(&["busy", "off"])
            .starts_with("No longer reading: time without input counts as a break again.")
    );
    let status = home.status_json();
    assert!(status["busy_until"].is_null());
    assert_ne!(status["context"], "reading");
    // Wine has never seen input: its daemon says "away" instead.
    if cfg!(unix) {
        assert_eq!(status["context"], "desk");
    }
    daemon.assert_running();
}

#[test]
fn busy_takes_a_meeting_a_call_or_reading_for_a_while_and_names_bad_words() {
    let home = Home::new();
    let out = home.ok(&["busy", "meeting"]);
    assert!(
        out.starts_with("In a meeting until 12:50"),
        "an hour: {out}"
    );
    assert_eq!(home.status_json()["context"], "meeting");
    let out = home.ok(&["busy", "call", "for", "30m"]);
    assert!(
        out.starts_with("In a call until 12:20") && out.contains("a walk is offered"),
        "{out}"
    );
    assert_eq!(home.status_json()["busy_with"], "call");
    assert!(
        home.ok(&["status"])
            .contains("Context: in a call until 12:20 (said so)")
    );
    assert!(
        home.ok(&["busy", "reading", "2h"])
            .starts_with("Reading until 13:50")
    );
    assert!(home.ok(&["busy", "off"]).starts_with("No longer reading"));
    assert!(home.ok(&["busy", "off"]).starts_with("Not busy."));
    for (args, says) in [
        (
            &["busy", "meeting", "for", "ever"][..],
            "busy: `ever` is not a duration",
        ),
        (
            &["busy", "meeting", "soon", "please"][..],
            "busy: `soon please` is not `for DURATION`",
        ),
        (&["busy", "lunch"][..], "busy: `lunch` is not a duration"),
        (&["busy", "off", "now"][..], "busy: nothing follows `off`"),
    ] {
        let out = home.run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
    }
}

// TZ means nothing on Windows: the zones run there in zones.rs, each in a
// Wine server started in its zone.
#[cfg(unix)]
#[test]
fn an_anchored_item_is_ticked_off_from_the_command_line_dated_this_morning() {
    let home = Home::new();
    home.write_prefs(b"[exercises.calf-raises]\nanchors = [\"morning\", \"evening\"]\n");
    let out = home.ok(&["done", "calf-raises", "--anchor", "morning"]);
    assert_eq!(
        out.trim(),
        "Done: Calf raises while brushing teeth, morning (this morning)."
    );
    let line = std::fs::read_to_string(home.history_file()).unwrap();
    let s: serde_json::Value = serde_json::from_str(line.lines().last().unwrap()).unwrap();
    assert_eq!(s["anchor"], "morning");
    assert_eq!(s["at"], "2026-11-23T07:30:00Z", "dated at the routine");
    let status = home.status_json();
    let anchored = status["anchored"].as_array().unwrap();
    assert_eq!(anchored.len(), 2, "{status}");
    assert_eq!(anchored[0]["label"], "while brushing teeth, morning");
    assert_eq!(anchored[0]["answer"], "done");
    assert_eq!(anchored[0]["when"], "this morning");
    assert!(anchored[1]["answer"].is_null());
    let text = home.ok(&["status"]);
    assert!(
        text.contains("✓ Calf raises — while brushing teeth, morning  done this morning"),
        "{text}"
    );
    assert!(
        text.contains("○ Calf raises — while brushing teeth, evening  tick it off: second-heart done calf-raises --anchor evening"),
        "{text}"
    );
    // Not anchored to that routine: refused, naming it.
    let bad = home.run(&["done", "calf-raises", "--anchor", "kettle"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad)
            .contains("Calf raises is not done with `kettle` (its routines: morning, evening)"),
        "{}",
        stderr(&bad)
    );
    // On the day the clocks go back, in Berlin: this morning's 07:30 is
    // 07:30 local time (+01:00), through the real binary's own clock.
    let out = home
        .at("2026-10-25T08:00:00Z", "Europe/Berlin")
        .args(["done", "calf-raises", "--anchor", "morning"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let line = std::fs::read_to_string(home.history_file()).unwrap();
    assert!(
        line.lines()
            .last()
            .unwrap()
            .contains(r#""at":"2026-10-25T07:30:00+01:00""#),
        "{line}"
    );
    let bad = home.run(&["done", "calf-raises", "--anchor", ""]);
    assert!(
        stderr(&bad).contains("--anchor: `` is not a routine"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn output_piped_into_a_reader_that_stops_early_ends_quietly() {
    let home = Home::new();
    // `upcoming -n 1000 --json | head -1`: far more than a pipe holds, and
    // the reader goes after one line.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_second-heart"))
        .args(["upcoming", "-n", "1000", "--json"])
        .env_clear()
        .envs(home.env())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    {
        use std::io::BufRead;
        let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
        out.read_line(&mut first).unwrap();
        // The pipe closes here, before the report is all written.
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(first, "[\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
}
