//! The record of micro-sessions: one JSON object per line, append-only.
//!
//! Parsing is forgiving by design: a line that was cut short by a crash or
//! mangled by hand is reported with its number and skipped, and every other
//! line is kept; so is a line dated outside the years 1970 to 9999, which no
//! real history holds. Sessions carry their own UTC offset, so a history
//! written in one time zone reads correctly in another.
//!
//! A line written by a newer version (a field this one does not know, or a
//! `via` value it has no name for) is read as far as this version
//! understands it, and its text is kept so that it is written back exactly
//! as it was (`Session::to_line`): nothing a newer version wrote is lost by
//! this one.

use std::collections::HashMap;

use chrono::{
    DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, SubsecRound, TimeZone, Timelike, Utc,
};
use serde::{Deserialize, Serialize};

use super::exercise::{Dose, ExerciseId};
use super::moment::{Routine, Situation};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Done,
    Snoozed,
    Skipped,
    /// Prompted, never answered before the prompt lapsed.
    Missed,
}

impl Outcome {
    pub fn as_str(&self) -> &'static str {
        match self {
            Outcome::Done => "done",
            Outcome::Snoozed => "snoozed",
            Outcome::Skipped => "skipped",
            Outcome::Missed => "missed",
        }
    }
}

/// Where the answer came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    Notification,
    Window,
    Cli,
    Tray,
    Scheduler,
}

/// One answered (or lapsed) micro-session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub at: DateTime<FixedOffset>,
    pub exercise: ExerciseId,
    pub outcome: Outcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dose: Option<Dose>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// For `Outcome::Snoozed`: when to prompt again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<DateTime<FixedOffset>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<Via>,
    /// Done in a meeting, a call or while reading; absent at the desk (and
    /// in lines from before it was recorded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<Situation>,
    /// The everyday routine it was done with, for an anchored item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<Routine>,
    /// The line as read, when it holds more than the fields above can say
    /// (a newer version's fields or `via` values): written back as it is.
    #[serde(skip)]
    pub original: Option<Box<str>>,
}

/// The fields this version writes; anything else in a line is a newer
/// version's, and is kept with the line.
const KNOWN_FIELDS: [&str; 9] = [
    "at", "exercise", "outcome", "dose", "minutes", "until", "via", "context", "anchor",
];

impl Session {
    pub fn new(at: DateTime<FixedOffset>, exercise: ExerciseId, outcome: Outcome) -> Self {
        Session {
            // Whole seconds: nobody needs more, and the file stays readable.
            at: at.with_nanosecond(0).unwrap_or(at),
            exercise,
            outcome,
            dose: None,
            minutes: None,
            until: None,
            via: None,
            context: None,
            anchor: None,
            original: None,
        }
    }

    /// The line written to the history file, without the newline: the line
    /// as read when it came from a newer version.
    pub fn to_line(&self) -> String {
        match &self.original {
            Some(line) => line.to_string(),
            None => serde_json::to_string(self).expect("a session always serialises"),
        }
    }

    pub fn from_line(line: &str) -> Result<Session, String> {
        // Lines as this app writes them take the fast path; anything else
        // (escapes, other time formats, a newer version's line, errors)
        // goes through the derived parser, which gives the same sessions
        // and the error messages.
        Self::from_plain_line(line)
            .map(Ok)
            .unwrap_or_else(|| match serde_json::from_str(line) {
                Ok(s) => Ok(Self::keep_newer(line, s)),
                Err(e) => Self::from_newer_line(line).ok_or_else(|| e.to_string()),
            })
    }

    /// A session the derived parser read, with the line kept when it has
    /// fields this version ignores.
    fn keep_newer(line: &str, mut session: Session) -> Session {
        let object: Result<serde_json::Map<String, serde_json::Value>, _> =
            serde_json::from_str(line);
        if object.is_ok_and(|o| o.keys().any(|k| !KNOWN_FIELDS.contains(&k.as_str()))) {
            session.original = Some(line.into());
        }
        session
    }

    /// A line the derived parser refused only for a `via` or `context`
    /// value this version has no name for: read without it, the line kept.
    fn from_newer_line(line: &str) -> Option<Session> {
        let mut object: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(line).ok()?;
        let unknown_via = object
            .get("via")
            .and_then(|v| v.as_str())
            .is_some_and(|v| serde_json::from_value::<Via>(v.into()).is_err());
        let unknown_context = object
            .get("context")
            .and_then(|v| v.as_str())
            .is_some_and(|v| serde_json::from_value::<Situation>(v.into()).is_err());
        if !unknown_via && !unknown_context {
            return None;
        }
        if unknown_via {
            object.remove("via");
        }
        if unknown_context {
            object.remove("context");
        }
        let mut session: Session = serde_json::from_value(object.into()).ok()?;
        session.original = Some(line.into());
        Some(session)
    }

    /// The fast path: the same fields with the same attributes, but the times
    /// and the id borrowed from the line, and times in the form this app
    /// writes parsed by hand. `None` whenever it is not sure, never a
    /// different session.
    fn from_plain_line(line: &str) -> Option<Session> {
        let raw: PlainLine = serde_json::from_str(line).ok()?;
        let until = match raw.until {
            Some(u) => Some(parse_time(u)?),
            None => None,
        };
        Some(Session {
            at: parse_time(raw.at)?,
            exercise: raw.exercise.parse().ok()?,
            outcome: raw.outcome,
            dose: raw.dose,
            minutes: raw.minutes,
            until,
            via: raw.via,
            context: raw.context,
            anchor: match raw.anchor {
                Some(a) => Some(a.parse().ok()?),
                None => None,
            },
            original: None,
        })
    }

    /// The session if its times are plausible, or why not.
    fn checked(self) -> Result<Session, String> {
        for (field, t) in [("at", Some(&self.at)), ("until", self.until.as_ref())] {
            if let Some(t) = t
                && !in_sane_range(t)
            {
                return Err(format!(
                    "{field} {} is outside the years {EARLIEST_YEAR} to {LATEST_YEAR}",
                    t.to_rfc3339()
                ));
            }
        }
        Ok(self)
    }

    /// Minutes of activity this session stands for: logged minutes, or the
    /// dose when it is a duration.
    pub fn active_minutes(&self) -> u32 {
        if self.outcome != Outcome::Done {
            return 0;
        }
        self.minutes
            .or_else(|| self.dose.and_then(|d| d.minutes()))
            .unwrap_or(0)
    }
}

/// A `Session` line with its text borrowed: strings with escapes do not fit,
/// and send the line to the derived parser.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlainLine<'a> {
    at: &'a str,
    exercise: &'a str,
    outcome: Outcome,
    #[serde(default)]
    dose: Option<Dose>,
    #[serde(default)]
    minutes: Option<u32>,
    #[serde(default)]
    until: Option<&'a str>,
    #[serde(default)]
    via: Option<Via>,
    #[serde(default)]
    context: Option<Situation>,
    #[serde(default)]
    anchor: Option<&'a str>,
}

/// A time as chrono's deserializer reads it (`str::parse`), with the form
/// this app writes (`2026-11-22T10:30:00+01:00` or `...Z`) read directly.
fn parse_time(s: &str) -> Option<DateTime<FixedOffset>> {
    written_time(s).or_else(|| s.parse().ok())
}

/// `YYYY-MM-DDTHH:MM:SS` and `Z` or `+HH:MM`/`-HH:MM`, nothing else (no
/// fractions, no leap second): `None` for anything chrono should judge.
fn written_time(s: &str) -> Option<DateTime<FixedOffset>> {
    let b = s.as_bytes();
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let num = |from: usize, to: usize| -> Option<u32> {
        b[from..to].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let date = NaiveDate::from_ymd_opt(num(0, 4)? as i32, num(5, 7)?, num(8, 10)?)?;
    let time = NaiveTime::from_hms_opt(num(11, 13)?, num(14, 16)?, num(17, 19)?)?;
    let offset = match &b[19..] {
        b"Z" => 0,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let (hours, minutes) = (num(20, 22)?, num(23, 25)?);
            if minutes >= 60 {
                return None;
            }
            let secs = (hours * 3600 + minutes * 60) as i32;
            if *sign == b'-' { -secs } else { secs }
        }
        _ => return None,
    };
    FixedOffset::east_opt(offset)?
        .from_local_datetime(&date.and_time(time))
        .single()
}

/// How far after now a session may be stamped and still count: clocks of
/// machines sharing a history differ by seconds, not by more. Anything
/// later was written by a clock that ran ahead.
pub const FUTURE_SLACK_MINUTES: i64 = 5;

/// The range of dates a history line may carry: a wider year is a mangled
/// line, and would send day-by-day arithmetic over hundreds of thousands of
/// years.
const EARLIEST_YEAR: i32 = 1970;
const LATEST_YEAR: i32 = 9999;

/// Whether a session's times are in the range a real history holds.
fn in_sane_range(t: &DateTime<FixedOffset>) -> bool {
    (EARLIEST_YEAR..=LATEST_YEAR).contains(&t.with_timezone(&Utc).year())
}

/// A line of the history file that could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct BadLine {
    /// 1-based, as an editor shows it.
    pub line: usize,
    pub reason: String,
}

/// All sessions, ordered by time, with a per-exercise index.
#[derive(Clone, Debug, Default)]
pub struct History {
    sessions: Vec<Session>,
    by_exercise: HashMap<ExerciseId, Vec<usize>>,
}

impl History {
    pub fn new(mut sessions: Vec<Session>) -> Self {
        sessions.sort_by_key(|s| s.at.with_timezone(&Utc));
        let mut by_exercise: HashMap<ExerciseId, Vec<usize>> = HashMap::new();
        for (i, s) in sessions.iter().enumerate() {
            // Look up before cloning the id: nearly every id is there already.
            match by_exercise.get_mut(&s.exercise) {
                Some(list) => list.push(i),
                None => {
                    by_exercise.insert(s.exercise.clone(), vec![i]);
                }
            }
        }
        History {
            sessions,
            by_exercise,
        }
    }

    /// Reads the text of a history file; bad lines are returned, not fatal.
    pub fn parse(text: &str) -> (History, Vec<BadLine>) {
        let mut sessions = Vec::new();
        let mut bad = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            match Session::from_line(line).and_then(Session::checked) {
                Ok(s) => sessions.push(s),
                Err(reason) => bad.push(BadLine {
                    line: i + 1,
                    reason,
                }),
            }
        }
        (History::new(sessions), bad)
    }

    pub fn sessions(&self) -> &[Session] {
        &self.sessions
    }

    pub fn len(&self) -> usize {
        self.sessions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty()
    }

    pub fn push(&mut self, session: Session) {
        let at = session.at.with_timezone(&Utc);
        // Appends are nearly always the newest; keep order without a resort.
        let pos = self
            .sessions
            .partition_point(|s| s.at.with_timezone(&Utc) <= at);
        if pos == self.sessions.len() {
            self.by_exercise
                .entry(session.exercise.clone())
                .or_default()
                .push(pos);
            self.sessions.push(session);
        } else {
            self.sessions.insert(pos, session);
            *self = History::new(std::mem::take(&mut self.sessions));
        }
    }

    /// Puts `new` in the place of `old` (a corrected entry); whether `old`
    /// was there.
    pub fn replace(&mut self, old: &Session, new: Session) -> bool {
        let Some(i) = self.sessions.iter().position(|s| s == old) else {
            return false;
        };
        self.sessions[i] = new;
        *self = History::new(std::mem::take(&mut self.sessions));
        true
    }

    /// Sessions of one exercise, oldest first.
    pub fn of<'a>(
        &'a self,
        exercise: &ExerciseId,
    ) -> impl DoubleEndedIterator<Item = &'a Session> + 'a {
        self.by_exercise
            .get(exercise)
            .map(|v| v.as_slice())
            .unwrap_or(&[])
            .iter()
            .map(|&i| &self.sessions[i])
    }

    /// Sessions at or after `from` and before `to`.
    pub fn between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> &[Session] {
        let a = self
            .sessions
            .partition_point(|s| s.at.with_timezone(&Utc) < from);
        let b = self
            .sessions
            .partition_point(|s| s.at.with_timezone(&Utc) < to);
        &self.sessions[a..b.max(a)]
    }

    /// Sessions stamped after `t`, oldest first.
    pub fn after(&self, t: DateTime<Utc>) -> &[Session] {
        let a = self
            .sessions
            .partition_point(|s| s.at.with_timezone(&Utc) <= t);
        &self.sessions[a..]
    }

    /// The answer that settled a prompt of `exercise` due since `since`:
    /// the first session of it stamped at or after that moment (to the
    /// second, as sessions are stamped), whatever its outcome (a snooze
    /// answers a prompt too; a missed one lapsed). Sessions stamped well
    /// after `now`, by a clock that ran ahead, do not count, as in the
    /// planner. `None`: the prompt is still open.
    pub fn answer_since(
        &self,
        exercise: &ExerciseId,
        since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Option<&Session> {
        let since = since.trunc_subsecs(0);
        let latest = now + chrono::Duration::minutes(FUTURE_SLACK_MINUTES);
        self.of(exercise).find(|s| {
            let at = s.at.with_timezone(&Utc);
            at >= since && at <= latest
        })
    }

    /// Everything up to and including `until`, for looking at the past as it was.
    pub fn until(&self, until: DateTime<Utc>) -> History {
        let b = self
            .sessions
            .partition_point(|s| s.at.with_timezone(&Utc) <= until);
        History::new(self.sessions[..b].to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn id(s: &str) -> ExerciseId {
        s.parse().unwrap()
    }

    #[test]
    fn a_session_round_trips_as_one_line() {
        let mut s = Session::new(
            at("2026-11-22T10:30:00+01:00"),
            id("calf-raises"),
            Outcome::Done,
        );
        s.dose = Some(Dose::SetsOfReps { sets: 3, reps: 15 });
        s.via = Some(Via::Notification);
        let line = s.to_line();
        assert_eq!(
            line,
            r#"{"at":"2026-11-22T10:30:00+01:00","exercise":"calf-raises","outcome":"done","dose":"3 sets of 15","via":"notification"}"#
        );
        assert_eq!(Session::from_line(&line), Ok(s));
    }

    #[test]
    fn a_truncated_last_line_keeps_every_complete_entry() {
        let text = concat!(
            r#"{"at":"2026-11-20T09:00:00Z","exercise":"ankle-rotations","outcome":"done"}"#,
            "\n",
            r#"{"at":"2026-11-21T09:00:00Z","exercise":"ankle-rotations","outcome":"skipped"}"#,
            "\n",
            r#"{"at":"2026-11-22T09:00:00Z","exercise":"ankle-rot"#
        );
        let (h, bad) = History::parse(text);
        assert_eq!(h.len(), 2);
        assert_eq!(bad.len(), 1);
        assert_eq!(bad[0].line, 3);
    }

    #[test]
    fn garbage_in_the_middle_is_skipped_with_its_line_number() {
        let text = concat!(
            r#"{"at":"2026-11-20T09:00:00Z","exercise":"legs-up","outcome":"done"}"#,
            "\n\u{0}\u{1}garbage\n",
            r#"{"at":"2026-11-20T10:00:00Z","exercise":"legs-up","outcome":"exploded"}"#,
            "\n",
            r#"{"at":"2026-11-20T11:00:00Z","exercise":"legs-up","outcome":"done","future_field":1}"#,
            "\n"
        );
        let (h, bad) = History::parse(text);
        assert_eq!(
            h.len(),
            2,
            "unknown fields from newer versions are tolerated"
        );
        assert_eq!(bad.iter().map(|b| b.line).collect::<Vec<_>>(), vec![2, 3]);
        assert!(bad[1].reason.contains("exploded"), "{}", bad[1].reason);
    }

    #[test]
    fn the_fast_path_reads_times_exactly_as_chrono_does() {
        let mut cases: Vec<String> = [
            "2026-11-22T10:30:00+01:00",
            "2026-11-22T10:30:00Z",
            "2026-11-22T10:30:00-00:00",
            "2026-11-22T10:30:00-05:30",
            "2026-11-22T10:30:00+23:59",
            "2026-11-22T10:30:00+24:00",
            "2026-11-22T10:30:00+99:00",
            "2026-11-22T10:30:00+01:60",
            "2026-11-22T10:30:00+0100",
            "2026-11-22T10:30:00z",
            "2026-11-22t10:30:00Z",
            "2026-11-22 10:30:00Z",
            "2026-11-22T10:30:00.5Z",
            "2026-11-22T23:59:60Z",
            "2026-02-29T10:30:00Z",
            "2028-02-29T10:30:00Z",
            "2026-13-01T10:30:00Z",
            "2026-00-01T10:30:00Z",
            "2026-11-00T10:30:00Z",
            "2026-11-31T10:30:00Z",
            "2026-11-22T24:00:00Z",
            "2026-11-22T10:60:00Z",
            "0000-01-01T00:00:00+01:00",
            "9999-12-31T23:59:59-23:59",
            "+2026-11-22T10:30:00Z",
            "2026-11-22T10:30:00Z ",
            "2026-11-22T1a:30:00Z",
            "2026-11-22T10:30:00+01:00x",
        ]
        .map(String::from)
        .to_vec();
        // And many in the written shape with arbitrary digits.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            let mut digit = |n: u64| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed % n
            };
            cases.push(format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}",
                digit(10_000),
                digit(14),
                digit(33),
                digit(26),
                digit(62),
                digit(62),
                match digit(3) {
                    0 => "Z".to_owned(),
                    1 => format!("+{:02}:{:02}", digit(26), digit(62)),
                    _ => format!("-{:02}:{:02}", digit(26), digit(62)),
                }
            ));
        }
        for s in &cases {
            let chrono: Option<DateTime<FixedOffset>> = s.parse().ok();
            if let Some(fast) = written_time(s) {
                assert_eq!(Some(fast), chrono, "{s}");
                assert_eq!(fast.offset(), chrono.unwrap().offset(), "{s}");
            }
            assert_eq!(parse_time(s), chrono, "{s}");
        }
    }

    #[test]
    fn the_fast_path_gives_the_same_sessions_and_errors() {
        let lines = [
            r#"{"at":"2026-11-22T10:30:00+01:00","exercise":"calf-raises","outcome":"done","dose":"3 sets of 15","via":"notification"}"#,
            r#"{"at":"2026-11-22T10:30:00Z","exercise":"cycling","outcome":"done","minutes":30}"#,
            r#"{"at":"2026-11-22T10:30:00Z","exercise":"legs-up","outcome":"snoozed","until":"2026-11-22T10:40:00Z"}"#,
            r#"{"at":"2026-11-22T10:30:00Z","exercise":"legs-up","outcome":"snoozed","until":null}"#,
            r#"{"at":"2026-11-22T10:30:00.25+01:00","exercise":"legs-up","outcome":"done"}"#,
            r#"{"at":"2026-11-22T10:30:00Z","exercise":"legs-up","outcome":"done"}"#,
            r#"{"at":"2026-11-22T10:30:00Z","exercise":"legs-up","outcome":"done","future":[1,{"a":2}]}"#,
            r#"{"at":"2026-11-22T10:30:00Z","exercise":"legs-up","outcome":"done","at":"2026-11-22T10:30:00Z"}"#,
            r#"{"at":"2026-11-22T25:30:00Z","exercise":"legs-up","outcome":"done"}"#,
            r#"{"at":"2026-11-22T10:30:00Z","exercise":"Legs-Up","outcome":"done"}"#,
            r#"{"at":"2026-11-22T10:30:00Z","exercise":"legs-up","outcome":"exploded"}"#,
            r#"{"at":"2026-11-22T10:30:00Z","exercise":"legs-up","outcome":"done","dose":"lots"}"#,
            r#"{"at":"2026-11-22T10:30:00Z","exercise":"legs-up","outcome":"done","minutes":-1}"#,
            r#"{"at":"2026-11-22T10:30:00Z","exercise":"legs-up"}"#,
            r#"["2026-11-22T10:30:00Z","legs-up","done"]"#,
            r#"{"at":"2026-11-22T10:30:00Z","exercise":"legs-up","outcome":"done"} trailing"#,
            r#"{"at":"2026-11-22T10:30:00Z","exercise":"legs-up","outcome":"done""#,
            "null",
            "",
        ];
        for line in lines {
            let derived: Result<Session, String> =
                serde_json::from_str(line).map_err(|e| e.to_string());
            let read = Session::from_line(line).map(|mut s| {
                // Kept for lines with a newer version's fields; not a field.
                s.original = None;
                s
            });
            assert_eq!(read, derived, "{line}");
        }
    }

    #[test]
    fn a_newer_versions_fields_and_via_values_are_read_and_written_back_unchanged() {
        let lines = [
            r#"{"at":"2026-11-22T10:30:00Z","exercise":"legs-up","outcome":"done","via":"watch"}"#,
            r#"{"at":"2026-11-22T10:30:00Z","exercise":"legs-up","outcome":"done","heart_rate":[61,64],"via":"cli"}"#,
            r#"{"at":"2026-11-22T10:30:00Z","exercise":"legs-up","outcome":"done","via":"voice","mood":"good"}"#,
            r#"{"at":"2026-11-22T10:30:00.5Z","exercise":"legs-up","outcome":"done","note":"caf\u00e9"}"#,
        ];
        for line in lines {
            let s = Session::from_line(line).unwrap_or_else(|e| panic!("{line}: {e}"));
            assert_eq!(s.exercise.as_str(), "legs-up");
            assert_eq!(s.outcome, Outcome::Done);
            assert_eq!(s.to_line(), line, "written back as it was");
        }
        let watch = Session::from_line(lines[0]).unwrap();
        assert_eq!(watch.via, None, "a via this version cannot name");
        assert_eq!(Session::from_line(lines[1]).unwrap().via, Some(Via::Cli));
        // A line this version writes keeps no copy of itself.
        let plain =
            r#"{"at":"2026-11-22T10:30:00Z","exercise":"legs-up","outcome":"done","via":"cli"}"#;
        assert_eq!(Session::from_line(plain).unwrap().original, None);
        // A wrong type is still a bad line, not a newer version's value.
        assert!(
            Session::from_line(
                r#"{"at":"2026-11-22T10:30:00Z","exercise":"legs-up","outcome":"done","via":5}"#
            )
            .is_err()
        );
    }

    #[test]
    fn the_context_and_anchor_are_read_and_old_lines_without_them_still_load() {
        // A line from before either field: both absent.
        let old = r#"{"at":"2026-11-22T10:30:00Z","exercise":"ankle-rotations","outcome":"done","dose":"10 circles each way","via":"notification"}"#;
        let s = Session::from_line(old).unwrap();
        assert_eq!((s.context, s.anchor.clone()), (None, None));
        assert_eq!(s.to_line(), old, "written back as it was");
        // This version's lines: both read, fast path and derived alike.
        let new = r#"{"at":"2026-11-22T10:30:00Z","exercise":"ankle-rotations","outcome":"done","via":"notification","context":"meeting"}"#;
        let s = Session::from_line(new).unwrap();
        assert_eq!(s.context, Some(Situation::Meeting));
        assert_eq!(s.original, None);
        assert_eq!(s.to_line(), new);
        let anchored = r#"{"at":"2026-11-22T07:30:00Z","exercise":"calf-raises","outcome":"done","via":"cli","anchor":"morning"}"#;
        let s = Session::from_line(anchored).unwrap();
        assert_eq!(s.anchor, Some(Routine::Morning));
        assert_eq!(s.to_line(), anchored);
        let named = r#"{"at":"2026-11-22T07:30:00Z","exercise":"calf-raises","outcome":"done","anchor":"waiting for the printer"}"#;
        assert_eq!(
            Session::from_line(named).unwrap().anchor,
            Some(Routine::Named("waiting for the printer".into()))
        );
        // A context a newer version knows: read without it, kept as written.
        let newer = r#"{"at":"2026-11-22T10:30:00Z","exercise":"ankle-rotations","outcome":"done","context":"commute"}"#;
        let s = Session::from_line(newer).unwrap();
        assert_eq!(s.context, None);
        assert_eq!(s.to_line(), newer);
        let (history, bad) = History::parse(&format!("{old}\n{new}\n{newer}\n"));
        assert!(bad.is_empty(), "{bad:?}");
        assert_eq!(history.len(), 3);
    }

    #[test]
    fn sessions_are_ordered_by_instant_across_offsets() {
        let mut h = History::default();
        h.push(Session::new(
            at("2026-11-22T10:00:00+01:00"),
            id("legs-up"),
            Outcome::Done,
        ));
        // 09:30 UTC is after 10:00+01:00 (09:00 UTC).
        h.push(Session::new(
            at("2026-11-22T09:30:00+00:00"),
            id("legs-up"),
            Outcome::Done,
        ));
        h.push(Session::new(
            at("2026-11-22T08:00:00+00:00"),
            id("calf-raises"),
            Outcome::Done,
        ));
        let order: Vec<String> = h.sessions().iter().map(|s| s.at.to_rfc3339()).collect();
        assert_eq!(
            order,
            vec![
                "2026-11-22T08:00:00+00:00",
                "2026-11-22T10:00:00+01:00",
                "2026-11-22T09:30:00+00:00"
            ]
        );
        assert_eq!(h.of(&id("legs-up")).count(), 2);
        assert_eq!(h.of(&id("calf-raises")).count(), 1);
    }

    #[test]
    fn a_prompt_is_settled_by_any_answer_from_its_moment_on() {
        let utc = |s: &str| at(s).to_utc();
        let mut h = History::default();
        h.push(Session::new(
            at("2026-11-23T10:00:00Z"),
            id("calf-raises"),
            Outcome::Done,
        ));
        let now = utc("2026-11-23T11:00:00Z");
        // The 10:30 prompt is open: the answer before it settled an older one.
        assert_eq!(
            h.answer_since(&id("calf-raises"), utc("2026-11-23T10:30:00Z"), now),
            None
        );
        h.push(Session::new(
            at("2026-11-23T10:42:00+00:00"),
            id("calf-raises"),
            Outcome::Snoozed,
        ));
        h.push(Session::new(
            at("2026-11-23T10:43:00+00:00"),
            id("calf-raises"),
            Outcome::Done,
        ));
        let answer = h.answer_since(&id("calf-raises"), utc("2026-11-23T10:30:00Z"), now);
        assert_eq!(
            answer.map(|s| s.outcome),
            Some(Outcome::Snoozed),
            "the first"
        );
        // Another exercise's answer settles nothing of this one.
        assert_eq!(
            h.answer_since(&id("legs-up"), utc("2026-11-23T10:30:00Z"), now),
            None
        );
        // An answer in the prompt's own second counts (answers are stamped
        // to the second; a sitting prompt may fall due within one).
        let mut same = History::default();
        same.push(Session::new(
            at("2026-11-23T10:30:07Z"),
            id("legs-up"),
            Outcome::Skipped,
        ));
        let since = utc("2026-11-23T10:30:07Z") + chrono::Duration::milliseconds(600);
        assert!(same.answer_since(&id("legs-up"), since, now).is_some());
        // One stamped hours ahead (a clock that ran ahead) does not.
        let mut ahead = History::default();
        ahead.push(Session::new(
            at("2026-11-23T18:00:00Z"),
            id("legs-up"),
            Outcome::Done,
        ));
        assert_eq!(
            ahead.answer_since(&id("legs-up"), utc("2026-11-23T10:30:00Z"), now),
            None
        );
    }
}
