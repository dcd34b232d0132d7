//! What stops the daemon on Windows, as SIGTERM, SIGINT and SIGHUP do on
//! Linux: the session ending (logout, shutdown) or a `taskkill`, heard by
//! the session's window (`session_window`), and Ctrl-C, Ctrl-Break or the
//! console closing when it runs in one. It stops cleanly, so no prompt is
//! left with buttons nobody answers.

use std::sync::mpsc;

use super::Event;
use super::session_window;

pub fn watch(events: mpsc::Sender<Event>) {
    session_window::shared(&events);
    let console = events.clone();
    if !session_window::watch_console(Box::new(move |heard| {
        console.send(session_window::event(heard)).is_ok()
    })) {
        super::log("no console control handler: Ctrl-C ends the daemon at once");
    }
}
