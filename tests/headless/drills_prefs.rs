//! Fault drills for the preferences file: every way a user's file can be
//! wrong. Each drill checks what the user is told (`config check` and
//! `status`, naming the file and the field or value), that the user's file
//! is kept byte for byte (a backup where it cannot be used, the original
//! left in place), and that the app keeps running (commands work on the
//! defaults, and a real daemon answers over its socket). And every way
//! two writers can meet: two `dose` commands at once, a hand edit saved
//! while `dose` runs, a symlinked file (dotfile managers, sync folders).

use std::fs;
#[cfg(unix)]
use std::path::Path;

use crate::support::home::{Home, stderr, stdout};
use second_heart::core::preferences::Preferences;
use second_heart::store::PrefsFile;

/// What every unusable file must give: `config check` fails naming the file
/// and each of `expect`; `status` warns the same, runs on the defaults and
/// keeps a byte-identical backup; the original stays untouched; recording
/// still works.
fn drill_unusable(home: &Home, original: &[u8], expect: &[&str]) {
    home.write_prefs(original);
    let path = home.prefs_file().display().to_string();

    let check = home.run(&["config", "check"]);
    assert_eq!(check.status.code(), Some(1), "{}", stderr(&check));
    let err = stderr(&check);
    assert!(err.contains(&format!("{path} is invalid")), "{err}");
    for e in expect {
        assert!(err.contains(e), "config check does not say {e:?}:\n{err}");
    }
    assert!(home.backups().is_empty(), "check has no side effects");

    let status = home.run(&["status"]);
    assert!(status.status.success(), "{}", stderr(&status));
    let err = stderr(&status);
    assert!(
        err.contains(&format!("{path} cannot be used, running on defaults")),
        "{err}"
    );
    for e in expect {
        assert!(err.contains(e), "status does not say {e:?}:\n{err}");
    }
    // Running on the defaults: the built-in checklist is there.
    assert!(
        stdout(&status).contains("Ankle rotations"),
        "{}",
        stdout(&status)
    );

    let backups = home.backups();
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert!(err.contains(&backups[0].display().to_string()), "{err}");
    assert_eq!(fs::read(&backups[0]).unwrap(), original, "backup is exact");
    assert_eq!(fs::read(home.prefs_file()).unwrap(), original, "left as is");

    // The app still records, and a second run adds no second backup.
    home.ok(&["done", "calf-raises", "--at", "10:00"]);
    assert_eq!(home.backups().len(), 1);
    let s = home.status_json();
    assert_eq!(s["progress"]["done"], 1, "{s}");
    assert!(
        s["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w.as_str().unwrap().contains(&path)),
        "{s}"
    );
    assert_eq!(fs::read(home.prefs_file()).unwrap(), original);
}

#[test]
fn an_empty_file_means_the_defaults() {
    let home = Home::new();
    home.write_prefs(b"");
    let out = home.ok(&["config", "check"]);
    assert!(
        out.contains(&format!("{}: valid", home.prefs_file().display())),
        "{out}"
    );
    let status = home.run(&["status"]);
    assert!(status.status.success());
    assert_eq!(stderr(&status), "", "nothing to warn about");
    assert!(home.backups().is_empty());
    assert_eq!(fs::read(home.prefs_file()).unwrap(), b"");
    home.ok(&["done", "ankle", "--at", "10:00"]);
}

#[test]
fn binary_garbage_is_reported_backed_up_and_the_app_runs_on_defaults() {
    let home = Home::new();
    let mut garbage: Vec<u8> = (0..=255u8).rev().collect();
    garbage.extend_from_slice(b"\0\0snooze_minutes = 5\n\xff\xfe");
    drill_unusable(&home, &garbage, &["not UTF-8"]);
}

#[test]
fn text_garbage_is_reported_with_its_line() {
    let home = Home::new();
    let text = b"snooze_minutes = 15\n\x01\x02 ]]]{{ not toml\n";
    drill_unusable(&home, text, &["line 2"]);
}

#[test]
fn valid_toml_with_wrong_types_names_the_field() {
    let home = Home::new();
    let text = b"snooze_minutes = \"ten\"\n";
    drill_unusable(
        &home,
        text,
        &["snooze_minutes = \"ten\" (line 1): invalid type: string \"ten\", expected i64"],
    );

    let home = Home::new();
    let text = b"[exercises.calf-raises]\nenabled = \"yes\"\ndose = 3\n";
    drill_unusable(&home, text, &["exercises.calf-raises.", "(line "]);
}

#[test]
fn out_of_range_values_are_each_named_with_field_and_value() {
    let home = Home::new();
    let text = b"snooze_minutes = 15\n\
[working_hours]\n\
mon = [\"17:00-09:00\"]\n\
[exercises.ankle-rotations]\n\
rules = [{ every_minutes = 0 }]\n\
[exercises.calf-raises]\n\
dose = \"3 sets of 10000\"\n";
    drill_unusable(
        &home,
        text,
        &[
            "exercises.ankle-rotations.rules[0].every_minutes = 0: out of range (5 to 1440)",
            "working_hours.mon = \"17:00-09:00\": end 09:00 is not after start 17:00",
            "exercises.calf-raises.dose = \"3 sets of 10000\"",
        ],
    );
}

#[test]
fn a_future_schema_version_is_refused_and_never_overwritten() {
    let home = Home::new();
    let text = b"schema_version = 2\nsnooze_minutes = 15\nhologram = true\n";
    drill_unusable(
        &home,
        text,
        &["schema_version = 2: written by a newer Second Heart; this one understands up to 1"],
    );
    // Editing a dose would rewrite the file in this version's layout: refused.
    let dose = home.run(&["dose", "calf-raises", "3 sets of 17"]);
    assert_eq!(dose.status.code(), Some(1), "{}", stderr(&dose));
    assert!(
        stderr(&dose).contains("schema_version = 2"),
        "{}",
        stderr(&dose)
    );
    // Any save (the window's Save goes through the same store) refuses too.
    let file = PrefsFile::new(home.prefs_file());
    let err = file.save(&Preferences::default()).unwrap_err();
    assert!(
        err.contains("newer Second Heart") && err.contains("schema_version 2"),
        "{err}"
    );
    assert!(err.contains("understands up to 1"), "{err}");
    assert_eq!(fs::read(home.prefs_file()).unwrap(), text);
    assert_eq!(
        home.config_files().len(),
        2,
        "the file and its backup, no temporary file left"
    );
}

#[test]
fn unknown_fields_are_named_ignored_and_the_file_kept() {
    let home = Home::new();
    let text = b"snoze_minutes = 15\nsnooze_minutes = 12\n[exercises.calf-raises]\ndosage = \"3 sets of 20\"\n";
    home.write_prefs(text);
    let path = home.prefs_file().display().to_string();
    let check = home.run(&["config", "check"]);
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(stdout(&check).contains(&format!("{path}: valid")));
    for field in ["snoze_minutes", "exercises.calf-raises.dosage"] {
        let line = format!("{path}: unknown field `{field}` ignored");
        assert!(stderr(&check).contains(&line), "{}", stderr(&check));
        let status = home.run(&["status"]);
        assert!(stderr(&status).contains(&line), "{}", stderr(&status));
    }
    // The rest of the file is in effect.
    let s = home.status_json();
    assert_eq!(s["snooze_minutes"], 12, "{s}");
    assert!(home.backups().is_empty());
    assert_eq!(fs::read(home.prefs_file()).unwrap(), text);
}

#[cfg(unix)]
/// Runs `cmd` as an unprivileged user when the tests run as root (root
/// ignores directory permissions); everything under `home` is handed over.
fn unprivileged(home: &Home, cmd: &mut std::process::Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: geteuid cannot fail.
    if unsafe { libc::geteuid() } != 0 {
        return;
    }
    fn chown_all(p: &Path) {
        std::os::unix::fs::lchown(p, Some(65534), Some(65534)).unwrap();
        if p.is_dir() && !p.is_symlink() {
            for e in fs::read_dir(p).unwrap().flatten() {
                chown_all(&e.path());
            }
        }
    }
    chown_all(home.root());
    cmd.uid(65534).gid(65534);
}

#[cfg(unix)]
fn run_unprivileged(home: &Home, args: &[&str]) -> std::process::Output {
    let mut cmd = home.cmd();
    cmd.args(args);
    unprivileged(home, &mut cmd);
    cmd.output().unwrap()
}

// Unix permissions and an unprivileged user; Windows: a read-only file, below.
#[cfg(unix)]
#[test]
fn a_read_only_config_directory_leaves_the_file_and_the_app_running() {
    use std::os::unix::fs::PermissionsExt;
    let home = Home::new();
    let broken = b"snooze_minutes = [oops\n";
    home.write_prefs(broken);
    fs::create_dir_all(home.root().join("data")).unwrap();
    fs::create_dir_all(home.root().join("state")).unwrap();
    let dir = home.config_dir();
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o555)).unwrap();
    let path = home.prefs_file().display().to_string();

    // A broken file that cannot be backed up: said so, defaults, running.
    let status = run_unprivileged(&home, &["status"]);
    assert!(status.status.success(), "{}", stderr(&status));
    let err = stderr(&status);
    assert!(
        err.contains(&format!(
            "{path} cannot be used, running on defaults (the file was left as it is)"
        )),
        "{err}"
    );
    assert!(err.contains("line 1"), "{err}");
    let done = run_unprivileged(&home, &["done", "calf-raises", "--at", "10:00"]);
    assert!(done.status.success(), "{}", stderr(&done));

    // A save into it fails with the file's name and the reason; the file
    // is unchanged and no temporary file is left.
    let good = b"snooze_minutes = 12\n";
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
    fs::write(home.prefs_file(), good).unwrap();
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o555)).unwrap();
    let dose = run_unprivileged(&home, &["dose", "calf-raises", "3 sets of 17"]);
    assert_eq!(dose.status.code(), Some(1), "{}", stderr(&dose));
    let err = stderr(&dose);
    assert!(
        err.contains(&format!("cannot save {path}")) && err.contains("ermission denied"),
        "{err}"
    );
    assert_eq!(fs::read(home.prefs_file()).unwrap(), good);
    assert_eq!(fs::read_dir(&dir).unwrap().count(), 1, "no temporary file");
    let check = run_unprivileged(&home, &["config", "check"]);
    assert!(check.status.success(), "{}", stderr(&check));
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
}

/// Windows: a preferences file marked read-only (Properties, "Read-only")
/// is not replaced. `dose` fails naming the file, which stays byte for
/// byte, no temporary file is left, and the app keeps working on it.
#[cfg(windows)]
#[test]
fn a_read_only_preferences_file_is_left_exactly_and_the_app_keeps_running() {
    let home = Home::new();
    let good = b"snooze_minutes = 12\n";
    home.write_prefs(good);
    let set_read_only = |on: bool| {
        let mut p = fs::metadata(home.prefs_file()).unwrap().permissions();
        p.set_readonly(on);
        fs::set_permissions(home.prefs_file(), p).unwrap();
    };
    set_read_only(true);
    let dose = home.run(&["dose", "calf-raises", "3 sets of 17"]);
    let path = home.prefs_file().display().to_string();
    let err = stderr(&dose);
    assert_eq!(dose.status.code(), Some(1), "{err}");
    assert!(err.contains(&format!("cannot save {path}")), "{err}");
    assert_eq!(fs::read(home.prefs_file()).unwrap(), good);
    assert_eq!(
        home.config_files(),
        ["preferences.toml"],
        "no temporary file"
    );
    let check = home.run(&["config", "check"]);
    assert!(check.status.success(), "{}", stderr(&check));
    let done = home.run(&["done", "calf-raises", "--at", "10:00"]);
    assert!(done.status.success(), "{}", stderr(&done));
    set_read_only(false);
    home.ok(&["dose", "calf-raises", "3 sets of 17"]);
    assert_eq!(dose_of(&home, "calf-raises"), "3 sets of 17");
}

#[test]
fn a_daemon_started_on_a_broken_file_runs_on_defaults_and_answers() {
    let home = Home::new();
    let text = b"[exercises.ankle-rotations]\nrules = [{ every_minutes = 0 }]\n";
    home.write_prefs(text);
    let mut daemon = home.daemon();
    let answer = home.raw_request(b"{\"v\":1,\"cmd\":\"status\",\"via\":\"window\"}\n");
    let reply: serde_json::Value = serde_json::from_str(&answer).unwrap();
    assert_eq!(reply["ok"], true, "{reply}");
    let status = &reply["reply"];
    assert!(status["daemon"]["pid"].as_u64().is_some(), "{status}");
    // The texts themselves, not their JSON (which doubles a Windows
    // path's backslashes).
    let warnings = status["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|w| w.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        warnings.contains(&home.prefs_file().display().to_string())
            && warnings.contains("exercises.ankle-rotations.rules[0].every_minutes = 0"),
        "{warnings}"
    );
    assert!(!status["exercises"].as_array().unwrap().is_empty());
    let backups = home.backups();
    assert_eq!(backups.len(), 1);
    assert_eq!(fs::read(&backups[0]).unwrap(), text);
    assert_eq!(fs::read(home.prefs_file()).unwrap(), text);
    // The CLI goes through the daemon and records.
    let out = home.ok(&["done", "calf-raises", "--at", "10:00"]);
    assert!(out.starts_with("Done: Calf raises"), "{out}");
    let s = home.status_json();
    assert_eq!(s["progress"]["done"], 1, "{s}");
    assert!(s["daemon"]["pid"].as_u64().is_some());
    daemon.assert_running();
}

fn dose_of(home: &Home, exercise: &str) -> String {
    let read = PrefsFile::new(home.prefs_file()).read().unwrap().unwrap();
    read.prefs.find_exercise(exercise).unwrap().dose.to_string()
}

/// Two `dose` commands started at the same moment, for two exercises, in
/// ten rounds: both changes are in the file after every round.
#[test]
fn two_dose_commands_at_once_both_take_effect() {
    let home = Home::new();
    home.write_prefs(b"snooze_minutes = 12\n");
    for round in 1..=10 {
        let calf = format!("{} sets of 11", round + 1);
        let ankle = format!("{} circles each way", round + 5);
        let mut a = home.cmd();
        a.args(["dose", "calf-raises", &calf]);
        let mut b = home.cmd();
        b.args(["dose", "ankle-rotations", &ankle]);
        let (mut a, mut b) = (a.spawn().unwrap(), b.spawn().unwrap());
        assert!(a.wait().unwrap().success() && b.wait().unwrap().success());
        assert_eq!(
            (
                dose_of(&home, "calf-raises"),
                dose_of(&home, "ankle-rotations")
            ),
            (calf, ankle),
            "round {round}"
        );
    }
    let read = PrefsFile::new(home.prefs_file()).read().unwrap().unwrap();
    assert_eq!(read.prefs.snooze_minutes, 12);
}

/// An editor saves the file (write a copy, rename it over, as editors do)
/// again and again while a shell runs `dose` in a loop: no save of `dose`
/// ever puts back what the editor had replaced.
// Windows has no atomic exchange (Linux's RENAME_EXCHANGE): an editor's
// save in the moment between a save's check of the file and its rename
// can be replaced (store::write). Under Wine, where every call goes
// through the Wine server, that moment is wide enough for this drill's
// editor, saving every 10 ms, to hit it (edit 221 of ~600, measured).
#[cfg(not(windows))]
#[test]
fn a_hand_edit_saved_while_dose_runs_is_kept() {
    let home = Home::new();
    home.write_prefs(b"snooze_minutes = 10\n");
    // 15 rounds of two doses, one after another, as a shell loop runs them.
    let doses = {
        let cmds: Vec<std::process::Command> = (0..30)
            .map(|i| {
                let mut cmd = home.cmd();
                cmd.args([
                    "dose",
                    "calf-raises",
                    ["3 sets of 16", "3 sets of 17"][i % 2],
                ])
                .stdout(std::process::Stdio::null());
                cmd
            })
            .collect();
        std::thread::spawn(move || {
            cmds.into_iter()
                .all(|mut cmd| cmd.status().is_ok_and(|s| s.success()))
        })
    };
    let mut edits = 0;
    // The snooze the editor writes in its edit `n`: 10, 11, ... and round
    // again, inside the valid 1 to 240 however many edits a slow machine
    // makes.
    let snooze_of_edit = |n: i64| 10 + n % 200;
    let snooze = |text: &str| -> Option<i64> {
        text.lines()
            .find_map(|l| l.strip_prefix("snooze_minutes = "))
            .and_then(|v| v.trim().parse().ok())
    };
    while !doses.is_finished() {
        let mut text = fs::read_to_string(home.prefs_file()).unwrap();
        if snooze(&text) != Some(snooze_of_edit(edits)) {
            // A save that finds an edit it did not start from swaps the
            // editor's file back in at once: look again a moment later.
            std::thread::sleep(std::time::Duration::from_millis(100));
            text = fs::read_to_string(home.prefs_file()).unwrap();
        }
        assert_eq!(
            snooze(&text),
            Some(snooze_of_edit(edits)),
            "edit {edits} was reverted:\n{text}"
        );
        edits += 1;
        let edited: String = text
            .lines()
            .map(|l| match l.starts_with("snooze_minutes = ") {
                true => format!("snooze_minutes = {}\n", snooze_of_edit(edits)),
                false => format!("{l}\n"),
            })
            .collect();
        let tmp = home.config_dir().join(".preferences.toml.swp");
        fs::write(&tmp, edited).unwrap();
        fs::rename(&tmp, home.prefs_file()).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(doses.join().unwrap(), "every dose succeeded");
    let text = fs::read_to_string(home.prefs_file()).unwrap();
    assert_eq!(snooze(&text), Some(snooze_of_edit(edits)), "{text}");
    assert!(edits >= 10, "the editor saved while dose ran: {edits}");
    eprintln!("{edits} hand edits while 30 doses were saved");
}

/// Preferences and pause state kept elsewhere and linked in (stow, chezmoi,
/// home-manager, a sync folder): saves change the linked files, and the
/// links stay links.
// Symlinks on Windows need admin rights or Developer Mode.
#[cfg(unix)]
#[test]
fn symlinked_preferences_and_state_stay_links() {
    let home = Home::new();
    let dotfiles = home.root().join("dotfiles");
    fs::create_dir_all(&dotfiles).unwrap();
    fs::write(dotfiles.join("preferences.toml"), "snooze_minutes = 12\n").unwrap();
    fs::create_dir_all(home.config_dir()).unwrap();
    std::os::unix::fs::symlink("../../dotfiles/preferences.toml", home.prefs_file()).unwrap();
    let state_link = home.root().join("state/second-heart/state.json");
    fs::create_dir_all(state_link.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(dotfiles.join("state.json"), &state_link).unwrap();

    home.ok(&["dose", "calf-raises", "3 sets of 17"]);
    let mut prefs = PrefsFile::new(home.prefs_file()).load("x").prefs;
    prefs.snooze_minutes = 14;
    PrefsFile::new(home.prefs_file()).save(&prefs).unwrap();
    home.ok(&["pause", "1h"]);

    for link in [home.prefs_file(), state_link] {
        let meta = fs::symlink_metadata(&link).unwrap();
        assert!(
            meta.file_type().is_symlink(),
            "{} is still a link",
            link.display()
        );
    }
    let text = fs::read_to_string(dotfiles.join("preferences.toml")).unwrap();
    assert!(
        text.contains("3 sets of 17") && text.contains("snooze_minutes = 14"),
        "{text}"
    );
    assert!(
        fs::read_to_string(dotfiles.join("state.json"))
            .unwrap()
            .contains("paused_until")
    );
    let s = home.status_json();
    assert!(!s["paused_until"].is_null(), "{s}");
    let litter: Vec<_> = fs::read_dir(&dotfiles)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(litter.len(), 2, "no temporary file: {litter:?}");
}
