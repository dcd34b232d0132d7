//! Prompts and cues on the desktop, and the answers to them: what a prompt
//! says and offers, shared by every platform, and the platform's notifier
//! behind one interface ([`Notifier`]: `new`, `server`, `server_changed`,
//! `show`, `cue`, `close`, `close_all`, `is_current`, `forget`).
//!
//! - Linux and the BSDs: org.freedesktop.Notifications on the session bus
//!   (`dbus`).
//! - Windows: toast notifications through WinRT (`toast`), built from the
//!   XML in `toast_xml`, with the reasons in `toast_failure` (both
//!   pure, so tested on every platform).
//!
//! Answers go back to the scheduler as `Event::Answer`; a notifier that
//! cannot show anything says why in the `Err` of `show`, and the scheduler
//! logs it once and lists the due prompts in `status`, the window and the
//! tray instead. This module never touches files.

#[cfg(unix)]
mod dbus;
#[cfg(windows)]
mod toast;
// Used on Windows; built for tests everywhere.
#[cfg(any(windows, test))]
pub mod toast_failure;
#[cfg(any(windows, test))]
pub mod toast_xml;

#[cfg(unix)]
pub use dbus::Notifier;
#[cfg(windows)]
pub use toast::Notifier;

use chrono::{DateTime, Utc};

use crate::core::ExerciseId;

/// What a prompt says.
#[derive(Clone, Debug, PartialEq)]
pub struct PromptText {
    pub summary: String,
    /// Plain text; escaped by each notifier as its server needs.
    pub body: String,
    pub snooze_minutes: u32,
    /// Ask the server to play its "new message" sound.
    pub sound: bool,
    /// Offer Start (a guided session) beside Done.
    pub guided: bool,
    /// What kind of notification it is.
    pub style: Style,
}

/// What kind of notification a prompt is, which decides its urgency,
/// sound, lifetime and buttons.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Style {
    /// An ordinary prompt: Open, Start, Done, Snooze, Skip; stays on screen.
    #[default]
    Prompt,
    /// A quiet suggestion in a meeting, a call or while reading: low
    /// urgency, never a sound, transient; Done / Later.
    Quiet,
    /// "Walk during this call?": Start / Later, quiet like a suggestion.
    Offer,
    /// The morning routine's one question about these exercises: Done / No.
    Morning(Vec<ExerciseId>),
}

/// A guided session's cue: each replaces the last on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct CueText {
    pub summary: String,
    pub body: String,
    pub sound: bool,
    /// The last cue of a session: it may leave the screen by itself.
    pub last: bool,
}

/// The user's answer to a prompt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Done,
    /// Start a guided session of it.
    Start,
    Snooze,
    Skip,
    /// Clicked the body.
    Open,
    /// Put a quiet suggestion or an offer off (a snooze, for a prompt).
    Later,
    /// "No" to the morning question: not done today.
    No,
    /// Dismissed, expired or closed by the server: not an answer.
    Closed,
}

impl Answer {
    /// The answer an action key stands for; an unknown key is no answer.
    pub fn of_key(key: &str) -> Answer {
        match key {
            "done" => Answer::Done,
            "start" => Answer::Start,
            "snooze" => Answer::Snooze,
            "later" => Answer::Later,
            "no" => Answer::No,
            "skip" => Answer::Skip,
            OPEN => Answer::Open,
            _ => Answer::Closed,
        }
    }
}

/// The key of a click on the prompt's body (the freedesktop "default"
/// action; on Windows, the toast's launch arguments).
pub const OPEN: &str = "default";

/// Which prompt an answer belongs to: answers to replaced prompts are stale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ticket {
    pub exercise: ExerciseId,
    pub generation: u64,
    /// When the prompt shown became due, for the answer to name it (and be
    /// refused once it is settled); `None` for the sample prompt, offers
    /// and questions.
    pub prompt: Option<DateTime<Utc>>,
    /// What was shown, for what an answer means.
    pub style: Style,
}

/// What the server can do.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Server {
    pub name: String,
    pub actions: bool,
    pub markup: bool,
    pub sound: bool,
}

/// The actions a prompt offers, in order, as (key, label): the body click
/// ([`OPEN`]) first where the style has one, then the buttons.
pub fn actions(text: &PromptText) -> Vec<(&'static str, String)> {
    match &text.style {
        Style::Prompt => {
            let mut a = vec![(OPEN, crate::t!("action-open"))];
            if text.guided {
                a.push(("start", crate::t!("action-start")));
            }
            a.push(("done", crate::t!("action-done")));
            a.push((
                "snooze",
                crate::t!("action-snooze", minutes = text.snooze_minutes),
            ));
            a.push(("skip", crate::t!("action-skip")));
            a
        }
        Style::Quiet => vec![
            ("done", crate::t!("action-done")),
            ("later", crate::t!("action-later")),
        ],
        Style::Offer => vec![
            ("start", crate::t!("action-start")),
            ("later", crate::t!("action-later")),
        ],
        Style::Morning(_) => vec![
            ("done", crate::t!("action-done")),
            ("no", crate::t!("action-no")),
        ],
    }
}

/// `notify-test` without a daemon: one sample prompt, no answer awaited.
pub fn send_sample() -> Result<String, String> {
    let (tx, _rx) = std::sync::mpsc::channel();
    let mut notifier = Notifier::new(tx, super::icon_path());
    let server = notifier
        .server()
        .map_err(|e| format!("no notification server: {e}"))?;
    notifier.show(&sample_id(), None, &sample_text(10, false))?;
    Ok(format!(
        "Sample prompt sent to {} ({}). The daemon is not running, so answers are not recorded.",
        server.name,
        if server.actions {
            "with Done / Snooze / Skip buttons"
        } else {
            "no buttons: this server has no actions"
        }
    ))
}

pub fn sample_id() -> ExerciseId {
    "sample".parse().expect("valid id")
}

pub fn sample_text(snooze_minutes: u32, sound: bool) -> PromptText {
    PromptText {
        summary: crate::t!("sample-summary"),
        body: crate::t!("sample-body"),
        snooze_minutes,
        sound,
        guided: false,
        style: Style::Prompt,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key a prompt offers comes back as the answer it names, and
    /// nothing else does.
    #[test]
    fn each_offered_key_is_read_back_as_its_answer() {
        for style in [
            Style::Prompt,
            Style::Quiet,
            Style::Offer,
            Style::Morning(Vec::new()),
        ] {
            let text = PromptText {
                style,
                guided: true,
                ..sample_text(10, false)
            };
            for (key, _) in actions(&text) {
                assert_ne!(Answer::of_key(key), Answer::Closed, "{key}");
            }
        }
        assert_eq!(Answer::of_key(OPEN), Answer::Open);
        assert_eq!(Answer::of_key("snooze"), Answer::Snooze);
        assert_eq!(Answer::of_key("reboot"), Answer::Closed);
    }
}
