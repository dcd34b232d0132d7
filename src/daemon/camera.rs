//! Is a camera in use? A video call leaves the keyboard and mouse alone for
//! long stretches while the person sits; a process holding a video device
//! open (`/dev/video*`) says so. Looked at only when the idle time has
//! reached the threshold, i.e. when it decides between sitting and away.

use std::fs;
use std::path::Path;

/// Whether any process of this user holds a video device open.
pub fn in_use() -> bool {
    holder(Path::new("/proc")).is_some()
}

/// The first process under `proc_root` (a /proc tree) with a video device
/// among its open files. Processes that cannot be looked into (other
/// users', gone meanwhile) are passed over.
pub fn holder(proc_root: &Path) -> Option<u32> {
    let entries = fs::read_dir(proc_root).ok()?;
    for entry in entries.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(fds) = fs::read_dir(entry.path().join("fd")) else {
            continue;
        };
        let holds = fds.flatten().any(|fd| {
            fs::read_link(fd.path())
                .is_ok_and(|target| target.to_str().is_some_and(|t| t.starts_with("/dev/video")))
        });
        if holds {
            return Some(pid);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    /// A /proc tree with processes whose open files point where told.
    fn procs(open: &[(&str, &[&str])]) -> tempfile::TempDir {
        let root = tempfile::tempdir().unwrap();
        for (pid, targets) in open {
            let fd = root.path().join(pid).join("fd");
            fs::create_dir_all(&fd).unwrap();
            for (i, target) in targets.iter().enumerate() {
                symlink(target, fd.join(i.to_string())).unwrap();
            }
        }
        fs::create_dir_all(root.path().join("self")).unwrap();
        root
    }

    #[test]
    fn a_process_holding_a_video_device_is_a_camera_in_use() {
        let root = procs(&[
            ("101", &["/dev/null", "socket:[123]"]),
            ("202", &["/dev/pts/1", "/dev/video0"]),
        ]);
        assert_eq!(holder(root.path()), Some(202));
    }

    #[test]
    fn no_video_device_open_is_no_camera() {
        let root = procs(&[("101", &["/dev/null", "/dev/dri/card0", "/tmp/video0"])]);
        assert_eq!(holder(root.path()), None);
        assert_eq!(holder(&root.path().join("missing")), None);
    }
}
