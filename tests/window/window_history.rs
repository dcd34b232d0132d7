//! The window's History view, read by label as a screen reader would, with
//! egui_kittest. Sessions are recorded through the real command code
//! (`service`) on temporary files at a pinned local time, so the view shows
//! what the daemon would report.

use std::path::PathBuf;

use chrono::{DateTime, Local, NaiveDate};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::support::window::{InProcess, november as nov};
use second_heart::gui::link::Link;
use second_heart::gui::model::{Model, Notice};
use second_heart::gui::style;
use second_heart::gui::views::history;
use second_heart::protocol::{Reply, Request};
use second_heart::service::Failure;
use second_heart::store::Paths;

/// The day an export is made on, which names its file.
fn export_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn link(now: DateTime<Local>) -> InProcess {
    InProcess::new(now, true)
}

/// Monday 23 November: calf raises, ankle rotations and a 40-minute ride
/// done, the bent-knee stretch skipped. Tuesday 24: calf raises again.
/// "Now" is Tuesday 24 November at 18:00.
fn recorded_week() -> InProcess {
    let mut l = link(nov(24, 18, 0));
    l.done("calf-raises", nov(23, 10, 30), None);
    l.done("ankle-rotations", nov(23, 11, 0), None);
    l.skip("soleus-stretch", nov(23, 11, 45));
    l.done("cycling", nov(23, 18, 0), Some(40));
    l.done("calf-raises", nov(24, 10, 30), None);
    l
}

fn harness(link: InProcess) -> Harness<'static, Model<InProcess>> {
    let prefs = link.dir.path().join("preferences.toml");
    Harness::builder()
        .with_size([900.0, 1000.0])
        .with_context_setup(style::apply)
        .build_ui_state(
            |ui, model: &mut Model<InProcess>| history::show(ui, model),
            Model::new(link, prefs),
        )
}

#[test]
fn the_heat_map_says_what_was_done_each_day() {
    let mut h = harness(recorded_week());
    h.run();
    assert!(h.state().history.is_some(), "fetched when first shown");
    h.get_by_label("Mon 23 Nov: 3 done, 1 skipped, 40 min");
    h.get_by_label("Tue 24 Nov: 1 done");
    h.get_by_label("Sun 22 Nov: before your first session");
    // Twelve weeks back to Monday 7 September, nothing after today; the
    // days before the first session (Monday 23) were not missed.
    h.get_by_label("Mon 7 Sep: before your first session");
    h.get_by_label("Fri 20 Nov: before your first session");
    assert!(h.query_by_label_contains("Sun 6 Sep").is_none());
    assert!(h.query_by_label_contains("Wed 25 Nov").is_none());
    // The squares, the legend and the chart's heading are all there.
    h.get_by_label("Less");
    h.get_by_label("More");
    // Monday 23 and Tuesday 24, the weekdays since the first session; not
    // the 55 weekdays from 7 September before it.
    h.get_by_label("Something done on 2 of 2 scheduled days since you started.");
    h.get_by_label("Active minutes per week");
    h.get_by_label("Dashed line: target 150 min a week");
    h.get_by_label_contains("Active minutes per week: 40 min this week of a 150 min target");
}

#[test]
fn a_missed_day_since_the_first_use_counts_and_today_only_once_done() {
    // First used Thursday 19; Friday 20 nothing; Monday 23 done; today
    // (Tuesday 24, 09:00) nothing yet.
    let mut l = link(nov(24, 9, 0));
    l.done("calf-raises", nov(19, 10, 30), None);
    l.done("calf-raises", nov(23, 10, 30), None);
    let mut h = harness(l);
    h.run();
    h.get_by_label("Something done on 2 of 3 scheduled days since you started.");
    h.get_by_label("Wed 18 Nov: before your first session");
    h.get_by_label("Fri 20 Nov: 0 done");
    h.get_by_label("Sun 22 Nov: 0 done, rest day");
    // The rate beside it is over the same span: 2 of 2 prompts answered.
    h.get_by_label("100% over 12 weeks (2 of 2)");
}

/// The rect of the heat map square named `label`.
fn square(h: &Harness<'static, Model<InProcess>>, label: &str) -> egui::Rect {
    h.get_by_label(label).rect()
}

#[test]
fn the_heat_map_grows_with_the_window() {
    let mut h = harness(recorded_week());
    h.run();
    let day = "Tue 24 Nov: 1 done";
    let narrow = square(&h, day);
    h.set_size(egui::vec2(1400.0, 1000.0));
    h.run();
    let wide = square(&h, day);
    assert!(
        wide.width() > narrow.width() * 1.3,
        "{narrow:?} at 900 points, {wide:?} at 1400"
    );
    assert!((wide.width() - wide.height()).abs() < 0.5, "still square");
    // Twelve weeks of squares fill most of their half of the window.
    let first = square(&h, "Mon 7 Sep: before your first session");
    assert!(wide.right() - first.left() > 1400.0 / 2.0 * 0.7);
}

#[test]
fn active_minutes_are_the_same_figure_in_history_and_today_and_said_so() {
    let mut h = harness(ride_walk_and_legs_up());
    h.run();
    let report = h.state().history.clone().unwrap();
    assert_eq!(report.weeks.last().unwrap().minutes, 40);
    h.get_by_label("Active minutes: the minutes of Cycling, the exercise with a weekly target.");
    h.get_by_label_contains("Active minutes per week: 40 min this week of a 150 min target");
    h.get_by_label("Mon 23 Nov: 1 done, 40 min");
    h.get_by_label("Tue 24 Nov: 2 done");
    // Today's target bar and `status` say the same 40.
    h.state_mut().refresh();
    let status = h.state().status.clone().unwrap();
    assert_eq!(status.weekly_targets[0].minutes, 40);
    assert_eq!(status.weeks.last().unwrap().minutes, 40);
    let mut today = crate::support::window::window(
        ride_walk_and_legs_up(),
        second_heart::gui::model::Tab::Today,
        900.0,
    );
    today.run();
    today.get_by_label("Cycling: 40 of 150 min this week");
}

/// A 40-minute ride on Monday 23, a 30-minute walk and legs up (a 5-minute
/// dose) on Tuesday 24: only the ride is toward the 150-minute target.
fn ride_walk_and_legs_up() -> InProcess {
    let mut l = link(nov(24, 18, 0));
    l.done("cycling", nov(23, 18, 0), Some(40));
    l.done("brisk-walk", nov(24, 12, 20), Some(30));
    l.done("legs-up", nov(24, 14, 0), None);
    l
}

#[test]
fn hovering_a_day_shows_its_counts() {
    let mut h = harness(recorded_week());
    h.run();
    h.get_by_label("Mon 23 Nov: 3 done, 1 skipped, 40 min")
        .hover();
    h.run();
    // The tooltip repeats the label: now two nodes say it.
    assert_eq!(
        h.get_all_by_label("Mon 23 Nov: 3 done, 1 skipped, 40 min")
            .count(),
        2
    );
}

#[test]
fn hovering_the_chart_settles_without_repainting_forever() {
    let mut h = harness(recorded_week());
    h.run();
    h.get_by_label_contains("Active minutes per week: ").hover();
    // `run` panics if frames keep being requested.
    h.run();
    h.get_by_label("Active minutes per week");
}

#[test]
fn streaks_count_days_done_running() {
    let mut h = harness(recorded_week());
    h.run();
    h.get_by_label("Streaks");
    let report = h.state().history.clone().unwrap();
    let calf = report
        .exercises
        .iter()
        .find(|e| e.exercise.as_str() == "calf-raises")
        .unwrap();
    assert_eq!((calf.streak.current, calf.streak.best), (2, 2));
    // Calf raises: current and best both read "2 days".
    assert_eq!(h.get_all_by_label("2 days").count(), 2);
    h.get_by_label("Calf raises");
    h.get_by_label("Bent-knee calf stretch");
}

#[test]
fn prompts_done_per_week_with_a_dash_for_weeks_without_prompts() {
    let mut h = harness(recorded_week());
    h.run();
    h.get_by_label("Prompts done");
    // This week: 4 done and 1 skipped.
    h.get_by_label("This week");
    h.get_by_label("80%");
    h.get_by_label("4 of 5");
    h.get_by_label("Last week");
    assert!(
        h.get_all_by_label("–").count() >= 5,
        "older weeks are empty"
    );
    h.get_by_label("80% over 12 weeks (4 of 5)");
}

#[test]
fn thirty_minutes_of_cycling_grow_this_weeks_minutes_once_the_status_is_refreshed() {
    let mut h = harness(recorded_week());
    h.run();
    let before = h.state().history.clone().unwrap();
    assert_eq!(before.weeks.len(), 12);
    assert_eq!(
        before.weeks.last().unwrap().start,
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    );
    assert_eq!(before.weeks.last().unwrap().minutes, 40);
    assert_eq!(before.weekly_target_minutes, 150);

    let now = h.state().link.now;
    h.state_mut().link.done("cycling", now, Some(30));
    // No button to fetch again: the view follows the status, which the
    // window asks for again when the daemon says something changed.
    assert!(h.query_by_label("Reload").is_none());
    h.run();
    assert_eq!(
        h.state()
            .history
            .as_ref()
            .unwrap()
            .weeks
            .last()
            .unwrap()
            .minutes,
        40
    );
    h.state_mut().refresh();
    h.run();
    let after = h.state().history.clone().unwrap();
    assert_eq!(after.weeks.last().unwrap().minutes, 70);
    h.get_by_label("Tue 24 Nov: 2 done, 30 min");
    h.get_by_label_contains("70 min this week");

    // The model's own refresh says the same.
    h.state_mut().history = None;
    h.state_mut().refresh_history(12);
    assert_eq!(
        h.state()
            .history
            .as_ref()
            .unwrap()
            .weeks
            .last()
            .unwrap()
            .minutes,
        70
    );
}

#[test]
fn without_history_data_nothing_is_drawn_and_the_daemon_is_asked_once() {
    struct Down(u32);
    impl Link for Down {
        fn request(&mut self, _: &Request) -> Result<Option<Reply>, Failure> {
            self.0 += 1;
            Ok(None)
        }
        fn start(&mut self) -> Result<(), String> {
            Ok(())
        }
    }
    let mut h = Harness::builder()
        .with_size([900.0, 1000.0])
        .with_context_setup(style::apply)
        .build_ui_state(
            |ui, model: &mut Model<Down>| history::show(ui, model),
            Model::new(Down(0), PathBuf::from("/nonexistent/preferences.toml")),
        );
    h.run();
    h.run();
    assert!(h.query_by_label("History").is_none());
    // One status request from `Model::new`, one history request.
    assert_eq!(h.state().link.0, 2);
}

#[test]
fn export_writes_a_header_and_one_line_per_session() {
    let l = recorded_week();
    let out = tempfile::tempdir().unwrap();
    let (path, n) = history::export_csv(&l.paths.history, out.path(), export_day()).unwrap();
    assert_eq!(path, out.path().join("second-heart-history-2026-11-24.csv"));
    assert_eq!(n, 5);
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "at,exercise,outcome,dose,minutes,until,via");
    assert_eq!(lines.len(), 6);
    assert!(
        lines
            .iter()
            .any(|l| l.contains(",cycling,done,") && l.contains(",40,"))
    );
    assert!(lines.iter().any(|l| l.contains(",soleus-stretch,skipped,")));

    // Again the same day: replaced, not appended to.
    let (again, _) = history::export_csv(&l.paths.history, out.path(), export_day()).unwrap();
    assert_eq!(std::fs::read_to_string(again).unwrap(), text);
}

#[test]
fn exporting_a_missing_history_writes_just_the_header() {
    let out = tempfile::tempdir().unwrap();
    let (path, n) = history::export_csv(
        &out.path().join("no-such-history.jsonl"),
        out.path(),
        export_day(),
    )
    .unwrap();
    assert_eq!(n, 0);
    assert_eq!(
        std::fs::read_to_string(path).unwrap(),
        "at,exercise,outcome,dose,minutes,until,via\n"
    );
}

#[test]
fn exporting_into_a_missing_folder_names_the_file_and_the_error() {
    let l = recorded_week();
    let out = tempfile::tempdir().unwrap();
    let missing = out.path().join("not-there");
    let err = history::export_csv(&l.paths.history, &missing, export_day()).unwrap_err();
    assert!(
        err.contains(
            &missing
                .join("second-heart-history-2026-11-24.csv")
                .display()
                .to_string()
        ),
        "{err}"
    );
    assert!(err.starts_with("Cannot write"), "{err}");
}

/// Runs `test` again in a child process whose HOME and XDG folders are a
/// temporary directory (the export button uses the real locations), with
/// `documents` as the desktop's documents folder when given (written into
/// user-dirs.dirs, as xdg-user-dirs does). Returns that home.
fn export_in_a_private_home(test: &str, documents: Option<&str>) -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join(".config");
    std::fs::create_dir_all(&config).unwrap();
    if let Some(dir) = documents {
        std::fs::write(
            config.join("user-dirs.dirs"),
            format!("XDG_DOCUMENTS_DIR=\"$HOME/{dir}\"\n"),
        )
        .unwrap();
        std::fs::create_dir_all(home.path().join(dir)).unwrap();
    }
    let status = std::process::Command::new(std::env::current_exe().unwrap())
        .args([test, "--exact", "--nocapture"])
        .env("SECOND_HEART_EXPORT_CHILD", "1")
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", &config)
        .env("XDG_DATA_HOME", home.path().join(".local/share"))
        .env("XDG_STATE_HOME", home.path().join(".local/state"))
        .env_remove("XDG_DOCUMENTS_DIR")
        .status()
        .unwrap();
    assert!(status.success());
    home
}

#[test]
fn without_a_documents_folder_the_export_says_home_and_writes_there() {
    if std::env::var_os("SECOND_HEART_EXPORT_CHILD").is_some() {
        let home = PathBuf::from(std::env::var_os("HOME").unwrap());
        return export_button_child(&home, "your home folder (~)");
    }
    let home = export_in_a_private_home(
        "window_history::without_a_documents_folder_the_export_says_home_and_writes_there",
        None,
    );
    assert!(
        home.path()
            .join("second-heart-history-2026-11-24.csv")
            .exists()
    );
}

#[test]
fn the_export_button_writes_to_the_desktops_documents_folder_and_says_so() {
    if std::env::var_os("SECOND_HEART_EXPORT_CHILD").is_some() {
        let home = PathBuf::from(std::env::var_os("HOME").unwrap());
        return export_button_child(
            &home.join("Dokumente"),
            "your Documents folder (~/Dokumente)",
        );
    }
    let home = export_in_a_private_home(
        "window_history::the_export_button_writes_to_the_desktops_documents_folder_and_says_so",
        Some("Dokumente"),
    );
    assert!(
        home.path()
            .join("Dokumente/second-heart-history-2026-11-24.csv")
            .exists()
    );
    assert!(
        !home
            .path()
            .join("second-heart-history-2026-11-24.csv")
            .exists()
    );
}

/// In the child: the view says where before the click, and the click
/// writes there and says the file.
fn export_button_child(folder: &std::path::Path, which: &str) {
    let paths = Paths::from_env().unwrap();
    let mut l = link(nov(24, 18, 0));
    // Record into the real (temporary) history file.
    l.model.history_file = second_heart::store::HistoryFile::new(paths.history.clone());
    l.done("calf-raises", nov(24, 10, 30), None);
    let mut h = harness(l);
    h.run();
    h.get_by_label(&format!(
        "Every recorded session as a spreadsheet (CSV), saved in {which}."
    ));
    h.get_by_label("Export CSV").click();
    h.run();
    let file = folder.join("second-heart-history-2026-11-24.csv");
    let expected = format!("Exported 1 session to {}", file.display());
    assert_eq!(h.state().notice, Some(Notice::Info(expected.clone())));
    h.get_by_label(&expected);
    assert_eq!(std::fs::read_to_string(file).unwrap().lines().count(), 2);
}

/// What the moments add up to: sessions done in meetings and in calls this
/// week, counted from the context each one recorded.
#[test]
fn history_counts_the_sessions_done_in_meetings_and_calls_this_week() {
    use second_heart::core::moment::BusyMode;
    use second_heart::gui::link::Link;
    use second_heart::protocol::Request;
    let busy = |mode| Request::Busy {
        duration: "1h".into(),
        mode: Some(mode),
    };
    let mut link =
        crate::support::window::InProcess::new(crate::support::window::monday(10, 35), true);
    link.request(&busy(BusyMode::Meeting)).unwrap();
    link.done(
        "ankle-rotations",
        crate::support::window::monday(10, 5),
        None,
    );
    link.done(
        "ankle-rotations",
        crate::support::window::monday(10, 30),
        None,
    );
    link.request(&busy(BusyMode::Call)).unwrap();
    link.done(
        "brisk-walk",
        crate::support::window::monday(10, 34),
        Some(20),
    );
    let contexts: Vec<_> = link
        .model
        .history
        .sessions()
        .iter()
        .map(|s| s.context)
        .collect();
    assert_eq!(contexts.len(), 3);
    let h = crate::support::window::window(link, second_heart::gui::model::Tab::History, 1400.0);
    h.get_by_label("2 sessions in meetings, 1 session in calls this week");
}
