//! The commands about the day (status, upcoming, done, skip, snooze, pause,
//! resume, history), carried out on a `Model` of the user's data, one
//! function per command. The CLI runs them on a model loaded from the files
//! when no daemon runs; the daemon runs the very same code on its live model
//! for its socket, its tray menu and the buttons of its notifications. That
//! is what makes every way in give the same results.
//!
//! Commands that edit files rather than the day (`dose`, `config`, `history
//! export|compact`, the window's Save) work on the store directly, under its
//! locks (`store/`), and a running daemon picks their changes up.

mod anchored;
mod busy;
pub mod guide;
mod text;
pub use busy::{busy_until, end_walk_of_call};
pub use text::{describe, pause_until};

use chrono::{DateTime, Duration, FixedOffset, Local, Utc};

use crate::clock;
use crate::core::guide::Guided;
use crate::core::history::FUTURE_SLACK_MINUTES;
use crate::core::moment::Situation;
use crate::core::preferences::limits;
use crate::core::quote::quote;
use crate::core::{
    Activity, Dose, Exercise, History, Outcome, Preferences, Session, Via, planner, stats,
};
use crate::protocol::{Reply, Request};
use crate::report;
use crate::store::{HistoryFile, Paths, PrefsFile, State, StateFile};

/// A failed command: what to say and the exit code (2: bad input, 1: other).
#[derive(Clone, Debug, PartialEq)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    pub fn input(message: impl Into<String>) -> Self {
        Failure {
            code: 2,
            message: message.into(),
        }
    }
    pub fn other(message: impl Into<String>) -> Self {
        Failure {
            code: 1,
            message: message.into(),
        }
    }
}

/// The user's data as one process sees it.
pub struct Model {
    pub prefs: Preferences,
    pub history: History,
    pub history_file: HistoryFile,
    pub state: State,
    pub state_file: StateFile,
    /// Problems found while loading, to report with `status`.
    pub warnings: Vec<String>,
    /// The guided session this process runs, if any: the daemon's, or the
    /// command line's own when no daemon runs.
    pub guided: Option<Guided>,
    /// How the last guided session ended, for whoever followed it.
    pub guided_ended: Option<report::GuidedEnd>,
    /// What the daemon sees beyond the user's word (a camera in use, a
    /// call app); `None` where nobody looks (the command line alone).
    pub seen_situation: Option<Situation>,
    /// The situation the next recorded Done was started in (a guided
    /// walk begun in a call and ended after it), instead of now's.
    pub started_in: Option<Situation>,
}

impl Model {
    pub fn load(paths: &Paths, now: &DateTime<Local>) -> Result<Model, Failure> {
        let prefs_file = PrefsFile::new(paths.preferences.clone());
        let loaded = prefs_file.load(&clock::stamp(now));
        let mut warnings = loaded.warnings(&prefs_file.path);
        let history_file = HistoryFile::new(paths.history.clone());
        let history = load_history(&history_file, &mut warnings)?;
        let state_file = StateFile::new(paths.state.clone());
        // The locale is read here, once per process, so every command's
        // texts and weeks follow the same language and first day.
        let prefs = loaded.prefs.in_region(crate::i18n::env::region());
        crate::i18n::apply(&prefs);
        Ok(Model {
            prefs,
            history,
            history_file,
            state: state_file.load(),
            state_file,
            warnings,
            guided: None,
            guided_ended: None,
            seen_situation: None,
            started_in: None,
        })
    }

    /// Writes a session to the file, then to memory: what the user sees is
    /// always what is on disk. On failure (a full disk) neither changes.
    pub fn record(&mut self, session: Session) -> Result<(), Failure> {
        self.history_file.append(&session).map_err(|e| {
            Failure::other(format!(
                "cannot write {}: {e}; nothing was recorded",
                self.history_file.path.display()
            ))
        })?;
        self.history.push(session);
        Ok(())
    }

    /// Changes the state as it is on disk, and only then makes it the one
    /// in effect: a pause that could not be saved does not pause (nor a
    /// resume resume). What the change leaves alone stays as the file has
    /// it, whoever wrote it.
    pub fn change_state(&mut self, change: impl FnOnce(&mut State)) -> Result<(), Failure> {
        let updated = self.state_file.update(change).map_err(Failure::other)?;
        self.state = updated.state;
        self.warnings.extend(updated.warning);
        Ok(())
    }

    pub fn paused_until(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.state.paused_until.filter(|p| *p > now)
    }

    /// What the user is doing now: their word while it lasts, else what
    /// the daemon sees, else the desk.
    pub fn situation(&self, now: DateTime<Utc>) -> Situation {
        match self.state.busy_now(now) {
            Some((mode, _)) => mode.situation(),
            None => self.seen_situation.unwrap_or(Situation::Desk),
        }
    }
}

pub fn load_history(file: &HistoryFile, warnings: &mut Vec<String>) -> Result<History, Failure> {
    let (history, bad) = file
        .load()
        .map_err(|e| Failure::other(format!("cannot read {}: {e}", file.path.display())))?;
    for b in bad.iter().take(3) {
        warnings.push(format!(
            "{} line {} skipped: {}",
            file.path.display(),
            b.line,
            b.reason
        ));
    }
    if bad.len() > 3 {
        warnings.push(format!(
            "{}: {} more unreadable lines skipped (`second-heart history compact` drops those that are not JSON)",
            file.path.display(),
            bad.len() - 3
        ));
    }
    Ok(history)
}

/// What the caller knows about the user beyond the files.
pub struct Context {
    pub now: DateTime<Local>,
    /// When the user started sitting (the daemon watches input; others assume).
    pub sitting_since: Option<DateTime<Utc>>,
    pub via: Via,
    /// Extra lines for `status` (the daemon's notes on its environment).
    pub notes: Vec<String>,
}

impl Context {
    pub fn activity(&self, model: &Model) -> Activity {
        Activity {
            sitting_since: self.sitting_since,
            paused_until: model.state.paused_until,
            first_run: model.state.first_run,
        }
    }
}

pub fn execute(model: &mut Model, request: Request, cx: &Context) -> Result<Reply, Failure> {
    match request {
        Request::Ping => message("pong".into()),
        Request::Status => status(model, cx),
        Request::History { weeks } => {
            let report = report::history(&model.prefs, &model.history, &cx.now, weeks);
            Ok(Reply::History(Box::new(report)))
        }
        Request::Upcoming { from, count } => upcoming(model, cx, from, count),
        Request::Preview { preferences, count } => preview(model, cx, &preferences, count),
        Request::Done {
            exercise,
            minutes,
            dose,
            at,
            prompt,
            anchor,
        } => match settled(model, cx, exercise.as_deref(), prompt)? {
            Some(said) => message(said),
            None if anchor.is_some() => {
                anchored::tick(model, cx, exercise, anchor, at, Outcome::Done)
            }
            None => done(model, cx, exercise, minutes, dose, at),
        },
        Request::Skip {
            exercise,
            at,
            prompt,
            anchor,
        } => match settled(model, cx, exercise.as_deref(), prompt)? {
            Some(said) => message(said),
            None if anchor.is_some() => {
                anchored::tick(model, cx, exercise, anchor, at, Outcome::Skipped)
            }
            None => skip(model, cx, exercise, at),
        },
        Request::Snooze {
            exercise,
            minutes,
            prompt,
        } => match settled(model, cx, exercise.as_deref(), prompt)? {
            Some(said) => message(said),
            None => snooze(model, cx, exercise, minutes),
        },
        Request::Start { exercise, prompt } => guide::start(model, cx, exercise, prompt),
        Request::Guide { action } => guide::act(model, cx, action),
        Request::Correct { minutes } => guide::correct(model, cx, minutes),
        Request::Pause { duration } => pause(model, cx, &duration),
        Request::Busy { duration, mode } => busy::busy(model, cx, mode, &duration),
        Request::Resume => resume(model, cx),
        Request::NotifyTest | Request::Reload | Request::Stop | Request::Subscribe => Err(
            Failure::other("that command needs the daemon (start it with `second-heart daemon`)"),
        ),
    }
}

fn message(text: String) -> Result<Reply, Failure> {
    Ok(Reply::Message { text })
}

/// Today's checklist, streaks, targets and the warnings worth knowing.
fn status(model: &Model, cx: &Context) -> Result<Reply, Failure> {
    let now = cx.now;
    let mut warnings = model.warnings.clone();
    warnings.extend(future_entries(model, now.with_timezone(&Utc)));
    warnings.extend(cx.notes.iter().cloned());
    let mut report = report::status(
        &model.prefs,
        &model.history,
        &cx.activity(model),
        &now,
        warnings,
    );
    report.guided = model
        .guided
        .as_ref()
        .filter(|g| !g.has_ended())
        .and_then(|g| report::GuidedEntry::of(g, &now));
    report.guided_ended = model.guided_ended.clone();
    let busy = model.state.busy_now(now.with_timezone(&Utc));
    report.busy_until = busy.map(|(_, b)| report::at_second(&b.with_timezone(&now.timezone())));
    report.busy_with = busy.map(|(mode, _)| mode);
    report.context = model.situation(now.with_timezone(&Utc));
    Ok(Reply::Status(Box::new(report)))
}

/// The next prompts, from now or from another moment.
fn upcoming(
    model: &Model,
    cx: &Context,
    from: Option<String>,
    count: usize,
) -> Result<Reply, Failure> {
    let now = cx.now;
    let from = match from {
        Some(t) => parse_time(&t, "from")?,
        None => now,
    };
    let count = count.clamp(1, 1000);
    // From another moment, the history as it was then.
    let history = if from < now {
        model.history.until(from.with_timezone(&Utc))
    } else {
        model.history.clone()
    };
    let prompts = report::upcoming(&model.prefs, &history, &cx.activity(model), &from, count);
    Ok(Reply::Upcoming { prompts })
}

/// For an answer to a particular prompt (a card in the window, a
/// notification's button): what to say instead of recording it when that
/// prompt is settled already, so a second click, or a card still on screen
/// after the session was recorded elsewhere, records nothing twice.
/// `None`: go ahead. Without a prompt, a session is logged whenever the
/// user wants.
fn settled(
    model: &Model,
    cx: &Context,
    exercise: Option<&str>,
    prompt: Option<DateTime<FixedOffset>>,
) -> Result<Option<String>, Failure> {
    let Some(since) = prompt else {
        return Ok(None);
    };
    let Some(query) = exercise else {
        return Err(Failure::input(
            "prompt: an answer to a prompt must name its exercise",
        ));
    };
    let exercise = model.prefs.find_exercise(query).map_err(Failure::input)?;
    let Some(answer) = model
        .history
        .answer_since(&exercise.id, since.to_utc(), cx.now.to_utc())
    else {
        return Ok(None);
    };
    let by = match answer.via {
        Some(Via::Cli) => crate::t!("by-cli"),
        Some(Via::Window) => crate::t!("by-window"),
        Some(Via::Notification) => crate::t!("by-notification"),
        Some(Via::Tray) => crate::t!("by-tray"),
        Some(Via::Scheduler) | None => String::new(),
    };
    let outcome = match answer.outcome {
        Outcome::Done => crate::t!("outcome-done"),
        Outcome::Skipped => crate::t!("outcome-skipped"),
        Outcome::Snoozed => crate::t!("outcome-snoozed"),
        Outcome::Missed => crate::t!("outcome-missed"),
    };
    Ok(Some(crate::t!(
        "reply-already",
        name = exercise.display_name(),
        outcome = outcome,
        time = crate::i18n::format::time(&answer.at.with_timezone(&cx.now.timezone())),
        by = by
    )))
}

/// The next prompts under other preferences, from now, with the history
/// as it is: so a preview agrees with what Today will show.
fn preview(model: &Model, cx: &Context, preferences: &str, count: usize) -> Result<Reply, Failure> {
    let (raw, _unknown) = crate::core::preferences::parse(preferences)
        .map_err(|e| Failure::input(format!("preview: {e}")))?;
    let prefs = Preferences::from_raw(&raw)
        .map_err(|errors| {
            Failure::input(format!(
                "preview: {}",
                errors
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("; ")
            ))
        })?
        // The locale's week, as the preferences in effect have it.
        .in_region(model.prefs.region);
    let prompts = report::upcoming(
        &prefs,
        &model.history,
        &cx.activity(model),
        &cx.now,
        count.clamp(1, 100),
    );
    Ok(Reply::Upcoming { prompts })
}

/// Records the named exercise (or the one due) as done.
fn done(
    model: &mut Model,
    cx: &Context,
    exercise: Option<String>,
    minutes: Option<u32>,
    dose: Option<String>,
    at: Option<String>,
) -> Result<Reply, Failure> {
    let now = cx.now;
    let exercises = pick(model, cx, exercise.as_deref(), "done")?;
    let at = answered_at(at, &now)?;
    let dose = dose
        .map(|d| {
            d.parse::<Dose>()
                .map_err(|e| Failure::input(format!("--dose: {e}")))
        })
        .transpose()?;
    let context = match model.started_in.take() {
        Some(started) => started.recorded(),
        None => model.situation(now.with_timezone(&Utc)).recorded(),
    };
    let mut lines = Vec::new();
    for exercise in exercises {
        let mut session = done_session(&exercise, at, minutes, dose, cx.via)?;
        session.context = context;
        model.record(session.clone())?;
        let streak = stats::streak(&model.prefs, &model.history, &exercise.id, &now);
        lines.push(describe(&exercise, &session, streak.current));
    }
    message(lines.join("\n"))
}

/// Records the named exercise (or whatever is due) as skipped.
fn skip(
    model: &mut Model,
    cx: &Context,
    exercise: Option<String>,
    at: Option<String>,
) -> Result<Reply, Failure> {
    let now = cx.now;
    let exercises = pick(model, cx, exercise.as_deref(), "skip")?;
    let at = answered_at(at, &now)?;
    let mut lines = Vec::new();
    for exercise in exercises {
        let mut session = Session::new(at.fixed_offset(), exercise.id.clone(), Outcome::Skipped);
        session.via = Some(cx.via);
        session.context = model.situation(now.with_timezone(&Utc)).recorded();
        model.record(session.clone())?;
        lines.push(describe(&exercise, &session, 0));
    }
    message(lines.join("\n"))
}

/// Puts off what is due, or one exercise, for a few minutes.
fn snooze(
    model: &mut Model,
    cx: &Context,
    exercise: Option<String>,
    minutes: Option<u32>,
) -> Result<Reply, Failure> {
    let now = cx.now;
    let minutes = minutes.unwrap_or(model.prefs.snooze_minutes);
    if !limits::SNOOZE_MINUTES.contains(minutes) {
        return Err(Failure::input(format!(
            "snooze: {minutes} minutes is out of range ({})",
            limits::SNOOZE_MINUTES
        )));
    }
    let due = due_now(model, cx);
    let targets: Vec<Exercise> = match exercise {
        // Only what is due can be put off: a snooze of anything else would
        // make a prompt of it when the snooze ends.
        Some(q) => {
            let named = model.prefs.find_exercise(&q).map_err(Failure::input)?;
            if !due.iter().any(|e| e.id == named.id) {
                return Err(not_due(model, cx, named));
            }
            vec![named.clone()]
        }
        None => due,
    };
    if targets.is_empty() {
        return message(crate::t!("reply-nothing-due"));
    }
    let until = now + Duration::minutes(minutes as i64);
    let mut names = Vec::new();
    for exercise in targets {
        let mut session = Session::new(now.fixed_offset(), exercise.id.clone(), Outcome::Snoozed);
        session.until = Some(until.fixed_offset());
        session.via = Some(cx.via);
        model.record(session)?;
        names.push(exercise.display_name());
    }
    message(crate::t!(
        "reply-snoozed",
        time = crate::i18n::format::time(&until),
        names = names.join(", ")
    ))
}

/// Why a snooze of `exercise` is refused: it is not due, and when it is.
fn not_due(model: &Model, cx: &Context, exercise: &Exercise) -> Failure {
    let plan = planner::plan(&model.prefs, &model.history, &cx.activity(model), &cx.now);
    let next = match plan.next_of(&exercise.id) {
        Some(n) if n.at.date_naive() == cx.now.date_naive() => {
            crate::t!("reply-next-at", time = crate::i18n::format::time(&n.at))
        }
        Some(n) => crate::t!(
            "reply-next-on",
            time = crate::i18n::format::date_time(&n.at)
        ),
        None => String::new(),
    };
    Failure::input(crate::t!(
        "reply-not-due",
        name = exercise.display_name(),
        next = next
    ))
}

/// No prompts until the end of the pause; saved before it takes effect.
fn pause(model: &mut Model, cx: &Context, duration: &str) -> Result<Reply, Failure> {
    let now = cx.now;
    let until = pause_until(duration, &now)?;
    model.change_state(|s| s.paused_until = Some(until.with_timezone(&Utc)))?;
    let when = if until.date_naive() == now.date_naive() {
        crate::i18n::format::time(&until)
    } else {
        crate::i18n::format::date_time(&until)
    };
    message(crate::t!("reply-paused", time = when))
}

/// Prompts again.
fn resume(model: &mut Model, cx: &Context) -> Result<Reply, Failure> {
    let now = cx.now;
    let was = model.paused_until(now.with_timezone(&Utc)).is_some();
    model.change_state(|s| s.paused_until = None)?;
    message(if was {
        crate::t!("reply-resumed")
    } else {
        crate::t!("reply-not-paused")
    })
}

fn parse_time(text: &str, what: &str) -> Result<DateTime<Local>, Failure> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Local))
        .map_err(|_| Failure::input(format!("{what}: {} is not an RFC 3339 time", quote(text))))
}

/// When a done or skip happened: now, or the `--at` the user gave, which may
/// not be in the future (a year typed wrong would settle an exercise, or
/// silence it, for a year).
fn answered_at(at: Option<String>, now: &DateTime<Local>) -> Result<DateTime<Local>, Failure> {
    let at = at
        .map(|t| parse_time(&t, "at"))
        .transpose()?
        .unwrap_or(*now);
    if at > *now + Duration::minutes(1) {
        return Err(Failure::input(format!(
            "--at: {} is in the future",
            at.format("%Y-%m-%d %H:%M")
        )));
    }
    Ok(at)
}

/// A warning naming the history entries stamped well after now (by a clock
/// that ran ahead, or a hand edit): the planner ignores them until then, so
/// they hide nothing, but the user should know they are there.
fn future_entries(model: &Model, now: DateTime<Utc>) -> Option<String> {
    let ahead = model
        .history
        .after(now + Duration::minutes(FUTURE_SLACK_MINUTES));
    let first = ahead.first()?;
    let more = match ahead.len() {
        1 => String::new(),
        n => format!(" and {} more", n - 1),
    };
    Some(format!(
        "{}: {} {} at {}{more} {} dated in the future (a clock that ran ahead?); ignored until then",
        model.history_file.path.display(),
        quote(first.exercise.as_str()),
        first.outcome.as_str(),
        first.at.format("%Y-%m-%d %H:%M %:z"),
        if ahead.len() == 1 { "is" } else { "are" },
    ))
}

/// Exercises due now, in the order they became due.
pub fn due_now(model: &Model, cx: &Context) -> Vec<Exercise> {
    planner::plan(&model.prefs, &model.history, &cx.activity(model), &cx.now)
        .due
        .into_iter()
        .filter_map(|d| model.prefs.exercise(&d.exercise).cloned())
        .collect()
}

/// The exercise the user named, or what is due when they named none.
fn pick(
    model: &Model,
    cx: &Context,
    query: Option<&str>,
    verb: &str,
) -> Result<Vec<Exercise>, Failure> {
    if let Some(q) = query {
        return Ok(vec![
            model
                .prefs
                .find_exercise(q)
                .map_err(Failure::input)?
                .clone(),
        ]);
    }
    let due = due_now(model, cx);
    match (verb, due.len()) {
        (_, 0) => Err(Failure::input(crate::t!("reply-say-which", verb = verb))),
        ("done" | "start", n) if n > 1 => Err(Failure::input(crate::t!(
            "reply-which-due",
            count = n,
            ids = due
                .iter()
                .map(|e| e.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
        _ => Ok(due),
    }
}

pub fn done_session(
    exercise: &Exercise,
    at: DateTime<Local>,
    minutes: Option<u32>,
    dose: Option<Dose>,
    via: Via,
) -> Result<Session, Failure> {
    if let Some(m) = minutes {
        if !limits::SESSION_MINUTES.contains(m) {
            return Err(Failure::input(format!(
                "--minutes: {m} is out of range ({})",
                limits::SESSION_MINUTES
            )));
        }
        if !exercise.records_minutes() {
            return Err(Failure::input(format!(
                "--minutes: {} is counted as {}, not in minutes (use --dose)",
                exercise.name, exercise.dose
            )));
        }
    }
    let mut session = Session::new(at.fixed_offset(), exercise.id.clone(), Outcome::Done);
    session.via = Some(via);
    if exercise.records_minutes() {
        session.minutes = minutes
            .or(dose.and_then(|d| d.minutes()))
            .or(exercise.dose.minutes())
            .or(Some(30));
    } else {
        session.dose = Some(dose.unwrap_or(exercise.dose));
    }
    Ok(session)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pause_durations() {
        let now = DateTime::parse_from_rfc3339("2026-11-23T10:00:00Z")
            .unwrap()
            .with_timezone(&Local);
        assert_eq!(
            pause_until("90", &now).unwrap(),
            now + Duration::minutes(90)
        );
        assert_eq!(
            pause_until("1h30m", &now).unwrap(),
            now + Duration::minutes(90)
        );
        assert_eq!(pause_until("2h", &now).unwrap(), now + Duration::hours(2));
        assert!(pause_until("until-tomorrow", &now).unwrap() > now);
        for bad in [
            "",
            "0",
            "soon",
            "1d",
            "h",
            "99999h",
            "307445734561825861h",
            "153722867280912930h",
            "18446744073709551615m",
            "99999999999999999999",
        ] {
            let e = pause_until(bad, &now).unwrap_err();
            assert_eq!(e.code, 2, "{bad}");
        }
        assert!(
            pause_until("307445734561825861h", &now)
                .unwrap_err()
                .message
                .contains("out of range")
        );
        assert_eq!(
            pause_until("336h", &now).unwrap(),
            now + Duration::days(14),
            "the longest pause"
        );
    }
}
