//! What the window shows and what its buttons do, apart from drawing: the
//! latest status from the daemon, the last action's result, and the inputs
//! being typed. Answers, pauses and logged minutes go to the daemon as
//! requests; the schedule is saved to the preferences file under the
//! store's lock (merged with changes made elsewhere meanwhile) and the
//! daemon is told to reload. The window keeps no schedule logic and never
//! shows data it could not refresh. It asks again whenever the daemon says
//! something changed (`feed`), or once a minute when it cannot follow it.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::{DateTime, Local};

use chrono::FixedOffset;

use crate::core::ExerciseId;
use crate::core::preferences::limits;
use crate::core::preferences::{Preferences, RawPreferences, Starter, Theme};
use crate::desktop::autostart::{Autostart, Status};
use crate::protocol::{Reply, Request};
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
            saved_theme: PrefsFile::new(prefs_file.clone())
                .read()
                .ok()
                .flatten()
                .map_or(Theme::System, |r| r.prefs.theme),
            export_folder: None,
            preview: None,
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

    /// Reads the preferences file into the Schedule view's draft. A file
    /// that cannot be used was backed up by the store; the draft starts from
    /// the defaults and the notice says so.
    pub fn load_schedule(&mut self) {
        let file = PrefsFile::new(self.prefs_file.clone());
        self.schedule_conflict = false;
        self.schedule_problem = None;
        let parsed = match file.read_seen() {
            Ok((seen, read)) => {
                self.schedule_seen = seen;
                Ok(read.map_or_else(
                    || (RawPreferences::default(), Preferences::default()),
                    |r| (r.raw, r.prefs),
                ))
            }
            // A TOML error's first line says where; the rest is a snippet.
            Err(PrefsProblem::Malformed(e)) => Err(e.lines().next().unwrap_or_default().to_owned()),
            Err(problem) => Err(problem.lines().join("; ")),
        };
        if parsed.is_err() {
            self.schedule_seen = Seen(std::fs::read(&self.prefs_file).ok());
        }
        let draft = match parsed {
            Ok((raw, prefs)) => Draft::new(raw, &prefs),
            Err(why) => {
                let backup = file
                    .back_up(&crate::clock::stamp(&crate::clock::now()))
                    .ok();
                let copy = backup
                    .map(|b| format!(" (a copy is kept at {})", b.display()))
                    .unwrap_or_default();
                let what_save_does = if file.newer_version().is_some() {
                    "It is kept as it is: this version will not save over it"
                } else {
                    "Saving replaces it"
                };
                self.schedule_problem = Some(format!(
                    "{} has errors ({why}); showing the defaults. {what_save_does}{copy}.",
                    file.path.display(),
                ));
                Draft::new(RawPreferences::default(), &Preferences::default())
            }
        };
        self.schedule = Some((draft.clone(), draft));
    }

    /// Writes the chosen starter schedule and leaves the welcome.
    pub fn finish_welcome(&mut self) {
        let raw = self.starter.preferences();
        if let Err(e) = PrefsFile::new(self.prefs_file.clone()).save_raw(&raw) {
            self.notice = Some(Notice::Error(e));
            return;
        }
        let _ = self.link.request(&Request::Reload);
        self.welcome = false;
        self.schedule = None;
        self.notice = Some(Notice::Info(format!(
            "{} schedule saved. Prompts come as desktop notifications; tick them off there or here.",
            self.starter.title()
        )));
        self.refresh();
    }

    /// Whether the Schedule view has edits that are not saved.
    pub fn unsaved_schedule(&self) -> bool {
        matches!(&self.schedule, Some((draft, saved)) if draft != saved)
    }

    /// Loads the draft the first time, and loads it again when the file
    /// changed (`dose`, an editor, another window) while nothing is being
    /// edited here; a draft being edited is merged at Save instead.
    pub fn follow_schedule_file(&mut self) {
        let editing = match &self.schedule {
            None => {
                self.load_schedule();
                return;
            }
            Some((draft, saved)) => draft != saved || self.schedule_conflict,
        };
        if !editing && Seen(std::fs::read(&self.prefs_file).ok()) != self.schedule_seen {
            self.load_schedule();
        }
    }

    /// Saves the draft atomically and has the daemon pick it up. When the
    /// file changed since the draft was loaded, the changes made there and
    /// here are merged field by field; a field changed differently on both
    /// sides stops the save (`schedule_conflict`): reload or keep yours.
    pub fn save_schedule(&mut self) {
        self.write_schedule(false);
    }

    /// After a conflict: saves the draft as it is, over the changes made
    /// elsewhere.
    pub fn keep_my_schedule(&mut self) {
        self.write_schedule(true);
    }

    fn write_schedule(&mut self, overwrite: bool) {
        let Some((draft, saved)) = self.schedule.clone() else {
            return;
        };
        if draft.check().prefs.is_none() {
            self.notice = Some(Notice::Error(
                "Fix the fields marked in red before saving.".into(),
            ));
            return;
        }
        let merged = match self.write(&draft, &saved, overwrite) {
            Ok(merged) => merged,
            Err(Refused::Clash(fields)) => {
                self.schedule_conflict = true;
                self.notice = Some(Notice::Error(format!(
                    "The preferences changed since you opened them ({}): reload or keep yours.",
                    fields.join(", ")
                )));
                return;
            }
            Err(Refused::Failed(e)) => {
                self.notice = Some(Notice::Error(e));
                return;
            }
        };
        // Show what is in the file now: with a merge, more than the draft.
        self.load_schedule();
        let saved = if merged {
            "Saved, together with the changes made elsewhere meanwhile."
        } else {
            "Saved."
        };
        self.notice = Some(self.reload_daemon(saved));
        self.refresh();
    }

    /// Saves the Exercises view's form (a new exercise, or changes to one
    /// of the user's own) and nothing else: unsaved edits in the Schedule
    /// view stay a draft there, with the exercise added to it too.
    pub fn save_own(&mut self) {
        let Some((draft, saved)) = self.schedule.clone() else {
            return;
        };
        if self.schedule_conflict {
            self.notice = Some(Notice::Error(
                "The Schedule tab has a save that clashes with changes made elsewhere: \
                 reload or keep yours there first."
                    .into(),
            ));
            return;
        }
        let own = self.own.clone();
        let mut mine = saved.clone();
        mine.put_own(&own);
        if let Some((field, reason)) = mine.check().errors.into_iter().next() {
            self.notice = Some(Notice::Error(format!("{field}: {reason}")));
            return;
        }
        match self.write(&mine, &saved, false) {
            Ok(_) => {}
            Err(Refused::Clash(fields)) => {
                self.notice = Some(Notice::Error(format!(
                    "{} was changed elsewhere meanwhile ({}); nothing was saved.",
                    own.name.trim(),
                    fields.join(", ")
                )));
                return;
            }
            Err(Refused::Failed(e)) => {
                self.notice = Some(Notice::Error(e));
                return;
            }
        }
        if draft == saved {
            // Nothing being edited: show the file as it is now.
            self.load_schedule();
        } else if let Some((draft, saved)) = self.schedule.as_mut() {
            // The draft keeps its edits; its base now has the exercise, as
            // the file has, and Save still merges whatever else changed.
            draft.put_own(&own);
            saved.put_own(&own);
        }
        let what = if self.own_editing {
            format!("{} saved.", own.name.trim())
        } else {
            format!("{} added.", own.name.trim())
        };
        self.notice = Some(self.reload_daemon(&what));
        self.refresh();
    }

    /// Writes `mine` over the preferences file, which `base` was loaded
    /// from. When the file changed since, the changes made there and in
    /// `mine` are merged field by field (`Ok(true)`); a field changed
    /// differently on both sides refuses the write.
    fn write(&self, mine: &Draft, base: &Draft, overwrite: bool) -> Result<bool, Refused> {
        let mine = mine.check().raw;
        let base = base.check().raw;
        let base_seen = self.schedule_seen.clone();
        let mut clash: Option<Vec<String>> = None;
        let mut merged = false;
        let result = PrefsFile::new(self.prefs_file.clone()).update(|current| {
            (clash, merged) = (None, false);
            if overwrite || current.seen == base_seen {
                return Ok(mine.clone());
            }
            let theirs = match current.read {
                Ok(Some(read)) => Draft::new(read.raw, &read.prefs).check().raw,
                Ok(None) => {
                    Draft::new(RawPreferences::default(), &Preferences::default())
                        .check()
                        .raw
                }
                Err(_) => {
                    clash = Some(vec!["(the whole file, which now has errors)".into()]);
                    return Err(String::new());
                }
            };
            // A merge of two valid files can still be invalid as a whole.
            let result = draft::merge(&base, &mine, &theirs).and_then(|m| {
                Preferences::from_raw(&m)
                    .map(|_| m)
                    .map_err(|errors| errors.into_iter().map(|e| e.field).collect())
            });
            match result {
                Ok(m) => {
                    merged = true;
                    Ok(m)
                }
                Err(fields) => {
                    clash = Some(fields);
                    Err(String::new())
                }
            }
        });
        if let Some(fields) = clash {
            return Err(Refused::Clash(fields));
        }
        result.map(|_| merged).map_err(Refused::Failed)
    }

    /// Has the daemon pick up the file just saved; says so after `saved`.
    fn reload_daemon(&mut self, saved: &str) -> Notice {
        match self.link.request(&Request::Reload) {
            Ok(Some(_)) => Notice::Info(format!("{saved} The new schedule is in effect.")),
            Ok(None) => Notice::Info(format!("{saved} It takes effect when the daemon starts.")),
            Err(f) => Notice::Error(format!("{saved} But the daemon said: {}", f.message)),
        }
    }

    /// The preview for `prefs`, asked of the daemon when the settings or
    /// the status changed since the last time.
    pub fn preview(&mut self, prefs: &Preferences) -> Result<Vec<UpcomingEntry>, String> {
        let basis = self.status.as_ref().map(|s| s.now);
        if let Some(p) = &self.preview
            && p.prefs == *prefs
            && p.basis == basis
        {
            return p.prompts.clone();
        }
        let prompts = toml::to_string(&prefs.to_raw())
            .map_err(|e| e.to_string())
            .and_then(|text| {
                match self.link.request(&Request::Preview {
                    preferences: text,
                    count: 10,
                }) {
                    Ok(Some(Reply::Upcoming { prompts })) => Ok(prompts),
                    Ok(Some(_)) => Err("the daemon answered something else".into()),
                    Ok(None) => {
                        Err("The daemon is not running: start it to see the preview.".into())
                    }
                    Err(f) => Err(f.message),
                }
            });
        self.preview = Some(Preview {
            prefs: prefs.clone(),
            basis,
            prompts: prompts.clone(),
        });
        prompts
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
            Ok(Some(_)) => Notice::Info("Done.".into()),
            Ok(None) => {
                Notice::Error("The background daemon is not running; start it first.".into())
            }
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
        });
    }

    pub fn snooze(&mut self, exercise: &ExerciseId, since: DateTime<FixedOffset>) {
        self.act(Request::Snooze {
            exercise: Some(exercise.to_string()),
            minutes: None,
            prompt: Some(since),
        });
    }

    pub fn skip(&mut self, exercise: &ExerciseId, since: DateTime<FixedOffset>) {
        self.act(Request::Skip {
            exercise: Some(exercise.to_string()),
            at: None,
            prompt: Some(since),
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
                });
                if matches!(self.notice, Some(Notice::Info(_))) {
                    self.log_minutes.clear();
                }
            }
            _ => {
                self.notice = Some(Notice::Error(format!(
                    "Minutes: `{}` is not a number from {}.",
                    self.log_minutes.trim(),
                    limits::SESSION_MINUTES
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
