//! Small runtime state that must survive a restart: whether prompts are
//! paused, and until when; and when the user first ran the app. Kept apart
//! from the preferences (which the user edits) and written atomically
//! (`write::replace`: a symlinked state file stays a link, a failed save
//! leaves the old file and no temporary one). Every change is a
//! read-modify-write under the lock of the file's directory (`update`), so
//! a pause and the first run recorded at the same moment keep each other.

use std::fs;
use std::io::Write;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::write::{self, Lock};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct State {
    #[serde(default)]
    pub paused_until: Option<DateTime<Utc>>,
    /// When the user's preferences file first came to be (the welcome
    /// answered, as the daemon saw it): nothing from before it is prompted.
    /// Absent for users from before this was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_run: Option<DateTime<Utc>>,
}

pub struct StateFile {
    pub path: PathBuf,
}

impl StateFile {
    pub fn new(path: PathBuf) -> Self {
        StateFile { path }
    }

    /// The saved state; a missing or unreadable file is the default state
    /// (nothing paused), which is the safe way to be wrong.
    pub fn load(&self) -> State {
        fs::read_to_string(&self.path)
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default()
    }

    /// Changes the state as it is in the file now, under the lock, and
    /// returns what was saved; on failure the file is left as it was.
    pub fn update(&self, change: impl FnOnce(&mut State)) -> Result<State, String> {
        let _lock = Lock::directory_of(&self.path)
            .map_err(|e| format!("cannot save {}: {e}", self.path.display()))?;
        let mut state = self.load();
        change(&mut state);
        self.save(&state)?;
        Ok(state)
    }

    pub fn save(&self, state: &State) -> Result<(), String> {
        let text = serde_json::to_string(state).expect("state serialises");
        write::replace(&self.path, |tmp| {
            fs::File::create(tmp)
                .and_then(|mut f| f.write_all(text.as_bytes()))
                .map_err(|e| format!("cannot save {}: {e}", self.path.display()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_round_trips_and_garbage_means_default() {
        let dir = tempfile::tempdir().unwrap();
        let f = StateFile::new(dir.path().join("s/state.json"));
        assert_eq!(f.load(), State::default());
        let s = State {
            paused_until: Some(
                DateTime::parse_from_rfc3339("2026-11-23T12:00:00Z")
                    .unwrap()
                    .to_utc(),
            ),
            first_run: None,
        };
        f.save(&s).unwrap();
        assert_eq!(f.load(), s);
        fs::write(&f.path, "{{{").unwrap();
        assert_eq!(f.load(), State::default());
    }

    #[test]
    fn an_update_keeps_what_it_does_not_change() {
        let dir = tempfile::tempdir().unwrap();
        let f = StateFile::new(dir.path().join("s/state.json"));
        let t = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().to_utc();
        f.update(|s| s.first_run = Some(t("2026-11-23T14:00:00Z")))
            .unwrap();
        // Another process pauses, from the file as it is now.
        let paused = f
            .update(|s| s.paused_until = Some(t("2026-11-23T15:00:00Z")))
            .unwrap();
        assert_eq!(paused.first_run, Some(t("2026-11-23T14:00:00Z")));
        assert_eq!(f.load(), paused);
        // A state file from before the first run was kept reads as before.
        fs::write(&f.path, r#"{"paused_until":null}"#).unwrap();
        assert_eq!(f.load(), State::default());
    }
}
