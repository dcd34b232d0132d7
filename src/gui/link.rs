//! How the window reaches the daemon: requests over its socket, starting
//! it when none runs, and a subscription to its changes. Behind traits so
//! the views can be tested against the real command code without a socket.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::core::Via;
use crate::daemon::client;
use crate::protocol::{Push, Reply, Request};
use crate::service::Failure;

/// What the window needs from the daemon.
pub trait Link {
    /// `Ok(None)`: the daemon is not running.
    fn request(&mut self, request: &Request) -> Result<Option<Reply>, Failure>;
    /// Starts the daemon in the background.
    fn start(&mut self) -> Result<(), String>;
    /// How to hear of the daemon's changes, from a thread of the window's
    /// own (`gui::feed`). `None`: the window asks once a minute instead.
    fn follower(&self) -> Option<Box<dyn Follow>> {
        None
    }
}

/// Opens subscriptions to the daemon's changes.
pub trait Follow: Send {
    /// `Ok(None)`: no daemon runs. `Err`: it runs but will not be followed
    /// (an older version, say).
    fn subscribe(&mut self) -> Result<Option<Box<dyn Pushes>>, Failure>;
}

/// An open subscription.
pub trait Pushes: Send {
    /// Waits for the next push; `None` when the subscription has ended.
    fn next_push(&mut self) -> Option<Push>;
}

impl Pushes for client::Subscription {
    fn next_push(&mut self) -> Option<Push> {
        client::Subscription::next_push(self)
    }
}

/// The real daemon's changes, over its socket.
pub struct SocketFollow {
    pub runtime_dir: PathBuf,
}

impl Follow for SocketFollow {
    fn subscribe(&mut self) -> Result<Option<Box<dyn Pushes>>, Failure> {
        Ok(client::subscribe(&self.runtime_dir, Via::Window)?
            .map(|s| Box::new(s) as Box<dyn Pushes>))
    }
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

    fn follower(&self) -> Option<Box<dyn Follow>> {
        Some(Box::new(SocketFollow {
            runtime_dir: self.runtime_dir.clone(),
        }))
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
        // The daemon binary beside this one (without the window's code).
        let argv = crate::desktop::programs::daemon_argv(&exe);
        let mut cmd = Command::new(&argv[0]);
        cmd.args(&argv[1..])
            .stdin(Stdio::null())
            .stdout(log.try_clone().map_err(|e| e.to_string())?)
            .stderr(log);
        // Its own process group: closing the window must not stop it.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
        // No console of its own, and not in the window's console group.
        #[cfg(windows)]
        std::os::windows::process::CommandExt::creation_flags(
            &mut cmd,
            crate::desktop::programs::DETACHED,
        );
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
