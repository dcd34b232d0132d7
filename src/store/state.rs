//! Small runtime state that must survive a restart: whether prompts are
//! paused, and until when. Kept apart from the preferences (which the user
//! edits) and written atomically (`write::replace`: a symlinked state file
//! stays a link, a failed save leaves the old file and no temporary one).

use std::fs;
use std::io::Write;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::write;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct State {
    #[serde(default)]
    pub paused_until: Option<DateTime<Utc>>,
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
        };
        f.save(&s).unwrap();
        assert_eq!(f.load(), s);
        fs::write(&f.path, "{{{").unwrap();
        assert_eq!(f.load(), State::default());
    }
}
