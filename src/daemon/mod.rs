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

// Each edge that talks to the desktop has its Windows counterpart in a
// file of its own (`*_windows.rs`), behind the same functions and types.
mod camera;
mod changes;
mod clock_watch;
use changes::{Basis, next_midnight};
pub mod client;
mod commands;
mod files;
mod guide;
pub mod icon;
#[cfg_attr(windows, path = "idle_windows.rs")]
pub mod idle;
#[cfg_attr(windows, path = "inhibit_windows.rs")]
mod inhibit;
pub mod instance;
#[cfg_attr(windows, path = "lock_windows.rs")]
mod lock;
mod moments;
pub mod notifier;
pub mod pipe;
#[cfg_attr(windows, path = "quiet_windows.rs")]
pub mod quiet;
mod resident;
pub mod server;
#[cfg_attr(windows, path = "signals_windows.rs")]
mod signals;
#[cfg_attr(windows, path = "sleep_windows.rs")]
pub mod sleep;
mod subscribers;
pub mod tray;
mod watch;
#[cfg(unix)]
mod wayland_fullscreen;
#[cfg(unix)]
mod wayland_idle;

use std::collections::VecDeque;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Instant;

use chrono::{DateTime, Duration, Local, Utc};

use crate::clock;
use crate::core::moment::Seen;
use crate::core::scheduler::{Effect, Input, Moment, Pushes, Scheduler, World};
use crate::core::{Activity, Outcome, Session, Via};
use crate::protocol::{Push, Reply, Request};
use crate::service::{Failure, Model};
use crate::store::Paths;
pub use icon::icon_path;
use idle::IdleSource;
use notifier::{Answer, Notifier, PromptText, Style, Ticket};

pub enum Event {
    /// A command from the socket, with the language its asker reads.
    Request(
        Request,
        Via,
        Option<crate::protocol::Speech>,
        mpsc::Sender<Result<Reply, Failure>>,
    ),
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
    /// The compositor said the user went idle or came back: sample now.
    IdleChanged,
    /// The screen locked or unlocked (by the screen saver's signal or
    /// logind's hint).
    Locked {
        locked: bool,
        source: &'static str,
    },
    /// One of the daemon's folders changed: look again.
    FilesChanged,
    /// The wall clock was set, or how clock changes are heard changed:
    /// look at the clock again.
    ClockChanged,
    /// A window's `subscribe`: answer it and push changes to it.
    Subscribe(Connection),
}

/// A connection to the daemon: a Unix socket, or on Windows a named pipe
/// (`pipe`).
#[cfg(unix)]
pub type Connection = std::os::unix::net::UnixStream;
#[cfg(windows)]
pub type Connection = pipe::PipeStream;

pub fn log(message: &str) {
    eprintln!(
        "second-heart daemon {}: {message}",
        clock::now().format("%H:%M:%S")
    );
}

pub fn run() -> Result<(), String> {
    one_malloc_arena();
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
    let sleep_watched = sleep::watch(tx.clone());
    let clock_watched = clock_watch::spawn(tx.clone());
    let lock_sources = lock::watch(tx.clone());
    signals::watch(tx.clone());
    watch::spawn(paths.watched_dirs(), tx.clone());
    let now = clock::now();
    let model = Model::load(&paths, &now).map_err(|f| f.message)?;
    for w in &model.warnings {
        log(w);
    }
    let mut daemon = Daemon::new(
        paths,
        model,
        Notifier::new(tx.clone(), icon_path()),
        IdleSource::detect(Some(tx.clone())),
    );
    daemon.lock_sources = lock_sources;
    daemon.clock_watched = clock_watched;
    daemon.sleep_watched = sleep_watched;
    for line in daemon.files.first_run_at_start(&mut daemon.model, &now) {
        log(&line);
    }
    log(&format!(
        "started (pid {}); idle time: {}; fullscreen: {}; notifications: {}",
        std::process::id(),
        daemon.idle.describe(),
        daemon.quiet.describe(),
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
        // Going to sleep for a while: what just ran need not stay resident.
        if wait >= Duration::seconds(10) {
            resident::shed_code();
        }
        match rx.recv_timeout(wait.to_std().unwrap_or_default()) {
            Ok(event) => daemon.handle(event, clock::now()),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    lock.stopping();
    // After the socket has gone: a window that looks again finds no daemon.
    daemon.subscribers.push(Push::Stopping);
    // Nothing is scheduled or written from here on; what is left is D-Bus
    // cleanup, which takes seconds when the bus or the notification server
    // is slow (logout). Let go of the locks first: a new session's daemon
    // starts at once instead of waiting for it, or giving up.
    drop(lock);
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
    Ok(())
}

/// glibc gives each thread that allocates a malloc arena of its own, and
/// keeps it (with what it grew to) after the thread ends. The daemon's
/// threads only wait, and allocate little: one arena for all keeps their
/// memory in one place, reused, instead of a few hundred kilobytes each.
fn one_malloc_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: a malloc tunable, set before any other thread starts.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
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
    /// The guided session's step last cued (by when it started and the
    /// step's index).
    cued: Option<(DateTime<Utc>, usize)>,
    /// Why no input is not away, at the last idle sample that needed to
    /// know (a camera in use, an application keeping the screen awake).
    still: Option<String>,
    /// Who tells this daemon the screen locked.
    lock_sources: lock::Sources,
    /// A camera in use, a call app, as last looked (before a prompt).
    seen: Seen,
    /// Whether the kernel tells this daemon of clock changes.
    clock_watched: bool,
    /// Whether logind's suspend signal is subscribed to.
    sleep_watched: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Daemon {
    fn new(paths: Paths, model: Model, notifier: Notifier, idle: IdleSource) -> Daemon {
        Daemon {
            scheduler: Scheduler::new(&model.prefs),
            files: files::Files::new(paths),
            model,
            started: Instant::now(),
            idle,
            quiet: quiet::Quiet::new(),
            notifier,
            tray: None,
            shown: None,
            generation: 0,
            subscribers: subscribers::Subscribers::default(),
            stopping: false,
            stop_requested: false,
            cued: None,
            still: None,
            lock_sources: lock::Sources::default(),
            seen: Seen::default(),
            clock_watched: false,
            sleep_watched: Default::default(),
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
        self.guide(now);
        if !self.call_goes_on(now) {
            self.end_walk_of_call(now, "the call ended");
        }
        self.feed(Input::Wake, now);
        self.notice_changes(now);
    }

    /// Gives the scheduler an input and performs what it decides, feeding
    /// the answers to its questions back in until it has nothing to ask.
    fn feed(&mut self, input: Input, now: &DateTime<Local>) {
        let moment = self.moment(now);
        self.scheduler.set_pushes(self.pushes());
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
                guiding: self
                    .model
                    .guided
                    .as_ref()
                    .filter(|g| !g.has_ended())
                    .map(|g| &g.plan.exercise),
                busy_until: self.model.state.busy_until,
                busy: self
                    .model
                    .state
                    .busy_now(now.with_timezone(&Utc))
                    .map(|(mode, _)| mode),
                seen: self.seen,
                anchors_asked: self.model.state.anchors_asked,
                sitting_still: self.still.is_some(),
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
            Effect::AskAboutMeeting => {
                self.look_around();
                let held = self.model.prefs.quiet_during_meetings;
                Some(Input::Meeting(self.quiet.reason().filter(|_| held)))
            }
            Effect::OfferWalk { exercise } => {
                self.offer_walk(&exercise);
                None
            }
            Effect::AskAnchored { exercises } => {
                self.ask_anchored(exercises);
                None
            }
            Effect::Show {
                exercise,
                rule: _,
                unsaved,
                reminder,
            } => {
                let e = self.model.prefs.exercise(&exercise)?;
                let since = self.scheduler.prompts().get(&exercise).map(|p| p.since);
                let treatment = self
                    .scheduler
                    .prompts()
                    .get(&exercise)
                    .map(|p| p.treatment)
                    .unwrap_or_default();
                if unsaved.is_none()
                    && !reminder
                    && let Some(text) = moments::suggestion(e, treatment, &self.model.prefs)
                {
                    let result = self.notifier.show(&exercise, since, &text);
                    if result.is_ok() {
                        log(&format!("suggestion: {}", text.summary));
                    }
                    return Some(Input::Shown { exercise, result });
                }
                let instruction = e.display_instruction();
                let body = match (unsaved, reminder) {
                    (Some(reason), _) => {
                        crate::t!("prompt-unsaved", reason = reason, instruction = instruction)
                    }
                    (None, true) => crate::t!(
                        "prompt-reminder",
                        time = since
                            .map(|t| crate::i18n::format::time(&t.with_timezone(&Local)))
                            .unwrap_or_default(),
                        instruction = instruction
                    ),
                    (None, false) => instruction,
                };
                let text = PromptText {
                    summary: crate::t!(
                        "prompt-summary",
                        name = e.display_name(),
                        dose = e.dose.describe()
                    ),
                    body,
                    snooze_minutes: self.model.prefs.snooze_minutes,
                    sound: self.model.prefs.sound,
                    guided: true,
                    style: Style::Prompt,
                };
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

    /// What is pushed to this daemon rather than looked at: idle changes
    /// (Wayland), clock changes and suspends (the kernel and logind).
    fn pushes(&self) -> Pushes {
        Pushes {
            idle: self.idle.feed(),
            clock: self.clock_watched
                && self
                    .sleep_watched
                    .load(std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// Idle time, and, when that decides between sitting and away (idle at
    /// the threshold), whether something says the person sits still: a
    /// camera in use, or an application keeping the screen awake (a call, a
    /// presentation; not a music player).
    fn sample_idle(&mut self) -> Option<Duration> {
        let idle = self
            .idle
            .sample()
            .map(|d| Duration::from_std(d).unwrap_or_default());
        let threshold = Duration::minutes(i64::from(self.model.prefs.idle_threshold_minutes));
        let still = match idle.is_some_and(|i| i >= threshold) {
            false => None,
            true if camera::in_use() => Some("a camera is in use".to_owned()),
            true => {
                inhibit::presence_inhibitor().map(|app| format!("{app} keeps the screen awake"))
            }
        };
        if still != self.still {
            log(&match &still {
                Some(why) => format!("{why}: sitting still is still sitting"),
                None => "nothing says the user sits still any more".to_owned(),
            });
        }
        self.still = still;
        idle
    }

    /// The scheduler's next wake-up, or sooner: a preferences file to
    /// read once settled, or midnight (a new day for the window and tray).
    fn next_wake(&self, now: &DateTime<Local>) -> DateTime<Utc> {
        let next = self.scheduler.next_wake(now.with_timezone(&Utc));
        let next = self.files.prefs_settle_at.map_or(next, |s| s.min(next));
        let next = self
            .model
            .guided
            .as_ref()
            .and_then(|g| g.next_change())
            .map_or(next, |g| g.min(next));
        next_midnight(now).map_or(next, |m| m.min(next))
    }

    fn activity(&self) -> Activity {
        Activity {
            sitting_since: self.scheduler.sitting_since(),
            paused_until: self.model.state.paused_until,
            first_run: self.model.state.first_run,
        }
    }
}
