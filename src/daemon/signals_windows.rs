//! Logout and Ctrl-C on Windows. (Being built on branch w-winpresence.)

use std::sync::mpsc;

use super::Event;

pub fn watch(_events: mpsc::Sender<Event>) {}
