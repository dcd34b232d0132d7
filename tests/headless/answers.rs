//! Answers and the first run through the real daemon: an answer that names
//! its prompt (as the window's cards and the notifications' buttons do) is
//! recorded once, whoever answered first; and a first launch prompts
//! nothing until a schedule is chosen, and nothing from before it.

use std::fs;

use serde_json::Value;

use chrono::{DateTime, Utc};

use crate::support::home::{Home, wait_until};

/// One request line to the daemon, as the window sends it; the reply.
fn as_window(home: &Home, request: &str) -> Value {
    let line = format!("{{\"v\":1,\"via\":\"window\",{request}}}\n");
    serde_json::from_str(&home.raw_request(line.as_bytes())).unwrap()
}

fn text(reply: &Value) -> &str {
    assert_eq!(reply["ok"], true, "{reply}");
    reply["reply"]["text"].as_str().unwrap()
}

fn history_lines(home: &Home) -> Vec<Value> {
    fs::read_to_string(home.history_file())
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The daemon's status, as the window reads it.
fn status(home: &Home) -> Value {
    as_window(home, r#""cmd":"status""#)["reply"].clone()
}

fn due(status: &Value) -> Vec<(String, String)> {
    status["due"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap().to_owned();
            (s("exercise"), s("since"))
        })
        .collect()
}

#[test]
fn a_card_answered_elsewhere_records_nothing_twice() {
    let home = Home::new();
    home.write_prefs(b"");
    // A user since November (a first run at start-up would settle the
    // morning's prompts).
    let state = home.state_file();
    std::fs::create_dir_all(state.parent().unwrap()).unwrap();
    std::fs::write(
        &state,
        r#"{"paused_until":null,"first_run":"2026-11-02T09:00:00Z"}"#,
    )
    .unwrap();
    let mut daemon = home.daemon();
    // 11:50: the 10:30 calf raises are due; the window shows their card.
    let since = "2026-11-23T10:30:00+00:00";
    assert!(
        due(&status(&home)).contains(&("calf-raises".into(), since.into())),
        "{}",
        status(&home)
    );
    // Ticked off at the terminal meanwhile.
    home.ok(&["done", "calf-raises"]);
    // Done, Skip and Snooze on the stale card: each says so, none records.
    for request in ["done", "skip", "snooze"] {
        let reply = as_window(
            &home,
            &format!(r#""cmd":"{request}","exercise":"calf-raises","prompt":"{since}""#),
        );
        assert_eq!(
            text(&reply),
            "Calf raises was already done at 11:50 from the command line; nothing recorded.",
            "{request}"
        );
    }
    let h = history_lines(&home);
    assert_eq!(h.len(), 1, "{h:?}");
    assert_eq!(h[0]["via"], "cli");
    // A card of a prompt still open is answered as always.
    let stretch = due(&status(&home))
        .into_iter()
        .find(|(e, _)| e == "soleus-stretch")
        .expect("the 11:45 stretch is due");
    let reply = as_window(
        &home,
        &format!(
            r#""cmd":"skip","exercise":"soleus-stretch","prompt":"{}""#,
            stretch.1
        ),
    );
    assert!(
        text(&reply).starts_with("Skipped: Bent-knee calf stretch"),
        "{reply}"
    );
    // And without a prompt, a session is logged whenever the user wants.
    home.ok(&["done", "calf-raises"]);
    let h = history_lines(&home);
    assert_eq!(h.len(), 3, "{h:?}");
    assert_eq!(
        (&h[1]["exercise"], &h[1]["via"]),
        (&"soleus-stretch".into(), &"window".into())
    );
    // A prompt must say whose it is.
    let reply = as_window(&home, &format!(r#""cmd":"done","prompt":"{since}""#));
    assert_eq!(reply["ok"], false);
    assert_eq!(reply["code"], 2);
    assert!(
        reply["error"]
            .as_str()
            .unwrap()
            .contains("must name its exercise"),
        "{reply}"
    );
    daemon.assert_running();
}

#[test]
fn a_first_launch_prompts_nothing_before_the_welcome_nor_for_the_morning() {
    // Launched at 11:50 with no preferences: the window's welcome is open.
    let home = Home::new();
    let mut daemon = home.daemon();
    let before = status(&home);
    let warnings = before["warnings"].to_string();
    assert!(
        warnings.contains("nothing is prompted until a schedule is chosen"),
        "{before}"
    );
    // Not even tried: with no notification server here, a prompt would
    // have been noted as one that cannot be shown.
    assert!(
        !warnings.contains("notifications cannot be shown"),
        "{before}"
    );
    assert!(!daemon.log_text().contains("cannot show notifications"));

    // The welcome is answered: the window saves the schedule and reloads.
    home.write_prefs(b"");
    assert_eq!(
        text(&as_window(&home, r#""cmd":"reload""#)),
        "Preferences reloaded."
    );
    let after = status(&home);
    // The 10:00, 10:30, 11:30 and 11:45 prompts came before the app did.
    assert_eq!(due(&after), [], "{after}");
    assert!(
        !after["checklist"].to_string().contains(r#""state":"due""#),
        "{after}"
    );
    assert!(
        !after["warnings"]
            .to_string()
            .contains("nothing is prompted until"),
        "{after}"
    );
    assert_eq!(after["next"]["exercise"], "brisk-walk", "{after}");
    let state: Value =
        serde_json::from_str(&fs::read_to_string(home.state_file()).unwrap()).unwrap();
    let first_run: DateTime<Utc> = state["first_run"].as_str().unwrap().parse().unwrap();
    assert!(
        first_run.to_rfc3339().starts_with("2026-11-23T11:50:"),
        "{state}"
    );
    assert!(
        wait_until(std::time::Duration::from_secs(5), || daemon
            .log_text()
            .contains("a schedule was chosen")),
        "{}",
        daemon.log_text()
    );
    daemon.assert_running();
    home.ok(&["stop"]);

    // Later, on the files alone: the walk at 12:15 is due, and still
    // nothing from before the first run.
    let out = home
        .cmd_at("2026-11-23T12:20:00Z")
        .args(["status", "--json"])
        .output()
        .unwrap();
    let later: Value = serde_json::from_slice(&out.stdout).unwrap();
    let later_due = due(&later);
    assert!(
        later_due.contains(&("brisk-walk".into(), "2026-11-23T12:15:00+00:00".into())),
        "{later}"
    );
    assert!(
        later_due
            .iter()
            .all(|(_, since)| since.parse::<DateTime<Utc>>().unwrap() > first_run),
        "{later_due:?} before {first_run}"
    );
}

/// A schedule chosen while no daemon ran (the welcome answered when the
/// daemon could not start, `dose` before any daemon): the daemon's start is
/// the first run, and the morning before it is not caught up.
#[test]
fn preferences_written_without_a_daemon_make_its_start_the_first_run() {
    let home = Home::new();
    home.write_prefs(b"");
    let mut daemon = home.daemon();
    // Answered once the daemon has started.
    assert!(due(&status(&home)).is_empty(), "{}", status(&home));
    let state = std::fs::read_to_string(home.state_file()).unwrap_or_default();
    assert!(
        state.contains("first_run"),
        "{state}\n{}",
        daemon.log_text()
    );
    daemon.assert_running();
    // Someone with a history was using the app before: not a first run.
    let old = Home::new();
    old.write_prefs(b"");
    old.ok(&["done", "ankle-rotations", "--at", "2026-11-20T10:00:00Z"]);
    let _d = old.daemon();
    assert!(
        due(&status(&old)).iter().any(|(e, _)| e == "calf-raises"),
        "{}",
        status(&old)
    );
}
