//! Talking to a running daemon over its socket, once the folder and the
//! socket have been checked to be this user's (on Windows, over its named
//! pipe, once the pipe has been checked to be this user's: `pipe`).

use std::io::{BufRead, BufReader, ErrorKind, Write};
use std::path::Path;
use std::time::Duration;

use super::Connection;
use crate::core::Via;
use crate::protocol::{self, Push, Reply, Request, ResponseLine};
use crate::service::Failure;
use crate::store::runtime;

#[cfg(unix)]
pub const SOCKET: &str = "daemon.sock";

/// What came of asking the daemon.
pub enum Asked {
    Answered(Reply),
    /// No daemon runs (no folder, no socket, or nobody listening on it).
    NotRunning,
    /// The runtime folder or the socket in it cannot be used (not ours, not
    /// private, out of reach, a path too long for a socket): nothing was
    /// sent; the reason, for a warning. The caller works on the files.
    Unusable(String),
}

/// Sends one request, saying who asks (recorded with the sessions it
/// creates). `Ok(None)`: no daemon can be reached (the caller works on the
/// files instead).
pub fn send_as(runtime_dir: &Path, request: &Request, via: Via) -> Result<Option<Reply>, Failure> {
    Ok(match ask(runtime_dir, request, via)? {
        Asked::Answered(reply) => Some(reply),
        Asked::NotRunning | Asked::Unusable(_) => None,
    })
}

/// Sends one request, after checking that the folder is private and the
/// socket ours: a socket someone else put there never hears a request.
pub fn ask(runtime_dir: &Path, request: &Request, via: Via) -> Result<Asked, Failure> {
    let mut stream = match connect(runtime_dir) {
        Ok(s) => s,
        Err(asked) => return Ok(asked),
    };
    let talk = |stream: &mut Connection| -> std::io::Result<String> {
        stream.set_read_timeout(Some(Duration::from_secs(20)))?;
        stream.set_write_timeout(Some(Duration::from_secs(5)))?;
        let mut message = protocol::request_line(request, via);
        message.push('\n');
        // A busy daemon answers at once and hangs up without reading: its
        // answer is still there to read after the write fails.
        let written = stream.write_all(message.as_bytes());
        let mut line = String::new();
        let read = BufReader::new(stream).read_line(&mut line);
        match (written, read) {
            (_, Ok(n)) if n > 0 => Ok(line),
            (Err(e), _) | (Ok(()), Err(e)) => Err(e),
            (Ok(()), Ok(_)) => Err(std::io::Error::new(
                ErrorKind::UnexpectedEof,
                "it hung up without an answer",
            )),
        }
    };
    let line =
        talk(&mut stream).map_err(|e| Failure::other(format!("the daemon did not answer: {e}")))?;
    answered(&line).map(Asked::Answered)
}

/// Reads a response line: the reply, or the daemon's refusal.
fn answered(line: &str) -> Result<Reply, Failure> {
    let response: ResponseLine = serde_json::from_str(line)
        .map_err(|e| Failure::other(format!("the daemon answered something unreadable: {e}")))?;
    if response.ok {
        response
            .reply
            .ok_or_else(|| Failure::other("the daemon answered without a reply"))
    } else {
        Err(Failure {
            code: response.code.unwrap_or(1),
            message: response
                .error
                .unwrap_or_else(|| "the daemon refused the request".into()),
        })
    }
}

/// An open subscription: the daemon's pushes, as they come.
pub struct Subscription {
    reader: BufReader<Connection>,
}

impl Subscription {
    /// Waits for the next push; `None` once the daemon has hung up.
    pub fn next_push(&mut self) -> Option<Push> {
        let mut line = String::new();
        loop {
            match self.reader.read_line(&mut line) {
                Ok(0) => return None,
                Ok(_) => return Some(protocol::parse_push(line.trim_end())),
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(_) => return None,
            }
        }
    }
}

/// Subscribes to the daemon's changes (`Ok(None)`: none runs). The
/// connection then waits without a deadline: pushes come when they come.
pub fn subscribe(runtime_dir: &Path, via: Via) -> Result<Option<Subscription>, Failure> {
    let stream = match connect(runtime_dir) {
        Ok(s) => s,
        Err(_) => return Ok(None),
    };
    let cannot = |e: std::io::Error| Failure::other(format!("the daemon did not answer: {e}"));
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .map_err(cannot)?;
    stream
        .set_write_timeout(Some(Duration::from_secs(5)))
        .map_err(cannot)?;
    let mut message = protocol::request_line(&Request::Subscribe, via);
    message.push('\n');
    (&stream).write_all(message.as_bytes()).map_err(cannot)?;
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    if reader.read_line(&mut line).map_err(cannot)? == 0 {
        return Err(cannot(ErrorKind::UnexpectedEof.into()));
    }
    match answered(&line)? {
        Reply::Subscribed { .. } => {
            reader.get_mut().set_read_timeout(None).map_err(cannot)?;
            Ok(Some(Subscription { reader }))
        }
        _ => Err(Failure::other(
            "the daemon answered a subscription with something else",
        )),
    }
}

/// Connects to the daemon's socket once the folder and the socket have
/// been checked; the error says why there is no one to ask.
#[cfg(unix)]
fn connect(runtime_dir: &Path) -> Result<Connection, Asked> {
    use std::os::unix::net::UnixStream;
    let unusable = |e: std::io::Error| {
        if e.kind() == ErrorKind::NotFound {
            Asked::NotRunning
        } else {
            Asked::Unusable(e.to_string())
        }
    };
    if let Err(e) = runtime::check(runtime_dir) {
        return Err(unusable(e));
    }
    let path = runtime_dir.join(SOCKET);
    if let Err(e) = runtime::check_socket(&path) {
        return Err(unusable(e));
    }
    match UnixStream::connect(&path) {
        Ok(s) => Ok(s),
        Err(e) if e.kind() == ErrorKind::ConnectionRefused => Err(Asked::NotRunning),
        Err(e) => Err(unusable(std::io::Error::new(
            e.kind(),
            format!("cannot reach the daemon at {}: {e}", path.display()),
        ))),
    }
}

/// Connects to the daemon's pipe, checked to be this user's; the error
/// says why there is no one to ask.
#[cfg(windows)]
fn connect(runtime_dir: &Path) -> Result<Connection, Asked> {
    use super::pipe;
    if let Err(e) = runtime::check(runtime_dir) {
        return Err(match e.kind() {
            ErrorKind::NotFound => Asked::NotRunning,
            _ => Asked::Unusable(e.to_string()),
        });
    }
    let sid = pipe::my_sid().map_err(|e| Asked::Unusable(format!("who am I? {e}")))?;
    let name = pipe::pipe_name(&sid, runtime_dir);
    match pipe::connect(&name, &sid, std::time::Duration::from_secs(2)) {
        Ok(s) => Ok(s),
        Err(e) if e.kind() == ErrorKind::NotFound => Err(Asked::NotRunning),
        Err(e) => Err(Asked::Unusable(format!(
            "cannot reach the daemon at {name}: {e}"
        ))),
    }
}
