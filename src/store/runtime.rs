//! The runtime folder: where the daemon's lock and socket, the window's, and
//! the notification icon live. Without `XDG_RUNTIME_DIR` it sits in the
//! shared temporary directory, where another local user may have made it
//! first (or put a symlink there). So nobody uses it before `check` has
//! looked at it with `lstat`: a real directory (not a link to one), owned by
//! this user, mode 0700. Files written inside never follow a symlink.

//!
//! On Windows the folder sits in the user's local AppData, which only the
//! user (and the system) can reach; `check` refuses a link (a junction or
//! symlink) or a file in its place, and the daemon's pipe carries an ACL
//! of its own (`daemon::pipe`).

use std::fs;
use std::io::{self, ErrorKind, Write};
#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

/// This process's user.
#[cfg(unix)]
pub fn my_uid() -> u32 {
    // SAFETY: getuid cannot fail.
    unsafe { libc::getuid() }
}

/// Whether `dir` is fit to hold our lock and sockets. The error says what
/// is wrong with it, in words; `NotFound` when it does not exist.
#[cfg(unix)]
pub fn check(dir: &Path) -> io::Result<()> {
    let meta = fs::symlink_metadata(dir)?;
    let unfit = |why: String| {
        Err(io::Error::new(
            ErrorKind::PermissionDenied,
            format!("{} {why}; not using it", dir.display()),
        ))
    };
    if meta.file_type().is_symlink() {
        return unfit("is a symbolic link".into());
    }
    if !meta.is_dir() {
        return unfit("is not a directory".into());
    }
    if meta.uid() != my_uid() {
        return unfit(format!("belongs to another user (uid {})", meta.uid()));
    }
    if meta.mode() & 0o7777 != 0o700 {
        return unfit(format!(
            "has mode {:04o}, not 0700 (others could reach it)",
            meta.mode() & 0o7777
        ));
    }
    Ok(())
}

/// Creates `dir` (and its parents) readable by the user only if it is
/// missing, then `check`s it: whatever was there before is used only if it
/// is ours and private. Nothing is changed on something that is not ours
/// (no chmod, which would follow a symlink).
#[cfg(unix)]
pub fn ensure(dir: &Path) -> io::Result<()> {
    match fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
    {
        Ok(()) => {}
        // A symlink to a file, say: `check` says what is wrong.
        Err(e) if e.kind() == ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    check(dir)
}

/// Whether `path` is a socket of this user's (the client checks before it
/// sends anything through it).
#[cfg(unix)]
pub fn check_socket(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::FileTypeExt;
    let meta = fs::symlink_metadata(path)?;
    if !meta.file_type().is_socket() {
        return Err(io::Error::new(
            ErrorKind::PermissionDenied,
            format!("{} is not a socket; not using it", path.display()),
        ));
    }
    if meta.uid() != my_uid() {
        return Err(io::Error::new(
            ErrorKind::PermissionDenied,
            format!(
                "{} belongs to another user (uid {}); not using it",
                path.display(),
                meta.uid()
            ),
        ));
    }
    Ok(())
}

/// Opens (creating if missing) a lock file in a checked directory, never
/// through a symlink.
#[cfg(unix)]
pub fn open_lock(path: &Path) -> io::Result<fs::File> {
    fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
}

/// Puts `bytes` at `path` as a new file: written to a fresh temporary name
/// beside it (created exclusively, so never through a link), then renamed
/// over whatever was at `path`; a symlink there is replaced, not followed.
pub fn replace_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(ErrorKind::InvalidInput, "no file name"))?;
    let mut temp_name = name.to_os_string();
    temp_name.push(format!(".{}.tmp", std::process::id()));
    let temp: PathBuf = path.with_file_name(temp_name);
    let _ = fs::remove_file(&temp);
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    let written = options
        .open(&temp)
        .and_then(|mut f| f.write_all(bytes).and_then(|_| f.sync_all()))
        .and_then(|_| fs::rename(&temp, path));
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written
}

/// Whether `dir` is fit to hold our lock and the icon: a real directory,
/// not a link to one (a junction or symlink someone made in its place).
#[cfg(windows)]
pub fn check(dir: &Path) -> io::Result<()> {
    let meta = fs::symlink_metadata(dir)?;
    let unfit = |why: &str| {
        Err(io::Error::new(
            ErrorKind::PermissionDenied,
            format!("{} {why}; not using it", dir.display()),
        ))
    };
    if meta.file_type().is_symlink() {
        return unfit("is a link");
    }
    if !meta.is_dir() {
        return unfit("is not a directory");
    }
    Ok(())
}

/// Creates `dir` (and its parents) if missing, then `check`s it.
#[cfg(windows)]
pub fn ensure(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    check(dir)
}

/// Opens (creating if missing) a lock file in a checked directory.
#[cfg(windows)]
pub fn open_lock(path: &Path) -> io::Result<fs::File> {
    fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_private_directory_of_ours_passes() {
        let dir = tempfile::tempdir().unwrap();
        let run = dir.path().join("a/b");
        ensure(&run).unwrap();
        assert_eq!(
            fs::metadata(&run).unwrap().permissions().mode() & 0o777,
            0o700
        );
        ensure(&run).unwrap();
    }

    #[test]
    fn a_link_a_file_or_an_open_directory_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real");
        ensure(&real).unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let err = ensure(&link).unwrap_err().to_string();
        assert!(err.contains("symbolic link"), "{err}");
        let file = dir.path().join("file");
        fs::write(&file, "x").unwrap();
        assert!(
            ensure(&file)
                .unwrap_err()
                .to_string()
                .contains("not a directory")
        );
        fs::set_permissions(&real, fs::Permissions::from_mode(0o755)).unwrap();
        assert!(ensure(&real).unwrap_err().to_string().contains("0755"));
    }

    #[test]
    fn replacing_a_link_leaves_its_target_alone() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        fs::write(&victim, "mine").unwrap();
        let icon = dir.path().join("icon.png");
        std::os::unix::fs::symlink(&victim, &icon).unwrap();
        replace_file(&icon, b"png").unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"mine");
        assert!(
            !fs::symlink_metadata(&icon)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&icon).unwrap(), b"png");
    }
}
