//! The moment an exercise is suggested in: where each exercise can be done
//! ([`Place`]), what the user is doing now ([`Situation`]: at the desk, in
//! a meeting, in a call, reading, away), and the decision of what to do
//! with a prompt that falls due in it ([`fits`]): show it, make it a quiet
//! suggestion, offer a walk, or hold it until the moment has passed.
//!
//! Also the everyday routines an exercise can be anchored to instead of a
//! clock time ([`Routine`]: brushing teeth, after lunch, the kettle, or one
//! the user names), which the app cannot see: they are ticked off
//! afterwards, and an unticked morning one is asked about once
//! ([`morning_question`]).
//!
//! Pure: the situation, the time and the history come in as arguments.

use crate::t;
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use super::exercise::{Exercise, ExerciseId, ExerciseKind};
use super::history::{History, Outcome};
use super::localtime::at_minute;
use super::quote::quote;

/// Where an exercise can be done.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    /// Seated and discreet: unseen under a desk, in a meeting.
    #[default]
    Seated,
    /// Standing up, at or beside the desk.
    Standing,
    /// Away from the desk (a walk, a ride).
    Away,
    /// Lying down or reclined.
    Lying,
}

impl Place {
    pub const ALL: [Place; 4] = [Place::Seated, Place::Standing, Place::Away, Place::Lying];

    /// The word in the preferences file.
    pub fn as_str(&self) -> &'static str {
        match self {
            Place::Seated => "seated",
            Place::Standing => "standing",
            Place::Away => "away",
            Place::Lying => "lying",
        }
    }

    /// How the window names it.
    pub fn label(&self) -> String {
        match self {
            Place::Seated => t!("place-seated"),
            Place::Standing => t!("place-standing"),
            Place::Away => t!("place-away"),
            Place::Lying => t!("place-lying"),
        }
    }
}

impl FromStr for Place {
    type Err = String;
    fn from_str(s: &str) -> Result<Place, String> {
        Place::ALL
            .into_iter()
            .find(|p| p.as_str() == s.trim())
            .ok_or_else(|| {
                format!(
                    "{} is not a place (use seated, standing, away or lying)",
                    quote(s)
                )
            })
    }
}

/// What the user is doing now, as far as the app can tell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    #[default]
    Desk,
    /// A video meeting: a camera in use, or the user said so.
    Meeting,
    /// An audio-only call: a call app keeps the screen awake, or said so.
    Call,
    /// Reading (or anything else sat still), by the user's word.
    Reading,
    /// Away from the desk (idle, or the screen locked).
    Away,
}

impl Situation {
    pub fn as_str(&self) -> &'static str {
        match self {
            Situation::Desk => "desk",
            Situation::Meeting => "meeting",
            Situation::Call => "call",
            Situation::Reading => "reading",
            Situation::Away => "away",
        }
    }

    /// "in a meeting", for sentences.
    pub fn phrase(&self) -> String {
        match self {
            Situation::Desk => t!("situation-desk"),
            Situation::Meeting => t!("situation-meeting"),
            Situation::Call => t!("situation-call"),
            Situation::Reading => t!("situation-reading"),
            Situation::Away => t!("situation-away"),
        }
    }

    /// Whether sessions done in it record it (the desk is the ordinary case).
    pub fn recorded(self) -> Option<Situation> {
        matches!(
            self,
            Situation::Meeting | Situation::Call | Situation::Reading
        )
        .then_some(self)
    }
}

/// What the user can say they are busy with (`second-heart busy`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BusyMode {
    Meeting,
    Call,
    Reading,
}

impl BusyMode {
    pub const ALL: [BusyMode; 3] = [BusyMode::Meeting, BusyMode::Call, BusyMode::Reading];

    pub fn as_str(&self) -> &'static str {
        self.situation().as_str()
    }

    /// "In a meeting", "In a call", "Reading": what the tray and the window
    /// offer, and say while it lasts.
    pub fn label(&self) -> String {
        match self {
            BusyMode::Meeting => t!("busy-meeting"),
            BusyMode::Call => t!("busy-call"),
            BusyMode::Reading => t!("busy-reading"),
        }
    }

    pub fn situation(&self) -> Situation {
        match self {
            BusyMode::Meeting => Situation::Meeting,
            BusyMode::Call => Situation::Call,
            BusyMode::Reading => Situation::Reading,
        }
    }
}

impl FromStr for BusyMode {
    type Err = String;
    fn from_str(s: &str) -> Result<BusyMode, String> {
        BusyMode::ALL
            .into_iter()
            .find(|m| m.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                format!(
                    "{} is not something to be busy with (use meeting, call or reading)",
                    quote(s)
                )
            })
    }
}

/// What prompts do in a meeting, a call or while reading.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingPolicy {
    /// Meetings change nothing: prompts come as at the desk.
    Off,
    /// Seated, discreet exercises come as quiet suggestions; the others
    /// wait until it ends.
    #[default]
    Quiet,
    /// Nothing at all: every prompt waits until it ends.
    Hold,
}

impl MeetingPolicy {
    pub const ALL: [MeetingPolicy; 3] = [
        MeetingPolicy::Off,
        MeetingPolicy::Quiet,
        MeetingPolicy::Hold,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            MeetingPolicy::Off => "off",
            MeetingPolicy::Quiet => "quiet",
            MeetingPolicy::Hold => "hold",
        }
    }

    pub fn label(&self) -> String {
        match self {
            MeetingPolicy::Off => t!("policy-off"),
            MeetingPolicy::Quiet => t!("policy-quiet"),
            MeetingPolicy::Hold => t!("policy-hold"),
        }
    }
}

impl FromStr for MeetingPolicy {
    type Err = String;
    fn from_str(s: &str) -> Result<MeetingPolicy, String> {
        MeetingPolicy::ALL
            .into_iter()
            .find(|p| p.as_str() == s.trim())
            .ok_or_else(|| format!("{} is not a choice (use off, quiet or hold)", quote(s)))
    }
}

/// What to do with a prompt that falls due now.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Treatment {
    /// An ordinary prompt.
    #[default]
    Show,
    /// A quiet suggestion: low urgency, no sound, transient, worded for
    /// the situation, Done / Later.
    Quiet(Situation),
    /// "Walk during this call?" with Start.
    OfferWalk,
    /// Held, and shown once when the situation has passed.
    Hold,
}

/// The decision: what a prompt for an exercise done in `place` becomes in
/// `situation`, under the user's meeting `policy`. Nothing that needs
/// standing up or leaving is ever suggested in a meeting.
pub fn fits(place: Place, situation: Situation, policy: MeetingPolicy) -> Treatment {
    if policy == MeetingPolicy::Off {
        return Treatment::Show;
    }
    match situation {
        // Away: the prompt waits on screen for the user's return, as ever.
        Situation::Desk | Situation::Away => Treatment::Show,
        _ if policy == MeetingPolicy::Hold => Treatment::Hold,
        Situation::Meeting | Situation::Reading => match place {
            Place::Seated => Treatment::Quiet(situation),
            Place::Standing | Place::Away | Place::Lying => Treatment::Hold,
        },
        Situation::Call => match place {
            Place::Seated => Treatment::Quiet(Situation::Call),
            Place::Away => Treatment::OfferWalk,
            Place::Standing | Place::Lying => Treatment::Hold,
        },
    }
}

/// What the app can see of the user, beyond idle time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Seen {
    /// A process holds a camera open: a video meeting.
    pub camera: bool,
    /// A call app keeps the screen awake: an audio call.
    pub call_app: bool,
}

/// The situation now: the user's word first (until it runs out), then a
/// camera in use (a meeting), then a call app (a call), else the desk.
pub fn situation(said: Option<BusyMode>, seen: Seen) -> Situation {
    match said {
        Some(mode) => mode.situation(),
        None if seen.camera => Situation::Meeting,
        None if seen.call_app => Situation::Call,
        None => Situation::Desk,
    }
}

/// The walk to offer at the start of a call: the first enabled, prompted
/// exercise done away from the desk and measured in minutes that has not
/// been done today (`day_start`: the local midnight).
pub fn walk_to_offer<'a>(
    exercises: &'a [Exercise],
    history: &History,
    day_start: DateTime<Utc>,
) -> Option<&'a Exercise> {
    exercises.iter().find(|e| {
        e.enabled
            && e.kind == ExerciseKind::Prompted
            && e.place == Place::Away
            && e.records_minutes()
            && !history
                .of(&e.id)
                .any(|s| s.outcome == Outcome::Done && s.at.with_timezone(&Utc) >= day_start)
    })
}

/// An everyday routine an exercise can be anchored to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Routine {
    /// Brushing teeth in the morning.
    Morning,
    /// Brushing teeth in the evening.
    Evening,
    AfterLunch,
    /// While the kettle boils.
    Kettle,
    /// A routine the user names ("waiting for the printer").
    Named(String),
}

/// The longest name of a routine of the user's own.
pub const ROUTINE_CHARS: usize = 40;

impl Routine {
    /// The seed's routines, in the order they are offered.
    pub const BUILT_IN: [Routine; 4] = [
        Routine::Morning,
        Routine::Evening,
        Routine::AfterLunch,
        Routine::Kettle,
    ];

    /// The key in files and on the command line.
    pub fn key(&self) -> &str {
        match self {
            Routine::Morning => "morning",
            Routine::Evening => "evening",
            Routine::AfterLunch => "after-lunch",
            Routine::Kettle => "kettle",
            Routine::Named(name) => name,
        }
    }

    /// "while brushing teeth, morning", after an exercise's name.
    pub fn label(&self) -> String {
        match self {
            Routine::Morning => t!("routine-morning"),
            Routine::Evening => t!("routine-evening"),
            Routine::AfterLunch => t!("routine-after-lunch"),
            Routine::Kettle => t!("routine-kettle"),
            Routine::Named(name) => name.clone(),
        }
    }

    /// When it usually happens, if it has a usual time.
    pub fn usual_time(&self) -> Option<NaiveTime> {
        match self {
            Routine::Morning => NaiveTime::from_hms_opt(7, 30, 0),
            Routine::AfterLunch => NaiveTime::from_hms_opt(13, 0, 0),
            Routine::Evening => NaiveTime::from_hms_opt(21, 30, 0),
            Routine::Kettle | Routine::Named(_) => None,
        }
    }

    /// When an item ticked off at `now` was done: its usual time today when
    /// that has passed ("this morning"), else now. A usual time that falls
    /// in a clock change is resolved as every scheduled time is
    /// (`localtime::at_minute`).
    pub fn done_at<Tz: TimeZone>(&self, now: &DateTime<Tz>) -> DateTime<Tz> {
        use chrono::Timelike;
        self.usual_time()
            .map(|t| {
                at_minute(
                    &now.timezone(),
                    now.date_naive(),
                    t.hour() * 60 + t.minute(),
                )
            })
            .filter(|t| t < now)
            .unwrap_or_else(|| now.clone())
    }
}

impl fmt::Display for Routine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

impl FromStr for Routine {
    type Err = String;
    fn from_str(s: &str) -> Result<Routine, String> {
        let t = s.trim();
        let builtin = Routine::BUILT_IN.into_iter().find(|r| r.key() == t);
        if let Some(r) = builtin {
            return Ok(r);
        }
        if t.is_empty() || t.chars().count() > ROUTINE_CHARS || t.chars().any(char::is_control) {
            return Err(format!(
                "{} is not a routine (morning, evening, after-lunch, kettle, or a name of 1 to {ROUTINE_CHARS} characters)",
                quote(s)
            ));
        }
        Ok(Routine::Named(t.to_owned()))
    }
}

impl TryFrom<String> for Routine {
    type Error = String;
    fn try_from(s: String) -> Result<Routine, String> {
        s.parse()
    }
}

impl From<Routine> for String {
    fn from(r: Routine) -> String {
        r.key().to_owned()
    }
}

/// When said of a moment today, seen from `now`: "this morning", "at
/// lunchtime", "this evening", or the time.
pub fn said_when<Tz: TimeZone>(at: &DateTime<Tz>, now: &DateTime<Tz>) -> String
where
    Tz::Offset: fmt::Display,
{
    use chrono::Timelike;
    if at.date_naive() != now.date_naive() {
        return crate::i18n::format::weekday_time(&at.naive_local());
    }
    match at.hour() {
        0..=11 => t!("when-this-morning"),
        12..=13 => t!("when-lunchtime"),
        14..=17 => t!("when-this-afternoon"),
        _ => t!("when-this-evening"),
    }
}

/// One anchored item of today's checklist.
#[derive(Clone, Debug, PartialEq)]
pub struct Anchored<Tz: TimeZone> {
    pub exercise: ExerciseId,
    pub routine: Routine,
    /// Done or said not done today, and when.
    pub answer: Option<(Outcome, DateTime<Tz>)>,
}

/// Today's anchored items: each anchor of each enabled exercise, with its
/// answer today if there is one (the last one wins).
pub fn anchored_today<Tz: TimeZone>(
    exercises: &[Exercise],
    history: &History,
    now: &DateTime<Tz>,
) -> Vec<Anchored<Tz>> {
    let tz = now.timezone();
    // The day's first instant, also where midnight itself is skipped.
    let day_start = at_minute(&tz, now.date_naive(), 0).with_timezone(&Utc);
    let mut items = Vec::new();
    for e in exercises.iter().filter(|e| e.enabled) {
        for routine in &e.anchors {
            let answer = history
                .of(&e.id)
                .rfind(|s| {
                    s.anchor.as_ref() == Some(routine)
                        && s.at.with_timezone(&Utc) >= day_start
                        && matches!(s.outcome, Outcome::Done | Outcome::Skipped)
                })
                .map(|s| (s.outcome, s.at.with_timezone(&tz)));
            items.push(Anchored {
                exercise: e.id.clone(),
                routine: routine.clone(),
                answer,
            });
        }
    }
    items
}

/// The latest the morning question is asked: after that, "this morning"
/// is too long ago to remember well.
pub fn morning_question_until() -> NaiveTime {
    NaiveTime::from_hms_opt(12, 0, 0).expect("valid")
}

/// The one gentle question at the first desk session of the day: the
/// enabled exercises anchored to the morning routine with no answer today,
/// once a day (`asked_on`), only at the desk, from the routine's usual time
/// until noon. `None`: nothing to ask.
pub fn morning_question<Tz: TimeZone>(
    exercises: &[Exercise],
    history: &History,
    now: &DateTime<Tz>,
    situation: Situation,
    sitting: bool,
    asked_on: Option<NaiveDate>,
) -> Option<Vec<ExerciseId>> {
    let today = now.date_naive();
    let time = now.time();
    let from = Routine::Morning.usual_time()?;
    if asked_on == Some(today)
        || situation != Situation::Desk
        || !sitting
        || time < from
        || time >= morning_question_until()
    {
        return None;
    }
    let open: Vec<ExerciseId> = anchored_today(exercises, history, now)
        .into_iter()
        .filter(|a| a.routine == Routine::Morning && a.answer.is_none())
        .map(|a| a.exercise)
        .collect();
    (!open.is_empty()).then_some(open)
}

#[cfg(test)]
#[path = "moment_tests.rs"]
mod tests;
