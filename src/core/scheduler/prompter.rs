//! Which prompts are on screen, and what to do as the plan changes.
//!
//! The planner says what is due; this keeps track of what the user has been
//! shown and turns the difference into effects for the edges: show (or
//! replace) a prompt, close one that was answered elsewhere, and record a
//! prompt as missed when it lapsed unanswered. One prompt per exercise at a
//! time. A prompt that could not be delivered stays pending and is retried.
//! While the user is in a meeting (do-not-disturb, a fullscreen window),
//! new prompts are held: pending but not shown, then shown once, when it
//! ends, if they are still due.
//!
//! Each prompt also gets a [`Treatment`] from the moment it falls due in
//! (`core::moment::fits`): an ordinary prompt, a quiet suggestion, a walk
//! offered in a call, or held by the situation (a standing exercise in a
//! meeting) and shown once, as an ordinary prompt, when the situation lets
//! it ([`Prompter::release`]).

use std::collections::BTreeMap;

use chrono::{DateTime, TimeZone, Utc};

use crate::core::exercise::ExerciseId;
use crate::core::history::History;
use crate::core::moment::Treatment;
use crate::core::planner::Due;

/// A prompt the user has been (or is to be) shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pending {
    pub rule: usize,
    /// When it became due.
    pub since: DateTime<Utc>,
    /// Whether a notification server took it.
    pub delivered: bool,
    /// When a server first took it: the second reminder counts from here.
    pub shown_at: Option<DateTime<Utc>>,
    /// Whether its one gentle reminder has been shown.
    pub reminded: bool,
    /// Held because it does not fit the situation (standing in a meeting);
    /// shown once when it does.
    pub held: bool,
    /// How it is (to be) shown.
    pub treatment: Treatment,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Show a prompt; replaces any earlier prompt of the exercise.
    /// `reminder`: the one gentle reminder of a prompt left unanswered.
    Show {
        exercise: ExerciseId,
        rule: usize,
        reminder: bool,
    },
    /// Take a prompt off the screen.
    Close { exercise: ExerciseId },
    /// It lapsed without an answer: write that into the history.
    RecordMissed {
        exercise: ExerciseId,
        at: DateTime<Utc>,
    },
}

#[derive(Clone, Debug, Default)]
pub struct Prompter {
    pending: BTreeMap<ExerciseId, Pending>,
    quiet: bool,
}

impl Prompter {
    pub fn pending(&self) -> &BTreeMap<ExerciseId, Pending> {
        &self.pending
    }

    /// Brings the prompts in line with what is due now. `paused`: prompts
    /// that go away because of a pause are closed, not counted as missed.
    pub fn update<Tz: TimeZone>(
        &mut self,
        due: &[Due<Tz>],
        history: &History,
        paused: bool,
        now: DateTime<Utc>,
    ) -> Vec<Effect> {
        self.update_in(due, history, paused, now, &|_| Treatment::Show)
    }

    /// [`Prompter::update`], with what each exercise's prompt becomes in
    /// the situation now (`treat`).
    pub fn update_in<Tz: TimeZone>(
        &mut self,
        due: &[Due<Tz>],
        history: &History,
        paused: bool,
        now: DateTime<Utc>,
        treat: &dyn Fn(&ExerciseId) -> Treatment,
    ) -> Vec<Effect> {
        let mut effects = Vec::new();
        let gone: Vec<ExerciseId> = self
            .pending
            .keys()
            .filter(|id| !due.iter().any(|d| &d.exercise == *id))
            .cloned()
            .collect();
        for id in gone {
            let p = self.pending.remove(&id).expect("listed above");
            let answered = history
                .of(&id)
                .next_back()
                .is_some_and(|s| s.at.with_timezone(&Utc) >= p.since);
            if !answered && !paused {
                effects.push(Effect::RecordMissed {
                    exercise: id.clone(),
                    at: now,
                });
            }
            if p.delivered || !answered {
                effects.push(Effect::Close { exercise: id });
            }
        }
        for d in due {
            let since = d.since.with_timezone(&Utc);
            if self.is_new(d) {
                let replaced = self.pending.get(&d.exercise).is_some_and(|p| p.delivered);
                let treatment = treat(&d.exercise);
                let held = treatment == Treatment::Hold;
                self.pending.insert(
                    d.exercise.clone(),
                    Pending {
                        rule: d.rule,
                        since,
                        delivered: false,
                        shown_at: None,
                        reminded: false,
                        held,
                        treatment: if held { Treatment::Show } else { treatment },
                    },
                );
                if !self.quiet && !held {
                    effects.push(Effect::Show {
                        exercise: d.exercise.clone(),
                        rule: d.rule,
                        reminder: false,
                    });
                } else if replaced {
                    // An older prompt of it is on screen; the held one
                    // replaces it later, so it must not linger meanwhile.
                    effects.push(Effect::Close {
                        exercise: d.exercise.clone(),
                    });
                }
            }
        }
        effects
    }

    /// Whether something due now is not yet a prompt: the moment to ask
    /// whether it may be shown.
    pub fn has_new<Tz: TimeZone>(&self, due: &[Due<Tz>]) -> bool {
        due.iter().any(|d| self.is_new(d))
    }

    fn is_new<Tz: TimeZone>(&self, d: &Due<Tz>) -> bool {
        let since = d.since.with_timezone(&Utc);
        self.pending
            .get(&d.exercise)
            .is_none_or(|p| p.since != since)
    }

    /// Whether prompts are being held (do-not-disturb, fullscreen).
    pub fn is_quiet(&self) -> bool {
        self.quiet
    }

    /// Starts or ends holding prompts. At the end, the held ones that are
    /// still due are shown, once each.
    pub fn set_quiet(&mut self, quiet: bool) -> Vec<Effect> {
        let ended = self.quiet && !quiet;
        self.quiet = quiet;
        if ended { self.retry() } else { Vec::new() }
    }

    /// Prompts held or not yet taken by a notification server.
    pub fn held(&self) -> usize {
        self.pending.values().filter(|p| !p.delivered).count()
    }

    /// Whether a prompt waits for the situation to let it out.
    pub fn has_held(&self) -> bool {
        self.pending.values().any(|p| p.held)
    }

    /// Shows, once, as ordinary prompts, the ones held by the situation
    /// that it now lets out (`treat`); none while prompts are held anyway.
    pub fn release(&mut self, treat: &dyn Fn(&ExerciseId) -> Treatment) -> Vec<Effect> {
        if self.quiet {
            return Vec::new();
        }
        let mut effects = Vec::new();
        for (exercise, p) in self.pending.iter_mut() {
            if p.held && treat(exercise) != Treatment::Hold {
                p.held = false;
                p.treatment = Treatment::Show;
                effects.push(Effect::Show {
                    exercise: exercise.clone(),
                    rule: p.rule,
                    reminder: false,
                });
            }
        }
        effects
    }

    /// Shows again what no notification server took, unless prompts are
    /// being held.
    pub fn retry(&self) -> Vec<Effect> {
        if self.quiet {
            return Vec::new();
        }
        self.undelivered()
            .filter(|(_, p)| !p.held)
            .map(|(exercise, p)| Effect::Show {
                exercise: exercise.clone(),
                rule: p.rule,
                reminder: false,
            })
            .collect()
    }

    /// The notifier's answer to a `Show` at `now`.
    pub fn delivered(&mut self, exercise: &ExerciseId, ok: bool) {
        if let Some(p) = self.pending.get_mut(exercise) {
            p.delivered = ok;
        }
    }

    /// Notes when a server first took a prompt.
    pub fn shown(&mut self, exercise: &ExerciseId, now: DateTime<Utc>) {
        if let Some(p) = self.pending.get_mut(exercise) {
            p.delivered = true;
            p.shown_at.get_or_insert(now);
        }
    }

    /// The one gentle reminder of each prompt on screen and unanswered for
    /// `after` (none while prompts are held): shown once, never again, so
    /// a day of ignored prompts is never a burst.
    pub fn remind(&mut self, now: DateTime<Utc>, after: Option<chrono::Duration>) -> Vec<Effect> {
        let Some(after) = after.filter(|_| !self.quiet) else {
            return Vec::new();
        };
        let mut effects = Vec::new();
        for (exercise, p) in self.pending.iter_mut() {
            let due = p.shown_at.is_some_and(|t| now >= t + after);
            // A quiet suggestion is never repeated: it was a suggestion.
            if p.delivered && !p.reminded && due && p.treatment == Treatment::Show {
                p.reminded = true;
                effects.push(Effect::Show {
                    exercise: exercise.clone(),
                    rule: p.rule,
                    reminder: true,
                });
            }
        }
        effects
    }

    /// When the next reminder is due, if one is waiting.
    pub fn next_reminder(&self, after: Option<chrono::Duration>) -> Option<DateTime<Utc>> {
        let after = after.filter(|_| !self.quiet)?;
        self.pending
            .values()
            .filter(|p| p.delivered && !p.reminded && p.treatment == Treatment::Show)
            .filter_map(|p| p.shown_at.map(|t| t + after))
            .min()
    }

    /// Prompts that still need a notification, for a retry.
    pub fn undelivered(&self) -> impl Iterator<Item = (&ExerciseId, &Pending)> {
        self.pending.iter().filter(|(_, p)| !p.delivered)
    }

    /// Forget a prompt without effects (it was answered and closed).
    pub fn forget(&mut self, exercise: &ExerciseId) -> Option<Pending> {
        self.pending.remove(exercise)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::history::{Outcome, Session};

    fn t(minute: i64) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-23T10:00:00Z")
            .unwrap()
            .to_utc()
            + chrono::Duration::minutes(minute)
    }

    fn due(ex: &str, since: i64) -> Due<Utc> {
        Due {
            exercise: ex.parse().unwrap(),
            rule: 0,
            since: t(since),
        }
    }

    fn id(s: &str) -> ExerciseId {
        s.parse().unwrap()
    }

    #[test]
    fn a_due_prompt_is_shown_once() {
        let mut p = Prompter::default();
        let h = History::default();
        let e = p.update(&[due("calf-raises", 0)], &h, false, t(0));
        assert_eq!(
            e,
            vec![Effect::Show {
                exercise: id("calf-raises"),
                rule: 0,
                reminder: false
            }]
        );
        p.delivered(&id("calf-raises"), true);
        assert!(
            p.update(&[due("calf-raises", 0)], &h, false, t(5))
                .is_empty()
        );
    }

    #[test]
    fn a_newer_slot_replaces_the_prompt_instead_of_stacking() {
        let mut p = Prompter::default();
        let h = History::default();
        p.update(&[due("ankle-rotations", 0)], &h, false, t(0));
        let e = p.update(&[due("ankle-rotations", 60)], &h, false, t(60));
        assert_eq!(
            e,
            vec![Effect::Show {
                exercise: id("ankle-rotations"),
                rule: 0,
                reminder: false
            }]
        );
        assert_eq!(p.pending().len(), 1);
    }

    #[test]
    fn answered_elsewhere_closes_and_lapsed_is_missed() {
        let mut p = Prompter::default();
        let mut h = History::default();
        p.update(&[due("calf-raises", 0), due("legs-up", 0)], &h, false, t(0));
        p.delivered(&id("calf-raises"), true);
        p.delivered(&id("legs-up"), true);
        h.push(Session::new(
            t(3).fixed_offset(),
            id("calf-raises"),
            Outcome::Done,
        ));
        // Calf raises answered; legs-up's window closed unanswered.
        let e = p.update::<Utc>(&[], &h, false, t(90));
        assert_eq!(
            e,
            vec![
                Effect::Close {
                    exercise: id("calf-raises")
                },
                Effect::RecordMissed {
                    exercise: id("legs-up"),
                    at: t(90)
                },
                Effect::Close {
                    exercise: id("legs-up")
                },
            ]
        );
        assert!(p.pending().is_empty());
    }

    #[test]
    fn a_pause_closes_prompts_without_counting_them_missed() {
        let mut p = Prompter::default();
        let h = History::default();
        p.update(&[due("calf-raises", 0)], &h, false, t(0));
        let e = p.update::<Utc>(&[], &h, true, t(1));
        assert_eq!(
            e,
            vec![Effect::Close {
                exercise: id("calf-raises")
            }]
        );
    }

    #[test]
    fn prompts_due_in_a_meeting_are_held_and_shown_once_after_it() {
        let mut p = Prompter::default();
        let h = History::default();
        assert!(p.set_quiet(true).is_empty());
        assert!(
            p.update(&[due("calf-raises", 0)], &h, false, t(0))
                .is_empty()
        );
        assert!(
            p.update(&[due("calf-raises", 0)], &h, false, t(5))
                .is_empty()
        );
        assert!(p.retry().is_empty(), "no retry while held");
        assert_eq!(p.held(), 1);
        let shown = p.set_quiet(false);
        assert_eq!(
            shown,
            vec![Effect::Show {
                exercise: id("calf-raises"),
                rule: 0,
                reminder: false
            }]
        );
        p.delivered(&id("calf-raises"), true);
        assert!(p.set_quiet(false).is_empty(), "once");
        assert!(
            p.update(&[due("calf-raises", 0)], &h, false, t(20))
                .is_empty()
        );
    }

    #[test]
    fn a_prompt_that_lapses_in_a_meeting_is_not_shown_afterwards() {
        let mut p = Prompter::default();
        let h = History::default();
        p.set_quiet(true);
        p.update(&[due("legs-up", 0)], &h, false, t(0));
        // Its window closed during the meeting.
        let e = p.update::<Utc>(&[], &h, false, t(90));
        assert!(matches!(e[0], Effect::RecordMissed { .. }));
        assert!(p.set_quiet(false).is_empty());
    }

    #[test]
    fn a_newer_slot_in_a_meeting_takes_the_older_prompt_off_screen() {
        let mut p = Prompter::default();
        let h = History::default();
        p.update(&[due("ankle-rotations", 0)], &h, false, t(0));
        p.delivered(&id("ankle-rotations"), true);
        p.set_quiet(true);
        let e = p.update(&[due("ankle-rotations", 60)], &h, false, t(60));
        assert_eq!(
            e,
            vec![Effect::Close {
                exercise: id("ankle-rotations")
            }]
        );
        assert_eq!(p.set_quiet(false).len(), 1);
    }

    #[test]
    fn a_standing_prompt_due_in_a_meeting_is_held_and_shown_once_after_it() {
        use crate::core::moment::{MeetingPolicy, Place, Situation, fits};
        let mut p = Prompter::default();
        let h = History::default();
        let place = |e: &ExerciseId| match e.as_str() {
            "ankle-rotations" => Place::Seated,
            _ => Place::Standing,
        };
        let in_meeting = |e: &ExerciseId| fits(place(e), Situation::Meeting, MeetingPolicy::Quiet);
        let at_desk = |e: &ExerciseId| fits(place(e), Situation::Desk, MeetingPolicy::Quiet);
        let due_now = [due("ankle-rotations", 0), due("calf-raises", 0)];
        let e = p.update_in(&due_now, &h, false, t(0), &in_meeting);
        // The seated one comes at once, quietly; the standing one waits.
        assert_eq!(
            e,
            vec![Effect::Show {
                exercise: id("ankle-rotations"),
                rule: 0,
                reminder: false
            }]
        );
        assert_eq!(
            p.pending()[&id("ankle-rotations")].treatment,
            Treatment::Quiet(Situation::Meeting)
        );
        p.shown(&id("ankle-rotations"), t(0));
        assert!(p.has_held());
        assert!(p.retry().is_empty(), "a retry does not let it out");
        assert!(p.release(&in_meeting).is_empty(), "still in the meeting");
        assert!(
            p.remind(t(30), Some(chrono::Duration::minutes(15)))
                .is_empty(),
            "a quiet suggestion is not repeated"
        );
        // The meeting ends: the held one comes, once, as an ordinary prompt.
        let e = p.release(&at_desk);
        assert_eq!(
            e,
            vec![Effect::Show {
                exercise: id("calf-raises"),
                rule: 0,
                reminder: false
            }]
        );
        assert_eq!(p.pending()[&id("calf-raises")].treatment, Treatment::Show);
        p.shown(&id("calf-raises"), t(40));
        assert!(p.release(&at_desk).is_empty(), "once");
        assert!(p.update_in(&due_now, &h, false, t(41), &at_desk).is_empty());
    }

    proptest::proptest! {
        /// Whatever the meetings come and go, a standing exercise is never
        /// shown in a meeting, every prompt is shown at most once, and one
        /// held by a meeting is shown once it ends (if still due).
        #[test]
        fn held_prompts_come_once_after_and_nothing_standing_in_a_meeting(
            meetings in proptest::collection::vec(proptest::bool::ANY, 1..40),
            policy in proptest::sample::select(crate::core::moment::MeetingPolicy::ALL.to_vec()),
        ) {
            use crate::core::moment::{MeetingPolicy, Place, Situation, fits};
            let place = |e: &ExerciseId| match e.as_str() {
                "ankle-rotations" => Place::Seated,
                _ => Place::Standing,
            };
            let mut p = Prompter::default();
            let h = History::default();
            // Both due from the start, a new slot of each every 10 steps.
            let mut shown: Vec<(String, i64, bool)> = Vec::new();
            let mut last_meeting = false;
            for (step, meeting) in meetings.iter().enumerate() {
                let step = step as i64;
                let slot = step / 10 * 10;
                let due_now = [due("ankle-rotations", slot), due("calf-raises", slot)];
                let situation = if *meeting { Situation::Meeting } else { Situation::Desk };
                let treat = |e: &ExerciseId| fits(place(e), situation, policy);
                let mut effects = p.update_in(&due_now, &h, false, t(step), &treat);
                effects.extend(p.release(&treat));
                for e in effects {
                    if let Effect::Show { exercise, .. } = e {
                        let standing = place(&exercise) == Place::Standing;
                        proptest::prop_assert!(
                            !(*meeting && standing && policy != MeetingPolicy::Off),
                            "{exercise} shown in a meeting at step {step}"
                        );
                        shown.push((exercise.to_string(), slot, *meeting));
                        p.shown(&exercise, t(step));
                    }
                }
                last_meeting = *meeting;
            }
            // Each slot of each exercise at most once.
            let mut seen = std::collections::HashSet::new();
            for (e, slot, _) in &shown {
                proptest::prop_assert!(seen.insert((e.clone(), *slot)), "{e} {slot} twice");
            }
            // Ending at the desk, nothing is still held.
            if !last_meeting {
                proptest::prop_assert!(!p.has_held());
                proptest::prop_assert_eq!(p.undelivered().count(), 0);
            }
        }
    }

    #[test]
    fn undelivered_prompts_stay_pending_for_a_retry() {
        let mut p = Prompter::default();
        p.update(&[due("calf-raises", 0)], &History::default(), false, t(0));
        p.delivered(&id("calf-raises"), false);
        assert_eq!(p.undelivered().count(), 1);
    }
}
