//! One daemon per user: an exclusive lock on a file in the runtime directory,
//! then the command socket beside it. The kernel drops the lock when the
//! process dies, however it dies, so a crashed daemon never blocks the next.
//!
//! A daemon that is stopping takes its socket away first, so one started
//! meanwhile (`stop` then `daemon` at once, a restart at login) waits a
//! moment for the lock instead of taking the stopping one for a running one.
//! It lets go of the lock before its slow cleanup on D-Bus (closing its
//! notifications, its tray), so that moment stays short even at a logout.
//! And a daemon whose lock or socket has gone from the folder (logout
//! removes the runtime directory; a new daemon may then start there) is no
//! longer the user's daemon: `still_ours` says so and the loop ends.
//!
//! Sessions do not all share a runtime folder (an ssh or su session often
//! has no `XDG_RUNTIME_DIR`, and falls back to another folder), so a second
//! lock, the user's, sits in the state directory, which every session of
//! the user shares: a daemon runs only while it holds both. A command from
//! a session that cannot reach the running daemon's socket works on the
//! files, and the daemon picks the change up.

//!
//! On Windows the same two locks hold, and the named pipe takes the
//! socket's place: its first instance is created only if the name is free,
//! and a daemon that holds the lock but has no instance listening is
//! stopping.

use std::fs::{self, File, TryLockError};
use std::io::Write;
#[cfg(unix)]
use std::os::unix::fs::{MetadataExt, PermissionsExt};
#[cfg(unix)]
use std::os::unix::net::UnixListener;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[cfg(unix)]
use super::client::SOCKET;
use crate::store::runtime;

/// Where the daemon listens: its socket, or on Windows its pipe (with the
/// pipe's name and the user it admits, for waking it at `stop`).
#[cfg(unix)]
pub type Listening = UnixListener;
#[cfg(windows)]
pub struct Listening {
    pub listener: super::pipe::PipeListener,
    pub name: String,
    pub sid: String,
}

pub const LOCK: &str = "daemon.lock";

/// How long a starting daemon waits for a stopping one to let go.
const STOPPING_WAIT: Duration = Duration::from_secs(5);

pub enum Instance {
    /// We are the daemon; keep the lock for as long as we run.
    Primary { lock: Lock, listener: Listening },
    /// Another daemon runs, with this pid.
    Running { pid: Option<u32> },
}

/// The held lock, and what the lock and socket files were when we made
/// them (device and inode), to notice them gone or replaced.
#[cfg(unix)]
pub struct Lock {
    /// Holding it open keeps the lock.
    _held: File,
    /// The user's lock, in the state directory shared by every session.
    _user: File,
    lock_path: PathBuf,
    lock_id: (u64, u64),
    socket_path: PathBuf,
    socket_id: (u64, u64),
}

#[cfg(unix)]
fn id_of(meta: &fs::Metadata) -> (u64, u64) {
    (meta.dev(), meta.ino())
}

#[cfg(unix)]
fn id_at(path: &Path) -> Option<(u64, u64)> {
    fs::symlink_metadata(path).ok().map(|m| id_of(&m))
}

#[cfg(unix)]
impl Lock {
    /// Whether the lock file and the socket in the runtime folder are still
    /// the ones this daemon made. Two `lstat`s; cheap enough for every wake.
    pub fn still_ours(&self) -> bool {
        id_at(&self.lock_path) == Some(self.lock_id)
            && id_at(&self.socket_path) == Some(self.socket_id)
    }

    /// Takes the socket away (only if it is still ours): from now on a new
    /// daemon sees this one as stopping and waits for the lock.
    pub fn stopping(&self) {
        if id_at(&self.socket_path) == Some(self.socket_id) {
            let _ = fs::remove_file(&self.socket_path);
        }
    }
}

#[cfg(unix)]
impl Drop for Lock {
    fn drop(&mut self) {
        // Before the lock goes with the file: never another daemon's socket.
        // (The fields, the locked file among them, go after this.)
        self.stopping();
    }
}

#[cfg(unix)]
pub fn acquire(runtime_dir: &Path, user_lock: &Path) -> Result<Instance, String> {
    let fail = |what: &str, e: std::io::Error| format!("{what} {}: {e}", runtime_dir.display());
    runtime::ensure(runtime_dir).map_err(|e| format!("cannot use the runtime folder: {e}"))?;
    let lock_path = runtime_dir.join(LOCK);
    let socket = runtime_dir.join(SOCKET);
    let mut lock =
        runtime::open_lock(&lock_path).map_err(|e| fail("cannot open the lock in", e))?;
    // A daemon holding the lock without a socket is stopping (or just
    // starting): wait for it, briefly.
    if !lock_runtime(&lock, || fs::symlink_metadata(&socket).is_err())
        .map_err(|e| fail("cannot lock", e))?
    {
        return Ok(running(&lock_path));
    }
    let Some(mut user) = lock_user(user_lock)? else {
        return Ok(running(user_lock));
    };
    let lock_id = lock
        .metadata()
        .map(|m| id_of(&m))
        .map_err(|e| fail("cannot read the lock in", e))?;
    // Holding the lock, any socket left behind is from a dead daemon.
    let _ = fs::remove_file(&socket);
    let listener = UnixListener::bind(&socket).map_err(|e| fail("cannot listen in", e))?;
    fs::set_permissions(&socket, fs::Permissions::from_mode(0o600))
        .map_err(|e| fail("cannot secure the socket in", e))?;
    let socket_id = id_at(&socket)
        .ok_or_else(|| format!("the socket in {} vanished", runtime_dir.display()))?;
    // The pid is only for messages ("already running (pid 123)"): a full
    // disk must not keep the daemon from starting.
    for file in [&mut lock, &mut user] {
        let _ = file
            .set_len(0)
            .and_then(|_| writeln!(file, "{}", std::process::id()));
    }
    Ok(Instance::Primary {
        lock: Lock {
            _held: lock,
            _user: user,
            lock_path,
            lock_id,
            socket_path: socket,
            socket_id,
        },
        listener,
    })
}

/// Takes the runtime folder's lock, waiting up to `STOPPING_WAIT` while
/// its holder is `stopping`; false when a daemon holds it and runs.
fn lock_runtime(lock: &File, stopping: impl Fn() -> bool) -> std::io::Result<bool> {
    let waiting_since = Instant::now();
    loop {
        match lock.try_lock() {
            Ok(()) => return Ok(true),
            Err(TryLockError::WouldBlock) => {
                if !stopping() || waiting_since.elapsed() >= STOPPING_WAIT {
                    return Ok(false);
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(TryLockError::Error(e)) => return Err(e),
        }
    }
}

/// Another daemon runs: its pid, as written in the lock it holds.
fn running(lock: &Path) -> Instance {
    let pid = fs::read_to_string(lock)
        .ok()
        .and_then(|s| s.trim().parse().ok());
    Instance::Running { pid }
}

/// Takes the user's lock, waiting briefly for a daemon that is stopping;
/// `None` while another daemon of this user (maybe in another session's
/// runtime folder) holds it.
fn lock_user(path: &Path) -> Result<Option<File>, String> {
    let fail = |what: &str, e: std::io::Error| format!("{what} {}: {e}", path.display());
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| fail("cannot create the folder of", e))?;
    }
    let file = runtime::open_lock(path).map_err(|e| fail("cannot open", e))?;
    let waiting_since = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Some(file)),
            Err(TryLockError::WouldBlock) if waiting_since.elapsed() < STOPPING_WAIT => {
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(TryLockError::WouldBlock) => return Ok(None),
            Err(TryLockError::Error(e)) => return Err(fail("cannot lock", e)),
        }
    }
}

/// Waits until no daemon holds the lock in `runtime_dir` (after `stop` was
/// answered), at most `timeout`; false if one still does.
pub fn wait_released(runtime_dir: &Path, timeout: Duration) -> bool {
    #[cfg(unix)]
    use std::os::unix::fs::OpenOptionsExt;
    let deadline = Instant::now() + timeout;
    loop {
        let mut options = fs::OpenOptions::new();
        options.read(true);
        #[cfg(unix)]
        options.custom_flags(libc::O_NOFOLLOW);
        let Ok(file) = options.open(runtime_dir.join(LOCK)) else {
            // No lock file (the folder is gone): nobody holds it here.
            return true;
        };
        match file.try_lock_shared() {
            // Dropping `file` lets it go at once.
            Ok(()) => return true,
            Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(_) => return false,
        }
    }
}

/// The held locks (dropped, they let go). The pipe is the server's: it
/// closes its listening instance when `stop` is answered.
#[cfg(windows)]
pub struct Lock {
    _held: File,
    _user: File,
    lock_path: PathBuf,
}

#[cfg(windows)]
impl Lock {
    /// Whether the lock file is still there (Windows keeps an open file
    /// from being replaced; a removed folder means a new session).
    pub fn still_ours(&self) -> bool {
        self.lock_path.is_file()
    }

    /// Nothing to take away here: the pipe's listening instance closes
    /// with `stop`'s answer (`server::spawn`), or with the process.
    pub fn stopping(&self) {}
}

#[cfg(windows)]
pub fn acquire(runtime_dir: &Path, user_lock: &Path) -> Result<Instance, String> {
    use super::pipe;
    let fail = |what: &str, e: std::io::Error| format!("{what} {}: {e}", runtime_dir.display());
    runtime::ensure(runtime_dir).map_err(|e| format!("cannot use the runtime folder: {e}"))?;
    let sid = pipe::my_sid().map_err(|e| format!("cannot tell which user runs this: {e}"))?;
    let name = pipe::pipe_name(&sid, runtime_dir);
    let lock_path = runtime_dir.join(LOCK);
    let mut lock =
        runtime::open_lock(&lock_path).map_err(|e| fail("cannot open the lock in", e))?;
    // Holding the lock with nobody listening: stopping (or just
    // starting). Wait for it, briefly.
    if !lock_runtime(&lock, || !pipe::listening(&name)).map_err(|e| fail("cannot lock", e))? {
        return Ok(running(&lock_path));
    }
    let Some(mut user) = lock_user(user_lock)? else {
        return Ok(running(user_lock));
    };
    let listener = pipe::PipeListener::bind_first(&name, &sid)
        .map_err(|e| format!("cannot listen on {name}: {e}"))?;
    for file in [&mut lock, &mut user] {
        let _ = file
            .set_len(0)
            .and_then(|_| writeln!(file, "{}", std::process::id()));
    }
    Ok(Instance::Primary {
        lock: Lock {
            _held: lock,
            _user: user,
            lock_path,
        },
        listener: Listening {
            listener,
            name,
            sid,
        },
    })
}
