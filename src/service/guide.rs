//! Guided sessions through the shared service: starting one, pausing,
//! skipping and stopping it, moving it on with the clock, and recording
//! what it amounted to as an ordinary Done (so a session started from a
//! prompt settles that prompt, and one recorded elsewhere meanwhile is not
//! recorded twice).
//!
//! The session lives in the [`Model`] of the process that runs it: the
//! daemon's, or the command line's own when no daemon runs.

use chrono::{DateTime, FixedOffset, Utc};

use super::{Context, Failure, Model, execute, message, pick, settled};
use crate::core::guide::{Achieved, Cue, Guided, Plan};
use crate::core::preferences::limits;
use crate::protocol::{GuideAction, Reply, Request};
use crate::report::{GuidedEnd, clock_text};

/// What moving a session on with the clock did.
#[derive(Debug, Default)]
pub struct Tick {
    /// A new step began (or the session ended): tell the user.
    pub cue: Option<Cue>,
    /// The session ended and was recorded (or not): what to say.
    pub ended: Option<Result<Reply, Failure>>,
}

pub fn start(
    model: &mut Model,
    cx: &Context,
    exercise: Option<String>,
    prompt: Option<DateTime<FixedOffset>>,
) -> Result<Reply, Failure> {
    if let Some(running) = model.guided.as_ref().filter(|g| !g.has_ended()) {
        return Err(Failure::input(crate::t!(
            "guided-running",
            name = &running.plan.name
        )));
    }
    let exercise = pick(model, cx, exercise.as_deref(), "start")?
        .into_iter()
        .next()
        .ok_or_else(|| Failure::input("start: say which exercise"))?;
    // A prompt answered elsewhere meanwhile: the session still runs, as
    // one more, and leaves that answer alone.
    let prompt = match settled(model, cx, Some(exercise.id.as_str()), prompt)? {
        Some(_) => None,
        None => prompt,
    };
    let plan = Plan::of(&exercise);
    let length = match plan.total_seconds() {
        Some(s) => format!(", {}", clock_text(u64::from(s))),
        None => String::new(),
    };
    let (mut guided, cue) = Guided::start(plan, cx.now.with_timezone(&Utc), prompt, cx.via);
    guided.situation = model.situation(cx.now.with_timezone(&Utc));
    model.guided = Some(guided);
    message(crate::t!(
        "guided-started",
        name = exercise.display_name(),
        dose = exercise.dose.describe(),
        length = length,
        step = &cue.title
    ))
}

pub fn act(model: &mut Model, cx: &Context, action: GuideAction) -> Result<Reply, Failure> {
    let now = cx.now.with_timezone(&Utc);
    let Some(guided) = model.guided.as_mut().filter(|g| !g.has_ended()) else {
        return Err(Failure::input(crate::t!("guided-none")));
    };
    guided.advance(now);
    if guided.has_ended() {
        return finish(model, cx, true);
    }
    let name = guided.plan.name.clone();
    let here = |g: &Guided| g.current().map(|s| s.title.clone()).unwrap_or_default();
    match action {
        GuideAction::Pause => {
            guided.pause(now);
            message(crate::t!(
                "guided-paused",
                name = &name,
                step = here(guided)
            ))
        }
        GuideAction::Resume => {
            guided.resume(now);
            message(crate::t!(
                "guided-resumed",
                name = &name,
                step = here(guided)
            ))
        }
        GuideAction::Skip => {
            if guided.skip_step(now).ended {
                return finish(model, cx, false);
            }
            message(crate::t!("guided-on-to", name = &name, step = here(guided)))
        }
        GuideAction::Stop => {
            guided.stop(now);
            finish(model, cx, false)
        }
    }
}

/// Moves the running session on to `cx.now`: a cue when a step began, and
/// the record when it ended. A session whose record could not be written
/// is kept, ended, and tried again at the next tick.
pub fn tick(model: &mut Model, cx: &Context) -> Tick {
    let Some(guided) = model.guided.as_mut() else {
        return Tick::default();
    };
    if guided.has_ended() {
        return Tick {
            cue: None,
            ended: Some(finish(model, cx, true)),
        };
    }
    let advance = guided.advance(cx.now.with_timezone(&Utc));
    Tick {
        cue: advance.cue,
        ended: advance.ended.then(|| finish(model, cx, true)),
    }
}

/// Records what the ended session amounted to, as a Done from where it
/// was started, answering the prompt it was started from. `by_itself`: it
/// ran to its end with nobody stopping it (the user may have been away).
fn finish(model: &mut Model, cx: &Context, by_itself: bool) -> Result<Reply, Failure> {
    let Some(guided) = model.guided.take() else {
        return Err(Failure::input(crate::t!("guided-none")));
    };
    let now = cx.now.with_timezone(&Utc);
    let name = guided.plan.name.clone();
    let ended = |said: &str, recorded: bool| GuidedEnd {
        exercise: guided.plan.exercise.clone(),
        name: guided.plan.name.clone(),
        started: guided
            .started
            .with_timezone(&cx.now.timezone())
            .fixed_offset(),
        said: said.to_owned(),
        recorded,
        minutes: None,
        recorded_at: None,
        to_confirm: false,
    };
    let Some(achieved) = guided.result(now) else {
        let done = clock_text(guided.work_ms(now) / 1000);
        let said = crate::t!("guided-too-short", name = &name, time = done);
        model.guided_ended = Some(ended(&said, false));
        return message(said);
    };
    let (minutes, dose) = match achieved {
        Achieved::Minutes(m) => (Some(m.min(limits::SESSION_MINUTES.max)), None),
        Achieved::Dose(d) => (None, Some(d.to_string())),
    };
    let request = Request::Done {
        exercise: Some(guided.plan.exercise.to_string()),
        minutes,
        dose,
        at: None,
        prompt: guided.prompt,
        anchor: None,
    };
    let record = Context {
        now: cx.now,
        sitting_since: cx.sitting_since,
        via: guided.via,
        notes: Vec::new(),
    };
    let before = model.history.len();
    model.started_in = Some(guided.situation);
    let reply = execute(model, request, &record);
    model.started_in = None;
    // Nothing is recorded when the prompt was answered elsewhere meanwhile.
    let recorded = model.history.len() > before;
    let mut end = match &reply {
        Ok(Reply::Message { text }) => ended(text, recorded),
        Ok(_) => ended("", recorded),
        Err(f) => ended(&crate::t!("guided-not-saved", reason = &f.message), false),
    };
    if recorded && let Some(last) = model.history.of(&guided.plan.exercise).next_back() {
        end.minutes = last.minutes;
        end.recorded_at = Some(last.at);
        end.to_confirm = by_itself && last.minutes.is_some();
    }
    model.guided_ended = Some(end);
    if reply.is_err() {
        model.guided = Some(guided);
    }
    reply
}

/// Keeps (`None`) or corrects the minutes of the last guided walk or ride
/// that ran to its end by itself: its one line in the history is changed.
pub fn correct(model: &mut Model, cx: &Context, minutes: Option<u32>) -> Result<Reply, Failure> {
    let _ = cx;
    let nothing = || {
        Failure::input(
            "correct: no guided walk or ride to confirm (log one with `done <exercise> --minutes M`)",
        )
    };
    let end = model
        .guided_ended
        .as_ref()
        .filter(|e| e.recorded && e.minutes.is_some())
        .ok_or_else(nothing)?
        .clone();
    let (Some(was), Some(at)) = (end.minutes, end.recorded_at) else {
        return Err(nothing());
    };
    let Some(minutes) = minutes.filter(|m| *m != was) else {
        if let Some(e) = model.guided_ended.as_mut() {
            e.to_confirm = false;
        }
        return message(crate::t!("guided-kept", name = &end.name, minutes = was));
    };
    if !limits::SESSION_MINUTES.contains(minutes) {
        return Err(Failure::input(format!(
            "correct: {minutes} minutes is out of range ({})",
            limits::SESSION_MINUTES
        )));
    }
    let old = model
        .history
        .of(&end.exercise)
        .rev()
        .find(|s| s.at == at && s.outcome == crate::core::Outcome::Done)
        .cloned()
        .ok_or_else(nothing)?;
    let mut new = old.clone();
    new.minutes = Some(minutes);
    let written = model.history_file.replace(&old, &new).map_err(|e| {
        Failure::other(format!(
            "cannot write {}: {e}; nothing was changed",
            model.history_file.path.display()
        ))
    })?;
    if !written {
        return Err(Failure::other(
            "correct: that walk's record was changed meanwhile; nothing was changed",
        ));
    }
    model.history.replace(&old, new);
    if let Some(e) = model.guided_ended.as_mut() {
        e.minutes = Some(minutes);
        e.to_confirm = false;
    }
    message(crate::t!(
        "guided-corrected",
        name = &end.name,
        minutes = minutes,
        was = was
    ))
}
