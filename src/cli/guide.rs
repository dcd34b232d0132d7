//! `second-heart start`: a guided session in the terminal, with a live
//! countdown and progress bar, and `second-heart session pause|resume|
//! skip|stop` for the one running.
//!
//! With a daemon, the daemon runs the session (its cues reach the desktop
//! too, and it goes on if the terminal closes) and this follows it; without
//! one, this process runs it through the same service and records it at
//! the end. Keys when stdin is a terminal: space pauses and resumes, `n`
//! skips a step, `q` or Ctrl-C stops (recording what was done). Without a
//! terminal it runs to the end unattended; Ctrl-C (SIGINT) still stops it.
//! When stdout is not a terminal, each step is one plain line.

use std::io::{IsTerminal, Write};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, Local};

use super::Failure;
use super::to_daemon::{self, Asked};
use crate::clock;
use crate::core::quote::escape_controls;
use crate::core::{Activity, Via};
use crate::protocol::{GuideAction, Reply, Request};
use crate::report::{GuidedEntry, StatusReport};
use crate::service::{self, Context, Model};
use crate::store::Paths;

/// How often the countdown is redrawn in a terminal.
const FRAME: Duration = Duration::from_millis(200);
/// How often a session followed in the daemon is asked about, between
/// redraws computed on this clock.
const LOOK: Duration = Duration::from_secs(1);
/// Width of the progress bar, in cells.
const BAR: usize = 24;

/// What the user asked for from the keyboard or by a signal.
enum Key {
    Act(GuideAction),
    /// Space: pause or resume, whichever applies.
    Toggle,
}

pub fn start(paths: &Paths, exercise: Option<String>, follow: bool) -> Result<(), Failure> {
    let request = Request::Start {
        exercise,
        prompt: None,
    };
    match to_daemon::ask(&paths.runtime_dir, &request)? {
        Asked::Answered(reply) => {
            say(&reply);
            if follow { follow_daemon(paths) } else { Ok(()) }
        }
        Asked::NotRunning => run_here(paths, request),
        Asked::Unusable(why) => {
            eprintln!(
                "second-heart: warning: {}; running the session here",
                escape_controls(&why)
            );
            run_here(paths, request)
        }
    }
}

/// `session pause|resume|skip|stop|keep|correct`, for the session the
/// daemon runs (or ran).
pub fn act(paths: &Paths, request: Request) -> Result<(), Failure> {
    match to_daemon::ask(&paths.runtime_dir, &request)? {
        Asked::Answered(reply) => {
            say(&reply);
            Ok(())
        }
        Asked::NotRunning | Asked::Unusable(_) => Err(Failure::input(
            "session: the daemon is not running, so no guided session is either (one \
             started with `start` in a terminal without the daemon is controlled there)",
        )),
    }
}

fn say(reply: &Reply) {
    if let Reply::Message { text } = reply {
        println!("{text}");
    }
}

/// Follows the session the daemon runs until it ends.
fn follow_daemon(paths: &Paths) -> Result<(), Failure> {
    let ask = |request: &Request| -> Result<Reply, Failure> {
        match to_daemon::ask(&paths.runtime_dir, request)? {
            Asked::Answered(reply) => Ok(reply),
            _ => Err(Failure::other(
                "the daemon stopped; the session ended with it",
            )),
        }
    };
    let status = || -> Result<StatusReport, Failure> {
        match ask(&Request::Status)? {
            Reply::Status(report) => Ok(*report),
            _ => Err(Failure::other(
                "the daemon answered status with something else",
            )),
        }
    };
    let first = status()?;
    let Some(started) = first.guided.as_ref().map(|g| g.started) else {
        return ended_message(&first, None);
    };
    let mut screen = Screen::new();
    let keys = listen();
    let mut report = first;
    let mut asked = Instant::now();
    loop {
        match report.guided.as_ref().filter(|g| g.started == started) {
            Some(g) => screen.draw(&g.later(asked.elapsed().as_millis() as u64)),
            None => {
                screen.finish();
                return ended_message(&report, Some(started));
            }
        }
        match keys.recv_timeout(FRAME) {
            Ok(key) => {
                let paused = report.guided.as_ref().is_some_and(|g| g.paused);
                let action = resolve(key, paused);
                match ask(&Request::Guide { action }) {
                    Ok(Reply::Message { text }) => screen.note(&text),
                    Ok(_) => {}
                    Err(f) => screen.note(&f.message),
                }
                report = status()?;
                asked = Instant::now();
            }
            Err(RecvTimeoutError::Timeout) => {
                if asked.elapsed() >= LOOK {
                    report = status()?;
                    asked = Instant::now();
                }
            }
            Err(RecvTimeoutError::Disconnected) => std::thread::sleep(FRAME),
        }
    }
}

/// What the daemon said of the session that started at `started`.
fn ended_message(
    report: &StatusReport,
    started: Option<DateTime<FixedOffset>>,
) -> Result<(), Failure> {
    if let Some(end) = &report.guided_ended
        && started.is_none_or(|s| end.started == s)
    {
        println!("{}", escape_controls(&end.said));
    }
    Ok(())
}

/// Runs the session in this process (no daemon), recording it at the end.
fn run_here(paths: &Paths, request: Request) -> Result<(), Failure> {
    let cx = |now: DateTime<Local>| Context {
        now,
        sitting_since: Activity::assume_sitting().sitting_since,
        via: Via::Cli,
        notes: Vec::new(),
    };
    let mut model = Model::load(paths, &clock::now())?;
    for w in &model.warnings {
        eprintln!("second-heart: warning: {}", escape_controls(w));
    }
    let reply = service::execute(&mut model, request, &cx(clock::now()))?;
    say(&reply);
    let mut screen = Screen::new();
    let keys = listen();
    loop {
        let now = clock::now();
        let tick = service::guide::tick(&mut model, &cx(now));
        if let Some(ended) = tick.ended {
            screen.finish();
            return ended.map(|reply| say(&reply));
        }
        if let Some(entry) = model.guided.as_ref().and_then(|g| GuidedEntry::of(g, &now)) {
            screen.draw(&entry);
        }
        match keys.recv_timeout(FRAME) {
            Ok(key) => {
                let paused = model.guided.as_ref().is_some_and(|g| g.is_paused());
                let action = resolve(key, paused);
                // The files as they are now: an answer recorded meanwhile
                // elsewhere settles the same prompt.
                if action == GuideAction::Stop || action == GuideAction::Skip {
                    model = reloaded(paths, model)?;
                }
                match service::execute(&mut model, Request::Guide { action }, &cx(clock::now())) {
                    Ok(reply) if model.guided.is_none() => {
                        screen.finish();
                        say(&reply);
                        return Ok(());
                    }
                    Ok(Reply::Message { text }) => screen.note(&text),
                    Ok(_) => {}
                    Err(f) => screen.note(&f.message),
                }
            }
            Err(RecvTimeoutError::Timeout) => {
                // About to end: read the files first, for the same reason.
                let ending = model
                    .guided
                    .as_ref()
                    .is_some_and(|g| g.step() + 1 >= g.plan.steps.len());
                if ending {
                    model = reloaded(paths, model)?;
                }
            }
            Err(RecvTimeoutError::Disconnected) => std::thread::sleep(FRAME),
        }
    }
}

/// The model read again from the files, keeping the running session.
fn reloaded(paths: &Paths, mut model: Model) -> Result<Model, Failure> {
    let mut fresh = Model::load(paths, &clock::now())?;
    fresh.guided = model.guided.take();
    Ok(fresh)
}

fn resolve(key: Key, paused: bool) -> GuideAction {
    match key {
        Key::Act(a) => a,
        Key::Toggle if paused => GuideAction::Resume,
        Key::Toggle => GuideAction::Pause,
    }
}

/// The keys and Ctrl-C, from a thread: space, `p`, `n`, `s`, `q`. Without
/// a terminal on stdin only Ctrl-C (SIGINT) comes.
fn listen() -> mpsc::Receiver<Key> {
    let (tx, rx) = mpsc::channel();
    let interrupt = tx.clone();
    // Without raw mode (stdin not a terminal), Ctrl-C is a signal.
    let _ = ctrlc::set_handler(move || {
        let _ = interrupt.send(Key::Act(GuideAction::Stop));
    });
    if std::io::stdin().is_terminal() && crossterm::terminal::enable_raw_mode().is_ok() {
        let _ = std::thread::Builder::new()
            .name("keys".into())
            .spawn(move || read_keys(tx));
    }
    rx
}

fn read_keys(tx: mpsc::Sender<Key>) {
    use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, read};
    while let Ok(event) = read() {
        let Event::Key(k) = event else { continue };
        if k.kind != KeyEventKind::Press {
            continue;
        }
        let key = match k.code {
            KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                Key::Act(GuideAction::Stop)
            }
            KeyCode::Char(' ') | KeyCode::Char('p') => Key::Toggle,
            KeyCode::Char('n') | KeyCode::Char('s') | KeyCode::Right => Key::Act(GuideAction::Skip),
            KeyCode::Char('q') | KeyCode::Esc => Key::Act(GuideAction::Stop),
            _ => continue,
        };
        if tx.send(key).is_err() {
            return;
        }
    }
}

/// Where the session is drawn: one line redrawn in place on a terminal,
/// a plain line per step otherwise.
struct Screen {
    terminal: bool,
    /// The last step printed, on a plain output.
    printed: Option<(usize, bool)>,
    /// The line on screen, on a terminal: redrawn only when it changes.
    drawn: Option<String>,
}

impl Screen {
    fn new() -> Screen {
        let terminal = std::io::stdout().is_terminal();
        if terminal && std::io::stdin().is_terminal() {
            println!("{}", crate::t!("guide-keys"));
        }
        Screen {
            terminal,
            printed: None,
            drawn: None,
        }
    }

    fn draw(&mut self, g: &GuidedEntry) {
        let mut out = std::io::stdout().lock();
        if self.terminal {
            let line = progress_line(g);
            if self.drawn.as_ref() != Some(&line) {
                let _ = write!(out, "\r\x1b[2K{line}");
                self.drawn = Some(line);
            }
        } else if self.printed != Some((g.step, g.paused)) {
            let time = clock::now().format("%H:%M:%S");
            let what = if g.paused { "paused" } else { &g.detail };
            let _ = writeln!(out, "{time}  {}: {}", escape_controls(&g.title), what);
            self.printed = Some((g.step, g.paused));
        }
        let _ = out.flush();
    }

    /// A line of its own above the countdown.
    fn note(&mut self, text: &str) {
        let mut out = std::io::stdout().lock();
        if self.terminal && self.drawn.is_some() {
            let _ = write!(out, "\r\x1b[2K");
        }
        let _ = write!(out, "{}\r\n", escape_controls(text));
        self.drawn = None;
        let _ = out.flush();
    }

    fn finish(&mut self) {
        let _ = crossterm::terminal::disable_raw_mode();
        if self.terminal && self.drawn.is_some() {
            println!();
        }
        self.drawn = None;
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        let _ = crossterm::terminal::disable_raw_mode();
    }
}

/// "Set 2 of 3  [#########...............]  0:38 left · 7/15 reps · up"
pub fn progress_line(g: &GuidedEntry) -> String {
    let fraction = match g.seconds {
        Some(s) if s > 0 => g.elapsed_ms as f64 / (f64::from(s) * 1000.0),
        _ => 0.0,
    };
    let filled = ((fraction.clamp(0.0, 1.0)) * BAR as f64).round() as usize;
    let bar = format!("[{}{}]", "#".repeat(filled), ".".repeat(BAR - filled));
    let mut line = format!("{}  {bar}  {}", escape_controls(&g.title), g.line_tail());
    if let Some(phase) = g.phase_text(g.elapsed_ms) {
        line.push_str(" · ");
        line.push_str(&phase);
    }
    line.push_str("  ");
    line.push_str(&crate::t!(
        "guide-step-of",
        step = g.step + 1,
        steps = g.steps
    ));
    line
}
