//! The daemon's side of moments (`core::moment`): looking for a camera or
//! a call app before a prompt goes out, wording quiet suggestions for the
//! situation, offering a walk in a call, and asking once a day about the
//! morning routine's unticked items.

use chrono::{DateTime, Local, Utc};

use super::notifier::{PromptText, Style};
use super::{Daemon, camera, inhibit, log};
use crate::core::moment::{Routine, Seen, Situation, Treatment};
use crate::core::{Exercise, ExerciseId, Preferences};
use crate::service::{self, Context};

/// The key the morning question is shown under: one at a time, apart
/// from the exercises' own prompts.
pub fn morning_key() -> ExerciseId {
    "morning-question".parse().expect("valid id")
}

/// A prompt as the situation wants it: a quiet suggestion worded for it,
/// or a walk offered in a call; `None` for an ordinary prompt.
pub fn suggestion(e: &Exercise, treatment: Treatment, prefs: &Preferences) -> Option<PromptText> {
    let quiet = |summary: String, body: String, style: Style| PromptText {
        summary,
        body,
        snooze_minutes: prefs.snooze_minutes,
        sound: false,
        guided: false,
        style,
    };
    match treatment {
        Treatment::Show | Treatment::Hold => None,
        Treatment::Quiet(situation) => {
            // Mid-sentence, a name is lowercase except where the language
            // capitalises nouns (German) or has no case at all.
            // (A user's own name is written as they wrote it.)
            let name = match crate::i18n::current().language {
                crate::core::locale::Language::German => e.display_name(),
                _ if e.has_default_name() => e.display_name().to_lowercase(),
                _ => e.display_name(),
            };
            let dose = e.dose.describe();
            let summary = match situation {
                Situation::Meeting => crate::t!("quiet-meeting", name = name, dose = dose),
                Situation::Call => crate::t!("quiet-call", name = name, dose = dose),
                _ => crate::t!("quiet-reading", name = name, dose = dose),
            };
            Some(quiet(
                summary,
                crate::t!("quiet-body", instruction = e.display_instruction()),
                Style::Quiet,
            ))
        }
        Treatment::OfferWalk => Some(offer(e, prefs)),
    }
}

/// "Walk during this call?" with Start.
pub fn offer(e: &Exercise, prefs: &Preferences) -> PromptText {
    let summary = if e.id.as_str() == "brisk-walk" || e.name.to_lowercase().contains("walk") {
        crate::t!("offer-walk")
    } else {
        crate::t!("offer-other", name = e.display_name())
    };
    PromptText {
        summary,
        body: crate::t!(
            "offer-body",
            name = e.display_name(),
            dose = e.dose.describe()
        ),
        snooze_minutes: prefs.snooze_minutes,
        sound: false,
        guided: true,
        style: Style::Offer,
    }
}

impl Daemon {
    /// Looks for a camera in use and a call app keeping the screen awake:
    /// a meeting or a call the user did not mention.
    pub(super) fn look_around(&mut self) {
        let seen = Seen {
            camera: camera::in_use(),
            call_app: inhibit::presence_inhibitor().is_some(),
        };
        if seen != self.seen {
            log(&format!(
                "seen: camera {}, call app {}",
                if seen.camera { "in use" } else { "off" },
                if seen.call_app {
                    "keeps the screen awake"
                } else {
                    "none"
                }
            ));
        }
        self.seen = seen;
    }

    /// What the daemon sees, for the service (the user's word comes first
    /// there): a meeting, a call, away from the desk, or the desk.
    pub(super) fn seen_situation(&self) -> Situation {
        match self.seen {
            Seen { camera: true, .. } => Situation::Meeting,
            Seen { call_app: true, .. } => Situation::Call,
            _ if self.scheduler.sitting_since().is_none() => Situation::Away,
            _ => Situation::Desk,
        }
    }

    /// Whether a call goes on: said (until it runs out), or a call app
    /// still seen.
    pub(super) fn call_goes_on(&self, now: &DateTime<Local>) -> bool {
        match self.model.state.busy_now(now.with_timezone(&Utc)) {
            Some((mode, _)) => mode.situation() == Situation::Call,
            None => self.seen.call_app,
        }
    }

    /// Ends a guided walk started in a call, recording its minutes to be
    /// kept or corrected (its last cue says so); nothing if none runs.
    pub(super) fn end_walk_of_call(&mut self, now: &DateTime<Local>, why: &str) {
        let running = self
            .model
            .guided
            .as_ref()
            .is_some_and(|g| !g.has_ended() && g.situation == Situation::Call);
        if !running {
            return;
        }
        let cx = Context {
            now: *now,
            sitting_since: self.scheduler.sitting_since(),
            via: crate::core::Via::Scheduler,
            notes: Vec::new(),
        };
        match service::end_walk_of_call(&mut self.model, &cx) {
            Ok(Some(said)) => log(&format!("{why}: {said}")),
            Ok(None) => {}
            Err(f) => log(&format!(
                "{why}: the walk could not be recorded: {}",
                f.message
            )),
        }
        // Its last cue, with the minutes to confirm.
        self.guide(now);
    }

    pub(super) fn offer_walk(&mut self, exercise: &ExerciseId) {
        let Some(e) = self.model.prefs.exercise(exercise) else {
            return;
        };
        let text = offer(e, &self.model.prefs);
        match self.notifier.show(exercise, None, &text) {
            Ok(()) => log(&format!("offer: {}", text.summary)),
            Err(err) => log(&format!("cannot offer a walk: {err}")),
        }
    }

    /// The one gentle question of the day; the day is saved first, so a
    /// restart does not ask again.
    pub(super) fn ask_anchored(&mut self, exercises: Vec<ExerciseId>) {
        let today = crate::clock::now().date_naive();
        if let Err(f) = self.model.change_state(|s| s.anchors_asked = Some(today)) {
            log(&format!(
                "cannot note the morning question as asked: {}",
                f.message
            ));
        }
        let names: Vec<String> = exercises
            .iter()
            .filter_map(|id| self.model.prefs.exercise(id))
            .map(|e| e.display_name())
            .collect();
        let Some((last, first)) = names.split_last() else {
            return;
        };
        let who = match first {
            [] => last.clone(),
            _ => crate::t!("list-and", first = first.join(", "), last = last),
        };
        let text = PromptText {
            summary: crate::t!("morning-question", names = who),
            body: crate::t!("morning-body", routine = Routine::Morning.label()),
            snooze_minutes: self.model.prefs.snooze_minutes,
            sound: false,
            guided: false,
            style: Style::Morning(exercises),
        };
        match self.notifier.show(&morning_key(), None, &text) {
            Ok(()) => log(&format!("asked: {}", text.summary)),
            Err(err) => log(&format!("cannot ask about the morning: {err}")),
        }
    }
}
