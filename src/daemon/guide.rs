//! The guided session the daemon runs: moved on at every wake, each new
//! step cued with a notification that replaces the last (so the cues reach
//! a user who closed the window or locked the screen for a walk), and its
//! end recorded through the shared service like any Done.

use chrono::{DateTime, Local, Utc};

use super::notifier::CueText;
use super::{Daemon, log};
use crate::service::{self, Context};

impl Daemon {
    /// Moves the running session on to `now` and tells the user where it
    /// is, once per step.
    pub(super) fn guide(&mut self, now: &DateTime<Local>) {
        let cx = Context {
            now: *now,
            sitting_since: self.scheduler.sitting_since(),
            via: crate::core::Via::Scheduler,
            notes: Vec::new(),
        };
        let tick = service::guide::tick(&mut self.model, &cx);
        let sound = self.model.prefs.sound;
        let here: Option<(DateTime<Utc>, usize)> = self
            .model
            .guided
            .as_ref()
            .filter(|g| !g.has_ended())
            .map(|g| (g.started, g.step()));
        if let Some(guided) = self.model.guided.as_ref().filter(|_| here != self.cued) {
            let cue = guided.cue();
            let progress = guided.progress(now.with_timezone(&Utc));
            let body = match &progress.next {
                Some(next) => crate::t!("cue-next", detail = &cue.detail, next = next),
                None => cue.detail.clone(),
            };
            let summary = crate::t!("cue-summary", name = &guided.plan.name, step = &cue.title);
            self.show_cue(CueText {
                summary,
                body,
                sound,
                last: false,
            });
        }
        // Ended by the clock, or by a request (stop, a skip of the last
        // step) since the last wake: the last cue says what it came to.
        let ended = tick.ended.is_some()
            || self
                .cued
                .is_some_and(|(started, _)| here.is_none_or(|h| h.0 != started));
        self.cued = here;
        if !ended {
            return;
        }
        let Some(end) = self.model.guided_ended.clone() else {
            return;
        };
        log(&format!("guided session ended: {}", end.said));
        let body = match end.to_confirm {
            true => crate::t!("cue-correct", said = &end.said),
            false => end.said,
        };
        self.show_cue(CueText {
            summary: crate::t!("cue-finished", name = &end.name),
            body,
            sound,
            last: true,
        });
    }

    fn show_cue(&mut self, text: CueText) {
        match self.notifier.cue(&text) {
            Ok(()) => log(&format!("cue: {}", text.summary)),
            Err(e) => log(&format!("cannot show the cue {}: {e}", text.summary)),
        }
    }
}
