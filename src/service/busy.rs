//! "In a meeting, a call or reading": the user says what they are busy
//! with and for how long. No keyboard or mouse input is not a break then
//! (the sitting count goes on), and prompts fit the situation (quiet
//! suggestions of seated exercises, the rest held until it ends, a walk
//! offered in a call; `core::moment`). Kept in the state file like a
//! pause, so every process and a restart agree.
//!
//! Ending it (`busy off`) also ends a guided walk started during a call:
//! the walk's minutes are recorded, to be kept or corrected.

use chrono::{DateTime, Local, Utc};

use super::{Context, Failure, Model, guide, message, pause_until};
use crate::core::moment::{BusyMode, Situation};
use crate::protocol::{GuideAction, Reply};

/// How long a meeting or call lasts when the user says nothing.
pub const DEFAULT_DURATION: &str = "1h";

/// The end of being busy for `duration` ("" for the default hour), or the
/// error naming the value, as the command line checks it too.
pub fn busy_until(duration: &str, now: &DateTime<Local>) -> Result<DateTime<Local>, Failure> {
    let duration = match duration.trim() {
        "" => DEFAULT_DURATION,
        d => d,
    };
    pause_until(duration, now).map_err(|f| Failure {
        message: f.message.replacen("pause:", "busy:", 1),
        ..f
    })
}

pub fn busy(
    model: &mut Model,
    cx: &Context,
    mode: Option<BusyMode>,
    duration: &str,
) -> Result<Reply, Failure> {
    let now = cx.now;
    let utc = now.with_timezone(&Utc);
    if duration.trim().eq_ignore_ascii_case("off") {
        let was = model.state.busy_now(utc).map(|(m, _)| m);
        model.change_state(|s| {
            s.busy_until = None;
            s.busy_with = None;
        })?;
        let mut said = match was {
            Some(m) => crate::t!("busy-no-longer", situation = m.situation().phrase()),
            None => crate::t!("busy-not-busy"),
        };
        if let Some(walk) = end_walk_of_call(model, cx)? {
            said.push(' ');
            said.push_str(&walk);
        }
        return message(said);
    }
    // Older clients sent no mode: they meant "in a call or reading".
    let mode = mode.unwrap_or(BusyMode::Reading);
    let until = busy_until(duration, &now)?;
    model.change_state(|s| {
        s.busy_until = Some(until.with_timezone(&Utc));
        s.busy_with = Some(mode);
    })?;
    let when = if until.date_naive() == now.date_naive() {
        crate::i18n::format::time(&until)
    } else {
        crate::i18n::format::date_time(&until)
    };
    let what = mode.label();
    let prompts = match (model.prefs.in_meetings, mode) {
        (crate::core::moment::MeetingPolicy::Off, _) => crate::t!("busy-prompts-usual"),
        (crate::core::moment::MeetingPolicy::Hold, _) => crate::t!("busy-prompts-wait"),
        (_, BusyMode::Call) => crate::t!("busy-prompts-call"),
        _ => crate::t!("busy-prompts-quiet"),
    };
    message(crate::t!(
        "busy-set",
        mode = what,
        time = when,
        prompts = prompts
    ))
}

/// A guided session started during a call (a walk), still running when
/// the call ends (or the user is back at the desk): stopped and recorded
/// now, its minutes to be confirmed. `None` when no such walk runs.
pub fn end_walk_of_call(model: &mut Model, cx: &Context) -> Result<Option<String>, Failure> {
    let running = model
        .guided
        .as_ref()
        .is_some_and(|g| !g.has_ended() && g.situation == Situation::Call);
    if !running {
        return Ok(None);
    }
    let reply = guide::act(model, cx, GuideAction::Stop)?;
    // Stopped at the end of the call, not by the user's hand: the minutes
    // are asked to be kept or corrected, as for a walk that ran out.
    if let Some(end) = model.guided_ended.as_mut()
        && end.recorded
        && end.minutes.is_some()
    {
        end.to_confirm = true;
    }
    Ok(match reply {
        Reply::Message { text } => Some(format!(
            "The walk during the call ended: {text} Keep it or correct the minutes \
             (`second-heart session keep` or `session correct MINUTES`)."
        )),
        _ => None,
    })
}
