//! Wakes the daemon's loop when one of its folders changes, so what others
//! write (a `done` from cron, an edited preferences file, logout removing
//! the runtime folder) is seen at once, without polling.
//!
//! On Linux a thread blocks on inotify and costs nothing while nothing
//! changes; the loop itself works out what changed (`files.rs`, and the
//! lock check in `instance.rs`). Elsewhere, and for folders that do not
//! exist yet, the loop's own wake-ups (at most a minute apart) see changes.

use std::path::PathBuf;
use std::sync::mpsc::Sender;

use super::Event;

#[cfg(target_os = "linux")]
pub fn spawn(dirs: Vec<PathBuf>, events: Sender<Event>) {
    use rustix::fs::inotify::{self, WatchFlags};
    let Ok(fd) = inotify::init(inotify::CreateFlags::CLOEXEC) else {
        return;
    };
    let flags = WatchFlags::CLOSE_WRITE
        | WatchFlags::CREATE
        | WatchFlags::DELETE
        | WatchFlags::MOVED_FROM
        | WatchFlags::MOVED_TO
        | WatchFlags::DELETE_SELF
        | WatchFlags::MOVE_SELF;
    let mut watched = 0;
    for dir in &dirs {
        if inotify::add_watch(&fd, dir, flags).is_ok() {
            watched += 1;
        }
    }
    if watched == 0 {
        return;
    }
    let _ = std::thread::Builder::new()
        .name("watch".into())
        .stack_size(64 * 1024)
        .spawn(move || {
            let mut buf = [0u8; 4096];
            // Any event wakes the loop; a burst of them is one wake each,
            // and the loop's checks are cheap.
            while rustix::io::read(&fd, &mut buf).is_ok() {
                if events.send(Event::FilesChanged).is_err() {
                    break;
                }
            }
        });
}

#[cfg(not(target_os = "linux"))]
pub fn spawn(_dirs: Vec<PathBuf>, _events: Sender<Event>) {}
