//! Where things live on disk: the preferences file (TOML, through confy) and
//! the history file (JSON lines). Everything here is careful with the user's
//! data: saves are atomic and locked against each other (`write`), keep
//! symlinks as links, a broken file is backed up before anything else
//! happens, and a damaged history line costs that line only.

pub mod history;
pub mod paths;
pub mod prefs;
pub mod runtime;
pub mod state;
pub mod write;

pub use history::HistoryFile;
pub use paths::Paths;
pub use prefs::{LoadedPrefs, PrefsFile};
pub use state::{State, StateFile};
