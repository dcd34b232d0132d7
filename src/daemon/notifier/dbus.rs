//! Desktop notifications (org.freedesktop.Notifications on the session
//! bus), and the answers to them.
//!
//! One thread ("notifications") serves every prompt and cue for the whole
//! day: it owns one bus connection, makes the Notify and CloseNotification
//! calls on it, and listens on it for ActionInvoked and NotificationClosed.
//! Servers such as dunst send those signals only to the connection that
//! asked for the notification, so asking and listening share it. A prompt
//! on screen costs an entry in a map, not a thread (whose malloc arena
//! would stay for the rest of the day). The answer to the call comes back
//! before `show` returns, so its errors are the caller's as before. This
//! module never touches files; answers go back to the scheduler as events.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::{self, Sender};

use chrono::{DateTime, Utc};
use futures_lite::{StreamExt, future};
use zbus::Variant;

use super::super::Event;
use super::{Answer, CueText, PromptText, Server, Style, Ticket, escape};
use crate::core::ExerciseId;
use crate::desktop::APP_ID;

const BUS_NAME: &str = "org.freedesktop.Notifications";
const OBJECT_PATH: &str = "/org/freedesktop/Notifications";
const INTERFACE: &str = "org.freedesktop.Notifications";

/// A prompt on screen: which one, and the server's id for it.
struct Shown {
    generation: u64,
    id: u32,
}

/// One Notify call's arguments.
struct Notify {
    replaces: u32,
    icon: String,
    summary: String,
    body: String,
    /// Key and label of each action, in order.
    actions: Vec<(String, String)>,
    category: &'static str,
    /// 0 low, 1 normal (the specification's byte).
    urgency: u8,
    resident: bool,
    transient: bool,
    /// Ask the server to play no sound at all (a suggestion in a meeting).
    suppress_sound: bool,
    sound: Option<&'static str>,
    /// Milliseconds; 0 never expires, -1 the server's default.
    timeout: i32,
}

/// What the notifications thread is asked to do, in order.
enum Command {
    /// Shows a notification; answers with its id. With a ticket, its answer
    /// goes back as an event.
    Show {
        notify: Notify,
        ticket: Option<Box<Ticket>>,
        reply: Sender<Result<u32, String>>,
    },
    /// Takes a notification off the screen; its answer is no longer wanted.
    Close { id: u32 },
    /// Stops waiting for every answer (a new server never saw them).
    ForgetAll,
    /// The server's name and capabilities.
    Ask {
        reply: Sender<Result<Server, String>>,
    },
    /// Answers once everything before it is done.
    Flush { reply: Sender<()> },
}

pub struct Notifier {
    commands: async_channel::Sender<Command>,
    icon: Option<PathBuf>,
    shown: HashMap<ExerciseId, Shown>,
    /// The guided session's cue on screen, replaced by the next.
    cue: Option<u32>,
    generation: u64,
    server: Option<Server>,
}

const CATEGORY: &str = "x-second-heart.prompt";

impl Notifier {
    /// Starts the notifications thread (which connects when first asked).
    pub fn new(events: Sender<Event>, icon: Option<PathBuf>) -> Self {
        let (commands, inbox) = async_channel::unbounded();
        let _ = std::thread::Builder::new()
            .name("notifications".into())
            .stack_size(256 * 1024)
            .spawn(move || zbus::block_on(serve(inbox, events)));
        Notifier {
            commands,
            icon,
            shown: HashMap::new(),
            cue: None,
            generation: 0,
            server: None,
        }
    }

    /// Hands a command to the thread and waits for its answer.
    fn ask<T>(&self, command: impl FnOnce(Sender<T>) -> Command) -> Result<T, String> {
        let (reply, answer) = mpsc::channel();
        self.commands
            .send_blocking(command(reply))
            .map_err(|_| "the notifications thread has ended".to_owned())?;
        answer
            .recv()
            .map_err(|_| "the notifications thread has ended".to_owned())
    }

    /// The server's name and capabilities, asked once per server.
    pub fn server(&mut self) -> Result<Server, String> {
        if let Some(s) = &self.server {
            return Ok(s.clone());
        }
        let server = self.ask(|reply| Command::Ask { reply })??;
        self.server = Some(server.clone());
        Ok(server)
    }

    /// The server went away or a new one came: ask again, and let go of the
    /// old prompts (the new server never saw them).
    pub fn server_changed(&mut self) {
        self.server = None;
        self.shown.clear();
        let _ = self.commands.send_blocking(Command::ForgetAll);
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
        let notify = self.prompt(&server, text);
        let ticket = Ticket {
            exercise: exercise.clone(),
            generation: self.generation + 1,
            prompt,
            style: text.style.clone(),
        };
        let shown = self.ask(|reply| Command::Show {
            notify,
            ticket: Some(Box::new(ticket)),
            reply,
        })?;
        let id = shown.inspect_err(|_| {
            // The next show asks the server again.
            self.server = None;
        })?;
        self.generation += 1;
        self.shown.insert(
            exercise.clone(),
            Shown {
                generation: self.generation,
                id,
            },
        );
        Ok(())
    }

    /// A prompt as the server is to show it: how urgent, how long, with
    /// which sound and buttons, by its style.
    fn prompt(&self, server: &Server, text: &PromptText) -> Notify {
        let base = self.notify(server, CATEGORY, &text.summary, &text.body);
        let mut n = match text.style {
            Style::Prompt => Notify {
                resident: true,
                timeout: 0,
                sound: text.sound.then_some("message-new-instant"),
                ..base
            },
            // Never a sound, nothing left behind: a suggestion in a meeting
            // must not interrupt it.
            Style::Quiet | Style::Offer => Notify {
                urgency: 0,
                transient: true,
                suppress_sound: true,
                ..base
            },
            Style::Morning(_) => Notify {
                urgency: 0,
                resident: true,
                timeout: 0,
                ..base
            },
        };
        if server.actions {
            let actions: Vec<(&str, String)> = match &text.style {
                Style::Prompt => {
                    let mut a = vec![("default", crate::t!("action-open"))];
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
            };
            n.actions = actions
                .into_iter()
                .map(|(k, l)| (k.to_owned(), l))
                .collect();
        }
        n
    }

    /// What prompts and cues share: the app, the text (escaped for servers
    /// that read markup), the category, the launcher it belongs to (its
    /// icon, and the desktop's per-app notification settings) and the icon.
    fn notify(&self, server: &Server, category: &'static str, summary: &str, body: &str) -> Notify {
        Notify {
            replaces: 0,
            icon: self
                .icon
                .as_ref()
                .and_then(|p| p.to_str())
                .unwrap_or_default()
                .to_owned(),
            summary: summary.to_owned(),
            body: if server.markup {
                escape(body)
            } else {
                body.to_owned()
            },
            actions: Vec::new(),
            category,
            urgency: 1,
            resident: false,
            transient: false,
            suppress_sound: false,
            sound: None,
            timeout: -1,
        }
    }

    /// Shows a guided session's cue in place of the one before, so a
    /// session leaves one notification, not a stack.
    pub fn cue(&mut self, text: &CueText) -> Result<(), String> {
        let server = self.server()?;
        let notify = Notify {
            replaces: self.cue.unwrap_or(0),
            transient: true,
            timeout: if text.last { -1 } else { 0 },
            sound: text.sound.then_some("bell"),
            ..self.notify(&server, "x-second-heart.cue", &text.summary, &text.body)
        };
        let shown = self.ask(|reply| Command::Show {
            notify,
            ticket: None,
            reply,
        })?;
        let id = shown.inspect_err(|_| self.server = None)?;
        self.cue = (!text.last).then_some(id);
        Ok(())
    }

    /// Takes a prompt off the screen.
    pub fn close(&mut self, exercise: &ExerciseId) {
        if let Some(shown) = self.shown.remove(exercise) {
            let _ = self.commands.send_blocking(Command::Close { id: shown.id });
        }
    }

    /// Takes every prompt off the screen and waits (briefly) until the
    /// server has been told, for a clean exit.
    pub fn close_all(&mut self) {
        let ids = self.shown.drain().map(|(_, s)| s.id).chain(self.cue.take());
        for id in ids {
            let _ = self.commands.send_blocking(Command::Close { id });
        }
        let (reply, done) = mpsc::channel();
        if self
            .commands
            .send_blocking(Command::Flush { reply })
            .is_ok()
        {
            let _ = done.recv_timeout(std::time::Duration::from_secs(2));
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

/// The bus connection, the stream of the server's signals on it, and the
/// bus's word when the server comes or goes (dunst restarted, a desktop
/// switched), so prompts can be shown again on the new one.
struct Link {
    conn: zbus::Connection,
    signals: zbus::MessageStream,
    owners: zbus::MessageStream,
}

impl Link {
    async fn open() -> zbus::Result<Link> {
        let conn = zbus::Connection::session().await?;
        let rule = zbus::MatchRule::builder()
            .msg_type(zbus::message::Type::Signal)
            .interface(INTERFACE)
            .build()?;
        let signals = zbus::MessageStream::for_match_rule(rule, &conn, None).await?;
        let rule = zbus::MatchRule::builder()
            .msg_type(zbus::message::Type::Signal)
            .sender("org.freedesktop.DBus")
            .interface("org.freedesktop.DBus")
            .member("NameOwnerChanged")
            .arg(0, BUS_NAME)
            .build()?;
        let owners = zbus::MessageStream::for_match_rule(rule, &conn, None).await?;
        Ok(Link {
            conn,
            signals,
            owners,
        })
    }

    async fn call<B, R>(&self, method: &str, body: &B) -> zbus::Result<R>
    where
        B: serde::Serialize + zbus::DynamicType,
        R: for<'d> serde::Deserialize<'d> + zbus::Type,
    {
        self.conn
            .call_method(Some(BUS_NAME), OBJECT_PATH, Some(INTERFACE), method, body)
            .await?
            .body()
            .deserialize()
    }

    async fn notify(&self, n: &Notify) -> zbus::Result<u32> {
        let mut hints: HashMap<&str, Variant> = HashMap::new();
        hints.insert("category", Variant::from(n.category));
        hints.insert("desktop-entry", Variant::from(APP_ID));
        hints.insert("urgency", Variant::from(n.urgency));
        if n.suppress_sound {
            hints.insert("suppress-sound", Variant::from(true));
        }
        if n.resident {
            hints.insert("resident", Variant::from(true));
        }
        if n.transient {
            hints.insert("transient", Variant::from(true));
        }
        if let Some(sound) = n.sound {
            hints.insert("sound-name", Variant::from(sound));
        }
        let actions: Vec<&str> = n
            .actions
            .iter()
            .flat_map(|(k, l)| [k.as_str(), l.as_str()])
            .collect();
        self.call(
            "Notify",
            &(
                "Second Heart",
                n.replaces,
                n.icon.as_str(),
                n.summary.as_str(),
                n.body.as_str(),
                actions,
                hints,
                n.timeout,
            ),
        )
        .await
    }

    async fn server(&self) -> zbus::Result<Server> {
        let caps: Vec<String> = self.call("GetCapabilities", &()).await?;
        let (name, _vendor, version, _spec): (String, String, String, String) =
            self.call("GetServerInformation", &()).await?;
        let has = |c: &str| caps.iter().any(|x| x == c);
        Ok(Server {
            name: format!("{name} {version}"),
            actions: has("actions"),
            markup: has("body-markup"),
            sound: has("sound"),
        })
    }

    async fn close(&self, id: u32) {
        let _: zbus::Result<()> = self.call("CloseNotification", &(id,)).await;
    }
}

/// The notifications thread: commands in order, and the server's signals
/// in between; ends when the notifier is dropped. Connects at once, to
/// watch the server come and go from the start.
async fn serve(inbox: async_channel::Receiver<Command>, events: Sender<Event>) {
    enum Next {
        Command(Command),
        Signal(Option<zbus::Result<zbus::Message>>),
        Owner(Option<zbus::Result<zbus::Message>>),
        Ended,
    }
    let mut link: Option<Link> = match Link::open().await {
        Ok(l) => Some(l),
        Err(e) => {
            super::super::log(&format!("cannot watch the notification server: {e}"));
            None
        }
    };
    // The prompts whose answers are awaited, by the server's id.
    let mut waiting: HashMap<u32, Ticket> = HashMap::new();
    loop {
        let next = future::or(
            async {
                match inbox.recv().await {
                    Ok(c) => Next::Command(c),
                    Err(_) => Next::Ended,
                }
            },
            async {
                match link.as_mut() {
                    Some(l) => {
                        future::or(async { Next::Signal(l.signals.next().await) }, async {
                            Next::Owner(l.owners.next().await)
                        })
                        .await
                    }
                    None => future::pending().await,
                }
            },
        )
        .await;
        match next {
            Next::Ended => return,
            Next::Owner(Some(Ok(message))) => {
                let present = message
                    .body()
                    .deserialize::<(String, String, String)>()
                    .is_ok_and(|(_, _, new_owner)| !new_owner.is_empty());
                let _ = events.send(Event::ServerChanged { present });
            }
            Next::Signal(None | Some(Err(_))) | Next::Owner(None | Some(Err(_))) => {
                // The bus went away: connect again when next asked.
                link = None;
                waiting.clear();
            }
            Next::Signal(Some(Ok(message))) => {
                let Some((id, answer)) = answer_in(&message) else {
                    continue;
                };
                let Some(ticket) = waiting.remove(&id) else {
                    continue;
                };
                let closes = answer != Answer::Closed;
                let _ = events.send(Event::Answer(ticket, answer));
                if closes && let Some(l) = &link {
                    // Resident notifications stay after an action; take it down.
                    l.close(id).await;
                }
            }
            Next::Command(command) => {
                if link.is_none() && matches!(command, Command::Show { .. } | Command::Ask { .. }) {
                    match Link::open().await {
                        Ok(l) => link = Some(l),
                        Err(e) => {
                            let e = e.to_string();
                            match command {
                                Command::Show { reply, .. } => drop(reply.send(Err(e))),
                                Command::Ask { reply } => drop(reply.send(Err(e))),
                                _ => {}
                            }
                            continue;
                        }
                    }
                }
                match command {
                    Command::Show {
                        notify,
                        ticket,
                        reply,
                    } => {
                        let l = link.as_ref().expect("connected above");
                        let shown = l.notify(&notify).await.map_err(|e| e.to_string());
                        if let (Ok(id), Some(ticket)) = (&shown, ticket) {
                            waiting.insert(*id, *ticket);
                        }
                        let _ = reply.send(shown);
                    }
                    Command::Ask { reply } => {
                        let l = link.as_ref().expect("connected above");
                        let _ = reply.send(l.server().await.map_err(|e| e.to_string()));
                    }
                    Command::Close { id } => {
                        waiting.remove(&id);
                        if let Some(l) = &link {
                            l.close(id).await;
                        }
                    }
                    Command::ForgetAll => waiting.clear(),
                    Command::Flush { reply } => drop(reply.send(())),
                }
            }
        }
    }
}

/// The notification and answer a server's signal is about, if any.
fn answer_in(message: &zbus::Message) -> Option<(u32, Answer)> {
    let header = message.header();
    match header.member()?.as_str() {
        "ActionInvoked" => {
            let (id, action): (u32, String) = message.body().deserialize().ok()?;
            Some((
                id,
                match action.as_str() {
                    "done" => Answer::Done,
                    "start" => Answer::Start,
                    "snooze" => Answer::Snooze,
                    "later" => Answer::Later,
                    "no" => Answer::No,
                    "skip" => Answer::Skip,
                    "default" => Answer::Open,
                    _ => Answer::Closed,
                },
            ))
        }
        "NotificationClosed" => {
            let (id, _reason): (u32, u32) = message.body().deserialize().ok()?;
            Some((id, Answer::Closed))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::sample_text;
    use super::*;

    /// Each style asks for its own urgency, and only an ordinary prompt
    /// for a sound; a suggestion asks for silence.
    #[test]
    fn each_prompt_carries_the_urgency_and_sound_of_its_style() {
        let (tx, _rx) = std::sync::mpsc::channel();
        let notifier = Notifier::new(tx, None);
        let server = Server {
            actions: true,
            ..Server::default()
        };
        for (style, urgency, keys) in [
            (Style::Prompt, 1, vec!["default", "done", "snooze", "skip"]),
            (Style::Quiet, 0, vec!["done", "later"]),
            (Style::Offer, 0, vec!["start", "later"]),
            (Style::Morning(Vec::new()), 0, vec!["done", "no"]),
        ] {
            let text = PromptText {
                style: style.clone(),
                ..sample_text(10, true)
            };
            let n = notifier.prompt(&server, &text);
            assert_eq!(n.urgency, urgency, "{style:?}");
            assert_eq!(n.sound.is_some(), style == Style::Prompt, "{style:?}");
            assert_eq!(
                n.suppress_sound,
                matches!(style, Style::Quiet | Style::Offer)
            );
            let got: Vec<&str> = n.actions.iter().map(|(k, _)| k.as_str()).collect();
            assert_eq!(got, keys, "{style:?}");
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
