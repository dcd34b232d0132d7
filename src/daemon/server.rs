//! The command socket: one request line in, one response line out, handed to
//! the scheduler loop as an event so that all changes happen on one thread.
//!
//! A `subscribe` request is the exception: once its line is read, its
//! connection goes to the scheduler loop (`Event::Subscribe`), which answers
//! it and writes to it whenever something changes. It then no longer takes
//! one of the places of the requests being served, nor has a deadline.

//!
//! On Windows the same requests come through the daemon's named pipe
//! (`pipe`): one instance per connection, a new one always listening.

use std::io::{ErrorKind, Read, Write};
#[cfg(unix)]
use std::os::unix::net::UnixListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::{Connection, Event};
use crate::protocol::{self, MAX_LINE, Request};

/// Most connections served at once; more get "busy" at once.
const MAX_CLIENTS: usize = 16;

/// Serves until the scheduler goes away or a `stop` has been answered (so
/// the daemon can wait for that answer to be written before it exits).
///
/// Each connection is read and answered on its own short-lived thread, so a
/// client that connects and is slow to write (or never writes) cannot hold
/// up the others; the requests themselves still run one at a time on the
/// scheduler's thread.
#[cfg(unix)]
pub fn spawn(listener: UnixListener, events: Sender<Event>) -> Option<JoinHandle<()>> {
    let address = listener.local_addr().ok();
    // Another handle on the listening socket, to wake `accept` when done
    // (connecting to wake it no longer works once the socket file is gone).
    let waker = listener.try_clone().ok().map(Arc::new);
    std::thread::Builder::new()
        .name("socket".into())
        .stack_size(256 * 1024)
        .spawn(move || {
            let finished = Arc::new(AtomicBool::new(false));
            let clients = Arc::new(AtomicUsize::new(0));
            for stream in listener.incoming() {
                if finished.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(mut stream) = stream else { continue };
                if clients.fetch_add(1, Ordering::SeqCst) >= MAX_CLIENTS {
                    clients.fetch_sub(1, Ordering::SeqCst);
                    let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
                    let busy = protocol::error_line(1, "the daemon is busy; try again");
                    let _ = stream.write_all(format!("{busy}\n").as_bytes());
                    continue;
                }
                let (events, finished, active) =
                    (events.clone(), finished.clone(), clients.clone());
                let (address, waker) = (address.clone(), waker.clone());
                let spawned = std::thread::Builder::new()
                    .name("client".into())
                    .stack_size(256 * 1024)
                    .spawn(move || {
                        let socket = address.as_ref().and_then(|a| a.as_pathname());
                        // The answer to `stop` waits for the socket to go.
                        let gone = || {
                            let Some(socket) = socket else { return };
                            let deadline = Instant::now() + Duration::from_secs(2);
                            while std::fs::symlink_metadata(socket).is_ok()
                                && Instant::now() < deadline
                            {
                                std::thread::sleep(Duration::from_millis(2));
                            }
                        };
                        if !serve(stream, &events, &gone) {
                            finished.store(true, Ordering::SeqCst);
                            // Wake the accepting thread so that it ends: on
                            // Linux, `accept` on a shut down socket returns.
                            if let Some(w) = waker {
                                use std::os::fd::AsRawFd;
                                // SAFETY: a valid descriptor, owned by `w`.
                                unsafe { libc::shutdown(w.as_raw_fd(), libc::SHUT_RDWR) };
                            }
                        }
                        active.fetch_sub(1, Ordering::SeqCst);
                    });
                if spawned.is_err() {
                    clients.fetch_sub(1, Ordering::SeqCst);
                }
            }
        })
        .ok()
}

/// How long a client has to send its request line, all of it: a client
/// that trickles (or sends nothing) loses its place after this, however it
/// spaces its bytes.
const READ_DEADLINE: Duration = Duration::from_secs(3);
/// How long writing the answer may take.
const WRITE_DEADLINE: Duration = Duration::from_secs(2);

/// Reads one request line (without its newline) before `deadline`.
fn read_request(stream: &mut Connection, deadline: Instant) -> std::io::Result<Vec<u8>> {
    let mut line = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(std::io::Error::new(
                ErrorKind::TimedOut,
                format!("no whole request within {} s", READ_DEADLINE.as_secs()),
            ));
        }
        stream.set_read_timeout(Some(left))?;
        let n = match stream.read(&mut chunk) {
            Ok(n) => n,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => continue,
            Err(e) => return Err(e),
        };
        if n == 0 {
            return Ok(line);
        }
        line.extend_from_slice(&chunk[..n]);
        if let Some(end) = line.iter().position(|&b| b == b'\n') {
            line.truncate(end);
            return Ok(line);
        }
        if line.len() > MAX_LINE {
            return Ok(line);
        }
    }
}

/// Answers one connection; false once the scheduler has gone or stops.
///
/// The answer to `stop` goes out only once the daemon has taken its socket
/// away: whoever got it and starts a new daemon at once finds this one
/// stopping (lock held, no socket), and the new one waits for the lock.
fn serve(mut stream: Connection, events: &Sender<Event>, gone: &dyn Fn()) -> bool {
    let accepted = Instant::now();
    let mut stop = false;
    let read = read_request(&mut stream, accepted + READ_DEADLINE);
    let answer = match read {
        Err(e) => protocol::error_line(1, &format!("cannot read the request: {e}")),
        Ok(line) if line.len() > MAX_LINE => protocol::error_line(
            2,
            &format!("request too large (more than {MAX_LINE} bytes)"),
        ),
        Ok(line) => match std::str::from_utf8(&line)
            .map_err(|_| "the request is not UTF-8".to_owned())
            .and_then(|l| protocol::parse_request_spoken(l.trim_end()))
        {
            Err(e) => protocol::error_line(2, &e),
            Ok((Request::Subscribe, _, _)) => {
                return events.send(Event::Subscribe(stream)).is_ok();
            }
            Ok((request, via, speech)) => {
                stop = request == Request::Stop;
                let (tx, rx) = mpsc::channel();
                if events
                    .send(Event::Request(request, via, speech, tx))
                    .is_err()
                {
                    return false;
                }
                match rx.recv_timeout(Duration::from_secs(15)) {
                    Ok(Ok(reply)) => {
                        if stop {
                            gone();
                        }
                        protocol::ok_line(reply)
                    }
                    Ok(Err(f)) => protocol::error_line(f.code, &f.message),
                    Err(_) => protocol::error_line(1, "the daemon is busy; try again"),
                }
            }
        },
    };
    let _ = stream.set_write_timeout(Some(WRITE_DEADLINE));
    let _ = stream.write_all(format!("{answer}\n").as_bytes());
    !stop
}

/// Serves the named pipe until a `stop` has been answered. Each connection
/// is its own pipe instance, read and answered on a short-lived thread as
/// on Unix. Before `stop` is answered the listening instance is closed, so
/// a daemon started by whoever got the answer finds this one stopping
/// (lock held, nobody listening) and waits for its lock.
#[cfg(windows)]
pub fn spawn(
    listening: super::instance::Listening,
    events: Sender<Event>,
) -> Option<JoinHandle<()>> {
    let super::instance::Listening {
        mut listener,
        name,
        sid,
    } = listening;
    std::thread::Builder::new()
        .name("pipe".into())
        .stack_size(256 * 1024)
        .spawn(move || {
            let finished = Arc::new(AtomicBool::new(false));
            let ended = Arc::new(AtomicBool::new(false));
            let clients = Arc::new(AtomicUsize::new(0));
            let mut failures = 0u32;
            loop {
                let stream = listener.accept();
                if finished.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(mut stream) = stream else {
                    // A pipe that cannot take clients any more (out of
                    // handles): try again, not in a tight loop.
                    failures += 1;
                    std::thread::sleep(Duration::from_millis(100 * u64::from(failures.min(50))));
                    continue;
                };
                failures = 0;
                if clients.fetch_add(1, Ordering::SeqCst) >= MAX_CLIENTS {
                    clients.fetch_sub(1, Ordering::SeqCst);
                    let busy = protocol::error_line(1, "the daemon is busy; try again");
                    let _ = stream.write_all(format!("{busy}\n").as_bytes());
                    continue;
                }
                let (events, finished, ended, active) = (
                    events.clone(),
                    finished.clone(),
                    ended.clone(),
                    clients.clone(),
                );
                let (name, sid) = (name.clone(), sid.clone());
                let spawned = std::thread::Builder::new()
                    .name("client".into())
                    .stack_size(256 * 1024)
                    .spawn(move || {
                        let gone = || {
                            finished.store(true, Ordering::SeqCst);
                            // Wake the accepting thread: it sees `finished`
                            // and closes the listening instance.
                            let _ = super::pipe::connect(&name, &sid, Duration::from_secs(1));
                            let deadline = Instant::now() + Duration::from_secs(2);
                            while !ended.load(Ordering::SeqCst) && Instant::now() < deadline {
                                std::thread::sleep(Duration::from_millis(2));
                            }
                        };
                        serve(stream, &events, &gone);
                        active.fetch_sub(1, Ordering::SeqCst);
                    });
                if spawned.is_err() {
                    clients.fetch_sub(1, Ordering::SeqCst);
                }
            }
            listener.close();
            ended.store(true, Ordering::SeqCst);
        })
        .ok()
}
