//! Prompts on Windows. (Being built on branch w-winprompt: toasts with
//! buttons.) Until then every prompt fails to show, and the scheduler
//! handles it as a prompt that could not be shown.

use std::path::PathBuf;
use std::sync::mpsc::Sender;

use chrono::{DateTime, Utc};

use super::super::Event;
use super::{CueText, PromptText, Server, Ticket};
use crate::core::ExerciseId;

pub struct Notifier;

const NONE: &str = "no notifications on Windows yet";

impl Notifier {
    pub fn new(_events: Sender<Event>, _icon: Option<PathBuf>) -> Self {
        Notifier
    }

    pub fn server(&mut self) -> Result<Server, String> {
        Err(NONE.into())
    }

    pub fn server_changed(&mut self) {}

    pub fn show(
        &mut self,
        _exercise: &ExerciseId,
        _prompt: Option<DateTime<Utc>>,
        _text: &PromptText,
    ) -> Result<(), String> {
        Err(NONE.into())
    }

    pub fn cue(&mut self, _text: &CueText) -> Result<(), String> {
        Err(NONE.into())
    }

    pub fn close(&mut self, _exercise: &ExerciseId) {}

    pub fn close_all(&mut self) {}

    pub fn is_current(&self, _ticket: &Ticket) -> bool {
        false
    }

    pub fn forget(&mut self, _ticket: &Ticket) {}
}
