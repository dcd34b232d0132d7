//! The screen locking on Windows. (Being built on branch w-winpresence:
//! session change notifications.)

use std::sync::mpsc::Sender;

use super::Event;

#[derive(Clone, Default)]
pub struct Sources;

impl Sources {
    pub fn describe(&self) -> String {
        "none".into()
    }
}

pub fn watch(_events: Sender<Event>) -> Sources {
    Sources
}
