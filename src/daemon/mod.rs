//! The background daemon: one per user, headless, running all day.
//!
//! One loop owns everything that changes: it plans, shows and closes prompts,
//! records answers, and serves commands. Other threads only wait (for socket
//! connections, notification answers, logind, the notification server) and
//! send events in. The loop sleeps until the next due prompt, a command, or
//! at most a minute (to sample idle time and to notice a suspend, which the
//! monotonic clock behind the sleep does not see).

pub mod client;
pub mod icon;
pub mod idle;
pub mod instance;
pub mod notifier;
pub mod quiet;
pub mod server;
pub mod sleep;
pub mod tray;

use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Instant, SystemTime};

use chrono::{DateTime, Duration, Local, Utc};

use crate::clock;
use crate::core::activity::SittingTracker;
use crate::core::prompter::{Effect, Prompter};
use crate::core::{Activity, Outcome, Session, Via, planner};
use crate::protocol::{Reply, Request};
use crate::report::DaemonEntry;
use crate::service::{self, Context, Failure, Model};
use crate::store::{Paths, PrefsFile};
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
}

/// The longest the loop sleeps.
const MAX_SLEEP: i64 = 60;
/// A wall-clock jump larger than this beyond the monotonic clock is a
/// suspend or a clock change.
const JUMP: i64 = 30;
/// Retry delay for prompts that found no notification server.
const RETRY: i64 = 30;
/// While prompts are held, how often to ask whether the meeting is over.
const QUIET_POLL: i64 = 10;

pub fn log(message: &str) {
    eprintln!(
        "second-heart daemon {}: {message}",
        Local::now().format("%H:%M:%S")
    );
}

pub fn run() -> Result<(), String> {
    let paths = Paths::from_env()?;
    let (lock, listener) = match instance::acquire(&paths.runtime_dir)? {
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
    watch_signals(tx.clone());
    let now = clock::now();
    let model = Model::load(&paths, &now).map_err(|f| f.message)?;
    for w in &model.warnings {
        log(w);
    }
    let mut daemon = Daemon::new(paths, model, Notifier::new(tx.clone(), icon_path()), now);
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
        daemon.tick(now);
        let wait = (daemon.next_wake(now) - now.with_timezone(&Utc)).max(Duration::zero());
        match rx.recv_timeout(wait.to_std().unwrap_or_default().min(instance::CHECK_EVERY)) {
            Ok(event) => daemon.handle(event, clock::now()),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    lock.stopping();
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
    paths: Paths,
    model: Model,
    prefs_seen: Option<(SystemTime, u64)>,
    prefs_error: Option<String>,
    /// A changed preferences file is read once it has settled, then.
    prefs_settle_at: Option<DateTime<Utc>>,
    prompter: Prompter,
    tracker: SittingTracker,
    idle: IdleSource,
    last_idle: Option<std::time::Duration>,
    next_sample: DateTime<Utc>,
    notifier: Notifier,
    notify_error: Option<String>,
    retry_at: Option<DateTime<Utc>>,
    quiet: quiet::Quiet,
    quiet_reason: Option<String>,
    quiet_check_at: DateTime<Utc>,
    next_due: Option<DateTime<Utc>>,
    asleep_since: Option<DateTime<Utc>>,
    last_wall: DateTime<Utc>,
    last_mono: Instant,
    tray: Option<tray::Tray>,
    /// What the tray showed last was built from this.
    tray_basis: Option<String>,
    stopping: bool,
    stop_requested: bool,
}

impl Daemon {
    fn new(paths: Paths, model: Model, notifier: Notifier, now: DateTime<Local>) -> Daemon {
        let now = now.with_timezone(&Utc);
        let tracker = SittingTracker::new(model.prefs.idle_threshold_minutes);
        let idle = IdleSource::detect();
        if !idle.available() {
            log(&format!(
                "idle time: {}; sitting time runs on the clock",
                idle.describe()
            ));
        }
        Daemon {
            prefs_seen: prefs_stamp(&paths.preferences),
            paths,
            model,
            prefs_error: None,
            prefs_settle_at: None,
            prompter: Prompter::default(),
            tracker,
            idle,
            last_idle: None,
            next_sample: now,
            notifier,
            notify_error: None,
            retry_at: None,
            quiet: quiet::Quiet::new(),
            quiet_reason: None,
            quiet_check_at: now,
            next_due: None,
            asleep_since: None,
            last_wall: now,
            last_mono: Instant::now(),
            tray: None,
            tray_basis: None,
            stopping: false,
            stop_requested: false,
        }
    }

    fn activity(&self) -> Activity {
        Activity {
            sitting_since: self.tracker.sitting_since(),
            paused_until: self.model.state.paused_until,
        }
    }

    fn tick(&mut self, now_local: DateTime<Local>) {
        let now = now_local.with_timezone(&Utc);
        self.notice_jump(now);
        self.reload_when_settled(&now_local);
        if now >= self.next_sample {
            self.last_idle = self.idle.sample();
            let idle = self
                .last_idle
                .map(|d| Duration::from_std(d).unwrap_or_default());
            self.tracker.observe(now, idle);
            self.next_sample = self
                .tracker
                .next_sample(now, idle, Duration::seconds(MAX_SLEEP));
        }
        let activity = self.activity();
        let plan = planner::plan(
            &self.model.prefs,
            &self.model.history,
            &activity,
            &now_local,
        );
        self.next_due = plan.next_due().map(|n| n.at.with_timezone(&Utc));
        let paused = self.model.paused_until(now).is_some();
        // Ask about a meeting before a new prompt goes out, so it is held
        // rather than shown; and while held, now and then, to see it end.
        if (!self.prompter.is_quiet() && self.prompter.has_new(&plan.due))
            || (self.prompter.is_quiet() && now >= self.quiet_check_at)
        {
            self.ask_about_meeting(now);
        }
        for effect in self
            .prompter
            .update(&plan.due, &self.model.history, paused, now)
        {
            self.apply(effect, &now_local);
        }
        // Released after the update, so only what is still due comes out.
        if self.quiet_reason.is_none() {
            for effect in self.prompter.set_quiet(false) {
                self.apply(effect, &now_local);
            }
        }
        if self.retry_at.is_some_and(|r| now >= r) {
            self.retry_at = None;
            for effect in self.prompter.retry() {
                self.apply(effect, &now_local);
            }
        }
        self.refresh_tray(&now_local);
    }

    /// The tray's view, rebuilt only when something it shows may have
    /// changed (an answer, a new prompt, a pause, a new day, a meeting).
    fn refresh_tray(&mut self, now: &DateTime<Local>) {
        if self.tray.is_none() {
            return;
        }
        let basis = format!(
            "{} {:?} {:?} {:?} {} {:?}",
            self.model.history.len(),
            self.prompter
                .pending()
                .iter()
                .map(|(e, p)| (e, p.since))
                .collect::<Vec<_>>(),
            self.model.state.paused_until,
            self.quiet_reason,
            now.date_naive(),
            self.next_due,
        );
        if self.tray_basis.as_ref() == Some(&basis) {
            return;
        }
        let view = self.tray_view(*now);
        if let Some(tray) = &mut self.tray {
            tray.show(view);
        }
        self.tray_basis = Some(basis);
    }

    fn tray_view(&self, now: DateTime<Local>) -> tray::TrayView {
        let status = crate::report::status(
            &self.model.prefs,
            &self.model.history,
            &self.activity(),
            &now,
            Vec::new(),
        );
        tray::TrayView::of(&status, self.quiet_reason.as_deref())
    }

    /// Finds out whether the user is in a meeting, and if so holds prompts
    /// from now on.
    fn ask_about_meeting(&mut self, now: DateTime<Utc>) {
        let reason = if self.model.prefs.quiet_during_meetings {
            self.quiet.reason()
        } else {
            None
        };
        match (&self.quiet_reason, &reason) {
            (None, Some(r)) => log(&format!("holding prompts: {r}")),
            (Some(_), None) => log("no longer holding prompts"),
            _ => {}
        }
        if reason.is_some() {
            self.prompter.set_quiet(true);
        }
        self.quiet_reason = reason;
        self.quiet_check_at = now + Duration::seconds(QUIET_POLL);
    }

    /// A suspend (or a manual clock change) shows as the wall clock moving
    /// further than the monotonic one: count the gap as time away.
    fn notice_jump(&mut self, now: DateTime<Utc>) {
        let wall = now - self.last_wall;
        let mono = Duration::from_std(self.last_mono.elapsed()).unwrap_or_default();
        if (wall - mono).num_seconds().abs() > JUMP {
            log(&format!(
                "the clock jumped by {} min (suspend or clock change); counting it as time away",
                (wall - mono).num_minutes()
            ));
            self.tracker.slept(self.last_wall, now);
            self.next_sample = now;
        }
        self.last_wall = now;
        self.last_mono = Instant::now();
    }

    /// On its own wakes the daemon leaves a file alone for a moment after
    /// it changed: an editor that saves in place truncates first, and an
    /// empty file would read as "all defaults". A command reads it at once
    /// (whoever sends one has finished saving).
    fn reload_when_settled(&mut self, now: &DateTime<Local>) {
        const SETTLE: std::time::Duration = std::time::Duration::from_secs(1);
        let stamp = prefs_stamp(&self.paths.preferences);
        // File times are on the system clock, whatever the daemon's clock.
        let age = stamp.and_then(|(m, _)| SystemTime::now().duration_since(m).ok());
        self.prefs_settle_at = match age {
            Some(age) if age < SETTLE && stamp != self.prefs_seen => {
                let wait = Duration::from_std(SETTLE - age).unwrap_or_default();
                Some(now.with_timezone(&Utc) + wait)
            }
            _ => None,
        };
        if self.prefs_settle_at.is_none() {
            self.reload_if_new(stamp, now);
        }
    }

    fn reload_if_changed(&mut self, now: &DateTime<Local>) {
        self.reload_if_new(prefs_stamp(&self.paths.preferences), now);
    }

    fn reload_if_new(&mut self, stamp: Option<(SystemTime, u64)>, now: &DateTime<Local>) {
        if stamp == self.prefs_seen {
            return;
        }
        self.prefs_seen = stamp;
        self.reload(now);
    }

    /// Takes a new preferences file; an invalid one leaves the last good
    /// schedule running.
    fn reload(&mut self, now: &DateTime<Local>) {
        let file = PrefsFile::new(self.paths.preferences.clone());
        match file.check() {
            Ok(loaded) => {
                let (prefs, unknown) = loaded.unwrap_or_default();
                self.model.prefs = prefs;
                self.model
                    .warnings
                    .retain(|w| !w.starts_with(&file.path.display().to_string()));
                for f in unknown {
                    self.model.warnings.push(format!(
                        "{}: unknown field `{f}` ignored",
                        file.path.display()
                    ));
                }
                self.tracker
                    .set_threshold(self.model.prefs.idle_threshold_minutes);
                self.prefs_error = None;
                log("preferences reloaded");
            }
            Err(problem) => {
                let backup = file.back_up(&clock::stamp(now)).ok();
                let text = format!(
                    "{} has errors; still running the last good schedule{}: {}",
                    file.path.display(),
                    backup
                        .map(|b| format!(" (copy at {})", b.display()))
                        .unwrap_or_default(),
                    problem.lines().join("; ")
                );
                log(&text);
                self.prefs_error = Some(text);
            }
        }
    }

    fn apply(&mut self, effect: Effect, now: &DateTime<Local>) {
        match effect {
            Effect::Show { exercise, rule: _ } => {
                let Some(e) = self.model.prefs.exercise(&exercise) else {
                    return;
                };
                let text = PromptText {
                    summary: format!("{} — {}", e.name, e.dose),
                    body: e.instruction.clone(),
                    snooze_minutes: self.model.prefs.snooze_minutes,
                    sound: self.model.prefs.sound,
                };
                match self.notifier.show(&exercise, &text) {
                    Ok(()) => {
                        self.prompter.delivered(&exercise, true);
                        if self.notify_error.take().is_some() {
                            log("notifications work again");
                        }
                        log(&format!("prompt: {}", text.summary));
                    }
                    Err(err) => {
                        self.prompter.delivered(&exercise, false);
                        if self.notify_error.as_deref() != Some(&err) {
                            log(&format!(
                                "cannot show notifications ({err}); prompts wait in `status` and the window, retrying"
                            ));
                        }
                        self.notify_error = Some(err);
                        self.retry_at = Some(now.with_timezone(&Utc) + Duration::seconds(RETRY));
                    }
                }
            }
            Effect::Close { exercise } => self.notifier.close(&exercise),
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
            }
        }
    }

    fn handle(&mut self, event: Event, now: DateTime<Local>) {
        match event {
            Event::Request(request, via, reply) => {
                self.reload_if_changed(&now);
                let answer = self.request(request, via, now);
                let _ = reply.send(answer);
            }
            Event::Tray(request) => match self.request(request, Via::Tray, now) {
                Ok(Reply::Message { text }) => log(&format!("from the tray: {text}")),
                Ok(_) => {}
                Err(f) => log(&format!("from the tray: {}", f.message)),
            },
            Event::Terminate(signal) => {
                log(&format!("signal {signal}: stopping"));
                self.stopping = true;
            }
            Event::Answer(ticket, answer) => self.answer(ticket, answer, now),
            Event::ServerChanged { present } => {
                log(if present {
                    "a notification server appeared"
                } else {
                    "the notification server went away"
                });
                self.notifier.server_changed();
                for (exercise, _) in self.prompter.pending().clone() {
                    self.prompter.delivered(&exercise, false);
                }
                self.retry_at = Some(now.with_timezone(&Utc));
            }
            Event::Sleep { going: true } => {
                self.asleep_since = Some(now.with_timezone(&Utc));
            }
            Event::Sleep { going: false } => {
                let now = now.with_timezone(&Utc);
                let since = self.asleep_since.take().unwrap_or(self.last_wall);
                log(&format!("woke after {} min", (now - since).num_minutes()));
                self.tracker.slept(since, now);
                self.next_sample = now;
            }
        }
    }

    fn request(
        &mut self,
        request: Request,
        via: Via,
        now: DateTime<Local>,
    ) -> Result<Reply, Failure> {
        let message = |text: &str| {
            Ok(Reply::Message {
                text: text.to_owned(),
            })
        };
        match request {
            Request::Stop => {
                self.stopping = true;
                self.stop_requested = true;
                message("Stopping the daemon.")
            }
            Request::Reload => {
                self.reload(&now);
                self.prefs_seen = prefs_stamp(&self.paths.preferences);
                match &self.prefs_error {
                    None => message("Preferences reloaded."),
                    Some(e) => Err(Failure::other(e.clone())),
                }
            }
            Request::NotifyTest => {
                let text =
                    notifier::sample_text(self.model.prefs.snooze_minutes, self.model.prefs.sound);
                self.notifier
                    .show(&notifier::sample_id(), &text)
                    .map_err(|e| Failure::other(format!("cannot show notifications: {e}")))?;
                let server = self.notifier.server().map(|s| s.name).unwrap_or_default();
                message(&format!("Sample prompt sent to {server}."))
            }
            Request::Status => {
                // A fresh sample, so `status` says where the user is now.
                let idle = self
                    .idle
                    .sample()
                    .map(|d| Duration::from_std(d).unwrap_or_default());
                self.tracker.observe(now.with_timezone(&Utc), idle);
                let mut reply = self.execute(Request::Status, via, now)?;
                if let Reply::Status(report) = &mut reply {
                    report.daemon = Some(DaemonEntry {
                        pid: std::process::id(),
                        sitting_since: self.tracker.sitting_since().map(|t| {
                            t.with_timezone(&Local)
                                .to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
                        }),
                        idle_source: self.idle.describe(),
                        notifications: match (&self.notify_error, self.notifier.server()) {
                            (Some(e), _) => format!("unavailable ({e})"),
                            (None, Ok(s)) => s.name,
                            (None, Err(e)) => format!("unavailable ({e})"),
                        },
                    });
                }
                Ok(reply)
            }
            other => self.execute(other, via, now),
        }
    }

    /// A command of the shared service, then a tick so its effect shows at
    /// once (an answered prompt closes now).
    fn execute(
        &mut self,
        request: Request,
        via: Via,
        now: DateTime<Local>,
    ) -> Result<Reply, Failure> {
        let cx = Context {
            now,
            sitting_since: self.tracker.sitting_since(),
            via,
            notes: self.notes(),
        };
        let reply = service::execute(&mut self.model, request, &cx);
        self.tick(now);
        reply
    }

    /// What `status` should know about this daemon's surroundings.
    fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        if let Some(e) = &self.prefs_error {
            notes.push(e.clone());
        }
        if let Some(reason) = &self.quiet_reason {
            notes.push(format!(
                "prompts are held while {reason}; they come when it ends"
            ));
        }
        if let Some(e) = &self.notify_error {
            notes.push(format!(
                "notifications cannot be shown ({e}); due prompts are listed here"
            ));
        }
        if !self.idle.available() {
            notes.push(format!(
                "idle time {}; sitting time runs on the clock",
                self.idle.describe()
            ));
        }
        notes
    }

    fn answer(&mut self, ticket: Ticket, answer: Answer, now: DateTime<Local>) {
        if !self.notifier.is_current(&ticket) {
            return;
        }
        self.notifier.forget(&ticket);
        if ticket.exercise == notifier::sample_id() {
            log(&format!("sample prompt answered: {answer:?}"));
            return;
        }
        let Some(exercise) = self.model.prefs.exercise(&ticket.exercise).cloned() else {
            return;
        };
        let session = match answer {
            Answer::Done => {
                service::done_session(&exercise, now, None, None, Via::Notification).ok()
            }
            Answer::Skip => {
                let mut s = Session::new(now.fixed_offset(), exercise.id.clone(), Outcome::Skipped);
                s.via = Some(Via::Notification);
                Some(s)
            }
            Answer::Snooze => {
                let mut s = Session::new(now.fixed_offset(), exercise.id.clone(), Outcome::Snoozed);
                s.until = Some(
                    (now + Duration::minutes(self.model.prefs.snooze_minutes as i64))
                        .fixed_offset(),
                );
                s.via = Some(Via::Notification);
                Some(s)
            }
            // Clicked: open the window (or bring it to the front). Still due.
            Answer::Open => {
                open_window();
                None
            }
            // Dismissed: still due, shown in `status` and the window.
            Answer::Closed => None,
        };
        if let Some(s) = session {
            log(&format!(
                "answered in the notification: {}",
                service::describe(&exercise, &s, 0)
            ));
            if let Err(f) = self.model.record(s) {
                log(&f.message);
            }
            self.tick(now);
        }
    }

    fn next_wake(&self, now: DateTime<Local>) -> DateTime<Utc> {
        let now = now.with_timezone(&Utc);
        [
            Some(now + Duration::seconds(MAX_SLEEP)),
            Some(self.next_sample),
            self.next_due,
            self.retry_at,
            self.prefs_settle_at,
            self.prompter.is_quiet().then_some(self.quiet_check_at),
        ]
        .into_iter()
        .flatten()
        .min()
        .expect("non-empty")
    }
}

/// Starts the window, which brings an open one to the front instead.
fn open_window() {
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let mut cmd = std::process::Command::new(exe);
    cmd.stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
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

/// Stops cleanly on the signals a session sends at logout, so no prompt is
/// left on screen with buttons nobody answers.
fn watch_signals(events: mpsc::Sender<Event>) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]) else {
        return;
    };
    let _ = std::thread::Builder::new()
        .name("signals".into())
        .stack_size(64 * 1024)
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                let _ = events.send(Event::Terminate(signal));
            }
        });
}

fn prefs_stamp(path: &std::path::Path) -> Option<(SystemTime, u64)> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}
