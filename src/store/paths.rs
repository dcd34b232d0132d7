//! The XDG locations of our files. Setting HOME, XDG_CONFIG_HOME or
//! XDG_DATA_HOME moves all of them (the tests rely on it).

use std::path::PathBuf;

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
    /// `$XDG_RUNTIME_DIR/second-heart`: the daemon's lock and socket.
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
            state: state_dir.join("state.json"),
            runtime_dir: runtime_dir(),
        })
    }
}

/// `$XDG_RUNTIME_DIR/second-heart`, or a per-user directory under the
/// temporary directory where the session has no runtime directory.
fn runtime_dir() -> PathBuf {
    match std::env::var_os("XDG_RUNTIME_DIR").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir).join(APP),
        None => {
            // SAFETY: getuid cannot fail.
            let uid = unsafe { libc::getuid() };
            std::env::temp_dir().join(format!("{APP}-{uid}"))
        }
    }
}

/// Creates `dir` (and its parents) readable by the user only: the runtime
/// directory holds the daemon's socket and the window's.
#[cfg(unix)]
pub fn private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
}
