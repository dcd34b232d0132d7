//! Commands to the daemon, from its socket, the tray or a notification's
//! buttons: each goes through the shared service (`service::execute`), as
//! the command line's do without a daemon, plus the few only a running
//! daemon can answer (stop, reload, a sample prompt, what it sees).

use chrono::{DateTime, Local};

use super::notifier::{self, Answer, Ticket};
use super::{Daemon, Event, log};
use crate::core::scheduler::Input;
use crate::core::{ExerciseId, Via};
use crate::protocol::{Reply, Request};
use crate::report::DaemonEntry;
use crate::service::{self, Context, Failure};

impl Daemon {
    pub(super) fn handle(&mut self, event: Event, now: DateTime<Local>) {
        match event {
            Event::Request(request, via, speech, reply) => {
                let answer = match speech {
                    // Answered in the asker's language, clock and week (its
                    // terminal may not be the desktop the daemon started in);
                    // the daemon's own texts stay its own afterwards.
                    Some(speech) => {
                        let setting = speech.setting(crate::i18n::current());
                        let own = self.model.prefs.region;
                        self.model.prefs.region.first_day = speech.first_day;
                        let answer = crate::i18n::with(setting, || self.request(request, via, now));
                        self.model.prefs.region = own;
                        answer
                    }
                    None => self.request(request, via, now),
                };
                let _ = reply.send(answer);
            }
            Event::Tray(request) => {
                let answered = match &request {
                    Request::Done { exercise, .. }
                    | Request::Skip { exercise, .. }
                    | Request::Snooze { exercise, .. } => exercise.clone(),
                    _ => None,
                };
                match self.request(request, Via::Tray, now) {
                    Ok(Reply::Message { text }) => log(&format!("from the tray: {text}")),
                    Ok(_) => {}
                    // An answer that could not be saved must not vanish:
                    // its prompt comes back with the reason, as from a
                    // notification.
                    Err(f) if f.code != 2 => match answered.and_then(|e| e.parse().ok()) {
                        Some(exercise) => self.feed(
                            Input::AnswerNotSaved {
                                exercise,
                                reason: f.message,
                            },
                            &now,
                        ),
                        None => log(&format!("from the tray: {}", f.message)),
                    },
                    Err(f) => log(&format!("from the tray: {}", f.message)),
                }
            }
            Event::Terminate(signal) => {
                log(&format!("signal {signal}: stopping"));
                self.stopping = true;
            }
            Event::Answer(ticket, answer) => self.answer(ticket, answer, now),
            Event::ServerChanged { present } => {
                self.notifier.server_changed();
                self.feed(Input::ServerChanged { present }, &now);
            }
            Event::Sleep { going } => self.feed(Input::Sleep { going }, &now),
            Event::IdleChanged => {
                let idle = self.sample_idle();
                self.feed(Input::Idle(idle), &now);
            }
            Event::Locked { locked, source } => {
                // Back at the desk from a walk during a call: it ends here.
                if !locked {
                    self.end_walk_of_call(&now, "back at the desk");
                }
                self.feed(Input::Locked { locked, source }, &now)
            }
            // The loop wakes and looks.
            Event::FilesChanged | Event::ClockChanged => {}
            Event::Subscribe(stream) => {
                // The generation of what the window is about to ask for.
                self.notice_changes(&now);
                self.subscribers.add(stream, self.generation);
            }
        }
    }

    pub(super) fn request(
        &mut self,
        request: Request,
        via: Via,
        now: DateTime<Local>,
    ) -> Result<Reply, Failure> {
        for line in self.files.refresh_now(&mut self.model, &now) {
            log(&line);
        }
        let message = |text: &str| {
            Ok(Reply::Message {
                text: text.to_owned(),
            })
        };
        match request {
            Request::Stop => {
                self.stopping = true;
                self.stop_requested = true;
                message(&crate::t!("daemon-stopping"))
            }
            Request::Reload => {
                for line in self.files.reload_prefs_now(&mut self.model, &now) {
                    log(&line);
                }
                match &self.files.prefs_error {
                    None => message(&crate::t!("daemon-reloaded")),
                    Some(e) => Err(Failure::other(e.clone())),
                }
            }
            Request::NotifyTest => {
                let text =
                    notifier::sample_text(self.model.prefs.snooze_minutes, self.model.prefs.sound);
                self.notifier
                    .show(&notifier::sample_id(), None, &text)
                    .map_err(|e| Failure::other(format!("cannot show notifications: {e}")))?;
                let server = self.notifier.server().map(|s| s.name).unwrap_or_default();
                message(&crate::t!(
                    "daemon-sample-sent",
                    server = server.to_string()
                ))
            }
            Request::Status => {
                // A fresh sample, so `status` says where the user is now.
                let idle = self.sample_idle();
                self.feed(Input::Idle(idle), &now);
                let mut reply = self.execute(Request::Status, via, now)?;
                if let Reply::Status(report) = &mut reply {
                    report.daemon = Some(self.daemon_entry());
                }
                Ok(reply)
            }
            other => self.execute(other, via, now),
        }
    }

    fn daemon_entry(&mut self) -> DaemonEntry {
        DaemonEntry {
            pid: std::process::id(),
            sitting_since: self
                .scheduler
                .sitting_since()
                .map(|t| crate::report::at_second(&t.with_timezone(&Local))),
            idle_source: self.idle.describe(),
            lock_source: self.lock_sources.describe(),
            fullscreen_source: self.quiet.describe().to_owned(),
            notifications: match (self.scheduler.notify_error(), self.notifier.server()) {
                (Some(e), _) => format!("unavailable ({e})"),
                (None, Ok(s)) => s.name,
                (None, Err(e)) => format!("unavailable ({e})"),
            },
        }
    }

    /// A command of the shared service, then a wake so its effect shows
    /// at once (an answered prompt closes now).
    fn execute(
        &mut self,
        request: Request,
        via: Via,
        now: DateTime<Local>,
    ) -> Result<Reply, Failure> {
        let cx = Context {
            now,
            sitting_since: self.scheduler.sitting_since(),
            via,
            notes: self.notes(),
        };
        self.model.seen_situation = Some(self.seen_situation());
        let reply = service::execute(&mut self.model, request, &cx);
        self.wake(&now);
        reply
    }

    /// What `status` should know about this daemon's surroundings.
    pub(super) fn notes(&self) -> Vec<String> {
        let mut notes: Vec<String> = self.files.prefs_error.iter().cloned().collect();
        notes.extend(self.scheduler.notes(&self.model.prefs));
        if !self.idle.available() {
            notes.push(format!(
                "idle time {}; sitting time runs on the clock",
                self.idle.describe()
            ));
        }
        notes
    }

    /// An answer given in a notification: the same request as from
    /// anywhere else, recorded `via: notification`.
    pub(super) fn answer(&mut self, ticket: Ticket, answer: Answer, now: DateTime<Local>) {
        if !self.notifier.is_current(&ticket) {
            return;
        }
        self.notifier.forget(&ticket);
        let exercise: ExerciseId = ticket.exercise;
        if exercise == notifier::sample_id() {
            log(&format!("sample prompt answered: {answer:?}"));
            return;
        }
        let name = Some(exercise.to_string());
        // The prompt it answers: refused, not recorded twice, if it was
        // answered elsewhere (the window, the command line) meanwhile.
        let prompt = ticket.prompt.map(|t| t.fixed_offset());
        if let notifier::Style::Morning(exercises) = &ticket.style {
            return self.answer_morning(exercises, answer, now);
        }
        // An offer (not a prompt) put off: nothing to record.
        if answer == Answer::Later && prompt.is_none() {
            log(&format!("{exercise}: later"));
            return;
        }
        let request = match answer {
            Answer::Done => Request::Done {
                exercise: name,
                minutes: None,
                dose: None,
                at: None,
                prompt,
                anchor: None,
            },
            // The prompt is settled when the session records.
            Answer::Start => Request::Start {
                exercise: name,
                prompt,
            },
            Answer::Skip => Request::Skip {
                exercise: name,
                at: None,
                prompt,
                anchor: None,
            },
            Answer::Snooze | Answer::Later => Request::Snooze {
                exercise: name,
                minutes: None,
                prompt,
            },
            // Clicked: open the window (or bring it to the front). Still
            // due, so back on screen with its buttons.
            Answer::Open => {
                open_window();
                return self.feed(Input::Opened { exercise }, &now);
            }
            // Dismissed: still due, shown in `status` and the window.
            Answer::Closed | Answer::No => return,
        };
        match self.request(request, Via::Notification, now) {
            Ok(Reply::Message { text }) => log(&format!("answered in the notification: {text}")),
            Ok(_) => {}
            // Refused as it stands (the exercise is gone from the
            // preferences, or no longer due): asking again would not help.
            Err(f) if f.code == 2 => log(&format!(
                "the answer in the notification was refused: {}",
                f.message
            )),
            Err(f) => self.feed(
                Input::AnswerNotSaved {
                    exercise,
                    reason: f.message,
                },
                &now,
            ),
        }
    }
}

impl Daemon {
    /// Done / No to the morning question: each exercise's morning item
    /// ticked off (dated at the routine) or noted as not done today.
    fn answer_morning(&mut self, exercises: &[ExerciseId], answer: Answer, now: DateTime<Local>) {
        let anchor = Some(crate::core::moment::Routine::Morning.key().to_owned());
        for exercise in exercises {
            let name = Some(exercise.to_string());
            let request = match answer {
                Answer::Done => Request::Done {
                    exercise: name,
                    minutes: None,
                    dose: None,
                    at: None,
                    prompt: None,
                    anchor: anchor.clone(),
                },
                Answer::No => Request::Skip {
                    exercise: name,
                    at: None,
                    prompt: None,
                    anchor: anchor.clone(),
                },
                _ => return,
            };
            match self.request(request, Via::Notification, now) {
                Ok(Reply::Message { text }) => {
                    log(&format!("answered the morning question: {text}"))
                }
                Ok(_) => {}
                Err(f) => log(&format!("the morning answer was not saved: {}", f.message)),
            }
        }
    }
}

/// Starts the window, which brings an open one to the front instead.
pub(super) fn open_window() {
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    // From the daemon binary: the `second-heart` beside it.
    let mut cmd = std::process::Command::new(crate::desktop::programs::main_program(&exe));
    cmd.stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    #[cfg(windows)]
    std::os::windows::process::CommandExt::creation_flags(
        &mut cmd,
        crate::desktop::programs::DETACHED,
    );
    match cmd.spawn() {
        // Reaped in the background; the window lives on its own.
        Ok(mut child) => {
            let _ = std::thread::Builder::new()
                .stack_size(64 * 1024)
                .spawn(move || child.wait());
        }
        Err(e) => log(&format!("cannot open the window: {e}")),
    }
}
