//! First run, with egui_kittest: the welcome with the safety line, a choice
//! of starter schedule, and Start writing it as the preferences.

use egui_kittest::kittest::{NodeT, Queryable};

use crate::support::window::{InProcess, monday, window};
use second_heart::gui::model::Tab;

#[test]
fn first_run_welcomes_with_the_safety_line_and_writes_the_chosen_starter() {
    let mut h = window(InProcess::first_run(monday(9, 0), true), Tab::Today, 1000.0);
    h.get_by_label("Welcome to Second Heart");
    h.get_by_label_contains(
        "Not medical advice. People with a history of DVT, heart failure or leg pain",
    );
    h.get_by_label("Gentle").click();
    h.run();
    h.get_by_label("Start").click();
    h.run();
    assert!(h.query_by_label("Welcome to Second Heart").is_none());
    h.get_by_label_contains("Gentle schedule saved.");
    let state = h.state();
    assert!(state.model.prefs_file.exists());
    assert_eq!(state.model.link.reloads, 1);
    let ankle = state
        .model
        .link
        .model
        .prefs
        .exercise(&"ankle-rotations".parse().unwrap())
        .unwrap();
    assert_eq!(ankle.rules[0].describe(), "every 90 min of sitting");
}

#[test]
fn a_returning_user_goes_straight_to_today() {
    let h = window(InProcess::new(monday(9, 0), true), Tab::Today, 1000.0);
    assert!(h.query_by_label("Welcome to Second Heart").is_none());
    h.get_by_label("Nothing due right now.");
}

/// The CLI (or another window) saves a schedule while the welcome is on
/// screen: Start keeps that file, shows it, and says the starter was not
/// applied.
#[test]
fn start_keeps_a_schedule_saved_elsewhere_while_the_welcome_was_shown() {
    let mut h = window(InProcess::first_run(monday(9, 0), true), Tab::Today, 1000.0);
    h.get_by_label("Welcome to Second Heart");
    let prefs = h.state().model.prefs_file.clone();
    let theirs = "snooze_minutes = 12\n";
    std::fs::create_dir_all(prefs.parent().unwrap()).unwrap();
    std::fs::write(&prefs, theirs).unwrap();
    h.get_by_label("Gentle").click();
    h.run();
    h.get_by_label("Start").click();
    h.run();
    assert_eq!(std::fs::read_to_string(&prefs).unwrap(), theirs);
    assert!(h.query_by_label("Welcome to Second Heart").is_none());
    h.get_by_label_contains("saved elsewhere meanwhile");
    h.get_by_label_contains("the Gentle starter was not applied");
    let state = h.state();
    let (draft, _) = state.model.schedule.as_ref().expect("the file is loaded");
    assert_eq!(draft.snooze, "12");
}

/// The seed's three everyday moments, one click each: ankle rotations in
/// meetings and a walk during calls start on (the defaults), calf raises
/// while brushing teeth off; Start writes them with the starter.
#[test]
fn the_welcome_offers_the_seeds_three_moments_as_one_click_choices() {
    use second_heart::core::moment::{MeetingPolicy, Routine};
    let mut h = window(InProcess::first_run(monday(9, 0), true), Tab::Today, 1400.0);
    use egui::accesskit::Toggled;
    h.get_by_label("Woven into the day");
    let toggled = |h: &egui_kittest::Harness<'_, _>, label: &str| {
        h.get_by_label(label).accesskit_node().toggled()
    };
    assert_eq!(
        toggled(&h, "Ankle rotations in meetings"),
        Some(Toggled::True)
    );
    assert_eq!(
        toggled(&h, "A walk during phone calls"),
        Some(Toggled::True)
    );
    assert_eq!(
        toggled(&h, "Calf raises while brushing your teeth"),
        Some(Toggled::False)
    );
    // One click each.
    h.get_by_label("Calf raises while brushing your teeth")
        .click();
    h.run();
    assert_eq!(
        toggled(&h, "Calf raises while brushing your teeth"),
        Some(Toggled::True)
    );
    h.get_by_label("A walk during phone calls").click();
    h.run();
    assert_eq!(
        toggled(&h, "A walk during phone calls"),
        Some(Toggled::False)
    );
    h.get_by_label("Start").click();
    h.run();
    assert!(h.query_by_label("Welcome to Second Heart").is_none());
    let prefs = h.state().model.link.model.prefs.clone();
    let calf = prefs.exercise(&"calf-raises".parse().unwrap()).unwrap();
    assert_eq!(calf.anchors, [Routine::Morning, Routine::Evening]);
    assert!(calf.rules.is_empty(), "the routine instead of clock times");
    assert_eq!(prefs.in_meetings, MeetingPolicy::Quiet);
    assert!(!prefs.walk_in_calls);
    let text = std::fs::read_to_string(&h.state().model.prefs_file).unwrap();
    assert!(
        text.contains("\"morning\"") && text.contains("\"evening\""),
        "{text}"
    );
    // Today then lists them with their routine, to tick off.
    h.get_by_label("With your routines");
    h.get_by_label("Calf raises — while brushing teeth, morning");
    h.get_by_label("Calf raises — while brushing teeth, evening");
}
