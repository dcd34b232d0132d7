//! Is the user in a meeting, or otherwise not to be interrupted, on
//! Windows? Asked only when a prompt is about to be shown or is being held,
//! so an idle daemon never polls; prompts held are delivered once
//! afterwards, as on Linux.
//!
//! The signs, each mapped to the reasons the Linux `Quiet` gives
//! (`notification_state`): Focus Assist ("Do not disturb"), the shell's
//! notification state (a full-screen program, presentation settings,
//! quiet time), and a camera in use. Each source that fails to answer is
//! simply not a sign.

use super::notification_state::{focus_assist, focus_assist_reason, shell_reason, shell_state};

pub struct Quiet;

impl Quiet {
    pub fn new() -> Quiet {
        Quiet
    }

    /// Where a full-screen window is seen, for the log.
    pub fn describe(&self) -> &'static str {
        "the shell's notification state"
    }

    /// Why prompts should wait now, or `None`.
    pub fn reason(&mut self) -> Option<String> {
        if let Some(reason) = focus_assist().ok().and_then(focus_assist_reason) {
            return Some(reason.describe());
        }
        if let Some(reason) = shell_state().ok().and_then(shell_reason) {
            return Some(reason.describe());
        }
        if super::camera::in_use() {
            return Some(crate::t!("quiet-reason-camera"));
        }
        None
    }
}

impl Default for Quiet {
    fn default() -> Self {
        Quiet::new()
    }
}
