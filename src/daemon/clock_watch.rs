//! Hears the wall clock being set (by hand, by NTP stepping it, a zone's
//! machine moved) without looking at it every minute: on Linux a timer on
//! the real-time clock armed with `TFD_TIMER_CANCEL_ON_SET` is cancelled by
//! the kernel whenever the clock jumps, which wakes a thread blocked on it
//! and, through it, the loop (whose scheduler then sees the wall clock
//! apart from the monotonic one). On Windows the session's window hears
//! `WM_TIMECHANGE`, which Windows broadcasts whenever the clock is set
//! (`session_window`). Elsewhere nothing is heard, and the loop keeps its
//! minutely wake.
//!
//! Under the fake clock (`SECOND_HEART_FAKE_NOW`, tests) the system clock
//! is not the daemon's clock: the jump file (`clock::FAKE_JUMP_VAR`) is,
//! and a change to it is heard through inotify (on Windows, a change
//! notification on its folder) instead.

use std::sync::mpsc::Sender;

use super::Event;

/// Starts the watch; whether clock changes will be heard.
#[cfg(target_os = "linux")]
pub fn spawn(events: Sender<Event>) -> bool {
    if let Some(file) = crate::clock::fake_jump_file() {
        return watch_file(file, events);
    }
    let Some(timer) = Timer::arm() else {
        return false;
    };
    std::thread::Builder::new()
        .name("clock-watch".into())
        .stack_size(64 * 1024)
        .spawn(move || {
            let mut timer = timer;
            loop {
                // Blocks until the clock is set (ECANCELED); the timer
                // itself is set for the end of time.
                if !timer.wait_cancelled() {
                    return;
                }
                if events.send(Event::ClockChanged).is_err() {
                    return;
                }
                match Timer::arm() {
                    Some(t) => timer = t,
                    None => return,
                }
            }
        })
        .is_ok()
}

#[cfg(windows)]
pub fn spawn(events: Sender<Event>) -> bool {
    if let Some(file) = crate::clock::fake_jump_file() {
        let Some(dir) = file.parent().map(|d| d.to_path_buf()) else {
            return false;
        };
        return super::folder_watch::spawn(vec![dir], move || {
            events.send(Event::ClockChanged).is_ok()
        });
    }
    super::session_window::shared(&events).is_some_and(|w| w.broadcasts)
}

#[cfg(not(any(target_os = "linux", windows)))]
pub fn spawn(_events: Sender<Event>) -> bool {
    false
}

/// A timerfd on CLOCK_REALTIME, absolute, far in the future, cancelled
/// when the clock is set.
#[cfg(target_os = "linux")]
struct Timer(std::os::fd::OwnedFd);

#[cfg(target_os = "linux")]
impl Timer {
    fn arm() -> Option<Timer> {
        use std::os::fd::FromRawFd;
        // SAFETY: plain system calls on a descriptor this function owns;
        // the itimerspec is fully initialised.
        unsafe {
            let fd = libc::timerfd_create(libc::CLOCK_REALTIME, libc::TFD_CLOEXEC);
            if fd < 0 {
                return None;
            }
            let fd = std::os::fd::OwnedFd::from_raw_fd(fd);
            let spec = libc::itimerspec {
                it_interval: libc::timespec {
                    tv_sec: 0,
                    tv_nsec: 0,
                },
                // Year 2200 or so: never, in practice; far below overflow.
                it_value: libc::timespec {
                    tv_sec: 7_258_118_400,
                    tv_nsec: 0,
                },
            };
            let flags = libc::TFD_TIMER_ABSTIME | libc::TFD_TIMER_CANCEL_ON_SET;
            use std::os::fd::AsRawFd;
            if libc::timerfd_settime(fd.as_raw_fd(), flags, &spec, std::ptr::null_mut()) != 0 {
                return None;
            }
            Some(Timer(fd))
        }
    }

    /// Waits; true when the clock was set, false on any other end.
    fn wait_cancelled(&mut self) -> bool {
        use std::os::fd::AsRawFd;
        let mut expirations = 0u64;
        loop {
            // SAFETY: reads 8 bytes into a u64 from a descriptor we own.
            let n = unsafe {
                libc::read(
                    self.0.as_raw_fd(),
                    (&mut expirations as *mut u64).cast(),
                    std::mem::size_of::<u64>(),
                )
            };
            if n >= 0 {
                // Expired (the year 2200): nothing to report; wait again.
                continue;
            }
            match std::io::Error::last_os_error().raw_os_error() {
                Some(libc::ECANCELED) => return true,
                Some(libc::EINTR) => continue,
                _ => return false,
            }
        }
    }
}

/// The fake clock's jump file: any change to it is a clock change.
#[cfg(target_os = "linux")]
fn watch_file(file: std::path::PathBuf, events: Sender<Event>) -> bool {
    use rustix::fs::inotify::{self, WatchFlags};
    let Some(dir) = file.parent().map(|d| d.to_path_buf()) else {
        return false;
    };
    let Ok(fd) = inotify::init(inotify::CreateFlags::CLOEXEC) else {
        return false;
    };
    let flags = WatchFlags::CLOSE_WRITE | WatchFlags::MOVED_TO | WatchFlags::CREATE;
    if inotify::add_watch(&fd, &dir, flags).is_err() {
        return false;
    }
    std::thread::Builder::new()
        .name("clock-watch".into())
        .stack_size(64 * 1024)
        .spawn(move || {
            let mut buf = [0u8; 1024];
            while rustix::io::read(&fd, &mut buf).is_ok() {
                if events.send(Event::ClockChanged).is_err() {
                    break;
                }
            }
        })
        .is_ok()
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn the_timer_arms_and_waits_without_firing() {
        let timer = Timer::arm().expect("timerfd with TFD_TIMER_CANCEL_ON_SET");
        use std::os::fd::AsRawFd;
        let mut fds = [libc::pollfd {
            fd: timer.0.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        }];
        // Nothing to read while the clock is left alone.
        // SAFETY: one pollfd, fully initialised.
        let ready = unsafe { libc::poll(fds.as_mut_ptr(), 1, 50) };
        assert_eq!(ready, 0);
    }
}
