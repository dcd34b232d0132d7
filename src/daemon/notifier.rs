//! Desktop notifications through notify-rust, and the answers to them.
//!
//! Each prompt is shown with `Notification::show()`, and a small thread per
//! prompt waits for its answer on the handle's own connection: servers such
//! as dunst send ActionInvoked only to the connection that asked for the
//! notification. The waiter also races a cancel channel, so closing or
//! replacing a prompt ends its thread instead of leaking it. This module
//! never touches files; answers go back to the scheduler as events.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::Sender;

use chrono::{DateTime, Utc};
use futures_lite::future;
use notify_rust::{Hint, Notification, NotificationResponse, Timeout, Urgency};

use super::Event;
use crate::core::ExerciseId;
use crate::desktop::APP_ID;

/// What a prompt says.
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
    /// Put a quiet suggestion or an offer off (a snooze, for a prompt).
    Later,
    /// "No" to the morning question: not done today.
    No,
    /// Clicked the body.
    Open,
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

enum Cancel {
    /// Take the notification off the screen, then stop waiting.
    Close,
}

struct Shown {
    generation: u64,
    cancel: async_channel::Sender<Cancel>,
    waiter: std::thread::JoinHandle<()>,
}

/// What the notification server can do.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Server {
    pub name: String,
    pub actions: bool,
    pub markup: bool,
    pub sound: bool,
}

pub struct Notifier {
    events: Sender<Event>,
    icon: Option<PathBuf>,
    shown: HashMap<ExerciseId, Shown>,
    /// The guided session's cue on screen, replaced by the next.
    cue: Option<notify_rust::NotificationHandle>,
    generation: u64,
    server: Option<Server>,
}

const CATEGORY: &str = "x-second-heart.prompt";

impl Notifier {
    pub fn new(events: Sender<Event>, icon: Option<PathBuf>) -> Self {
        Notifier {
            events,
            icon,
            shown: HashMap::new(),
            cue: None,
            generation: 0,
            server: None,
        }
    }

    /// The server's name and capabilities, asked once per server.
    pub fn server(&mut self) -> Result<Server, String> {
        if let Some(s) = &self.server {
            return Ok(s.clone());
        }
        let caps = notify_rust::get_capabilities().map_err(|e| e.to_string())?;
        let info = notify_rust::get_server_information().map_err(|e| e.to_string())?;
        let has = |c: &str| caps.iter().any(|x| x == c);
        let server = Server {
            name: format!("{} {}", info.name, info.version),
            actions: has("actions"),
            markup: has("body-markup"),
            sound: has("sound"),
        };
        self.server = Some(server.clone());
        Ok(server)
    }

    /// The server went away or a new one came: ask again, and let go of the
    /// old prompts (the new server never saw them).
    pub fn server_changed(&mut self) {
        self.server = None;
        for (_, shown) in self.shown.drain() {
            shown.cancel.close();
        }
    }

    /// Shows a prompt (the one due since `prompt`), replacing any earlier
    /// one of the same exercise.
    pub fn show(
        &mut self,
        exercise: &ExerciseId,
        prompt: Option<DateTime<Utc>>,
        text: &PromptText,
    ) -> Result<(), String> {
        self.close(exercise);
        let server = self.server()?;
        let n = self.prompt(&server, text);
        let handle = n.show().map_err(|e| {
            // The next show asks the server again.
            self.server = None;
            e.to_string()
        })?;
        self.waiting(exercise, prompt, text, handle);
        Ok(())
    }

    /// A prompt as the server is to show it: how urgent, how long, with
    /// which sound and buttons, by its style.
    fn prompt(&self, server: &Server, text: &PromptText) -> Notification {
        let urgency = match text.style {
            Style::Prompt => Urgency::Normal,
            Style::Quiet | Style::Offer | Style::Morning(_) => Urgency::Low,
        };
        let mut n = self.notification(server, CATEGORY, &text.summary, &text.body, urgency);
        match &text.style {
            Style::Prompt => {
                n.hint(Hint::Resident(true)).timeout(Timeout::Never);
                if text.sound {
                    n.hint(Hint::SoundName("message-new-instant".into()));
                }
            }
            // Never a sound, nothing left behind: a suggestion in a meeting
            // must not interrupt it.
            Style::Quiet | Style::Offer => {
                n.hint(Hint::Transient(true))
                    .hint(Hint::SuppressSound(true))
                    .timeout(Timeout::Default);
            }
            Style::Morning(_) => {
                n.hint(Hint::Resident(true)).timeout(Timeout::Never);
            }
        }
        if server.actions {
            match &text.style {
                Style::Prompt => {
                    n.action("default", &crate::t!("action-open"));
                    if text.guided {
                        n.action("start", &crate::t!("action-start"));
                    }
                    n.action("done", &crate::t!("action-done"))
                        .action(
                            "snooze",
                            &crate::t!("action-snooze", minutes = text.snooze_minutes),
                        )
                        .action("skip", &crate::t!("action-skip"));
                }
                Style::Quiet => {
                    n.action("done", &crate::t!("action-done"))
                        .action("later", &crate::t!("action-later"));
                }
                Style::Offer => {
                    n.action("start", &crate::t!("action-start"))
                        .action("later", &crate::t!("action-later"));
                }
                Style::Morning(_) => {
                    n.action("done", &crate::t!("action-done"))
                        .action("no", &crate::t!("action-no"));
                }
            }
        }
        n
    }

    /// Waits for the answer to a prompt shown, on a thread of its own.
    fn waiting(
        &mut self,
        exercise: &ExerciseId,
        prompt: Option<DateTime<Utc>>,
        text: &PromptText,
        handle: notify_rust::NotificationHandle,
    ) {
        self.generation += 1;
        let ticket = Ticket {
            exercise: exercise.clone(),
            generation: self.generation,
            prompt,
            style: text.style.clone(),
        };
        let (cancel, cancelled) = async_channel::bounded(1);
        let events = self.events.clone();
        let spawned = std::thread::Builder::new()
            .name("notification".into())
            .stack_size(1024 * 1024)
            .spawn(move || wait(handle, ticket, cancelled, events));
        if let Ok(waiter) = spawned {
            self.shown.insert(
                exercise.clone(),
                Shown {
                    generation: self.generation,
                    cancel,
                    waiter,
                },
            );
        }
    }

    /// What prompts and cues share: the app, the text (escaped for servers
    /// that read markup), the category, the launcher it belongs to (its
    /// icon, and the desktop's per-app notification settings) and the icon.
    fn notification(
        &self,
        server: &Server,
        category: &str,
        summary: &str,
        body: &str,
        urgency: Urgency,
    ) -> Notification {
        let mut n = Notification::new();
        n.appname("Second Heart")
            .summary(summary)
            .body(&if server.markup {
                escape(body)
            } else {
                body.to_owned()
            })
            .hint(Hint::Category(category.into()))
            .hint(Hint::DesktopEntry(APP_ID.into()))
            .urgency(urgency);
        if let Some(icon) = self.icon.as_ref().and_then(|p| p.to_str()) {
            n.icon(icon);
        }
        n
    }

    /// Shows a guided session's cue in place of the one before, so a
    /// session leaves one notification, not a stack.
    pub fn cue(&mut self, text: &CueText) -> Result<(), String> {
        let server = self.server()?;
        let mut n = self.notification(
            &server,
            "x-second-heart.cue",
            &text.summary,
            &text.body,
            Urgency::Normal,
        );
        n.hint(Hint::Transient(true));
        if let Some(previous) = &self.cue {
            n.id(previous.id());
        }
        n.timeout(if text.last {
            Timeout::Default
        } else {
            Timeout::Never
        });
        if text.sound {
            n.hint(Hint::SoundName("bell".into()));
        }
        let handle = n.show().map_err(|e| {
            self.server = None;
            e.to_string()
        })?;
        self.cue = if text.last { None } else { Some(handle) };
        Ok(())
    }

    /// Takes a prompt off the screen.
    pub fn close(&mut self, exercise: &ExerciseId) {
        if let Some(shown) = self.shown.remove(exercise) {
            let _ = shown.cancel.try_send(Cancel::Close);
        }
    }

    /// Takes every prompt off the screen and waits (briefly) until the
    /// server has been told, for a clean exit.
    pub fn close_all(&mut self) {
        if let Some(cue) = self.cue.take() {
            cue.close();
        }
        let waiters: Vec<_> = self
            .shown
            .drain()
            .map(|(_, shown)| {
                let _ = shown.cancel.try_send(Cancel::Close);
                shown.waiter
            })
            .collect();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
        while waiters.iter().any(|w| !w.is_finished()) && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    /// Whether an answer is for the prompt currently shown.
    pub fn is_current(&self, ticket: &Ticket) -> bool {
        self.shown
            .get(&ticket.exercise)
            .is_some_and(|s| s.generation == ticket.generation)
    }

    /// Forgets a prompt the server closed by itself.
    pub fn forget(&mut self, ticket: &Ticket) {
        if self.is_current(ticket) {
            self.shown.remove(&ticket.exercise);
        }
    }
}

fn wait(
    handle: notify_rust::NotificationHandle,
    ticket: Ticket,
    cancelled: async_channel::Receiver<Cancel>,
    events: Sender<Event>,
) {
    enum Outcome {
        Answer(Answer),
        Close,
        Abandon,
    }
    let outcome = zbus::block_on(future::or(
        async {
            let mut answer = Answer::Closed;
            handle
                .wait_for_action_async(|r| {
                    answer = match r {
                        NotificationResponse::Action(a) if a == "done" => Answer::Done,
                        NotificationResponse::Action(a) if a == "start" => Answer::Start,
                        NotificationResponse::Action(a) if a == "snooze" => Answer::Snooze,
                        NotificationResponse::Action(a) if a == "skip" => Answer::Skip,
                        NotificationResponse::Action(a) if a == "later" => Answer::Later,
                        NotificationResponse::Action(a) if a == "no" => Answer::No,
                        NotificationResponse::Default => Answer::Open,
                        _ => Answer::Closed,
                    }
                })
                .await;
            Outcome::Answer(answer)
        },
        async {
            match cancelled.recv().await {
                Ok(Cancel::Close) => Outcome::Close,
                Err(_) => Outcome::Abandon,
            }
        },
    ));
    match outcome {
        Outcome::Answer(answer) => {
            let closes = answer != Answer::Closed;
            let _ = events.send(Event::Answer(ticket, answer));
            if closes {
                // Resident notifications stay after an action; take it down.
                zbus::block_on(handle.close_async());
            }
        }
        Outcome::Close => zbus::block_on(handle.close_async()),
        Outcome::Abandon => {}
    }
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

/// Watches the notification server come and go (dunst restarted, a desktop
/// switched), so prompts can be shown again on the new one.
pub fn watch_server(events: Sender<Event>) {
    let _ = std::thread::Builder::new()
        .name("notification-server".into())
        .stack_size(1024 * 1024)
        .spawn(move || {
            let result: zbus::Result<()> = zbus::block_on(async {
                use futures_lite::StreamExt;
                let conn = zbus::Connection::session().await?;
                let dbus = zbus::fdo::DBusProxy::new(&conn).await?;
                let mut changes = dbus
                    .receive_name_owner_changed_with_args(&[(0, "org.freedesktop.Notifications")])
                    .await?;
                while let Some(change) = changes.next().await {
                    let present = change
                        .args()
                        .map(|a| a.new_owner().is_some())
                        .unwrap_or(false);
                    if events.send(Event::ServerChanged { present }).is_err() {
                        break;
                    }
                }
                Ok(())
            });
            if let Err(e) = result {
                super::log(&format!("cannot watch the notification server: {e}"));
            }
        });
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

    /// notify-rust keeps hints in a set: a second urgency is a second
    /// hint, not a replacement, and the server would take either.
    #[test]
    fn each_prompt_carries_one_urgency_the_one_of_its_style() {
        let (tx, _rx) = std::sync::mpsc::channel();
        let notifier = Notifier::new(tx, None);
        let server = Server {
            actions: true,
            ..Server::default()
        };
        for (style, want) in [
            (Style::Prompt, Urgency::Normal),
            (Style::Quiet, Urgency::Low),
            (Style::Offer, Urgency::Low),
            (Style::Morning(Vec::new()), Urgency::Low),
        ] {
            let text = PromptText {
                style: style.clone(),
                ..sample_text(10, true)
            };
            let n = notifier.prompt(&server, &text);
            let urgencies: Vec<&Hint> = n
                .hints
                .iter()
                .filter(|h| matches!(h, Hint::Urgency(_)))
                .collect();
            assert_eq!(urgencies, [&Hint::Urgency(want)], "{style:?}");
            let sound = n.hints.iter().any(|h| matches!(h, Hint::SoundName(_)));
            assert_eq!(
                sound,
                style == Style::Prompt,
                "{style:?}: a sound only for prompts"
            );
        }
    }

    #[test]
    fn markup_is_escaped() {
        assert_eq!(
            escape(r#"Calf <raises> & "stretch""#),
            r#"Calf &lt;raises&gt; &amp; "stretch""#
        );
    }
}
