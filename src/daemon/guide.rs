//! The guided session the daemon runs: moved on at every wake, each new
//! step cued with a notification that replaces the last (so the cues reach
//! a user who closed the window or locked the screen for a walk), and its
//! end recorded through the shared service like any Done.

use chrono::{DateTime, Local, Utc};

use super::notifier::CueText;
use super::{Daemon, log};
use crate::protocol::Reply;
use crate::service::{self, Context};

impl Daemon {
    /// Moves the running session on to `now` and tells the user where it
    /// is, once per step.
    pub(super) fn guide(&mut self, now: &DateTime<Local>) {
        let Some(name) = self.model.guided.as_ref().map(|g| g.plan.name.clone()) else {
            return;
        };
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
        if here.is_some() && here != self.cued {
            let guided = self.model.guided.as_ref().expect("running");
            let cue = guided.cue();
            let progress = guided.progress(now.with_timezone(&Utc));
            let body = match &progress.next {
                Some(next) => format!("{}\nNext: {next}", cue.detail),
                None => cue.detail.clone(),
            };
            self.show_cue(CueText {
                summary: format!("{name} — {}", cue.title),
                body,
                sound,
                last: false,
            });
        }
        self.cued = here;
        if let Some(ended) = tick.ended {
            let body = match ended {
                Ok(Reply::Message { text }) => text,
                Ok(_) => String::new(),
                Err(f) => format!("Not saved: {}", f.message),
            };
            log(&format!("guided session ended: {body}"));
            self.show_cue(CueText {
                summary: format!("{name} — finished"),
                body,
                sound,
                last: true,
            });
        }
    }

    fn show_cue(&mut self, text: CueText) {
        match self.notifier.cue(&text) {
            Ok(()) => log(&format!("cue: {}", text.summary)),
            Err(e) => log(&format!("cannot show the cue {}: {e}", text.summary)),
        }
    }
}
