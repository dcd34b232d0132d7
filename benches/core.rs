//! How fast the core plans and summarises: a year of prompts for the default
//! schedule and for a heavy one (10 exercises, 3 rules each), loading and
//! summarising 10 years of history (75,000 sessions), today's checklist and
//! streaks. `cargo bench --bench core`.

use std::hint::black_box;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::{Europe::London, Tz};
use criterion::{Criterion, criterion_group, criterion_main};

use second_heart::core::planner::{Activity, upcoming_until};
use second_heart::core::preferences::parse;
use second_heart::core::{History, Outcome, Preferences, Session, stats};

fn monday() -> DateTime<Tz> {
    London
        .from_local_datetime(
            &NaiveDate::from_ymd_opt(2026, 1, 5)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap(),
        )
        .unwrap()
}

/// 10 exercises with 3 rules each: sitting, clock and fixed times.
fn heavy() -> Preferences {
    let mut text = String::new();
    for i in 0..10 {
        text.push_str(&format!(
            "[exercises.extra-{i}]\nname = \"Extra {i}\"\ndose = \"2 sets of 10\"\nrules = [\
             {{ every_minutes_sitting = {} }}, {{ every_minutes = 60, at_minute = {} }}, {{ at = [\"10:{:02}\", \"15:{:02}\"] }}]\n",
            45 + i * 5,
            i * 5,
            i * 3,
            i * 3
        ));
    }
    let (raw, _) = parse(&text).unwrap();
    let mut prefs = Preferences::from_raw(&raw).unwrap();
    prefs.exercises.retain(|e| !e.builtin);
    prefs
}

fn year_of_prompts(prefs: &Preferences) -> usize {
    let from = monday();
    let until = (from + Duration::days(365)).with_timezone(&Utc);
    upcoming_until(
        prefs,
        &History::default(),
        &Activity::assume_sitting(),
        &from,
        Some(until),
        1_000_000,
    )
    .len()
}

/// 75,000 sessions over 10 years, as JSON lines.
fn ten_years_text() -> String {
    let start = monday() - Duration::days(3650);
    let ids = [
        "ankle-rotations",
        "calf-raises",
        "soleus-stretch",
        "brisk-walk",
        "cycling",
        "legs-up",
    ];
    let mut out = String::new();
    for i in 0..75_000i64 {
        let at = start + Duration::minutes(i * 70);
        let mut s = Session::new(
            at.fixed_offset(),
            ids[(i % 6) as usize].parse().unwrap(),
            Outcome::Done,
        );
        if i % 6 == 4 {
            s.minutes = Some(30);
        }
        out.push_str(&s.to_line());
        out.push('\n');
    }
    out
}

fn benches(c: &mut Criterion) {
    let default = Preferences::default();
    let heavy = heavy();
    println!(
        "a year of prompts: default schedule {}, heavy schedule {}",
        year_of_prompts(&default),
        year_of_prompts(&heavy)
    );
    c.bench_function("plan a year, default schedule", |b| {
        b.iter(|| year_of_prompts(black_box(&default)))
    });
    c.bench_function("plan a year, heavy schedule (10 x 3 rules)", |b| {
        b.iter(|| year_of_prompts(black_box(&heavy)))
    });

    let text = ten_years_text();
    println!(
        "10 years of history: {} sessions, {:.1} MB",
        text.lines().count(),
        text.len() as f64 / 1e6
    );
    let now = monday();
    c.bench_function("load and summarise 10 years of history", |b| {
        b.iter(|| {
            let (history, bad) = History::parse(black_box(&text));
            assert!(bad.is_empty());
            let weeks = stats::recent_weeks(&default, &history, &now, 520);
            let streak = stats::overall_streak(&default, &history, &now);
            (weeks.len(), streak)
        })
    });
    let (history, _) = History::parse(&text);
    c.bench_function("today's checklist and streaks, 10 years of history", |b| {
        b.iter(|| {
            let list = stats::checklist(
                &default,
                black_box(&history),
                &Activity::assume_sitting(),
                &now,
            );
            let streaks: Vec<_> = default
                .exercises
                .iter()
                .map(|e| stats::streak(&default, &history, &e.id, &now))
                .collect();
            (list.items.len(), streaks)
        })
    });
}

criterion_group! {
    name = core;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(4));
    targets = benches
}
criterion_main!(core);
