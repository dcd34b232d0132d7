//! What a prompt says and what its answers mean, on every platform; the
//! desktop's notification service behind it: org.freedesktop.Notifications
//! on the session bus (`dbus`, Linux and the BSDs), toasts on Windows
//! (`toast`). The daemon sees only `Notifier` and these types.

use chrono::{DateTime, Utc};

use crate::core::ExerciseId;

#[cfg(unix)]
mod dbus;
#[cfg(unix)]
pub use dbus::Notifier;
#[cfg(windows)]
mod toast;
#[cfg(windows)]
pub use toast::Notifier;

#[derive(Clone, Debug, PartialEq)]
pub struct PromptText {
    pub summary: String,
    /// Plain text; escaped here for servers that read markup.
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

/// Escapes text for servers that render the body as markup, so that
/// `Calf <raises> & "stretch"` shows exactly that.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
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
