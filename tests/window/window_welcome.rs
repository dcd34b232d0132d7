//! First run, with egui_kittest: the welcome with the safety line, a choice
//! of starter schedule, and Start writing it as the preferences.

use egui_kittest::kittest::Queryable;

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
