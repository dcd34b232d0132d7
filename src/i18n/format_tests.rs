use chrono::{NaiveDate, NaiveTime, Weekday};

use super::*;
use crate::i18n::with;

fn setting(language: Language, region: &str, clock: Clock) -> Setting {
    Setting {
        clock,
        ..Setting::in_locale(language, region)
    }
}

fn at(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn dec2() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
}

#[test]
fn times_follow_the_clock() {
    let us = setting(Language::English, "en_US.UTF-8", Clock::H12);
    with(us, || {
        assert_eq!(time(&at(14, 30)), "2:30 PM");
        assert_eq!(time(&at(0, 5)), "12:05 AM");
        assert_eq!(time(&at(12, 0)), "12:00 PM");
    });
    let gb = setting(Language::English, "en_GB.UTF-8", Clock::H24);
    with(gb, || assert_eq!(time(&at(9, 5)), "09:05"));
    let ja = setting(Language::Japanese, "ja_JP.UTF-8", Clock::H12);
    with(ja, || assert_eq!(time(&at(14, 30)), "午後2:30"));
}

#[test]
fn dates_are_in_the_language_and_its_order() {
    let cases = [
        (
            Language::English,
            "en_GB",
            "Wednesday 2 December",
            "Wed 2 Dec",
        ),
        (
            Language::English,
            "en_US",
            "Wednesday, December 2",
            "Wed, Dec 2",
        ),
        (
            Language::German,
            "de_DE",
            "Mittwoch, 2. Dezember",
            "Mi, 2. Dez",
        ),
        (
            Language::French,
            "fr_FR",
            "mercredi 2 décembre",
            "mer. 2 déc.",
        ),
        (
            Language::Spanish,
            "es_ES",
            "miércoles, 2 de diciembre",
            "mié 2 dic",
        ),
        (Language::Polish, "pl_PL", "środa, 2 grudnia", "śro, 2 gru"),
        (Language::Japanese, "ja_JP", "12月2日 水曜日", "12月2日(水)"),
        (
            Language::ChineseSimplified,
            "zh_CN",
            "12月2日 星期三",
            "12月2日 周三",
        ),
    ];
    for (language, region, long, short) in cases {
        with(setting(language, region, Clock::H24), || {
            assert_eq!(date_long(&dec2()), long, "{language}");
            assert_eq!(date_short(&dec2()), short, "{language}");
        });
    }
}

#[test]
fn every_catalogs_date_patterns_are_valid() {
    for language in Language::ALL {
        with(setting(language, "C", Clock::H24), || {
            for text in [date_long(&dec2()), date_short(&dec2()), day_month(&dec2())] {
                assert!(
                    !text.contains('%') && !text.starts_with("2026-"),
                    "{language}: {text}"
                );
            }
            assert!(!month_short(&dec2()).is_empty());
            assert!(!weekday_short(&dec2()).is_empty());
        });
    }
}

#[test]
fn typed_times_are_read_in_either_clock_in_every_language() {
    for language in Language::ALL {
        with(setting(language, "C", Clock::H24), || {
            assert_eq!(parse_time("14:30"), Some(at(14, 30)), "{language}");
            assert_eq!(parse_time("2:30 PM"), Some(at(14, 30)), "{language}");
            assert_eq!(
                parse_time(&time(&at(14, 30))),
                Some(at(14, 30)),
                "{language}"
            );
        });
        with(setting(language, "C", Clock::H12), || {
            // What the app shows, it reads back.
            for t in [at(14, 30), at(0, 5), at(12, 0), at(9, 59)] {
                assert_eq!(parse_time(&time(&t)), Some(t), "{language}: {}", time(&t));
            }
        });
    }
}

#[test]
fn the_week_of_a_setting_comes_from_its_region() {
    assert_eq!(
        setting(Language::English, "en_US", Clock::H12).first_day,
        Weekday::Sun
    );
}

#[test]
fn every_languages_am_and_pm_words_are_read_in_every_locale() {
    with(setting(Language::Spanish, "es_ES", Clock::H24), || {
        assert_eq!(parse_time("午後2:30"), Some(at(14, 30)));
        assert_eq!(parse_time("2:30 p. m."), Some(at(14, 30)));
        assert_eq!(parse_time("下午2:30"), Some(at(14, 30)));
    });
}
