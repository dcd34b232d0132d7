//! One daemon per user: an exclusive lock on a file in the runtime directory,
//! then the command socket beside it. The kernel drops the lock when the
//! process dies, however it dies, so a crashed daemon never blocks the next.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixListener;
use std::path::Path;

use super::client::SOCKET;

pub enum Instance {
    /// We are the daemon; keep the lock for as long as we run.
    Primary { lock: File, listener: UnixListener },
    /// Another daemon runs, with this pid.
    Running { pid: Option<u32> },
}

pub fn acquire(runtime_dir: &Path) -> Result<Instance, String> {
    let fail = |what: &str, e: std::io::Error| format!("{what} {}: {e}", runtime_dir.display());
    crate::store::paths::private_dir(runtime_dir).map_err(|e| fail("cannot create", e))?;
    let lock_path = runtime_dir.join("daemon.lock");
    let mut lock = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&lock_path)
        .map_err(|e| fail("cannot open the lock in", e))?;
    match lock.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            let pid = fs::read_to_string(&lock_path)
                .ok()
                .and_then(|s| s.trim().parse().ok());
            return Ok(Instance::Running { pid });
        }
        Err(TryLockError::Error(e)) => return Err(fail("cannot lock", e)),
    }
    // Holding the lock, any socket left behind is from a dead daemon.
    let socket = runtime_dir.join(SOCKET);
    let _ = fs::remove_file(&socket);
    let listener = UnixListener::bind(&socket).map_err(|e| fail("cannot listen in", e))?;
    fs::set_permissions(&socket, fs::Permissions::from_mode(0o600))
        .map_err(|e| fail("cannot secure the socket in", e))?;
    lock.set_len(0)
        .and_then(|_| writeln!(lock, "{}", std::process::id()))
        .map_err(|e| fail("cannot write", e))?;
    Ok(Instance::Primary { lock, listener })
}
