//! The two ways our files are changed safely, shared by every store.
//!
//! - A lock: writers of one file take an exclusive lock on something stable
//!   beside it, never on the file itself (which a compact or a save
//!   replaces): a writer that waited for the lock then opens the current
//!   file, never one renamed away meanwhile. The history uses a lock file,
//!   `history.lock` in the data directory; the preferences lock their
//!   directory (`~/.config/second-heart`) itself, which leaves no extra file
//!   among the ones a user or a dotfile manager looks after. Windows can
//!   neither open a folder as a file nor lock one (LockFileEx locks bytes of
//!   a file), so there the folder's lock is a file in it, `folder.lock`.
//! - A whole-file replacement: the new content goes to a temporary file in
//!   the directory of the file's real target (a symlink, as dotfile managers
//!   and sync folders make, is followed and kept), is synced, and renamed
//!   over the target. Readers see the old or the new file, never a mix; a
//!   failed write removes its temporary file and leaves the old one exactly.
//!   On Windows the rename works while other programs read the file
//!   (`rename`: std's atomic rename, tried again while a reader holds the
//!   file, else ReplaceFileW), and a file marked read-only is not replaced. Windows cannot flush
//!   a folder: a rename is in NTFS's journal when it returns (and
//!   MOVEFILE_WRITE_THROUGH only matters for moves between volumes, which
//!   these never are, the temporary file being beside its target).
//!   Windows has no atomic exchange: an editor's save that lands between
//!   the check of the file and the rename can be replaced, a window of
//!   microseconds that Linux closes with RENAME_EXCHANGE.
//! - A copy aside: a file about to be replaced that a user may want back (a
//!   broken or hand-edited one) is first copied to a new name beside it.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

/// The file that stands for its folder's lock where a folder cannot be
/// locked (Windows); `None` where the folder itself is locked.
pub const FOLDER_LOCK_FILE: Option<&str> = if cfg!(unix) { None } else { Some(FOLDER_LOCK) };

const FOLDER_LOCK: &str = "folder.lock";

/// An exclusive lock (`flock`; LockFileEx on Windows), held until dropped.
pub struct Lock {
    _file: File,
}

impl Lock {
    /// Waits for the lock on the directory that holds `file` (created if
    /// missing).
    #[cfg(unix)]
    pub fn directory_of(file: &Path) -> io::Result<Lock> {
        let dir = file.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(dir)?;
        let lock = File::open(dir)?;
        lock.lock()?;
        Ok(Lock { _file: lock })
    }

    /// Waits for the lock of the directory that holds `file`: on Windows a
    /// lock file in it, `folder.lock` (see the module's doc).
    #[cfg(not(unix))]
    pub fn directory_of(file: &Path) -> io::Result<Lock> {
        Lock::beside(file, FOLDER_LOCK)
    }

    /// Waits for the lock beside `file`, named `lock_name`.
    pub fn beside(file: &Path, lock_name: &str) -> io::Result<Lock> {
        let dir = file.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(dir)?;
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let lock = options.open(dir.join(lock_name))?;
        lock.lock()?;
        Ok(Lock { _file: lock })
    }
}

/// The file a path finally names: symlinks followed (relative ones from
/// their own directory), up to 40 of them. A path that does not exist, or
/// a link to a file not yet created, names itself or that target.
pub fn target(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match fs::read_link(&current) {
            Ok(next) => {
                current = match current.parent() {
                    Some(dir) if next.is_relative() => dir.join(next),
                    _ => next,
                }
            }
            Err(_) => return current,
        }
    }
    current
}

/// Replaces the file `path` names (its symlink target, if it is a link)
/// with what `write` puts into the temporary file it is given. On any
/// failure the temporary file is removed and the old file is untouched.
pub fn replace(path: &Path, write: impl FnOnce(&Path) -> Result<(), String>) -> Result<(), String> {
    replace_if_unchanged(path, write, |_| true).map(|_| ())
}

/// Whether `replace_if_unchanged` replaced the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Replaced {
    Yes,
    /// The file was not what `unchanged` expected: it is left as it was.
    ChangedMeanwhile,
}

/// `replace`, but only over the content `unchanged` accepts (`None`: no
/// file), checked at the moment of the rename: the new file is swapped in
/// atomically, the file it displaced is checked, and if someone (an editor,
/// which takes no lock) saved in between, their file is swapped back. The
/// displaced file is removed only as the last step: any failure before
/// puts it back first, so a failed save leaves the old file exactly.
pub fn replace_if_unchanged(
    path: &Path,
    write: impl FnOnce(&Path) -> Result<(), String>,
    mut unchanged: impl FnMut(Option<&[u8]>) -> bool,
) -> Result<Replaced, String> {
    let real = target(path);
    let fail = |e: &dyn std::fmt::Display| format!("cannot save {}: {e}", path.display());
    let dir = real.parent().ok_or_else(|| fail(&"no parent directory"))?;
    fs::create_dir_all(dir).map_err(|e| fail(&e))?;
    let name = real
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("file")
        .to_owned();
    let tmp = dir.join(temporary_name(&name));
    // Set once the file displaced by the exchange could not be put back:
    // it is then the user's file, at `tmp`, and must not be removed.
    let mut stranded = false;
    let result = (|| {
        write(&tmp)?;
        // Opened for writing: Windows flushes only through a handle that
        // may write (FlushFileBuffers; "Access denied" otherwise).
        OpenOptions::new()
            .write(true)
            .open(&tmp)
            .and_then(|f| f.sync_all())
            .map_err(|e| fail(&e))?;
        keep_mode(&real, &tmp);
        if swap(&tmp, &real).map_err(|e| fail(&e))? {
            // The displaced file is now at `tmp`: until it is accepted and
            // the exchange is on disk, any failure puts it back first.
            let outcome = (|| {
                let displaced = fs::read(&tmp).map_err(|e| fail(&e))?;
                if !unchanged(Some(&displaced)) {
                    return Ok(Replaced::ChangedMeanwhile);
                }
                sync_dir(dir).map_err(|e| fail(&e))?;
                fs::remove_file(&tmp).map_err(|e| fail(&e))?;
                Ok(Replaced::Yes)
            })();
            if outcome != Ok(Replaced::Yes)
                && let Err(e) = put_back(&tmp, &real)
            {
                stranded = true;
                return Err(fail(&format!(
                    "{e}; the file as it was is kept at {}",
                    tmp.display()
                )));
            }
            return outcome;
        }
        // Where a reader holding the file refuses the rename (Windows),
        // each new try checks the file again: an editor's save made while
        // we waited is never replaced.
        let mut waits = HELD_WAITS.iter();
        loop {
            let now = match fs::read(&real) {
                Ok(bytes) => Some(bytes),
                Err(e) if e.kind() == io::ErrorKind::NotFound => None,
                Err(e) => return Err(fail(&e)),
            };
            if !unchanged(now.as_deref()) {
                return Ok(Replaced::ChangedMeanwhile);
            }
            let last_try = waits.len() == 0;
            match rename(&tmp, &real, last_try) {
                Err(e) if held_by_another(&e) && !last_try => {
                    std::thread::sleep(*waits.next().expect("not the last try"))
                }
                done => break done.map_err(|e| fail(&e))?,
            }
        }
        sync_dir(dir).map_err(|e| fail(&e))?;
        Ok(Replaced::Yes)
    })();
    if !matches!(result, Ok(Replaced::Yes)) && !stranded {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// The rename itself must reach the disk too.
#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir).and_then(|d| d.sync_all())
}

/// Windows cannot open a folder to flush it, nor needs to: a rename is in
/// NTFS's journal when it returns (see the module's doc).
#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

/// Renames `from` over `to`.
#[cfg(not(windows))]
fn rename(from: &Path, to: &Path, _last_try: bool) -> io::Result<()> {
    fs::rename(from, to)
}

/// Renames `from` over `to`, as atomically as Windows allows:
/// - std's rename: MoveFileExW, and where `to` is open in another program,
///   a POSIX-semantics rename, which replaces it as long as that program
///   shares delete access (as Rust's files and most readers do). Atomic.
/// - Where that is refused (a program holds `to` open, and the file system,
///   an older Windows or Wine has no POSIX renames), the caller tries again
///   a few times in a second (`HELD_WAITS`): readers (the daemon, the
///   window, a virus scanner) hold a file for milliseconds.
/// - Held until the `last_try`, ReplaceFileW, which replaces a file that is
///   open with shared delete access: the old file is moved to a name beside
///   it, then the new one takes its place (a reader at that very moment
///   finds no file, the one window this leaves), then the old one is
///   removed; if the second step fails, the old file is moved back.
/// - Held without shared delete access, nothing can replace it: its error.
///   The caller then removes the temporary file; the old one is as it was.
#[cfg(windows)]
fn rename(from: &Path, to: &Path, last_try: bool) -> io::Result<()> {
    if fs::symlink_metadata(to).is_ok_and(|m| m.permissions().readonly()) {
        // Windows refuses to replace a read-only file, but Wine does not:
        // the same answer everywhere.
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            "the file is marked read-only",
        ));
    }
    match fs::rename(from, to) {
        Err(held) if last_try && held_by_another(&held) => match replace_open_file(from, to) {
            // ReplaceFileW's own refusals say less than the rename's; an
            // error without a code is one to pass on (the old file kept
            // aside).
            Err(refused) if refused.raw_os_error().is_some() => Err(held),
            done => done,
        },
        done => done,
    }
}

/// ReplaceFileW (see `rename`), the old file moved aside to
/// `<from>.old` for the moment, so that no failure loses it.
#[cfg(windows)]
fn replace_open_file(from: &Path, to: &Path) -> io::Result<()> {
    let mut aside = from.as_os_str().to_owned();
    aside.push(".old");
    let aside = PathBuf::from(aside);
    let result = win32::replace_file(to, from, &aside);
    if result.is_err()
        && !to.exists()
        && aside.exists()
        && let Err(e) = fs::rename(&aside, to)
    {
        // It failed after moving the old file aside, which cannot go back.
        return Err(io::Error::other(format!(
            "{e}; the file as it was is kept at {}",
            aside.display()
        )));
    }
    result?;
    // Removed even while a reader has it open (it shares delete access, or
    // the replace would have failed); a failure leaves a temporary file
    // that the next save clears.
    let _ = fs::remove_file(&aside);
    Ok(())
}

/// The Win32 calls of this module, each as thin as it can be.
#[cfg(windows)]
mod win32 {
    use std::io;
    use std::os::windows::ffi::OsStrExt;
    use std::path::Path;

    fn wide(path: &Path) -> Vec<u16> {
        path.as_os_str().encode_wide().chain([0]).collect()
    }

    /// ReplaceFileW(replaced, replacement, backup): `replacement` takes
    /// `replaced`'s name (and keeps its attributes and access), the old
    /// file goes to `backup`.
    pub fn replace_file(replaced: &Path, replacement: &Path, backup: &Path) -> io::Result<()> {
        use windows_sys::Win32::Storage::FileSystem::{REPLACEFILE_WRITE_THROUGH, ReplaceFileW};
        let (replaced, replacement, backup) = (wide(replaced), wide(replacement), wide(backup));
        // SAFETY: three NUL-terminated paths that live across the call;
        // the reserved pointers are null, as documented.
        let ok = unsafe {
            ReplaceFileW(
                replaced.as_ptr(),
                replacement.as_ptr(),
                backup.as_ptr(),
                REPLACEFILE_WRITE_THROUGH,
                std::ptr::null(),
                std::ptr::null(),
            )
        };
        if ok != 0 {
            Ok(())
        } else {
            Err(io::Error::last_os_error())
        }
    }
}

/// How long `replace_if_unchanged` waits, in turn, for a file another
/// program holds before it tries the rename again: a second in all. None
/// where an open file does not stop a rename.
#[cfg(windows)]
const HELD_WAITS: [std::time::Duration; 9] = {
    use std::time::Duration;
    [
        Duration::from_millis(1),
        Duration::from_millis(2),
        Duration::from_millis(5),
        Duration::from_millis(10),
        Duration::from_millis(20),
        Duration::from_millis(50),
        Duration::from_millis(100),
        Duration::from_millis(300),
        Duration::from_millis(500),
    ]
};
#[cfg(not(windows))]
const HELD_WAITS: [std::time::Duration; 0] = [];

/// An open file never stops a rename here.
#[cfg(not(windows))]
fn held_by_another(_e: &io::Error) -> bool {
    false
}

/// Whether an error may mean that another program has the file open:
/// ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION, or ERROR_ACCESS_DENIED,
/// which Windows gives for a file open in another program.
#[cfg(windows)]
fn held_by_another(e: &io::Error) -> bool {
    const ACCESS_DENIED: i32 = 5;
    const SHARING_VIOLATION: i32 = 32;
    const LOCK_VIOLATION: i32 = 33;
    matches!(
        e.raw_os_error(),
        Some(ACCESS_DENIED | SHARING_VIOLATION | LOCK_VIOLATION)
    )
}

/// Undoes an exchange: the file displaced to `displaced` goes back to
/// `real` (and what we put there comes back to `displaced`). If what we put
/// there was removed meanwhile, the displaced file is moved back, unless
/// something else took its place.
fn put_back(displaced: &Path, real: &Path) -> io::Result<()> {
    if swap(displaced, real)? {
        return Ok(());
    }
    rename_no_replace(displaced, real)
}

/// Exchanges two files atomically; `false` when `b` does not exist or the
/// file system cannot exchange (then nothing happened).
#[cfg(target_os = "linux")]
fn swap(a: &Path, b: &Path) -> io::Result<bool> {
    match renameat2(a, b, libc::RENAME_EXCHANGE) {
        Ok(()) => Ok(true),
        Err(e) => match e.raw_os_error() {
            Some(libc::ENOENT | libc::EINVAL | libc::ENOSYS | libc::EOPNOTSUPP) => Ok(false),
            _ => Err(e),
        },
    }
}

/// Renames `a` to `b`, failing if `b` exists.
#[cfg(target_os = "linux")]
fn rename_no_replace(a: &Path, b: &Path) -> io::Result<()> {
    renameat2(a, b, libc::RENAME_NOREPLACE)
}

#[cfg(target_os = "linux")]
fn renameat2(a: &Path, b: &Path, flags: libc::c_uint) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| CString::new(p.as_os_str().as_bytes()).map_err(io::Error::other);
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: both are valid NUL-terminated paths.
    let r = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            flags,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn swap(_a: &Path, _b: &Path) -> io::Result<bool> {
    Ok(false)
}

#[cfg(not(target_os = "linux"))]
fn rename_no_replace(_a: &Path, _b: &Path) -> io::Result<()> {
    // Never reached: without an exchange there is nothing to put back.
    Err(io::Error::other("cannot rename without replacing here"))
}

/// Copies the current file to `<name>.<kind>-<stamp>` (`-2`, `-3`...
/// after it when that name is taken), unless an identical copy of that
/// kind exists.
pub fn copy_aside(path: &Path, kind: &str, stamp: &str) -> io::Result<PathBuf> {
    let content = fs::read(path)?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let prefix = format!("{name}.{kind}-");
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.flatten() {
            let p = entry.path();
            let is_backup = p
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&prefix));
            if is_backup && fs::read(&p).is_ok_and(|c| c == content) {
                return Ok(p);
            }
        }
    }
    // Stamps have one-second resolution: a second copy in the same
    // second takes the next free suffix, never an existing copy's name
    // (create_new fails rather than overwrite one made meanwhile).
    for n in 1.. {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!("-{n}")
        };
        let backup = dir.join(format!("{prefix}{stamp}{suffix}"));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut copy = match options.open(&backup) {
            Ok(copy) => copy,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        };
        // Private while written, then as private as the file itself.
        let written = io::Write::write_all(&mut copy, &content)
            .and_then(|_| copy.sync_all())
            .and_then(|_| {
                let mode = fs::metadata(path)?.permissions();
                fs::set_permissions(&backup, mode)
            });
        if let Err(e) = written {
            let _ = fs::remove_file(&backup);
            return Err(e);
        }
        return Ok(backup);
    }
    unreachable!("some suffix is free")
}

/// `.<name>.<pid>.tmp`: hidden, and tied to its process so a later save
/// can tell a leftover of a killed one from a save in progress.
pub fn temporary_name(name: &str) -> String {
    format!(".{name}.{}.tmp", std::process::id())
}

/// The new file gets the old one's permissions (a user who made their
/// preferences private keeps them private).
#[cfg(unix)]
fn keep_mode(old: &Path, new: &Path) {
    if let Ok(meta) = fs::metadata(old) {
        let _ = fs::set_permissions(new, meta.permissions());
    }
}

/// On Windows a file's access is its folder's, inherited by the new file
/// as by the old; the only permission std sees is the read-only attribute,
/// which would make the new file impossible to remove if the rename fails
/// (and Windows refuses to rename over a read-only file anyway).
#[cfg(not(unix))]
fn keep_mode(_old: &Path, _new: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_replaced_symlink_stays_a_link_and_its_target_changes() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("dotfiles/prefs.toml");
        fs::create_dir_all(real.parent().unwrap()).unwrap();
        fs::write(&real, "old").unwrap();
        let link = dir.path().join("config/preferences.toml");
        fs::create_dir_all(link.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink("../dotfiles/prefs.toml", &link).unwrap();
        replace(&link, |tmp| {
            fs::write(tmp, "new").map_err(|e| e.to_string())
        })
        .unwrap();
        assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
        assert_eq!(fs::read_to_string(&real).unwrap(), "new");
        assert_eq!(fs::read_dir(link.parent().unwrap()).unwrap().count(), 1);
        assert_eq!(fs::read_dir(real.parent().unwrap()).unwrap().count(), 1);
    }

    #[test]
    fn a_file_edited_meanwhile_is_put_back_and_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("preferences.toml");
        fs::write(&path, "as read").unwrap();
        let outcome = replace_if_unchanged(
            &path,
            |tmp| {
                // An editor saves while the new file is being written.
                fs::write(dir.path().join("editor"), "edited").unwrap();
                fs::rename(dir.path().join("editor"), &path).unwrap();
                fs::write(tmp, "ours").map_err(|e| e.to_string())
            },
            |old| old == Some(b"as read".as_slice()),
        )
        .unwrap();
        assert_eq!(outcome, Replaced::ChangedMeanwhile);
        assert_eq!(fs::read_to_string(&path).unwrap(), "edited");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    /// A step after the exchange fails (what sits at the path cannot be
    /// read as a file): it is swapped back before anything is removed.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_failure_after_the_exchange_puts_the_old_one_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        fs::create_dir(&path).unwrap();
        fs::write(path.join("mine"), "kept").unwrap();
        let err = replace(&path, |tmp| {
            fs::write(tmp, "new").map_err(|e| e.to_string())
        })
        .unwrap_err();
        assert!(err.starts_with("cannot save"), "{err}");
        assert_eq!(fs::read_to_string(path.join("mine")).unwrap(), "kept");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    /// After the exchange, someone removes the new file and the check
    /// finds the displaced one changed: the displaced one, now at the
    /// temporary name, goes back to the path instead of being removed.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_file_edited_meanwhile_goes_back_even_when_ours_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("preferences.toml");
        fs::write(&path, "edited").unwrap();
        let outcome = replace_if_unchanged(
            &path,
            |tmp| fs::write(tmp, "ours").map_err(|e| e.to_string()),
            |old| {
                assert_eq!(old, Some(b"edited".as_slice()), "the exchange happened");
                fs::remove_file(&path).unwrap();
                false
            },
        );
        assert_eq!(outcome, Ok(Replaced::ChangedMeanwhile));
        assert_eq!(fs::read_to_string(&path).unwrap(), "edited");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        fs::write(&path, "old").unwrap();
        let err = replace(&path, |tmp| {
            fs::write(tmp, "half").unwrap();
            Err("disk full".into())
        })
        .unwrap_err();
        assert_eq!(err, "disk full");
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
