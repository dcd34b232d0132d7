//! What the window and the tray show, and when it changed: the daemon
//! rebuilds the tray's view and pushes a line to subscribed windows only
//! when the basis of what they show is different (an answer from anywhere,
//! a new or closed prompt, a pause, new preferences, a new day, a meeting).

use chrono::{DateTime, Local, NaiveDate, TimeZone, Utc};

use super::{Daemon, tray};
use crate::core::preferences::Preferences;
use crate::core::{ExerciseId, Session};
use crate::protocol::Push;

impl Daemon {
    /// Rebuilds the tray's view and tells the windows, only when something
    /// they show may have changed (an answer from anywhere, a new or closed
    /// prompt, a pause, new preferences, a new day, a meeting).
    pub(super) fn notice_changes(&mut self, now: &DateTime<Local>) {
        let basis = self.basis(now);
        if self.shown.as_ref() == Some(&basis) {
            return;
        }
        self.shown = Some(basis);
        self.generation += 1;
        if self.tray.is_some() {
            let view = self.tray_view(*now);
            if let Some(tray) = &mut self.tray {
                tray.show(view);
            }
        }
        self.subscribers.push(Push::Changed {
            generation: self.generation,
        });
    }

    fn basis(&self, now: &DateTime<Local>) -> Basis {
        Basis {
            history: (
                self.model.history.len(),
                self.model.history.sessions().last().cloned(),
            ),
            prompts: self
                .scheduler
                .prompts()
                .iter()
                .map(|(e, p)| (e.clone(), p.since))
                .collect(),
            paused_until: self.model.state.paused_until,
            busy_until: self.model.state.busy_until,
            busy_with: self.model.state.busy_with,
            situation: self.scheduler.situation(),
            notes: self.notes(),
            warnings: self.model.warnings.clone(),
            date: now.date_naive(),
            sitting_since: self.scheduler.sitting_since(),
            prefs: self.model.prefs.clone(),
            guided: self
                .model
                .guided
                .as_ref()
                .map(|g| (g.started, g.step(), g.is_paused())),
        }
    }

    pub(super) fn tray_view(&self, now: DateTime<Local>) -> tray::TrayView {
        let mut status = crate::report::status(
            &self.model.prefs,
            &self.model.history,
            &self.activity(),
            &now,
            self.scheduler.notes(&self.model.prefs),
        );
        let busy = self.model.state.busy_now(now.with_timezone(&Utc));
        status.busy_until = busy.map(|(_, b)| crate::report::at_second(&b.with_timezone(&Local)));
        status.busy_with = busy.map(|(mode, _)| mode);
        status.guided = self
            .model
            .guided
            .as_ref()
            .filter(|g| !g.has_ended())
            .and_then(|g| crate::report::GuidedEntry::of(g, &now));
        tray::TrayView::of(
            &status,
            self.scheduler.quiet_reason(),
            self.scheduler.unsaved_notes(&self.model.prefs),
            self.scheduler.notify_error(),
        )
    }
}

/// What the status, the history and the tray are built from, apart from
/// the minute (the window ticks its countdown itself): when this is the
/// same, so is everything they show.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Basis {
    /// How many sessions, and the last one (an answer changes either).
    history: (usize, Option<Session>),
    /// Prompts due now, and since when.
    prompts: Vec<(ExerciseId, DateTime<Utc>)>,
    paused_until: Option<DateTime<Utc>>,
    busy_until: Option<DateTime<Utc>>,
    busy_with: Option<crate::core::moment::BusyMode>,
    /// A meeting or a call seen (a camera, a call app), or away.
    situation: crate::core::moment::Situation,
    /// Unsaved answers, held prompts, preferences errors, idle source.
    notes: Vec<String>,
    warnings: Vec<String>,
    date: NaiveDate,
    // Not the scheduler's next due time: it follows from the rest, and
    // while the user is away a sitting rule's is "now + N minutes", new at
    // every wake. Counting it, each status the window asked for made a
    // change to push, and the window asked again: a loop.
    /// Sitting rules count from here.
    sitting_since: Option<DateTime<Utc>>,
    prefs: Preferences,
    /// A guided session: when it started, its step, whether paused (the
    /// window counts down the step itself).
    guided: Option<(DateTime<Utc>, usize, bool)>,
}

/// The next local midnight (or the first instant of the next day where a
/// clock change skips midnight).
pub(super) fn next_midnight(now: &DateTime<Local>) -> Option<DateTime<Utc>> {
    let tomorrow = now.date_naive().succ_opt()?;
    (0..4).find_map(|h| {
        Local
            .from_local_datetime(&tomorrow.and_hms_opt(h, 0, 0)?)
            .earliest()
            .map(|t| t.with_timezone(&Utc))
    })
}
