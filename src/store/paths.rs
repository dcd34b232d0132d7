//! Where our files live. On Linux, the XDG locations: setting HOME,
//! XDG_CONFIG_HOME or XDG_DATA_HOME moves them (the Linux tests rely on
//! it). On Windows, the user's AppData:
//! - the preferences in the roaming `%APPDATA%\second-heart\config`
//!   (confy's choice): settings follow a user who signs in on another PC
//!   of their domain;
//! - the history, the pause state and the daemon's runtime folder in the
//!   local `%LOCALAPPDATA%\second-heart\data`: a roaming profile is
//!   copied back whole at sign-out, last writer wins, so a history roamed
//!   between two PCs in use at once would lose one PC's sessions; and the
//!   state (a pause, the daemon's lock) belongs to one machine anyway.
//!
//! Windows ignores XDG_*, so one override of our own moves every file, for
//! tests and for a portable copy (on a USB stick): `SECOND_HEART_HOME=<dir>`
//! puts the preferences in `<dir>/config`, the history in `<dir>/data`, the
//! state in `<dir>/state` and the runtime folder at `<dir>/run`, on every
//! platform. Separate folders, as XDG has them, because the preferences and
//! the state each lock their own folder.

use std::path::{Path, PathBuf};

pub const APP: &str = "second-heart";

/// The variable that moves every file under one folder.
pub const HOME_OVERRIDE: &str = "SECOND_HEART_HOME";

#[derive(Clone, Debug)]
pub struct Paths {
    /// `$XDG_CONFIG_HOME/second-heart/preferences.toml`
    pub preferences: PathBuf,
    /// `$XDG_DATA_HOME/second-heart/history.jsonl`
    pub history: PathBuf,
    /// `$XDG_DATA_HOME/second-heart`
    pub data_dir: PathBuf,
    /// `$XDG_STATE_HOME/second-heart/state.json`: pause state.
    pub state: PathBuf,
    /// `$XDG_RUNTIME_DIR/second-heart`: the daemon's lock and socket (see
    /// `runtime_dir` for where it is without one). Check it with
    /// `store::runtime` before use.
    pub runtime_dir: PathBuf,
}

impl Paths {
    pub fn from_env() -> Result<Paths, String> {
        match std::env::var_os(HOME_OVERRIDE).filter(|v| !v.is_empty()) {
            Some(home) => Ok(Paths::under(Path::new(&home))),
            None => Paths::of_the_user(),
        }
    }

    /// Every file under one folder (`SECOND_HEART_HOME`).
    pub fn under(home: &Path) -> Paths {
        let data_dir = home.join("data");
        let state_dir = home.join("state");
        Paths {
            preferences: home.join("config").join("preferences.toml"),
            history: data_dir.join("history.jsonl"),
            data_dir,
            state: state_dir.join("state.json"),
            runtime_dir: home.join("run"),
        }
    }

    /// The platform's places for this user (see the module's doc).
    fn of_the_user() -> Result<Paths, String> {
        let preferences = confy::get_configuration_file_path(APP, "preferences")
            .map_err(|e| format!("cannot find a place for the preferences: {e} (is HOME set?)"))?;
        let dirs = directories::ProjectDirs::from("", "", APP)
            .ok_or("cannot find the data directory (is HOME set?)")?;
        // The local one: the same as `data_dir` on Linux, not roamed on
        // Windows (see the module's doc).
        let data_dir = dirs.data_local_dir().to_path_buf();
        let state_dir = dirs
            .state_dir()
            .map(|d| d.to_path_buf())
            .unwrap_or_else(|| data_dir.clone());
        Ok(Paths {
            preferences,
            history: data_dir.join("history.jsonl"),
            data_dir,
            runtime_dir: runtime_dir(&state_dir),
            state: state_dir.join("state.json"),
        })
    }

    /// The user's daemon lock, beside the pause state: every session of
    /// the user (desktop, ssh, su) sees the same one, whatever its runtime
    /// folder.
    /// Named after the machine: a home shared over NFS (where locks reach
    /// across machines) still gets one daemon on each machine.
    pub fn daemon_lock(&self) -> PathBuf {
        let name = format!("daemon-{}.lock", host_name());
        self.state
            .parent()
            .map(|d| d.join(&name))
            .unwrap_or_else(|| self.runtime_dir.join(&name))
    }

    /// The folders whose changes the daemon wants to see at once: where
    /// the preferences, the history and the pause state live, and the
    /// runtime folder.
    pub fn watched_dirs(&self) -> Vec<PathBuf> {
        let mut dirs: Vec<PathBuf> = [&self.preferences, &self.history, &self.state]
            .iter()
            .filter_map(|f| f.parent().map(Path::to_path_buf))
            .collect();
        dirs.push(self.runtime_dir.clone());
        dirs.sort();
        dirs.dedup();
        dirs
    }
}

/// `$XDG_RUNTIME_DIR/second-heart`, or, where the session has no runtime
/// directory (su, ssh, cron, containers), `second-heart-<uid>` in the
/// temporary directory: short enough for a socket's path. If that name is
/// already taken by something that is not a private directory of ours
/// (another user may have made it first), `run` in our own state directory
/// instead, which nobody else can reach.
#[cfg(unix)]
fn runtime_dir(state_dir: &Path) -> PathBuf {
    let preferred = match std::env::var_os("XDG_RUNTIME_DIR").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir).join(APP),
        None => std::env::temp_dir().join(format!("{APP}-{}", super::runtime::my_uid())),
    };
    match super::runtime::check(&preferred) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => state_dir.join("run"),
        _ => preferred,
    }
}

/// On Windows: `run` in the user's own local state folder (AppData\Local,
/// which only the user reaches; checked by `store::runtime`), which also
/// names the daemon's pipe (`daemon::pipe`).
#[cfg(not(unix))]
fn runtime_dir(state_dir: &Path) -> PathBuf {
    state_dir.join("run")
}

/// This machine's name, as safe for a file name; "local" where none is set.
fn host_name() -> String {
    #[cfg(unix)]
    let name = {
        let mut buf = [0u8; 256];
        // SAFETY: the buffer and its length are valid; gethostname writes at
        // most that many bytes.
        let ok = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) } == 0;
        let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
        if ok {
            String::from_utf8_lossy(&buf[..end]).into_owned()
        } else {
            String::new()
        }
    };
    #[cfg(not(unix))]
    let name = std::env::var("COMPUTERNAME").unwrap_or_default();
    let safe: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .take(64)
        .collect();
    if safe.is_empty() || safe.starts_with('.') {
        "local".to_owned()
    } else {
        safe
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_override_puts_every_file_under_one_folder_each_kind_apart() {
        let home = Path::new("portable");
        let p = Paths::under(home);
        assert_eq!(p.preferences, home.join("config").join("preferences.toml"));
        assert_eq!(p.history, home.join("data").join("history.jsonl"));
        assert_eq!(p.data_dir, home.join("data"));
        assert_eq!(p.state, home.join("state").join("state.json"));
        assert_eq!(p.runtime_dir, home.join("run"));
        assert_eq!(p.daemon_lock().parent(), Some(home.join("state").as_path()));
        // The preferences and the state each lock their folder: not one.
        assert_ne!(p.preferences.parent(), p.state.parent());
        assert_eq!(p.watched_dirs().len(), 4);
    }
}
