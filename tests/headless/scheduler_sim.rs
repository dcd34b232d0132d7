//! The daemon's decisions under a fake clock, minute by minute, driven
//! through the real scheduler (`core::scheduler`) the way the daemon drives
//! it: wake-ups in, effects out, idle samples and meeting states answered
//! when it asks. Suspends, clock jumps, meetings, a missing notification
//! server and answers that could not be saved included.

use std::time::Duration as Mono;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::{Europe::Berlin, Tz};

use second_heart::core::moment::{BusyMode, MeetingPolicy, Seen, Situation, Treatment};
use second_heart::core::scheduler::{Effect, IdleFeed, Input, Moment, Pushes, Scheduler, World};
use second_heart::core::{ExerciseId, History, Outcome, Preferences, Session};

struct Sim {
    prefs: Preferences,
    history: History,
    scheduler: Scheduler,
    /// The monotonic clock: runs with the wall clock, except in a suspend.
    mono: Mono,
    last_wall: Option<DateTime<Tz>>,
    /// What the senses answer: minutes without input, a meeting, a server.
    idle: Option<i64>,
    meeting: Option<String>,
    server_up: bool,
    shows: Vec<(DateTime<Tz>, String)>,
    unsaved_shows: Vec<(String, String)>,
    missed: Vec<String>,
    samples: usize,
    meeting_questions: usize,
    /// The user's first run, and whether a schedule has been chosen.
    first_run: Option<DateTime<Utc>>,
    schedule_chosen: bool,
    guiding: Option<ExerciseId>,
    busy_until: Option<DateTime<Utc>>,
    busy: Option<BusyMode>,
    camera: bool,
    /// Walks offered in calls, morning questions asked.
    offers: Vec<String>,
    questions: Vec<Vec<String>>,
}

impl Sim {
    fn new() -> Sim {
        Sim::with(Preferences::default())
    }

    fn with(prefs: Preferences) -> Sim {
        Sim {
            scheduler: Scheduler::new(&prefs),
            prefs,
            history: History::default(),
            mono: Mono::ZERO,
            last_wall: None,
            idle: Some(0),
            meeting: None,
            server_up: true,
            shows: Vec::new(),
            unsaved_shows: Vec::new(),
            missed: Vec::new(),
            samples: 0,
            meeting_questions: 0,
            first_run: None,
            schedule_chosen: true,
            guiding: None,
            busy_until: None,
            busy: None,
            camera: false,
            offers: Vec::new(),
            questions: Vec::new(),
        }
    }

    /// The wall clock moves to `now`, the monotonic clock with it.
    fn advance(&mut self, now: DateTime<Tz>) -> Moment<Tz> {
        if let Some(last) = self.last_wall {
            let step = (now - last).max(Duration::zero());
            self.mono += step.to_std().unwrap();
        }
        self.last_wall = Some(now);
        Moment {
            wall: now,
            monotonic: self.mono,
        }
    }

    /// The machine slept until `now`: the monotonic clock stood still.
    fn resume_at(&mut self, now: DateTime<Tz>) {
        self.last_wall = Some(now);
    }

    /// The wall clock is set to `now` by hand; a second passes meanwhile.
    fn set_clock(&mut self, now: DateTime<Tz>) {
        self.mono += Mono::from_secs(1);
        self.last_wall = Some(now);
    }

    /// One wake of the loop at `now`, the user `idle` minutes without input.
    fn tick(&mut self, now: DateTime<Tz>, idle: Option<i64>) -> Vec<Effect> {
        self.idle = idle;
        self.feed(Input::Wake, now)
    }

    /// What the daemon's `feed` does: the scheduler's questions answered,
    /// its effects performed, until it has nothing more to ask.
    fn feed(&mut self, input: Input, now: DateTime<Tz>) -> Vec<Effect> {
        let moment = self.advance(now);
        let mut all = Vec::new();
        let mut inputs = vec![input];
        while let Some(input) = inputs.pop() {
            let world = World {
                prefs: &self.prefs,
                history: &self.history,
                paused_until: None,
                first_run: self.first_run,
                schedule_chosen: self.schedule_chosen,
                guiding: self.guiding.as_ref(),
                busy_until: self.busy_until,
                busy: self.busy,
                seen: Seen {
                    camera: self.camera,
                    call_app: false,
                },
                anchors_asked: None,
                sitting_still: self.camera,
            };
            for effect in self.scheduler.step(input, &moment, world) {
                match &effect {
                    Effect::SampleIdle => {
                        self.samples += 1;
                        inputs.push(Input::Idle(self.idle.map(Duration::minutes)));
                    }
                    Effect::AskAboutMeeting => {
                        self.meeting_questions += 1;
                        inputs.push(Input::Meeting(self.meeting.clone()));
                    }
                    Effect::Show {
                        exercise, unsaved, ..
                    } => {
                        if self.server_up {
                            self.shows.push((now, exercise.to_string()));
                        }
                        if let Some(reason) = unsaved {
                            self.unsaved_shows
                                .push((exercise.to_string(), reason.clone()));
                        }
                        inputs.push(Input::Shown {
                            exercise: exercise.clone(),
                            result: if self.server_up {
                                Ok(())
                            } else {
                                Err("no notification server".into())
                            },
                        });
                    }
                    Effect::RecordMissed { exercise, at } => {
                        self.missed.push(exercise.to_string());
                        self.history.push(Session::new(
                            at.with_timezone(&Berlin).fixed_offset(),
                            exercise.clone(),
                            Outcome::Missed,
                        ));
                    }
                    Effect::OfferWalk { exercise } => self.offers.push(exercise.to_string()),
                    Effect::AskAnchored { exercises } => self
                        .questions
                        .push(exercises.iter().map(|e| e.to_string()).collect()),
                    Effect::Close { .. } | Effect::Log(_) => {}
                }
                all.push(effect);
            }
        }
        all
    }

    fn answer_all(&mut self, now: DateTime<Tz>) {
        for id in self.scheduler.prompts().keys().cloned().collect::<Vec<_>>() {
            self.history
                .push(Session::new(now.fixed_offset(), id, Outcome::Done));
        }
    }

    fn shown(&self, exercise: &str) -> Vec<String> {
        self.shows
            .iter()
            .filter(|(_, e)| e == exercise)
            .map(|(t, _)| t.format("%H:%M").to_string())
            .collect()
    }
}

fn berlin(d: u32, h: u32, m: u32) -> DateTime<Tz> {
    Berlin
        .from_local_datetime(
            &NaiveDate::from_ymd_opt(2026, 11, d)
                .unwrap()
                .and_hms_opt(h, m, 0)
                .unwrap(),
        )
        .unwrap()
}

#[test]
fn a_working_morning_prompts_each_exercise_once_per_slot() {
    let mut sim = Sim::new();
    let mut now = berlin(23, 9, 0);
    while now < berlin(23, 12, 0) {
        sim.tick(now, Some(0));
        now += Duration::minutes(1);
        sim.answer_all(now);
    }
    let shows: Vec<String> = sim
        .shows
        .iter()
        .map(|(t, e)| format!("{} {e}", t.format("%H:%M")))
        .collect();
    assert_eq!(
        shows,
        [
            "10:00 ankle-rotations",
            "10:30 calf-raises",
            "11:01 ankle-rotations",
            "11:30 legs-up",
            "11:45 soleus-stretch"
        ]
    );
}

#[test]
fn a_first_launch_in_the_afternoon_prompts_nothing_until_a_schedule_is_chosen_and_nothing_from_before_it()
 {
    // Launched at 14:00 on a Monday, the welcome unanswered until 14:20.
    let mut sim = Sim::new();
    sim.schedule_chosen = false;
    let mut now = berlin(23, 14, 0);
    while now < berlin(23, 14, 20) {
        sim.tick(now, Some(0));
        now += Duration::minutes(1);
    }
    assert_eq!(sim.shows, [], "nothing while the welcome is open");
    assert!(
        sim.scheduler.notes(&sim.prefs)[0]
            .starts_with("nothing is prompted until a schedule is chosen"),
        "{:?}",
        sim.scheduler.notes(&sim.prefs)
    );
    // The welcome is answered: that is the first run.
    sim.schedule_chosen = true;
    sim.first_run = Some(now.with_timezone(&Utc));
    while now < berlin(23, 16, 0) {
        sim.tick(now, Some(0));
        now += Duration::minutes(1);
        sim.answer_all(now);
    }
    // Not the morning's 10:30 calf raises, 11:45 stretch or 12:15 walk at
    // 14:20: only what falls due after it, each in its own time.
    assert_eq!(
        sim.shows
            .iter()
            .map(|(t, e)| format!("{} {e}", t.format("%H:%M")))
            .collect::<Vec<_>>(),
        ["15:20 ankle-rotations", "15:30 calf-raises"]
    );
    assert!(sim.scheduler.notes(&sim.prefs).is_empty());
    assert!(sim.missed.is_empty(), "{:?}", sim.missed);
}

#[test]
fn prompts_on_screen_are_closed_not_missed_when_the_preferences_go_away() {
    let mut sim = Sim::new();
    sim.tick(berlin(23, 10, 30), Some(0));
    assert_eq!(sim.shown("calf-raises"), ["10:30"]);
    // The preferences file is deleted: back to the welcome.
    sim.schedule_chosen = false;
    let effects = sim.tick(berlin(23, 10, 31), Some(0));
    assert!(
        effects.contains(&Effect::Close {
            exercise: "calf-raises".parse().unwrap()
        }),
        "{effects:?}"
    );
    assert!(sim.missed.is_empty());
    assert!(sim.scheduler.prompts().is_empty());
}

#[test]
fn an_eight_hour_suspend_gives_at_most_one_catch_up_and_no_burst() {
    let mut sim = Sim::new();
    sim.tick(berlin(23, 9, 0), Some(0));
    sim.tick(berlin(23, 9, 1), Some(0));
    // Lid closed at 09:01, opened at 17:01 (8 hours), still in working hours.
    let before = sim.shows.len();
    sim.resume_at(berlin(23, 17, 1));
    let effects = sim.tick(berlin(23, 17, 1), Some(0));
    let shown: Vec<&str> = sim.shows[before..]
        .iter()
        .map(|(_, e)| e.as_str())
        .collect();
    // 10:30/15:30 calf raises, 11:45/16:45 stretch, 12:15 walk and 16:00 cycling
    // were missed: one catch-up each for those still in today's window.
    let mut unique = shown.clone();
    unique.dedup();
    assert_eq!(
        unique.len(),
        shown.len(),
        "one prompt per exercise: {shown:?}"
    );
    assert!(shown.len() <= sim.prefs.exercises.len());
    // Sitting rules restart after the sleep: nothing due for them yet.
    assert!(
        !shown.contains(&"ankle-rotations") && !shown.contains(&"legs-up"),
        "{shown:?}"
    );
    assert!(
        effects
            .iter()
            .all(|e| !matches!(e, Effect::RecordMissed { .. }))
    );
    // Opened after hours instead: nothing at all.
    let mut late = Sim::new();
    late.tick(berlin(23, 9, 0), Some(0));
    late.resume_at(berlin(23, 19, 0));
    late.tick(berlin(23, 19, 0), Some(0));
    assert!(late.shows.is_empty(), "{:?}", late.shows);
}

#[test]
fn a_prompt_left_unanswered_until_its_window_closes_is_recorded_missed() {
    let mut sim = Sim::new();
    sim.tick(berlin(23, 16, 45), Some(0));
    assert!(sim.shows.iter().any(|(_, e)| e == "soleus-stretch"));
    sim.tick(berlin(23, 17, 31), Some(0));
    assert!(
        sim.missed.contains(&"soleus-stretch".to_string()),
        "{:?}",
        sim.missed
    );
    // And it is not prompted again.
    let n = sim.shows.len();
    sim.tick(berlin(23, 17, 32), Some(0));
    assert_eq!(sim.shows.len(), n);
}

#[test]
fn a_clock_set_back_an_hour_does_not_repeat_answered_prompts() {
    let mut sim = Sim::new();
    let mut now = berlin(23, 10, 25);
    while now < berlin(23, 10, 40) {
        sim.tick(now, Some(0));
        now += Duration::minutes(1);
        sim.answer_all(now);
    }
    let n = sim.shows.iter().filter(|(_, e)| e == "calf-raises").count();
    assert_eq!(n, 1);
    // The clock is set back to 09:40, then runs to 10:40 again.
    sim.set_clock(berlin(23, 9, 40));
    let mut now = berlin(23, 9, 40);
    while now < berlin(23, 10, 40) {
        sim.tick(now, Some(0));
        now += Duration::minutes(1);
    }
    let n = sim.shows.iter().filter(|(_, e)| e == "calf-raises").count();
    assert_eq!(
        n, 1,
        "the 10:30 prompt was answered already: {:?}",
        sim.shows
    );
}

#[test]
fn time_away_resets_sitting_rules() {
    let mut sim = Sim::new();
    // Active 09:00-09:50, away 09:50-10:20 (idle grows), back at 10:20.
    let mut now = berlin(23, 9, 0);
    while now < berlin(23, 11, 30) {
        let minute = (now - berlin(23, 9, 0)).num_minutes();
        let idle = if (50..80).contains(&minute) {
            minute - 50
        } else {
            0
        };
        sim.tick(now, Some(idle));
        now += Duration::minutes(1);
        sim.answer_all(now);
    }
    let ankle: Vec<String> = sim
        .shows
        .iter()
        .filter(|(_, e)| e == "ankle-rotations")
        .map(|(t, _)| t.format("%H:%M").to_string())
        .collect();
    // Not at 10:00 (away); an hour after coming back at 10:20.
    assert_eq!(ankle, ["11:20"]);
}

#[test]
fn a_suspend_reported_by_logind_is_time_away_too() {
    let mut sim = Sim::new();
    sim.tick(berlin(23, 9, 0), Some(0));
    sim.feed(Input::Sleep { going: true }, berlin(23, 9, 5));
    // Woken by logind's signal. The monotonic clock ran on here (some
    // kernels count suspend in it), so only logind tells.
    sim.feed(Input::Sleep { going: false }, berlin(23, 9, 50));
    let mut now = berlin(23, 9, 50);
    while now < berlin(23, 10, 45) {
        sim.tick(now, Some(0));
        now += Duration::minutes(1);
        sim.answer_all(now);
    }
    // Sitting restarted at 09:50: the hourly ankle rotations are not due
    // at 10:00 (which an unbroken morning would give).
    assert!(sim.shown("ankle-rotations").is_empty(), "{:?}", sim.shows);
}

#[test]
fn prompts_due_in_a_meeting_are_held_then_shown_once() {
    let mut sim = Sim::new();
    sim.tick(berlin(23, 10, 29), Some(0));
    let asked_before = sim.meeting_questions;
    sim.meeting = Some("do-not-disturb is on".into());
    sim.tick(berlin(23, 10, 30), Some(0));
    assert!(sim.shown("calf-raises").is_empty(), "held in the meeting");
    assert!(
        sim.meeting_questions > asked_before,
        "asked before the prompt went out"
    );
    assert!(
        sim.scheduler
            .notes(&sim.prefs)
            .iter()
            .any(|n| n.contains("do-not-disturb")),
        "status says why"
    );
    // While held it asks again every few seconds, not every minute.
    let next = sim
        .scheduler
        .next_wake(berlin(23, 10, 30).with_timezone(&Utc));
    assert_eq!(
        next,
        berlin(23, 10, 30).with_timezone(&Utc) + Duration::seconds(10)
    );
    sim.tick(berlin(23, 10, 31), Some(0));
    sim.tick(berlin(23, 10, 32), Some(0));
    assert!(sim.shown("calf-raises").is_empty());
    sim.meeting = None;
    sim.tick(berlin(23, 10, 33), Some(0));
    sim.tick(berlin(23, 10, 34), Some(0));
    assert_eq!(sim.shown("calf-raises"), ["10:33"], "once, when it ends");
}

#[test]
fn with_quiet_during_meetings_off_nobody_is_asked() {
    let mut sim = Sim::with(Preferences {
        quiet_during_meetings: false,
        in_meetings: MeetingPolicy::Off,
        ..Default::default()
    });
    sim.meeting = Some("a fullscreen window has focus".into());
    sim.tick(berlin(23, 10, 30), Some(0));
    assert_eq!(sim.meeting_questions, 0);
    assert_eq!(sim.shown("calf-raises"), ["10:30"]);
}

#[test]
fn prompts_no_server_took_are_retried_and_go_out_when_one_appears() {
    let mut sim = Sim::new();
    sim.server_up = false;
    sim.tick(berlin(23, 10, 30), Some(0));
    assert!(sim.shows.is_empty());
    assert!(
        sim.scheduler
            .notes(&sim.prefs)
            .iter()
            .any(|n| n.contains("no notification server"))
    );
    // Retried after 30 s while none is there.
    let t = berlin(23, 10, 30).with_timezone(&Utc);
    assert_eq!(sim.scheduler.next_wake(t), t + Duration::seconds(30));
    sim.tick(berlin(23, 10, 30) + Duration::seconds(30), Some(0));
    assert!(sim.shows.is_empty());
    // A server appears: shown at once, once, and the note goes.
    sim.server_up = true;
    let at = berlin(23, 10, 31) + Duration::seconds(5);
    sim.feed(Input::ServerChanged { present: true }, at);
    sim.tick(at, Some(0));
    sim.tick(berlin(23, 10, 32), Some(0));
    assert_eq!(sim.shown("calf-raises"), ["10:31"]);
    assert!(sim.scheduler.notes(&sim.prefs).is_empty());
}

#[test]
fn an_answer_that_could_not_be_saved_shows_the_prompt_again_until_one_is() {
    let mut sim = Sim::new();
    sim.tick(berlin(23, 10, 30), Some(0));
    assert_eq!(sim.shown("calf-raises"), ["10:30"]);
    // Done pressed at 10:31, but the disk is full.
    sim.feed(
        Input::AnswerNotSaved {
            exercise: "calf-raises".parse().unwrap(),
            reason: "No space left on device".into(),
        },
        berlin(23, 10, 31),
    );
    assert_eq!(sim.shown("calf-raises"), ["10:30", "10:31"]);
    assert_eq!(
        sim.unsaved_shows,
        [(
            "calf-raises".to_string(),
            "No space left on device".to_string()
        )]
    );
    let notes = sim.scheduler.notes(&sim.prefs);
    assert!(
        notes
            .iter()
            .any(|n| n.contains("Calf raises") && n.contains("No space left")),
        "{notes:?}"
    );
    // Answered again, and saved this time: the note goes.
    sim.history.push(Session::new(
        berlin(23, 10, 33).fixed_offset(),
        "calf-raises".parse().unwrap(),
        Outcome::Done,
    ));
    sim.tick(berlin(23, 10, 33), Some(0));
    assert!(sim.scheduler.notes(&sim.prefs).is_empty());
}

#[test]
fn a_prompt_whose_body_was_clicked_is_back_on_screen_and_still_due() {
    let mut sim = Sim::new();
    sim.tick(berlin(23, 10, 30), Some(0));
    assert_eq!(sim.shown("calf-raises"), ["10:30"]);
    // The click opens the window; the server took the prompt away.
    sim.feed(
        Input::Opened {
            exercise: "calf-raises".parse().unwrap(),
        },
        berlin(23, 10, 31),
    );
    assert_eq!(sim.shown("calf-raises"), ["10:30", "10:31"]);
    assert!(sim.missed.is_empty());
    // Shown once more, not at every wake after.
    sim.tick(berlin(23, 10, 32), Some(0));
    assert_eq!(sim.shown("calf-raises"), ["10:30", "10:31"]);
}

#[test]
fn a_guided_session_takes_its_prompt_off_screen_and_holds_new_ones_until_it_ends() {
    let mut sim = Sim::new();
    sim.tick(berlin(23, 10, 30), Some(0));
    assert_eq!(sim.shown("calf-raises"), ["10:30"]);
    // Calf raises started from the window at 10:31: the prompt goes.
    sim.guiding = Some("calf-raises".parse().unwrap());
    let effects = sim.tick(berlin(23, 10, 31), Some(0));
    assert!(
        effects.contains(&Effect::Close {
            exercise: "calf-raises".parse().unwrap()
        }),
        "{effects:?}"
    );
    // The stretch falls due at 11:45 while a (long) session still runs: held.
    let mut now = berlin(23, 10, 32);
    while now <= berlin(23, 11, 50) {
        sim.tick(now, Some(0));
        now += Duration::minutes(1);
    }
    assert_eq!(sim.shown("soleus-stretch"), Vec::<String>::new());
    assert_eq!(sim.shown("calf-raises"), ["10:30"], "not shown again");
    // The session ends having recorded the raises: the stretch comes out
    // once, the raises do not come back.
    sim.history.push(Session::new(
        berlin(23, 11, 51).fixed_offset(),
        "calf-raises".parse().unwrap(),
        Outcome::Done,
    ));
    sim.guiding = None;
    sim.tick(berlin(23, 11, 51), Some(0));
    sim.tick(berlin(23, 11, 52), Some(0));
    assert_eq!(sim.shown("soleus-stretch"), ["11:51"]);
    assert_eq!(sim.shown("calf-raises"), ["10:30"]);
    assert!(sim.missed.is_empty(), "{:?}", sim.missed);
}

#[test]
fn a_guided_session_stopped_with_nothing_recorded_brings_its_prompt_back() {
    let mut sim = Sim::new();
    sim.tick(berlin(23, 10, 30), Some(0));
    sim.guiding = Some("calf-raises".parse().unwrap());
    sim.tick(berlin(23, 10, 31), Some(0));
    sim.guiding = None;
    sim.tick(berlin(23, 10, 32), Some(0));
    assert_eq!(sim.shown("calf-raises"), ["10:30", "10:32"]);
}

#[test]
fn an_ignored_prompt_gets_one_gentle_reminder_and_then_lapses_as_before() {
    let mut sim = Sim::new();
    let mut reminders = Vec::new();
    let mut now = berlin(23, 10, 29);
    while now <= berlin(23, 11, 40) {
        for e in sim.tick(now, Some(0)) {
            if let Effect::Show {
                exercise,
                reminder: true,
                ..
            } = e
            {
                reminders.push(format!("{} {exercise}", now.format("%H:%M")));
            }
        }
        now += Duration::minutes(1);
    }
    // Calf raises at 10:30, left unanswered: reminded once, at 10:45.
    assert!(
        reminders.contains(&"10:45 calf-raises".to_owned()),
        "{reminders:?}"
    );
    assert_eq!(
        reminders
            .iter()
            .filter(|r| r.ends_with("calf-raises"))
            .count(),
        1,
        "once: {reminders:?}"
    );
    // Never a burst: at most one reminder in any minute.
    let mut minutes: Vec<&str> = reminders.iter().map(|r| &r[..5]).collect();
    minutes.dedup();
    assert_eq!(minutes.len(), reminders.len(), "{reminders:?}");

    // Turned off: none.
    let mut sim = Sim::with(Preferences {
        remind_again_minutes: 0,
        ..Preferences::default()
    });
    let mut now = berlin(23, 10, 29);
    while now <= berlin(23, 11, 40) {
        let effects = sim.tick(now, Some(0));
        assert!(
            !effects
                .iter()
                .any(|e| matches!(e, Effect::Show { reminder: true, .. })),
            "{now}: {effects:?}"
        );
        now += Duration::minutes(1);
    }
}

#[test]
fn no_reminder_while_prompts_are_held_or_once_the_prompt_is_answered() {
    let mut sim = Sim::new();
    sim.tick(berlin(23, 10, 30), Some(0));
    assert_eq!(sim.shown("calf-raises"), ["10:30"]);
    // Answered at 10:40: no reminder at 10:45.
    sim.history.push(Session::new(
        berlin(23, 10, 40).fixed_offset(),
        "calf-raises".parse().unwrap(),
        Outcome::Done,
    ));
    let mut now = berlin(23, 10, 40);
    while now <= berlin(23, 11, 0) {
        sim.tick(now, Some(0));
        now += Duration::minutes(1);
    }
    assert_eq!(sim.shown("calf-raises"), ["10:30"]);
    // The stretch at 11:45 while a guided session holds prompts: no
    // reminder during it.
    sim.guiding = Some("legs-up".parse().unwrap());
    let mut now = berlin(23, 11, 44);
    while now <= berlin(23, 12, 10) {
        sim.tick(now, Some(0));
        now += Duration::minutes(1);
    }
    assert_eq!(sim.shown("soleus-stretch"), Vec::<String>::new());
}

#[test]
fn in_a_call_by_the_users_word_no_input_is_still_sitting_and_prompts_wait_until_it_ends() {
    let mut sim = Sim::new();
    sim.tick(berlin(23, 9, 55), Some(0));
    let since = sim.scheduler.sitting_since().expect("sitting");
    // "In a call for an hour" at 10:00; no keyboard or mouse from then on.
    sim.busy_until = Some(berlin(23, 11, 0).with_timezone(&Utc));
    sim.busy = Some(BusyMode::Call);
    let mut now = berlin(23, 10, 0);
    let mut idle = 0;
    while now < berlin(23, 11, 0) {
        sim.tick(now, Some(idle));
        assert_eq!(
            sim.scheduler.sitting_since(),
            Some(since),
            "{now}: a call is not a break"
        );
        now += Duration::minutes(1);
        idle += 1;
    }
    assert_eq!(sim.shown("calf-raises"), Vec::<String>::new(), "held");
    // The call ends at 11:00 (the user is back at the keyboard): the held
    // calf raises come out once.
    sim.tick(berlin(23, 11, 0), Some(0));
    sim.tick(berlin(23, 11, 1), Some(0));
    assert_eq!(sim.shown("calf-raises"), ["11:00"]);
    assert!(sim.missed.is_empty(), "{:?}", sim.missed);
}

#[test]
fn a_camera_in_use_keeps_a_still_call_sitting_and_without_it_the_same_stillness_is_a_break() {
    for camera in [true, false] {
        let mut sim = Sim::new();
        sim.camera = camera;
        sim.tick(berlin(23, 9, 55), Some(0));
        // Twenty minutes of a video call without touching anything.
        let mut now = berlin(23, 10, 0);
        let mut idle = 0;
        while now <= berlin(23, 10, 20) {
            sim.tick(now, Some(idle));
            now += Duration::minutes(1);
            idle += 1;
        }
        assert_eq!(
            sim.scheduler.sitting_since().is_some(),
            camera,
            "camera in use: {camera}"
        );
    }
}

/// The treatment the scheduler gave an exercise's prompt.
fn treatment(sim: &Sim, exercise: &str) -> Option<Treatment> {
    sim.scheduler
        .prompts()
        .get(&exercise.parse::<ExerciseId>().unwrap())
        .map(|p| p.treatment)
}

#[test]
fn in_a_meeting_ankle_rotations_come_quietly_and_calf_raises_wait_until_it_ends_then_come_once() {
    let mut sim = Sim::new();
    sim.tick(berlin(23, 9, 0), Some(0));
    // "busy meeting for 2h" at 9:40.
    sim.busy = Some(BusyMode::Meeting);
    sim.busy_until = Some(berlin(23, 11, 40).with_timezone(&Utc));
    let mut now = berlin(23, 9, 40);
    while now < berlin(23, 11, 40) {
        sim.tick(now, Some(0));
        if treatment(&sim, "ankle-rotations").is_some() {
            assert_eq!(
                treatment(&sim, "ankle-rotations"),
                Some(Treatment::Quiet(Situation::Meeting)),
                "{now}"
            );
        }
        now += Duration::minutes(1);
    }
    // Quietly, in the meeting, and never repeated (no reminder of a
    // suggestion).
    assert_eq!(sim.shown("ankle-rotations"), ["10:00"]);
    assert!(
        sim.shown("calf-raises").is_empty(),
        "nothing standing in a meeting"
    );
    // Said, not seen: its end is known, so nobody is asked all along.
    assert!(sim.meeting_questions < 10, "{}", sim.meeting_questions);
    assert!(
        sim.scheduler
            .notes(&sim.prefs)
            .iter()
            .any(|n| n.contains("Calf raises, Legs up wait while in a meeting; shown once after")),
        "{:?}",
        sim.scheduler.notes(&sim.prefs)
    );
    // The meeting ends at 11:40: the held calf raises come out once, as
    // an ordinary prompt.
    while now < berlin(23, 11, 50) {
        sim.tick(now, Some(0));
        now += Duration::minutes(1);
    }
    assert_eq!(sim.shown("calf-raises"), ["11:40"]);
    assert_eq!(sim.shown("legs-up"), ["11:40"]);
    assert_eq!(treatment(&sim, "calf-raises"), Some(Treatment::Show));
    assert!(sim.missed.is_empty(), "{:?}", sim.missed);
}

#[test]
fn with_hold_everything_nothing_comes_in_a_meeting_and_with_off_everything_does() {
    for (policy, calf_in_meeting) in [(MeetingPolicy::Hold, false), (MeetingPolicy::Off, true)] {
        let mut sim = Sim::with(Preferences {
            in_meetings: policy,
            ..Default::default()
        });
        sim.tick(berlin(23, 9, 0), Some(0));
        sim.busy = Some(BusyMode::Meeting);
        sim.busy_until = Some(berlin(23, 10, 45).with_timezone(&Utc));
        let mut now = berlin(23, 9, 40);
        while now < berlin(23, 10, 45) {
            sim.tick(now, Some(0));
            now += Duration::minutes(1);
        }
        assert_eq!(
            !sim.shown("calf-raises").is_empty(),
            calf_in_meeting,
            "{policy:?}"
        );
        assert_eq!(
            !sim.shown("ankle-rotations").is_empty(),
            calf_in_meeting,
            "{policy:?}"
        );
    }
}

#[test]
fn a_camera_in_use_is_a_meeting_and_its_end_is_seen_by_asking() {
    let mut sim = Sim::new();
    sim.tick(berlin(23, 10, 0), Some(0));
    sim.camera = true;
    sim.tick(berlin(23, 10, 29), Some(0));
    sim.tick(berlin(23, 10, 30), Some(0));
    assert!(
        sim.shown("calf-raises").is_empty(),
        "held in the video call"
    );
    assert_eq!(sim.scheduler.situation(), Situation::Meeting);
    let asked = sim.meeting_questions;
    sim.camera = false;
    sim.tick(berlin(23, 10, 31), Some(0));
    assert!(sim.meeting_questions > asked, "asked again while holding");
    sim.tick(berlin(23, 10, 32), Some(0));
    assert_eq!(sim.shown("calf-raises"), ["10:31"]);
}

#[test]
fn a_call_offers_a_walk_once_and_none_once_walked_today() {
    let mut sim = Sim::new();
    sim.tick(berlin(23, 9, 0), Some(0));
    sim.busy = Some(BusyMode::Call);
    sim.busy_until = Some(berlin(23, 9, 30).with_timezone(&Utc));
    for m in 1..20 {
        sim.tick(berlin(23, 9, m), Some(0));
    }
    assert_eq!(sim.offers, ["brisk-walk"], "once a call");
    // The call ends; the walk is done; another call offers nothing.
    sim.tick(berlin(23, 9, 30), Some(0));
    let mut walk = Session::new(
        berlin(23, 9, 30).fixed_offset(),
        "brisk-walk".parse().unwrap(),
        Outcome::Done,
    );
    walk.minutes = Some(25);
    sim.history.push(walk);
    sim.busy_until = Some(berlin(23, 10, 30).with_timezone(&Utc));
    for m in 31..40 {
        sim.tick(berlin(23, 9, m), Some(0));
    }
    assert_eq!(sim.offers, ["brisk-walk"]);
}

#[test]
fn the_morning_routine_is_asked_about_once_at_the_first_desk_session() {
    let mut prefs = Preferences::default();
    let calf = prefs
        .exercises
        .iter_mut()
        .find(|e| e.id.as_str() == "calf-raises")
        .unwrap();
    calf.anchors = vec![second_heart::core::moment::Routine::Morning];
    let mut sim = Sim::with(prefs);
    // Away until 8:50, then at the desk all morning.
    sim.tick(berlin(23, 8, 0), Some(60));
    assert!(sim.questions.is_empty(), "not while away");
    let mut now = berlin(23, 8, 50);
    while now < berlin(23, 12, 0) {
        sim.tick(now, Some(0));
        now += Duration::minutes(1);
    }
    assert_eq!(sim.questions, [vec!["calf-raises".to_owned()]], "once");
}

/// Through the real binary: a clock set forward two hours while the daemon
/// sleeps is heard at once (the kernel cancels a real-time timer when the
/// clock is set; the fake clock's jump file stands for it here), not at a
/// minutely check, and the two hours count as time away.
#[test]
fn a_clock_set_forward_is_noticed_at_once_by_the_daemon() {
    use crate::support::home::Home;
    let home = Home::new();
    let jump = home.root().join("clock-jump");
    let log = home.root().join("daemon.log");
    let file = std::fs::File::create(&log).unwrap();
    let mut child = home
        .daemon_cmd_at(crate::support::home::MONDAY)
        .env("SECOND_HEART_FAKE_JUMP", &jump)
        .stdout(file.try_clone().unwrap())
        .stderr(file)
        .spawn()
        .unwrap();
    let text = || std::fs::read_to_string(&log).unwrap_or_default();
    let up = crate::support::wait_until(std::time::Duration::from_secs(10), || {
        text().contains("started (pid")
    });
    assert!(up, "{}", text());
    // Let its first wakes pass: from here it sleeps (a minute at most).
    std::thread::sleep(std::time::Duration::from_millis(500));
    std::fs::write(&jump, "7200").unwrap();
    let heard = crate::support::wait_until(std::time::Duration::from_secs(10), || {
        text().contains("the clock jumped by 119 min")
            || text().contains("the clock jumped by 120 min")
    });
    let _ = child.kill();
    let _ = child.wait();
    assert!(heard, "the jump was not noticed within 10 s:\n{}", text());
}

/// Where idle changes, clock changes and suspends are pushed (a Wayland
/// compositor, the kernel's timer, logind), an evening with nothing due
/// wakes the daemon not once; where idle time is sampled it wakes about
/// once a minute, as before.
#[test]
fn with_idle_and_clock_changes_pushed_nothing_wakes_the_daemon_while_nothing_is_due() {
    let pushed = Pushes {
        idle: IdleFeed::Pushed {
            after: Duration::minutes(1),
        },
        clock: true,
    };
    let mut counts = Vec::new();
    for pushes in [pushed, Pushes::default()] {
        let mut sim = Sim::new();
        sim.scheduler.set_pushes(pushes);
        let mut now = berlin(23, 19, 0);
        let end = berlin(23, 23, 0);
        sim.tick(now, Some(0));
        let mut wakes = 0;
        loop {
            let next = sim
                .scheduler
                .next_wake(now.with_timezone(&Utc))
                .with_timezone(&Berlin);
            if next >= end {
                break;
            }
            now = next;
            wakes += 1;
            // Typing all evening: the compositor pushes nothing.
            sim.tick(now, Some(0));
        }
        counts.push(wakes);
    }
    assert_eq!(counts[0], 0, "{counts:?}");
    assert!((200..=250).contains(&counts[1]), "{counts:?}");
}
