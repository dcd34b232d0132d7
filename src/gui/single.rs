//! One window at a time: the first window holds a lock and listens on a
//! socket; a second launch finds the lock taken, asks the first to come to
//! the front, and exits. Both live in the checked runtime folder (on
//! Windows the socket is a named pipe beside the daemon's, with the same
//! ACL: `daemon::pipe`).

#[cfg(unix)]
use std::fs;
use std::fs::{File, TryLockError};
use std::io::{Read, Write};
#[cfg(unix)]
use std::os::unix::fs::PermissionsExt;
#[cfg(unix)]
use std::os::unix::net::{UnixListener as Listener, UnixStream};
use std::path::Path;
use std::time::Duration;

#[cfg(windows)]
use crate::daemon::pipe::PipeListener as Listener;
use crate::store::runtime;

pub const SOCKET: &str = "window.sock";

pub enum Window {
    /// We are the window; `raise` gets a message whenever another launch
    /// asks us to come to the front.
    First { lock: File, listener: Listener },
    /// Another window was asked to come to the front.
    Raised,
}

pub fn claim(runtime_dir: &Path) -> Result<Window, String> {
    let fail = |what: &str, e: std::io::Error| format!("{what} {}: {e}", runtime_dir.display());
    runtime::ensure(runtime_dir).map_err(|e| format!("cannot use the runtime folder: {e}"))?;
    let lock = runtime::open_lock(&runtime_dir.join("window.lock"))
        .map_err(|e| fail("cannot open the window lock in", e))?;
    #[cfg(windows)]
    {
        use crate::daemon::pipe;
        let sid = pipe::my_sid().map_err(|e| fail("cannot tell who runs the window in", e))?;
        let name = format!("{}-window", pipe::pipe_name(&sid, runtime_dir));
        match lock.try_lock() {
            Ok(()) => {
                let listener =
                    Listener::bind_first(&name, &sid).map_err(|e| fail("cannot listen in", e))?;
                Ok(Window::First { lock, listener })
            }
            Err(TryLockError::WouldBlock) => {
                let stream = pipe::connect(&name, &sid, Duration::from_secs(3))
                    .map_err(|e| fail("cannot reach the open window in", e))?;
                let _ = stream.set_read_timeout(Some(Duration::from_secs(3)));
                raise(stream).map_err(|e| fail("cannot reach the open window in", e))
            }
            Err(TryLockError::Error(e)) => Err(fail("cannot lock", e)),
        }
    }
    #[cfg(unix)]
    let socket = runtime_dir.join(SOCKET);
    #[cfg(unix)]
    match lock.try_lock() {
        Ok(()) => {
            let _ = fs::remove_file(&socket);
            let listener = Listener::bind(&socket).map_err(|e| fail("cannot listen in", e))?;
            let _ = fs::set_permissions(&socket, fs::Permissions::from_mode(0o600));
            Ok(Window::First { lock, listener })
        }
        Err(TryLockError::WouldBlock) => {
            runtime::check_socket(&socket)
                .map_err(|e| fail("cannot reach the open window in", e))?;
            let stream = UnixStream::connect(&socket)
                .map_err(|e| fail("cannot reach the open window in", e))?;
            let _ = stream.set_read_timeout(Some(Duration::from_secs(3)));
            raise(stream).map_err(|e| fail("cannot reach the open window in", e))
        }
        Err(TryLockError::Error(e)) => Err(fail("cannot lock", e)),
    }
}

/// Asks the open window to come to the front, and waits (as long as the
/// stream's read timeout) for it to say it did.
fn raise(mut stream: impl Read + Write) -> std::io::Result<Window> {
    stream.write_all(b"raise\n")?;
    let mut ack = String::new();
    let _ = stream.read_to_string(&mut ack);
    Ok(Window::Raised)
}

/// Calls `raise` for every "come to the front" from a later launch.
#[cfg_attr(unix, allow(unused_mut))]
pub fn listen(mut listener: Listener, raise: impl Fn() + Send + 'static) {
    let _ = std::thread::Builder::new()
        .name("window-raise".into())
        .spawn(move || {
            #[cfg(unix)]
            let incoming = listener.incoming().flatten();
            #[cfg(windows)]
            let incoming = std::iter::from_fn(|| listener.accept().ok());
            for mut stream in incoming {
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
