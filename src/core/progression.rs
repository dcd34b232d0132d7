//! Suggesting a bigger dose once the current one has become routine: done in
//! full on at least 5 of the last 7 days. A suggestion only; the dose changes
//! when the user accepts it.

use chrono::{DateTime, Duration, NaiveDate, TimeZone};
use std::collections::HashSet;

use super::exercise::{Dose, ExerciseId, ExerciseKind};
use super::history::{History, Outcome};
use super::preferences::Preferences;

pub const WINDOW_DAYS: i64 = 7;
pub const FULL_DAYS_NEEDED: usize = 5;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub exercise: ExerciseId,
    pub current: Dose,
    pub suggested: Dose,
    /// Days in the last week with the full dose done.
    pub full_days: usize,
}

pub fn suggestions<Tz: TimeZone>(
    prefs: &Preferences,
    history: &History,
    now: &DateTime<Tz>,
) -> Vec<Suggestion> {
    let tz = now.timezone();
    let today = now.date_naive();
    let first = today - Duration::days(WINDOW_DAYS - 1);
    prefs
        .exercises
        .iter()
        .filter(|e| e.enabled && e.kind == ExerciseKind::Prompted)
        .filter_map(|e| {
            let days: HashSet<NaiveDate> = history
                .of(&e.id)
                .rev()
                .map(|s| (s.at.with_timezone(&tz).date_naive(), s))
                .take_while(|(d, _)| *d >= first)
                .filter(|(d, s)| {
                    let done = s.minutes.map(Dose::Minutes).or(s.dose);
                    // A session without a dose was recorded as the full dose.
                    *d <= today
                        && s.outcome == Outcome::Done
                        && done.is_none_or(|d| d.reaches(&e.dose))
                })
                .map(|(d, _)| d)
                .collect();
            let suggested = e.dose.increased()?;
            (days.len() >= FULL_DAYS_NEEDED).then(|| Suggestion {
                exercise: e.id.clone(),
                current: e.dose,
                suggested,
                full_days: days.len(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::history::Session;
    use crate::core::localtime::at_minute;
    use chrono_tz::Europe::Berlin;

    fn day(d: u32) -> DateTime<chrono_tz::Tz> {
        at_minute(
            &Berlin,
            NaiveDate::from_ymd_opt(2026, 11, d).unwrap(),
            10 * 60,
        )
    }

    fn done(h: &mut History, d: u32, dose: Option<Dose>) {
        let mut s = Session::new(
            day(d).fixed_offset(),
            "calf-raises".parse().unwrap(),
            Outcome::Done,
        );
        s.dose = dose;
        h.push(s);
    }

    #[test]
    fn five_full_days_of_seven_suggest_a_modest_increase() {
        let p = Preferences::default();
        let mut h = History::default();
        for d in [16, 17, 18, 19] {
            done(&mut h, d, Some(Dose::SetsOfReps { sets: 3, reps: 15 }));
        }
        assert!(
            suggestions(&p, &h, &day(22)).is_empty(),
            "four days are not enough"
        );
        done(&mut h, 20, None);
        let s = suggestions(&p, &h, &day(22));
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].suggested, Dose::SetsOfReps { sets: 3, reps: 17 });
        assert_eq!(s[0].full_days, 5);
        // A week later the old sessions have aged out.
        assert!(suggestions(&p, &h, &day(29)).is_empty());
    }

    #[test]
    fn partial_doses_and_skips_do_not_count() {
        let p = Preferences::default();
        let mut h = History::default();
        for d in [16, 17, 18, 19, 20] {
            done(&mut h, d, Some(Dose::SetsOfReps { sets: 2, reps: 15 }));
        }
        let mut skip = Session::new(
            day(21).fixed_offset(),
            "calf-raises".parse().unwrap(),
            Outcome::Skipped,
        );
        skip.dose = None;
        h.push(skip);
        assert!(suggestions(&p, &h, &day(22)).is_empty());
    }
}
