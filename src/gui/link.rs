//! How the window reaches the daemon: requests over its socket, and starting
//! it when none runs. Behind a trait so the views can be tested against the
//! real command code without a socket.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::core::Via;
use crate::daemon::client;
use crate::protocol::{Reply, Request};
use crate::service::Failure;

/// What the window needs from the daemon.
pub trait Link {
    /// `Ok(None)`: the daemon is not running.
    fn request(&mut self, request: &Request) -> Result<Option<Reply>, Failure>;
    /// Starts the daemon in the background.
    fn start(&mut self) -> Result<(), String>;
}

/// The real daemon, over its socket.
pub struct SocketLink {
    pub runtime_dir: PathBuf,
    /// Where a daemon started by the window writes its log.
    pub log: PathBuf,
}

impl Link for SocketLink {
    fn request(&mut self, request: &Request) -> Result<Option<Reply>, Failure> {
        client::send_as(&self.runtime_dir, request, Via::Window)
    }

    fn start(&mut self) -> Result<(), String> {
        let exe = std::env::current_exe()
            .map_err(|e| format!("cannot find the program to start: {e}"))?;
        if let Some(dir) = self.log.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.log)
            .map_err(|e| format!("cannot open {}: {e}", self.log.display()))?;
        let mut cmd = Command::new(exe);
        cmd.arg("daemon")
            .stdin(Stdio::null())
            .stdout(log.try_clone().map_err(|e| e.to_string())?)
            .stderr(log);
        // Its own process group: closing the window must not stop it.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
        let mut child = cmd
            .spawn()
            .map_err(|e| format!("cannot start the daemon: {e}"))?;
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.request(&Request::Ping) {
                // Reap it in the background should it ever exit while we run.
                std::thread::spawn(move || child.wait());
                return Ok(());
            }
            if let Ok(Some(status)) = child.try_wait() {
                return Err(format!(
                    "the daemon exited at once ({status}); see {}",
                    self.log.display()
                ));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Err(format!(
            "the daemon did not answer within 5 s; see {}",
            self.log.display()
        ))
    }
}
