//! Idle time on Windows. (Being built on branch w-winpresence:
//! GetLastInputInfo.) Until then no source: sitting time runs on the clock.

use std::sync::mpsc::Sender;
use std::time::Duration;

use super::Event;
use crate::core::scheduler::IdleFeed;

pub enum IdleSource {
    Unavailable(String),
}

impl IdleSource {
    pub fn detect(_events: Option<Sender<Event>>) -> IdleSource {
        IdleSource::Unavailable("no idle source on Windows yet".into())
    }

    pub fn describe(&self) -> String {
        match self {
            IdleSource::Unavailable(why) => format!("unavailable ({why})"),
        }
    }

    pub fn feed(&self) -> IdleFeed {
        IdleFeed::Unavailable
    }

    pub fn available(&self) -> bool {
        false
    }

    pub fn sample(&mut self) -> Option<Duration> {
        None
    }
}
