//! Quiet during meetings, end to end: while dunst is paused (its
//! do-not-disturb) or a fullscreen window has focus under a real window
//! manager (openbox), a prompt that falls due is held, and it reaches the
//! notification server once, after the meeting ends. Also the sound hint.

use std::time::Duration;

use crate::support::app::*;
use crate::support::wm::TestWindow;
use crate::support::{Desktop, wait_until};

fn calf_prompts(desktop: &Desktop) -> usize {
    desktop
        .notify_calls()
        .iter()
        .filter(|c| c.summary == CALF)
        .count()
}

/// Waits until the daemon says it holds the 10:30 prompt, and checks that
/// nothing reached the server and that `status` says why.
fn assert_held(desktop: &Desktop, why: &str) {
    assert!(
        wait_until(Duration::from_secs(15), || daemon_log(desktop)
            .contains(&format!("holding prompts: {why}"))),
        "the prompt was not held:\n{}",
        daemon_log(desktop)
    );
    // Well past 10:30 now; a prompt would have gone out at once.
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(calf_prompts(desktop), 0, "{}", daemon_log(desktop));
    let s = status(desktop);
    assert_eq!(s["due"][0]["exercise"], "calf-raises", "still due: {s}");
    let warnings = s["warnings"].to_string();
    assert!(
        warnings.contains("prompts are held while") && warnings.contains(why),
        "{warnings}"
    );
}

fn assert_delivered_once(desktop: &Desktop) {
    assert!(
        wait_until(Duration::from_secs(15), || calf_prompts(desktop) == 1),
        "the held prompt did not come:\n{}",
        daemon_log(desktop)
    );
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(calf_prompts(desktop), 1, "delivered once");
    assert!(daemon_log(desktop).contains("no longer holding prompts"));
}

#[test]
fn a_prompt_due_during_do_not_disturb_comes_once_it_ends() {
    let mut desktop = Desktop::start();
    desktop.start_monitor();
    desktop.start_dunst();
    desktop.dunstctl(&["set-paused", "true"]);
    only_calf_raises(&desktop, "");
    let _daemon = daemon(&desktop, BEFORE_1030);
    assert_held(&desktop, "do-not-disturb is on (dunst is paused)");

    desktop.dunstctl(&["set-paused", "false"]);
    assert_delivered_once(&desktop);
}

#[test]
fn a_prompt_due_while_a_fullscreen_window_has_focus_comes_after_it_leaves_fullscreen() {
    let mut desktop = Desktop::start();
    let _wm = desktop.start_window_manager();
    desktop.start_monitor();
    desktop.start_dunst();
    let presentation = TestWindow::open(&desktop, "Quarterly review");
    presentation.set_fullscreen(true);
    only_calf_raises(&desktop, "");
    let _daemon = daemon(&desktop, BEFORE_1030);
    assert_held(&desktop, "a fullscreen window has focus");

    presentation.set_fullscreen(false);
    assert_delivered_once(&desktop);
}

#[test]
fn with_quiet_during_meetings_off_prompts_come_anyway_and_can_ask_for_a_sound() {
    let mut desktop = Desktop::start();
    desktop.start_monitor();
    desktop.start_dunst();
    desktop.dunstctl(&["set-paused", "true"]);
    with_preferences(
        &desktop,
        "quiet_during_meetings = false\nsound = true\n",
        "",
    );
    let _daemon = daemon(&desktop, BEFORE_1030);
    let call = crate::support::wait_for(Duration::from_secs(15), || {
        prompt(&desktop.notify_calls(), CALF)
    })
    .unwrap_or_else(|| panic!("{}", daemon_log(&desktop)));
    assert_eq!(call.hint("sound-name"), Some("message-new-instant"));
    assert!(!daemon_log(&desktop).contains("holding prompts"));
}

#[test]
fn prompts_carry_no_sound_hint_unless_asked() {
    let mut desktop = Desktop::start();
    desktop.start_monitor();
    desktop.start_dunst();
    only_calf_raises(&desktop, "");
    let _daemon = daemon(&desktop, BEFORE_1030);
    let call = crate::support::wait_for(Duration::from_secs(15), || {
        prompt(&desktop.notify_calls(), CALF)
    })
    .unwrap_or_else(|| panic!("{}", daemon_log(&desktop)));
    assert_eq!(call.hint("sound-name"), None);
}
