//! The window's Today view, driven by label as a person would, with
//! egui_kittest. The view talks to the real command code (`service`) on
//! temporary files at a pinned local time, so what it shows after a click is
//! what the daemon would say.

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::support::wait_until;
use crate::support::window::{InProcess, monday, temp_computer, window};
use second_heart::core::Via;
use second_heart::gui::app::App;
use second_heart::gui::link::{Follow, Link, Pushes};
use second_heart::gui::model::{Connection, Model, Tab};
use second_heart::gui::style;
use second_heart::protocol::{Push, Reply, Request};
use second_heart::service::{self, Context, Failure};

fn link(now: chrono::DateTime<chrono::Local>, running: bool) -> InProcess {
    InProcess::new(now, running)
}

fn harness(link: InProcess) -> Harness<'static, App<InProcess>> {
    window(link, Tab::Today, 900.0)
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
fn a_done_card_left_on_screen_after_the_session_was_done_elsewhere_records_nothing_twice() {
    // 10:35: the window shows the calf raises' card (due since 10:30).
    let mut h = harness(link(monday(10, 35), true));
    h.run();
    assert!(h.get_all_by_label("Calf raises").count() >= 1);
    // Meanwhile they are ticked off at the terminal; the window has not
    // refreshed, so its card is still there.
    {
        let link = &mut h.state_mut().model.link;
        let cx = Context {
            now: link.now,
            sitting_since: None,
            via: Via::Cli,
            notes: Vec::new(),
        };
        let done = Request::Done {
            exercise: Some("calf-raises".into()),
            minutes: None,
            dose: None,
            at: None,
            prompt: None,
            anchor: None,
        };
        service::execute(&mut link.model, done, &cx).unwrap();
    }
    // The cards in the order they fell due: ankle rotations, calf raises.
    let cards = h.state().model.status.clone().unwrap().due;
    assert_eq!(cards[1].exercise.as_str(), "calf-raises", "{cards:?}");
    h.get_all_by_label("Done").nth(1).unwrap().click();
    h.run();
    h.get_by_label_contains(
        "Calf raises was already done at 10:35 from the command line; nothing recorded.",
    );
    let history = &h.state().model.link.model.history;
    assert_eq!(history.len(), 1, "recorded once");
    assert_eq!(history.sessions()[0].via, Some(Via::Cli));
    // The card is gone with the refresh; the other one is still there.
    let status = h.state().model.status.clone().unwrap();
    assert_eq!(status.due.len(), 1);
    assert_eq!(status.due[0].exercise.as_str(), "ankle-rotations");
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

#[test]
fn the_quick_log_offers_the_exercises_that_record_minutes() {
    // 18:00, after working hours: nothing else on the page names an exercise
    // the quick log might offer.
    let mut h = harness(link(monday(18, 0), true));
    h.run();
    let offered = |h: &Harness<'static, App<InProcess>>| -> Vec<String> {
        h.get_all_by_role(egui::accesskit::Role::Button)
            .filter_map(|n| n.accesskit_node().label())
            .filter(|l| ["Brisk walk", "Cycling", "Legs up", "Calf raises"].contains(&l.as_str()))
            .collect()
    };
    assert!(offered(&h).is_empty(), "{:?}", offered(&h));
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Activity")
        .click();
    h.run();
    // The built-ins measured in minutes; the counted ones are not offered.
    assert_eq!(offered(&h), ["Brisk walk", "Cycling", "Legs up"]);
    h.get_by_label("Brisk walk").click();
    h.run();
    minutes_field(&h).type_text("20");
    h.run();
    h.get_by_label("Log").click();
    h.run();
    let history = &h.state().model.link.model.history;
    assert_eq!(history.len(), 1);
    let s = &history.sessions()[0];
    assert_eq!((s.exercise.as_str(), s.minutes), ("brisk-walk", Some(20)));
}

#[test]
fn the_checklist_is_part_of_the_page_not_a_box_of_its_own() {
    let mut h = window(link(monday(10, 35), true), Tab::Today, 1400.0);
    let times: Vec<String> = h
        .state()
        .model
        .status
        .as_ref()
        .unwrap()
        .checklist
        .iter()
        .map(|i| second_heart::report::hm(&i.at))
        .collect();
    assert!(times.len() >= 8, "{times:?}");
    let first = h.get_all_by_label(&times[0]).next().unwrap().rect();
    for t in &times {
        let r = h.get_all_by_label(t).next().unwrap().rect();
        assert!(r.max.y <= 1400.0, "{t} is below the window: {r:?}");
    }
    // Scrolling where the checklist is moves nothing: the page fits.
    h.get_all_by_label(&times[0]).next().unwrap().scroll_down();
    h.run();
    assert_eq!(h.get_all_by_label(&times[0]).next().unwrap().rect(), first);
}

#[test]
fn a_session_that_becomes_due_is_scrolled_into_view() {
    // A small window: one column, a long page.
    let height = 320.0;
    let mut h = Harness::builder()
        .with_size([520.0, height])
        .with_context_setup(second_heart::gui::style::apply)
        .build_ui_state(
            |ui, app: &mut App<InProcess>| app.show(ui),
            crate::support::window::app(link(monday(9, 50), true), Tab::Today),
        );
    h.run();
    h.get_by_label("Pause until tomorrow").scroll_to_me();
    h.run();
    let nothing = h.get_by_label("Nothing due right now.").rect();
    assert!(nothing.max.y < 0.0, "scrolled past the top: {nothing:?}");
    // 10:05: ankle rotations became due (a pushed update, or a refresh).
    h.state_mut().model.link.now = monday(10, 5);
    h.state_mut().model.refresh();
    h.run();
    // The whole card, from its name to its buttons, below the tabs.
    let tabs = h
        .get_by_role_and_label(egui::accesskit::Role::Button, "Today")
        .rect();
    let name = h.get_all_by_label("Ankle rotations").next().unwrap().rect();
    let done = h.get_by_label("Done").rect();
    assert!(
        name.min.y >= tabs.max.y && done.max.y <= height,
        "the new card is in view: {name:?} to {done:?} (nothing due was at {nothing:?})"
    );
}

#[test]
fn a_double_click_on_done_does_not_answer_the_card_that_moves_under_it() {
    // 10:35: two cards due, one above the other.
    let mut h = Harness::builder()
        .with_size([900.0, 900.0])
        .with_step_dt(0.05)
        .with_context_setup(second_heart::gui::style::apply)
        .build_ui_state(
            |ui, app: &mut App<InProcess>| app.show(ui),
            crate::support::window::app(link(monday(10, 35), true), Tab::Today),
        );
    h.run_steps(20);
    let at = h.get_all_by_label("Done").next().unwrap().rect().center();
    let click = |h: &Harness<'static, App<InProcess>>| {
        for pressed in [true, false] {
            h.event(egui::Event::PointerButton {
                pos: at,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::default(),
            });
        }
    };
    h.event(egui::Event::PointerMoved(at));
    click(&h);
    click(&h);
    h.run();
    assert_eq!(h.state().model.link.model.history.len(), 1, "one answer");
    // The next card's Done is where the pointer is...
    let next = h.get_by_label("Done").rect();
    assert!(next.contains(at), "{next:?} {at:?}");
    // ...and a click meant for it, a moment later, counts.
    h.run_steps(20);
    h.get_by_label("Done").click();
    h.run();
    assert_eq!(h.state().model.link.model.history.len(), 2);
}

#[test]
fn answering_from_the_keyboard_leaves_the_focus_on_the_next_card() {
    let mut h = harness(link(monday(10, 35), true));
    h.get_all_by_label("Done").next().unwrap().focus();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(h.state().model.link.model.history.len(), 1);
    let focused = h.query_by(|n| n.is_focused()).expect("something has focus");
    assert_eq!(focused.accesskit_node().label().as_deref(), Some("Done"));
    assert_eq!(
        focused.rect(),
        h.get_by_label("Done").rect(),
        "the next card's"
    );
}

/// The in-process daemon, followed: pushes are whatever the test sends, and
/// every status request is counted.
struct Followed {
    daemon: InProcess,
    pushes: Arc<Mutex<Option<Receiver<Push>>>>,
    asked: u32,
}

struct Subscription(Arc<Mutex<Option<Receiver<Push>>>>);
struct Channel(Receiver<Push>);

impl Follow for Subscription {
    fn subscribe(&mut self) -> Result<Option<Box<dyn Pushes>>, Failure> {
        Ok(self
            .0
            .lock()
            .unwrap()
            .take()
            .map(|rx| Box::new(Channel(rx)) as Box<dyn Pushes>))
    }
}

impl Pushes for Channel {
    fn next_push(&mut self) -> Option<Push> {
        self.0.recv().ok()
    }
}

impl Link for Followed {
    fn request(&mut self, request: &Request) -> Result<Option<Reply>, Failure> {
        if *request == Request::Status {
            self.asked += 1;
        }
        self.daemon.request(request)
    }
    fn start(&mut self) -> Result<(), String> {
        self.daemon.start()
    }
    fn follower(&self) -> Option<Box<dyn Follow>> {
        Some(Box::new(Subscription(self.pushes.clone())))
    }
}

/// The whole window over a followed daemon, the sender of its pushes, and
/// a flag raised when something asks egui for a frame at once.
fn followed(
    daemon: InProcess,
) -> (
    Harness<'static, App<Followed>>,
    Sender<Push>,
    Arc<AtomicBool>,
) {
    let (tx, rx) = mpsc::channel();
    let prefs = daemon.paths.preferences.clone();
    let computer = temp_computer(&daemon);
    let link = Followed {
        daemon,
        pushes: Arc::new(Mutex::new(Some(rx))),
        asked: 0,
    };
    let mut model = Model::new(link, prefs);
    model.computer = computer;
    let h = Harness::builder()
        .with_size([900.0, 900.0])
        .with_context_setup(style::apply)
        .build_ui_state(|ui, app: &mut App<Followed>| app.show(ui), App::new(model));
    let woken = Arc::new(AtomicBool::new(false));
    let flag = woken.clone();
    h.ctx.set_request_repaint_callback(move |info| {
        if info.delay.is_zero() {
            flag.store(true, Ordering::SeqCst);
        }
    });
    (h, tx, woken)
}

/// Waits for the window's thread to ask for a frame, then draws.
fn woken_then_run(h: &mut Harness<'static, App<Followed>>, woken: &AtomicBool) {
    assert!(
        wait_until(Duration::from_secs(5), || woken
            .swap(false, Ordering::SeqCst)),
        "the push did not ask for a frame"
    );
    h.run();
}

#[test]
fn a_change_made_elsewhere_shows_as_soon_as_the_daemon_says_so_and_not_before() {
    // 10:35: calf raises and ankle rotations are due.
    let (mut h, pushes, woken) = followed(InProcess::new(monday(10, 35), true));
    assert!(wait_until(Duration::from_secs(5), || h
        .state()
        .model
        .feed
        .as_ref()
        .is_some_and(|f| f.live())));
    h.run();
    assert!(h.query_by_label("Refresh").is_none(), "nothing to press");
    assert_eq!(h.state().model.status.as_ref().unwrap().due.len(), 2);

    // Frames alone never ask the daemon.
    let asked = h.state().model.link.asked;
    h.state_mut()
        .model
        .link
        .daemon
        .done("calf-raises", monday(10, 35), None);
    for _ in 0..3 {
        h.run();
    }
    assert_eq!(h.state().model.link.asked, asked);
    assert_eq!(h.state().model.status.as_ref().unwrap().due.len(), 2);

    // The daemon says something changed: the window is woken and looks.
    pushes.send(Push::Changed { generation: 2 }).unwrap();
    woken_then_run(&mut h, &woken);
    assert_eq!(h.state().model.link.asked, asked + 1);
    let status = h.state().model.status.clone().unwrap();
    assert_eq!((status.progress.done, status.due.len()), (1, 1));
    h.get_by_label("1-day streak");

    // The daemon stops: the window says so at once.
    h.state_mut().model.link.daemon.running = false;
    pushes.send(Push::Stopping).unwrap();
    // Woken for it (a wake left over from the push before may come first:
    // then the next one is it).
    let said = wait_until(Duration::from_secs(5), || {
        woken_then_run(&mut h, &woken);
        h.query_by_label("The background daemon is not running.")
            .is_some()
    });
    assert!(said, "the window did not say the daemon stopped");
    assert!(!h.state().model.feed.as_ref().unwrap().live());
}

#[test]
fn the_countdown_ticks_on_the_windows_clock_between_pushes() {
    let (mut h, _pushes, _woken) = followed(InProcess::new(monday(10, 35), true));
    h.run();
    let status = h.state().model.status.clone().unwrap();
    let next = status.next.unwrap();
    let at = next.at.format("%H:%M").to_string();
    let text = |since: i64| {
        let now = status.now + chrono::Duration::seconds(since);
        let when = second_heart::report::relative(now.to_utc(), next.at.to_utc());
        format!("Next prompt {when}: {} at {at}", next.name)
    };
    assert_ne!(text(0), text(60));
    h.get_by_label(&text(0));
    // A minute on, with no word from the daemon: one minute less.
    h.state_mut().model.status_at = Some(std::time::Instant::now() - Duration::from_secs(60));
    h.run();
    h.get_by_label(&text(60));
}

#[test]
fn in_a_call_or_reading_from_the_window_and_back() {
    let mut h = harness(link(monday(10, 35), true));
    // The same three modes as the tray and `second-heart busy`.
    h.get_by_label("In a call for 1 hour");
    h.get_by_label("Reading for 1 hour");
    h.get_by_label("In a meeting for 1 hour").click();
    h.run();
    h.get_by_label_contains("In a meeting until 11:35: time without input counts as sitting");
    h.get_by_label("In a meeting until 11:35.");
    let state = &h.state().model.link.model.state;
    assert!(state.busy_until.is_some());
    assert_eq!(
        state.busy_with,
        Some(second_heart::core::moment::BusyMode::Meeting)
    );
    h.get_by_label("Not any more").click();
    h.run();
    h.get_by_label("In a meeting for 1 hour");
    assert!(h.state().model.link.model.state.busy_until.is_none());
}

#[test]
fn today_says_where_the_daemon_sees_the_user_from() {
    let mut h = harness(link(monday(10, 35), true));
    assert!(
        h.query_by_label_contains("Seen from:").is_none(),
        "no daemon, no line"
    );
    h.state_mut().model.status.as_mut().unwrap().daemon = Some(second_heart::report::DaemonEntry {
        pid: 42,
        sitting_since: None,
        idle_source: "Wayland ext-idle-notify-v1".into(),
        lock_source: "screen saver signals, logind".into(),
        fullscreen_source: "KDE plasma-window-management".into(),
        notifications: "dunst 1.9.0".into(),
    });
    h.run();
    h.get_by_label(
        "Seen from: idle Wayland ext-idle-notify-v1 · lock screen saver signals, logind · fullscreen KDE plasma-window-management",
    );
}

/// Items anchored to a routine stand in Today with it, and are ticked off
/// there afterwards, dated at the routine ("this morning").
#[test]
fn anchored_items_stand_in_today_with_their_routine_and_are_ticked_off_later() {
    let mut link = link(monday(10, 35), true);
    std::fs::write(
        &link.paths.preferences,
        "[exercises.calf-raises]\nanchors = [\"morning\", \"evening\"]\n",
    )
    .unwrap();
    link.request(&Request::Reload).unwrap();
    // Tall enough to show the whole checklist.
    let mut h = window(link, Tab::Today, 1400.0);
    h.get_by_label("With your routines");
    h.get_by_label("Calf raises — while brushing teeth, morning");
    h.get_by_label("Calf raises — while brushing teeth, evening");
    h.get_by_label("Done: Calf raises while brushing teeth, morning")
        .click();
    h.run();
    let notice = format!("{:?}", h.state().model.notice);
    assert!(
        notice.contains("Done: Calf raises while brushing teeth, morning (this morning)."),
        "{notice}"
    );
    h.get_by_label("done this morning");
    assert!(
        h.query_by_label("Done: Calf raises while brushing teeth, morning")
            .is_none(),
        "ticked once"
    );
    h.get_by_label("Done: Calf raises while brushing teeth, evening");
    let history = &h.state().model.link.model.history;
    let last = history.sessions().last().unwrap();
    assert_eq!(
        last.anchor,
        Some(second_heart::core::moment::Routine::Morning)
    );
    assert_eq!(last.at.format("%H:%M").to_string(), "07:30");
    assert_eq!(last.via, Some(Via::Window));
}
