//! The window's Today view, driven by label as a person would, with
//! egui_kittest. The view talks to the real command code (`service`) on
//! temporary files at a pinned local time, so what it shows after a click is
//! what the daemon would say.

use chrono::{DateTime, Local, NaiveDate, TimeZone};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use second_heart::core::{Activity, Via};
use second_heart::gui::app::App;
use second_heart::gui::link::Link;
use second_heart::gui::model::{Connection, Model};
use second_heart::gui::style;
use second_heart::protocol::{Reply, Request};
use second_heart::service::{self, Context, Failure};
use second_heart::store::Paths;

/// The daemon as the window sees it, run in-process.
struct InProcess {
    model: service::Model,
    now: DateTime<Local>,
    running: bool,
    starts: u32,
    _dir: tempfile::TempDir,
}

impl Link for InProcess {
    fn request(&mut self, request: &Request) -> Result<Option<Reply>, Failure> {
        if !self.running {
            return Ok(None);
        }
        let cx = Context {
            now: self.now,
            sitting_since: Activity::assume_sitting().sitting_since,
            via: Via::Window,
            notes: Vec::new(),
        };
        service::execute(&mut self.model, request.clone(), &cx).map(Some)
    }

    fn start(&mut self) -> Result<(), String> {
        self.starts += 1;
        self.running = true;
        Ok(())
    }
}

/// Monday 23 November 2026 at `h:m` local time.
fn monday(h: u32, m: u32) -> DateTime<Local> {
    Local
        .from_local_datetime(
            &NaiveDate::from_ymd_opt(2026, 11, 23)
                .unwrap()
                .and_hms_opt(h, m, 0)
                .unwrap(),
        )
        .unwrap()
}

fn link(now: DateTime<Local>, running: bool) -> InProcess {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths {
        preferences: dir.path().join("preferences.toml"),
        history: dir.path().join("history.jsonl"),
        data_dir: dir.path().to_path_buf(),
        state: dir.path().join("state.json"),
        runtime_dir: dir.path().join("run"),
    };
    InProcess {
        model: service::Model::load(&paths, &now).unwrap(),
        now,
        running,
        starts: 0,
        _dir: dir,
    }
}

fn harness(link: InProcess) -> Harness<'static, App<InProcess>> {
    Harness::builder()
        .with_size([900.0, 900.0])
        .with_context_setup(style::apply)
        .build_ui_state(
            |ui, app: &mut App<InProcess>| app.show(ui),
            App::new(Model::new(link)),
        )
}

/// The text field named "Minutes" (not the label beside it).
fn minutes_field<'a>(h: &'a Harness<'static, App<InProcess>>) -> egui_kittest::Node<'a> {
    let field = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Minutes");
    field.focus();
    field
}

#[test]
fn ticking_off_a_due_session_updates_the_checklist_history_and_streak() {
    // 10:35: calf raises (10:30) and ankle rotations (10:00) are due.
    let mut h = harness(link(monday(10, 35), true));
    h.run();
    assert!(h.get_all_by_label("Calf raises").count() >= 1);
    assert_eq!(h.get_all_by_label("Snooze 10 min").count(), 2);
    assert_eq!(h.state().model.status.as_ref().unwrap().due.len(), 2);
    h.get_all_by_label("Done").next().unwrap().click();
    h.run();
    let status = h.state().model.status.clone().unwrap();
    assert_eq!(status.progress.done, 1);
    assert_eq!(status.due.len(), 1);
    assert_eq!(status.streak.current, 1);
    h.get_by_label("1-day streak");
    h.get_by_label_contains("1 of ");
    let history = &h.state().model.link.model.history;
    assert_eq!(history.len(), 1);
    assert_eq!(history.sessions()[0].via, Some(Via::Window));
}

#[test]
fn snooze_and_skip_from_the_window() {
    let mut h = harness(link(monday(10, 35), true));
    h.run();
    h.get_all_by_label("Snooze 10 min").next().unwrap().click();
    h.run();
    h.get_by_label_contains("Snoozed until");
    h.get_by_label("Skip").click();
    h.run();
    let status = h.state().model.status.clone().unwrap();
    assert!(status.due.is_empty(), "{:?}", status.due);
    h.get_by_label("Nothing due right now.");
}

#[test]
fn logging_thirty_minutes_of_cycling_grows_the_weeks_bar() {
    let mut h = harness(link(monday(18, 0), true));
    h.run();
    h.get_by_label_contains("Cycling: 0 of 150 min");
    minutes_field(&h).type_text("30");
    h.run();
    h.get_by_label("Log").click();
    h.run();
    h.get_by_label_contains("Cycling: 30 of 150 min");
    assert_eq!(h.state().model.log_minutes, "", "cleared after logging");
}

#[test]
fn bad_minutes_are_explained_and_nothing_is_logged() {
    let mut h = harness(link(monday(18, 0), true));
    h.run();
    minutes_field(&h).type_text("lots");
    h.run();
    h.get_by_label("Log").click();
    h.run();
    h.get_by_label("Minutes: `lots` is not a number from 1 to 600.");
    assert!(h.state().model.link.model.history.is_empty());
}

#[test]
fn without_a_daemon_the_window_says_so_shows_no_stale_data_and_offers_to_start_it() {
    let mut h = harness(link(monday(10, 35), false));
    h.run();
    h.get_by_label("The background daemon is not running.");
    assert!(
        h.query_by_label("Calf raises").is_none(),
        "no data without the daemon"
    );
    assert_eq!(h.state().model.connection, Connection::NotRunning(None));
    h.get_by_label("Start it").click();
    h.run();
    assert_eq!(h.state().model.link.starts, 1);
    assert!(h.get_all_by_label("Calf raises").count() >= 1);
}

#[test]
fn pause_and_resume() {
    let mut h = harness(link(monday(10, 35), true));
    h.run();
    h.get_by_label("Pause 1 hour").click();
    h.run();
    h.get_by_label_contains("Prompts are paused until");
    h.get_by_label("Nothing due right now.");
    h.get_by_label("Resume").click();
    h.run();
    assert!(h.query_by_label_contains("Prompts are paused").is_none());
}
