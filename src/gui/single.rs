//! One window at a time: the first window holds a lock and listens on a
//! socket; a second launch finds the lock taken, asks the first to come to
//! the front, and exits. Both live in the checked runtime folder.

use std::fs::{self, File, TryLockError};
use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::Path;
use std::time::Duration;

use crate::store::runtime;

pub const SOCKET: &str = "window.sock";

pub enum Window {
    /// We are the window; `raise` gets a message whenever another launch
    /// asks us to come to the front.
    First { lock: File, listener: UnixListener },
    /// Another window was asked to come to the front.
    Raised,
}

pub fn claim(runtime_dir: &Path) -> Result<Window, String> {
    let fail = |what: &str, e: std::io::Error| format!("{what} {}: {e}", runtime_dir.display());
    runtime::ensure(runtime_dir).map_err(|e| format!("cannot use the runtime folder: {e}"))?;
    let lock = runtime::open_lock(&runtime_dir.join("window.lock"))
        .map_err(|e| fail("cannot open the window lock in", e))?;
    let socket = runtime_dir.join(SOCKET);
    match lock.try_lock() {
        Ok(()) => {
            let _ = fs::remove_file(&socket);
            let listener = UnixListener::bind(&socket).map_err(|e| fail("cannot listen in", e))?;
            let _ = fs::set_permissions(&socket, fs::Permissions::from_mode(0o600));
            Ok(Window::First { lock, listener })
        }
        Err(TryLockError::WouldBlock) => {
            runtime::check_socket(&socket)
                .map_err(|e| fail("cannot reach the open window in", e))?;
            let mut stream = UnixStream::connect(&socket)
                .map_err(|e| fail("cannot reach the open window in", e))?;
            let _ = stream.set_read_timeout(Some(Duration::from_secs(3)));
            stream
                .write_all(b"raise\n")
                .map_err(|e| fail("cannot reach the open window in", e))?;
            let mut ack = String::new();
            let _ = stream.read_to_string(&mut ack);
            Ok(Window::Raised)
        }
        Err(TryLockError::Error(e)) => Err(fail("cannot lock", e)),
    }
}

/// Calls `raise` for every "come to the front" from a later launch.
pub fn listen(listener: UnixListener, raise: impl Fn() + Send + 'static) {
    let _ = std::thread::Builder::new()
        .name("window-raise".into())
        .spawn(move || {
            for mut stream in listener.incoming().flatten() {
                let mut line = [0u8; 16];
                let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
                if stream
                    .read(&mut line)
                    .is_ok_and(|n| line[..n].starts_with(b"raise"))
                {
                    raise();
                    let _ = stream.write_all(b"ok\n");
                }
            }
        });
}
