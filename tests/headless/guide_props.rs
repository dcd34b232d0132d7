//! Property tests of guided sessions: for any dose and pacing, a plan's work
//! adds up to its dose; a session left alone records exactly its dose; and
//! however it is paused, resumed, skipped and stopped on a clock that may
//! jump, it never records more than was planned nor moves backwards.

use chrono::{DateTime, Duration, TimeZone, Utc};
use proptest::prelude::*;

use second_heart::core::exercise::{Dose, ExerciseKind, builtin_exercises};
use second_heart::core::guide::{Achieved, Guided, Pacing, Part, Plan};
use second_heart::core::{Exercise, Via};

fn doses() -> impl Strategy<Value = Dose> {
    prop_oneof![
        (1u32..=6, 1u32..=40).prop_map(|(sets, reps)| Dose::SetsOfReps { sets, reps }),
        (1u32..=40).prop_map(Dose::CirclesEachWay),
        (1u32..=120).prop_map(Dose::SecondsEachLeg),
        (1u32..=90).prop_map(Dose::Minutes),
    ]
}

fn pacings() -> impl Strategy<Value = Pacing> {
    (1u32..=10, 1u32..=10, 1u32..=10, 0u32..=120, 0u32..=15).prop_map(
        |(circle_seconds, up_seconds, down_seconds, rest_seconds, interval_minutes)| Pacing {
            circle_seconds,
            up_seconds,
            down_seconds,
            rest_seconds,
            interval_minutes,
        },
    )
}

fn exercise(dose: Dose, pacing: Pacing) -> Exercise {
    let mut e = builtin_exercises().remove(0);
    e.kind = ExerciseKind::Prompted;
    e.dose = dose;
    e.pacing = pacing;
    e
}

/// The seconds of work a dose stands for at a pacing.
fn dose_seconds(dose: Dose, p: Pacing) -> u32 {
    match dose {
        Dose::SetsOfReps { sets, reps } => sets * reps * (p.up_seconds + p.down_seconds),
        Dose::CirclesEachWay(c) => 4 * c * p.circle_seconds,
        Dose::SecondsEachLeg(s) => 2 * s,
        Dose::Minutes(m) => m * 60,
    }
}

#[derive(Clone, Debug)]
enum Act {
    Wait(i64),
    Pause,
    Resume,
    Skip,
    /// The wall clock set back (or forward) by this many seconds.
    Jump(i64),
}

fn acts() -> impl Strategy<Value = Vec<Act>> {
    prop::collection::vec(
        prop_oneof![
            4 => (0i64..400).prop_map(Act::Wait),
            1 => Just(Act::Pause),
            1 => Just(Act::Resume),
            1 => Just(Act::Skip),
            1 => (-600i64..600).prop_map(Act::Jump),
        ],
        0..30,
    )
}

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 3, 10, 0, 0).unwrap()
}

proptest! {
    #[test]
    fn a_plans_work_adds_up_to_its_dose(dose in doses(), pacing in pacings()) {
        let plan = Plan::of(&exercise(dose, pacing));
        prop_assert_eq!(plan.work_seconds(), Some(dose_seconds(dose, pacing)));
        prop_assert!(plan.steps.iter().all(|s| s.seconds.unwrap_or(0) > 0));
        // No rest or switch at the start or the end.
        prop_assert_eq!(plan.steps.first().map(|s| s.part), Some(Part::Work));
        prop_assert_eq!(plan.steps.last().map(|s| s.part), Some(Part::Work));
    }

    #[test]
    fn a_session_left_alone_records_its_whole_dose(dose in doses(), pacing in pacings()) {
        let plan = Plan::of(&exercise(dose, pacing));
        let total = i64::from(plan.total_seconds().unwrap());
        let (mut g, _) = Guided::start(plan, t0(), None, Via::Cli);
        let end = t0() + Duration::seconds(total);
        let step = g.advance(end);
        prop_assert!(step.ended);
        let expected = match dose {
            Dose::Minutes(m) => Achieved::Minutes(m),
            d => Achieved::Dose(d),
        };
        let work = u64::from(dose_seconds(dose, pacing));
        if work >= 10 {
            prop_assert_eq!(g.result(end), Some(expected));
        } else {
            prop_assert_eq!(g.result(end), None);
        }
    }

    #[test]
    fn however_it_is_driven_it_records_no_more_than_planned(
        dose in doses(),
        pacing in pacings(),
        acts in acts(),
    ) {
        let plan = Plan::of(&exercise(dose, pacing));
        let (mut g, _) = Guided::start(plan, t0(), None, Via::Cli);
        let mut now = t0();
        let mut last_step = 0;
        let mut last_total = 0;
        for act in acts {
            match act {
                Act::Wait(s) => now += Duration::seconds(s),
                Act::Jump(s) => now += Duration::seconds(s),
                Act::Pause => g.pause(now),
                Act::Resume => g.resume(now),
                Act::Skip => { g.skip_step(now); }
            }
            g.advance(now);
            let p = g.progress(now);
            prop_assert!(p.step >= last_step, "steps only move forward");
            prop_assert!(p.total_elapsed_ms >= last_total, "no time taken off");
            last_step = p.step;
            last_total = p.total_elapsed_ms;
            if g.next_change().is_some() {
                prop_assert!(!g.is_paused());
                prop_assert!(g.current().and_then(|s| s.seconds).is_some());
            }
        }
        g.stop(now);
        prop_assert!(g.has_ended());
        match g.result(now) {
            None => {}
            Some(Achieved::Dose(done)) => prop_assert!(dose.reaches(&done), "{done} of {dose}"),
            Some(Achieved::Minutes(m)) => prop_assert!(m <= dose.minutes().unwrap_or(0)),
        }
    }
}
