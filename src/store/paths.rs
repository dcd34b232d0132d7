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
}

impl Paths {
    pub fn from_env() -> Result<Paths, String> {
        let preferences = confy::get_configuration_file_path(APP, "preferences")
            .map_err(|e| format!("cannot find a place for the preferences: {e} (is HOME set?)"))?;
        let dirs = directories::ProjectDirs::from("", "", APP)
            .ok_or("cannot find the data directory (is HOME set?)")?;
        let data_dir = dirs.data_dir().to_path_buf();
        Ok(Paths {
            preferences,
            history: data_dir.join("history.jsonl"),
            data_dir,
        })
    }
}
