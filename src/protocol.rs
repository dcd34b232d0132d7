//! The daemon's socket protocol: one JSON object per line each way.
//!
//! Every request and response carries the protocol version `v`, so a CLI and
//! a daemon of different versions refuse each other clearly instead of
//! misreading. Times inside requests are RFC 3339, already resolved by the
//! caller in its own time zone.
//!
//! One request is different: `subscribe` keeps its connection open. The
//! daemon answers it like any other (`subscribed`, with the current
//! generation), then writes a [`PushLine`] each time something the window
//! shows changes, and `stopping` before it exits. Pushes say only *that*
//! something changed: the window asks for the status again, so a push that
//! is lost or merged with the next one costs nothing.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::core::Via;
use crate::core::moment::BusyMode;
use crate::report::{HistoryReport, StatusReport, UpcomingEntry, rfc3339};

pub const VERSION: u32 = 1;
/// Longest request line the daemon reads.
pub const MAX_LINE: usize = 64 * 1024;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "cmd", rename_all = "kebab-case")]
pub enum Request {
    Ping,
    Status,
    /// Day by day and week by week, for the window's History view.
    History {
        weeks: usize,
    },
    Upcoming {
        from: Option<String>,
        count: usize,
    },
    /// The next prompts if the schedule were `preferences` (a preferences
    /// file's text, e.g. the window's unsaved draft), with the real history
    /// and state: what the Schedule view previews.
    Preview {
        preferences: String,
        count: usize,
    },
    Done {
        exercise: Option<String>,
        minutes: Option<u32>,
        dose: Option<String>,
        at: Option<String>,
        /// See [`Request::Snooze::prompt`].
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "rfc3339::option"
        )]
        prompt: Option<DateTime<FixedOffset>>,
        /// Ticks off the exercise's item anchored to this routine
        /// ("morning"), dated at the routine when `at` is absent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        anchor: Option<String>,
    },
    Skip {
        exercise: Option<String>,
        at: Option<String>,
        /// See [`Request::Snooze::prompt`].
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "rfc3339::option"
        )]
        prompt: Option<DateTime<FixedOffset>>,
        /// See [`Request::Done::anchor`]: said not done with it today.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        anchor: Option<String>,
    },
    Snooze {
        exercise: Option<String>,
        minutes: Option<u32>,
        /// Which prompt of `exercise` this answers, by the moment it became
        /// due (`since` in `status`): once that prompt is settled (answered
        /// at or after it, from anywhere) the request records nothing and
        /// says so. Absent (older clients, the command line): a session is
        /// recorded whenever asked.
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "rfc3339::option"
        )]
        prompt: Option<DateTime<FixedOffset>>,
    },
    /// Starts a guided session of `exercise` (or of the one due), paced
    /// step by step; `prompt` is the prompt it answers (see
    /// [`Request::Snooze::prompt`]), settled when the session records.
    Start {
        exercise: Option<String>,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "rfc3339::option"
        )]
        prompt: Option<DateTime<FixedOffset>>,
    },
    /// Pauses, resumes, skips a step of or stops the running session.
    Guide {
        action: GuideAction,
    },
    /// The minutes of the last guided walk or ride that ran to its end by
    /// itself (perhaps with the screen locked): kept as recorded (`minutes`
    /// absent) or corrected.
    Correct {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        minutes: Option<u32>,
    },
    /// In a meeting, a call or reading (`mode`; absent from older
    /// clients: reading) for `duration` (as for a pause; empty: an hour),
    /// or "off": no input is not a break, and prompts fit the situation.
    Busy {
        duration: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        mode: Option<BusyMode>,
    },
    /// `duration`: "30m", "1h30m", "until-tomorrow", read on the daemon's clock.
    Pause {
        duration: String,
    },
    Resume,
    NotifyTest,
    /// Re-read the preferences file now (the window sends this after saving).
    Reload,
    Stop,
    /// Keep this connection open and hear of every change (see the module
    /// doc); only the daemon's socket server answers it.
    Subscribe,
}

/// What to do with the running guided session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GuideAction {
    Pause,
    Resume,
    /// End the current step and go on to the next.
    Skip,
    /// End the session, recording what was done.
    Stop,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reply {
    Status(Box<StatusReport>),
    History(Box<HistoryReport>),
    Upcoming {
        prompts: Vec<UpcomingEntry>,
    },
    Message {
        text: String,
    },
    /// The answer to `subscribe`: pushes follow on the same connection.
    Subscribed {
        generation: u64,
    },
}

/// What the daemon writes to a subscriber after `subscribed`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Push {
    /// Something the window shows changed; `generation` counts the changes
    /// since the daemon started.
    Changed { generation: u64 },
    /// The daemon is about to exit and closes the connection.
    Stopping,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PushLine {
    pub v: u32,
    #[serde(flatten)]
    pub push: Push,
}

pub fn push_line(push: Push) -> String {
    serde_json::to_string(&PushLine { v: VERSION, push }).expect("pushes serialise")
}

/// Reads a line a subscriber received; a line it cannot read (from a newer
/// daemon) is taken as a change, which makes the window look again.
pub fn parse_push(line: &str) -> Push {
    serde_json::from_str::<PushLine>(line)
        .map(|l| l.push)
        .unwrap_or(Push::Changed { generation: 0 })
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RequestLine {
    pub v: u32,
    /// Who asks: recorded with the sessions a request creates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<Via>,
    /// The asker's language, clock and week: the daemon answers in them,
    /// so `status` reads the same with or without a daemon running.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speak: Option<Speech>,
    #[serde(flatten)]
    pub request: Request,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ResponseLine {
    pub v: u32,
    pub ok: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<Reply>,
    /// For errors: 2 for bad input, 1 otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// The language, clock and first weekday a client reads, as a request
/// carries them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speech {
    /// A language tag ("de", "pt-BR"); an unknown one means English.
    pub language: String,
    /// "12h" or "24h".
    pub clock: String,
    pub first_day: chrono::Weekday,
    /// Whether short dates put the month first (the US).
    #[serde(default)]
    pub month_first: bool,
}

impl Speech {
    /// What this process reads now.
    pub fn current() -> Speech {
        let s = crate::i18n::current();
        Speech {
            language: s.language.tag().to_owned(),
            clock: s.clock.as_str().to_owned(),
            first_day: s.first_day,
            month_first: s.region.month_first,
        }
    }

    /// The setting to answer in, on top of the daemon's own `base`.
    pub fn setting(&self, base: crate::i18n::Setting) -> crate::i18n::Setting {
        let mut region = base.region;
        region.month_first = self.month_first;
        crate::i18n::Setting {
            language: self.language.parse().unwrap_or_default(),
            clock: self.clock.parse().unwrap_or(base.clock),
            first_day: self.first_day,
            region,
        }
    }
}

/// Reads one request line and who sent it (the command line unless it
/// says otherwise); the error is what to answer.
pub fn parse_request(line: &str) -> Result<(Request, Via), String> {
    parse_request_spoken(line).map(|(r, via, _)| (r, via))
}

/// `parse_request`, with the language the asker reads, if it said.
pub fn parse_request_spoken(line: &str) -> Result<(Request, Via, Option<Speech>), String> {
    if line.len() > MAX_LINE {
        return Err(format!(
            "request too large ({} bytes; at most {MAX_LINE})",
            line.len()
        ));
    }
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("malformed request: {e}"))?;
    match value.get("v").and_then(|v| v.as_u64()) {
        Some(v) if v == VERSION as u64 => {}
        Some(v) => {
            return Err(format!(
                "protocol version {v} is not supported (this daemon speaks {VERSION})"
            ));
        }
        None => return Err("malformed request: missing protocol version `v`".to_owned()),
    }
    let line: RequestLine =
        serde_json::from_value(value).map_err(|e| format!("malformed request: {e}"))?;
    Ok((line.request, line.via.unwrap_or(Via::Cli), line.speak))
}

pub fn request_line(request: &Request, via: Via) -> String {
    serde_json::to_string(&RequestLine {
        v: VERSION,
        via: Some(via),
        speak: Some(Speech::current()),
        request: request.clone(),
    })
    .expect("requests serialise")
}

pub fn ok_line(reply: Reply) -> String {
    serde_json::to_string(&ResponseLine {
        v: VERSION,
        ok: true,
        reply: Some(reply),
        code: None,
        error: None,
    })
    .expect("replies serialise")
}

pub fn error_line(code: u8, error: &str) -> String {
    serde_json::to_string(&ResponseLine {
        v: VERSION,
        ok: false,
        reply: None,
        code: Some(code),
        error: Some(error.to_owned()),
    })
    .expect("errors serialise")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_round_trip() {
        let r = Request::Done {
            exercise: Some("calf-raises".into()),
            minutes: None,
            dose: Some("2 sets of 15".into()),
            at: None,
            prompt: None,
            anchor: None,
        };
        assert_eq!(
            parse_request(&request_line(&r, Via::Window)),
            Ok((r, Via::Window))
        );
        assert_eq!(
            parse_request(r#"{"v":1,"cmd":"status"}"#),
            Ok((Request::Status, Via::Cli))
        );
    }

    #[test]
    fn an_answer_may_name_its_prompt_and_older_clients_need_not() {
        let since = DateTime::parse_from_rfc3339("2026-11-23T10:30:00+01:00").unwrap();
        let r = Request::Skip {
            exercise: Some("calf-raises".into()),
            at: None,
            prompt: Some(since),
            anchor: None,
        };
        let line = request_line(&r, Via::Window);
        assert!(
            line.contains(r#""prompt":"2026-11-23T10:30:00+01:00""#),
            "{line}"
        );
        assert_eq!(parse_request(&line), Ok((r, Via::Window)));
        // A client from before the field: no prompt, as before.
        assert_eq!(
            parse_request(
                r#"{"v":1,"cmd":"done","exercise":"calf-raises","minutes":null,"dose":null,"at":null}"#
            ),
            Ok((
                Request::Done {
                    exercise: Some("calf-raises".into()),
                    minutes: None,
                    dose: None,
                    at: None,
                    prompt: None,
                    anchor: None,
                },
                Via::Cli
            ))
        );
        // And a request without one is written as before.
        let plain = Request::Snooze {
            exercise: None,
            minutes: None,
            prompt: None,
        };
        assert!(!request_line(&plain, Via::Cli).contains("prompt"));
        assert!(
            parse_request(r#"{"v":1,"cmd":"done","exercise":"x","prompt":"10:30"}"#)
                .unwrap_err()
                .contains("not an RFC 3339 time")
        );
    }

    #[test]
    fn a_subscription_is_answered_then_pushed_to_in_lines_of_their_own() {
        assert_eq!(
            parse_request(r#"{"v":1,"cmd":"subscribe"}"#),
            Ok((Request::Subscribe, Via::Cli))
        );
        assert_eq!(
            ok_line(Reply::Subscribed { generation: 4 }),
            r#"{"v":1,"ok":true,"reply":{"kind":"subscribed","generation":4}}"#
        );
        let changed = push_line(Push::Changed { generation: 5 });
        assert_eq!(changed, r#"{"v":1,"event":"changed","generation":5}"#);
        assert_eq!(parse_push(&changed), Push::Changed { generation: 5 });
        assert_eq!(parse_push(&push_line(Push::Stopping)), Push::Stopping);
        // Something newer, or garbage: look again rather than miss a change.
        assert_eq!(
            parse_push(r#"{"v":1,"event":"moved"}"#),
            Push::Changed { generation: 0 }
        );
    }

    #[test]
    fn malformed_requests_are_refused_with_a_reason() {
        assert!(
            parse_request("{")
                .unwrap_err()
                .starts_with("malformed request")
        );
        assert!(
            parse_request(r#"{"cmd":"status"}"#)
                .unwrap_err()
                .contains("missing protocol version")
        );
        assert!(
            parse_request(r#"{"v":9,"cmd":"status"}"#)
                .unwrap_err()
                .contains("version 9")
        );
        assert!(
            parse_request(r#"{"v":1,"cmd":"explode"}"#)
                .unwrap_err()
                .contains("unknown variant")
        );
        let huge = format!(
            r#"{{"v":1,"cmd":"status","pad":"{}"}}"#,
            "x".repeat(MAX_LINE)
        );
        assert!(parse_request(&huge).unwrap_err().contains("too large"));
    }
}
