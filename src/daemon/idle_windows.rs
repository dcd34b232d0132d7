//! How long since the last keyboard or mouse input, on Windows: the
//! session's last input (`GetLastInputInfo`, `last_input`), sampled as on
//! X11, since Windows pushes nothing when input stops. Where it does not
//! answer, the source is `Unavailable` and sitting time runs on the clock.

use std::sync::mpsc::Sender;
use std::time::Duration;

use super::Event;
use super::last_input;
use crate::core::scheduler::IdleFeed;

pub enum IdleSource {
    LastInput,
    Unavailable(String),
}

impl IdleSource {
    /// The session's last input, if Windows answers; nothing is pushed, so
    /// `events` goes unused.
    pub fn detect(_events: Option<Sender<Event>>) -> IdleSource {
        match last_input::idle() {
            Ok(_) => IdleSource::LastInput,
            Err(e) => IdleSource::Unavailable(e),
        }
    }

    pub fn describe(&self) -> String {
        match self {
            IdleSource::LastInput => "GetLastInputInfo".into(),
            IdleSource::Unavailable(why) => format!("unavailable ({why})"),
        }
    }

    pub fn feed(&self) -> IdleFeed {
        match self {
            IdleSource::LastInput => IdleFeed::Sampled,
            IdleSource::Unavailable(_) => IdleFeed::Unavailable,
        }
    }

    pub fn available(&self) -> bool {
        !matches!(self, IdleSource::Unavailable(_))
    }

    /// Time since the last input; `None` when unknown. A source that stops
    /// answering becomes `Unavailable`.
    pub fn sample(&mut self) -> Option<Duration> {
        if !self.available() {
            return None;
        }
        match last_input::idle() {
            Ok(d) => Some(d),
            Err(e) => {
                super::log(&format!(
                    "idle time: {} stopped answering ({e}); counting sitting on the clock",
                    self.describe()
                ));
                *self = IdleSource::Unavailable(e);
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Under Wine as on Windows: the session answers, and its idle time
    /// is sampled.
    #[test]
    fn the_session_gives_idle_time_to_sample() {
        let mut source = IdleSource::detect(None);
        assert!(source.available(), "{}", source.describe());
        assert_eq!(source.feed(), IdleFeed::Sampled);
        assert!(source.sample().is_some());
    }
}
