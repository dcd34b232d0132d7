//! The language, clock and week choices in the preferences file. Each is
//! "auto" (follow the desktop's locale, the default) or a fixed value, so
//! a user whose locale is wrong for them, or who shares a machine, can say
//! what they want without changing the desktop's settings.

use std::fmt;

use chrono::Weekday;

use super::RawPreferences;
use crate::core::locale::{Clock, Language};

const AUTO: &str = "auto";

/// `language` as the file spells it.
pub fn language_field(l: Option<Language>) -> String {
    l.map_or(AUTO, Language::tag).to_owned()
}

/// `clock` as the file spells it.
pub fn clock_field(c: Option<Clock>) -> String {
    c.map_or(AUTO, Clock::as_str).to_owned()
}

/// `week_start` as the file spells it: the day's full English name.
pub fn week_start_field(d: Option<Weekday>) -> String {
    d.map_or(AUTO.to_owned(), |d| {
        match d {
            Weekday::Mon => "monday",
            Weekday::Tue => "tuesday",
            Weekday::Wed => "wednesday",
            Weekday::Thu => "thursday",
            Weekday::Fri => "friday",
            Weekday::Sat => "saturday",
            Weekday::Sun => "sunday",
        }
        .to_owned()
    })
}

/// Reads the three fields, reporting each wrong one through `err` (and
/// keeping "auto" for it, as validation keeps every default).
pub(super) fn resolve(
    raw: &RawPreferences,
    err: &mut impl FnMut(&str, &dyn fmt::Display, &str),
) -> (Option<Language>, Option<Clock>, Option<Weekday>) {
    fn one<T>(
        field: &str,
        text: &Option<String>,
        parse: impl Fn(&str) -> Result<T, String>,
        err: &mut impl FnMut(&str, &dyn fmt::Display, &str),
    ) -> Option<T> {
        let text = text.as_deref()?;
        if text.trim().eq_ignore_ascii_case(AUTO) {
            return None;
        }
        parse(text)
            .map_err(|reason| err(field, &format!("{text:?}"), &reason))
            .ok()
    }
    let language = one("language", &raw.language, |t| t.parse(), err);
    let clock = one("clock", &raw.clock, |t| t.parse(), err);
    let week_start = one(
        "week_start",
        &raw.week_start,
        |t| {
            t.trim().parse::<Weekday>().map_err(|_| {
                "not a day: use \"auto\" or a weekday such as \"monday\" or \"sunday\"".to_owned()
            })
        },
        err,
    );
    (language, clock, week_start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::locale::Region;
    use crate::core::preferences::{Preferences, parse, to_documented_toml};

    fn load(text: &str) -> Result<Preferences, Vec<crate::core::preferences::FieldError>> {
        let (raw, _) = parse(text).expect("parses");
        Preferences::from_raw(&raw)
    }

    #[test]
    fn auto_is_the_default_and_follows_the_locale() {
        let p = load("").unwrap();
        assert_eq!((p.language, p.clock, p.week_start), (None, None, None));
        let us = p.clone().in_region(Region::of("en_US.UTF-8"));
        assert_eq!((us.clock(), us.first_day()), (Clock::H12, Weekday::Sun));
        let de = p.in_region(Region::of("de_DE.UTF-8"));
        assert_eq!((de.clock(), de.first_day()), (Clock::H24, Weekday::Mon));
    }

    #[test]
    fn a_choice_overrides_the_locale() {
        let p = load("language = \"de\"\nclock = \"12h\"\nweek_start = \"Sunday\"")
            .unwrap()
            .in_region(Region::of("en_GB.UTF-8"));
        assert_eq!(p.language, Some(Language::German));
        assert_eq!((p.clock(), p.first_day()), (Clock::H12, Weekday::Sun));
        let p = load("clock = \"24h\"\nweek_start = \"mon\"")
            .unwrap()
            .in_region(Region::of("en_US.UTF-8"));
        assert_eq!((p.clock(), p.first_day()), (Clock::H24, Weekday::Mon));
    }

    #[test]
    fn wrong_values_are_named_with_the_field() {
        let errors =
            load("language = \"xx\"\nclock = \"25h\"\nweek_start = \"someday\"").unwrap_err();
        let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(text.len(), 3, "{text:?}");
        assert!(
            text[0].starts_with("language = \"xx\": not a language"),
            "{text:?}"
        );
        assert!(
            text[1].starts_with("clock = \"25h\": not a clock"),
            "{text:?}"
        );
        assert!(
            text[2].starts_with("week_start = \"someday\": not a day"),
            "{text:?}"
        );
    }

    #[test]
    fn the_choices_are_documented_and_round_trip() {
        for text in [
            "",
            "language = \"pt-BR\"\nclock = \"12h\"\nweek_start = \"saturday\"",
        ] {
            let p = load(text).unwrap();
            let doc = to_documented_toml(&p);
            assert!(doc.contains("# The language of the window"), "{doc}");
            assert!(doc.contains("# Times as \"12h\""), "{doc}");
            assert_eq!(load(&doc), Ok(p), "{doc}");
        }
        let doc = to_documented_toml(&load("").unwrap());
        for line in [
            "language = \"auto\"",
            "clock = \"auto\"",
            "week_start = \"auto\"",
        ] {
            assert!(doc.lines().any(|l| l == line), "{line}: {doc}");
        }
    }
}
