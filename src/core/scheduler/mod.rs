//! The daemon's own decisions, with none of its I/O: when to sample idle
//! time, when to ask whether the user is in a meeting, which prompts to
//! show, close, retry or record as missed, what counts as a suspend, and
//! when to wake up next.
//!
//! The daemon feeds [`Input`]s in (a wake-up, an idle sample, a meeting
//! state, a notification server's answer, logind's sleep signal) together
//! with the moment and the user's data, and performs the [`Effect`]s that
//! come out. Some effects are questions ([`Effect::SampleIdle`],
//! [`Effect::AskAboutMeeting`]): their answers come back as inputs, and the
//! wake-up they interrupted carries on from there. So the whole loop can be
//! driven minute by minute under a fake clock (tests/scheduler_sim.rs).

pub mod prompter;
pub mod sitting;

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

use crate::core::exercise::ExerciseId;
use crate::core::history::History;
use crate::core::moment::{self, BusyMode, MeetingPolicy, Seen, Situation, Treatment};
use crate::core::planner::{self, Activity};
use crate::core::preferences::Preferences;
pub use prompter::{Pending, Prompter};
pub use sitting::SittingTracker;

/// The longest the daemon sleeps between wake-ups.
pub const MAX_SLEEP: Duration = Duration::seconds(60);
/// A wall-clock jump larger than this beyond the monotonic clock is a
/// suspend or a clock change.
pub const JUMP: Duration = Duration::seconds(30);
/// Retry delay for prompts that found no notification server.
pub const RETRY: Duration = Duration::seconds(30);
/// While prompts are held, how often to ask whether the meeting is over.
pub const QUIET_POLL: Duration = Duration::seconds(10);

/// How idle time reaches the daemon.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum IdleFeed {
    /// Asked for (X11, Mutter, ScreenSaver): sampled on a timer.
    #[default]
    Sampled,
    /// Pushed by the compositor (Wayland's idle protocols): "idled" after
    /// `after` without input, and "resumed" at the next input, so nothing
    /// needs sampling until a pushed idle spell nears the threshold.
    Pushed { after: Duration },
    /// Nobody can tell: nothing to sample.
    Unavailable,
}

/// What the edge tells the scheduler without being asked, which decides
/// the wake-ups it still needs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pushes {
    pub idle: IdleFeed,
    /// Clock changes (the kernel cancels a real-time timer when the clock
    /// is set) and suspends (logind's PrepareForSleep) are pushed: no
    /// minutely check for them.
    pub clock: bool,
}

/// A sample time that never comes: nothing needs sampling on a timer.
const NEVER: DateTime<Utc> = DateTime::<Utc>::MAX_UTC;

/// The daemon's two clocks at one moment. The wall clock says what time it
/// is; the monotonic reading (time since the daemon started) stops during
/// a suspend, so the two drifting apart shows a suspend or a clock change.
#[derive(Clone, Debug)]
pub struct Moment<Tz: TimeZone> {
    pub wall: DateTime<Tz>,
    pub monotonic: std::time::Duration,
}

/// The user's data the decisions are made from, as the daemon holds it.
#[derive(Clone, Copy)]
pub struct World<'a> {
    pub prefs: &'a Preferences,
    pub history: &'a History,
    pub paused_until: Option<DateTime<Utc>>,
    /// When the user first ran the app: nothing before it is prompted.
    pub first_run: Option<DateTime<Utc>>,
    /// Whether the user has chosen a schedule (answered the welcome, so
    /// that there are preferences); until then nothing is prompted at all.
    pub schedule_chosen: bool,
    /// The exercise of the guided session running now: its prompt is taken
    /// off the screen, and new prompts wait until the session ends.
    pub guiding: Option<&'a ExerciseId>,
    /// The user said they sit still until then (reading, in a call): no
    /// input is not a break, and prompts are treated as the situation says.
    pub busy_until: Option<DateTime<Utc>>,
    /// What the user said they are busy with until `busy_until`.
    pub busy: Option<BusyMode>,
    /// What the daemon last saw: a camera in use, a call app.
    pub seen: Seen,
    /// The day the morning question was last asked.
    pub anchors_asked: Option<NaiveDate>,
    /// Something says the person sits still (a camera in use, a call app
    /// keeping the screen awake): no input is not a break.
    pub sitting_still: bool,
}

/// Something the daemon observed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A wake-up of the loop: a timer ran out, or something happened.
    Wake,
    /// The answer to [`Effect::SampleIdle`]: time since the last keyboard
    /// or mouse input, `None` where nobody can tell.
    Idle(Option<Duration>),
    /// The answer to [`Effect::AskAboutMeeting`]: why prompts should be
    /// held (do-not-disturb, a fullscreen window), or `None`.
    Meeting(Option<String>),
    /// The notification server's answer to [`Effect::Show`].
    Shown {
        exercise: ExerciseId,
        result: Result<(), String>,
    },
    /// A notification server appeared or went away.
    ServerChanged { present: bool },
    /// logind: the machine is about to sleep (`going`), or has woken.
    Sleep { going: bool },
    /// The screen locked (away from that moment) or unlocked (back at the
    /// desk); `source` names who said so, for the log.
    Locked { locked: bool, source: &'static str },
    /// The user clicked a prompt's body: the window opens, and the prompt,
    /// which the server took off the screen with the click, is still due.
    Opened { exercise: ExerciseId },
    /// An answer given in a notification could not be written to the
    /// history: it must not vanish silently.
    AnswerNotSaved {
        exercise: ExerciseId,
        reason: String,
    },
}

/// Something the daemon is to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Measure idle time and answer with [`Input::Idle`].
    SampleIdle,
    /// Find out whether prompts should be held; answer with
    /// [`Input::Meeting`].
    AskAboutMeeting,
    /// Show a prompt (replacing any earlier one of the exercise), and
    /// answer with [`Input::Shown`]. `unsaved`: why the user's last answer
    /// to it could not be saved, to say on the prompt. `reminder`: the one
    /// gentle reminder of a prompt left unanswered (`remind_again_minutes`).
    Show {
        exercise: ExerciseId,
        rule: usize,
        unsaved: Option<String>,
        reminder: bool,
    },
    /// Take a prompt off the screen.
    Close { exercise: ExerciseId },
    /// It lapsed without an answer: write that into the history.
    RecordMissed {
        exercise: ExerciseId,
        at: DateTime<Utc>,
    },
    /// Offer to walk the call ("Walk during this call?", Start).
    OfferWalk { exercise: ExerciseId },
    /// The one gentle question of the day about the morning routine's
    /// unticked items (Done / No); the daemon notes the day it asked.
    AskAnchored { exercises: Vec<ExerciseId> },
    /// A line for the daemon's log.
    Log(String),
}

/// An answer from a notification that could not be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Unsaved {
    reason: String,
    at: DateTime<Utc>,
}

#[derive(Clone, Debug)]
pub struct Scheduler {
    prompter: Prompter,
    tracker: SittingTracker,
    next_sample: Option<DateTime<Utc>>,
    retry_at: Option<DateTime<Utc>>,
    /// Why prompts are held, as last asked.
    quiet_reason: Option<String>,
    quiet_check_at: Option<DateTime<Utc>>,
    /// Why the last prompt could not be shown.
    notify_error: Option<String>,
    next_due: Option<DateTime<Utc>>,
    asleep_since: Option<DateTime<Utc>>,
    /// The previous wake's wall clock and monotonic reading.
    last: Option<(DateTime<Utc>, std::time::Duration)>,
    unsaved: BTreeMap<ExerciseId, Unsaved>,
    /// No schedule chosen yet at the last wake: nothing is prompted.
    awaiting_schedule: bool,
    /// The guided session's exercise at the last wake.
    guiding: Option<ExerciseId>,
    /// How long a prompt waits unanswered before its one reminder.
    remind_after: Option<Duration>,
    /// Until when the user said they are busy: the situation changes then.
    busy_hold: Option<DateTime<Utc>>,
    /// The situation at the last wake.
    situation: Situation,
    /// A walk was offered in the call going on now.
    offered_walk: bool,
    /// Prompts are held by a situation that was seen, not said: its end
    /// is looked for now and then.
    watch_seen: bool,
    /// The day the morning question was asked, as this daemon knows it
    /// (even if saving it failed: never asked twice).
    asked_on: Option<NaiveDate>,
    /// What the edge pushes (idle changes, clock changes, suspends).
    pushes: Pushes,
}

impl Scheduler {
    pub fn new(prefs: &Preferences) -> Scheduler {
        Scheduler {
            prompter: Prompter::default(),
            tracker: SittingTracker::new(prefs.idle_threshold_minutes),
            next_sample: None,
            retry_at: None,
            quiet_reason: None,
            quiet_check_at: None,
            notify_error: None,
            next_due: None,
            asleep_since: None,
            last: None,
            unsaved: BTreeMap::new(),
            awaiting_schedule: false,
            guiding: None,
            remind_after: None,
            busy_hold: None,
            situation: Situation::Desk,
            offered_walk: false,
            watch_seen: false,
            asked_on: None,
            pushes: Pushes::default(),
        }
    }

    /// What the edge pushes from now on.
    pub fn set_pushes(&mut self, pushes: Pushes) {
        if pushes != self.pushes {
            self.pushes = pushes;
            // Timed afresh at the next wake.
            self.next_sample = None;
        }
    }

    /// Takes one observation; returns what to do about it.
    pub fn step<Tz: TimeZone>(
        &mut self,
        input: Input,
        now: &Moment<Tz>,
        world: World,
    ) -> Vec<Effect> {
        let utc = now.wall.with_timezone(&Utc);
        // Before any input: an idle sample is judged by the threshold in
        // force now (a `status` right after a reload feeds one directly).
        self.tracker
            .set_threshold(world.prefs.idle_threshold_minutes);
        match input {
            Input::Wake => self.wake(now, world, false),
            Input::Idle(idle) => {
                let still = world.busy_until.is_some_and(|b| b > utc) || world.sitting_still;
                self.tracker.observe(utc, idle, still);
                self.next_sample = Some(match self.pushes.idle {
                    // Sitting still by someone's word can end without any
                    // input, so that keeps being looked at.
                    _ if still => self.tracker.next_sample(utc, idle, MAX_SLEEP),
                    IdleFeed::Sampled => self.tracker.next_sample(utc, idle, MAX_SLEEP),
                    IdleFeed::Pushed { after } => self
                        .tracker
                        .next_sample_pushed(utc, idle, after)
                        .unwrap_or(NEVER),
                    IdleFeed::Unavailable => NEVER,
                });
                self.wake(now, world, false)
            }
            Input::Meeting(reason) => {
                let mut effects = Vec::new();
                match (&self.quiet_reason, &reason) {
                    (None, Some(r)) => effects.push(Effect::Log(format!("holding prompts: {r}"))),
                    (Some(_), None) => {
                        effects.push(Effect::Log("no longer holding prompts".into()))
                    }
                    _ => {}
                }
                // Asked for the situation too: do-not-disturb and fullscreen
                // hold prompts only if the user wants that.
                let reason = reason.filter(|_| world.prefs.quiet_during_meetings);
                if reason.is_some() {
                    self.prompter.set_quiet(true);
                }
                self.quiet_reason = reason;
                self.quiet_check_at = Some(utc + QUIET_POLL);
                effects.extend(self.wake(now, world, true));
                effects
            }
            Input::Shown { exercise, result } => self.shown(&exercise, result, utc),
            Input::ServerChanged { present } => {
                if present {
                    // Whether it works is known at the next Show.
                    self.notify_error = None;
                }
                for exercise in self.prompter.pending().keys().cloned().collect::<Vec<_>>() {
                    self.prompter.delivered(&exercise, false);
                }
                self.retry_at = Some(utc);
                vec![Effect::Log(
                    if present {
                        "a notification server appeared"
                    } else {
                        "the notification server went away"
                    }
                    .into(),
                )]
            }
            Input::Sleep { going: true } => {
                self.asleep_since = Some(utc);
                Vec::new()
            }
            Input::Sleep { going: false } => {
                let since = self
                    .asleep_since
                    .take()
                    .or(self.last.map(|(wall, _)| wall))
                    .unwrap_or(utc);
                self.tracker.slept(since, utc);
                self.next_sample = Some(utc);
                vec![Effect::Log(format!(
                    "woke after {} min",
                    (utc - since).num_minutes()
                ))]
            }
            Input::Locked { locked, source } => {
                if self.tracker.set_locked(utc, locked) {
                    let what = if locked { "locked" } else { "unlocked" };
                    vec![Effect::Log(format!("the screen {what} ({source})"))]
                } else {
                    Vec::new()
                }
            }
            Input::Opened { exercise } => self.show_again(&exercise),
            Input::AnswerNotSaved { exercise, reason } => {
                let mut effects = vec![Effect::Log(format!(
                    "the answer to {exercise} could not be saved ({reason}); showing the prompt again"
                ))];
                self.unsaved
                    .insert(exercise.clone(), Unsaved { reason, at: utc });
                effects.extend(self.show_again(&exercise));
                effects
            }
        }
    }

    /// Shows a pending prompt again (unless prompts are held).
    fn show_again(&mut self, exercise: &ExerciseId) -> Vec<Effect> {
        let Some(p) = self.prompter.pending().get(exercise).cloned() else {
            return Vec::new();
        };
        self.prompter.delivered(exercise, false);
        if self.prompter.is_quiet() {
            return Vec::new();
        }
        vec![Effect::Show {
            exercise: exercise.clone(),
            rule: p.rule,
            unsaved: self.unsaved.get(exercise).map(|u| u.reason.clone()),
            reminder: false,
        }]
    }

    /// The heart of the loop: notice a suspend, sample idle time when it is
    /// worth it, ask about a meeting before a new prompt goes out, then
    /// bring the prompts in line with the plan.
    fn wake<Tz: TimeZone>(
        &mut self,
        now: &Moment<Tz>,
        world: World,
        meeting_known: bool,
    ) -> Vec<Effect> {
        let utc = now.wall.with_timezone(&Utc);
        let mut effects = self.notice_jump(utc, now.monotonic);
        self.tracker
            .set_threshold(world.prefs.idle_threshold_minutes);
        if self.next_sample.is_none_or(|t| utc >= t) {
            effects.push(Effect::SampleIdle);
            return effects;
        }
        let activity = Activity {
            sitting_since: self.tracker.sitting_since(),
            paused_until: world.paused_until,
            first_run: world.first_run,
        };
        let plan = planner::plan(world.prefs, world.history, &activity, &now.wall);
        // Before a schedule is chosen, nothing is due as far as prompts go:
        // what is on screen is closed (not counted missed, as in a pause).
        self.awaiting_schedule = !world.schedule_chosen;
        let due = if self.awaiting_schedule {
            &[][..]
        } else {
            &plan.due[..]
        };
        self.next_due = plan
            .next_due()
            .filter(|_| !self.awaiting_schedule)
            .map(|n| n.at.with_timezone(&Utc));
        let said = world
            .busy
            .filter(|_| world.busy_until.is_some_and(|b| b > utc));
        self.situation = moment::situation(said, world.seen);
        // Held by what was seen (a camera, a call app): asked now and then
        // to see it end. What the user said ends at its time, or by word.
        self.watch_seen = said.is_none() && self.prompter.has_held();
        let policy = world.prefs.in_meetings;
        let aware = world.prefs.quiet_during_meetings || policy != MeetingPolicy::Off;
        if !aware {
            if self.quiet_reason.take().is_some() {
                effects.push(Effect::Log("no longer holding prompts".into()));
            }
        } else if !meeting_known
            && ((!self.prompter.is_quiet() && self.prompter.has_new(due))
                || ((self.prompter.is_quiet() || self.watch_seen)
                    && self.quiet_check_at.is_none_or(|t| utc >= t)))
        {
            // Asked before a new prompt goes out, so it is held rather
            // than shown (or shown as the situation wants); and while held,
            // now and then, to see it end.
            effects.push(Effect::AskAboutMeeting);
            return effects;
        }
        let paused = world.paused_until.is_some_and(|p| p > utc) || self.awaiting_schedule;
        effects.extend(self.follow_guided(world.guiding));
        // The user's word runs out then: a wake at that moment lets out
        // what it held.
        self.busy_hold = world.busy_until.filter(|b| *b > utc);
        let situation = self.situation;
        let treat = |e: &ExerciseId| {
            match world.prefs.exercise(e).map_or(Treatment::Show, |x| {
                moment::fits(x.place, situation, policy)
            }) {
                // No walks offered: it waits for the call to end.
                Treatment::OfferWalk if !world.prefs.walk_in_calls => Treatment::Hold,
                t => t,
            }
        };
        let mut prompts = self
            .prompter
            .update_in(due, world.history, paused, utc, &treat);
        // Released after the update, so only what is still due comes out.
        if self.quiet_reason.is_none() && self.guiding.is_none() {
            prompts.extend(self.prompter.set_quiet(false));
        }
        prompts.extend(self.prompter.release(&treat));
        if self.retry_at.is_some_and(|r| utc >= r) {
            self.retry_at = None;
            prompts.extend(self.prompter.retry());
        }
        self.remind_after = match world.prefs.remind_again_minutes {
            0 => None,
            m => Some(Duration::minutes(i64::from(m))),
        };
        prompts.extend(self.prompter.remind(utc, self.remind_after));
        self.forget_settled_unsaved(world.history);
        effects.extend(prompts.into_iter().map(|p| self.effect_of(p)));
        let open = !paused && !self.prompter.is_quiet();
        effects.extend(self.offer_walk(world, &now.wall, open, policy));
        effects.extend(self.ask_anchored(world, &now.wall, open));
        effects
    }

    /// At the start of a call, once: offer to walk it, if a walk is still
    /// to do today and none is on screen already.
    fn offer_walk<Tz: TimeZone>(
        &mut self,
        world: World,
        now: &DateTime<Tz>,
        open: bool,
        policy: MeetingPolicy,
    ) -> Vec<Effect> {
        if self.situation != Situation::Call {
            self.offered_walk = false;
            return Vec::new();
        }
        if self.offered_walk
            || !open
            || policy != MeetingPolicy::Quiet
            || !world.prefs.walk_in_calls
            || world.guiding.is_some()
        {
            return Vec::new();
        }
        let day_start = crate::core::localtime::at_minute(&now.timezone(), now.date_naive(), 0)
            .with_timezone(&Utc);
        let Some(walk) = moment::walk_to_offer(&world.prefs.exercises, world.history, day_start)
        else {
            return Vec::new();
        };
        self.offered_walk = true;
        if self.prompter.pending().contains_key(&walk.id) {
            // Its own prompt is (or will be) the offer.
            return Vec::new();
        }
        vec![Effect::OfferWalk {
            exercise: walk.id.clone(),
        }]
    }

    /// The morning question, once a day, at the first desk session.
    fn ask_anchored<Tz: TimeZone>(
        &mut self,
        world: World,
        now: &DateTime<Tz>,
        open: bool,
    ) -> Vec<Effect> {
        if !open {
            return Vec::new();
        }
        let asked = self.asked_on.max(world.anchors_asked);
        let Some(exercises) = moment::morning_question(
            &world.prefs.exercises,
            world.history,
            now,
            self.situation,
            self.tracker.sitting_since().is_some(),
            asked,
        ) else {
            return Vec::new();
        };
        self.asked_on = Some(now.date_naive());
        vec![Effect::AskAnchored { exercises }]
    }

    /// A guided session started: its own prompt leaves the screen (it is
    /// being done) and new prompts wait, so nothing interrupts a set. When
    /// it ends they come out, its own too if nothing was recorded.
    fn follow_guided(&mut self, guiding: Option<&ExerciseId>) -> Vec<Effect> {
        if self.guiding.as_ref() == guiding {
            return Vec::new();
        }
        self.guiding = guiding.cloned();
        let Some(exercise) = guiding else {
            return Vec::new();
        };
        self.prompter.set_quiet(true);
        match self.prompter.pending().get(exercise) {
            Some(p) if p.delivered => {
                self.prompter.delivered(exercise, false);
                vec![Effect::Close {
                    exercise: exercise.clone(),
                }]
            }
            _ => Vec::new(),
        }
    }

    fn effect_of(&self, prompt: prompter::Effect) -> Effect {
        match prompt {
            prompter::Effect::Show {
                exercise,
                rule,
                reminder,
            } => Effect::Show {
                unsaved: self.unsaved.get(&exercise).map(|u| u.reason.clone()),
                exercise,
                rule,
                reminder,
            },
            prompter::Effect::Close { exercise } => Effect::Close { exercise },
            prompter::Effect::RecordMissed { exercise, at } => {
                Effect::RecordMissed { exercise, at }
            }
        }
    }

    /// An unsaved answer stops mattering once a later one is on disk, or
    /// after a day.
    fn forget_settled_unsaved(&mut self, history: &History) {
        let now = self.last.map(|(wall, _)| wall);
        self.unsaved.retain(|exercise, u| {
            let answered = history
                .of(exercise)
                .next_back()
                .is_some_and(|s| s.at.with_timezone(&Utc) >= u.at);
            let old = now.is_some_and(|now| now - u.at > Duration::days(1));
            !answered && !old
        });
    }

    /// A suspend (or a manual clock change) shows as the wall clock moving
    /// further than the monotonic one: the gap counts as time away.
    fn notice_jump(&mut self, now: DateTime<Utc>, monotonic: std::time::Duration) -> Vec<Effect> {
        let mut effects = Vec::new();
        if let Some((last_wall, last_mono)) = self.last {
            let wall = now - last_wall;
            let mono = Duration::from_std(monotonic.saturating_sub(last_mono)).unwrap_or_default();
            if (wall - mono).abs() > JUMP {
                effects.push(Effect::Log(format!(
                    "the clock jumped by {} min (suspend or clock change); counting it as time away",
                    (wall - mono).num_minutes()
                )));
                self.tracker.slept(last_wall, now);
                self.next_sample = Some(now);
            }
        }
        self.last = Some((now, monotonic));
        effects
    }

    fn shown(
        &mut self,
        exercise: &ExerciseId,
        result: Result<(), String>,
        now: DateTime<Utc>,
    ) -> Vec<Effect> {
        let mut effects = Vec::new();
        match result {
            Ok(()) => {
                self.prompter.shown(exercise, now);
                if self.notify_error.take().is_some() {
                    effects.push(Effect::Log("notifications work again".into()));
                }
            }
            Err(err) => {
                self.prompter.delivered(exercise, false);
                if self.notify_error.as_deref() != Some(&err) {
                    effects.push(Effect::Log(format!(
                        "cannot show notifications ({err}); prompts wait in `status` and the window, retrying"
                    )));
                }
                self.notify_error = Some(err);
                self.retry_at = Some(now + RETRY);
            }
        }
        effects
    }

    /// When the loop should wake next, at the latest: the next due prompt,
    /// idle sample, retry or meeting check, and at most a minute away unless
    /// clock changes and suspends are pushed (then nothing else is due and
    /// the daemon sleeps until something happens).
    pub fn next_wake(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        [
            (!self.pushes.clock).then(|| now + MAX_SLEEP),
            self.next_sample.filter(|t| *t != NEVER),
            self.next_due,
            self.retry_at,
            self.prompter.next_reminder(self.remind_after),
            self.busy_hold,
            (self.prompter.is_quiet() || self.watch_seen)
                .then_some(self.quiet_check_at)
                .flatten(),
        ]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(NEVER)
    }

    /// When the current stretch of sitting began; `None` while away.
    pub fn sitting_since(&self) -> Option<DateTime<Utc>> {
        self.tracker.sitting_since()
    }

    pub fn prompts(&self) -> &BTreeMap<ExerciseId, Pending> {
        self.prompter.pending()
    }

    /// What the user is doing, as of the last wake: the user's word, a
    /// camera or a call app, else the desk (or away, when not sitting).
    pub fn situation(&self) -> Situation {
        match self.situation {
            Situation::Desk if self.tracker.sitting_since().is_none() => Situation::Away,
            s => s,
        }
    }

    /// Why prompts are being held, if they are.
    pub fn quiet_reason(&self) -> Option<&str> {
        self.quiet_reason.as_deref()
    }

    /// Why notifications cannot be shown, if they cannot.
    pub fn notify_error(&self) -> Option<&str> {
        self.notify_error.as_deref()
    }

    pub fn next_due(&self) -> Option<DateTime<Utc>> {
        self.next_due
    }

    /// Answers from notifications that could not be saved, one line each.
    pub fn unsaved_notes(&self, prefs: &Preferences) -> Vec<String> {
        self.unsaved
            .iter()
            .map(|(exercise, u)| {
                let name = prefs
                    .exercise(exercise)
                    .map(|e| e.name.clone())
                    .unwrap_or_else(|| exercise.to_string());
                format!(
                    "your answer to {name} could not be saved ({}); answer it again",
                    u.reason
                )
            })
            .collect()
    }

    /// What `status`, the window and the tray should say about the
    /// scheduler's state.
    pub fn notes(&self, prefs: &Preferences) -> Vec<String> {
        let mut notes = self.unsaved_notes(prefs);
        if self.awaiting_schedule {
            notes.push(
                "nothing is prompted until a schedule is chosen: open the window \
                 (`second-heart`) and pick a starter schedule, or write the preferences \
                 file (`second-heart config path` says where)"
                    .into(),
            );
        }
        if let Some(reason) = &self.quiet_reason {
            notes.push(format!(
                "prompts are held while {reason}; they come when it ends"
            ));
        }
        let held: Vec<String> = self
            .prompter
            .pending()
            .iter()
            .filter(|(_, p)| p.held)
            .map(|(e, _)| {
                prefs
                    .exercise(e)
                    .map_or_else(|| e.to_string(), |x| x.name.clone())
            })
            .collect();
        if !held.is_empty() {
            notes.push(format!(
                "{} {} while {}; shown once after",
                held.join(", "),
                if held.len() == 1 { "waits" } else { "wait" },
                self.situation.phrase()
            ));
        }
        if let Some(e) = &self.notify_error {
            notes.push(format!(
                "notifications cannot be shown ({e}); due prompts are listed here"
            ));
        }
        notes
    }
}
