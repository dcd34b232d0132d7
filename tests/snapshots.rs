//! Rendered snapshots of every view (egui_kittest with wgpu on Mesa's CPU
//! driver). The PNGs are checked in under tests/snapshots/; a change in how
//! a view looks fails here until accepted with UPDATE_SNAPSHOTS=1.

mod support;

use egui_kittest::Harness;

use second_heart::core::Via;
use second_heart::gui::app::App;
use second_heart::gui::model::{Model, Tab};
use second_heart::gui::style;
use second_heart::protocol::Request;
use second_heart::service::{self, Context};
use support::window::{InProcess, monday};

/// A week of use: some sessions done, some skipped, a ride and a walk.
fn used(link: &mut InProcess) {
    let mut record = |request: Request, day: u32, h: u32, m: u32| {
        let now = chrono::TimeZone::from_local_datetime(
            &chrono::Local,
            &chrono::NaiveDate::from_ymd_opt(2026, 11, day)
                .unwrap()
                .and_hms_opt(h, m, 0)
                .unwrap(),
        )
        .unwrap();
        let cx = Context {
            now,
            sitting_since: None,
            via: Via::Window,
            notes: Vec::new(),
        };
        service::execute(&mut link.model, request, &cx).unwrap();
    };
    let done = |e: &str, minutes: Option<u32>| Request::Done {
        exercise: Some(e.into()),
        minutes,
        dose: None,
        at: None,
    };
    for day in [16, 17, 18, 19, 20] {
        record(done("ankle-rotations", None), day, 10, 2);
        record(done("calf-raises", None), day, 10, 31);
        record(done("soleus-stretch", None), day, 11, 46);
    }
    record(done("brisk-walk", Some(30)), 18, 12, 20);
    record(done("cycling", Some(45)), 21, 10, 0);
    record(done("cycling", Some(40)), 22, 17, 0);
    record(done("ankle-rotations", None), 23, 10, 1);
    record(
        Request::Skip {
            exercise: Some("legs-up".into()),
            at: None,
        },
        23,
        11,
        31,
    );
}

fn snapshot(tab: Tab, height: f32, first_run: bool, name: &str) {
    let now = monday(11, 50);
    let mut link = if first_run {
        InProcess::first_run(now, true)
    } else {
        InProcess::new(now, true)
    };
    if !first_run {
        used(&mut link);
    }
    let prefs = link.paths.preferences.clone();
    let mut model = Model::new(link, prefs);
    model.tab = tab;
    let mut h = Harness::builder()
        .with_size([900.0, height])
        .with_theme(egui::Theme::Dark)
        .with_context_setup(style::apply)
        .wgpu()
        .build_ui_state(|ui, app: &mut App<InProcess>| app.show(ui), App::new(model));
    h.run();
    h.snapshot(name);
}

#[test]
fn today() {
    snapshot(Tab::Today, 900.0, false, "today");
}

#[test]
fn schedule() {
    snapshot(Tab::Schedule, 1400.0, false, "schedule");
}

#[test]
fn exercises() {
    snapshot(Tab::Exercises, 1600.0, false, "exercises");
}

#[test]
fn history() {
    snapshot(Tab::History, 1000.0, false, "history");
}

#[test]
fn welcome() {
    snapshot(Tab::Today, 820.0, true, "welcome");
}
