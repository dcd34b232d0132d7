//! What the window shows and what its buttons do, apart from drawing: the
//! latest status from the daemon, the last action's result, and the inputs
//! being typed. Answers, pauses and logged minutes go to the daemon as
//! requests; the schedule is saved to the preferences file under the
//! store's lock (merged with changes made elsewhere meanwhile) and the
//! daemon is told to reload. The window keeps no schedule logic and never
//! shows data it could not refresh. It asks again whenever the daemon says
//! something changed (`feed`), or once a minute when it cannot follow it.

mod schedule;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::{DateTime, Local};

use chrono::FixedOffset;

use crate::core::ExerciseId;
use crate::core::moment::Routine;
use crate::core::preferences::limits;
use crate::core::preferences::{Moments, Preferences, RawPreferences, Starter, Theme};
use crate::desktop::autostart::{Autostart, Status};
use crate::protocol::{GuideAction, Reply, Request};
use crate::store::PrefsFile;
use crate::store::prefs::{PrefsProblem, Seen};

use super::draft::{self, Draft, OwnExercise};
use super::views::history::ExportFolder;
use crate::report::{HistoryReport, StatusReport, UpcomingEntry};

use super::feed::Feed;
use super::link::Link;

/// How often the window asks for the status when it cannot follow the
/// daemon's changes (no daemon, or one too old to push them).
pub const POLL: Duration = Duration::from_secs(60);

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tab {
    #[default]
    Today,
    Schedule,
    Exercises,
    History,
}

/// Whether the daemon answered the last refresh.
#[derive(Clone, Debug, PartialEq)]
pub enum Connection {
    Connected,
    /// Not running (and, when it was tried, why it could not be started).
    NotRunning(Option<String>),
    /// Running but failing: what it said.
    Failing(String),
}

pub struct Model<L: Link> {
    pub link: L,
    pub tab: Tab,
    pub connection: Connection,
    /// Only ever what the daemon said at the last successful refresh, and
    /// cleared when it cannot be reached.
    pub status: Option<StatusReport>,
    /// When `status` arrived (on the monotonic clock): the countdown ticks
    /// on from its `now`.
    pub status_at: Option<Instant>,
    /// How many times the status has been refreshed: views that fetch more
    /// (History) fetch again when this moves.
    pub refreshes: u64,
    /// The subscription to the daemon's changes, if the link offers one.
    pub feed: Option<Feed>,
    /// When the status was last asked for.
    last_asked: Instant,
    /// The outcome of the last action, for a line under the buttons.
    pub notice: Option<Notice>,
    /// The preferences file the Schedule view edits.
    pub prefs_file: PathBuf,
    /// The Schedule view's draft and the version last loaded or saved.
    pub schedule: Option<(Draft, Draft)>,
    /// The file's bytes that version was loaded from: a save over a file
    /// that differs merges with it, an unedited draft follows it.
    pub schedule_seen: Seen,
    /// The last save found changes made elsewhere that clash with the
    /// draft's: the view offers to reload or to keep the draft.
    pub schedule_conflict: bool,
    /// Why the preferences file could not be used (the draft then starts
    /// from the defaults): shown by every view that shows the schedule, for
    /// as long as it holds, unlike a notice.
    pub schedule_problem: Option<String>,
    /// First run (no preferences file yet): the welcome is shown.
    pub welcome: bool,
    pub starter: Starter,
    /// The welcome's everyday moments, written with the starter.
    pub moments: Moments,
    /// The Exercises view's form for the user's own exercise.
    pub own: OwnExercise,
    /// Whether that form edits an existing exercise (or adds one).
    pub own_editing: bool,
    /// The History view's data, fetched when that view is shown.
    pub history: Option<HistoryReport>,
    /// Minutes typed into the quick log, per logged exercise.
    pub log_minutes: String,
    pub log_exercise: ExerciseId,
    /// Settings kept outside the preferences file ("On this computer").
    pub computer: ThisComputer,
    /// The theme in the preferences file when the window opened.
    pub saved_theme: Theme,
    /// Where the History view's Export writes; looked up when first shown.
    pub export_folder: Option<ExportFolder>,
    /// The Schedule view's preview, and what it was computed for.
    pub preview: Option<Preview>,
    /// The guided session this window showed (by when it started): its
    /// end is shown once it ends.
    pub following: Option<chrono::DateTime<FixedOffset>>,
    /// The minutes typed to correct a walk that ran by itself, for the
    /// session (by when it started) they were filled in for.
    pub correct_minutes: (Option<chrono::DateTime<FixedOffset>>, String),
}

/// The next prompts under the Schedule view's settings, as the daemon
/// works them out from the real history (so they agree with Today).
#[derive(Clone, Debug)]
pub struct Preview {
    prefs: Preferences,
    /// The status it went with: a new status (an answer, a new minute)
    /// asks again.
    basis: Option<chrono::DateTime<chrono::FixedOffset>>,
    pub prompts: Result<Vec<UpcomingEntry>, String>,
}

/// "On this computer": whether the daemon starts at login. Not part of the
/// schedule draft: a toggle writes or removes the autostart entry at once.
#[derive(Clone, Debug)]
pub struct ThisComputer {
    /// The autostart entry, or why there is none (not an XDG desktop).
    pub autostart: Result<Autostart, String>,
    /// As last read from the file; `None` until read.
    pub starts_at_login: Option<bool>,
    /// Why the last read or change failed, or why the file is left alone.
    pub problem: Option<String>,
}

impl ThisComputer {
    pub fn new(autostart: Result<Autostart, String>) -> Self {
        ThisComputer {
            autostart,
            starts_at_login: None,
            problem: None,
        }
    }
}

/// Why a write of the preferences did not happen.
enum Refused {
    /// Fields changed differently here and in the file meanwhile.
    Clash(Vec<String>),
    Failed(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Info(String),
    Error(String),
}

impl<L: Link> Model<L> {
    pub fn new(link: L, prefs_file: PathBuf) -> Self {
        // Read once: the window speaks the file's language (or the
        // desktop's) from its first frame, the welcome included, and shows
        // its theme.
        let prefs = PrefsFile::new(prefs_file.clone())
            .check()
            .ok()
            .flatten()
            .map(|(p, _)| p)
            .unwrap_or_default();
        let saved_theme = prefs.theme;
        crate::i18n::apply(&prefs.in_region(crate::i18n::env::region()));
        let feed = link.follower().map(Feed::start);
        let mut model = Model {
            feed,
            status_at: None,
            refreshes: 0,
            last_asked: Instant::now(),
            link,
            prefs_file: prefs_file.clone(),
            welcome: !prefs_file.exists(),
            starter: Starter::Standard,
            moments: Moments::default(),
            schedule: None,
            schedule_seen: Seen::default(),
            schedule_conflict: false,
            schedule_problem: None,
            own: OwnExercise::new(),
            own_editing: false,
            tab: Tab::Today,
            connection: Connection::NotRunning(None),
            status: None,
            history: None,
            notice: None,
            log_minutes: String::new(),
            log_exercise: "cycling".parse().expect("a valid exercise id"),
            computer: ThisComputer::new(Autostart::from_env()),
            saved_theme,
            export_folder: None,
            preview: None,
            following: None,
            correct_minutes: (None, String::new()),
        };
        model.refresh();
        model
    }

    /// The window's theme: as being chosen in the Schedule view, else as
    /// saved.
    pub fn theme(&self) -> Theme {
        self.schedule
            .as_ref()
            .map_or(self.saved_theme, |(draft, _)| draft.theme)
    }

    /// Asks the daemon for the current status.
    pub fn refresh(&mut self) {
        self.last_asked = Instant::now();
        match self.link.request(&Request::Status) {
            Ok(Some(Reply::Status(report))) => {
                self.status = Some(*report);
                self.status_at = Some(Instant::now());
                self.refreshes += 1;
                self.connection = Connection::Connected;
                // A daemon answers: follow it, if not already.
                if let Some(feed) = &self.feed
                    && !feed.live()
                {
                    feed.kick();
                }
            }
            Ok(Some(_)) => {
                self.fail("the daemon answered a status request with something else".into())
            }
            Ok(None) => {
                self.status = None;
                self.connection = Connection::NotRunning(None);
            }
            Err(f) => self.fail(f.message),
        }
    }

    /// Once a frame: asks again when the daemon said something changed, or
    /// once a minute when it is not being followed; never otherwise.
    pub fn keep_current(&mut self, ctx: &egui::Context) {
        if let Some(feed) = &self.feed {
            feed.attach(ctx);
            if feed.take_stale() {
                self.refresh();
                return;
            }
            if feed.live() {
                return;
            }
        }
        let left = POLL.saturating_sub(self.last_asked.elapsed());
        if left.is_zero() {
            self.refresh();
            ctx.request_repaint_after(POLL);
        } else {
            ctx.request_repaint_after(left);
        }
    }

    /// Now, as the window's clock says: the daemon's time at the last
    /// status, plus the time since (so the countdown ticks between pushes).
    pub fn now(&self) -> Option<DateTime<Local>> {
        let status = self.status.as_ref()?;
        let since = self.status_at.map(|t| t.elapsed()).unwrap_or_default();
        Some(
            status.now.with_timezone(&Local)
                + chrono::Duration::from_std(since).unwrap_or_default(),
        )
    }

    /// Asks the daemon for the last `weeks` weeks, day by day.
    pub fn refresh_history(&mut self, weeks: usize) {
        match self.link.request(&Request::History { weeks }) {
            Ok(Some(Reply::History(report))) => self.history = Some(*report),
            Ok(Some(_)) => {
                self.fail("the daemon answered a history request with something else".into())
            }
            Ok(None) => {
                self.history = None;
                self.connection = Connection::NotRunning(None);
            }
            Err(f) => self.fail(f.message),
        }
    }

    fn fail(&mut self, message: String) {
        self.status = None;
        self.history = None;
        self.connection = Connection::Failing(message);
    }

    /// Starts the daemon, then refreshes.
    pub fn start_daemon(&mut self) {
        match self.link.start() {
            Ok(()) => self.refresh(),
            Err(e) => self.connection = Connection::NotRunning(Some(e)),
        }
    }

    /// Stops a daemon that runs but fails (e.g. an older version after an
    /// upgrade), then starts a fresh one.
    pub fn restart_daemon(&mut self) {
        let _ = self.link.request(&Request::Stop);
        for _ in 0..50 {
            if matches!(self.link.request(&Request::Ping), Ok(None)) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        self.start_daemon();
    }

    /// Sends a command, shows its answer, refreshes.
    pub fn act(&mut self, request: Request) {
        self.notice = Some(match self.link.request(&request) {
            Ok(Some(Reply::Message { text })) => Notice::Info(text),
            Ok(Some(_)) => Notice::Info(crate::t!("notice-done")),
            Ok(None) => Notice::Error(crate::t!("notice-not-running")),
            Err(f) => Notice::Error(f.message),
        });
        self.refresh();
    }

    /// The answers of a due card: each names the prompt it answers (`since`),
    /// so a card still on screen after it was answered elsewhere records
    /// nothing twice; the daemon says so instead.
    pub fn done(&mut self, exercise: &ExerciseId, since: DateTime<FixedOffset>) {
        self.act(Request::Done {
            exercise: Some(exercise.to_string()),
            minutes: None,
            dose: None,
            at: None,
            prompt: Some(since),
            anchor: None,
        });
    }

    /// Starts a guided session of `exercise`, answering the prompt due
    /// since `since` (a due card's Start) or none (Exercises' Start).
    pub fn start(&mut self, exercise: &ExerciseId, since: Option<DateTime<FixedOffset>>) {
        self.act(Request::Start {
            exercise: Some(exercise.to_string()),
            prompt: since,
        });
    }

    /// Pause, Resume, Skip step or Stop in the player.
    pub fn guide(&mut self, action: GuideAction) {
        self.act(Request::Guide { action });
    }

    pub fn snooze(&mut self, exercise: &ExerciseId, since: DateTime<FixedOffset>) {
        self.act(Request::Snooze {
            exercise: Some(exercise.to_string()),
            minutes: None,
            prompt: Some(since),
        });
    }

    /// Ticks off an item anchored to a routine ("this morning"), dated at
    /// the routine by the service.
    pub fn tick_anchored(&mut self, exercise: &ExerciseId, routine: &Routine) {
        self.act(Request::Done {
            exercise: Some(exercise.to_string()),
            minutes: None,
            dose: None,
            at: None,
            prompt: None,
            anchor: Some(routine.key().to_owned()),
        });
    }

    pub fn skip(&mut self, exercise: &ExerciseId, since: DateTime<FixedOffset>) {
        self.act(Request::Skip {
            exercise: Some(exercise.to_string()),
            at: None,
            prompt: Some(since),
            anchor: None,
        });
    }

    /// Logs the minutes typed into the quick log; bad input is said, not sent.
    pub fn log(&mut self) {
        match self.log_minutes.trim().parse::<u32>() {
            Ok(m) if limits::SESSION_MINUTES.contains(m) => {
                let exercise = self.log_exercise.to_string();
                self.act(Request::Done {
                    exercise: Some(exercise),
                    minutes: Some(m),
                    dose: None,
                    at: None,
                    prompt: None,
                    anchor: None,
                });
                if matches!(self.notice, Some(Notice::Info(_))) {
                    self.log_minutes.clear();
                }
            }
            _ => {
                self.notice = Some(Notice::Error(crate::t!(
                    "notice-log-minutes",
                    value = format!("`{}`", self.log_minutes.trim()),
                    min = limits::SESSION_MINUTES.min,
                    max = limits::SESSION_MINUTES.max
                )))
            }
        }
    }

    pub fn pause(&mut self, duration: &str) {
        self.act(Request::Pause {
            duration: duration.to_owned(),
        });
    }

    pub fn resume(&mut self) {
        self.act(Request::Resume);
    }

    /// Reads whether the daemon starts at login from the autostart file.
    pub fn load_computer(&mut self) {
        let c = &mut self.computer;
        let autostart = match &c.autostart {
            Ok(a) => a,
            Err(e) => {
                (c.starts_at_login, c.problem) = (Some(false), Some(e.clone()));
                return;
            }
        };
        (c.starts_at_login, c.problem) = match autostart.status() {
            Ok(Status::On { .. }) => (Some(true), None),
            Ok(Status::Off | Status::Hidden) => (Some(false), None),
            Ok(status @ Status::Foreign { .. }) => (Some(false), Some(autostart.describe(&status))),
            Err(e) => (Some(false), Some(e)),
        };
    }

    /// Writes (`on`) or removes the autostart entry now, then re-reads it.
    pub fn set_starts_at_login(&mut self, on: bool) {
        let Ok(autostart) = &self.computer.autostart else {
            return;
        };
        let result = if on {
            autostart.enable()
        } else {
            autostart.disable().map(|_| ())
        };
        self.load_computer();
        if let Err(e) = result {
            self.computer.problem = Some(e);
        }
    }
}
