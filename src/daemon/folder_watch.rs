//! Folder changes on Windows, for `watch` (the daemon's folders) and
//! `clock_watch` (the fake clock's jump file): a thread waits on one
//! change notification per folder (`FindFirstChangeNotificationW`) and
//! costs nothing while nothing changes. It only wakes the loop, which works
//! out what changed itself, as on Linux; so the notification needs no
//! details of what changed (`ReadDirectoryChangesW` would read them into a
//! buffer only to throw them away).
//!
//! A folder not made yet is watched through its nearest existing parent
//! until it appears ([`targets`], tested everywhere), as on Linux.

use std::path::{Path, PathBuf};

/// The folders to wait on for `dirs`: each one that exists, and for each
/// one that does not, its nearest existing parent; each folder once.
pub fn targets(dirs: &[PathBuf], is_dir: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = Vec::new();
    for dir in dirs {
        if let Some(target) = dir.ancestors().find(|a| is_dir(a))
            && !out.iter().any(|o| o == target)
        {
            out.push(target.to_path_buf());
        }
    }
    out
}

#[cfg(windows)]
pub use windows::spawn;

#[cfg(windows)]
mod windows {
    use std::os::windows::ffi::OsStrExt;
    use std::path::{Path, PathBuf};

    use windows_sys::Win32::Foundation::{FALSE, HANDLE, INVALID_HANDLE_VALUE, WAIT_OBJECT_0};
    use windows_sys::Win32::Storage::FileSystem::{
        FILE_NOTIFY_CHANGE_DIR_NAME, FILE_NOTIFY_CHANGE_FILE_NAME, FILE_NOTIFY_CHANGE_LAST_WRITE,
        FILE_NOTIFY_CHANGE_SIZE, FindCloseChangeNotification, FindFirstChangeNotificationW,
        FindNextChangeNotification,
    };
    use windows_sys::Win32::System::Threading::{INFINITE, WaitForMultipleObjects};

    use super::targets;

    /// One folder's change notification.
    struct Notification(HANDLE);

    // SAFETY: a kernel handle, usable from any thread.
    unsafe impl Send for Notification {}

    impl Notification {
        fn new(dir: &Path) -> Option<Notification> {
            let wide: Vec<u16> = dir.as_os_str().encode_wide().chain([0]).collect();
            // Files made, removed, renamed (an atomic replace), written.
            let filter = FILE_NOTIFY_CHANGE_FILE_NAME
                | FILE_NOTIFY_CHANGE_DIR_NAME
                | FILE_NOTIFY_CHANGE_LAST_WRITE
                | FILE_NOTIFY_CHANGE_SIZE;
            // SAFETY: a NUL-terminated path.
            let handle = unsafe { FindFirstChangeNotificationW(wide.as_ptr(), FALSE, filter) };
            (handle != INVALID_HANDLE_VALUE && !handle.is_null()).then_some(Notification(handle))
        }
    }

    impl Drop for Notification {
        fn drop(&mut self) {
            // SAFETY: a notification handle this value made.
            unsafe { FindCloseChangeNotification(self.0) };
        }
    }

    fn watch_all(dirs: &[PathBuf]) -> Vec<Notification> {
        targets(dirs, Path::is_dir)
            .iter()
            .filter_map(|d| Notification::new(d))
            // WaitForMultipleObjects takes at most 64 handles.
            .take(64)
            .collect()
    }

    /// Calls `changed` after each change in `dirs` until it returns false.
    /// Whether the watch runs.
    pub fn spawn(dirs: Vec<PathBuf>, mut changed: impl FnMut() -> bool + Send + 'static) -> bool {
        let mut watching = watch_all(&dirs);
        if watching.is_empty() {
            return false;
        }
        std::thread::Builder::new()
            .name("watch".into())
            .stack_size(64 * 1024)
            .spawn(move || {
                loop {
                    let handles: Vec<HANDLE> = watching.iter().map(|n| n.0).collect();
                    // SAFETY: handles owned by `watching`, alive across the wait.
                    let woke = unsafe {
                        WaitForMultipleObjects(
                            handles.len() as u32,
                            handles.as_ptr(),
                            FALSE,
                            INFINITE,
                        )
                    };
                    let Some(which) = woke
                        .checked_sub(WAIT_OBJECT_0)
                        .filter(|i| (*i as usize) < handles.len())
                    else {
                        return;
                    };
                    if !changed() {
                        return;
                    }
                    let missing = dirs.iter().any(|d| !d.is_dir());
                    // SAFETY: a notification handle owned by `watching`.
                    let rearmed =
                        unsafe { FindNextChangeNotification(handles[which as usize]) } != 0;
                    // A folder made or removed moves what is waited on.
                    if !rearmed || missing || targets(&dirs, Path::is_dir).len() != watching.len() {
                        watching = watch_all(&dirs);
                        if watching.is_empty() {
                            return;
                        }
                    }
                }
            })
            .is_ok()
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use std::sync::mpsc;
        use std::time::Duration;

        /// A real folder under Wine or Windows: a file written in it wakes
        /// the watch, and so does a watched folder that did not exist being
        /// made, and then a file in it.
        #[test]
        fn changes_in_a_folder_and_in_one_made_later_are_heard() {
            let root = std::env::temp_dir().join(format!("sh-watch-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&root);
            std::fs::create_dir_all(&root).unwrap();
            let later = root.join("data").join("second-heart");
            let (tx, rx) = mpsc::channel();
            assert!(spawn(vec![root.clone(), later.clone()], move || tx
                .send(())
                .is_ok()));
            let wait = || rx.recv_timeout(Duration::from_secs(5));
            let drain = || while rx.recv_timeout(Duration::from_millis(300)).is_ok() {};
            std::fs::write(root.join("history.jsonl"), "{}\n").unwrap();
            wait().expect("a file written in the folder");
            drain();
            std::fs::create_dir_all(&later).unwrap();
            wait().expect("the missing folder made");
            drain();
            std::fs::write(later.join("state.json"), "{}").unwrap();
            wait().expect("a file written in the folder made later");
            drain();
            // Nobody listens: the next change ends the watch, which lets go
            // of the folders so they can be removed.
            drop(rx);
            std::fs::write(root.join("stop"), "").unwrap();
            std::thread::sleep(Duration::from_millis(300));
            std::fs::remove_dir_all(&root).unwrap();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn existing_folders_are_watched_and_missing_ones_through_a_parent() {
        let roaming = PathBuf::from("C:").join("Users").join("me").join("Roaming");
        let exists = |p: &Path| roaming.starts_with(p);
        let dirs = [
            roaming.clone(),
            roaming.join("Second Heart").join("data"),
            roaming.join("Second Heart").join("config"),
        ];
        assert_eq!(targets(&dirs, exists), std::slice::from_ref(&roaming));
    }

    #[test]
    fn each_folder_is_watched_once_and_nothing_when_nothing_exists() {
        let dirs = [
            PathBuf::from("/a/b"),
            PathBuf::from("/a/b"),
            PathBuf::from("/a/c"),
        ];
        let exists = |p: &Path| p == Path::new("/a/b") || p == Path::new("/a");
        assert_eq!(
            targets(&dirs, exists),
            [PathBuf::from("/a/b"), PathBuf::from("/a")]
        );
        assert!(targets(&dirs, |_| false).is_empty());
    }
}
