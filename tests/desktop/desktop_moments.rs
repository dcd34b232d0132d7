//! Moments end to end, under Xvfb with a real dunst and the real binary:
//! in a meeting (said with `busy meeting`) a due ankle-rotation prompt
//! arrives as a quiet suggestion (low urgency, no sound, transient, Done /
//! Later) and Done records the meeting; a calf-raise prompt due meanwhile
//! is held and arrives once after `busy off`. In a call (`busy call`) a
//! walk is offered; Start runs the guided walk and the call's end records
//! its minutes, with the call, for the user to keep or correct.

use std::fs;
use std::process::Output;
use std::time::Duration;

use serde_json::Value;

use crate::support::app::*;
use crate::support::{Desktop, NotifyCall, wait_for, wait_until};

/// Ankle rotations and calf raises both due at 10:30 on Mondays; the walk
/// (30 min) at 15:00; everything else off.
fn meeting_preferences(desktop: &Desktop) {
    let text = "snooze_minutes = 1\n\
        [exercises.soleus-stretch]\nenabled = false\n\
        [exercises.cycling]\nenabled = false\n\
        [exercises.legs-up]\nenabled = false\n\
        [exercises.ankle-rotations]\nrules = [{ at = [\"10:30\"], days = [\"mon\"] }]\n\
        [exercises.calf-raises]\nrules = [{ at = [\"10:30\"], days = [\"mon\"] }]\n\
        [exercises.brisk-walk]\nrules = [{ at = [\"15:00\"], days = [\"mon\"] }]\n";
    let dir = desktop.config_home().join("second-heart");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("preferences.toml"), text).unwrap();
}

/// The command line on the daemon's clock when no daemon answers.
fn cli_at(desktop: &Desktop, now: &str, args: &[&str]) -> Output {
    desktop
        .bin()
        .env("TZ", "UTC")
        .env("SECOND_HEART_FAKE_NOW", now)
        .args(args)
        .output()
        .unwrap()
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn calls_titled(desktop: &Desktop, summary: &str) -> Vec<NotifyCall> {
    desktop
        .notify_calls()
        .into_iter()
        .filter(|c| c.summary == summary)
        .collect()
}

const QUIET_ANKLES: &str = "In the meeting: ankle rotations under the desk, 10 circles each way";

#[test]
fn in_a_meeting_ankle_rotations_come_quietly_and_calf_raises_come_once_after_it() {
    let mut desktop = Desktop::start();
    desktop.start_monitor();
    desktop.start_dunst();
    meeting_preferences(&desktop);
    // Said before the daemon starts, on its clock: in a meeting for an hour.
    let said = ok(cli_at(&desktop, BEFORE_1030, &["busy", "meeting"]));
    assert!(said.starts_with("In a meeting until 11:29"), "{said}");
    let _daemon = daemon(&desktop, BEFORE_1030);

    let quiet = wait_for(Duration::from_secs(15), || {
        prompt(&desktop.notify_calls(), QUIET_ANKLES)
    })
    .unwrap_or_else(|| {
        panic!(
            "no quiet suggestion: {:?}\n{}",
            desktop.notify_calls(),
            daemon_log(&desktop)
        )
    });
    // Low urgency, never a sound, gone by itself, Done / Later.
    assert_eq!(quiet.hint("urgency"), Some("0"), "{:?}", quiet.hints);
    assert_eq!(quiet.hint("sound-name"), None, "{:?}", quiet.hints);
    assert_eq!(
        quiet.hint("suppress-sound"),
        Some("true"),
        "{:?}",
        quiet.hints
    );
    assert_eq!(quiet.hint("transient"), Some("true"), "{:?}", quiet.hints);
    assert_eq!(quiet.hint("resident"), None, "{:?}", quiet.hints);
    assert_eq!(quiet.action_keys(), ["done", "later"]);
    assert!(
        quiet.body.starts_with("Quietly, unseen: Seated"),
        "{}",
        quiet.body
    );
    // The calf raises, due at the same moment, wait: nothing standing in
    // a meeting, and `status` says so.
    std::thread::sleep(Duration::from_secs(1));
    assert!(
        calls_titled(&desktop, CALF).is_empty(),
        "{:?}",
        desktop.notify_calls()
    );
    let s = status(&desktop);
    assert_eq!(s["context"], "meeting", "{s}");
    assert!(
        s["warnings"]
            .to_string()
            .contains("Calf raises waits while in a meeting; shown once after"),
        "{s}"
    );

    // Done from the quiet suggestion: recorded with the meeting.
    like_a_person();
    desktop.invoke_action(quiet.id.unwrap(), "done");
    assert!(
        wait_until(Duration::from_secs(10), || !history(&desktop).is_empty()),
        "nothing recorded:\n{}",
        daemon_log(&desktop)
    );
    let h = history(&desktop);
    assert_eq!(h.len(), 1, "{h:?}");
    assert_eq!(h[0]["exercise"], "ankle-rotations");
    assert_eq!(h[0]["outcome"], "done");
    assert_eq!(h[0]["via"], "notification");
    assert_eq!(h[0]["context"], "meeting");
    assert!(calls_titled(&desktop, CALF).is_empty());

    // The meeting ends: the calf raises arrive, once, as an ordinary prompt.
    let off = ok(cli(&desktop, &["busy", "off"]));
    assert!(off.starts_with("No longer in a meeting"), "{off}");
    let calf = wait_for(Duration::from_secs(15), || {
        prompt(&desktop.notify_calls(), CALF)
    })
    .unwrap_or_else(|| panic!("the held prompt did not come:\n{}", daemon_log(&desktop)));
    assert_eq!(calf.hint("urgency"), Some("1"));
    assert_eq!(calf.hint("resident"), Some("true"));
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(calls_titled(&desktop, CALF).len(), 1, "once");
    assert_eq!(
        calls_titled(&desktop, QUIET_ANKLES).len(),
        1,
        "never repeated"
    );
    assert_eq!(status(&desktop)["context"], "desk");
}

#[test]
fn in_a_call_start_on_the_walk_offer_walks_it_and_the_calls_end_records_the_minutes() {
    let mut desktop = Desktop::start();
    desktop.start_monitor();
    desktop.start_dunst();
    meeting_preferences(&desktop);
    // Well before the 10:30 prompts: only the offer comes.
    let start = "2026-11-23T09:00:00Z";
    ok(cli_at(&desktop, start, &["busy", "call", "for", "45m"]));
    let _daemon = daemon(&desktop, start);
    let offer = wait_for(Duration::from_secs(15), || {
        prompt(&desktop.notify_calls(), "Walk during this call?")
    })
    .unwrap_or_else(|| panic!("no walk offered:\n{}", daemon_log(&desktop)));
    assert_eq!(offer.action_keys(), ["start", "later"]);
    assert_eq!(offer.hint("urgency"), Some("0"));
    assert!(
        offer.body.starts_with("Brisk walk — 30 min."),
        "{}",
        offer.body
    );

    like_a_person();
    desktop.invoke_action(offer.id.unwrap(), "start");
    let walking = wait_for(Duration::from_secs(10), || {
        let s = status(&desktop);
        s["guided"].is_object().then_some(s)
    })
    .unwrap_or_else(|| panic!("the walk did not start:\n{}", daemon_log(&desktop)));
    assert_eq!(walking["guided"]["exercise"], "brisk-walk", "{walking}");
    // Walk past the first ten seconds (shorter records nothing).
    std::thread::sleep(Duration::from_secs(11));

    // The call ends: the walk ends with it and its minutes are recorded,
    // with the call, to be kept or corrected.
    let off = ok(cli(&desktop, &["busy", "off"]));
    assert!(off.starts_with("No longer in a call"), "{off}");
    assert!(off.contains("The walk during the call ended"), "{off}");
    let h = history(&desktop);
    assert_eq!(h.len(), 1, "{h:?}");
    assert_eq!(h[0]["exercise"], "brisk-walk");
    assert_eq!(h[0]["minutes"], 1);
    assert_eq!(h[0]["context"], "call");
    assert_eq!(h[0]["via"], "notification");
    let s = status(&desktop);
    assert!(s["guided"].is_null(), "{s}");
    assert_eq!(s["guided_ended"]["to_confirm"], true, "{s}");
    let walk = s["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["exercise"] == "brisk-walk" && i["state"] == "done")
        .cloned()
        .unwrap_or(Value::Null);
    assert_eq!(walk["minutes"], 1, "counts toward today's walk: {s}");
    // The walk's minutes confirmed, the existing way.
    let kept = ok(cli(&desktop, &["session", "keep"]));
    assert!(kept.starts_with("Kept: Brisk walk, 1 min."), "{kept}");
}

/// The screen saver says the screen locked (`true`) or unlocked.
fn screen_saver(desktop: &Desktop, active: bool) {
    let interface = "org.freedesktop.ScreenSaver";
    zbus::block_on(async {
        let conn = zbus::connection::Builder::address(desktop.bus_address())
            .build()
            .await?;
        conn.emit_signal(
            None::<&str>,
            "/org/freedesktop/ScreenSaver",
            interface,
            "ActiveChanged",
            &(active,),
        )
        .await
    })
    .unwrap();
}

#[test]
fn a_walk_started_in_a_call_ends_when_the_user_comes_back_to_the_desk() {
    let mut desktop = Desktop::start();
    desktop.start_monitor();
    desktop.start_dunst();
    meeting_preferences(&desktop);
    let start = "2026-11-23T09:00:00Z";
    ok(cli_at(&desktop, start, &["busy", "call", "for", "45m"]));
    let _daemon = daemon(&desktop, start);
    let offer = wait_for(Duration::from_secs(15), || {
        prompt(&desktop.notify_calls(), "Walk during this call?")
    })
    .unwrap_or_else(|| panic!("no walk offered:\n{}", daemon_log(&desktop)));
    like_a_person();
    desktop.invoke_action(offer.id.unwrap(), "start");
    assert!(
        wait_until(Duration::from_secs(10), || status(&desktop)["guided"]
            .is_object()),
        "{}",
        daemon_log(&desktop)
    );
    // Out for the walk with the screen locked, then back.
    screen_saver(&desktop, true);
    std::thread::sleep(Duration::from_secs(11));
    screen_saver(&desktop, false);
    assert!(
        wait_until(Duration::from_secs(10), || !history(&desktop).is_empty()),
        "the walk was not recorded on coming back:\n{}",
        daemon_log(&desktop)
    );
    let h = history(&desktop);
    assert_eq!(
        (&h[0]["exercise"], &h[0]["minutes"], &h[0]["context"]),
        (&"brisk-walk".into(), &1.into(), &"call".into())
    );
    assert!(
        wait_until(Duration::from_secs(5), || daemon_log(&desktop)
            .contains("back at the desk: The walk during the call ended")),
        "{}",
        daemon_log(&desktop)
    );
    // Its last cue asks to keep or correct the minutes.
    let last = wait_for(Duration::from_secs(10), || {
        prompt(&desktop.notify_calls(), "Brisk walk — finished")
    })
    .unwrap_or_else(|| panic!("no last cue:\n{}", daemon_log(&desktop)));
    assert!(last.body.contains("Correct the minutes"), "{}", last.body);
    assert_eq!(status(&desktop)["guided_ended"]["to_confirm"], true);
}

#[test]
fn the_morning_routine_is_asked_about_once_and_done_there_is_recorded_this_morning() {
    let mut desktop = Desktop::start();
    desktop.start_monitor();
    desktop.start_dunst();
    with_preferences(&desktop, "", "anchors = [\"morning\", \"evening\"]\n");
    let _daemon = daemon(&desktop, "2026-11-23T09:10:00Z");
    let ask = "Calf raises while brushing your teeth this morning?";
    let question = wait_for(Duration::from_secs(15), || {
        prompt(&desktop.notify_calls(), ask)
    })
    .unwrap_or_else(|| panic!("not asked:\n{}", daemon_log(&desktop)));
    assert_eq!(question.action_keys(), ["done", "no"]);
    assert_eq!(question.hint("urgency"), Some("0"));
    like_a_person();
    desktop.invoke_action(question.id.unwrap(), "done");
    assert!(
        wait_until(Duration::from_secs(10), || !history(&desktop).is_empty()),
        "{}",
        daemon_log(&desktop)
    );
    let h = history(&desktop);
    assert_eq!(h[0]["exercise"], "calf-raises");
    assert_eq!(h[0]["anchor"], "morning");
    assert_eq!(h[0]["at"], "2026-11-23T07:30:00Z", "this morning");
    assert_eq!(h[0]["via"], "notification");
    // Once a day, even across a restart of the daemon.
    assert!(ok(cli(&desktop, &["stop"])).contains("Stopping"));
    let _again = daemon(&desktop, "2026-11-23T09:20:00Z");
    wait_socket(&desktop);
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(calls_titled(&desktop, ask).len(), 1, "asked once");
    let s = status(&desktop);
    assert_eq!(s["anchored"][0]["answer"], "done", "{s}");
    assert!(s["anchored"][1]["answer"].is_null());
}
