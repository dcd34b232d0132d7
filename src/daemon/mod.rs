//! The background daemon: one per user, headless, running all day.
//!
//! This is the glue between the scheduler's decisions (`core::scheduler`,
//! pure) and the world: one loop owns everything that changes. Events come
//! in from threads that only wait (socket connections, notification
//! answers, logind, the notification server, signals); each one becomes an
//! input to the scheduler or a command for the shared service, and the
//! effects that come out are performed here: notifications shown and
//! closed, sessions written, idle time sampled, meetings asked about. The
//! loop sleeps until the scheduler's next wake-up or the next event.
//!
//! After every wake it checks whether anything the window or the tray shows
//! has changed ([`Basis`]); if so the tray is updated and every open window
//! that subscribed is told at once (`subscribers`).

pub mod client;
mod commands;
mod files;
pub mod icon;
pub mod idle;
pub mod instance;
pub mod notifier;
pub mod quiet;
pub mod server;
mod signals;
pub mod sleep;
mod subscribers;
pub mod tray;
mod watch;

use std::collections::VecDeque;
use std::os::unix::net::UnixStream;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Instant;

use chrono::{DateTime, Duration, Local, NaiveDate, TimeZone, Utc};

use crate::clock;
use crate::core::preferences::Preferences;
use crate::core::scheduler::{Effect, Input, Moment, Scheduler, World};
use crate::core::{Activity, ExerciseId, Outcome, Session, Via};
use crate::protocol::{Push, Reply, Request};
use crate::service::{Failure, Model};
use crate::store::Paths;
pub use icon::icon_path;
use idle::IdleSource;
use notifier::{Answer, Notifier, PromptText, Ticket};

pub enum Event {
    Request(Request, Via, mpsc::Sender<Result<Reply, Failure>>),
    /// A tray menu item; the answer goes to the log.
    Tray(Request),
    /// SIGTERM, SIGINT or SIGHUP: stop as on `second-heart stop`.
    Terminate(i32),
    Answer(Ticket, Answer),
    ServerChanged {
        present: bool,
    },
    Sleep {
        going: bool,
    },
    /// One of the daemon's folders changed: look again.
    FilesChanged,
    /// A window's `subscribe`: answer it and push changes to it.
    Subscribe(UnixStream),
}

pub fn log(message: &str) {
    eprintln!(
        "second-heart daemon {}: {message}",
        clock::now().format("%H:%M:%S")
    );
}

pub fn run() -> Result<(), String> {
    let paths = Paths::from_env()?;
    let (lock, listener) = match instance::acquire(&paths.runtime_dir, &paths.daemon_lock())? {
        instance::Instance::Running { pid } => {
            let pid = pid.map(|p| format!(" (pid {p})")).unwrap_or_default();
            println!("Second Heart's daemon is already running{pid}.");
            return Ok(());
        }
        instance::Instance::Primary { lock, listener } => (lock, listener),
    };
    let (tx, rx) = mpsc::channel();
    let socket = server::spawn(listener, tx.clone());
    notifier::watch_server(tx.clone());
    sleep::watch(tx.clone());
    signals::watch(tx.clone());
    watch::spawn(paths.watched_dirs(), tx.clone());
    let now = clock::now();
    let model = Model::load(&paths, &now).map_err(|f| f.message)?;
    for w in &model.warnings {
        log(w);
    }
    let mut daemon = Daemon::new(paths, model, Notifier::new(tx.clone(), icon_path()));
    for line in daemon.files.first_run_at_start(&mut daemon.model, &now) {
        log(&line);
    }
    log(&format!(
        "started (pid {}); idle time: {}; notifications: {}",
        std::process::id(),
        daemon.idle.describe(),
        match daemon.notifier.server() {
            Ok(s) => format!(
                "{} ({})",
                s.name,
                if s.actions {
                    "with actions"
                } else {
                    "no actions"
                }
            ),
            Err(e) => format!("none yet ({e})"),
        }
    ));
    if !daemon.idle.available() {
        log(&format!(
            "idle time: {}; sitting time runs on the clock",
            daemon.idle.describe()
        ));
    }
    daemon.tray = Some(tray::Tray::start(
        tx.clone(),
        daemon.tray_view(clock::now()),
    ));
    drop(tx);
    while !daemon.stopping {
        if !lock.still_ours() {
            log("the runtime folder lost this daemon's lock or socket (logout?); stopping");
            break;
        }
        let now = clock::now();
        daemon.wake(&now);
        let wait = (daemon.next_wake(&now) - now.with_timezone(&Utc)).max(Duration::zero());
        match rx.recv_timeout(wait.to_std().unwrap_or_default()) {
            Ok(event) => daemon.handle(event, clock::now()),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    lock.stopping();
    // After the socket has gone: a window that looks again finds no daemon.
    daemon.subscribers.push(Push::Stopping);
    daemon.notifier.close_all();
    if let Some(tray) = &mut daemon.tray {
        tray.stop();
    }
    // Let the answer to `stop` reach the caller.
    let deadline = Instant::now() + std::time::Duration::from_secs(1);
    while daemon.stop_requested
        && socket.as_ref().is_some_and(|s| !s.is_finished())
        && Instant::now() < deadline
    {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    log("stopped");
    drop(lock);
    Ok(())
}

struct Daemon {
    model: Model,
    files: files::Files,
    scheduler: Scheduler,
    /// The monotonic clock's origin, for the scheduler's suspend check.
    started: Instant,
    idle: IdleSource,
    quiet: quiet::Quiet,
    notifier: Notifier,
    tray: Option<tray::Tray>,
    /// What the tray and the windows show was last built from this.
    shown: Option<Basis>,
    /// Bumped each time `shown` changes; told to subscribers.
    generation: u64,
    subscribers: subscribers::Subscribers,
    stopping: bool,
    stop_requested: bool,
}

impl Daemon {
    fn new(paths: Paths, model: Model, notifier: Notifier) -> Daemon {
        Daemon {
            scheduler: Scheduler::new(&model.prefs),
            files: files::Files::new(paths),
            model,
            started: Instant::now(),
            idle: IdleSource::detect(),
            quiet: quiet::Quiet::new(),
            notifier,
            tray: None,
            shown: None,
            generation: 0,
            subscribers: subscribers::Subscribers::default(),
            stopping: false,
            stop_requested: false,
        }
    }

    fn moment(&self, now: &DateTime<Local>) -> Moment<Local> {
        Moment {
            wall: *now,
            monotonic: self.started.elapsed(),
        }
    }

    /// A wake of the loop: pick up what others wrote, then let the
    /// scheduler decide.
    fn wake(&mut self, now: &DateTime<Local>) {
        for line in self.files.refresh_when_settled(&mut self.model, now) {
            log(&line);
        }
        self.feed(Input::Wake, now);
        self.notice_changes(now);
    }

    /// Gives the scheduler an input and performs what it decides, feeding
    /// the answers to its questions back in until it has nothing to ask.
    fn feed(&mut self, input: Input, now: &DateTime<Local>) {
        let moment = self.moment(now);
        let mut inputs = VecDeque::from([input]);
        while let Some(input) = inputs.pop_front() {
            let world = World {
                prefs: &self.model.prefs,
                history: &self.model.history,
                paused_until: self.model.state.paused_until,
                first_run: self.model.state.first_run,
                // Someone with a history chose long ago (maybe running on the
                // defaults, without a file).
                schedule_chosen: self.files.has_preferences() || !self.model.history.is_empty(),
            };
            for effect in self.scheduler.step(input, &moment, world) {
                inputs.extend(self.perform(effect));
            }
        }
    }

    /// Does one thing the scheduler decided; returns what it answers.
    fn perform(&mut self, effect: Effect) -> Option<Input> {
        match effect {
            Effect::SampleIdle => Some(Input::Idle(self.sample_idle())),
            Effect::AskAboutMeeting => Some(Input::Meeting(self.quiet.reason())),
            Effect::Show {
                exercise,
                rule: _,
                unsaved,
            } => {
                let e = self.model.prefs.exercise(&exercise)?;
                let body = match unsaved {
                    Some(reason) => format!(
                        "Your last answer could not be saved ({reason}). {}",
                        e.instruction
                    ),
                    None => e.instruction.clone(),
                };
                let text = PromptText {
                    summary: format!("{} — {}", e.name, e.dose),
                    body,
                    snooze_minutes: self.model.prefs.snooze_minutes,
                    sound: self.model.prefs.sound,
                };
                let since = self.scheduler.prompts().get(&exercise).map(|p| p.since);
                let result = self.notifier.show(&exercise, since, &text);
                if result.is_ok() {
                    log(&format!("prompt: {}", text.summary));
                }
                Some(Input::Shown { exercise, result })
            }
            Effect::Close { exercise } => {
                self.notifier.close(&exercise);
                None
            }
            Effect::RecordMissed { exercise, at } => {
                let mut s = Session::new(
                    at.with_timezone(&Local).fixed_offset(),
                    exercise,
                    Outcome::Missed,
                );
                s.via = Some(Via::Scheduler);
                if let Err(f) = self.model.record(s) {
                    log(&f.message);
                }
                None
            }
            Effect::Log(line) => {
                log(&line);
                None
            }
        }
    }

    fn sample_idle(&mut self) -> Option<Duration> {
        self.idle
            .sample()
            .map(|d| Duration::from_std(d).unwrap_or_default())
    }

    /// The scheduler's next wake-up, or sooner: a preferences file to
    /// read once settled, or midnight (a new day for the window and tray).
    fn next_wake(&self, now: &DateTime<Local>) -> DateTime<Utc> {
        let next = self.scheduler.next_wake(now.with_timezone(&Utc));
        let next = self.files.prefs_settle_at.map_or(next, |s| s.min(next));
        next_midnight(now).map_or(next, |m| m.min(next))
    }

    /// Rebuilds the tray's view and tells the windows, only when something
    /// they show may have changed (an answer from anywhere, a new or closed
    /// prompt, a pause, new preferences, a new day, a meeting).
    fn notice_changes(&mut self, now: &DateTime<Local>) {
        let basis = self.basis(now);
        if self.shown.as_ref() == Some(&basis) {
            return;
        }
        self.shown = Some(basis);
        self.generation += 1;
        if self.tray.is_some() {
            let view = self.tray_view(*now);
            if let Some(tray) = &mut self.tray {
                tray.show(view);
            }
        }
        self.subscribers.push(Push::Changed {
            generation: self.generation,
        });
    }

    fn basis(&self, now: &DateTime<Local>) -> Basis {
        Basis {
            history: (
                self.model.history.len(),
                self.model.history.sessions().last().cloned(),
            ),
            prompts: self
                .scheduler
                .prompts()
                .iter()
                .map(|(e, p)| (e.clone(), p.since))
                .collect(),
            paused_until: self.model.state.paused_until,
            notes: self.notes(),
            warnings: self.model.warnings.clone(),
            date: now.date_naive(),
            sitting_since: self.scheduler.sitting_since(),
            prefs: self.model.prefs.clone(),
        }
    }

    fn tray_view(&self, now: DateTime<Local>) -> tray::TrayView {
        let status = crate::report::status(
            &self.model.prefs,
            &self.model.history,
            &self.activity(),
            &now,
            self.scheduler.notes(&self.model.prefs),
        );
        tray::TrayView::of(
            &status,
            self.scheduler.quiet_reason(),
            self.scheduler.unsaved_notes(&self.model.prefs),
        )
    }

    fn activity(&self) -> Activity {
        Activity {
            sitting_since: self.scheduler.sitting_since(),
            paused_until: self.model.state.paused_until,
            first_run: self.model.state.first_run,
        }
    }

    fn handle(&mut self, event: Event, now: DateTime<Local>) {
        match event {
            Event::Request(request, via, reply) => {
                let answer = self.request(request, via, now);
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
            // The loop wakes and looks.
            Event::FilesChanged => {}
            Event::Subscribe(stream) => {
                // The generation of what the window is about to ask for.
                self.notice_changes(&now);
                self.subscribers.add(stream, self.generation);
            }
        }
    }
}

/// What the status, the history and the tray are built from, apart from
/// the minute (the window ticks its countdown itself): when this is the
/// same, so is everything they show.
#[derive(Clone, Debug, PartialEq)]
struct Basis {
    /// How many sessions, and the last one (an answer changes either).
    history: (usize, Option<Session>),
    /// Prompts due now, and since when.
    prompts: Vec<(ExerciseId, DateTime<Utc>)>,
    paused_until: Option<DateTime<Utc>>,
    /// Unsaved answers, held prompts, preferences errors, idle source.
    notes: Vec<String>,
    warnings: Vec<String>,
    date: NaiveDate,
    // Not the scheduler's next due time: it follows from the rest, and
    // while the user is away a sitting rule's is "now + N minutes", new at
    // every wake. Counting it, each status the window asked for made a
    // change to push, and the window asked again: a loop.
    /// Sitting rules count from here.
    sitting_since: Option<DateTime<Utc>>,
    prefs: Preferences,
}

/// The next local midnight (or the first instant of the next day where a
/// clock change skips midnight).
fn next_midnight(now: &DateTime<Local>) -> Option<DateTime<Utc>> {
    let tomorrow = now.date_naive().succ_opt()?;
    (0..4).find_map(|h| {
        Local
            .from_local_datetime(&tomorrow.and_hms_opt(h, 0, 0)?)
            .earliest()
            .map(|t| t.with_timezone(&Utc))
    })
}
