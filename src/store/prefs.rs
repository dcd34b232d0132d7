//! The preferences file: read, check, back up when broken, save atomically.
//!
//! confy writes the TOML; we make the write atomic around it (temporary file
//! beside the file's real target, fsync, rename: `write::replace`), because
//! confy itself truncates and writes in place, and a crash halfway would
//! lose the user's settings. A symlinked file stays a link. A file that does
//! not parse or validate is never overwritten on load: it is copied aside
//! with a timestamp and the app runs on defaults until fixed.
//!
//! Every change is a read-modify-write under one lock, on the directory
//! that holds the file (`PrefsFile::update`, `write::Lock::directory_of`;
//! the file itself is replaced by each save, so it cannot carry the lock):
//! two `dose` commands, or `dose` and
//! the window, never lose each other's change. An editor takes no lock, so
//! the new file is swapped in atomically and the one it displaced compared
//! with the file the change was computed from; if an editor saved in
//! between, their file is swapped back and the change computed anew. A
//! writer holding an older copy (the window's draft) compares it with the
//! file it finds and merges or refuses; it never silently reverts.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::write::{self, Lock, Replaced};
use crate::core::preferences::{self, Preferences, RawPreferences};

pub struct PrefsFile {
    pub path: PathBuf,
}

/// Why the file could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum PrefsProblem {
    /// It exists but could not be read (permissions, not UTF-8, ...).
    Unreadable(String),
    /// TOML syntax or type error: serde's message, with line and column.
    Malformed(String),
    /// Parsed, but some values are wrong: one line per field.
    Invalid(Vec<String>),
}

impl PrefsProblem {
    pub fn lines(&self) -> Vec<String> {
        match self {
            PrefsProblem::Unreadable(e) => vec![e.clone()],
            PrefsProblem::Malformed(e) => e
                .lines()
                .map(str::to_owned)
                .filter(|l| !l.trim().is_empty())
                .collect(),
            PrefsProblem::Invalid(v) => v.clone(),
        }
    }
}

/// A valid preferences file: as written, and what it means.
#[derive(Clone, Debug)]
pub struct ReadPrefs {
    pub raw: RawPreferences,
    pub prefs: Preferences,
    /// Fields this version does not know; ignored.
    pub unknown: Vec<String>,
}

/// The file's bytes as one read found them (`None`: there was no file),
/// to tell later whether anything changed it since.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Seen(pub Option<Vec<u8>>);

impl Seen {
    fn of(path: &Path) -> io::Result<Seen> {
        match fs::read(path) {
            Ok(bytes) => Ok(Seen(Some(bytes))),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Seen(None)),
            Err(e) => Err(e),
        }
    }
}

/// What `update` hands to the change: the file as found, and what it means.
pub struct Current {
    pub seen: Seen,
    pub read: Result<Option<ReadPrefs>, PrefsProblem>,
}

/// The outcome of loading: always usable preferences, plus what went wrong.
#[derive(Clone, Debug)]
pub struct LoadedPrefs {
    pub prefs: Preferences,
    /// Whether the file exists (false: running on defaults by design).
    pub from_file: bool,
    pub problem: Option<PrefsProblem>,
    /// Where the broken file was copied, if it was.
    pub backup: Option<PathBuf>,
    /// Fields this version does not know; ignored.
    pub unknown_fields: Vec<String>,
}

impl LoadedPrefs {
    /// Human-readable warnings, each naming the file.
    pub fn warnings(&self, path: &Path) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(problem) = &self.problem {
            let kept = match &self.backup {
                Some(b) => format!("a copy is kept at {}", b.display()),
                None => "the file was left as it is".to_owned(),
            };
            out.push(format!(
                "{} cannot be used, running on defaults ({kept}):",
                path.display()
            ));
            out.extend(problem.lines().into_iter().map(|l| format!("  {l}")));
        }
        for f in &self.unknown_fields {
            out.push(format!("{}: unknown field `{f}` ignored", path.display()));
        }
        out
    }
}

impl PrefsFile {
    pub fn new(path: PathBuf) -> Self {
        PrefsFile { path }
    }

    /// Reads and checks the file without side effects.
    pub fn check(&self) -> Result<Option<(Preferences, Vec<String>)>, PrefsProblem> {
        Ok(self.read()?.map(|r| (r.prefs, r.unknown)))
    }

    /// Reads and checks the file, keeping its file form too (for editors
    /// that change one field and leave the rest as the user wrote it).
    /// `Ok(None)`: there is no file.
    pub fn read(&self) -> Result<Option<ReadPrefs>, PrefsProblem> {
        Ok(self.read_seen()?.1)
    }

    /// `read`, and the bytes it read (to hand back to `update` as the base).
    pub fn read_seen(&self) -> Result<(Seen, Option<ReadPrefs>), PrefsProblem> {
        let seen = Seen::of(&self.path).map_err(|e| PrefsProblem::Unreadable(e.to_string()))?;
        let read = parse_seen(&seen)?;
        Ok((seen, read))
    }

    /// Loads the preferences, falling back to defaults; a broken file is
    /// copied to `<name>.broken-<stamp>` (once per distinct content).
    pub fn load(&self, stamp: &str) -> LoadedPrefs {
        match self.check() {
            Ok(Some((prefs, unknown_fields))) => LoadedPrefs {
                prefs,
                from_file: true,
                problem: None,
                backup: None,
                unknown_fields,
            },
            Ok(None) => LoadedPrefs {
                prefs: Preferences::default(),
                from_file: false,
                problem: None,
                backup: None,
                unknown_fields: Vec::new(),
            },
            Err(problem) => LoadedPrefs {
                prefs: Preferences::default(),
                from_file: true,
                backup: self.back_up(stamp).ok(),
                problem: Some(problem),
                unknown_fields: Vec::new(),
            },
        }
    }

    /// Copies the current file aside, unless an identical copy exists.
    pub fn back_up(&self, stamp: &str) -> io::Result<PathBuf> {
        self.copy_aside("broken", stamp)
    }

    /// Copies the current file to `<name>.<kind>-<stamp>` (`write::copy_aside`).
    fn copy_aside(&self, kind: &str, stamp: &str) -> io::Result<PathBuf> {
        write::copy_aside(&self.path, kind, stamp)
    }

    /// Saves atomically: confy writes a temporary file beside the real one,
    /// which is synced and renamed over it. Readers see the old or the new
    /// file, never a mix.
    pub fn save(&self, prefs: &Preferences) -> Result<(), String> {
        self.save_raw(&prefs.to_raw())
    }

    /// The file's `schema_version` if a newer Second Heart wrote it; such
    /// a file is never overwritten.
    pub fn newer_version(&self) -> Option<i64> {
        newer_schema_version(&fs::read_to_string(&self.path).ok()?)
    }

    /// Saves the file form as given (a hand-written short file stays short),
    /// whatever the file holds now.
    pub fn save_raw(&self, raw: &RawPreferences) -> Result<(), String> {
        self.update(|_| Ok(raw.clone()))
    }

    /// Changes the file under the preferences lock: `change` gets the file
    /// as it is now and returns the file form to save. When the file changes
    /// (an editor saved it) between that read and the rename, `change` runs
    /// again on the edited file.
    ///
    /// A saved file is written anew, so a file with the user's own comments
    /// or fields this version ignores is first copied to
    /// `<name>.hand-edited-<stamp>`: nothing typed by hand is lost. A file
    /// from a newer version is never replaced.
    pub fn update(
        &self,
        mut change: impl FnMut(Current) -> Result<RawPreferences, String>,
    ) -> Result<(), String> {
        let fail = |e: &dyn std::fmt::Display| format!("cannot save {}: {e}", self.path.display());
        let name = self
            .path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("preferences.toml")
            .to_owned();
        let _lock = Lock::directory_of(&self.path).map_err(|e| fail(&e))?;
        // An editor saving again and again can make a few rounds necessary.
        for _ in 0..50 {
            let seen = Seen::of(&self.path).map_err(|e| fail(&e))?;
            let current = std::str::from_utf8(seen.0.as_deref().unwrap_or_default()).ok();
            let hand_edited = current.is_some_and(has_hand_edits);
            let raw = change(Current {
                read: parse_seen(&seen),
                seen: seen.clone(),
            })?;
            // A file from a newer version would lose what this one does not
            // understand: never replace it.
            if let Some(v) = current.and_then(newer_schema_version) {
                return Err(fail(&format!(
                    "it was written by a newer Second Heart (schema_version {v}; this one \
                     understands up to {}), so it is left as it is",
                    preferences::SCHEMA_VERSION
                )));
            }
            let real = write::target(&self.path);
            if let Some(dir) = real.parent() {
                remove_stale_temporaries(
                    dir,
                    real.file_name().and_then(|n| n.to_str()).unwrap_or(&name),
                );
            }
            if hand_edited {
                self.copy_aside("hand-edited", &crate::clock::stamp(&crate::clock::now()))
                    .map_err(|e| {
                        fail(&format!("cannot keep a copy of the hand-edited file: {e}"))
                    })?;
            }
            let saved = write::replace_if_unchanged(
                &self.path,
                |tmp| {
                    // confy's message alone ("Failed to open configuration
                    // file") hides the reason; add the underlying one.
                    confy::store_path(tmp, &raw).map_err(|e| fail(&with_source(&e)))
                },
                |now| now == seen.0.as_deref(),
            )?;
            if saved == Replaced::Yes {
                return Ok(());
            }
        }
        Err(fail(&"the file kept changing while saving; try again"))
    }
}

/// What the bytes of the file mean; `Ok(None)`: there is no file.
fn parse_seen(seen: &Seen) -> Result<Option<ReadPrefs>, PrefsProblem> {
    let Some(bytes) = &seen.0 else {
        return Ok(None);
    };
    let text = std::str::from_utf8(bytes)
        .map_err(|_| PrefsProblem::Unreadable("the file is not UTF-8 text".into()))?;
    let (raw, unknown) = preferences::parse(text).map_err(PrefsProblem::Malformed)?;
    let prefs = Preferences::from_raw(&raw)
        .map_err(|errors| PrefsProblem::Invalid(errors.iter().map(|e| e.to_string()).collect()))?;
    Ok(Some(ReadPrefs {
        raw,
        prefs,
        unknown,
    }))
}

/// Whether a file's text holds comments or fields a save would drop.
fn has_hand_edits(text: &str) -> bool {
    let commented = text.lines().any(|l| l.trim_start().starts_with('#'));
    commented || preferences::parse(text).is_ok_and(|(_, unknown)| !unknown.is_empty())
}

/// Removes `.<name>.<pid>.tmp` files left by saves that were killed
/// halfway (their process no longer exists); a save in progress elsewhere
/// keeps its file.
fn remove_stale_temporaries(dir: &Path, name: &str) {
    let prefix = format!(".{name}.");
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(pid) = file_name
            .to_str()
            .and_then(|n| n.strip_prefix(&prefix))
            .and_then(|n| n.strip_suffix(".tmp"))
            .and_then(|n| n.parse::<i32>().ok())
        else {
            continue;
        };
        if pid > 0 && pid != std::process::id() as i32 && !process_exists(pid) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(unix)]
fn process_exists(pid: i32) -> bool {
    // A killed save whose parent has not reaped it yet is a zombie: gone
    // for our purpose, though signal 0 still finds it.
    #[cfg(target_os = "linux")]
    if let Ok(stat) = fs::read_to_string(format!("/proc/{pid}/stat"))
        && let Some(state) = stat
            .rsplit(')')
            .next()
            .and_then(|r| r.trim_start().chars().next())
    {
        return state != 'Z' && state != 'X';
    }
    // SAFETY: signal 0 only checks that the process exists.
    let r = unsafe { libc::kill(pid, 0) };
    r == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

/// Whether a process with this id still runs: Windows says "invalid
/// parameter" for an id no process has, and a process that ended has an
/// exit code. Any other answer (access denied) counts as running, the safe
/// way to be wrong; so does an id Windows gave again to a new process,
/// which only keeps a leftover file a while longer.
#[cfg(windows)]
fn process_exists(pid: i32) -> bool {
    use windows_sys::Win32::Foundation::{
        CloseHandle, ERROR_INVALID_PARAMETER, GetLastError, STILL_ACTIVE,
    };
    use windows_sys::Win32::System::Threading::{
        GetExitCodeProcess, OpenProcess, PROCESS_QUERY_LIMITED_INFORMATION,
    };
    // SAFETY: plain calls on a handle we opened and close here.
    unsafe {
        let process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid as u32);
        if process.is_null() {
            return GetLastError() != ERROR_INVALID_PARAMETER;
        }
        let mut code = 0u32;
        let ok = GetExitCodeProcess(process, &mut code) != 0;
        CloseHandle(process);
        !ok || code == STILL_ACTIVE as u32
    }
}

#[cfg(not(any(unix, windows)))]
fn process_exists(_pid: i32) -> bool {
    true
}

/// An error's message followed by its causes: `a: b: c`.
fn with_source(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        let more = c.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        cause = c.source();
    }
    text
}

/// A file's `schema_version`, if it is newer than this build's. Only the
/// version is read: the rest may be anything a newer version writes.
fn newer_schema_version(text: &str) -> Option<i64> {
    let table: toml::Table = text.parse().ok()?;
    let v = table.get("schema_version")?.as_integer()?;
    (v > preferences::SCHEMA_VERSION as i64).then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::Dose;

    fn file(dir: &tempfile::TempDir) -> PrefsFile {
        PrefsFile::new(dir.path().join("second-heart").join("preferences.toml"))
    }

    #[test]
    fn a_missing_file_means_defaults_and_nothing_written() {
        let dir = tempfile::tempdir().unwrap();
        let f = file(&dir);
        let loaded = f.load("x");
        assert!(!loaded.from_file && loaded.problem.is_none());
        assert!(!f.path.exists());
    }

    #[test]
    fn a_file_from_before_places_anchors_and_meeting_choices_loads_with_their_defaults() {
        use crate::core::moment::{MeetingPolicy, Place, Routine};
        let dir = tempfile::tempdir().unwrap();
        let f = file(&dir);
        fs::create_dir_all(f.path.parent().unwrap()).unwrap();
        // As an older version wrote it: none of the three fields.
        fs::write(
            &f.path,
            "schema_version = 1\nquiet_during_meetings = true\nsnooze_minutes = 10\n\n\
             [exercises.calf-raises]\nname = \"Calf raises\"\ndose = \"3 sets of 15\"\n\n\
             [exercises.desk-squats]\nname = \"Desk squats\"\ndose = \"2 sets of 10\"\n",
        )
        .unwrap();
        let loaded = f.load("x");
        assert!(loaded.problem.is_none(), "{:?}", loaded.problem);
        let p = loaded.prefs;
        assert_eq!(p.in_meetings, MeetingPolicy::Quiet);
        let of = |id: &str| p.exercises.iter().find(|e| e.id.as_str() == id).unwrap();
        assert_eq!(
            of("calf-raises").place,
            Place::Standing,
            "the built-in's own"
        );
        assert_eq!(
            of("desk-squats").place,
            Place::Seated,
            "the default for one's own"
        );
        assert!(of("calf-raises").anchors.is_empty());
        // Set, saved and read back.
        let mut p = p.clone();
        p.in_meetings = MeetingPolicy::Hold;
        let squats = p
            .exercises
            .iter_mut()
            .find(|e| e.id.as_str() == "desk-squats")
            .unwrap();
        squats.place = Place::Standing;
        squats.anchors = vec![Routine::Kettle, Routine::Named("printer".into())];
        f.save(&p).unwrap();
        let text = fs::read_to_string(&f.path).unwrap();
        assert!(text.contains("in_meetings = \"hold\""), "{text}");
        assert!(
            text.contains("anchors = [") && text.contains("\"printer\""),
            "{text}"
        );
        assert_eq!(f.load("x").prefs, p);
    }

    #[test]
    fn save_then_load_round_trips_and_leaves_no_temporary_files() {
        let dir = tempfile::tempdir().unwrap();
        let f = file(&dir);
        let mut p = Preferences {
            snooze_minutes: 17,
            ..Preferences::default()
        };
        p.exercises[0].dose = Dose::CirclesEachWay(12);
        f.save(&p).unwrap();
        assert_eq!(f.load("x").prefs, p);
        assert_eq!(users_files(&f), ["preferences.toml"]);
    }

    /// The names in the file's folder, but for the lock file that stands
    /// for the folder's lock on Windows.
    fn users_files(f: &PrefsFile) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(f.path.parent().unwrap())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| Some(n.as_str()) != write::FOLDER_LOCK_FILE)
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_corrupt_file_is_backed_up_once_reported_and_left_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let f = file(&dir);
        fs::create_dir_all(f.path.parent().unwrap()).unwrap();
        let text = "snooze_minutes = 10\nidle_threshold_minutes = [oops\n";
        fs::write(&f.path, text).unwrap();
        let loaded = f.load("20261122T103000");
        assert_eq!(loaded.prefs, Preferences::default());
        let backup = loaded.backup.clone().unwrap();
        assert!(backup.ends_with("preferences.toml.broken-20261122T103000"));
        assert_eq!(fs::read_to_string(&backup).unwrap(), text);
        assert_eq!(
            fs::read_to_string(&f.path).unwrap(),
            text,
            "the user's file is not overwritten"
        );
        let warnings = loaded.warnings(&f.path).join("\n");
        assert!(
            warnings.contains("preferences.toml cannot be used"),
            "{warnings}"
        );
        assert!(warnings.contains("line 2"), "{warnings}");
        // Loading again does not pile up identical backups.
        let again = f.load("20261122T110000");
        assert_eq!(again.backup, Some(backup));
    }

    #[test]
    fn an_invalid_value_names_the_field_and_value() {
        let dir = tempfile::tempdir().unwrap();
        let f = file(&dir);
        fs::create_dir_all(f.path.parent().unwrap()).unwrap();
        fs::write(
            &f.path,
            "[exercises.calf-raises]\nrules = [{ every_minutes = 0 }]\n",
        )
        .unwrap();
        let problem = f.check().unwrap_err();
        assert_eq!(
            problem.lines(),
            vec!["exercises.calf-raises.rules[0].every_minutes = 0: out of range (5 to 1440)"]
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_save_into_a_read_only_directory_fails_cleanly() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let f = file(&dir);
        let parent = f.path.parent().unwrap();
        fs::create_dir_all(parent).unwrap();
        fs::write(&f.path, "snooze_minutes = 12\n").unwrap();
        fs::set_permissions(parent, fs::Permissions::from_mode(0o555)).unwrap();
        let result = f.save(&Preferences::default());
        fs::set_permissions(parent, fs::Permissions::from_mode(0o755)).unwrap();
        // Root ignores directory permissions; only check the message otherwise.
        if let Err(e) = result {
            assert!(
                e.starts_with("cannot save ") && e.contains("preferences.toml"),
                "{e}"
            );
            assert_eq!(
                fs::read_to_string(&f.path).unwrap(),
                "snooze_minutes = 12\n"
            );
        }
    }

    /// Windows will not replace a file marked read-only (Properties,
    /// "Read-only"): the save fails naming the file, which stays exactly
    /// as it was, and no temporary file is left.
    #[cfg(windows)]
    #[test]
    fn a_read_only_file_is_left_exactly_and_the_save_fails_cleanly() {
        let dir = tempfile::tempdir().unwrap();
        let f = file(&dir);
        fs::create_dir_all(f.path.parent().unwrap()).unwrap();
        fs::write(&f.path, "snooze_minutes = 12\n").unwrap();
        let mut read_only = fs::metadata(&f.path).unwrap().permissions();
        read_only.set_readonly(true);
        fs::set_permissions(&f.path, read_only.clone()).unwrap();
        let result = f.save(&Preferences::default());
        // Windows: clears the read-only attribute, nothing more.
        #[allow(clippy::permissions_set_readonly_false)]
        read_only.set_readonly(false);
        fs::set_permissions(&f.path, read_only).unwrap();
        let e = result.unwrap_err();
        assert!(
            e.starts_with("cannot save ") && e.contains("preferences.toml"),
            "{e}"
        );
        assert_eq!(
            fs::read_to_string(&f.path).unwrap(),
            "snooze_minutes = 12\n"
        );
        assert_eq!(users_files(&f), ["preferences.toml"]);
    }

    /// A reader that has the file open (the window reading it, another
    /// program that shares delete access as Rust's files do) does not stop
    /// a save; nor does one that holds it without that sharing for a
    /// moment (a virus scanner): the save waits for it.
    #[test]
    fn a_save_replaces_the_file_while_readers_have_it_open() {
        let dir = tempfile::tempdir().unwrap();
        let f = file(&dir);
        f.save(&Preferences::default()).unwrap();
        let reader = fs::File::open(&f.path).unwrap();
        let p = Preferences {
            snooze_minutes: 17,
            ..Preferences::default()
        };
        f.save(&p).unwrap();
        drop(reader);
        assert_eq!(f.load("x").prefs, p);
        #[cfg(windows)]
        {
            use std::os::windows::fs::OpenOptionsExt;
            const FILE_SHARE_READ: u32 = 1;
            let scanner = fs::OpenOptions::new()
                .read(true)
                .share_mode(FILE_SHARE_READ)
                .open(&f.path)
                .unwrap();
            let lets_go = std::thread::spawn(move || {
                std::thread::sleep(std::time::Duration::from_millis(300));
                drop(scanner);
            });
            f.save(&Preferences::default()).unwrap();
            lets_go.join().unwrap();
            assert_eq!(f.load("x").prefs, Preferences::default());
        }
        assert_eq!(users_files(&f), ["preferences.toml"]);
    }

    #[test]
    fn a_hand_edited_file_is_kept_aside_once_before_a_save_rewrites_it() {
        let dir = tempfile::tempdir().unwrap();
        let f = file(&dir);
        let mine = "# my snooze, after the team meeting\nsnooze_minutes = 12\nsnoze = 3\n";
        fs::create_dir_all(f.path.parent().unwrap()).unwrap();
        fs::write(&f.path, mine).unwrap();
        let mut p = f.load("x").prefs;
        p.snooze_minutes = 15;
        f.save(&p).unwrap();
        p.snooze_minutes = 20;
        f.save(&p).unwrap();
        let copies: Vec<_> = fs::read_dir(f.path.parent().unwrap())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains(".hand-edited-"))
            .map(|e| fs::read_to_string(e.path()).unwrap())
            .collect();
        assert_eq!(copies, [mine], "one copy, of the user's own text");
        assert_eq!(f.load("x").prefs.snooze_minutes, 20);
    }

    #[test]
    fn copies_made_in_the_same_second_keep_each_other() {
        let dir = tempfile::tempdir().unwrap();
        let f = file(&dir);
        fs::create_dir_all(f.path.parent().unwrap()).unwrap();
        let stamp = "20261122T103000";
        let mut copies = Vec::new();
        for text in ["# first\n", "# second\n", "# third\n"] {
            fs::write(&f.path, text).unwrap();
            copies.push((f.copy_aside("hand-edited", stamp).unwrap(), text));
        }
        let names: Vec<_> = copies
            .iter()
            .map(|(p, _)| p.file_name().unwrap().to_str().unwrap().to_owned())
            .collect();
        assert_eq!(
            names,
            [
                "preferences.toml.hand-edited-20261122T103000",
                "preferences.toml.hand-edited-20261122T103000-2",
                "preferences.toml.hand-edited-20261122T103000-3",
            ]
        );
        for (path, text) in copies {
            assert_eq!(fs::read_to_string(path).unwrap(), text);
        }
    }

    #[test]
    fn a_file_written_by_the_app_is_not_copied_before_a_save() {
        let dir = tempfile::tempdir().unwrap();
        let f = file(&dir);
        f.save(&Preferences::default()).unwrap();
        f.save(&Preferences::default()).unwrap();
        assert_eq!(users_files(&f), ["preferences.toml"]);
    }
}
