//! Suspend and resume on Windows. (Being built on branch w-winpresence:
//! power broadcasts.) Until then the scheduler notices a suspend from the
//! clock, as it does without logind.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::sync::mpsc::Sender;

use super::Event;

pub fn watch(_events: Sender<Event>) -> Arc<AtomicBool> {
    Arc::new(AtomicBool::new(false))
}
