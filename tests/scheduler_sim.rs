//! The scheduler's decisions under a fake clock, minute by minute, the way
//! the daemon drives them: idle samples into the sitting tracker, the plan
//! into the prompter, effects out. Suspends and clock jumps included.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::{Europe::Berlin, Tz};

use second_heart::core::activity::SittingTracker;
use second_heart::core::planner::{Activity, plan};
use second_heart::core::prompter::{Effect, Prompter};
use second_heart::core::{History, Outcome, Preferences, Session};

struct Sim {
    prefs: Preferences,
    history: History,
    tracker: SittingTracker,
    prompter: Prompter,
    shows: Vec<(DateTime<Tz>, String)>,
    missed: Vec<String>,
}

impl Sim {
    fn new() -> Sim {
        let prefs = Preferences::default();
        Sim {
            tracker: SittingTracker::new(prefs.idle_threshold_minutes),
            prefs,
            history: History::default(),
            prompter: Prompter::default(),
            shows: Vec::new(),
            missed: Vec::new(),
        }
    }

    /// One wake of the loop at `now`, the user `idle` minutes without input.
    fn tick(&mut self, now: DateTime<Tz>, idle: Option<i64>) -> Vec<Effect> {
        let utc = now.with_timezone(&Utc);
        self.tracker.observe(utc, idle.map(Duration::minutes));
        let activity = Activity {
            sitting_since: self.tracker.sitting_since(),
            paused_until: None,
        };
        let p = plan(&self.prefs, &self.history, &activity, &now);
        let effects = self.prompter.update(&p.due, &self.history, false, utc);
        for e in &effects {
            match e {
                Effect::Show { exercise, .. } => {
                    self.prompter.delivered(exercise, true);
                    self.shows.push((now, exercise.to_string()));
                }
                Effect::RecordMissed { exercise, at } => {
                    self.missed.push(exercise.to_string());
                    self.history.push(Session::new(
                        at.with_timezone(&Berlin).fixed_offset(),
                        exercise.clone(),
                        Outcome::Missed,
                    ));
                }
                Effect::Close { .. } => {}
            }
        }
        effects
    }

    fn answer_all(&mut self, now: DateTime<Tz>) {
        for id in self.prompter.pending().keys().cloned().collect::<Vec<_>>() {
            self.history
                .push(Session::new(now.fixed_offset(), id, Outcome::Done));
        }
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
fn an_eight_hour_suspend_gives_at_most_one_catch_up_and_no_burst() {
    let mut sim = Sim::new();
    sim.tick(berlin(23, 9, 0), Some(0));
    sim.tick(berlin(23, 9, 1), Some(0));
    // Lid closed at 09:01, opened at 17:01 (8 hours), still in working hours.
    let before = sim.shows.len();
    sim.tracker.slept(
        berlin(23, 9, 1).with_timezone(&Utc),
        berlin(23, 17, 1).with_timezone(&Utc),
    );
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
    late.tracker.slept(
        berlin(23, 9, 0).with_timezone(&Utc),
        berlin(23, 19, 0).with_timezone(&Utc),
    );
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
