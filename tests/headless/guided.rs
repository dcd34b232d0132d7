//! Guided sessions through the real binary, in real time with short doses:
//! `second-heart start` without a daemon (plain output, a pseudo-terminal
//! with keys, Ctrl-C), and with one (the daemon runs the session; `session`
//! pauses, resumes and stops it; a session started from a prompt settles
//! it). What is recorded is what was done.

#[cfg(unix)]
use std::io::Write;
#[cfg(unix)]
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::home::{Home, stderr, stdout, wait_until};

/// Calf raises as "sets of reps" at one second up and one down, rests of
/// one second: each set lasts 2 × reps seconds.
fn short_raises(home: &Home, dose: &str) {
    home.write_prefs(
        format!(
            "[exercises.calf-raises]\ndose = \"{dose}\"\nup_seconds = 1\ndown_seconds = 1\nrest_seconds = 1\n"
        )
        .as_bytes(),
    );
}

fn history(home: &Home) -> Vec<Value> {
    std::fs::read_to_string(home.history_file())
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[cfg(unix)]
fn sigint(pid: u32) {
    let ok = Command::new("kill")
        .args(["-INT", &pid.to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill -INT {pid}");
}

#[test]
fn without_a_daemon_a_session_is_paced_step_by_step_and_recorded_with_its_dose() {
    let home = Home::new();
    short_raises(&home, "2 sets of 3");
    let started = Instant::now();
    let out = home.run(&["start", "calf raises"]);
    let took = started.elapsed();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Started Calf raises (2 sets of 3, 0:13): Set 1 of 2."
    );
    // One plain line per step when the output is not a terminal.
    let steps: Vec<&str> = lines[1..lines.len() - 1]
        .iter()
        .map(|l| l.split_once("  ").unwrap().1)
        .collect();
    assert_eq!(
        steps,
        [
            "Set 1 of 2: 3 reps: up 1 s, down 1 s",
            "Rest: Shake out your calves; set 2 of 2 next",
            "Set 2 of 2: 3 reps: up 1 s, down 1 s",
        ]
    );
    assert!(
        lines
            .last()
            .unwrap()
            .starts_with("Done: Calf raises, 2 sets of 3"),
        "{text}"
    );
    assert!(
        took >= Duration::from_secs(13),
        "paced in real time: {took:?}"
    );
    let h = history(&home);
    assert_eq!(h.len(), 1, "{h:?}");
    assert_eq!(
        (&h[0]["outcome"], &h[0]["dose"], &h[0]["via"]),
        (&"done".into(), &"2 sets of 3".into(), &"cli".into())
    );
}

// Unix's: SIGINT sent with kill(1).
#[cfg(unix)]
#[test]
fn ctrl_c_ends_a_session_early_recording_what_was_done_and_nothing_when_just_begun() {
    let home = Home::new();
    short_raises(&home, "3 sets of 4");
    // Set 1 (8 s), the rest (1 s), then 3 s into set 2.
    let child = home
        .cmd()
        .args(["start", "calf-raises"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_secs(12));
    sigint(child.id());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Done: Calf raises, 1 set of 4"),
        "{}",
        stdout(&out)
    );
    assert_eq!(history(&home)[0]["dose"], "1 set of 4");
    // Stopped in its first seconds: nothing.
    let child = home
        .cmd()
        .args(["start", "calf-raises"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_secs(2));
    sigint(child.id());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(
        stdout(&out).contains("too short to count; nothing recorded"),
        "{}",
        stdout(&out)
    );
    assert_eq!(history(&home).len(), 1);
}

// Unix's: a pseudo-terminal made by script(1).
#[cfg(unix)]
#[test]
fn in_a_terminal_the_countdown_redraws_in_place_and_keys_pause_skip_and_stop() {
    let home = Home::new();
    short_raises(&home, "2 sets of 6");
    // `script` gives the program a pseudo-terminal and passes our keys in.
    let mut child = Command::new("script")
        .args(["-qfec", "second-heart start calf-raises", "/dev/null"])
        .env_clear()
        .envs(home.env())
        .env("PATH", path_with_binary())
        .env("TERM", "xterm")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut keys = child.stdin.take().unwrap();
    let mut press = |k: &[u8], after: u64| {
        std::thread::sleep(Duration::from_millis(after));
        keys.write_all(k).unwrap();
        keys.flush().unwrap();
    };
    press(b" ", 4500); // pause 4.5 s into set 1 (2 reps done)
    press(b" ", 3000); // resume after 3 s standing still
    press(b"n", 1000); // on to the rest
    press(b"n", 500); // on to set 2
    press(b"q", 5000); // stop 5 s into set 2
    let out = child.wait_with_output().unwrap();
    let text = stdout(&out);
    assert!(out.status.success(), "{text}{}", stderr(&out));
    assert!(text.contains("Keys: space pause/resume"), "{text}");
    assert!(
        text.contains("\r\x1b[2KSet 1 of 2  [") && text.contains("(step 1 of 3)"),
        "redrawn in place: {text:?}"
    );
    assert!(text.contains("· paused"), "{text:?}");
    assert!(
        text.contains("Paused Calf raises at Set 1 of 2."),
        "{text:?}"
    );
    assert!(text.contains("Calf raises: on to Rest."), "{text:?}");
    assert!(text.contains("Calf raises: on to Set 2 of 2."), "{text:?}");
    // 5.5 s of set 1 (the pause not counted) and 5 s of set 2: no whole
    // set, 2 reps at most in one.
    let h = history(&home);
    assert_eq!(h.len(), 1, "{text:?}");
    assert_eq!(h[0]["dose"], "1 set of 2", "{text:?}");
}

#[cfg(unix)]
fn path_with_binary() -> std::ffi::OsString {
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_second-heart"));
    let mut paths = vec![bin.parent().unwrap().to_path_buf()];
    paths.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(paths).unwrap()
}

fn request(home: &Home, body: &str) -> Value {
    let line = format!("{{\"v\":1,\"via\":\"window\",{body}}}\n");
    serde_json::from_str(&home.raw_request(line.as_bytes())).unwrap()
}

#[test]
fn the_daemon_runs_a_session_that_the_cli_pauses_resumes_and_stops() {
    let home = Home::new();
    short_raises(&home, "3 sets of 5");
    let mut daemon = home.daemon();
    let said = home.ok(&["start", "calf", "--no-follow"]);
    assert_eq!(
        said,
        "Started Calf raises (3 sets of 5, 0:32): Set 1 of 3.\n"
    );
    // One at a time.
    let again = home.run(&["start", "legs up", "--no-follow"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains("start: Calf raises is running; stop it first"),
        "{}",
        stderr(&again)
    );
    let g = &home.status_json()["guided"];
    assert_eq!(
        (&g["exercise"], &g["title"], &g["paused"]),
        (&"calf-raises".into(), &"Set 1 of 3".into(), &false.into())
    );
    assert!(
        home.ok(&["status"])
            .contains("Doing Calf raises (3 sets of 5): Set 1 of 3")
    );
    std::thread::sleep(Duration::from_secs(3));
    home.ok(&["session", "pause"]);
    let paused = home.status_json()["guided"].clone();
    std::thread::sleep(Duration::from_millis(1500));
    let still = home.status_json()["guided"].clone();
    assert_eq!(paused["paused"], true);
    assert_eq!(
        paused["elapsed_ms"], still["elapsed_ms"],
        "a pause stands still"
    );
    home.ok(&["session", "resume"]);
    // Set 1 runs out (10 s of it in all), then the rest, into set 2.
    let moved = wait_until(Duration::from_secs(15), || {
        home.status_json()["guided"]["title"] == "Set 2 of 3"
    });
    assert!(moved, "{}", daemon.log_text());
    std::thread::sleep(Duration::from_secs(2));
    let stopped = home.ok(&["session", "stop"]);
    assert!(
        stopped.starts_with("Done: Calf raises, 1 set of 5"),
        "{stopped}"
    );
    let h = history(&home);
    assert_eq!(h.len(), 1, "{h:?}");
    assert_eq!(
        (&h[0]["dose"], &h[0]["via"]),
        (&"1 set of 5".into(), &"cli".into())
    );
    assert!(home.status_json()["guided"].is_null());
    assert_eq!(
        home.status_json()["guided_ended"]["recorded"],
        true,
        "what the session came to, for whoever followed it"
    );
    let none = home.run(&["session", "stop"]);
    assert_eq!(none.status.code(), Some(2));
    assert!(stderr(&none).contains("no guided session is running"));
    daemon.assert_running();
}

#[test]
fn a_session_started_from_a_prompt_settles_it_and_a_followed_one_ends_in_the_terminal() {
    let home = Home::new();
    home.write_prefs(b"[exercises.soleus-stretch]\ndose = \"6 s each leg\"\n");
    // A user since November: the 11:45 stretch is due at 11:50.
    let state = home.state_file();
    std::fs::create_dir_all(state.parent().unwrap()).unwrap();
    std::fs::write(
        &state,
        r#"{"paused_until":null,"first_run":"2026-11-02T09:00:00Z"}"#,
    )
    .unwrap();
    let mut daemon = home.daemon();
    let status = request(&home, r#""cmd":"status""#);
    let since = status["reply"]["due"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["exercise"] == "soleus-stretch")
        .map(|d| d["since"].as_str().unwrap().to_owned())
        .expect("the stretch is due");
    // Start on the window's card, naming the prompt.
    let reply = request(
        &home,
        &format!(r#""cmd":"start","exercise":"soleus-stretch","prompt":"{since}""#),
    );
    assert_eq!(reply["ok"], true, "{reply}");
    let out = home.run(&["start", "stretch"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "one at a time: {}",
        stdout(&out)
    );
    let ended = wait_until(Duration::from_secs(25), || !history(&home).is_empty());
    assert!(ended, "{}", daemon.log_text());
    let h = history(&home);
    assert_eq!(
        (&h[0]["exercise"], &h[0]["dose"], &h[0]["via"]),
        (
            &"soleus-stretch".into(),
            &"6 s each leg".into(),
            &"window".into()
        )
    );
    let due_after: Vec<Value> = request(&home, r#""cmd":"status""#)["reply"]["due"]
        .as_array()
        .unwrap()
        .clone();
    assert!(
        !due_after.iter().any(|d| d["exercise"] == "soleus-stretch"),
        "the prompt is settled: {due_after:?}"
    );
    // Answering the old prompt now records nothing twice.
    let late = request(
        &home,
        &format!(r#""cmd":"done","exercise":"soleus-stretch","prompt":"{since}""#),
    );
    assert!(
        late["reply"]["text"]
            .as_str()
            .unwrap()
            .contains("already done"),
        "{late}"
    );
    // A followed session: `start` without --no-follow prints the steps and
    // the end, as the daemon saw them.
    let out = home.run(&["start", "stretch"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Right leg: Hold the stretch"), "{text}");
    assert!(text.contains("Left leg: Hold the stretch"), "{text}");
    assert!(
        text.trim_end()
            .lines()
            .last()
            .unwrap()
            .starts_with("Done: Bent-knee calf stretch, 6 s each leg"),
        "{text}"
    );
    assert_eq!(history(&home).len(), 2);
    daemon.assert_running();
}

#[test]
fn a_walk_that_ran_to_its_end_by_itself_can_be_kept_or_corrected_from_the_terminal() {
    let home = Home::new();
    home.write_prefs(b"[exercises.legs-up]\ndose = \"1 min\"\n");
    let mut daemon = home.daemon();
    // Nothing to correct yet.
    let out = home.run(&["session", "keep"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no guided walk or ride to confirm"));
    home.ok(&["start", "legs up", "--no-follow"]);
    // Left to run its minute (the screen locked, the user away).
    let ended = wait_until(Duration::from_secs(80), || history(&home).len() == 1);
    assert!(ended, "{}", daemon.log_text());
    let end = home.status_json()["guided_ended"].clone();
    assert_eq!(
        (&end["to_confirm"], &end["minutes"]),
        (&true.into(), &1.into()),
        "{end}"
    );
    assert!(
        daemon
            .log_text()
            .contains("guided session ended: Done: Legs up, 1 min"),
        "{}",
        daemon.log_text()
    );
    let said = home.ok(&["session", "correct", "3"]);
    assert_eq!(said, "Corrected: Legs up, 3 min (was 1).\n");
    let h = history(&home);
    assert_eq!(h.len(), 1, "corrected in place: {h:?}");
    assert_eq!((&h[0]["minutes"], &h[0]["via"]), (&3.into(), &"cli".into()));
    assert_eq!(home.status_json()["guided_ended"]["to_confirm"], false);
    // Out of range: refused, nothing changed.
    let out = home.run(&["session", "correct", "9999"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("9999 minutes is out of range (1 to 600)"));
    assert_eq!(history(&home)[0]["minutes"], 3);
    daemon.assert_running();
}
