//! The history file: one session per line, appended and synced per entry.
//!
//! Every writer (an append by the daemon or a CLI, a `history compact`)
//! first takes the exclusive lock on `history.lock` beside the history, and
//! only then opens `history.jsonl`. That lock file is never replaced, so an
//! append that waited for a compact opens the compacted file, not the one
//! the compact renamed away (which lost those appends before). On Unix,
//! appends also lock the history file itself, as older versions do; not on
//! Windows, which has no older versions and whose locks are mandatory: a
//! lock on the history would make every reader (the window, `history
//! export`) fail while an append is under way.
//!
//! A line cut short by a crash is closed with a newline before the next
//! entry goes after it; an append that fails (a full disk) cuts the file
//! back to its old length, so it never leaves half a line. The file is only
//! ever rewritten by an explicit `history compact`, which keeps lines of a
//! newer version as they are, and the old file in a backup of its own that
//! no later compact overwrites, or by a correction the user asked for (the
//! minutes of a walk), which changes that one line and nothing else, in one
//! atomic write. A symlinked history stays a link.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::PathBuf;

use chrono::{DateTime, Utc};

use super::write::{self, Lock};
use crate::core::history::{BadLine, History, Session};

pub struct HistoryFile {
    pub path: PathBuf,
}

/// What a compact did.
#[derive(Clone, Debug, PartialEq)]
pub struct Compacted {
    /// Unreadable lines dropped (cut short, not JSON).
    pub dropped: usize,
    /// Where the old file was copied; `None` when nothing changed.
    pub backup: Option<PathBuf>,
}

impl HistoryFile {
    pub fn new(path: PathBuf) -> Self {
        HistoryFile { path }
    }

    /// All readable sessions and the lines that were skipped.
    pub fn load(&self) -> io::Result<(History, Vec<BadLine>)> {
        match fs::read(&self.path) {
            Ok(bytes) => Ok(History::parse(&String::from_utf8_lossy(&bytes))),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok((History::default(), Vec::new())),
            Err(e) => Err(e),
        }
    }

    fn lock(&self) -> io::Result<Lock> {
        Lock::beside(&self.path, "history.lock")
    }

    /// Appends one session; when this returns Ok the line is on disk, and
    /// when it fails the file is as it was.
    pub fn append(&self, session: &Session) -> io::Result<()> {
        let _lock = self.lock()?;
        let mut file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(&self.path)?;
        #[cfg(unix)]
        file.lock()?;
        let old_len = file.metadata()?.len();
        let mut line = String::new();
        if !ends_with_newline(&mut file)? {
            line.push('\n');
        }
        line.push_str(&session.to_line());
        line.push('\n');
        // One write call: with O_APPEND the line lands whole at the end.
        let written = file
            .write_all(line.as_bytes())
            .and_then(|_| file.sync_data());
        if let Err(e) = written {
            // A full disk can take part of the line: cut it back off.
            let _ = cut_back(&file, &self.path, old_len);
            return Err(e);
        }
        #[cfg(unix)]
        file.unlock()?;
        Ok(())
    }

    /// Rewrites the file with its readable sessions in time order, and the
    /// lines of a newer version (complete JSON objects this one cannot read,
    /// or sessions with fields or values it does not know) exactly as they
    /// were. Only lines that are not JSON at all are dropped. The old file is
    /// first copied to `history.jsonl.bak-<stamp>`, a new name each time.
    pub fn compact(&self, stamp: &str) -> io::Result<Compacted> {
        let _lock = self.lock()?;
        let old = match fs::read(&self.path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(e),
        };
        let (text, dropped) = compacted(&String::from_utf8_lossy(&old));
        if text.as_bytes() == old.as_slice() {
            return Ok(Compacted {
                dropped,
                backup: None,
            });
        }
        let backup = self.back_up(&old, stamp)?;
        write::replace(&self.path, |tmp| {
            let mut out = File::create(tmp).map_err(|e| e.to_string())?;
            out.write_all(text.as_bytes()).map_err(|e| e.to_string())
        })
        .map_err(io::Error::other)?;
        Ok(Compacted {
            dropped,
            backup: Some(backup),
        })
    }

    /// Replaces the line holding `old` with `new`, under the lock, leaving
    /// every other line exactly as it was. `Ok(false)`: no line holds `old`
    /// any more (changed meanwhile), and nothing was written.
    pub fn replace(&self, old: &Session, new: &Session) -> io::Result<bool> {
        let _lock = self.lock()?;
        let text = match fs::read(&self.path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
            Err(e) => return Err(e),
        };
        let mut found = false;
        let mut out = String::with_capacity(text.len() + 16);
        for line in text.split_inclusive('\n') {
            let body = line.trim_end_matches('\n').trim();
            if !found && Session::from_line(body).is_ok_and(|s| s == *old) {
                out.push_str(&new.to_line());
                out.push('\n');
                found = true;
            } else {
                out.push_str(line);
            }
        }
        if !found {
            return Ok(false);
        }
        write::replace(&self.path, |tmp| {
            let mut file = File::create(tmp).map_err(|e| e.to_string())?;
            file.write_all(out.as_bytes()).map_err(|e| e.to_string())
        })
        .map_err(io::Error::other)?;
        Ok(true)
    }

    /// Writes `old` to a backup beside the history's real file, under a
    /// name no earlier backup has.
    fn back_up(&self, old: &[u8], stamp: &str) -> io::Result<PathBuf> {
        let real = write::target(&self.path);
        let name = real
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("history.jsonl");
        let dir = real.parent().unwrap_or(std::path::Path::new("."));
        for n in 1.. {
            let backup = match n {
                1 => dir.join(format!("{name}.bak-{stamp}")),
                _ => dir.join(format!("{name}.bak-{stamp}-{n}")),
            };
            let mut file = match OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&backup)
            {
                Ok(f) => f,
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            };
            if let Err(e) = file.write_all(old).and_then(|_| file.sync_all()) {
                drop(file);
                let _ = fs::remove_file(&backup);
                return Err(e);
            }
            return Ok(backup);
        }
        unreachable!("some backup name is free")
    }
}

/// The compacted text and how many lines it drops.
fn compacted(text: &str) -> (String, usize) {
    // (when, original order, line): unreadable but complete lines keep
    // their place by their `at` when it reads, else go last.
    let mut kept: Vec<(Option<DateTime<Utc>>, usize, String)> = Vec::new();
    let mut dropped = 0;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match Session::from_line(line) {
            Ok(s) => kept.push((Some(s.at.to_utc()), i, s.to_line())),
            Err(_) => {
                match serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(line) {
                    Ok(object) => {
                        let at = object
                            .get("at")
                            .and_then(|v| v.as_str())
                            .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
                            .map(|t| t.to_utc());
                        kept.push((at, i, line.to_owned()));
                    }
                    Err(_) => dropped += 1,
                }
            }
        }
    }
    kept.sort_by_key(|(at, i, _)| (at.is_none(), *at, *i));
    let mut out = String::new();
    for (_, _, line) in kept {
        out.push_str(&line);
        out.push('\n');
    }
    (out, dropped)
}

/// Cuts the history back to `len` bytes after a failed append. A handle
/// opened to append cannot do it on Windows (it may only add at the end:
/// FILE_APPEND_DATA without FILE_WRITE_DATA), so a second one is opened to
/// write there; on Unix the appending one can.
fn cut_back(appending: &File, path: &std::path::Path, len: u64) -> io::Result<()> {
    let cut = |file: &File| file.set_len(len).and_then(|_| file.sync_data());
    if cfg!(unix) {
        cut(appending)
    } else {
        cut(&OpenOptions::new().write(true).open(path)?)
    }
}

fn ends_with_newline(file: &mut File) -> io::Result<bool> {
    let len = file.metadata()?.len();
    if len == 0 {
        return Ok(true);
    }
    file.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8; 1];
    file.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::Outcome;
    use chrono::DateTime;

    fn session(minute: u32) -> Session {
        let at =
            DateTime::parse_from_rfc3339(&format!("2026-11-23T10:{minute:02}:00+01:00")).unwrap();
        Session::new(at, "legs-up".parse().unwrap(), Outcome::Done)
    }

    #[test]
    fn appends_after_a_truncated_line_start_on_a_new_line() {
        let dir = tempfile::tempdir().unwrap();
        let f = HistoryFile::new(dir.path().join("d/history.jsonl"));
        f.append(&session(1)).unwrap();
        // A crash left half a line behind.
        let mut raw = OpenOptions::new().append(true).open(&f.path).unwrap();
        raw.write_all(br#"{"at":"2026-11-23T10:02"#).unwrap();
        f.append(&session(3)).unwrap();
        let (h, bad) = f.load().unwrap();
        assert_eq!(h.len(), 2);
        assert_eq!(bad.len(), 1);
        assert_eq!(bad[0].line, 2);
    }

    /// A failed append is cut back to the old length, through a handle
    /// that may do it (on Windows an appending one may not).
    #[test]
    fn a_failed_append_is_cut_back_to_the_old_length() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.jsonl");
        fs::write(&path, "a whole line\n").unwrap();
        let mut file = OpenOptions::new()
            .read(true)
            .append(true)
            .open(&path)
            .unwrap();
        file.write_all(b"{\"at\":\"2026-11").unwrap();
        cut_back(&file, &path, 13).unwrap();
        drop(file);
        assert_eq!(fs::read_to_string(&path).unwrap(), "a whole line\n");
    }

    /// The window reads the history while the daemon appends: every read
    /// succeeds (on Windows, whose locks are mandatory, an append that
    /// locked the history itself would make reads fail meanwhile).
    #[test]
    fn reads_while_appends_go_on_all_succeed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.jsonl");
        let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let reader = {
            let (path, done) = (path.clone(), done.clone());
            std::thread::spawn(move || {
                let mut reads = 0;
                while !done.load(std::sync::atomic::Ordering::SeqCst) {
                    match fs::read(&path) {
                        Ok(_) => reads += 1,
                        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                        Err(e) => panic!("a read failed during appends: {e}"),
                    }
                }
                reads
            })
        };
        let f = HistoryFile::new(path);
        for minute in 0..60 {
            for _ in 0..3 {
                f.append(&session(minute)).unwrap();
            }
        }
        done.store(true, std::sync::atomic::Ordering::SeqCst);
        assert!(reader.join().unwrap() > 0);
        assert_eq!(f.load().unwrap().0.len(), 180);
    }

    #[test]
    fn compact_keeps_readable_sessions_and_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let f = HistoryFile::new(dir.path().join("history.jsonl"));
        fs::write(
            &f.path,
            format!(
                "{}\ngarbage\n{}\n",
                session(5).to_line(),
                session(2).to_line()
            ),
        )
        .unwrap();
        let done = f.compact("20261123T100000").unwrap();
        assert_eq!(done.dropped, 1);
        let text = fs::read_to_string(&f.path).unwrap();
        assert_eq!(
            text,
            format!("{}\n{}\n", session(2).to_line(), session(5).to_line())
        );
        let backup = done.backup.unwrap();
        assert!(backup.ends_with("history.jsonl.bak-20261123T100000"));
        assert!(fs::read_to_string(&backup).unwrap().contains("garbage"));
    }

    #[test]
    fn compact_keeps_a_newer_versions_lines_and_never_overwrites_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let f = HistoryFile::new(dir.path().join("history.jsonl"));
        let newer = [
            r#"{"at":"2026-11-23T10:04:00+01:00","exercise":"legs-up","outcome":"done","via":"watch","pulse":61}"#,
            r#"{"at":"2026-11-23T10:03:00+01:00","exercise":"legs-up","outcome":"half_done"}"#,
        ];
        let first = format!(
            "{}\n{}\n{}\n{{\"at\":\"2026-11-23T1\n",
            session(5).to_line(),
            newer[0],
            newer[1]
        );
        fs::write(&f.path, &first).unwrap();
        let one = f.compact("20261123T100000").unwrap();
        assert_eq!(one.dropped, 1, "only the line cut short");
        assert_eq!(
            fs::read_to_string(&f.path).unwrap(),
            format!("{}\n{}\n{}\n", newer[1], newer[0], session(5).to_line())
        );
        // A second compact in the same second, after a new garbage line.
        f.append(&session(7)).unwrap();
        let mut raw = OpenOptions::new().append(true).open(&f.path).unwrap();
        raw.write_all(b"more garbage\n").unwrap();
        let second_input = fs::read_to_string(&f.path).unwrap();
        let two = f.compact("20261123T100000").unwrap();
        assert_ne!(one.backup, two.backup);
        assert_eq!(fs::read_to_string(one.backup.unwrap()).unwrap(), first);
        assert_eq!(
            fs::read_to_string(two.backup.unwrap()).unwrap(),
            second_input
        );
        // Nothing left to do: no rewrite, no third backup.
        assert_eq!(f.compact("20261123T100001").unwrap().backup, None);
        // Where the open file could not be renamed over (Wine), the old one
        // was replaced and removed while open: its name goes with the
        // last handle.
        drop(raw);
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            4,
            "history, lock, 2 backups"
        );
    }

    #[test]
    fn a_correction_changes_its_line_and_no_other() {
        let dir = tempfile::tempdir().unwrap();
        let file = HistoryFile::new(dir.path().join("history.jsonl"));
        let (a, b) = (session(1), session(2));
        file.append(&a).unwrap();
        file.append(&b).unwrap();
        // A line of a newer version, kept byte for byte.
        let newer =
            r#"{"at":"2026-11-23T10:03:00Z","exercise":"x","outcome":"done","mood":"great"}"#;
        let mut f = OpenOptions::new().append(true).open(&file.path).unwrap();
        writeln!(f, "{newer}").unwrap();
        let mut fixed = b.clone();
        fixed.minutes = Some(25);
        assert!(file.replace(&b, &fixed).unwrap());
        let text = fs::read_to_string(&file.path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines, [a.to_line().as_str(), &fixed.to_line(), newer]);
        // Already changed: nothing more is written.
        assert!(!file.replace(&b, &fixed).unwrap());
        assert_eq!(fs::read_to_string(&file.path).unwrap(), text);
    }

    #[test]
    fn a_missing_file_is_an_empty_history() {
        let dir = tempfile::tempdir().unwrap();
        let (h, bad) = HistoryFile::new(dir.path().join("none.jsonl"))
            .load()
            .unwrap();
        assert!(h.is_empty() && bad.is_empty());
    }
}
