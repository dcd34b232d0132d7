//! Fuzzing with proptest: the preferences parser and validator, the history
//! line parser and the socket protocol never panic, whatever they are given,
//! and a real daemon answers malformed or oversized requests with an error
//! and keeps serving.

use proptest::prelude::*;
use second_heart::core::History;
use second_heart::core::Session;
use second_heart::core::preferences::{self, Preferences};
use second_heart::protocol::{self, MAX_LINE};

/// A valid file with something in every section, to mutate.
fn valid_prefs() -> String {
    let mut text = preferences::to_documented_toml(&Preferences::default());
    text.push_str(
        "[exercises.desk-squats]\nname = \"Desk squats\"\ndose = \"2 sets of 10\"\n\
         rules = [{ at = [\"11:00\", \"16:00\"], days = [\"mon\", \"wed\"] }, \
         { every_minutes = 60, at_minute = 50, hours = [\"09:00-12:00\"] }, \
         { weekly_target_minutes = 90, check_at = \"16:00\" }, \
         { every_minutes_sitting = 45, hours = \"any\" }]\n",
    );
    text
}

const VALID_SESSION: &str = r#"{"at":"2026-11-23T10:02:00+01:00","exercise":"brisk-walk","outcome":"done","dose":"30 min","minutes":25,"until":"2026-11-23T10:12:00+01:00","via":"notification"}"#;

const VALID_REQUESTS: &[&str] = &[
    r#"{"v":1,"via":"window","cmd":"done","exercise":"calf-raises","minutes":5,"dose":"3 sets of 15","at":"2026-11-23T10:00:00+00:00"}"#,
    r#"{"v":1,"cmd":"upcoming","from":"2026-11-23T10:00:00Z","count":10}"#,
    r#"{"v":1,"cmd":"pause","duration":"1h30m"}"#,
    r#"{"v":1,"cmd":"history","weeks":12}"#,
    r#"{"v":1,"cmd":"snooze","exercise":null,"minutes":10}"#,
];

#[derive(Clone, Debug)]
enum Edit {
    Delete(usize, usize),
    Insert(usize, String),
    Replace(usize, char),
    Duplicate(usize, usize),
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let tokenish = prop_oneof![
        any::<String>(),
        Just("\n[".to_owned()),
        Just("]".to_owned()),
        Just("\"".to_owned()),
        Just(" = ".to_owned()),
        Just("{".to_owned()),
        Just("-1".to_owned()),
        Just("99999999999999999999".to_owned()),
        Just("\"25:61\"".to_owned()),
        Just("[[exercises]]".to_owned()),
        Just("\u{0}".to_owned()),
    ];
    prop::collection::vec(
        prop_oneof![
            (any::<usize>(), 0usize..40).prop_map(|(a, n)| Edit::Delete(a, n)),
            (any::<usize>(), tokenish).prop_map(|(a, s)| Edit::Insert(a, s)),
            (any::<usize>(), any::<char>()).prop_map(|(a, c)| Edit::Replace(a, c)),
            (any::<usize>(), 0usize..200).prop_map(|(a, n)| Edit::Duplicate(a, n)),
        ],
        1..6,
    )
}

/// Applies edits on character boundaries.
fn mutate(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for e in edits {
        let len = chars.len().max(1);
        match e {
            Edit::Delete(a, n) => {
                let a = a % len;
                let b = (a + n).min(chars.len());
                chars.drain(a.min(chars.len())..b);
            }
            Edit::Insert(a, s) => {
                let a = a % (chars.len() + 1);
                chars.splice(a..a, s.chars());
            }
            Edit::Replace(a, c) => {
                if !chars.is_empty() {
                    chars[a % len] = *c;
                }
            }
            Edit::Duplicate(a, n) => {
                let a = a % len;
                let b = (a + n).min(chars.len());
                let piece: Vec<char> = chars[a.min(chars.len())..b].to_vec();
                chars.splice(b..b, piece);
            }
        }
    }
    chars.into_iter().collect()
}

/// What the app does with a preferences file: parse, check, and on success
/// show it again; the documented form of a valid file checks valid again.
fn check_prefs(text: &str) {
    if let Ok((raw, _unknown)) = preferences::parse(text)
        && let Ok(prefs) = Preferences::from_raw(&raw)
    {
        let shown = preferences::to_documented_toml(&prefs);
        let (again, _) = preferences::parse(&shown).expect("config show parses");
        assert_eq!(Preferences::from_raw(&again).as_ref(), Ok(&prefs));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn preferences_parser_takes_any_string(text in any::<String>()) {
        check_prefs(&text);
    }

    #[test]
    fn preferences_parser_takes_mutated_valid_files(e in edits()) {
        check_prefs(&mutate(&valid_prefs(), &e));
    }

    #[test]
    fn preferences_parser_takes_toml_shaped_noise(
        text in "([a-z_.\\[\\]]{1,12} = (\"[0-9:a-z -]{0,12}\"|-?[0-9]{1,20}|\\[\\]|true|\\{ ?[a-z_]{1,12} = [0-9]{1,6} ?\\}|\\[\"[0-9:-]{0,12}\"\\])\n){0,8}"
    ) {
        check_prefs(&text);
    }

    #[test]
    fn history_lines_take_any_string(line in any::<String>()) {
        let _ = Session::from_line(&line);
        let (h, bad) = History::parse(&line);
        prop_assert!(h.len() + bad.len() <= line.lines().count());
    }

    #[test]
    fn history_parser_takes_mutated_files(e in edits(), copies in 1usize..5) {
        let text = format!("{VALID_SESSION}\n").repeat(copies);
        let mutated = mutate(&text, &e);
        let (h, bad) = History::parse(&mutated);
        // Every line is either kept or reported; none vanishes.
        let lines = mutated.lines().filter(|l| !l.trim().is_empty()).count();
        prop_assert_eq!(h.len() + bad.len(), lines);
        for s in h.sessions() {
            // What was read writes back to a line that reads the same.
            prop_assert_eq!(&Session::from_line(&s.to_line()).unwrap(), s);
        }
    }

    #[test]
    fn protocol_parser_takes_any_string(line in any::<String>()) {
        let _ = protocol::parse_request(&line);
    }

    #[test]
    fn protocol_parser_takes_mutated_requests(i in 0usize..5, e in edits()) {
        let line = mutate(VALID_REQUESTS[i], &e);
        if let Ok((request, via)) = protocol::parse_request(&line) {
            // Whatever is accepted round-trips.
            prop_assert_eq!(
                protocol::parse_request(&protocol::request_line(&request, via)),
                Ok((request, via))
            );
        }
    }
}

#[test]
fn protocol_rejects_oversized_and_deeply_nested_requests() {
    let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(protocol::parse_request(&nested).is_err());
    let nested = format!(
        r#"{{"v":1,"cmd":"status","x":{}1{}}}"#,
        "[".repeat(5000),
        "]".repeat(5000)
    );
    assert!(protocol::parse_request(&nested).is_err());
    let huge = format!(r#"{{"v":1,"cmd":"status","x":"{}"}}"#, "é".repeat(MAX_LINE));
    assert!(
        protocol::parse_request(&huge)
            .unwrap_err()
            .contains("too large")
    );
}

#[test]
fn the_daemon_answers_bad_requests_with_an_error_and_keeps_serving() {
    let home = crate::support::home::Home::new();
    let mut daemon = home.daemon();
    let over = format!(
        r#"{{"v":1,"cmd":"status","pad":"{}"}}"#,
        "x".repeat(MAX_LINE)
    );
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty line", b"\n".to_vec()),
        ("not JSON", b"hello\n".to_vec()),
        ("not UTF-8", b"\xff\xfe{\"v\":1}\n".to_vec()),
        ("no version", br#"{"cmd":"status"}"#.to_vec()),
        ("future version", b"{\"v\":2,\"cmd\":\"status\"}\n".to_vec()),
        (
            "unknown command",
            b"{\"v\":1,\"cmd\":\"explode\"}\n".to_vec(),
        ),
        (
            "wrong type",
            b"{\"v\":1,\"cmd\":\"upcoming\",\"count\":\"ten\"}\n".to_vec(),
        ),
        (
            "bad time",
            b"{\"v\":1,\"cmd\":\"done\",\"exercise\":\"calf\",\"at\":\"noon\"}\n".to_vec(),
        ),
        (
            "deep nesting",
            format!("{}\n", "[".repeat(20_000)).into_bytes(),
        ),
        ("oversized", format!("{over}\n").into_bytes()),
        (
            "oversized, no newline",
            "y".repeat(3 * MAX_LINE).into_bytes(),
        ),
        ("no newline at all", br#"{"v":1,"cmd":"stop""#.to_vec()),
    ];
    for (what, line) in cases {
        let answer = home.raw_request(&line);
        let reply: serde_json::Value = serde_json::from_str(&answer)
            .unwrap_or_else(|e| panic!("{what}: unreadable answer {answer:?}: {e}"));
        assert_eq!(reply["ok"], false, "{what}: {reply}");
        assert_eq!(reply["v"], 1, "{what}: {reply}");
        assert!(
            reply["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{what}: {reply}"
        );
        if what.starts_with("oversized") {
            assert!(
                reply["error"].as_str().unwrap().contains("too large"),
                "{reply}"
            );
            assert_eq!(reply["code"], 2, "{what}: {reply}");
        }
        daemon.assert_running();
        // Still serving.
        let ok = home.raw_request(b"{\"v\":1,\"cmd\":\"ping\"}\n");
        assert!(ok.contains("\"ok\":true"), "after {what}: {ok}");
    }
    // A client that connects and says nothing does not stop the others.
    #[cfg(unix)]
    let _silent = std::os::unix::net::UnixStream::connect(home.socket()).unwrap();
    #[cfg(windows)]
    let _silent = second_heart::pipe::connect(
        &home.pipe_name(),
        &second_heart::pipe::my_sid().unwrap(),
        std::time::Duration::from_secs(2),
    )
    .unwrap();
    let started = std::time::Instant::now();
    let ok = home.raw_request(b"{\"v\":1,\"cmd\":\"status\"}\n");
    assert!(ok.contains("\"ok\":true"), "{ok}");
    eprintln!("status behind a silent client: {:.2?}", started.elapsed());
    assert!(
        started.elapsed() < std::time::Duration::from_secs(2),
        "{:.2?}",
        started.elapsed()
    );
    daemon.assert_running();
}
