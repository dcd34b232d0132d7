//! The daemon's view of the user's files: it picks up what others write.
//!
//! The preferences, the history and the pause state can all change under a
//! running daemon: an editor, the window's Save, or a `done` or `pause` from
//! an ssh session or cron that cannot see the socket. Each file's stamp
//! (size, modification time, inode) is checked at every wake and before
//! every command; a changed file is read again. The daemon's own writes
//! change the stamps too and are read back once, which is cheap and keeps
//! one rule: what the daemon holds is what is on disk.
//!
//! The preferences file appearing where there was none is the user choosing
//! a schedule (the window's welcome answered): that moment is recorded, once,
//! as the first run in the state file, and nothing before it is prompted.

use std::path::Path;
use std::time::SystemTime;

use chrono::{DateTime, Duration, Local, Utc};

use crate::clock;
use crate::service::{self, Model};
use crate::store::{Paths, PrefsFile};

/// What identifies one version of a file.
type Stamp = Option<(SystemTime, u64, u64)>;

fn stamp(path: &Path) -> Stamp {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let inode = 0;
    Some((meta.modified().ok()?, meta.len(), inode))
}

pub struct Files {
    paths: Paths,
    prefs_seen: Stamp,
    history_seen: Stamp,
    state_seen: Stamp,
    /// Why the preferences file could not be taken, if it could not.
    pub prefs_error: Option<String>,
    /// A changed preferences file is read once it has settled, then.
    pub prefs_settle_at: Option<DateTime<Utc>>,
    /// When the preferences file was first seen gone: an editor or a sync
    /// tool that replaces it removes it for a moment, which is not the
    /// user deleting their schedule.
    prefs_gone_since: Option<SystemTime>,
    /// Whether a preferences file was ever seen by this daemon: only the
    /// first appearance of one is a first run.
    prefs_ever_seen: bool,
}

impl Files {
    pub fn new(paths: Paths) -> Files {
        let prefs_seen = stamp(&paths.preferences);
        Files {
            prefs_ever_seen: prefs_seen.is_some(),
            prefs_seen,
            history_seen: stamp(&paths.history),
            state_seen: stamp(&paths.state),
            paths,
            prefs_error: None,
            prefs_settle_at: None,
            prefs_gone_since: None,
        }
    }

    /// On its own wakes the daemon leaves a preferences file alone for a
    /// moment after it changed: an editor that saves in place truncates
    /// first, and an empty file would read as "all defaults". History and
    /// state are written whole (a line, or a rename) and are read at once.
    pub fn refresh_when_settled(
        &mut self,
        model: &mut Model,
        now: &DateTime<Local>,
    ) -> Vec<String> {
        const SETTLE: std::time::Duration = std::time::Duration::from_secs(1);
        let mut changes = self.refresh_data(model);
        let prefs = stamp(&self.paths.preferences);
        // File times are on the system clock, whatever the daemon's clock.
        let age = match prefs {
            Some((modified, _, _)) => {
                self.prefs_gone_since = None;
                SystemTime::now().duration_since(modified).ok()
            }
            // Gone: it settles like a change, from when it was first missed.
            None if self.prefs_seen.is_some() => {
                let since = *self.prefs_gone_since.get_or_insert_with(SystemTime::now);
                SystemTime::now().duration_since(since).ok()
            }
            None => None,
        };
        self.prefs_settle_at = match age {
            Some(age) if age < SETTLE && prefs != self.prefs_seen => {
                let wait = Duration::from_std(SETTLE - age).unwrap_or_default();
                Some(now.with_timezone(&Utc) + wait)
            }
            _ => None,
        };
        if self.prefs_settle_at.is_none() && prefs != self.prefs_seen {
            changes.extend(self.take_prefs(prefs, model, now));
        }
        changes
    }

    /// Before a command: whoever sends one has finished saving.
    pub fn refresh_now(&mut self, model: &mut Model, now: &DateTime<Local>) -> Vec<String> {
        let mut changes = self.refresh_data(model);
        let prefs = stamp(&self.paths.preferences);
        if prefs != self.prefs_seen {
            changes.extend(self.take_prefs(prefs, model, now));
        }
        changes
    }

    /// `reload`: the preferences, whether or not they look changed.
    pub fn reload_prefs_now(&mut self, model: &mut Model, now: &DateTime<Local>) -> Vec<String> {
        self.take_prefs(stamp(&self.paths.preferences), model, now)
    }

    /// At start: a schedule chosen while no daemon ran (the welcome answered
    /// when the daemon could not start, `dose` before any daemon) is a first
    /// run now, if nothing was ever recorded; someone with a history was
    /// already using the app.
    pub fn first_run_at_start(&mut self, model: &mut Model, now: &DateTime<Local>) -> Vec<String> {
        if self.prefs_seen.is_none() || model.state.first_run.is_some() || !model.history.is_empty()
        {
            return Vec::new();
        }
        self.record_first_run(model, now)
    }

    fn record_first_run(&mut self, model: &mut Model, now: &DateTime<Local>) -> Vec<String> {
        let at = now.with_timezone(&Utc);
        vec![match model.change_state(|s| {
            s.first_run.get_or_insert(at);
        }) {
            Ok(()) => format!(
                "a schedule was chosen: prompts start at {} (first run); nothing earlier is caught up",
                now.format("%H:%M")
            ),
            Err(f) => format!("cannot record the first run: {}", f.message),
        }]
    }

    /// Whether there is a preferences file (as last taken): until there is,
    /// the user has not chosen a schedule, and nothing is prompted.
    pub fn has_preferences(&self) -> bool {
        self.prefs_seen.is_some()
    }

    /// Takes the preferences file as it is now (`prefs`, its stamp); when
    /// it appeared where there was none, records the first run.
    fn take_prefs(
        &mut self,
        prefs: Stamp,
        model: &mut Model,
        now: &DateTime<Local>,
    ) -> Vec<String> {
        let appeared = !self.prefs_ever_seen && prefs.is_some();
        self.prefs_ever_seen |= prefs.is_some();
        self.prefs_seen = prefs;
        let mut changes = self.reload_prefs(model, now);
        if appeared && model.state.first_run.is_none() && model.history.is_empty() {
            changes.extend(self.record_first_run(model, now));
        }
        changes
    }

    /// The history and the pause state, when another process wrote them.
    fn refresh_data(&mut self, model: &mut Model) -> Vec<String> {
        let mut changes = Vec::new();
        let history = stamp(&self.paths.history);
        if history != self.history_seen {
            self.history_seen = history;
            let mut warnings = Vec::new();
            match service::load_history(&model.history_file, &mut warnings) {
                Ok(h) => {
                    if h.len() != model.history.len() {
                        changes.push(format!(
                            "{} changed; read it again",
                            self.paths.history.display()
                        ));
                    }
                    model.history = h;
                    let prefix = model.history_file.path.display().to_string();
                    model.warnings.retain(|w| !w.starts_with(&prefix));
                    model.warnings.extend(warnings);
                }
                Err(f) => changes.push(f.message),
            }
        }
        let state = stamp(&self.paths.state);
        if state != self.state_seen {
            self.state_seen = state;
            let loaded = model.state_file.load();
            if loaded != model.state {
                changes.push(format!(
                    "{} changed; paused until {}",
                    self.paths.state.display(),
                    loaded
                        .paused_until
                        .map(|t| t.with_timezone(&Local).format("%H:%M").to_string())
                        .unwrap_or_else(|| "no longer".into())
                ));
                model.state = loaded;
            }
        }
        changes
    }

    /// Takes a new preferences file; an invalid one leaves the last good
    /// schedule running. Returns lines for the log.
    fn reload_prefs(&mut self, model: &mut Model, now: &DateTime<Local>) -> Vec<String> {
        let file = PrefsFile::new(self.paths.preferences.clone());
        match file.check() {
            Ok(loaded) => {
                let (prefs, unknown) = loaded.unwrap_or_default();
                model.prefs = prefs.in_region(model.prefs.region);
                crate::i18n::apply(&model.prefs);
                let prefix = file.path.display().to_string();
                model.warnings.retain(|w| !w.starts_with(&prefix));
                for f in unknown {
                    model
                        .warnings
                        .push(format!("{prefix}: unknown field `{f}` ignored"));
                }
                self.prefs_error = None;
                vec!["preferences reloaded".into()]
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
                self.prefs_error = Some(text.clone());
                vec![text]
            }
        }
    }
}
