//! The connections that asked to hear of changes (`subscribe`): open
//! windows. Held and written by the scheduler loop itself, so a push goes
//! out in the same turn as the change, with no thread per window.
//!
//! A push is one short line written without blocking: a window that stopped
//! reading (its socket buffer full) or went away (the write fails) is
//! dropped, and sees the end of its connection if it ever reads again.

use std::io::{ErrorKind, Write};

use super::Connection;
use crate::protocol::{self, Push, Reply};

/// Most subscribers at once (open windows; normally one). Closed ones are
/// pruned before a new one is refused.
pub const MAX_SUBSCRIBERS: usize = 16;

#[derive(Default)]
pub struct Subscribers {
    streams: Vec<Connection>,
}

impl Subscribers {
    /// Answers a `subscribe` with `generation` and keeps the connection.
    pub fn add(&mut self, mut stream: Connection, generation: u64) {
        self.streams.retain(still_open);
        if self.streams.len() >= MAX_SUBSCRIBERS {
            let refused = protocol::error_line(1, "too many windows are following the daemon");
            let _ = stream.set_write_timeout(Some(std::time::Duration::from_secs(1)));
            let _ = stream.write_all(format!("{refused}\n").as_bytes());
            return;
        }
        if stream.set_nonblocking(true).is_err() {
            return;
        }
        let answer = protocol::ok_line(Reply::Subscribed { generation });
        if write_line(&mut stream, &answer) {
            self.streams.push(stream);
        }
    }

    /// Tells every subscriber; drops those that cannot take it.
    pub fn push(&mut self, push: Push) {
        let line = protocol::push_line(push);
        self.streams.retain_mut(|s| write_line(s, &line));
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.streams.len()
    }

    #[cfg(test)]
    pub fn is_empty(&self) -> bool {
        self.streams.is_empty()
    }
}

/// Writes a whole line at once, or reports that the subscriber is lost: a
/// partial line would garble the next one.
fn write_line(stream: &mut Connection, line: &str) -> bool {
    let bytes = format!("{line}\n");
    loop {
        match stream.write(bytes.as_bytes()) {
            Ok(n) => return n == bytes.len(),
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(_) => return false,
        }
    }
}

/// A subscriber never writes after its request: a read that finds the end
/// of the stream means the window has gone.
#[cfg(windows)]
fn still_open(stream: &Connection) -> bool {
    stream.available().is_some()
}

/// A subscriber never writes after its request: a read that finds the end
/// of the stream means the window has gone.
#[cfg(unix)]
fn still_open(stream: &Connection) -> bool {
    use std::os::fd::AsRawFd;
    let mut byte = 0u8;
    // SAFETY: a valid descriptor owned by `stream`, and a one-byte buffer.
    let n = unsafe {
        libc::recv(
            stream.as_raw_fd(),
            (&mut byte as *mut u8).cast(),
            1,
            libc::MSG_PEEK | libc::MSG_DONTWAIT,
        )
    };
    match n {
        0 => false,
        n if n > 0 => true,
        _ => std::io::Error::last_os_error().kind() == ErrorKind::WouldBlock,
    }
}

#[cfg(all(test, unix))]
mod tests {
    use std::io::{BufRead, BufReader};
    use std::os::unix::net::UnixStream;

    use super::*;

    fn read_line(r: &mut BufReader<UnixStream>) -> String {
        let mut line = String::new();
        r.read_line(&mut line).unwrap();
        line
    }

    #[test]
    fn subscribers_get_the_answer_then_each_push_and_the_gone_are_dropped() {
        let mut subs = Subscribers::default();
        let (ours, theirs) = UnixStream::pair().unwrap();
        subs.add(ours, 7);
        let mut window = BufReader::new(theirs);
        assert_eq!(
            read_line(&mut window),
            "{\"v\":1,\"ok\":true,\"reply\":{\"kind\":\"subscribed\",\"generation\":7}}\n"
        );
        subs.push(Push::Changed { generation: 8 });
        assert_eq!(
            protocol::parse_push(read_line(&mut window).trim_end()),
            Push::Changed { generation: 8 }
        );
        assert_eq!(subs.len(), 1);
        drop(window);
        subs.push(Push::Stopping);
        assert!(
            subs.is_empty(),
            "a closed window is dropped at the next push"
        );
    }

    #[test]
    fn closed_subscribers_make_room_and_a_full_house_is_refused() {
        let mut subs = Subscribers::default();
        let mut kept = Vec::new();
        for _ in 0..MAX_SUBSCRIBERS {
            let (ours, theirs) = UnixStream::pair().unwrap();
            subs.add(ours, 0);
            kept.push(theirs);
        }
        let (ours, theirs) = UnixStream::pair().unwrap();
        subs.add(ours, 0);
        let mut refused = BufReader::new(theirs);
        assert!(read_line(&mut refused).contains("too many windows"));
        assert_eq!(subs.len(), MAX_SUBSCRIBERS);
        // One window closes: the next one is taken.
        drop(kept.pop());
        let (ours, theirs) = UnixStream::pair().unwrap();
        subs.add(ours, 0);
        assert!(read_line(&mut BufReader::new(theirs)).contains("subscribed"));
        assert_eq!(subs.len(), MAX_SUBSCRIBERS);
    }

    #[test]
    fn a_window_that_stops_reading_is_dropped_not_waited_for() {
        let mut subs = Subscribers::default();
        let (ours, _theirs) = UnixStream::pair().unwrap();
        subs.add(ours, 0);
        // Never read: the socket buffer fills, and the push must not block.
        for g in 0..200_000 {
            subs.push(Push::Changed { generation: g });
            if subs.is_empty() {
                return;
            }
        }
        panic!("a subscriber that never reads was kept");
    }
}
