use chrono::{NaiveTime, Weekday};

use super::*;

fn hm(h: u32, m: u32) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(h, m, 0)
}

#[test]
fn locale_names_mean_the_shipped_languages() {
    let l = Language::from_locale_name;
    assert_eq!(l("de_DE.UTF-8"), Some(Language::German));
    assert_eq!(l("de_AT@euro"), Some(Language::German));
    assert_eq!(l("pt_BR.UTF-8"), Some(Language::PortugueseBrazil));
    assert_eq!(l("pt_PT"), Some(Language::PortugueseBrazil));
    assert_eq!(l("zh_CN.UTF-8"), Some(Language::ChineseSimplified));
    assert_eq!(l("zh-Hans"), Some(Language::ChineseSimplified));
    assert_eq!(l("zh_TW.UTF-8"), None);
    assert_eq!(l("zh-Hant-HK"), None);
    assert_eq!(l("ja_JP.eucJP"), Some(Language::Japanese));
    assert_eq!(l("C"), None);
    assert_eq!(l("C.UTF-8"), None);
    assert_eq!(l("POSIX"), None);
    assert_eq!(l("fi_FI"), None);
    assert_eq!(l(""), None);
}

#[test]
fn every_language_reads_back_from_its_tag() {
    for l in Language::ALL {
        assert_eq!(l.tag().parse::<Language>(), Ok(l));
        assert_eq!(l.tag().to_uppercase().parse::<Language>(), Ok(l));
    }
    let e = "klingon".parse::<Language>().unwrap_err();
    assert!(e.contains("\"auto\"") && e.contains("pt-BR"), "{e}");
}

#[test]
fn the_clock_and_the_week_come_from_the_locale() {
    let us = Region::of("en_US.UTF-8");
    assert_eq!(
        (us.clock, us.first_day, us.month_first),
        (Clock::H12, Weekday::Sun, true)
    );
    let gb = Region::of("en_GB.UTF-8");
    assert_eq!(
        (gb.clock, gb.first_day, gb.month_first),
        (Clock::H24, Weekday::Mon, false)
    );
    let de = Region::of("de_DE.UTF-8");
    assert_eq!((de.clock, de.first_day), (Clock::H24, Weekday::Mon));
    assert_eq!(Region::of("en_CA.UTF-8").first_day, Weekday::Sun);
    assert_eq!(Region::of("ja_JP.UTF-8").first_day, Weekday::Sun);
    assert_eq!(Region::of("ja_JP.UTF-8").clock, Clock::H24);
    assert_eq!(Region::of("pt_BR.UTF-8").first_day, Weekday::Sun);
    assert_eq!(Region::of("fr_FR.UTF-8").first_day, Weekday::Mon);
    assert_eq!(Region::of("sv_SE").first_day, Weekday::Mon);
    // Saturday-first weeks exist too (Egypt).
    assert_eq!(Region::of("ar_EG.UTF-8").first_day, Weekday::Sat);
}

#[test]
fn the_c_locale_and_unknown_names_keep_iso_weeks_and_24_hours() {
    for name in ["C", "C.UTF-8", "POSIX", "", "xx_YY", "../../etc/passwd"] {
        assert_eq!(Region::of(name), Region::default(), "{name:?}");
    }
    assert_eq!(Region::default().first_day, Weekday::Mon);
}

#[test]
fn am_pm_words_come_from_the_locale_when_it_has_them() {
    assert_eq!(Region::of("en_US").am_pm(), Some(("AM", "PM")));
    assert_eq!(Region::of("ja_JP").am_pm(), Some(("午前", "午後")));
    assert_eq!(Region::of("de_DE").am_pm(), None);
}

#[test]
fn times_are_read_in_both_clocks_everywhere() {
    let p = |t| parse_clock_time(t, None);
    assert_eq!(p("14:30"), hm(14, 30));
    assert_eq!(p("9:05"), hm(9, 5));
    assert_eq!(p("09:05"), hm(9, 5));
    assert_eq!(p("2:30 PM"), hm(14, 30));
    assert_eq!(p("2:30pm"), hm(14, 30));
    assert_eq!(p("2 pm"), hm(14, 0));
    assert_eq!(p("2:30 p.m."), hm(14, 30));
    assert_eq!(p("12:15 AM"), hm(0, 15));
    assert_eq!(p("12:15 PM"), hm(12, 15));
    assert_eq!(p("11:59 am"), hm(11, 59));
    assert_eq!(p("14.30"), hm(14, 30));
    assert_eq!(p("14h30"), hm(14, 30));
    assert_eq!(p("0:00"), hm(0, 0));
    let ja = Some(("午前", "午後"));
    assert_eq!(parse_clock_time("午後2:30", ja), hm(14, 30));
    assert_eq!(parse_clock_time("2:30 午後", ja), hm(14, 30));
    assert_eq!(parse_clock_time("午前9:00", ja), hm(9, 0));
}

#[test]
fn what_is_not_a_time_is_refused() {
    for t in [
        "",
        "14",
        "25:00",
        "13:30 PM",
        "0:30 AM",
        "2:3 PM",
        "2:300",
        "24:00",
        "14:60",
        "PM",
        "two thirty",
        "-1:30",
        "1:30 xm",
        "+2:30",
    ] {
        assert_eq!(parse_clock_time(t, None), None, "{t:?}");
    }
}
