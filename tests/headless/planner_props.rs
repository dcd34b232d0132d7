//! Property tests of the planner: for random settings, histories and instants
//! in zones with and without DST, across several years, nothing is due or
//! planned outside a rule's days and hours, nothing is planned in the past,
//! and no exercise is prompted twice in one minute.

use chrono::{DateTime, Datelike, Duration, NaiveTime, TimeZone, Timelike, Utc, Weekday};
use chrono_tz::Tz;
use proptest::prelude::*;

use second_heart::core::exercise::{Dose, Exercise, ExerciseKind};
use second_heart::core::planner::{Activity, plan, upcoming};
use second_heart::core::schedule::{
    Days, Hours, Rule, TimeRange, Trigger, WeekdaySet, WorkingHours,
};
use second_heart::core::{History, Outcome, Preferences, Session};

const ZONES: [Tz; 5] = [
    chrono_tz::Europe::London,
    chrono_tz::America::New_York,
    chrono_tz::Australia::Sydney,
    chrono_tz::Asia::Kolkata,
    chrono_tz::Pacific::Auckland,
];

/// Up to two non-overlapping ranges on a quarter-hour grid.
fn ranges() -> impl Strategy<Value = Vec<TimeRange>> {
    prop::collection::vec((0u32..96, 1u32..40), 0..=2).prop_map(|raw| {
        let mut out: Vec<TimeRange> = Vec::new();
        let mut cursor = 0;
        for (start, len) in raw {
            let start = (start * 15).max(cursor);
            let end = (start + len * 15).min(1440);
            if start < end {
                out.push(TimeRange::new(start, end).unwrap());
                cursor = end;
            }
        }
        out
    })
}

fn days() -> impl Strategy<Value = Days> {
    prop_oneof![
        Just(Days::Working),
        (1u8..128).prop_map(|bits| {
            Days::Only(
                (0..7)
                    .filter(|i| bits & (1 << i) != 0)
                    .map(|i| Weekday::try_from(i as u8).unwrap())
                    .collect::<WeekdaySet>(),
            )
        }),
    ]
}

fn hours() -> impl Strategy<Value = Hours> {
    prop_oneof![
        Just(Hours::Working),
        Just(Hours::AnyTime),
        ranges()
            .prop_filter("non-empty", |r| !r.is_empty())
            .prop_map(Hours::Ranges),
    ]
}

fn time() -> impl Strategy<Value = NaiveTime> {
    (0u32..24, 0u32..60).prop_map(|(h, m)| NaiveTime::from_hms_opt(h, m, 0).unwrap())
}

fn trigger() -> impl Strategy<Value = Trigger> {
    prop_oneof![
        (5u32..300).prop_map(|minutes| Trigger::EverySitting { minutes }),
        (5u32..300, 0u32..300).prop_map(|(minutes, at)| Trigger::EveryClock {
            minutes,
            at_minute: at % minutes
        }),
        prop::collection::vec(time(), 1..5).prop_map(|mut times| {
            times.sort();
            times.dedup();
            Trigger::AtTimes { times }
        }),
        (30u32..600, time())
            .prop_map(|(minutes, check_at)| Trigger::WeeklyTarget { minutes, check_at }),
    ]
}

fn rule() -> impl Strategy<Value = Rule> {
    (trigger(), days(), hours()).prop_map(|(trigger, days, hours)| Rule {
        trigger,
        days,
        hours,
    })
}

fn preferences() -> impl Strategy<Value = Preferences> {
    (
        prop::collection::vec(ranges(), 7),
        prop::collection::vec(prop::collection::vec(rule(), 1..=3), 1..=3),
    )
        .prop_map(|(week, rules)| {
            let days: [Vec<TimeRange>; 7] = week.try_into().unwrap();
            Preferences {
                working_hours: WorkingHours::new(days).unwrap(),
                exercises: rules
                    .into_iter()
                    .enumerate()
                    .map(|(i, rules)| Exercise {
                        id: format!("exercise-{i}").parse().unwrap(),
                        name: format!("Exercise {i}"),
                        instruction: String::new(),
                        how_to: String::new(),
                        dose: Dose::Minutes(10),
                        kind: ExerciseKind::Prompted,
                        enabled: true,
                        rules,
                        builtin: false,
                        pacing: Default::default(),
                        place: Default::default(),
                        anchors: Vec::new(),
                    })
                    .collect(),
                ..Preferences::default()
            }
        })
}

/// An instant between 2020 and 2031, with a zone.
fn instant() -> impl Strategy<Value = DateTime<Tz>> {
    (0usize..ZONES.len(), 1_577_836_800i64..1_924_905_600i64).prop_map(|(z, secs)| {
        ZONES[z].from_utc_datetime(&DateTime::from_timestamp(secs, 0).unwrap().naive_utc())
    })
}

/// Sessions in the few days before `now`, given as minute offsets.
fn history_offsets() -> impl Strategy<Value = Vec<(usize, u32, u8, u32)>> {
    prop::collection::vec((0usize..3, 1u32..(4 * 24 * 60), 0u8..4, 1u32..60), 0..8)
}

fn history(prefs: &Preferences, now: &DateTime<Tz>, offsets: &[(usize, u32, u8, u32)]) -> History {
    let mut sessions = Vec::new();
    for &(e, ago, outcome, minutes) in offsets {
        let Some(ex) = prefs.exercises.get(e % prefs.exercises.len()) else {
            continue;
        };
        let at = now.fixed_offset() - Duration::minutes(ago as i64);
        let outcome = [
            Outcome::Done,
            Outcome::Skipped,
            Outcome::Snoozed,
            Outcome::Missed,
        ][outcome as usize];
        let mut s = Session::new(at, ex.id.clone(), outcome);
        s.minutes = Some(minutes);
        if outcome == Outcome::Snoozed {
            s.until = Some(at + Duration::minutes(minutes as i64));
        }
        sessions.push(s);
    }
    History::new(sessions)
}

fn activity(now: &DateTime<Tz>, sitting: Option<u32>, paused: Option<u32>) -> Activity {
    let now = now.with_timezone(&Utc);
    Activity {
        sitting_since: sitting.map(|m| now - Duration::minutes(m as i64)),
        paused_until: paused.map(|m| now + Duration::minutes(m as i64) - Duration::minutes(120)),
        first_run: None,
    }
}

/// Whether local time `t` lies in the rule's days and hours.
fn inside(prefs: &Preferences, rule: &Rule, t: &DateTime<Tz>) -> bool {
    let minute = t.hour() * 60 + t.minute();
    rule.ranges_on(&prefs.working_hours, t.weekday())
        .iter()
        .any(|r| r.contains_minute(minute))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn plans_stay_inside_days_and_hours_and_never_in_the_past(
        prefs in preferences(),
        now in instant(),
        offsets in history_offsets(),
        sitting in prop::option::of(0u32..600),
        paused in prop::option::of(0u32..240),
    ) {
        let history = history(&prefs, &now, &offsets);
        let activity = activity(&now, sitting, paused);
        let p = plan(&prefs, &history, &activity, &now);
        for d in &p.due {
            let ex = prefs.exercise(&d.exercise).unwrap();
            prop_assert!(d.since <= now, "due since {} after now {}", d.since, now);
            prop_assert!(inside(&prefs, &ex.rules[d.rule], &d.since), "due {} outside {:?}", d.since, ex.rules[d.rule]);
        }
        let mut seen = std::collections::HashSet::new();
        for d in &p.due {
            prop_assert!(seen.insert(d.exercise.clone()), "two due entries for {}", d.exercise);
        }
        for n in &p.next {
            let ex = prefs.exercise(&n.exercise).unwrap();
            prop_assert!(n.at > now, "next {} not after now {}", n.at, now);
            prop_assert!(inside(&prefs, &ex.rules[n.rule], &n.at), "next {} outside {:?}", n.at, ex.rules[n.rule]);
        }
    }

    #[test]
    fn nothing_from_before_the_first_run_is_ever_due(
        prefs in preferences(),
        now in instant(),
        offsets in history_offsets(),
        sitting in prop::option::of(0u32..600),
        paused in prop::option::of(0u32..240),
        first_run_ago in 0u32..900,
    ) {
        let history = history(&prefs, &now, &offsets);
        let first_run = now.with_timezone(&Utc) - Duration::minutes(first_run_ago as i64);
        let activity = Activity {
            first_run: Some(first_run),
            ..activity(&now, sitting, paused)
        };
        for d in plan(&prefs, &history, &activity, &now).due {
            prop_assert!(d.since > first_run, "due since {} before the first run {}", d.since, first_run);
        }
    }

    #[test]
    fn previews_stay_inside_and_never_prompt_one_exercise_twice_a_minute(
        prefs in preferences(),
        now in instant(),
        offsets in history_offsets(),
        sitting in prop::option::of(0u32..600),
    ) {
        let history = history(&prefs, &now, &offsets);
        let activity = activity(&now, sitting, None);
        let prompts = upcoming(&prefs, &history, &activity, &now, 40);
        let mut seen = std::collections::HashSet::new();
        let mut last = None;
        for p in &prompts {
            let ex = prefs.exercise(&p.exercise).unwrap();
            prop_assert!(p.at >= now, "prompt {} before {}", p.at, now);
            prop_assert!(inside(&prefs, &ex.rules[p.rule], &p.at), "prompt {} outside {:?}", p.at, ex.rules[p.rule]);
            let minute = p.at.with_timezone(&Utc).timestamp() / 60;
            prop_assert!(seen.insert((p.exercise.clone(), minute)), "{} twice at {}", p.exercise, p.at);
            prop_assert!(last.is_none_or(|l| l <= p.at.with_timezone(&Utc)), "out of order");
            last = Some(p.at.with_timezone(&Utc));
        }
    }
}
