//! Turning idle-time samples into "sitting since" for the planner.
//!
//! The edge reports how long it has been since the last keyboard or mouse
//! input (or that nobody can tell), and when the machine slept. A gap of at
//! least the idle threshold is a natural break: the user was away, and the
//! sitting count starts again when input resumes. Without any idle source
//! the count runs on clock time, broken only by suspend.

use chrono::{DateTime, Duration, Utc};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SittingTracker {
    threshold: Duration,
    sitting_since: Option<DateTime<Utc>>,
    started: bool,
    /// The screen is locked: away, whatever the idle time says.
    locked: bool,
}

impl SittingTracker {
    pub fn new(threshold_minutes: u32) -> Self {
        SittingTracker {
            threshold: Duration::minutes(threshold_minutes as i64),
            sitting_since: None,
            started: false,
            locked: false,
        }
    }

    pub fn set_threshold(&mut self, threshold_minutes: u32) {
        self.threshold = Duration::minutes(threshold_minutes as i64);
    }

    pub fn threshold(&self) -> Duration {
        self.threshold
    }

    /// When the current stretch of sitting began; `None` while away.
    pub fn sitting_since(&self) -> Option<DateTime<Utc>> {
        self.sitting_since
    }

    /// A sample: `idle` is the time since the last input, `None` when no idle
    /// source is available. `still`: the user said they sit still (reading,
    /// in a call), so no input is not a break.
    pub fn observe(&mut self, now: DateTime<Utc>, idle: Option<Duration>, still: bool) {
        if self.locked {
            self.sitting_since = None;
            self.started = true;
            return;
        }
        if still {
            self.sitting_since.get_or_insert(now);
            self.started = true;
            return;
        }
        match idle {
            None => {
                if !self.started {
                    self.sitting_since = Some(now);
                }
                if self.sitting_since.is_none() {
                    // Back from a suspend with no idle source: sitting again.
                    self.sitting_since = Some(now);
                }
            }
            Some(idle) if idle >= self.threshold => self.sitting_since = None,
            Some(idle) => {
                let last_input = now - idle.max(Duration::zero());
                if self.sitting_since.is_none() {
                    self.sitting_since = Some(last_input);
                }
            }
        }
        self.started = true;
    }

    /// The screen locked (away from now) or unlocked (sitting again from
    /// now: unlocking takes input). Returns whether that changed anything.
    pub fn set_locked(&mut self, now: DateTime<Utc>, locked: bool) -> bool {
        if self.locked == locked {
            return false;
        }
        self.locked = locked;
        self.sitting_since = (!locked).then_some(now);
        self.started = true;
        true
    }

    /// The machine slept (or the clock jumped) from `from` to `to`: a long
    /// enough gap is time away, like any other break.
    pub fn slept(&mut self, from: DateTime<Utc>, to: DateTime<Utc>) {
        if to - from >= self.threshold {
            self.sitting_since = None;
        }
    }

    /// When a sample is next worth taking: the moment the current quiet spell
    /// would become a break (so a break is never missed between samples),
    /// and at most `max_gap` from now while away (to notice the return).
    pub fn next_sample(
        &self,
        now: DateTime<Utc>,
        idle: Option<Duration>,
        max_gap: Duration,
    ) -> DateTime<Utc> {
        match idle {
            None => now + max_gap,
            Some(_) if self.sitting_since.is_none() => now + max_gap,
            Some(idle) => now + (self.threshold - idle).clamp(Duration::seconds(5), max_gap),
        }
    }

    /// Where the desktop pushes idle changes ("idled" after `pushed_after`
    /// without input, "resumed" at input): the one sample worth a timer,
    /// when an idle spell it was told of reaches the threshold. Returns
    /// and input need none; `None` when nothing needs a timer.
    pub fn next_sample_pushed(
        &self,
        now: DateTime<Utc>,
        idle: Option<Duration>,
        pushed_after: Duration,
    ) -> Option<DateTime<Utc>> {
        let idle = idle?;
        if self.sitting_since.is_none() || idle < pushed_after {
            return None;
        }
        Some(now + (self.threshold - idle).max(Duration::seconds(5)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(minute: i64) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-23T09:00:00Z")
            .unwrap()
            .to_utc()
            + Duration::minutes(minute)
    }

    fn m(minutes: i64) -> Option<Duration> {
        Some(Duration::minutes(minutes))
    }

    #[test]
    fn input_starts_sitting_at_the_last_input() {
        let mut s = SittingTracker::new(5);
        s.observe(t(10), m(2), false);
        assert_eq!(s.sitting_since(), Some(t(8)));
        s.observe(t(11), m(0), false);
        assert_eq!(
            s.sitting_since(),
            Some(t(8)),
            "a short pause is still sitting"
        );
    }

    #[test]
    fn a_break_of_the_threshold_restarts_the_count() {
        let mut s = SittingTracker::new(5);
        s.observe(t(0), m(0), false);
        s.observe(t(30), m(6), false);
        assert_eq!(s.sitting_since(), None, "away");
        s.observe(t(40), m(1), false);
        assert_eq!(s.sitting_since(), Some(t(39)));
    }

    #[test]
    fn sitting_still_by_the_users_word_is_not_a_break() {
        let mut s = SittingTracker::new(5);
        s.observe(t(0), m(0), false);
        // Forty minutes of a call without touching the keyboard.
        s.observe(t(40), m(40), true);
        assert_eq!(s.sitting_since(), Some(t(0)));
        // The call over, still no input: now it is a break.
        s.observe(t(45), m(45), false);
        assert_eq!(s.sitting_since(), None);
    }

    #[test]
    fn a_locked_screen_is_away_from_the_moment_it_locks_until_it_unlocks() {
        let mut s = SittingTracker::new(5);
        s.observe(t(0), m(0), false);
        assert!(s.set_locked(t(20), true));
        assert_eq!(s.sitting_since(), None, "away at once, not after 5 min");
        // A nudged mouse (idle 0) while locked is not a return.
        s.observe(t(30), m(0), false);
        assert_eq!(s.sitting_since(), None);
        assert!(!s.set_locked(t(31), true), "said twice: nothing new");
        assert!(s.set_locked(t(50), false));
        assert_eq!(s.sitting_since(), Some(t(50)));
        s.observe(t(55), m(1), false);
        assert_eq!(s.sitting_since(), Some(t(50)));
    }

    #[test]
    fn samples_are_timed_so_no_break_slips_between_them() {
        let s = {
            let mut s = SittingTracker::new(5);
            s.observe(t(0), m(0), false);
            s
        };
        assert_eq!(s.next_sample(t(0), m(0), Duration::minutes(1)), t(1));
        let mut s = SittingTracker::new(5);
        s.observe(t(0), m(3), false);
        assert_eq!(s.next_sample(t(0), m(3), Duration::minutes(10)), t(2));
    }

    #[test]
    fn pushed_idle_needs_a_timer_only_once_an_idle_spell_was_pushed() {
        let mut s = SittingTracker::new(5);
        let pushed = Duration::minutes(1);
        s.observe(t(0), m(0), false);
        // Typing: the compositor says when input stops.
        assert_eq!(s.next_sample_pushed(t(0), m(0), pushed), None);
        // "Idled" a minute after the last input: the break begins at 5.
        s.observe(t(10), m(1), false);
        assert_eq!(s.next_sample_pushed(t(10), m(1), pushed), Some(t(14)));
        // Away: "resumed" comes with the next input.
        s.observe(t(14), m(5), false);
        assert_eq!(s.sitting_since(), None);
        assert_eq!(s.next_sample_pushed(t(14), m(5), pushed), None);
        assert_eq!(s.next_sample_pushed(t(14), None, pushed), None);
    }

    #[test]
    fn without_an_idle_source_the_count_runs_on_the_clock_until_a_sleep() {
        let mut s = SittingTracker::new(5);
        s.observe(t(0), None, false);
        s.observe(t(90), None, false);
        assert_eq!(s.sitting_since(), Some(t(0)));
        s.slept(t(90), t(90 + 8 * 60));
        assert_eq!(s.sitting_since(), None);
        s.observe(t(90 + 8 * 60), None, false);
        assert_eq!(s.sitting_since(), Some(t(90 + 8 * 60)));
        // A jump shorter than the threshold is not a break.
        s.slept(t(600), t(602));
        assert!(s.sitting_since().is_some());
    }
}
