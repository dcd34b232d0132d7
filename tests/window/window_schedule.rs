//! The Schedule view, driven by label with egui_kittest: validation as you
//! type with the reason beside the field, Save disabled while invalid, the
//! live preview following the edits, and an atomic save the daemon picks up;
//! "Start reminders at login" writes and removes the autostart entry at once.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::support::window::{InProcess, monday, window};
use second_heart::gui::app::App;
use second_heart::gui::link::Link;
use second_heart::gui::model::Tab;
use second_heart::protocol::{Reply, Request};

fn harness() -> Harness<'static, App<InProcess>> {
    // Monday 23 November 2026, 08:00 local; tall enough for the whole page
    // (clicks only reach what is on screen).
    window(InProcess::new(monday(8, 0), true), Tab::Schedule, 3200.0)
}

fn set_field(h: &mut Harness<'static, App<InProcess>>, label: &str, text: &str) {
    h.get_by_role_and_label(Role::TextInput, label)
        .set_text_value_accesskit(text);
    h.run();
}

fn save_enabled(h: &Harness<'static, App<InProcess>>) -> bool {
    !h.get_by_label("Save").accesskit_node().is_disabled()
}

#[test]
fn an_invalid_range_is_explained_beside_its_day_and_save_is_disabled() {
    let mut h = harness();
    h.get_by_label("All changes saved");
    assert!(!save_enabled(&h), "nothing to save yet");
    set_field(&mut h, "Tuesday", "09:00-08:00");
    h.get_by_label_contains("end 08:00 is not after start 09:00");
    h.get_by_label("1 field to fix before saving");
    assert!(!save_enabled(&h));
    h.get_by_label("Fix the marked fields to see the preview.");
    set_field(&mut h, "Tuesday", "09:00-17:00");
    assert!(save_enabled(&h));
    h.get_by_label("Unsaved changes");
}

#[test]
fn an_invalid_rule_value_is_shown_and_blocks_saving() {
    let mut h = harness();
    // Ankle rotations' first rule: every N minutes of sitting.
    h.get_all_by_role_and_label(Role::TextInput, "Minutes")
        .next()
        .expect("a Minutes field")
        .set_text_value_accesskit("0");
    h.run();
    h.get_by_label_contains("out of range (5 to 600)");
    assert!(!save_enabled(&h));
}

#[test]
fn changing_working_hours_changes_the_preview_and_saving_takes_effect() {
    let mut h = harness();
    // 08:00 on Monday: the first prompt is ankle rotations an hour into the day.
    h.get_by_label("10:00");
    set_field(&mut h, "Monday", "07:00-12:00");
    h.get_by_label("08:00");
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label("Saved. The new schedule is in effect.");
    let state = h.state();
    assert_eq!(state.model.link.reloads, 1);
    let text = std::fs::read_to_string(&state.model.prefs_file).unwrap();
    assert!(text.contains("mon = [\"07:00-12:00\"]"), "{text}");
    // The daemon side now runs the new hours.
    let monday = state
        .model
        .link
        .model
        .prefs
        .working_hours
        .on(chrono::Weekday::Mon)[0]
        .to_string();
    assert_eq!(monday, "07:00-12:00");
    h.get_by_label("All changes saved");
}

#[test]
fn revert_drops_unsaved_changes() {
    let mut h = harness();
    set_field(&mut h, "Snooze length (minutes)", "15");
    h.get_by_label("Unsaved changes");
    h.get_by_label("Revert").click();
    h.run();
    h.get_by_label("All changes saved");
}

#[test]
fn pause_and_resume_from_the_schedule() {
    let mut h = harness();
    h.get_by_label("Pause 1 hour").click();
    h.run();
    assert!(
        h.state()
            .model
            .status
            .as_ref()
            .unwrap()
            .paused_until
            .is_some()
    );
    h.get_by_label("Resume prompts").click();
    h.run();
    assert!(
        h.state()
            .model
            .status
            .as_ref()
            .unwrap()
            .paused_until
            .is_none()
    );
    h.get_by_label("Pause 1 hour");
}

#[test]
fn quiet_during_meetings_and_sound_are_saved_with_the_schedule() {
    let mut h = harness();
    let quiet = "Hold prompts during do-not-disturb or a fullscreen window";
    let sound = "Play the desktop's notification sound";
    let checked = |h: &Harness<'static, App<InProcess>>, label: &str| {
        h.get_by_label(label).accesskit_node().toggled() == Some(egui::accesskit::Toggled::True)
    };
    assert!(checked(&h, quiet), "on by default");
    assert!(!checked(&h, sound), "off by default");
    h.get_by_label(quiet).click();
    h.get_by_label(sound).click();
    h.run();
    h.get_by_label("Unsaved changes");
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label("Saved. The new schedule is in effect.");
    let state = h.state();
    let text = std::fs::read_to_string(&state.model.prefs_file).unwrap();
    assert!(text.contains("quiet_during_meetings = false"), "{text}");
    assert!(text.contains("sound = true"), "{text}");
    let prefs = &state.model.link.model.prefs;
    assert!(!prefs.quiet_during_meetings && prefs.sound);
}

fn autostart_path(h: &Harness<'static, App<InProcess>>) -> std::path::PathBuf {
    h.state()
        .model
        .computer
        .autostart
        .as_ref()
        .unwrap()
        .path
        .clone()
}

fn login_toggle_checked(h: &Harness<'static, App<InProcess>>) -> bool {
    h.get_by_label("Start reminders at login")
        .accesskit_node()
        .toggled()
        .is_some_and(|t| t == egui::accesskit::Toggled::True)
}

#[test]
fn start_at_login_writes_and_removes_the_autostart_entry_at_once() {
    let mut h = harness();
    let path = autostart_path(&h);
    assert!(!path.exists());
    assert!(!login_toggle_checked(&h));

    h.get_by_label("Start reminders at login").click();
    h.run();
    let text = std::fs::read_to_string(&path).expect("the autostart entry is written");
    assert!(
        text.contains("Exec=\"/opt/second heart/second-heart\" daemon\n"),
        "{text}"
    );
    assert!(login_toggle_checked(&h));
    // Not part of the schedule draft: nothing to save.
    h.get_by_label("All changes saved");

    h.get_by_label("Start reminders at login").click();
    h.run();
    assert!(!path.exists(), "the autostart entry is removed");
    assert!(!login_toggle_checked(&h));
}

#[test]
fn the_toggle_shows_the_file_as_it_is_and_failures_beside_it() {
    // Already on before the window opened: shown checked.
    let link = InProcess::new(monday(8, 0), true);
    let computer = crate::support::window::temp_computer(&link);
    let autostart = computer.autostart.clone().unwrap();
    autostart.enable().unwrap();
    let h = window(link, Tab::Schedule, 2600.0);
    assert!(login_toggle_checked(&h));
    drop(h);

    // The autostart directory is a file: the path and the reason are shown.
    let mut h = harness();
    let path = autostart_path(&h);
    std::fs::create_dir_all(path.parent().unwrap().parent().unwrap()).unwrap();
    std::fs::write(path.parent().unwrap(), "not a directory").unwrap();
    h.get_by_label("Start reminders at login").click();
    h.run();
    let shown = path.display().to_string();
    let node = h.get_by_label_contains(&shown);
    let problem = format!("{:?}", node.accesskit_node());
    assert!(problem.contains("Not a directory"), "{problem}");
    assert!(!login_toggle_checked(&h));
}

#[test]
fn a_file_from_a_newer_version_is_shown_as_defaults_and_never_saved_over() {
    let link = InProcess::new(monday(8, 0), true);
    let text = "schema_version = 2\nsnooze_minutes = 7\n";
    std::fs::write(&link.paths.preferences, text).unwrap();
    let prefs = link.paths.preferences.clone();
    let mut h = window(link, Tab::Schedule, 2600.0);
    h.get_by_label_contains("this version will not save over it");
    set_field(&mut h, "Snooze length (minutes)", "15");
    h.get_by_label("Save").click();
    h.run();
    assert!(
        h.query_all_by_label_contains("newer Second Heart")
            .next()
            .is_some()
    );
    assert_eq!(std::fs::read_to_string(prefs).unwrap(), text);
}

/// `second-heart dose EXERCISE DOSE` run in a terminal by the real binary,
/// on the preferences file this window edits (its config directory is
/// linked in as `$XDG_CONFIG_HOME/second-heart`).
fn dose_in_a_terminal(h: &Harness<'static, App<InProcess>>, exercise: &str, dose: &str) {
    let state = h.state();
    let dir = state.model.link.dir.path();
    let xdg = dir.join("xdg-cli");
    if !xdg.join("second-heart").exists() {
        std::fs::create_dir_all(&xdg).unwrap();
        std::os::unix::fs::symlink(
            state.model.prefs_file.parent().unwrap(),
            xdg.join("second-heart"),
        )
        .unwrap();
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_second-heart"))
        .env_clear()
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", &xdg)
        .env("XDG_DATA_HOME", dir.join("xdg-data"))
        .env("XDG_STATE_HOME", dir.join("xdg-state"))
        .env("XDG_RUNTIME_DIR", dir.join("xdg-run"))
        .env("TZ", "UTC")
        .args(["dose", exercise, dose])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn calf_dose(h: &Harness<'static, App<InProcess>>) -> String {
    // Ankle rotations first, calf raises second.
    h.get_all_by_role_and_label(Role::TextInput, "Dose")
        .nth(1)
        .unwrap()
        .accesskit_node()
        .value()
        .unwrap_or_default()
}

fn file_text(h: &Harness<'static, App<InProcess>>) -> String {
    std::fs::read_to_string(&h.state().model.prefs_file).unwrap()
}

#[test]
fn a_save_keeps_a_dose_changed_in_a_terminal_meanwhile() {
    let mut h = harness();
    set_field(&mut h, "Snooze length (minutes)", "15");
    dose_in_a_terminal(&h, "calf", "3 sets of 12");
    h.run();
    h.get_by_label("Unsaved changes");
    h.get_by_label("Save").click();
    h.run();
    let text = file_text(&h);
    assert!(text.contains("snooze_minutes = 15"), "{text}");
    assert!(
        text.contains("dose = \"3 sets of 12\""),
        "the terminal's dose stays:\n{text}"
    );
    h.get_by_label(
        "Saved, together with the changes made elsewhere meanwhile. The new schedule is in effect.",
    );
    assert_eq!(calf_dose(&h), "3 sets of 12", "the window shows it too");
    h.get_by_label("All changes saved");
}

#[test]
fn an_unedited_schedule_follows_changes_to_the_file() {
    let mut h = harness();
    assert_eq!(calf_dose(&h), "3 sets of 15");
    dose_in_a_terminal(&h, "calf", "3 sets of 12");
    h.run();
    assert_eq!(calf_dose(&h), "3 sets of 12");
    h.get_by_label("All changes saved");
}

#[test]
fn the_same_field_changed_in_both_places_is_refused_until_reload_or_keep_mine() {
    let mut h = harness();
    h.get_all_by_role_and_label(Role::TextInput, "Dose")
        .nth(1)
        .unwrap()
        .set_text_value_accesskit("2 sets of 20");
    h.run();
    dose_in_a_terminal(&h, "calf", "3 sets of 12");
    h.run();
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label(
        "The preferences changed since you opened them (exercises.calf-raises.dose): reload or keep yours.",
    );
    assert!(file_text(&h).contains("3 sets of 12"), "nothing saved");
    assert_eq!(calf_dose(&h), "2 sets of 20", "the draft is kept");
    h.get_by_label("Keep mine").click();
    h.run();
    assert!(file_text(&h).contains("2 sets of 20"), "{}", file_text(&h));
    h.get_by_label("All changes saved");

    // The other way: a terminal change again, a clash, and Reload.
    h.get_all_by_role_and_label(Role::TextInput, "Dose")
        .nth(1)
        .unwrap()
        .set_text_value_accesskit("4 sets of 10");
    h.run();
    dose_in_a_terminal(&h, "calf", "3 sets of 14");
    h.run();
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label("Reload").click();
    h.run();
    assert_eq!(calf_dose(&h), "3 sets of 14");
    assert!(file_text(&h).contains("3 sets of 14"));
    h.get_by_label("All changes saved");
}

#[test]
fn an_exercise_added_while_the_schedule_is_edited_and_the_file_changed_keeps_all_three() {
    let mut h = harness();
    set_field(&mut h, "Snooze length (minutes)", "15");
    dose_in_a_terminal(&h, "calf", "3 sets of 12");
    h.run();
    h.state_mut().model.tab = Tab::Exercises;
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Name")
        .set_text_value_accesskit("Desk squats");
    h.run();
    h.get_by_label("Add exercise").click();
    h.run();
    let text = file_text(&h);
    assert!(text.contains("[exercises.desk-squats]"), "{text}");
    assert!(text.contains("dose = \"3 sets of 12\""), "{text}");
    assert!(!text.contains("snooze_minutes = 15"), "{text}");

    h.state_mut().model.tab = Tab::Schedule;
    h.run();
    h.get_by_label("Unsaved changes");
    h.get_by_label("Save").click();
    h.run();
    let text = file_text(&h);
    assert!(text.contains("snooze_minutes = 15"), "{text}");
    assert!(text.contains("[exercises.desk-squats]"), "{text}");
    assert!(
        text.contains("dose = \"3 sets of 12\""),
        "the terminal's dose stays:\n{text}"
    );
    h.get_by_label("All changes saved");
}

/// The preview is worked out from the real history, like Today: with this
/// week's cycling target met there is no nudge to ride, and sitting rules
/// count from the last session. With the settings unchanged it is exactly
/// what the daemon says is coming.
#[test]
fn the_preview_agrees_with_today() {
    let mut link = InProcess::new(monday(11, 50), true);
    link.done("cycling", monday(7, 0), Some(150));
    link.skip("calf-raises", monday(10, 31));
    link.done("ankle-rotations", monday(11, 45), None);
    let mut h = window(link, Tab::Schedule, 2600.0);
    h.run();
    let preview = h
        .state()
        .model
        .preview
        .as_ref()
        .expect("the Schedule view asked for its preview")
        .prompts
        .clone()
        .expect("the daemon answered");
    let upcoming = match h.state_mut().model.link.request(&Request::Upcoming {
        from: None,
        count: 10,
    }) {
        Ok(Some(Reply::Upcoming { prompts })) => prompts,
        other => panic!("{other:?}"),
    };
    assert_eq!(preview, upcoming);
    assert!(
        !preview.iter().any(|p| p.exercise.as_str() == "cycling"),
        "{preview:?}"
    );
    // And the view shows them.
    h.get_by_label(&preview[0].at.format("%H:%M").to_string());
}

#[test]
fn a_guided_sessions_pace_and_the_reminder_are_set_beside_the_dose_and_saved() {
    let mut h = harness();
    // Only the fields the dose uses: calf raises (sets) get up, down and
    // rest; the ride (logged, a stopwatch) gets none.
    h.get_by_label("Guided pace: seconds up");
    h.get_by_label("Guided pace: seconds a circle");
    assert_eq!(
        h.get_all_by_label("Guided: change pace every (minutes, 0 for steady)")
            .count(),
        2,
        "the walk and legs up, not the ride"
    );
    set_field(&mut h, "rest between sets (s)", "lots");
    h.get_by_label_contains("\"lots\": not a whole number");
    assert!(!save_enabled(&h));
    set_field(&mut h, "rest between sets (s)", "900");
    h.get_by_label_contains("900: out of range (0 to 600)");
    set_field(&mut h, "rest between sets (s)", "20");
    set_field(&mut h, "Guided pace: seconds up", "2");
    set_field(&mut h, "Remind once more after (minutes, 0 for never)", "0");
    assert!(save_enabled(&h));
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label("Saved. The new schedule is in effect.");
    let text = std::fs::read_to_string(&h.state().model.prefs_file).unwrap();
    assert!(text.contains("up_seconds = 2"), "{text}");
    assert!(text.contains("rest_seconds = 20"), "{text}");
    assert!(text.contains("remind_again_minutes = 0"), "{text}");
    // Untouched paces are not written: the file stays short.
    assert!(!text.contains("down_seconds"), "{text}");
    assert!(!text.contains("circle_seconds"), "{text}");
    let prefs = &h.state().model.link.model.prefs;
    let calf = prefs
        .exercises
        .iter()
        .find(|e| e.id.as_str() == "calf-raises")
        .unwrap();
    assert_eq!((calf.pacing.up_seconds, calf.pacing.rest_seconds), (2, 20));
    assert_eq!(prefs.remind_again_minutes, 0);
}
