//! Talking to a running daemon over its socket.

use std::io::{BufRead, BufReader, ErrorKind, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::Duration;

use crate::core::Via;
use crate::protocol::{self, Reply, Request, ResponseLine};
use crate::service::Failure;

pub const SOCKET: &str = "daemon.sock";

/// Sends one request. `Ok(None)`: no daemon is running (the caller works on
/// the files instead).
pub fn send(runtime_dir: &Path, request: &Request) -> Result<Option<Reply>, Failure> {
    send_as(runtime_dir, request, Via::Cli)
}

/// `send`, saying who asks (recorded with the sessions it creates).
pub fn send_as(runtime_dir: &Path, request: &Request, via: Via) -> Result<Option<Reply>, Failure> {
    let path = runtime_dir.join(SOCKET);
    let mut stream = match UnixStream::connect(&path) {
        Ok(s) => s,
        Err(e) if matches!(e.kind(), ErrorKind::NotFound | ErrorKind::ConnectionRefused) => {
            return Ok(None);
        }
        Err(e) => {
            return Err(Failure::other(format!(
                "cannot reach the daemon at {}: {e}",
                path.display()
            )));
        }
    };
    let talk = |stream: &mut UnixStream| -> std::io::Result<String> {
        stream.set_read_timeout(Some(Duration::from_secs(20)))?;
        stream.set_write_timeout(Some(Duration::from_secs(5)))?;
        stream.write_all(protocol::request_line(request, via).as_bytes())?;
        stream.write_all(b"\n")?;
        let mut line = String::new();
        BufReader::new(stream).read_line(&mut line)?;
        Ok(line)
    };
    let line =
        talk(&mut stream).map_err(|e| Failure::other(format!("the daemon did not answer: {e}")))?;
    let response: ResponseLine = serde_json::from_str(&line)
        .map_err(|e| Failure::other(format!("the daemon answered something unreadable: {e}")))?;
    if response.ok {
        response
            .reply
            .map(Some)
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
