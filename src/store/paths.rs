//! The XDG locations of our files. Setting HOME, XDG_CONFIG_HOME or
//! XDG_DATA_HOME moves all of them (the tests rely on it).

use std::path::{Path, PathBuf};

pub const APP: &str = "second-heart";

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
        let preferences = confy::get_configuration_file_path(APP, "preferences")
            .map_err(|e| format!("cannot find a place for the preferences: {e} (is HOME set?)"))?;
        let dirs = directories::ProjectDirs::from("", "", APP)
            .ok_or("cannot find the data directory (is HOME set?)")?;
        let data_dir = dirs.data_dir().to_path_buf();
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

/// Without Unix sockets there is no daemon to reach; the folder is only
/// named, inside the user's own state directory.
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
