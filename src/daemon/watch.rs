//! Wakes the daemon's loop when one of its folders changes, so what others
//! write (a `done` from cron, an edited preferences file, logout removing
//! the runtime folder) is seen at once, without polling.
//!
//! On Linux a thread blocks on inotify and costs nothing while nothing
//! changes; the loop itself works out what changed (`files.rs`, and the
//! lock check in `instance.rs`); a folder not made yet is watched through
//! its nearest existing parent until it appears. On Windows a thread waits
//! on change notifications the same way (`folder_watch`). Elsewhere the
//! loop's own wake-ups (at most a minute apart) see changes.

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
    // A folder that does not exist yet is watched through its nearest
    // existing parent, until it appears: the loop then needs no minutely
    // wake to see it made (the first `done` creates the data folder).
    let watch_all = move |fd: &rustix::fd::OwnedFd, missing: &mut Vec<PathBuf>| {
        missing.retain(|dir| {
            if inotify::add_watch(fd, dir, flags).is_ok() {
                return false;
            }
            if let Some(parent) = dir.ancestors().skip(1).find(|a| a.is_dir()) {
                let _ = inotify::add_watch(fd, parent, flags);
            }
            true
        });
    };
    let mut missing = dirs;
    watch_all(&fd, &mut missing);
    let _ = std::thread::Builder::new()
        .name("watch".into())
        .stack_size(64 * 1024)
        .spawn(move || {
            let mut buf = [0u8; 4096];
            // Any event wakes the loop; a burst of them is one wake each,
            // and the loop's checks are cheap.
            while rustix::io::read(&fd, &mut buf).is_ok() {
                if !missing.is_empty() {
                    watch_all(&fd, &mut missing);
                }
                if events.send(Event::FilesChanged).is_err() {
                    break;
                }
            }
        });
}

#[cfg(windows)]
pub fn spawn(dirs: Vec<PathBuf>, events: Sender<Event>) {
    if !super::folder_watch::spawn(dirs, move || events.send(Event::FilesChanged).is_ok()) {
        super::log("no folder change notifications: changes are seen at the next wake");
    }
}

#[cfg(not(any(target_os = "linux", windows)))]
pub fn spawn(_dirs: Vec<PathBuf>, _events: Sender<Event>) {}
