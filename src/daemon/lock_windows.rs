//! The screen locking and unlocking on Windows: a locked screen is time
//! away from the desk from the moment it locks, as on Linux. The session's
//! window (`session_window`) is registered for this session's change
//! notifications (`WTSRegisterSessionNotification`), which tell lock and
//! unlock; nothing is polled. Without them only idle time tells.

use std::sync::mpsc::Sender;

use super::Event;
use super::session_window;

/// Who tells this daemon the screen locked, once listening.
#[derive(Clone, Default)]
pub struct Sources(Option<&'static str>);

impl Sources {
    /// "session notifications", or "none".
    pub fn describe(&self) -> String {
        self.0.unwrap_or("none").into()
    }
}

pub fn watch(events: Sender<Event>) -> Sources {
    match session_window::shared(&events) {
        Some(opened) if opened.session_notifications => {
            super::log(&format!(
                "screen lock: listening to {}",
                session_window::SOURCE
            ));
            Sources(Some(session_window::SOURCE))
        }
        _ => {
            super::log("screen lock: no session notifications; only idle time tells");
            Sources(None)
        }
    }
}
