//! The history file: one session per line, appended and synced per entry.
//!
//! Appends take an exclusive lock, so two processes (the daemon and a CLI, or
//! two CLIs) never interleave bytes, and a line cut short by a crash is
//! closed with a newline before the next entry goes after it. The file is
//! only ever rewritten by an explicit `history compact`.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::PathBuf;

use crate::core::history::{BadLine, History, Session};

pub struct HistoryFile {
    pub path: PathBuf,
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

    /// Appends one session; when this returns Ok the line is on disk.
    pub fn append(&self, session: &Session) -> io::Result<()> {
        if let Some(dir) = self.path.parent() {
            fs::create_dir_all(dir)?;
        }
        let mut file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(&self.path)?;
        file.lock()?;
        let mut line = String::new();
        if !ends_with_newline(&mut file)? {
            line.push('\n');
        }
        line.push_str(&session.to_line());
        line.push('\n');
        // One write call: with O_APPEND the line lands whole at the end.
        file.write_all(line.as_bytes())?;
        file.sync_data()?;
        file.unlock()
    }

    /// Rewrites the file with only its readable sessions, in time order,
    /// keeping the old file as `history.jsonl.bak`. Returns how many lines
    /// were dropped.
    pub fn compact(&self) -> io::Result<usize> {
        let lock = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(&self.path)?;
        lock.lock()?;
        let (history, bad) = self.load()?;
        let tmp = self.path.with_extension("jsonl.tmp");
        {
            let mut out = File::create(&tmp)?;
            let mut text = String::new();
            for s in history.sessions() {
                text.push_str(&s.to_line());
                text.push('\n');
            }
            out.write_all(text.as_bytes())?;
            out.sync_all()?;
        }
        fs::copy(&self.path, self.path.with_extension("jsonl.bak"))?;
        fs::rename(&tmp, &self.path)?;
        Ok(bad.len())
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

    #[test]
    fn compact_keeps_readable_sessions_and_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let f = HistoryFile::new(dir.path().join("history.jsonl"));
        f.append(&session(5)).unwrap();
        fs::write(
            &f.path,
            format!(
                "{}\ngarbage\n{}\n",
                session(5).to_line(),
                session(2).to_line()
            ),
        )
        .unwrap();
        assert_eq!(f.compact().unwrap(), 1);
        let text = fs::read_to_string(&f.path).unwrap();
        assert_eq!(
            text,
            format!("{}\n{}\n", session(2).to_line(), session(5).to_line())
        );
        assert!(
            fs::read_to_string(dir.path().join("history.jsonl.bak"))
                .unwrap()
                .contains("garbage")
        );
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
