//! The player of a guided session, with egui_kittest against the service
//! run in-process: started from a due card or an exercise, followed step by
//! step, paused, skipped and stopped, recording what was done; and it
//! repaints at ten frames a second only while a session runs.

use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::support::window::{InProcess, monday, window};
use second_heart::core::{Outcome, Via};
use second_heart::gui::app::App;
use second_heart::gui::model::Tab;

fn harness(tab: Tab) -> Harness<'static, App<InProcess>> {
    window(InProcess::new(monday(10, 35), true), tab, 1000.0)
}

/// The clock moves on `seconds` (the session with it); the window hears of
/// it as from the daemon's push.
fn later(h: &mut Harness<'static, App<InProcess>>, seconds: i64) {
    h.state_mut().model.link.advance(seconds);
    h.state_mut().model.refresh();
    h.run();
}

/// How soon the window asked to be drawn again.
fn repaint_delay(h: &Harness<'static, App<InProcess>>) -> Duration {
    h.output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.repaint_delay)
        .unwrap_or(Duration::MAX)
}

#[test]
fn a_session_started_on_a_due_card_is_followed_step_by_step_and_stop_records_what_was_done() {
    let mut h = harness(Tab::Today);
    // 10:35: ankle rotations (10:00) and calf raises (10:30) are due.
    h.get_all_by_label("Start").nth(1).unwrap().click();
    h.run();
    h.get_by_label("Set 1 of 3");
    h.get_by_label("0/15 reps");
    h.get_by_label("Step 1 of 5 · Next: Rest");
    h.get_by_label("0:45 left in Set 1 of 3");
    assert!(
        h.get_all_by_label("Start")
            .all(|b| b.accesskit_node().is_disabled()),
        "one session at a time"
    );
    // 20 s in: 6 reps at 3 s each; then into the rest, then set 2.
    later(&mut h, 20);
    h.get_by_label("6/15 reps");
    later(&mut h, 30);
    h.get_by_label("Rest");
    h.get_by_label("0:25 left in Rest");
    later(&mut h, 25 + 45 + 30 + 9);
    h.get_by_label("Set 3 of 3");
    h.get_by_label("2 of 3 sets done");
    h.get_by_label("Stop").click();
    h.run();
    let history = h.state().model.link.model.history.clone();
    assert_eq!(history.len(), 1);
    let s = &history.sessions()[0];
    assert_eq!(
        (s.exercise.as_str(), s.outcome, s.via),
        ("calf-raises", Outcome::Done, Some(Via::Window))
    );
    assert_eq!(
        s.dose.map(|d| d.to_string()).as_deref(),
        Some("2 sets of 15")
    );
    // The prompt it was started from is settled; what it came to stays on
    // screen until dismissed.
    let status = h.state().model.status.clone().unwrap();
    assert!(status.guided.is_none());
    assert!(
        !status
            .due
            .iter()
            .any(|d| d.exercise.as_str() == "calf-raises")
    );
    assert!(
        h.query_by_label("Set 3 of 3").is_none(),
        "the player is gone"
    );
    assert!(
        h.get_all_by_label_contains("Done: Calf raises, 2 sets of 15")
            .count()
            >= 1
    );
    h.get_by_label("OK").click();
    h.run();
    assert!(h.state().model.following.is_none());
}

#[test]
fn pause_stands_still_resume_goes_on_and_skip_moves_to_the_next_step() {
    let mut h = harness(Tab::Exercises);
    h.get_by_label("Start Bent-knee calf stretch").click();
    h.run();
    h.get_by_label("Right leg");
    later(&mut h, 10);
    h.get_by_label("Pause").click();
    h.run();
    h.get_by_label("Resume");
    later(&mut h, 60);
    h.get_by_label("0:20 left in Right leg");
    h.get_by_label("Resume").click();
    h.run();
    h.get_by_label("Skip step").click();
    h.run();
    h.get_by_label("Switch legs");
    h.get_by_label("Step 2 of 3 · Next: Left leg");
    later(&mut h, 5 + 30);
    // Right leg 10 s, left leg 30 s: 20 s each leg on average.
    let history = h.state().model.link.model.history.clone();
    assert_eq!(history.len(), 1);
    assert_eq!(
        history.sessions()[0].dose.map(|d| d.to_string()).as_deref(),
        Some("20 s each leg")
    );
    h.state_mut().model.refresh();
    h.run();
    assert!(
        h.get_all_by_label_contains("Done: Bent-knee calf stretch, 20 s each leg")
            .count()
            >= 1
    );
}

#[test]
fn the_window_repaints_ten_times_a_second_while_a_session_runs_and_not_otherwise() {
    let mut h = harness(Tab::Today);
    h.run();
    assert!(
        repaint_delay(&h) >= Duration::from_secs(1),
        "idle: {:?}",
        repaint_delay(&h)
    );
    h.get_all_by_label("Start").next().unwrap().click();
    h.run();
    assert_eq!(repaint_delay(&h), Duration::from_millis(100));
    h.get_by_label("Pause").click();
    h.run();
    assert!(
        repaint_delay(&h) >= Duration::from_secs(1),
        "paused: {:?}",
        repaint_delay(&h)
    );
}

#[test]
fn a_walk_that_ran_by_itself_asks_to_keep_or_correct_its_minutes() {
    // Tall enough for the last exercise's Start to be on screen.
    let mut h = window(InProcess::new(monday(10, 35), true), Tab::Exercises, 2600.0);
    h.get_by_label("Start Legs up").click();
    h.run();
    h.get_by_label("Step 1 of 1 · Last step");
    // The screen locked, the user away: it runs its 5 minutes alone.
    later(&mut h, 301);
    h.get_by_label("Legs up ran its 5 min by itself: 5 min are recorded.");
    let minutes = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Minutes");
    minutes.set_text_value_accesskit("3");
    h.run();
    h.get_by_label("Correct").click();
    h.run();
    h.get_by_label_contains("Corrected: Legs up, 3 min (was 5).");
    let history = h.state().model.link.model.history.clone();
    assert_eq!(history.len(), 1, "corrected, not added");
    assert_eq!(history.sessions()[0].minutes, Some(3));
    let line = std::fs::read_to_string(&h.state().model.link.paths.history).unwrap();
    assert!(line.contains("\"minutes\":3"), "{line}");
    assert!(
        h.query_by_label("Legs up ran its 5 min by itself: 5 min are recorded.")
            .is_none()
    );
    // Stopped by the user: nothing to confirm.
    h.get_by_label("Start Legs up").click();
    h.run();
    later(&mut h, 90);
    h.get_by_label("Stop").click();
    h.run();
    assert!(h.query_by_label_contains("by itself").is_none());
}
