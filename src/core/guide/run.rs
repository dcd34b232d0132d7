//! A guided session being done: where it is in its plan, paused or not,
//! and what has been done so far.
//!
//! Time comes in as an argument at every call, so a session can be run on
//! a fake clock in tests and on the wall clock by the daemon; a late wake
//! (a busy machine, a suspended laptop) lands in the right step at once,
//! with one cue for where the session is now rather than a burst of the
//! ones missed. What is recorded at the end is what was really done: the
//! sets completed, the minutes walked.

use chrono::{DateTime, FixedOffset, Utc};

use super::plan::{Part, Plan, Step};
use crate::core::exercise::Dose;
use crate::core::history::Via;

/// Work shorter than this, stopped, records nothing: a session started by
/// mistake is not a session done.
pub const FIRST_SECONDS: u64 = 10;

/// A session in progress (or just ended).
#[derive(Clone, Debug, PartialEq)]
pub struct Guided {
    pub plan: Plan,
    /// The prompt this session answers (when its exercise fell due), if it
    /// was started from one: settled when the session records.
    pub prompt: Option<DateTime<FixedOffset>>,
    /// Where it was started: recorded with the session.
    pub via: Via,
    /// The situation it was started in (a walk during a call): recorded
    /// with the session, whenever it ends.
    pub situation: crate::core::moment::Situation,
    pub started: DateTime<Utc>,
    /// The current step; `plan.steps.len()` once ended.
    step: usize,
    /// Milliseconds of the current step done before `since`.
    banked_ms: u64,
    /// Running since then; `None` while paused.
    since: Option<DateTime<Utc>>,
    /// Milliseconds done of each step that has ended (all of a step that
    /// ran out, part of one skipped or stopped).
    done_ms: Vec<u64>,
    /// The latest time seen: a clock set back before it is taken as no
    /// time passing, never as time taken off.
    latest: DateTime<Utc>,
}

/// Something to tell the user: a new step has begun, or the session ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    pub title: String,
    pub detail: String,
    pub part: Option<Part>,
}

/// What moving the session on did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Advance {
    /// Where the session is now, when that changed (one cue, however many
    /// steps were passed).
    pub cue: Option<Cue>,
    /// The last step has ended: record the result and let the session go.
    pub ended: bool,
}

/// What a session amounted to, to record as a Done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Achieved {
    /// A dose such as "2 sets of 15".
    Dose(Dose),
    /// Minutes of a walk or a ride.
    Minutes(u32),
}

/// A snapshot of a session for the window, the tray and `status`.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    /// Index of the current step (0-based) and how many there are.
    pub step: usize,
    pub steps: usize,
    pub current: Option<Step>,
    /// Milliseconds into the current step.
    pub elapsed_ms: u64,
    /// Circles or reps done in the current step.
    pub counted: Option<u32>,
    /// Sets done and of how many, for sets of reps.
    pub sets: Option<(u32, u32)>,
    pub next: Option<String>,
    pub paused: bool,
    /// Milliseconds of the whole session so far (pauses left out).
    pub total_elapsed_ms: u64,
}

impl Guided {
    /// Starts `plan` at `now`; the cue is its first step.
    pub fn start(
        plan: Plan,
        now: DateTime<Utc>,
        prompt: Option<DateTime<FixedOffset>>,
        via: Via,
    ) -> (Guided, Cue) {
        let guided = Guided {
            done_ms: Vec::with_capacity(plan.steps.len()),
            plan,
            prompt,
            via,
            situation: crate::core::moment::Situation::Desk,
            started: now,
            step: 0,
            banked_ms: 0,
            since: Some(now),
            latest: now,
        };
        let cue = guided.cue();
        (guided, cue)
    }

    pub fn is_paused(&self) -> bool {
        self.since.is_none()
    }

    pub fn has_ended(&self) -> bool {
        self.step >= self.plan.steps.len()
    }

    /// The index of the current step; the number of steps once ended.
    pub fn step(&self) -> usize {
        self.step
    }

    pub fn current(&self) -> Option<&Step> {
        self.plan.steps.get(self.step)
    }

    /// Milliseconds into the current step at `now`. A clock set back never
    /// takes time off.
    pub fn elapsed_ms(&self, now: DateTime<Utc>) -> u64 {
        let now = now.max(self.latest);
        let running = self
            .since
            .map(|s| (now - s).num_milliseconds().max(0) as u64)
            .unwrap_or(0);
        self.banked_ms + running
    }

    /// Takes in the time: a clock set back moves the running step's start
    /// back with it, so the time already done stays done.
    fn observe(&mut self, now: DateTime<Utc>) {
        if now < self.latest
            && let Some(since) = self.since
        {
            self.since = Some(since - (self.latest - now));
        }
        self.latest = now;
    }

    /// Moves on through every step that has run out by `now`.
    pub fn advance(&mut self, now: DateTime<Utc>) -> Advance {
        self.observe(now);
        let before = self.step;
        while let Some(length) = self.current().and_then(|s| s.seconds) {
            let length_ms = u64::from(length) * 1000;
            let elapsed = self.elapsed_ms(now);
            if elapsed < length_ms {
                break;
            }
            self.done_ms.push(length_ms);
            self.step += 1;
            self.banked_ms = elapsed - length_ms;
            if self.since.is_some() {
                self.since = Some(now);
            }
        }
        self.moved_from(before)
    }

    pub fn pause(&mut self, now: DateTime<Utc>) {
        self.observe(now);
        if self.since.is_some() {
            self.banked_ms = self.elapsed_ms(now);
            self.since = None;
        }
    }

    pub fn resume(&mut self, now: DateTime<Utc>) {
        self.observe(now);
        if self.since.is_none() && !self.has_ended() {
            self.since = Some(now);
        }
    }

    /// Ends the current step where it is and goes on to the next.
    pub fn skip_step(&mut self, now: DateTime<Utc>) -> Advance {
        self.observe(now);
        let before = self.step;
        if !self.has_ended() {
            self.done_ms.push(self.elapsed_ms(now));
            self.step += 1;
            self.banked_ms = 0;
            if self.since.is_some() {
                self.since = Some(now);
            }
        }
        self.moved_from(before)
    }

    /// Ends the session where it is.
    pub fn stop(&mut self, now: DateTime<Utc>) {
        self.observe(now);
        if !self.has_ended() {
            self.done_ms.push(self.elapsed_ms(now));
            self.step = self.plan.steps.len();
            self.banked_ms = 0;
            self.since = None;
        }
    }

    /// When the current step runs out, if it is timed and running: the
    /// daemon wakes then to cue the next.
    pub fn next_change(&self) -> Option<DateTime<Utc>> {
        let since = self.since?;
        let length_ms = u64::from(self.current()?.seconds?) * 1000;
        let left = length_ms.saturating_sub(self.banked_ms);
        Some(since + chrono::Duration::milliseconds(left as i64))
    }

    /// Milliseconds of work done (the steps that count toward the dose),
    /// up to `now`.
    pub fn work_ms(&self, now: DateTime<Utc>) -> u64 {
        self.each_step_ms(now)
            .filter(|(step, _)| step.part == Part::Work)
            .map(|(_, ms)| ms)
            .sum()
    }

    /// Each step reached so far with the milliseconds done of it.
    fn each_step_ms(&self, now: DateTime<Utc>) -> impl Iterator<Item = (&Step, u64)> {
        let current = self.current().map(|s| (s, self.elapsed_ms(now)));
        self.plan
            .steps
            .iter()
            .zip(self.done_ms.iter().copied())
            .chain(current)
    }

    /// What the session amounts to at `now` (at its end, what to record):
    /// `None` when too little was done to count.
    pub fn result(&self, now: DateTime<Utc>) -> Option<Achieved> {
        let work_ms = self.work_ms(now);
        if work_ms < FIRST_SECONDS * 1000 {
            return None;
        }
        if self.plan.records_minutes {
            // To the nearest minute: 22 min 40 s of walking is 23.
            let minutes = ((work_ms + 30_000) / 60_000).max(1) as u32;
            return Some(Achieved::Minutes(minutes));
        }
        let counted = || {
            self.each_step_ms(now)
                .filter(|(s, _)| s.part == Part::Work)
                .filter_map(|(s, ms)| s.count.map(|c| (c.done_after(ms), c.total)))
        };
        let dose = match self.plan.dose {
            Dose::CirclesEachWay(_) => {
                // Four directions make one "each way" round.
                let circles: u32 = counted().map(|(done, _)| done).sum();
                Dose::CirclesEachWay(circles / 4)
            }
            Dose::SetsOfReps { reps, .. } => {
                let full = counted().filter(|(done, total)| done >= total).count() as u32;
                let most = counted().map(|(done, _)| done).max().unwrap_or(0);
                match full {
                    0 => Dose::SetsOfReps {
                        sets: 1,
                        reps: most,
                    },
                    sets => Dose::SetsOfReps { sets, reps },
                }
            }
            // Both legs make one "each leg".
            Dose::SecondsEachLeg(_) => Dose::SecondsEachLeg((work_ms / 2000) as u32),
            Dose::Minutes(_) => Dose::Minutes(((work_ms + 30_000) / 60_000) as u32),
        };
        let nothing = match dose {
            Dose::SetsOfReps { sets, reps } => sets == 0 || reps == 0,
            Dose::CirclesEachWay(n) | Dose::SecondsEachLeg(n) | Dose::Minutes(n) => n == 0,
        };
        (!nothing).then_some(Achieved::Dose(dose))
    }

    /// Where the session is at `now`, for display.
    pub fn progress(&self, now: DateTime<Utc>) -> Progress {
        let elapsed_ms = if self.has_ended() {
            0
        } else {
            self.elapsed_ms(now)
        };
        let current = self.current().cloned();
        let counted = current
            .as_ref()
            .and_then(|s| s.count)
            .map(|c| c.done_after(elapsed_ms));
        let sets = match self.plan.dose {
            Dose::SetsOfReps { sets, .. } => {
                let done = self
                    .plan
                    .steps
                    .iter()
                    .take(self.step)
                    .filter(|s| s.part == Part::Work)
                    .count() as u32;
                Some((done, sets))
            }
            _ => None,
        };
        Progress {
            step: self.step,
            steps: self.plan.steps.len(),
            current,
            elapsed_ms,
            counted,
            sets,
            next: self.plan.steps.get(self.step + 1).map(|s| s.title.clone()),
            paused: self.is_paused(),
            total_elapsed_ms: self.done_ms.iter().sum::<u64>() + elapsed_ms,
        }
    }

    fn moved_from(&self, before: usize) -> Advance {
        if self.step == before {
            return Advance::default();
        }
        Advance {
            cue: Some(self.cue()),
            ended: self.has_ended(),
        }
    }

    /// Where the session is: the current step, or its end.
    pub fn cue(&self) -> Cue {
        match self.current() {
            Some(step) => Cue {
                title: step.title.clone(),
                detail: step.detail.clone(),
                part: Some(step.part),
            },
            None => Cue {
                title: crate::t!("guide-done"),
                detail: crate::t!("guide-well-done", name = &self.plan.name),
                part: None,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::exercise::builtin_exercises;
    use chrono::{Duration, TimeZone};

    fn start(id: &str) -> (Guided, DateTime<Utc>) {
        let e = builtin_exercises()
            .into_iter()
            .find(|e| e.id.as_str() == id)
            .expect("built-in");
        let t0 = Utc.with_ymd_and_hms(2026, 12, 3, 10, 30, 0).unwrap();
        (Guided::start(Plan::of(&e), t0, None, Via::Window).0, t0)
    }

    fn secs(s: i64) -> Duration {
        Duration::seconds(s)
    }

    #[test]
    fn a_session_left_alone_runs_to_the_end_and_records_the_full_dose() {
        let (mut g, t0) = start("calf-raises");
        let end = t0 + secs(3 * 45 + 2 * 30);
        assert_eq!(g.next_change(), Some(t0 + secs(45)));
        let step = g.advance(t0 + secs(45));
        assert_eq!(step.cue.map(|c| c.title), Some("Rest".into()));
        assert!(!step.ended);
        assert!(g.advance(end - secs(1)).cue.is_some());
        let last = g.advance(end);
        assert!(last.ended);
        assert_eq!(last.cue.map(|c| c.title), Some("Done".into()));
        assert_eq!(
            g.result(end),
            Some(Achieved::Dose(Dose::SetsOfReps { sets: 3, reps: 15 }))
        );
    }

    #[test]
    fn stopped_after_two_of_three_sets_records_two_sets() {
        let (mut g, t0) = start("calf-raises");
        // Two sets and a rest done, a few reps into the third.
        let now = t0 + secs(45 + 30 + 45 + 30 + 10);
        g.advance(now);
        g.stop(now);
        assert!(g.has_ended());
        assert_eq!(
            g.result(now),
            Some(Achieved::Dose(Dose::SetsOfReps { sets: 2, reps: 15 }))
        );
    }

    #[test]
    fn a_walk_stopped_at_22_minutes_records_22_and_a_pause_is_not_walking() {
        let (mut g, t0) = start("brisk-walk");
        g.advance(t0 + secs(10 * 60));
        g.pause(t0 + secs(10 * 60));
        // Ten minutes paused: nothing moves, nothing counts.
        assert_eq!(g.next_change(), None);
        assert_eq!(g.advance(t0 + secs(20 * 60)), Advance::default());
        g.resume(t0 + secs(20 * 60));
        let now = t0 + secs(32 * 60);
        g.advance(now);
        g.stop(now);
        assert_eq!(g.result(now), Some(Achieved::Minutes(22)));
    }

    #[test]
    fn stopped_in_its_first_seconds_records_nothing() {
        let (mut g, t0) = start("ankle-rotations");
        g.stop(t0 + secs(6));
        assert_eq!(g.result(t0 + secs(6)), None);
        let (mut g, t0) = start("soleus-stretch");
        g.skip_step(t0 + secs(3));
        g.skip_step(t0 + secs(4));
        g.stop(t0 + secs(9));
        assert_eq!(g.result(t0 + secs(9)), None, "3 s + 5 s of work");
    }

    #[test]
    fn a_late_wake_lands_in_the_right_step_with_one_cue() {
        let (mut g, t0) = start("ankle-rotations");
        // Slept through the right foot and the switch.
        let step = g.advance(t0 + secs(20 + 20 + 5 + 3));
        assert_eq!(
            step.cue.map(|c| c.title),
            Some("Left foot, clockwise".into())
        );
        assert_eq!(g.elapsed_ms(t0 + secs(48)), 3000);
        assert_eq!(g.progress(t0 + secs(48)).counted, Some(1));
        assert_eq!(g.next_change(), Some(t0 + secs(65)));
    }

    #[test]
    fn skipping_a_step_counts_what_was_done_of_it() {
        let (mut g, t0) = start("ankle-rotations");
        // Right foot: 10 + 10 circles; skip the switch; left: 4 circles.
        let now = t0 + secs(40);
        g.advance(now);
        g.skip_step(now);
        let now = now + secs(8);
        g.advance(now);
        g.stop(now);
        assert_eq!(g.result(now), Some(Achieved::Dose(Dose::CirclesEachWay(6))));
    }

    #[test]
    fn a_clock_set_back_takes_no_time_off_and_a_ride_is_timed_until_stopped() {
        let (mut g, t0) = start("cycling");
        assert_eq!(g.next_change(), None, "a stopwatch never runs out");
        assert_eq!(g.elapsed_ms(t0 - secs(60)), 0);
        let now = t0 + secs(45 * 60);
        assert_eq!(g.advance(now), Advance::default());
        g.stop(now);
        assert_eq!(g.result(now), Some(Achieved::Minutes(45)));
    }

    #[test]
    fn progress_says_the_set_the_count_and_what_comes_next() {
        let (mut g, t0) = start("calf-raises");
        let now = t0 + secs(45 + 30 + 7);
        g.advance(now);
        let p = g.progress(now);
        assert_eq!(p.step, 2);
        assert_eq!(p.current.map(|s| s.title), Some("Set 2 of 3".into()));
        assert_eq!(p.counted, Some(2), "7 s at 3 s a rep");
        assert_eq!(p.sets, Some((1, 3)));
        assert_eq!(p.next.as_deref(), Some("Rest"));
        assert_eq!(p.total_elapsed_ms, 82_000);
    }
}
