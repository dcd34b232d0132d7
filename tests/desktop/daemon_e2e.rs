//! The daemon end to end, on a private headless desktop: a real dunst (or a
//! test-owned notification server), the real binary, the real socket.
//! The daemon's clock starts a few seconds before a prompt is due
//! (SECOND_HEART_FAKE_NOW) and runs on from there.

use std::fs;
use std::time::Duration;

use crate::support::app::*;
use crate::support::{Desktop, FakeServer, wait_for, wait_until};
use serde_json::Value;

#[test]
fn a_prompt_reaches_dunst_and_done_there_is_recorded() {
    let mut desktop = Desktop::start();
    desktop.start_monitor();
    desktop.start_dunst();
    only_calf_raises(&desktop, "");
    let _daemon = daemon(&desktop, BEFORE_1030);
    let call = wait_for(Duration::from_secs(15), || {
        prompt(&desktop.notify_calls(), CALF)
    })
    .unwrap_or_else(|| panic!("no prompt reached dunst:\n{}", daemon_log(&desktop)));
    assert_eq!(call.body, "Stand, rise high onto your toes, lower slowly.");
    assert_eq!(call.app_name, "Second Heart");
    assert_eq!(
        call.action_keys(),
        ["default", "start", "done", "snooze", "skip"]
    );
    assert!(call.actions.contains(&"Snooze 1 min".to_owned()));
    assert_eq!(call.hint("category"), Some("x-second-heart.prompt"));
    assert_eq!(call.hint("urgency"), Some("1"));
    // The launcher's name without `.desktop`, as the specification asks.
    assert_eq!(
        call.hint("desktop-entry"),
        Some("io.github.secondheart.SecondHeart")
    );
    assert!(call.app_icon.ends_with("second-heart.png") && fs::metadata(&call.app_icon).is_ok());
    assert_eq!(desktop.dunst_displayed(), 1);

    desktop.invoke_action(call.id.unwrap(), "done");
    assert!(
        wait_until(Duration::from_secs(10), || history(&desktop).len() == 1),
        "nothing recorded:\n{}",
        daemon_log(&desktop)
    );
    let h = history(&desktop);
    assert_eq!(h[0]["exercise"], "calf-raises");
    assert_eq!(h[0]["outcome"], "done");
    assert_eq!(h[0]["via"], "notification");
    assert_eq!(h[0]["dose"], "3 sets of 15");
    assert!(wait_until(Duration::from_secs(5), || desktop
        .dunst_displayed()
        == 0));
    let s = status(&desktop);
    assert_eq!(s["progress"]["done"], 1);
    assert!(s["due"].as_array().unwrap().is_empty());
}

/// A German desktop: the prompt on the bus is German (summary, body and
/// buttons), and Done there records the session as anywhere else.
#[test]
fn a_prompt_on_a_german_desktop_is_in_german_on_the_bus() {
    let mut desktop = Desktop::start();
    desktop.start_monitor();
    desktop.start_dunst();
    only_calf_raises(&desktop, "");
    let log = fs::File::create(desktop.dir().join("daemon.log")).unwrap();
    let _daemon = desktop.spawn(
        desktop
            .bin()
            .arg("daemon")
            .env("TZ", "UTC")
            .env("LANG", "de_DE.UTF-8")
            .env("SECOND_HEART_FAKE_NOW", BEFORE_1030)
            .stdout(log.try_clone().unwrap())
            .stderr(log),
    );
    let call = wait_for(Duration::from_secs(15), || {
        prompt(&desktop.notify_calls(), "Zehenstand — 3 Sätze à 15")
    })
    .unwrap_or_else(|| {
        panic!(
            "no German prompt reached dunst:\n{:#?}\n{}",
            desktop.notify_calls(),
            daemon_log(&desktop)
        )
    });
    assert_eq!(
        call.body,
        "Im Stehen: Geh hoch auf die Zehenspitzen, senk dich langsam ab."
    );
    let labels: Vec<&str> = call
        .actions
        .iter()
        .skip(1)
        .step_by(2)
        .map(String::as_str)
        .collect();
    assert_eq!(
        labels,
        [
            "Öffnen",
            "Starten",
            "Erledigt",
            "1 Min. später",
            "Überspringen"
        ]
    );
    // The keys the daemon answers to stay the same in every language.
    assert_eq!(
        call.action_keys(),
        ["default", "start", "done", "snooze", "skip"]
    );
    desktop.invoke_action(call.id.unwrap(), "done");
    assert!(
        wait_until(Duration::from_secs(10), || history(&desktop).len() == 1),
        "nothing recorded:\n{}",
        daemon_log(&desktop)
    );
    assert_eq!(
        history(&desktop)[0]["dose"],
        "3 sets of 15",
        "the file keeps its spelling"
    );
}

#[test]
fn a_guided_session_started_in_dunst_cues_each_step_there_and_records_the_dose_done() {
    let mut desktop = Desktop::start();
    desktop.start_monitor();
    desktop.start_dunst();
    // Two sets of three at one second up and one down, two seconds' rest.
    only_calf_raises(
        &desktop,
        "dose = \"2 sets of 3\"\nup_seconds = 1\ndown_seconds = 1\nrest_seconds = 2\n",
    );
    let _daemon = daemon(&desktop, BEFORE_1030);
    let call = wait_for(Duration::from_secs(15), || {
        prompt(&desktop.notify_calls(), "Calf raises — 2 sets of 3")
    })
    .unwrap_or_else(|| panic!("no prompt reached dunst:\n{}", daemon_log(&desktop)));
    desktop.invoke_action(call.id.unwrap(), "start");
    // Each step's cue reaches dunst, each replacing the one before.
    let cues = wait_for(Duration::from_secs(30), || {
        let cues: Vec<_> = desktop
            .notify_calls()
            .into_iter()
            .filter(|c| c.hint("category") == Some("x-second-heart.cue"))
            .collect();
        cues.iter()
            .any(|c| c.summary == "Calf raises — finished")
            .then_some(cues)
    })
    .unwrap_or_else(|| panic!("the session did not end:\n{}", daemon_log(&desktop)));
    let summaries: Vec<&str> = cues.iter().map(|c| c.summary.as_str()).collect();
    assert_eq!(
        summaries,
        [
            "Calf raises — Set 1 of 2",
            "Calf raises — Rest",
            "Calf raises — Set 2 of 2",
            "Calf raises — finished"
        ]
    );
    let first = cues[0].id.expect("dunst answered");
    assert_eq!(cues[0].replaces_id, 0);
    assert!(
        cues[1..].iter().all(|c| c.replaces_id == first),
        "one notification for the whole session: {cues:?}"
    );
    assert_eq!(cues[0].body, "3 reps: up 1 s, down 1 s\nNext: Rest");
    assert!(
        cues[3].body.starts_with("Done: Calf raises, 2 sets of 3"),
        "{}",
        cues[3].body
    );
    let h = history(&desktop);
    assert_eq!(h.len(), 1, "{h:?}");
    assert_eq!(
        (&h[0]["outcome"], &h[0]["dose"], &h[0]["via"]),
        (
            &"done".into(),
            &"2 sets of 3".into(),
            &"notification".into()
        )
    );
    // The prompt it answered is settled: not due, not on screen; the last
    // cue alone is left, until it times out.
    let s = status(&desktop);
    assert!(s["due"].as_array().unwrap().is_empty(), "{s}");
    assert_eq!(desktop.dunst_displayed(), 1);
}

#[test]
fn an_unanswered_prompt_is_shown_once_more_gently() {
    let desktop = Desktop::start();
    let server = FakeServer::start(desktop.bus_address(), &["actions", "body"]);
    with_preferences(&desktop, "remind_again_minutes = 1\n", "");
    let _daemon = daemon(&desktop, BEFORE_1030);
    let calf = |calls: &[crate::support::NotifyCall]| {
        calls
            .iter()
            .filter(|c| c.summary == CALF)
            .cloned()
            .collect::<Vec<_>>()
    };
    let shown = wait_for(Duration::from_secs(80), || {
        let c = calf(&server.calls());
        (c.len() >= 2).then_some(c)
    })
    .unwrap_or_else(|| panic!("no reminder:\n{}", daemon_log(&desktop)));
    assert!(
        shown[1]
            .body
            .starts_with("A gentle reminder: still due since 10:30."),
        "{}",
        shown[1].body
    );
    // Still answerable, with every button. (Only once: scheduler_sim.)
    assert_eq!(shown[1].action_keys(), shown[0].action_keys());
    assert_eq!(shown.len(), 2);
}

#[test]
fn snooze_in_dunst_prompts_again_after_the_snooze() {
    let mut desktop = Desktop::start();
    desktop.start_monitor();
    desktop.start_dunst();
    only_calf_raises(&desktop, "");
    let _daemon = daemon(&desktop, BEFORE_1030);
    let first = wait_for(Duration::from_secs(15), || {
        prompt(&desktop.notify_calls(), CALF)
    })
    .unwrap_or_else(|| panic!("no prompt:\n{}", daemon_log(&desktop)));
    desktop.invoke_action(first.id.unwrap(), "snooze");
    assert!(wait_until(Duration::from_secs(10), || history(&desktop)
        .len()
        == 1));
    assert_eq!(history(&desktop)[0]["outcome"], "snoozed");
    assert!(wait_until(Duration::from_secs(5), || desktop
        .dunst_displayed()
        == 0));
    // snooze_minutes = 1: back a minute later, as one new prompt.
    let again = wait_until(Duration::from_secs(75), || {
        desktop
            .notify_calls()
            .iter()
            .filter(|c| c.summary == CALF)
            .count()
            == 2
    });
    assert!(again, "no second prompt:\n{}", daemon_log(&desktop));
    assert_eq!(desktop.dunst_displayed(), 1);
}

#[test]
fn without_a_notification_server_prompts_wait_and_arrive_once_one_appears() {
    let mut desktop = Desktop::start();
    desktop.start_monitor();
    only_calf_raises(&desktop, "");
    let mut daemon = daemon(&desktop, BEFORE_1030);
    wait_socket(&desktop);
    let due = wait_until(Duration::from_secs(15), || {
        status(&desktop)["due"]
            .as_array()
            .is_some_and(|d| d.len() == 1)
    });
    assert!(due, "{}", daemon_log(&desktop));
    let s = status(&desktop);
    assert!(
        s["daemon"]["notifications"]
            .as_str()
            .unwrap()
            .starts_with("unavailable"),
        "{s}"
    );
    assert!(
        s["warnings"].as_array().unwrap().iter().any(|w| w
            .as_str()
            .unwrap()
            .contains("notifications cannot be shown")),
        "{s}"
    );
    daemon.assert_running(&desktop.dir().join("daemon.log"));
    assert_eq!(
        daemon_log(&desktop)
            .matches("cannot show notifications")
            .count(),
        1,
        "warned once"
    );

    desktop.start_dunst();
    let delivered = wait_for(Duration::from_secs(15), || {
        prompt(&desktop.notify_calls(), CALF)
    });
    assert!(
        delivered.is_some(),
        "not delivered after dunst came:\n{}",
        daemon_log(&desktop)
    );

    // dunst dies and comes back: the prompt is shown again on the new one.
    desktop.stop_dunst();
    desktop.start_dunst();
    let again = wait_until(Duration::from_secs(15), || desktop.dunst_displayed() == 1);
    assert!(again, "{}", daemon_log(&desktop));
    daemon.assert_running(&desktop.dir().join("daemon.log"));
}

#[test]
fn ticking_off_from_the_command_line_closes_the_notification() {
    let mut desktop = Desktop::start();
    desktop.start_monitor();
    desktop.start_dunst();
    only_calf_raises(&desktop, "");
    let _daemon = daemon(&desktop, BEFORE_1030);
    let call = wait_for(Duration::from_secs(15), || {
        prompt(&desktop.notify_calls(), CALF)
    })
    .unwrap();
    let out = cli(&desktop, &["done"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .starts_with("Done: Calf raises, 3 sets of 15, at 10:30")
    );
    assert!(wait_until(Duration::from_secs(5), || desktop
        .close_calls()
        .contains(&call.id.unwrap())));
    assert!(wait_until(Duration::from_secs(5), || desktop
        .dunst_displayed()
        == 0));
    assert_eq!(history(&desktop)[0]["via"], "cli");
}

#[test]
fn each_action_is_recorded_through_a_test_notification_server() {
    let desktop = Desktop::start();
    let server = FakeServer::start(desktop.bus_address(), &["actions", "body", "body-markup"]);
    only_calf_raises(
        &desktop,
        "name = \"Calf <raises> & \\\"stretch\\\"\"\ninstruction = \"Up <high> & down\"\n",
    );
    let _daemon = daemon(&desktop, BEFORE_1030);
    let summary = "Calf <raises> & \"stretch\" — 3 sets of 15";
    let first = wait_for(Duration::from_secs(15), || prompt(&server.calls(), summary))
        .unwrap_or_else(|| panic!("no prompt:\n{}", daemon_log(&desktop)));
    assert_eq!(
        first.body, "Up &lt;high&gt; &amp; down",
        "escaped for a markup server"
    );

    like_a_person();
    server.invoke(first.id.unwrap(), "skip");
    assert!(wait_until(Duration::from_secs(10), || history(&desktop)
        .len()
        == 1));
    assert_eq!(history(&desktop)[0]["outcome"], "skipped");

    // The 10:40 slot (the clock runs from 10:29:57): done there.
    let out = cli(&desktop, &["upcoming", "--json", "-n", "1"]);
    let next: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(next[0]["at"], "2026-11-23T10:40:00+00:00");
}

#[test]
fn a_server_without_actions_gets_plain_prompts() {
    let desktop = Desktop::start();
    let server = FakeServer::start(desktop.bus_address(), &["body"]);
    only_calf_raises(&desktop, "instruction = \"Up & down\"\n");
    let _daemon = daemon(&desktop, BEFORE_1030);
    let call = wait_for(Duration::from_secs(15), || prompt(&server.calls(), CALF)).unwrap();
    assert!(call.actions.is_empty());
    assert_eq!(call.body, "Up & down", "no markup: not escaped");
    // Still answerable from the command line.
    assert!(cli(&desktop, &["done", "calf"]).status.success());
    assert!(wait_until(Duration::from_secs(5), || server
        .closed()
        .contains(&call.id.unwrap())));
}

#[test]
fn snooze_done_and_skip_each_reach_the_history_from_the_notification() {
    for (key, outcome) in [("done", "done"), ("snooze", "snoozed"), ("skip", "skipped")] {
        let desktop = Desktop::start();
        let server = FakeServer::start(desktop.bus_address(), &["actions", "body"]);
        only_calf_raises(&desktop, "");
        let _daemon = daemon(&desktop, BEFORE_1030);
        let call = wait_for(Duration::from_secs(15), || prompt(&server.calls(), CALF)).unwrap();
        like_a_person();
        server.invoke(call.id.unwrap(), key);
        assert!(
            wait_until(Duration::from_secs(10), || history(&desktop).len() == 1),
            "{key}: {}",
            daemon_log(&desktop)
        );
        assert_eq!(history(&desktop)[0]["outcome"], outcome, "{key}");
        assert_eq!(history(&desktop)[0]["via"], "notification");
    }
}

#[test]
fn two_daemons_started_at_once_leave_exactly_one_running() {
    let desktop = Desktop::start();
    only_calf_raises(&desktop, "");
    let n = std::cell::Cell::new(0);
    let spawn = || {
        n.set(n.get() + 1);
        let log = fs::File::create(desktop.dir().join(format!("daemon{}.log", n.get()))).unwrap();
        desktop
            .bin()
            .arg("daemon")
            .stdout(std::process::Stdio::piped())
            .stderr(log)
            .spawn()
            .unwrap()
    };
    let logs = || {
        (1..=n.get())
            .map(|i| {
                fs::read_to_string(desktop.dir().join(format!("daemon{i}.log"))).unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join("\n---\n")
    };
    let (mut a, mut b) = (spawn(), spawn());
    let first = wait_for(Duration::from_secs(10), || {
        match (a.try_wait().unwrap(), b.try_wait().unwrap()) {
            (Some(s), None) => Some((s, true)),
            (None, Some(s)) => Some((s, false)),
            _ => None,
        }
    });
    let (status, a_ended) = first.expect("exactly one of two daemons exits");
    let (ended, running) = if a_ended {
        (&mut a, &mut b)
    } else {
        (&mut b, &mut a)
    };
    assert!(status.success());
    let mut text = String::new();
    std::io::Read::read_to_string(ended.stdout.as_mut().unwrap(), &mut text).unwrap();
    assert!(
        text.starts_with("Second Heart's daemon is already running"),
        "{text}"
    );
    // The survivor answers, and stops on request.
    wait_socket(&desktop);
    let out = cli(&desktop, &["stop"]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Stopping"),
        "{} {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
        logs()
    );
    assert!(wait_for(Duration::from_secs(10), || running.try_wait().unwrap()).is_some());
    // A crash leaves a stale socket; the next daemon takes over.
    let mut c = spawn();
    wait_socket(&desktop);
    unsafe { libc::kill(c.id() as i32, libc::SIGKILL) };
    c.wait().unwrap();
    let mut d = spawn();
    assert!(wait_until(Duration::from_secs(10), || cli(
        &desktop,
        &["status", "--json"]
    )
    .status
    .success()));
    assert!(d.try_wait().unwrap().is_none(), "the new daemon runs");
    cli(&desktop, &["stop"]);
    d.wait().unwrap();
}

#[test]
fn commands_give_the_same_history_with_and_without_the_daemon() {
    let script: &[&[&str]] = &[
        &["done", "ankle", "--at", "2026-11-20T09:10:00Z"],
        &["skip", "calf-raises", "--at", "2026-11-20T10:31:00Z"],
        &[
            "done",
            "cycling",
            "--minutes",
            "40",
            "--at",
            "2026-11-20T18:00:00Z",
        ],
        &[
            "done",
            "calf",
            "--dose",
            "2 sets of 15",
            "--at",
            "2026-11-20T15:31:00Z",
        ],
    ];
    let run = |with_daemon: bool| {
        let desktop = Desktop::start();
        let _daemon = with_daemon.then(|| {
            let d = desktop.spawn(
                desktop
                    .bin()
                    .arg("daemon")
                    .stderr(std::process::Stdio::null()),
            );
            wait_socket(&desktop);
            d
        });
        let mut outputs = Vec::new();
        for args in script {
            let out = cli(&desktop, args);
            assert!(
                out.status.success(),
                "{args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            outputs.push(String::from_utf8(out.stdout).unwrap());
        }
        let bad = cli(&desktop, &["done", "yoga"]);
        outputs.push(format!(
            "{:?} {}",
            bad.status.code(),
            String::from_utf8_lossy(&bad.stderr)
        ));
        let export = cli(&desktop, &["history", "export", "--format", "jsonl"]);
        (outputs, String::from_utf8(export.stdout).unwrap())
    };
    let (without, history_without) = run(false);
    let (with, history_with) = run(true);
    assert_eq!(history_without.lines().count(), 4);
    assert_eq!(history_with, history_without);
    assert_eq!(with, without);
}

#[test]
fn no_input_for_longer_than_the_threshold_is_time_away() {
    let desktop = Desktop::start();
    with_preferences(&desktop, "idle_threshold_minutes = 1\n", "");
    let _daemon = daemon(&desktop, BEFORE_1030);
    wait_socket(&desktop);
    desktop.xdotool(&["mousemove", "10", "10"]);
    let s = status(&desktop);
    assert_eq!(s["daemon"]["idle_source"], "X11 screen saver extension");
    assert!(s["daemon"]["sitting_since"].is_string(), "{s}");
    std::thread::sleep(Duration::from_secs(62));
    let away = status(&desktop);
    assert!(
        away["daemon"]["sitting_since"].is_null(),
        "62 s without input: {away}"
    );
    desktop.xdotool(&["mousemove", "200", "200"]);
    let back = status(&desktop);
    assert!(
        back["daemon"]["sitting_since"].is_string(),
        "input again: {back}"
    );
}

#[test]
fn preference_edits_are_picked_up_and_a_bad_edit_keeps_the_last_good_schedule() {
    let desktop = Desktop::start();
    only_calf_raises(&desktop, "");
    let _daemon = daemon(&desktop, BEFORE_1030);
    wait_socket(&desktop);
    let next = |d: &Desktop| {
        let out = cli(d, &["upcoming", "--json", "-n", "1"]);
        serde_json::from_slice::<Value>(&out.stdout).unwrap()[0]["at"].clone()
    };
    assert_eq!(next(&desktop), "2026-11-23T10:30:00+00:00");
    let prefs = desktop.config_home().join("second-heart/preferences.toml");
    let text = fs::read_to_string(&prefs)
        .unwrap()
        .replace("\"10:30\", \"10:40\"", "\"11:15\"");
    fs::write(&prefs, &text).unwrap();
    assert_eq!(next(&desktop), "2026-11-23T11:15:00+00:00");
    fs::write(&prefs, text.replace("11:15", "25:99")).unwrap();
    assert_eq!(
        next(&desktop),
        "2026-11-23T11:15:00+00:00",
        "still the last good schedule:\n{}",
        daemon_log(&desktop)
    );
    let s = status(&desktop);
    let warning = s["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|w| w.as_str().filter(|w| w.contains("last good")));
    assert!(warning.is_some_and(|w| w.contains("25:99")), "{s}");
}

#[test]
fn a_terminated_daemon_takes_its_prompts_off_the_screen() {
    let mut desktop = Desktop::start();
    desktop.start_monitor();
    desktop.start_dunst();
    only_calf_raises(&desktop, "");
    let mut daemon = daemon(&desktop, BEFORE_1030);
    wait_for(Duration::from_secs(15), || {
        prompt(&desktop.notify_calls(), CALF)
    })
    .unwrap();
    assert_eq!(desktop.dunst_displayed(), 1);
    unsafe { libc::kill(daemon.pid() as i32, libc::SIGTERM) };
    let status = daemon
        .wait_exit(Duration::from_secs(10))
        .expect("exits on SIGTERM");
    assert!(status.success(), "{status}");
    assert!(wait_until(Duration::from_secs(5), || desktop
        .dunst_displayed()
        == 0));
    assert!(daemon_log(&desktop).contains("stopped"));
}

/// At logout the stopping daemon lets go of its locks before its slow
/// D-Bus cleanup (closing its prompts on a notification server that does
/// not answer takes it seconds): the next session's daemon starts at once,
/// while the old one is still cleaning up.
#[test]
fn a_stopping_daemon_lets_the_next_one_start_before_its_dbus_cleanup() {
    /// Lets the frozen server run again, however the test ends.
    struct Frozen(i32);
    impl Drop for Frozen {
        fn drop(&mut self) {
            unsafe { libc::kill(self.0, libc::SIGCONT) };
        }
    }
    let mut desktop = Desktop::start();
    desktop.start_monitor();
    desktop.start_dunst();
    only_calf_raises(&desktop, "");
    let mut first = daemon(&desktop, BEFORE_1030);
    wait_for(Duration::from_secs(15), || {
        prompt(&desktop.notify_calls(), CALF)
    })
    .unwrap_or_else(|| panic!("no prompt reached dunst:\n{}", daemon_log(&desktop)));
    let dunst = desktop.dunst_pid() as i32;
    unsafe { libc::kill(dunst, libc::SIGSTOP) };
    let frozen = Frozen(dunst);
    unsafe { libc::kill(first.pid() as i32, libc::SIGTERM) };
    let socket = desktop.runtime_dir().join("second-heart/daemon.sock");
    assert!(
        wait_until(Duration::from_secs(10), || !socket.exists()),
        "the first daemon did not start stopping:\n{}",
        daemon_log(&desktop)
    );
    let log = fs::File::create(desktop.dir().join("daemon2.log")).unwrap();
    let mut second = desktop.spawn(
        desktop
            .bin()
            .arg("daemon")
            .env("TZ", "UTC")
            .env("SECOND_HEART_FAKE_NOW", BEFORE_1030)
            .stdout(log.try_clone().unwrap())
            .stderr(log),
    );
    let second_log = || fs::read_to_string(desktop.dir().join("daemon2.log")).unwrap_or_default();
    assert!(
        wait_until(Duration::from_secs(10), || socket.exists()),
        "the second daemon did not start:\n{}",
        second_log()
    );
    // The first logs `stopped` once its cleanup is over; it cannot be
    // over yet: closing its prompt waits for the frozen server.
    let first_log = daemon_log(&desktop);
    assert!(
        !first_log.lines().any(|l| l.ends_with(": stopped"))
            && first.child_mut().try_wait().unwrap().is_none(),
        "the second daemon started only once the first had finished its cleanup:\n{first_log}"
    );
    drop(frozen);
    let status = first
        .wait_exit(Duration::from_secs(10))
        .expect("the first daemon ends its cleanup");
    assert!(status.success(), "{status}");
    second.assert_running(&desktop.dir().join("daemon2.log"));
    assert!(
        wait_until(Duration::from_secs(10), || cli(
            &desktop,
            &["status", "--json"]
        )
        .status
        .success()),
        "{}",
        second_log()
    );
    cli(&desktop, &["stop"]);
    second
        .wait_exit(Duration::from_secs(10))
        .expect("the second daemon stops");
}

/// The daemon's thread count and RSS, from /proc.
fn threads_and_rss(pid: u32) -> (u32, u64) {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let field = |name: &str| -> u64 {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no {name} in {status}"))
    };
    (field("Threads:") as u32, field("VmRSS:"))
}

/// Prompts shown and answered leave nothing behind: one waiter serves every
/// prompt, so a prompt on screen costs no thread, and the daemon's threads
/// (and their malloc arenas) are back to their idle count once the prompts
/// are gone; with real dunst, answered from its menu or closed.
#[test]
fn prompts_on_screen_cost_no_thread_and_threads_return_to_idle() {
    let mut desktop = Desktop::start();
    desktop.start_monitor();
    desktop.start_dunst();
    // Nothing due for hours: only the sample prompts below.
    only_calf_raises(&desktop, "");
    let daemon = daemon(&desktop, "2026-11-23T06:00:00Z");
    wait_socket(&desktop);
    let pid = daemon.pid();
    // The count once it has held for a second: helper threads that end by
    // themselves (a bus library's pool) are gone by then.
    let settled = || {
        let mut last = (threads_and_rss(pid).0, std::time::Instant::now());
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
            let now = threads_and_rss(pid).0;
            if now != last.0 {
                last = (now, std::time::Instant::now());
            } else if last.1.elapsed() >= Duration::from_secs(1) {
                break;
            }
        }
        last.0
    };
    // Shows sample prompt `n`; returns the daemon's settled thread count
    // while it is on screen, then answers or closes it.
    let prompt_once = |n: usize| -> u32 {
        let out = cli(&desktop, &["notify-test"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let calls = wait_for(Duration::from_secs(10), || {
            let calls: Vec<_> = desktop
                .notify_calls()
                .into_iter()
                .filter(|c| c.summary == "Second Heart: sample prompt" && c.id.is_some())
                .collect();
            (calls.len() == n).then_some(calls)
        })
        .unwrap_or_else(|| panic!("prompt {n} not shown:\n{}", daemon_log(&desktop)));
        let id = calls.last().unwrap().id.unwrap();
        let on_screen = settled();
        match n % 2 {
            0 => desktop.invoke_action(id, "done"),
            _ => drop(desktop.dunstctl(&["close"])),
        }
        assert!(
            wait_until(Duration::from_secs(10), || desktop.dunst_displayed() == 0),
            "prompt {n} still on screen:\n{}",
            daemon_log(&desktop)
        );
        on_screen
    };
    // The first prompt warms up what stays for the day (the bus connection).
    prompt_once(1);
    let idle = settled();
    let (_, idle_rss) = threads_and_rss(pid);
    let mut most = 0;
    for n in 2..=8 {
        most = most.max(prompt_once(n));
    }
    let after = settled();
    let (_, rss) = threads_and_rss(pid);
    eprintln!(
        "threads idle {idle}, with a prompt on screen up to {most}, after {after}; RSS {idle_rss} kB, then {rss} kB"
    );
    assert_eq!(
        most,
        idle,
        "a prompt on screen costs threads:\n{}",
        daemon_log(&desktop)
    );
    assert_eq!(
        after,
        idle,
        "threads left after the prompts:\n{}",
        daemon_log(&desktop)
    );
    let log = daemon_log(&desktop);
    assert_eq!(
        log.matches("sample prompt answered: Done").count(),
        4,
        "{log}"
    );
    assert_eq!(
        log.matches("sample prompt answered: Closed").count(),
        4,
        "{log}"
    );
}
