//! The command socket: one request line in, one response line out, handed to
//! the scheduler loop as an event so that all changes happen on one thread.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

use super::Event;
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
pub fn spawn(listener: UnixListener, events: Sender<Event>) -> Option<JoinHandle<()>> {
    let address = listener.local_addr().ok();
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
                let address = address.clone();
                let spawned = std::thread::Builder::new()
                    .name("client".into())
                    .stack_size(256 * 1024)
                    .spawn(move || {
                        if !serve(stream, &events) {
                            finished.store(true, Ordering::SeqCst);
                            // Wake the accepting thread so that it ends.
                            if let Some(a) = address {
                                let _ = UnixStream::connect_addr(&a);
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

/// Answers one connection; false once the scheduler has gone or stops.
fn serve(mut stream: UnixStream, events: &Sender<Event>) -> bool {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(5)));
    let mut line = String::new();
    let mut stop = false;
    let read = BufReader::new((&stream).take(MAX_LINE as u64 + 1)).read_line(&mut line);
    let answer = match read {
        Err(e) => protocol::error_line(1, &format!("cannot read the request: {e}")),
        Ok(_) if line.len() > MAX_LINE => protocol::error_line(
            2,
            &format!("request too large (more than {MAX_LINE} bytes)"),
        ),
        Ok(_) => match protocol::parse_request(line.trim_end()) {
            Err(e) => protocol::error_line(2, &e),
            Ok((request, via)) => {
                stop = request == Request::Stop;
                let (tx, rx) = mpsc::channel();
                if events.send(Event::Request(request, via, tx)).is_err() {
                    return false;
                }
                match rx.recv_timeout(Duration::from_secs(15)) {
                    Ok(Ok(reply)) => protocol::ok_line(reply),
                    Ok(Err(f)) => protocol::error_line(f.code, &f.message),
                    Err(_) => protocol::error_line(1, "the daemon is busy; try again"),
                }
            }
        },
    };
    let _ = stream.write_all(answer.as_bytes());
    let _ = stream.write_all(b"\n");
    !stop
}
