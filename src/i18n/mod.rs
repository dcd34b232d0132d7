//! Every text the user reads, in their language, with their clock and
//! dates: the message catalogs (`catalog`), times and dates (`format`),
//! and what the environment's locale says (`env`, the one edge here).
//!
//! The choice is process-wide, like the C library's own locale: set once
//! when the process starts (`apply`) and again when the preferences
//! change, then read wherever a text is made, so a message does not need a
//! language passed down through every call. Tests, and the window when it
//! draws a preview, set a choice for one thread only (`with`).
//!
//! Users' own text (their exercises' names and instructions) is never
//! translated; built-in texts always are.

// The thread-locals here are const already; clippy 1.96 as built for
// Windows (-Zbuild-std) reports them all the same.
#![cfg_attr(windows, allow(clippy::missing_const_for_thread_local))]

pub mod catalog;
pub mod env;
pub mod format;

use std::cell::Cell;
use std::sync::RwLock;

use crate::core::locale::{Clock, Language, Region};
use crate::core::preferences::Preferences;

pub use catalog::{Arg, tr, tr_with};

/// The language, clock and week in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Setting {
    pub language: Language,
    pub clock: Clock,
    pub first_day: chrono::Weekday,
    /// The locale's own facts (date order, AM/PM words).
    pub region: Region,
}

impl Default for Setting {
    fn default() -> Self {
        Setting::of(&Preferences::default())
    }
}

impl Setting {
    /// `language`, with the clock and week the locale `name` has
    /// ("en_US.UTF-8"): a setting as a desktop in that locale gives it.
    pub fn in_locale(language: Language, name: &str) -> Setting {
        let region = Region::of(name);
        Setting {
            language,
            clock: region.clock,
            first_day: region.first_day,
            region,
        }
    }

    /// What the preferences say, with `auto` filled in from their region.
    pub fn of(prefs: &Preferences) -> Setting {
        Setting {
            language: prefs.language(),
            clock: prefs.clock(),
            first_day: prefs.first_day(),
            region: prefs.region,
        }
    }
}

static PROCESS: RwLock<Option<Setting>> = RwLock::new(None);

thread_local! {
    static THREAD: Cell<Option<Setting>> = const { Cell::new(None) };
}

/// The setting texts are made with now.
pub fn current() -> Setting {
    THREAD
        .with(Cell::get)
        .or_else(|| *PROCESS.read().unwrap_or_else(|e| e.into_inner()))
        .unwrap_or_default()
}

/// Makes `prefs`' language, clock and week the process's.
pub fn apply(prefs: &Preferences) {
    *PROCESS.write().unwrap_or_else(|e| e.into_inner()) = Some(Setting::of(prefs));
}

/// Runs `f` with `setting` in force on this thread only.
pub fn with<R>(setting: Setting, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Setting>);
    impl Drop for Restore {
        fn drop(&mut self) {
            THREAD.with(|t| t.set(self.0));
        }
    }
    let _restore = Restore(THREAD.with(|t| t.replace(Some(setting))));
    f()
}

/// `t!("id")` or `t!("id", name = value, ...)`: the message in the
/// current language.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::tr($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_with($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}
