//! The command line in the user's language, clock and week: `status` and
//! `upcoming` under several `LANG`s (the real binary, its texts from the
//! catalogs), 12-hour times and Sunday weeks in the US, `--at` in either
//! clock, and the `language`, `clock` and `week_start` preferences over
//! the locale.

use assert_cmd::Command;

use crate::support::home::Home;

/// The binary on Monday 23 November 2026, 11:50 in London, in `lang`.
fn in_lang(home: &Home, lang: &str) -> Command {
    let mut cmd = home.at("2026-11-23T11:50:00Z", "Europe/London");
    cmd.env("LANG", lang);
    cmd
}

/// A 40-minute ride on Sunday 22 November, the day before the pinned clock.
fn ride_on_sunday(home: &Home) {
    in_lang(home, "en_GB.UTF-8")
        .args([
            "done",
            "cycling",
            "--minutes",
            "40",
            "--at",
            "2026-11-22T10:00:00Z",
        ])
        .assert()
        .success();
}

fn out(mut cmd: Command, args: &[&str]) -> String {
    let output = cmd.args(args).assert().success().get_output().clone();
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn status_and_upcoming_speak_the_locales_language_clock_and_dates() {
    let home = Home::new();
    // (LANG, the first line's date, a time in the afternoon, words of its own)
    let cases = [
        (
            "en_US.UTF-8",
            "Monday, November 23 ·",
            "3:30 PM",
            "at 10:30 AM, 3:30 PM",
        ),
        (
            "en_GB.UTF-8",
            "Monday 23 November ·",
            "15:30",
            "at 10:30, 15:30",
        ),
        ("de_DE.UTF-8", "Montag, 23. November ·", "15:30", "Sätze"),
        ("fr_FR.UTF-8", "lundi 23 novembre ·", "15:30", "Aujourd"),
        ("ja_JP.UTF-8", "11月23日 月曜日 ·", "15:30", "今日"),
        (
            "C.UTF-8",
            "Monday 23 November ·",
            "15:30",
            "at 10:30, 15:30",
        ),
    ];
    for (lang, date, time, words) in cases {
        let status = out(in_lang(&home, lang), &["status"]);
        assert!(status.starts_with(date), "{lang}: {status}");
        let upcoming = out(in_lang(&home, lang), &["upcoming", "--count", "6"]);
        assert!(upcoming.contains(time), "{lang}: {upcoming}");
        assert!(
            upcoming.contains(words) || status.contains(words),
            "{lang}: {words:?} in\n{status}\n{upcoming}"
        );
    }
    // Nothing English is left in a German status beyond the names of the
    // presence sources.
    let status = out(in_lang(&home, "de_DE.UTF-8"), &["status"]);
    for english in [
        "done",
        "due now",
        "upcoming",
        "Next prompt",
        "This week",
        "streak",
    ] {
        assert!(!status.contains(english), "{english:?} in\n{status}");
    }
}

#[test]
fn a_sunday_counts_in_this_week_in_the_us_and_in_last_week_in_europe() {
    let home = Home::new();
    ride_on_sunday(&home);
    let us = out(in_lang(&home, "en_US.UTF-8"), &["status"]);
    assert!(us.contains("This week: Cycling 40 of 150 min"), "{us}");
    let gb = out(in_lang(&home, "en_GB.UTF-8"), &["status"]);
    assert!(gb.contains("This week: Cycling 0 of 150 min"), "{gb}");
    // The preference overrides the locale.
    home.write_prefs(b"week_start = \"monday\"\n");
    let us = out(in_lang(&home, "en_US.UTF-8"), &["status"]);
    assert!(us.contains("This week: Cycling 0 of 150 min"), "{us}");
}

#[test]
fn at_takes_both_clocks_in_every_locale() {
    let home = Home::new();
    for (lang, at) in [
        ("de_DE.UTF-8", "9:05 AM"),
        ("en_US.UTF-8", "09:10"),
        ("ja_JP.UTF-8", "午前9:15"),
        ("fr_FR.UTF-8", "9:20 am"),
    ] {
        in_lang(&home, lang)
            .args(["done", "calf-raises", "--at", at])
            .assert()
            .success();
    }
    let csv = out(
        in_lang(&home, "C"),
        &["history", "export", "--format", "csv"],
    );
    for t in ["09:05", "09:10", "09:15", "09:20"] {
        assert!(csv.contains(&format!("2026-11-23T{t}:00")), "{t}: {csv}");
    }
    // A time that is not one is named, in any language.
    let err = in_lang(&home, "de_DE.UTF-8")
        .args(["done", "calf-raises", "--at", "13:30 PM"])
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(err).unwrap();
    assert!(err.contains("`13:30 PM`"), "{err}");
}

#[test]
fn the_preferences_choose_over_the_locale() {
    let home = Home::new();
    // German words with the US clock: the language and the clock are
    // separate choices.
    home.write_prefs(b"language = \"de\"\n");
    let status = out(in_lang(&home, "en_US.UTF-8"), &["status"]);
    assert!(status.starts_with("Montag, 23. November"), "{status}");
    let upcoming = out(in_lang(&home, "en_US.UTF-8"), &["upcoming"]);
    assert!(
        upcoming.contains("3:30 PM") && upcoming.contains("Heute"),
        "{upcoming}"
    );
    home.write_prefs(b"language = \"auto\"\nclock = \"24h\"\n");
    let upcoming = out(in_lang(&home, "en_US.UTF-8"), &["upcoming"]);
    assert!(
        upcoming.contains("15:30") && upcoming.contains("Today"),
        "{upcoming}"
    );
    // LANGUAGE lists languages in order; one without a catalog is passed.
    home.write_prefs(b"");
    let mut cmd = in_lang(&home, "fi_FI.UTF-8");
    cmd.env("LANGUAGE", "fi:sv");
    let status = out(cmd, &["status"]);
    assert!(
        status.contains(" av ") && status.contains("klara"),
        "{status}"
    );
    // A wrong value is named, and the commands still answer in English.
    home.write_prefs(b"language = \"xx\"\n");
    let mut cmd = in_lang(&home, "C");
    let check = cmd
        .args(["config", "check"])
        .assert()
        .failure()
        .get_output()
        .clone();
    let text = String::from_utf8_lossy(&check.stdout).to_string()
        + &String::from_utf8_lossy(&check.stderr);
    assert!(text.contains("language = \"xx\""), "{text}");
}

/// With a daemon running (started in the C locale, as a session might
/// start it), a terminal in German still reads German: the daemon answers
/// in the language, clock and week its asker reads.
#[test]
fn a_running_daemon_answers_in_the_askers_language_and_week() {
    let home = Home::new();
    ride_on_sunday(&home);
    let _daemon = home.daemon();
    let status = out(in_lang(&home, "de_DE.UTF-8"), &["status"]);
    assert!(status.starts_with("Montag, 23. November"), "{status}");
    assert!(
        status.contains("Zehenstand") && status.contains("3 Sätze à 15"),
        "{status}"
    );
    // Only a daemon's report says where it sees the user from.
    assert!(
        status.contains("sitzt seit") || status.contains("Schreibtisch"),
        "not the daemon's report:\n{status}"
    );
    let us = out(in_lang(&home, "en_US.UTF-8"), &["status"]);
    assert!(us.contains("This week: Cycling 40 of 150 min"), "{us}");
    assert!(us.contains("AM") || us.contains("PM"), "{us}");
    let done = out(in_lang(&home, "de_DE.UTF-8"), &["done", "calf-raises"]);
    assert!(done.starts_with("Erledigt: Zehenstand"), "{done}");
    // Its own texts stay its own: a plain request is answered in English.
    let plain = home.raw_request(b"{\"v\":1,\"cmd\":\"status\"}\n");
    assert!(plain.contains("\"Calf raises\""), "{plain}");
}
