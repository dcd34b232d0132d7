//! The tray icon, served from the daemon: what it shows and what its menu
//! does, on every platform, and the host behind it: a StatusNotifierItem
//! over D-Bus on Linux (`ksni`), the notification area on Windows
//! (`windows`).
//!
//! What it shows comes from the same status report as `status` and the
//! window ([`TrayView::of`], pure); what its menu does goes back into the
//! daemon's loop as ordinary requests, so a tick from the tray is recorded
//! like any other (`via: tray`).

use crate::t;

use chrono::{DateTime, FixedOffset};

use crate::core::ExerciseId;
use crate::core::moment::BusyMode;
use crate::protocol::{GuideAction, Request};
use crate::report::{self, StatusReport};

#[cfg(unix)]
mod ksni;
#[cfg(unix)]
pub use self::ksni::Tray;
#[cfg(windows)]
mod windows;
#[cfg(windows)]
pub use self::windows::Tray;

/// What the tray shows, built from the status report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrayView {
    /// id, "Calf raises — 3 sets of 15" and when it fell due (the prompt
    /// its Done answers), for each session due now.
    pub due: Vec<(ExerciseId, String, DateTime<FixedOffset>)>,
    pub done: usize,
    pub total: usize,
    pub streak: u32,
    /// "14:30", when paused.
    pub paused_until: Option<String>,
    /// "Calf raises at 10:50"
    pub next: Option<String>,
    /// Why prompts are being held, if they are.
    pub held: Option<String>,
    /// Answers that could not be saved, said until one is.
    pub unsaved: Vec<String>,
    pub snooze_minutes: u32,
    /// The guided session running: "Calf raises: Set 2 of 3 (step 3 of
    /// 5)", and whether it is paused.
    pub guided: Option<(String, bool)>,
    /// "15:00", while the user said they are in a meeting, a call or
    /// reading, and which.
    pub busy_until: Option<String>,
    pub busy_with: Option<BusyMode>,
}

impl TrayView {
    pub fn of(status: &StatusReport, held: Option<&str>, unsaved: Vec<String>) -> TrayView {
        TrayView {
            due: status
                .due
                .iter()
                .map(|d| {
                    let label = t!("tray-due-item", name = &d.name, dose = &d.dose);
                    (d.exercise.clone(), label, d.since)
                })
                .collect(),
            done: status.progress.done,
            total: status.progress.total,
            streak: status.streak.current,
            paused_until: status.paused_until.as_ref().map(report::hm),
            next: status
                .next
                .as_ref()
                .map(|n| t!("tray-next", name = &n.name, time = report::hm(&n.at))),
            held: held.map(str::to_owned),
            unsaved,
            snooze_minutes: status.snooze_minutes,
            busy_until: status.busy_until.as_ref().map(report::hm),
            busy_with: status.busy_with,
            guided: status.guided.as_ref().map(|g| {
                (
                    t!(
                        "tray-guided",
                        name = &g.name,
                        step = &g.title,
                        number = g.step + 1,
                        steps = g.steps
                    ),
                    g.paused,
                )
            }),
        }
    }

    /// The tooltip's text, under the title "Second Heart".
    pub fn summary(&self) -> String {
        let mut lines = vec![t!("tray-done-today", done = self.done, total = self.total)];
        if self.streak > 0 {
            lines[0] = t!("tray-streak", summary = &lines[0], days = self.streak);
        }
        if let Some((doing, paused)) = &self.guided {
            lines.push(match paused {
                true => t!("tray-doing-paused", what = doing),
                false => t!("tray-doing", what = doing),
            });
        }
        match self.due.as_slice() {
            [] => {}
            [(_, one, _)] => lines.push(t!("tray-due-one", what = one)),
            many => lines.push(t!("tray-due-many", count = many.len())),
        }
        for problem in &self.unsaved {
            lines.push(t!("tray-not-saved", problem = problem));
        }
        if let (Some(until), Some(mode)) = (&self.busy_until, self.busy_with) {
            lines.push(t!("tray-busy-until", mode = mode.label(), time = until));
        }
        if let Some(until) = &self.paused_until {
            lines.push(t!("tray-paused-until", time = until));
        } else if let Some(why) = &self.held {
            lines.push(t!("tray-holding", why = why));
        } else if self.due.is_empty()
            && let Some(next) = &self.next
        {
            lines.push(t!("tray-next-line", next = next));
        }
        lines.join("\n")
    }

    /// The menu, top to bottom, as (label, what it does); `None` is a
    /// separator.
    pub fn menu(&self) -> Vec<Option<(String, Action)>> {
        let mut items = vec![Some((t!("tray-open"), Action::Open)), None];
        if let Some((doing, paused)) = &self.guided {
            let (label, toggle) = match paused {
                true => (t!("tray-resume-session", what = doing), GuideAction::Resume),
                false => (t!("tray-pause-session", what = doing), GuideAction::Pause),
            };
            items.push(Some((label, Action::Guide(toggle))));
            items.push(Some((
                t!("tray-skip-step"),
                Action::Guide(GuideAction::Skip),
            )));
            items.push(Some((
                t!("tray-stop-session"),
                Action::Guide(GuideAction::Stop),
            )));
            items.push(None);
        }
        for (id, label, since) in &self.due {
            if self.guided.is_none() {
                let start = Action::Start(id.clone(), *since);
                items.push(Some((t!("tray-start", what = label), start)));
            }
            let done = Action::Done(id.clone(), *since);
            items.push(Some((t!("tray-done", what = label), done)));
        }
        if !self.due.is_empty() {
            let label = match self.due.len() {
                1 => t!("tray-snooze", minutes = self.snooze_minutes),
                _ => t!("tray-snooze-all", minutes = self.snooze_minutes),
            };
            items.push(Some((label, Action::Snooze)));
            items.push(None);
        }
        match &self.paused_until {
            Some(until) => items.push(Some((t!("tray-resume", time = until), Action::Resume))),
            None => {
                items.push(Some((t!("tray-pause-hour"), Action::Pause("1h"))));
                items.push(Some((
                    t!("tray-pause-tomorrow"),
                    Action::Pause("until-tomorrow"),
                )));
            }
        }
        match (&self.busy_until, self.busy_with) {
            (Some(until), Some(mode)) => items.push(Some((
                t!(
                    "tray-no-longer",
                    situation = mode.situation().phrase(),
                    time = until
                ),
                Action::Busy(None),
            ))),
            _ => {
                for mode in BusyMode::ALL {
                    items.push(Some((
                        t!("tray-busy-hour", mode = mode.label()),
                        Action::Busy(Some(mode)),
                    )));
                }
            }
        }
        items.push(None);
        items.push(Some((t!("tray-quit"), Action::Quit)));
        items
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Open,
    /// Done for the prompt due since then: nothing is recorded twice if it
    /// was answered elsewhere while the menu was open.
    Done(ExerciseId, DateTime<FixedOffset>),
    /// A guided session of the prompt due since then.
    Start(ExerciseId, DateTime<FixedOffset>),
    /// Pause, resume, skip a step of or stop the running session.
    Guide(GuideAction),
    Snooze,
    Pause(&'static str),
    Resume,
    /// In a meeting, a call or reading for an hour, or (`None`) no longer.
    Busy(Option<BusyMode>),
    Quit,
}

impl Action {
    /// The request it makes of the daemon; `None` for Open.
    pub fn request(&self) -> Option<Request> {
        Some(match self {
            Action::Open => return None,
            Action::Done(id, since) => Request::Done {
                exercise: Some(id.to_string()),
                minutes: None,
                dose: None,
                at: None,
                prompt: Some(*since),
                anchor: None,
            },
            Action::Start(id, since) => Request::Start {
                exercise: Some(id.to_string()),
                prompt: Some(*since),
            },
            Action::Guide(action) => Request::Guide { action: *action },
            Action::Snooze => Request::Snooze {
                exercise: None,
                minutes: None,
                prompt: None,
            },
            Action::Pause(duration) => Request::Pause {
                duration: (*duration).to_owned(),
            },
            Action::Resume => Request::Resume,
            Action::Busy(mode) => Request::Busy {
                duration: if mode.is_some() { "1h" } else { "off" }.to_owned(),
                mode: *mode,
            },
            Action::Quit => Request::Stop,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view() -> TrayView {
        TrayView {
            due: vec![(
                "calf-raises".parse().unwrap(),
                "Calf raises — 3 sets of 15".into(),
                DateTime::parse_from_rfc3339("2026-11-23T10:30:00+01:00").unwrap(),
            )],
            done: 2,
            total: 8,
            streak: 4,
            paused_until: None,
            next: Some("Ankle rotations at 11:00".into()),
            held: None,
            unsaved: vec![],
            snooze_minutes: 10,
            guided: None,
            busy_until: None,
            busy_with: None,
        }
    }

    fn labels(v: &TrayView) -> Vec<String> {
        v.menu()
            .into_iter()
            .map(|i| i.map(|(l, _)| l).unwrap_or_else(|| "—".into()))
            .collect()
    }

    #[test]
    fn the_menu_offers_the_due_session_then_pause_and_quit() {
        assert_eq!(
            labels(&view()),
            [
                "Open Second Heart",
                "—",
                "Start: Calf raises — 3 sets of 15",
                "Done: Calf raises — 3 sets of 15",
                "Snooze 10 min",
                "—",
                "Pause for 1 hour",
                "Pause until tomorrow",
                "In a meeting for 1 hour",
                "In a call for 1 hour",
                "Reading for 1 hour",
                "—",
                "Quit Second Heart"
            ]
        );
    }

    #[test]
    fn a_running_session_is_said_and_can_be_paused_skipped_and_stopped_from_the_menu() {
        let v = TrayView {
            guided: Some(("Calf raises: Set 2 of 3 (step 3 of 5)".into(), false)),
            ..view()
        };
        assert_eq!(
            labels(&v)[..8],
            [
                "Open Second Heart",
                "—",
                "Pause: Calf raises: Set 2 of 3 (step 3 of 5)",
                "Skip to the next step",
                "Stop the session (records what was done)",
                "—",
                "Done: Calf raises — 3 sets of 15",
                "Snooze 10 min",
            ]
        );
        assert_eq!(
            v.menu()[4].as_ref().unwrap().1.request(),
            Some(Request::Guide {
                action: GuideAction::Stop
            })
        );
        assert!(
            v.summary()
                .contains("\nDoing Calf raises: Set 2 of 3 (step 3 of 5)\n"),
            "{}",
            v.summary()
        );
        let paused = TrayView {
            guided: Some(("Legs up: 5 min (step 1 of 1)".into(), true)),
            ..view()
        };
        assert_eq!(labels(&paused)[2], "Resume: Legs up: 5 min (step 1 of 1)");
        assert!(
            paused
                .summary()
                .contains("Doing Legs up: 5 min (step 1 of 1), paused")
        );
    }

    #[test]
    fn paused_it_offers_resume_and_nothing_due() {
        let v = TrayView {
            due: vec![],
            paused_until: Some("14:30".into()),
            ..view()
        };
        assert_eq!(
            labels(&v),
            [
                "Open Second Heart",
                "—",
                "Resume reminders (paused until 14:30)",
                "In a meeting for 1 hour",
                "In a call for 1 hour",
                "Reading for 1 hour",
                "—",
                "Quit Second Heart"
            ]
        );
        assert_eq!(
            v.summary(),
            "2 of 8 done today · 4-day streak\nPaused until 14:30"
        );
    }

    #[test]
    fn the_tooltip_says_progress_and_what_is_due_or_next() {
        assert_eq!(
            view().summary(),
            "2 of 8 done today · 4-day streak\nDue now: Calf raises — 3 sets of 15"
        );
        let idle = TrayView {
            due: vec![],
            streak: 0,
            ..view()
        };
        assert_eq!(
            idle.summary(),
            "2 of 8 done today\nNext: Ankle rotations at 11:00"
        );
    }

    #[test]
    fn an_answer_that_could_not_be_saved_is_said_in_the_tooltip() {
        let v = TrayView {
            unsaved: vec![
                "your answer to Calf raises could not be saved (No space left on device); answer it again"
                    .into(),
            ],
            ..view()
        };
        assert_eq!(
            v.summary(),
            "2 of 8 done today · 4-day streak\nDue now: Calf raises — 3 sets of 15\n\
             Not saved: your answer to Calf raises could not be saved (No space left on device); answer it again"
        );
    }

    #[test]
    fn menu_items_make_the_requests_the_cli_makes() {
        let menu = view().menu();
        let since = DateTime::parse_from_rfc3339("2026-11-23T10:30:00+01:00").unwrap();
        assert_eq!(
            menu[2].as_ref().unwrap().1.request(),
            Some(Request::Start {
                exercise: Some("calf-raises".into()),
                prompt: Some(since),
            })
        );
        let done = menu[3].as_ref().unwrap();
        assert_eq!(
            done.1.request(),
            Some(Request::Done {
                exercise: Some("calf-raises".into()),
                minutes: None,
                dose: None,
                at: None,
                prompt: Some(DateTime::parse_from_rfc3339("2026-11-23T10:30:00+01:00").unwrap()),
                anchor: None,
            })
        );
        assert_eq!(Action::Quit.request(), Some(Request::Stop));
        assert_eq!(Action::Open.request(), None);
    }
}
