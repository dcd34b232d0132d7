//! The plan of a guided session: from an exercise and its dose, the steps
//! to go through, each with its length, what to count and the cue that
//! announces it.
//!
//! The shape follows the dose: circles each way make four paced steps (each
//! foot, each direction), sets of reps make paced sets with rests between,
//! seconds each leg a countdown per leg, minutes a countdown (or intervals
//! of changing pace, for a walk), and a logged activity a stopwatch. The
//! paces come from the exercise's [`Pacing`], which the user can change.

use crate::core::exercise::{Dose, Exercise, ExerciseId, ExerciseKind};
use crate::t;

/// How fast an exercise is paced; each exercise has its own, with defaults
/// from the product brief.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pacing {
    /// Seconds for one ankle circle.
    pub circle_seconds: u32,
    /// Seconds going up in one repetition (rising onto the toes).
    pub up_seconds: u32,
    /// Seconds coming down in one repetition (lowering slowly).
    pub down_seconds: u32,
    /// Rest between sets.
    pub rest_seconds: u32,
    /// Minutes between changes of pace in a timed session (a walk's brisk
    /// and easy intervals); 0 for one steady countdown.
    pub interval_minutes: u32,
}

impl Default for Pacing {
    fn default() -> Self {
        Pacing {
            circle_seconds: 2,
            up_seconds: 1,
            down_seconds: 2,
            rest_seconds: 30,
            interval_minutes: 0,
        }
    }
}

/// Seconds given to change sides (feet, legs) between two timed steps.
pub const SWITCH_SECONDS: u32 = 5;

/// What a step is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Doing the exercise: what counts toward the dose.
    Work,
    /// Resting between sets.
    Rest,
    /// Changing foot or leg.
    Switch,
}

/// The pace of one repetition, in milliseconds, for the pacer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tempo {
    pub up_ms: u32,
    pub down_ms: u32,
}

/// Something counted during a step: circles or repetitions, at a pace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Count {
    pub total: u32,
    /// "circles", "reps"
    pub unit: &'static str,
    /// Milliseconds for one.
    pub each_ms: u32,
    /// For repetitions: the up and down of each, for the pacer.
    pub tempo: Option<Tempo>,
}

impl Count {
    /// How many are done after `elapsed_ms` of the step.
    pub fn done_after(&self, elapsed_ms: u64) -> u32 {
        let done = elapsed_ms / u64::from(self.each_ms.max(1));
        done.min(u64::from(self.total)) as u32
    }
}

/// One step of a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub part: Part,
    /// "Right foot, clockwise", "Set 2 of 3", "Rest", "Brisk pace".
    pub title: String,
    /// What to do, one line: the cue's text.
    pub detail: String,
    /// How long it lasts; `None` for a stopwatch that runs until stopped.
    pub seconds: Option<u32>,
    pub count: Option<Count>,
}

/// A session's steps, for one exercise at one dose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub exercise: ExerciseId,
    pub name: String,
    /// The dose the plan paces (the full session).
    pub dose: Dose,
    pub steps: Vec<Step>,
    /// Whether the result is recorded as minutes (walks, rides) rather
    /// than as a dose.
    pub records_minutes: bool,
}

impl Plan {
    /// The plan for doing `exercise` at its dose.
    pub fn of(exercise: &Exercise) -> Plan {
        let pacing = exercise.pacing;
        let steps = if exercise.kind == ExerciseKind::Logged {
            vec![stopwatch()]
        } else {
            match exercise.dose {
                Dose::CirclesEachWay(circles) => circle_steps(circles, pacing),
                Dose::SetsOfReps { sets, reps } => rep_steps(sets, reps, pacing),
                Dose::SecondsEachLeg(seconds) => hold_steps(seconds),
                Dose::Minutes(minutes) => {
                    minute_steps(&exercise.display_instruction(), minutes, pacing)
                }
            }
        };
        Plan {
            exercise: exercise.id.clone(),
            name: exercise.display_name(),
            dose: exercise.dose,
            steps,
            records_minutes: exercise.records_minutes(),
        }
    }

    /// Seconds of the timed steps together; `None` when one is a stopwatch.
    pub fn total_seconds(&self) -> Option<u32> {
        self.steps.iter().map(|s| s.seconds).sum()
    }

    /// Seconds of the steps that count toward the dose.
    pub fn work_seconds(&self) -> Option<u32> {
        self.steps
            .iter()
            .filter(|s| s.part == Part::Work)
            .map(|s| s.seconds)
            .sum()
    }
}

fn circle_steps(circles: u32, pacing: Pacing) -> Vec<Step> {
    let each = pacing.circle_seconds.max(1);
    let count = Count {
        total: circles,
        unit: "circles",
        each_ms: each * 1000,
        tempo: None,
    };
    let work = |foot: String, way: String| Step {
        part: Part::Work,
        title: t!("guide-foot-way", foot = foot, way = &way),
        detail: t!(
            "guide-circles-detail",
            circles = circles,
            way = way,
            seconds = each
        ),
        seconds: Some(circles * each),
        count: Some(count),
    };
    let (right, left) = (t!("guide-right"), t!("guide-left"));
    let (cw, ccw) = (t!("guide-clockwise"), t!("guide-counter-clockwise"));
    vec![
        work(right.clone(), cw.clone()),
        work(right, ccw.clone()),
        switch(t!("guide-switch-feet"), t!("guide-switch-feet-detail")),
        work(left.clone(), cw),
        work(left, ccw),
    ]
}

fn rep_steps(sets: u32, reps: u32, pacing: Pacing) -> Vec<Step> {
    let tempo = Tempo {
        up_ms: pacing.up_seconds.max(1) * 1000,
        down_ms: pacing.down_seconds.max(1) * 1000,
    };
    let each_ms = tempo.up_ms + tempo.down_ms;
    let mut steps = Vec::new();
    for set in 1..=sets {
        if set > 1 && pacing.rest_seconds > 0 {
            steps.push(Step {
                part: Part::Rest,
                title: t!("guide-rest"),
                detail: t!("guide-rest-detail", set = set, sets = sets),
                seconds: Some(pacing.rest_seconds),
                count: None,
            });
        }
        steps.push(Step {
            part: Part::Work,
            title: if sets == 1 {
                t!("guide-reps", reps = reps)
            } else {
                t!("guide-set", set = set, sets = sets)
            },
            detail: t!(
                "guide-reps-detail",
                reps = reps,
                up = pacing.up_seconds.max(1),
                down = pacing.down_seconds.max(1)
            ),
            seconds: Some(reps * each_ms / 1000),
            count: Some(Count {
                total: reps,
                unit: "reps",
                each_ms,
                tempo: Some(tempo),
            }),
        });
    }
    steps
}

fn hold_steps(seconds: u32) -> Vec<Step> {
    let hold = |title: String, detail: String| Step {
        part: Part::Work,
        title,
        detail,
        seconds: Some(seconds),
        count: None,
    };
    vec![
        hold(
            t!("guide-right-leg"),
            t!("guide-hold-right", seconds = seconds),
        ),
        switch(t!("guide-switch-legs"), t!("guide-switch-legs-detail")),
        hold(
            t!("guide-left-leg"),
            t!("guide-hold-left", seconds = seconds),
        ),
    ]
}

fn minute_steps(instruction: &str, minutes: u32, pacing: Pacing) -> Vec<Step> {
    let interval = pacing.interval_minutes;
    if interval == 0 || interval >= minutes {
        return vec![Step {
            part: Part::Work,
            title: t!("guide-minutes", minutes = minutes),
            detail: instruction.to_owned(),
            seconds: Some(minutes * 60),
            count: None,
        }];
    }
    // Easy first, as a warm-up, then brisk, and so on; the last interval
    // takes what is left.
    let mut steps = Vec::new();
    let mut left = minutes;
    let mut brisk = false;
    while left > 0 {
        let these = interval.min(left);
        let (title, detail) = if brisk {
            (t!("guide-brisk"), t!("guide-brisk-detail", minutes = these))
        } else {
            (t!("guide-easy"), t!("guide-easy-detail", minutes = these))
        };
        steps.push(Step {
            part: Part::Work,
            title,
            detail,
            seconds: Some(these * 60),
            count: None,
        });
        left -= these;
        brisk = !brisk;
    }
    steps
}

fn stopwatch() -> Step {
    Step {
        part: Part::Work,
        title: t!("guide-timing"),
        detail: t!("guide-timing-detail"),
        seconds: None,
        count: None,
    }
}

fn switch(title: String, detail: String) -> Step {
    Step {
        part: Part::Switch,
        title,
        detail,
        seconds: Some(SWITCH_SECONDS),
        count: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::exercise::builtin_exercises;

    fn plan(id: &str) -> Plan {
        let e = builtin_exercises()
            .into_iter()
            .find(|e| e.id.as_str() == id)
            .expect("built-in");
        Plan::of(&e)
    }

    fn titles(p: &Plan) -> Vec<&str> {
        p.steps.iter().map(|s| s.title.as_str()).collect()
    }

    #[test]
    fn ankle_rotations_go_each_foot_each_way_at_two_seconds_a_circle() {
        let p = plan("ankle-rotations");
        assert_eq!(
            titles(&p),
            [
                "Right foot, clockwise",
                "Right foot, counter-clockwise",
                "Switch feet",
                "Left foot, clockwise",
                "Left foot, counter-clockwise"
            ]
        );
        let first = &p.steps[0];
        assert_eq!(first.seconds, Some(20));
        assert_eq!(first.count.map(|c| (c.total, c.each_ms)), Some((10, 2000)));
        assert_eq!(p.work_seconds(), Some(80));
    }

    #[test]
    fn calf_raises_are_paced_sets_with_rests_between() {
        let p = plan("calf-raises");
        assert_eq!(
            titles(&p),
            ["Set 1 of 3", "Rest", "Set 2 of 3", "Rest", "Set 3 of 3"]
        );
        let set = &p.steps[0];
        let count = set.count.expect("counted");
        assert_eq!((count.total, count.unit), (15, "reps"));
        assert_eq!(
            count.tempo,
            Some(Tempo {
                up_ms: 1000,
                down_ms: 2000
            })
        );
        assert_eq!(set.seconds, Some(45));
        assert_eq!(p.steps[1].seconds, Some(30));
        assert_eq!(p.steps[1].part, Part::Rest);
    }

    #[test]
    fn the_stretch_counts_down_each_leg_with_a_switch_between() {
        let p = plan("soleus-stretch");
        assert_eq!(titles(&p), ["Right leg", "Switch legs", "Left leg"]);
        assert_eq!(p.steps[0].seconds, Some(30));
        assert_eq!(p.steps[1].part, Part::Switch);
    }

    #[test]
    fn legs_up_is_one_countdown_and_a_walk_alternates_every_five_minutes() {
        let legs = plan("legs-up");
        assert_eq!(legs.steps.len(), 1);
        assert_eq!(legs.steps[0].seconds, Some(300));
        let walk = plan("brisk-walk");
        assert_eq!(walk.steps.len(), 6);
        assert_eq!(walk.steps[0].title, "Easy pace");
        assert_eq!(walk.steps[1].title, "Brisk pace");
        assert!(walk.steps.iter().all(|s| s.seconds == Some(300)));
        assert!(walk.records_minutes);
    }

    #[test]
    fn a_logged_ride_is_a_stopwatch() {
        let ride = plan("cycling");
        assert_eq!(ride.steps.len(), 1);
        assert_eq!(ride.steps[0].seconds, None);
        assert_eq!(ride.total_seconds(), None);
    }

    #[test]
    fn a_users_own_exercise_follows_its_dose_and_pacing() {
        let mut e = builtin_exercises().remove(1);
        e.kind = ExerciseKind::Prompted;
        e.dose = Dose::SetsOfReps { sets: 1, reps: 8 };
        e.pacing.rest_seconds = 0;
        e.pacing.up_seconds = 2;
        let p = Plan::of(&e);
        assert_eq!(titles(&p), ["8 reps"]);
        assert_eq!(p.steps[0].seconds, Some(32));
        e.dose = Dose::SetsOfReps { sets: 2, reps: 8 };
        assert_eq!(Plan::of(&e).steps.len(), 2, "no rest step when rest is 0");
        e.dose = Dose::Minutes(12);
        e.pacing.interval_minutes = 5;
        let mins: Vec<_> = Plan::of(&e).steps.iter().map(|s| s.seconds).collect();
        assert_eq!(mins, [Some(300), Some(300), Some(120)]);
    }
}
