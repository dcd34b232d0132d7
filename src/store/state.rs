//! Small runtime state that must survive a restart: whether prompts are
//! paused, and until when; and when the user first ran the app. Kept apart
//! from the preferences (which the user edits) and written atomically
//! (`write::replace`: a symlinked state file stays a link, a failed save
//! leaves the old file and no temporary one). Every change is a
//! read-modify-write under the lock of the file's directory (`update`), so
//! a pause and the first run recorded at the same moment keep each other.
//! Fields a newer version wrote are kept and written back; a file that does
//! not parse is copied aside before an update replaces it.

use std::fs;
use std::io::{self, Write};
use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::write::{self, Lock};
use crate::core::moment::BusyMode;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct State {
    #[serde(default)]
    pub paused_until: Option<DateTime<Utc>>,
    /// When the user's preferences file first came to be (the welcome
    /// answered, as the daemon saw it): nothing from before it is prompted.
    /// Absent for users from before this was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_run: Option<DateTime<Utc>>,
    /// The user said they sit still until then (reading, in a call): no
    /// input is not a break, and prompts wait if quiet during meetings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub busy_until: Option<DateTime<Utc>>,
    /// What the user is busy with until `busy_until`; absent in files
    /// from before it was asked ("in a call or reading": taken as reading).
    /// A value a newer version knows is read as absent (never a reason to
    /// lose the whole state).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient_mode"
    )]
    pub busy_with: Option<BusyMode>,
    /// The day the morning routine was last asked about: asked once a day,
    /// even across a restart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchors_asked: Option<NaiveDate>,
    /// Fields this version does not know (a newer one wrote them): kept as
    /// they are and written back.
    #[serde(flatten)]
    pub other: serde_json::Map<String, serde_json::Value>,
}

/// What `update` saved, and what it has to say about the file it found.
#[derive(Debug)]
pub struct Updated {
    pub state: State,
    /// The file found did not parse: where it was copied before the
    /// update wrote the default state over it.
    pub warning: Option<String>,
}

pub struct StateFile {
    pub path: PathBuf,
}

fn lenient_mode<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<BusyMode>, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    Ok(serde_json::from_value(value).ok())
}

impl State {
    /// What the user said they are busy with, while it lasts.
    pub fn busy_now(&self, now: DateTime<Utc>) -> Option<(BusyMode, DateTime<Utc>)> {
        self.busy_until
            .filter(|b| *b > now)
            .map(|b| (self.busy_with.unwrap_or(BusyMode::Reading), b))
    }
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
    /// returns what was saved; on failure the file is left as it was. A
    /// file that does not parse is copied to `state.json.broken-<stamp>`
    /// first (the change then starts from the default state), and one that
    /// cannot be read is left alone.
    pub fn update(&self, change: impl FnOnce(&mut State)) -> Result<Updated, String> {
        let fail = |e: &dyn std::fmt::Display| format!("cannot save {}: {e}", self.path.display());
        let _lock = Lock::directory_of(&self.path).map_err(|e| fail(&e))?;
        let (mut state, warning) = match fs::read(&self.path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => (State::default(), None),
            Err(e) => return Err(fail(&e)),
            Ok(bytes) => match serde_json::from_slice(&bytes) {
                Ok(state) => (state, None),
                Err(why) => {
                    let stamp = crate::clock::stamp(&crate::clock::now());
                    let copy = write::copy_aside(&self.path, "broken", &stamp).map_err(|e| {
                        fail(&format!(
                            "it does not parse ({why}) and cannot be copied aside: {e}"
                        ))
                    })?;
                    let warning = format!(
                        "{} did not parse ({why}); replaced by the default state, a copy is kept at {}",
                        self.path.display(),
                        copy.display()
                    );
                    (State::default(), Some(warning))
                }
            },
        };
        change(&mut state);
        self.save(&state)?;
        Ok(Updated { state, warning })
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
            ..State::default()
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
            .unwrap()
            .state;
        assert_eq!(paused.first_run, Some(t("2026-11-23T14:00:00Z")));
        assert_eq!(f.load(), paused);
        // A state file from before the first run was kept reads as before.
        fs::write(&f.path, r#"{"paused_until":null}"#).unwrap();
        assert_eq!(f.load(), State::default());
    }

    #[test]
    fn what_the_user_is_busy_with_reads_from_old_and_newer_files() {
        let dir = tempfile::tempdir().unwrap();
        let f = StateFile::new(dir.path().join("state.json"));
        let t = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().to_utc();
        let now = t("2026-11-23T10:00:00Z");
        // From before the mode was asked: "in a call or reading".
        fs::write(
            &f.path,
            r#"{"paused_until":null,"busy_until":"2026-11-23T11:00:00Z"}"#,
        )
        .unwrap();
        assert_eq!(
            f.load().busy_now(now),
            Some((BusyMode::Reading, t("2026-11-23T11:00:00Z")))
        );
        fs::write(
            &f.path,
            r#"{"paused_until":"2026-11-23T12:00:00Z","busy_until":"2026-11-23T11:00:00Z","busy_with":"meeting"}"#,
        )
        .unwrap();
        assert_eq!(f.load().busy_now(now).unwrap().0, BusyMode::Meeting);
        assert_eq!(
            f.load().busy_now(t("2026-11-23T11:00:00Z")),
            None,
            "ran out"
        );
        // A mode a newer version knows: the rest of the state still holds.
        fs::write(
            &f.path,
            r#"{"paused_until":"2026-11-23T12:00:00Z","busy_until":"2026-11-23T11:00:00Z","busy_with":"commute"}"#,
        )
        .unwrap();
        let s = f.load();
        assert_eq!(s.paused_until, Some(t("2026-11-23T12:00:00Z")));
        assert_eq!(s.busy_now(now).unwrap().0, BusyMode::Reading);
    }

    #[test]
    fn an_update_keeps_fields_a_newer_version_wrote() {
        let dir = tempfile::tempdir().unwrap();
        let f = StateFile::new(dir.path().join("state.json"));
        fs::write(
            &f.path,
            r#"{"paused_until":null,"first_run":"2026-11-23T14:00:00Z","focus":{"on":true}}"#,
        )
        .unwrap();
        let t = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().to_utc();
        f.update(|s| s.paused_until = Some(t("2026-11-23T15:00:00Z")))
            .unwrap();
        let saved: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(&f.path).unwrap()).unwrap();
        assert_eq!(saved["focus"], serde_json::json!({ "on": true }), "{saved}");
        assert_eq!(saved["paused_until"], "2026-11-23T15:00:00Z");
        assert_eq!(saved["first_run"], "2026-11-23T14:00:00Z");
    }

    #[test]
    fn a_broken_file_is_kept_aside_before_an_update_replaces_it() {
        let dir = tempfile::tempdir().unwrap();
        let f = StateFile::new(dir.path().join("state.json"));
        let broken = r#"{"paused_until": "2026-11-23T15:00:00Z", "first_run": tru"#;
        fs::write(&f.path, broken).unwrap();
        let t = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().to_utc();
        f.update(|s| s.paused_until = Some(t("2026-11-23T16:00:00Z")))
            .unwrap();
        let copies: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("state.json.broken-")
            })
            .map(|e| fs::read_to_string(e.path()).unwrap())
            .collect();
        assert_eq!(copies, [broken]);
        assert_eq!(f.load().paused_until, Some(t("2026-11-23T16:00:00Z")));
    }
}
