//! What the user types and what the service says back: a pause's
//! duration ("1h30m", "until-tomorrow") and the one-line account of a
//! recorded session ("Done: Calf raises, 3 sets of 15, at 10:42.").

use chrono::{DateTime, Duration, Local};

use super::Failure;
use crate::core::quote::quote;
use crate::core::{Exercise, Outcome, Session};

/// "Done: Calf raises, 3 sets of 15, at 10:42. Streak: 4 days." in the
/// session's own offset, so the daemon and the CLI say the same.
pub fn describe(exercise: &Exercise, s: &Session, streak: u32) -> String {
    let t = crate::i18n::format::time(&s.at);
    match s.outcome {
        Outcome::Done => {
            let what = s
                .minutes
                .map(|m| format!("{m} min"))
                .or(s.dose.map(|d| d.to_string()))
                .unwrap_or_default();
            let streak = match streak {
                0 | 1 => String::new(),
                n => format!(" Streak: {n} days."),
            };
            format!("Done: {}, {what}, at {t}.{streak}", exercise.name)
        }
        Outcome::Skipped => format!("Skipped: {} at {t}.", exercise.name),
        Outcome::Snoozed => format!("Snoozed: {} at {t}.", exercise.name),
        Outcome::Missed => format!("Missed: {} at {t}.", exercise.name),
    }
}

/// The longest pause: two weeks.
const MAX_PAUSE_MINUTES: u64 = 14 * 24 * 60;

/// Parses "90", "90m", "1h", "1h30m", "until-tomorrow" into the end of a pause.
pub fn pause_until(text: &str, now: &DateTime<Local>) -> Result<DateTime<Local>, Failure> {
    let t = text.trim().to_ascii_lowercase();
    if matches!(t.as_str(), "until-tomorrow" | "tomorrow") {
        let tomorrow = now.date_naive().succ_opt().expect("a tomorrow");
        return Ok(crate::core::localtime::at_minute(&Local, tomorrow, 0));
    }
    let bad = || {
        Failure::input(format!(
            "pause: {} is not a duration (write e.g. 30m, 1h, 1h30m, or until-tomorrow)",
            quote(text)
        ))
    };
    let out_of_range = || {
        Failure::input(format!(
            "pause: {} is out of range (1 minute to 14 days)",
            quote(text)
        ))
    };
    // Checked arithmetic throughout: a huge number is out of range, never
    // wrapped around into a short pause.
    let mut minutes: u64 = 0;
    let mut digits = String::new();
    let mut add = |digits: &str, per: u64| -> Result<(), Failure> {
        if digits.is_empty() {
            return Err(bad());
        }
        let n: u64 = digits.parse().map_err(|_| out_of_range())?;
        minutes = n
            .checked_mul(per)
            .and_then(|m| m.checked_add(minutes))
            .ok_or_else(out_of_range)?;
        Ok(())
    };
    for c in t.chars() {
        match c {
            '0'..='9' => digits.push(c),
            'h' | 'm' => {
                add(&digits, if c == 'h' { 60 } else { 1 })?;
                digits.clear();
            }
            _ => return Err(bad()),
        }
    }
    if !digits.is_empty() {
        add(&digits, 1)?;
    }
    if minutes == 0 && !t.chars().any(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    if !(1..=MAX_PAUSE_MINUTES).contains(&minutes) {
        return Err(out_of_range());
    }
    Ok(*now + Duration::minutes(minutes as i64))
}
