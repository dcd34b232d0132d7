//! The screen locking and unlocking: a locked screen is time away from the
//! desk from the moment it locks, whatever the idle time says (a video left
//! playing, a mouse nudged by a cat).
//!
//! Two sources, whichever the desktop has: the `ActiveChanged` signal of
//! the screen saver interface on the session bus (`org.freedesktop.
//! ScreenSaver`, sent by KDE's, Xfce's and most lockers; `org.gnome.
//! ScreenSaver` by GNOME Shell), and logind's `LockedHint` of this session
//! on the system bus (set by lockers that talk to logind). Both are pushed:
//! nothing is polled. Either may be missing; then only idle time tells.

use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};

use futures_lite::StreamExt;
use zbus::message::Type;
use zbus::{MatchRule, MessageStream};

use super::Event;

/// The sources listening, as they come up.
#[derive(Clone, Default)]
pub struct Sources(Arc<Mutex<Vec<&'static str>>>);

impl Sources {
    fn add(&self, name: &'static str) {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).push(name);
        super::log(&format!("screen lock: listening to {name}"));
    }

    /// "screen saver signals, logind", or "none".
    pub fn describe(&self) -> String {
        let names = self.0.lock().unwrap_or_else(|p| p.into_inner());
        match names.is_empty() {
            true => "none".into(),
            false => names.join(", "),
        }
    }
}

/// Watches both sources in one small thread.
pub fn watch(events: Sender<Event>) -> Sources {
    let sources = Sources::default();
    let listening = sources.clone();
    let _ = std::thread::Builder::new()
        .name("lock-watch".into())
        .stack_size(1024 * 1024)
        .spawn(move || {
            let session = screen_savers(&events, &listening);
            let logind = locked_hint(&events, &listening);
            let (a, b) = zbus::block_on(futures_lite::future::zip(session, logind));
            if let Err(e) = a {
                super::log(&format!("no screen saver signals ({e})"));
            }
            if let Err(e) = b {
                super::log(&format!("no lock hints from logind ({e})"));
            }
        });
    sources
}

/// `ActiveChanged(bool)` from any screen saver service on the session bus.
async fn screen_savers(events: &Sender<Event>, sources: &Sources) -> zbus::Result<()> {
    let conn = zbus::Connection::session().await?;
    let rule = |interface: &'static str| -> zbus::Result<MatchRule<'static>> {
        MatchRule::builder()
            .msg_type(Type::Signal)
            .interface(interface)
            .member("ActiveChanged")
            .build()
    };
    let freedesktop =
        MessageStream::for_match_rule(rule("org.freedesktop.ScreenSaver")?, &conn, None).await?;
    let gnome = MessageStream::for_match_rule(rule("org.gnome.ScreenSaver")?, &conn, None).await?;
    sources.add("screen saver signals");
    let mut both = freedesktop.race(gnome);
    while let Some(message) = both.next().await {
        let Ok(message) = message else { continue };
        let Ok(locked) = message.body().deserialize::<bool>() else {
            continue;
        };
        if events
            .send(Event::Locked {
                locked,
                source: "screen saver",
            })
            .is_err()
        {
            break;
        }
    }
    Ok(())
}

#[zbus::proxy(
    interface = "org.freedesktop.login1.Session",
    default_service = "org.freedesktop.login1",
    default_path = "/org/freedesktop/login1/session/auto"
)]
trait Session {
    #[zbus(property)]
    fn locked_hint(&self) -> zbus::Result<bool>;
}

/// This session's `LockedHint` from logind, as it changes.
async fn locked_hint(events: &Sender<Event>, sources: &Sources) -> zbus::Result<()> {
    let conn = zbus::Connection::system().await?;
    let session = SessionProxy::new(&conn).await?;
    // Asked once, so a session logind does not know is said, not assumed.
    session.locked_hint().await?;
    let mut changes = session.receive_locked_hint_changed().await;
    sources.add("logind");
    while let Some(change) = changes.next().await {
        let Ok(locked) = change.get().await else {
            continue;
        };
        if events
            .send(Event::Locked {
                locked,
                source: "logind",
            })
            .is_err()
        {
            break;
        }
    }
    Ok(())
}
