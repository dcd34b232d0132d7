//! What the user types and what the service says back: a pause's
//! duration ("1h30m", "until-tomorrow") and the one-line account of a
//! recorded session ("Done: Calf raises, 3 sets of 15, at 10:42.").

use crate::t;
use chrono::{DateTime, Duration, Local};

use super::Failure;
use crate::core::quote::quote;
use crate::core::{Exercise, Outcome, Session};

/// "Done: Calf raises, 3 sets of 15, at 10:42. Streak: 4 days." in the
/// session's own offset, so the daemon and the CLI say the same.
pub fn describe(exercise: &Exercise, s: &Session, streak: u32) -> String {
    let t = crate::i18n::format::time(&s.at);
    let name = exercise.display_name();
    match s.outcome {
        Outcome::Done => {
            let what = s
                .minutes
                .map(|m| t!("dose-minutes", minutes = m))
                .or(s.dose.map(|d| d.describe()))
                .unwrap_or_else(|| exercise.dose.describe());
            match streak {
                0 | 1 => t!("reply-done", name = name, what = what, time = t),
                n => t!(
                    "reply-done-streak",
                    name = name,
                    what = what,
                    time = t,
                    days = n
                ),
            }
        }
        Outcome::Skipped => t!("reply-skipped", name = name, time = t),
        Outcome::Snoozed => t!("reply-snoozed-one", name = name, time = t),
        Outcome::Missed => t!("reply-missed", name = name, time = t),
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
