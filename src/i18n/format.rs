//! Times and dates as the user reads them: "14:30" or "2:30 PM", "Mittwoch,
//! 2. Dezember" or "12月2日 水曜日". Each language's catalog holds its date
//! patterns (strftime, so translators choose the order and punctuation)
//! and its 12-hour layout; month and day names come from the C library's
//! locale tables for that language.

use chrono::{Datelike, NaiveDate, Timelike};

use super::{Setting, current, tr, tr_with};
use crate::core::locale::{Clock, Language, parse_clock_time};

/// A time of day: "14:30", or "2:30 PM" on a 12-hour clock.
pub fn time(t: &impl Timelike) -> String {
    let s = current();
    match s.clock {
        Clock::H24 => format!("{:02}:{:02}", t.hour(), t.minute()),
        Clock::H12 => {
            let (pm, h) = t.hour12();
            let period = if pm { tr("time-pm") } else { tr("time-am") };
            tr_with(
                "time-12h",
                &[
                    ("time", format!("{h}:{:02}", t.minute()).into()),
                    ("period", period.into()),
                ],
            )
        }
    }
}

/// "Wednesday 2 December" (en-US: "Wednesday, December 2").
pub fn date_long(d: &NaiveDate) -> String {
    date(d, "date-long", "%A, %B %-d")
}

/// "Wed 2 Dec" (en-US: "Wed, Dec 2").
pub fn date_short(d: &NaiveDate) -> String {
    date(d, "date-short", "%a, %b %-d")
}

/// "2 Dec" (en-US: "Dec 2").
pub fn day_month(d: &NaiveDate) -> String {
    date(d, "date-day-month", "%b %-d")
}

/// "Dec": a month's short name, for a calendar's labels.
pub fn month_short(d: &NaiveDate) -> String {
    localized(d, &tr("date-month"), &current())
        .trim()
        .to_owned()
}

/// "Wed": a weekday's short name.
pub fn weekday_short(d: &NaiveDate) -> String {
    localized(d, &tr("date-weekday"), &current())
        .trim()
        .to_owned()
}

/// A weekday's short name ("Wed", "Mi", "水").
pub fn weekday_name(day: chrono::Weekday) -> String {
    // 5 January 2026 is a Monday.
    let monday = NaiveDate::from_ymd_opt(2026, 1, 5).expect("a real date");
    weekday_short(&(monday + chrono::Duration::days(day.num_days_from_monday() as i64)))
}

/// A weekday's full name ("Wednesday", "Mittwoch", "水曜日").
pub fn weekday_full(day: chrono::Weekday) -> String {
    let monday = NaiveDate::from_ymd_opt(2026, 1, 5).expect("a real date");
    let date = monday + chrono::Duration::days(day.num_days_from_monday() as i64);
    localized(&date, "%A", &current())
}

/// "Wed 14:30": a time within the coming week.
pub fn weekday_time<T: Datelike + Timelike>(t: &T) -> String {
    let d = NaiveDate::from_ymd_opt(t.year(), t.month(), t.day()).expect("a real date");
    format!("{} {}", weekday_short(&d), time(t))
}

/// "Wed 2 Dec 14:30": a time further away.
pub fn date_time<T: Datelike + Timelike>(t: &T) -> String {
    let d = NaiveDate::from_ymd_opt(t.year(), t.month(), t.day()).expect("a real date");
    format!("{} {}", date_short(&d), time(t))
}

/// Reads a time of day typed in either clock, with the current language's
/// words for AM and PM understood as well as English's.
pub fn parse_time(text: &str) -> Option<chrono::NaiveTime> {
    // Every shipped language's words, so "午後2:30" reads in any locale.
    Language::ALL
        .iter()
        .filter_map(|l| {
            let word = |id| super::catalog::message(*l, id, &[]);
            Some((word("time-am")?, word("time-pm")?))
        })
        .find_map(|(am, pm)| parse_clock_time(text, Some((&am, &pm))))
        .or_else(|| parse_clock_time(text, current().region.am_pm()))
}

fn date(d: &NaiveDate, id: &str, english_month_first: &str) -> String {
    let s = current();
    let pattern = if s.language == Language::English && s.region.month_first {
        english_month_first.to_owned()
    } else {
        tr(id)
    };
    localized(d, &pattern, &s)
}

fn localized(d: &NaiveDate, pattern: &str, s: &Setting) -> String {
    // A translator's pattern with a stray '%' must not panic inside
    // chrono's Display; it falls back to the ISO date.
    let items: Vec<_> =
        chrono::format::StrftimeItems::new_with_locale(pattern, s.language.names_locale())
            .collect();
    if items.contains(&chrono::format::Item::Error) {
        return d.format("%Y-%m-%d").to_string();
    }
    d.format_localized_with_items(items.into_iter(), s.language.names_locale())
        .to_string()
}

#[cfg(test)]
#[path = "format_tests.rs"]
mod tests;
