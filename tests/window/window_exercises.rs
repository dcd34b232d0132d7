//! The Exercises view with egui_kittest: every built-in session with its
//! illustration and how-to, and adding then editing your own exercise.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::support::window::{InProcess, monday, window};
use second_heart::gui::model::Tab;

#[test]
fn every_built_in_session_is_shown_with_its_illustration_and_how_to() {
    let h = window(InProcess::new(monday(9, 0), true), Tab::Exercises, 3200.0);
    for name in [
        "Ankle rotations",
        "Calf raises",
        "Bent-knee calf stretch",
        "Brisk walk",
        "Cycling",
        "Legs up",
    ] {
        h.get_by_label(&format!("Illustration: {name}"));
    }
    h.get_by_label_contains("The stretch is felt low and deep in the calf: that is the soleus.");
    h.get_by_label_contains("Not medical advice");
}

#[test]
fn adding_your_own_exercise_saves_it_and_it_can_be_edited() {
    let mut h = window(InProcess::new(monday(9, 0), true), Tab::Exercises, 3600.0);
    let add = |h: &egui_kittest::Harness<'static, _>| {
        !h.get_by_label("Add exercise")
            .accesskit_node()
            .is_disabled()
    };
    assert!(!add(&h), "a name is needed first");
    h.get_by_label("Give it a name.");
    h.get_by_role_and_label(Role::TextInput, "Name")
        .set_text_value_accesskit("Desk squats");
    h.get_by_role_and_label(Role::TextInput, "Dose")
        .set_text_value_accesskit("3 x lots");
    h.run();
    h.get_by_label_contains("Dose: `3 x lots` is not a dose");
    h.get_by_role_and_label(Role::TextInput, "Dose")
        .set_text_value_accesskit("2 sets of 10");
    h.get_by_role_and_label(Role::TextInput, "One-line instruction")
        .set_text_value_accesskit("Stand up, sit down slowly.");
    h.run();
    assert!(add(&h));
    h.get_by_label("Add exercise").click();
    h.run();
    h.get_by_label("Illustration: Desk squats");
    let file = std::fs::read_to_string(&h.state().model.prefs_file).unwrap();
    assert!(file.contains("[exercises.desk-squats]"), "{file}");
    assert!(file.contains("every_minutes_sitting = 90"), "{file}");
    // The daemon runs it now.
    let squats = "desk-squats".parse().unwrap();
    assert!(h.state().model.link.model.prefs.exercise(&squats).is_some());

    h.get_by_label("Edit Desk squats").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Dose")
        .set_text_value_accesskit("3 sets of 10");
    h.run();
    h.get_by_label("Save changes").click();
    h.run();
    let dose = h
        .state()
        .model
        .link
        .model
        .prefs
        .exercise(&squats)
        .unwrap()
        .dose
        .to_string();
    assert_eq!(dose, "3 sets of 10");
}

#[test]
fn a_name_that_is_taken_is_refused() {
    let mut h = window(InProcess::new(monday(9, 0), true), Tab::Exercises, 3600.0);
    h.get_by_role_and_label(Role::TextInput, "Name")
        .set_text_value_accesskit("Calf raises");
    h.run();
    h.get_by_label("There is already an exercise called Calf raises.");
}

#[test]
fn a_new_exercise_takes_the_sitting_minutes_the_file_takes() {
    // The form's "Every N minutes" makes an every_minutes_sitting rule, so it
    // takes exactly that field's range: 600 is saved and runs, 601 is refused
    // before saving.
    let mut h = window(InProcess::new(monday(9, 0), true), Tab::Exercises, 3600.0);
    let add = |h: &egui_kittest::Harness<'static, _>| {
        !h.get_by_label("Add exercise")
            .accesskit_node()
            .is_disabled()
    };
    h.get_by_role_and_label(Role::TextInput, "Name")
        .set_text_value_accesskit("Desk squats");
    h.get_by_role_and_label(Role::TextInput, "Dose")
        .set_text_value_accesskit("2 sets of 10");
    let minutes = |h: &mut egui_kittest::Harness<'static, _>, text: &str| {
        h.get_by_role_and_label(Role::TextInput, "Every N minutes of sitting")
            .set_text_value_accesskit(text);
        h.run();
    };
    minutes(&mut h, "601");
    h.get_by_label("Every N minutes: a number from 5 to 600.");
    assert!(!add(&h));
    minutes(&mut h, "4");
    assert!(!add(&h));
    minutes(&mut h, "600");
    assert!(add(&h));
    h.get_by_label("Add exercise").click();
    h.run();
    let file = std::fs::read_to_string(&h.state().model.prefs_file).unwrap();
    assert!(file.contains("every_minutes_sitting = 600"), "{file}");
    let squats = "desk-squats".parse().unwrap();
    assert!(h.state().model.link.model.prefs.exercise(&squats).is_some());
}

/// Clicks a tab in the header (not a heading of the same name).
fn open_tab(
    h: &mut egui_kittest::Harness<'static, second_heart::gui::app::App<InProcess>>,
    name: &str,
) {
    h.get_all_by_label(name)
        .find(|n| n.accesskit_node().role() != Role::Label)
        .expect("a tab")
        .click();
    h.run();
}

#[test]
fn adding_an_exercise_saves_only_it_and_the_schedules_edits_stay_a_draft() {
    let mut h = window(InProcess::new(monday(9, 0), true), Tab::Schedule, 3600.0);
    h.get_by_role_and_label(Role::TextInput, "Snooze length (minutes)")
        .set_text_value_accesskit("15");
    h.run();
    open_tab(&mut h, "Exercises");
    h.get_by_label_contains("The Schedule tab has unsaved changes");
    h.get_by_role_and_label(Role::TextInput, "Name")
        .set_text_value_accesskit("Desk squats");
    h.run();
    h.get_by_label("Add exercise").click();
    h.run();
    h.get_by_label("Desk squats added. The new schedule is in effect.");
    let file = std::fs::read_to_string(&h.state().model.prefs_file).unwrap();
    assert!(file.contains("[exercises.desk-squats]"), "{file}");
    assert!(!file.contains("snooze_minutes = 15"), "not saved:\n{file}");
    assert_eq!(h.state().model.link.model.prefs.snooze_minutes, 10);

    // The Schedule still has its edit, unsaved, and the new exercise.
    open_tab(&mut h, "Schedule");
    h.get_by_label("Unsaved changes");
    let snooze = h
        .get_by_role_and_label(Role::TextInput, "Snooze length (minutes)")
        .accesskit_node()
        .value();
    assert_eq!(snooze.as_deref(), Some("15"));
    h.get_by_role_and_label(Role::CheckBox, "Desk squats");
    h.get_by_label("Save").click();
    h.run();
    let file = std::fs::read_to_string(&h.state().model.prefs_file).unwrap();
    assert!(file.contains("snooze_minutes = 15"), "{file}");
    assert!(file.contains("[exercises.desk-squats]"), "{file}");
    h.get_by_label("All changes saved");
}

#[test]
fn the_exercises_show_the_schedule_in_effect_and_mark_unsaved_changes() {
    let mut h = window(InProcess::new(monday(9, 0), true), Tab::Schedule, 3600.0);
    // Calf raises' dose, second of the Dose fields.
    h.get_all_by_role_and_label(Role::TextInput, "Dose")
        .nth(1)
        .unwrap()
        .set_text_value_accesskit("2 sets of 20");
    h.run();
    open_tab(&mut h, "Exercises");
    h.get_by_label("3 sets of 15");
    assert!(h.query_by_label("2 sets of 20").is_none());
    assert_eq!(
        h.get_all_by_label("Changed in the Schedule tab, not saved yet")
            .count(),
        1
    );
    h.get_by_label_contains("this page shows the schedule in effect");
}

/// Your own exercise says where it fits (what decides whether it can be a
/// quiet suggestion in a meeting) and which routines it goes with; both
/// are saved in the preferences and shown on its card.
#[test]
fn your_own_exercise_gets_a_place_and_routines() {
    use second_heart::core::moment::{Place, Routine};
    let mut h = window(InProcess::new(monday(9, 0), true), Tab::Exercises, 3600.0);
    h.get_by_role_and_label(Role::TextInput, "Name")
        .set_text_value_accesskit("Heel raises");
    h.get_by_role_and_label(Role::TextInput, "Dose")
        .set_text_value_accesskit("2 sets of 10");
    h.get_by_role_and_label(Role::TextInput, "With routines")
        .set_text_value_accesskit(&format!("kettle, {}", "x".repeat(41)));
    h.run();
    h.get_by_label_contains(
        "is not a routine (morning, evening, after-lunch, kettle, or a name of 1 to 40 characters)",
    );
    assert!(
        h.get_by_label("Add exercise")
            .accesskit_node()
            .is_disabled(),
        "not saved with a bad routine"
    );
    h.get_by_role_and_label(Role::TextInput, "With routines")
        .set_text_value_accesskit("kettle, waiting for the printer");
    h.get_by_role_and_label(Role::ComboBox, "Where").click();
    h.run();
    h.get_by_label("Standing").click();
    h.run();
    h.get_by_label("Add exercise").click();
    h.run();
    let id = "heel-raises".parse().unwrap();
    let prefs = h.state().model.link.model.prefs.clone();
    let e = prefs.exercise(&id).expect("saved");
    assert_eq!(e.place, Place::Standing);
    assert_eq!(
        e.anchors,
        [
            Routine::Kettle,
            Routine::Named("waiting for the printer".into())
        ]
    );
    h.get_by_label("Where: Standing · With: while the kettle boils; waiting for the printer");
    let file = std::fs::read_to_string(&h.state().model.prefs_file).unwrap();
    assert!(file.contains("place = \"standing\""), "{file}");
}
