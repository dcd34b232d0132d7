//! Suspend and resume on Windows: the power broadcasts
//! (`WM_POWERBROADCAST`) that reach the session's window
//! (`session_window`), as logind's PrepareForSleep does on Linux. Windows
//! broadcasts them to every top-level window, so with the window up they
//! are heard; without it (or with only a message-only window) the scheduler notices a suspend from the wall
//! clock running ahead of the monotonic one, at a wake at most a minute
//! apart.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::sync::mpsc::Sender;

use super::Event;
use super::session_window;

/// Starts the watch; the flag is true when suspends will be heard.
pub fn watch(events: Sender<Event>) -> Arc<AtomicBool> {
    let heard = session_window::shared(&events).is_some_and(|w| w.broadcasts);
    Arc::new(AtomicBool::new(heard))
}
