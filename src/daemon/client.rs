//! Talking to a running daemon over its socket, once the folder and the
//! socket have been checked to be this user's.

use std::io::{BufRead, BufReader, ErrorKind, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::Duration;

use crate::core::Via;
use crate::protocol::{self, Reply, Request, ResponseLine};
use crate::service::Failure;
use crate::store::runtime;

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
    let unusable = |e: std::io::Error| {
        if e.kind() == ErrorKind::NotFound {
            Asked::NotRunning
        } else {
            Asked::Unusable(e.to_string())
        }
    };
    if let Err(e) = runtime::check(runtime_dir) {
        return Ok(unusable(e));
    }
    let path = runtime_dir.join(SOCKET);
    if let Err(e) = runtime::check_socket(&path) {
        return Ok(unusable(e));
    }
    let mut stream = match UnixStream::connect(&path) {
        Ok(s) => s,
        Err(e) if e.kind() == ErrorKind::ConnectionRefused => return Ok(Asked::NotRunning),
        Err(e) => {
            return Ok(unusable(std::io::Error::new(
                e.kind(),
                format!("cannot reach the daemon at {}: {e}", path.display()),
            )));
        }
    };
    let talk = |stream: &mut UnixStream| -> std::io::Result<String> {
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
    let response: ResponseLine = serde_json::from_str(&line)
        .map_err(|e| Failure::other(format!("the daemon answered something unreadable: {e}")))?;
    if response.ok {
        response
            .reply
            .map(Asked::Answered)
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
