//! Ticking off an item anchored to an everyday routine ("Calf raises while
//! brushing teeth, morning"): recorded as a Done (or, said not done, a
//! Skip) with its routine, dated at the routine's usual time when that has
//! passed ("this morning") unless the user says when.

use chrono::Utc;

use super::{Context, Failure, Model, answered_at, done_session, message};
use crate::core::moment::{self, Routine};
use crate::core::{Outcome, Session};
use crate::protocol::Reply;

pub fn tick(
    model: &mut Model,
    cx: &Context,
    exercise: Option<String>,
    anchor: Option<String>,
    at: Option<String>,
    outcome: Outcome,
) -> Result<Reply, Failure> {
    let now = cx.now;
    let routine: Routine = anchor
        .as_deref()
        .unwrap_or_default()
        .parse()
        .map_err(|e| Failure::input(format!("--anchor: {e}")))?;
    let query = exercise.ok_or_else(|| {
        Failure::input("--anchor: say which exercise, e.g. `done calf-raises --anchor morning`")
    })?;
    let exercise = model
        .prefs
        .find_exercise(&query)
        .map_err(Failure::input)?
        .clone();
    if !exercise.anchors.contains(&routine) {
        let has = match exercise.anchors.as_slice() {
            [] => "it has no routine".to_owned(),
            list => format!(
                "its routines: {}",
                list.iter().map(|r| r.key()).collect::<Vec<_>>().join(", ")
            ),
        };
        return Err(Failure::input(format!(
            "--anchor: {} is not done with {} ({has}); anchor it in the Exercises view or the preferences (anchors = [\"{}\"])",
            exercise.name,
            crate::core::quote::quote(routine.key()),
            routine.key()
        )));
    }
    let at = match at {
        Some(_) => answered_at(at, &now)?,
        None => routine.done_at(&now),
    };
    let mut session = match outcome {
        Outcome::Done => done_session(&exercise, at, None, None, cx.via)?,
        _ => {
            let mut s = Session::new(at.fixed_offset(), exercise.id.clone(), outcome);
            s.via = Some(cx.via);
            s
        }
    };
    session.anchor = Some(routine.clone());
    session.context = model.situation(now.with_timezone(&Utc)).recorded();
    model.record(session)?;
    let when = moment::said_when(&at, &now);
    message(match outcome {
        Outcome::Done => crate::t!(
            "anchored-reply-done",
            name = exercise.display_name(),
            routine = routine.label(),
            when = when
        ),
        _ => crate::t!(
            "anchored-reply-not-done",
            name = exercise.display_name(),
            routine = routine.label()
        ),
    })
}
