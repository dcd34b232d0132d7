//! The signals a session sends at logout.

use std::sync::mpsc;

use super::Event;

/// Stops cleanly on the signals a session sends at logout, so no prompt is
/// left on screen with buttons nobody answers.
pub fn watch(events: mpsc::Sender<Event>) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]) else {
        return;
    };
    let _ = std::thread::Builder::new()
        .name("signals".into())
        .stack_size(64 * 1024)
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                let _ = events.send(Event::Terminate(signal));
            }
        });
}
