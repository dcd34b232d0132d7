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

// /proc and symlinks: Linux's way of seeing a camera in use.
#[cfg(all(test, unix))]
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

    /// A real process holding a video device node open (one made for the
    /// test, a null device under a /dev/video name), seen in the real /proc.
    /// Needs root to make the node, as in CI; elsewhere it says so and
    /// passes on the fake tree above.
    #[test]
    fn a_real_process_holding_a_video_node_is_seen() {
        if unsafe { libc::geteuid() } != 0 {
            eprintln!("not root: cannot make a device node; covered by the fake /proc tests");
            return;
        }
        let node = format!("/dev/video-second-heart-test-{}", std::process::id());
        let made = std::process::Command::new("mknod")
            .args([node.as_str(), "c", "1", "3"])
            .status()
            .unwrap();
        assert!(made.success(), "mknod {node}");
        let mut holder = std::process::Command::new("sleep")
            .arg("30")
            .stdin(fs::File::open(&node).unwrap())
            .spawn()
            .unwrap();
        // Ours is among the holders (others may hold real cameras), and
        // the daemon's question says a camera is in use.
        let ours = Path::new("/proc")
            .join(holder.id().to_string())
            .join("fd/0");
        let held = fs::read_link(&ours).is_ok_and(|t| t.to_str() == Some(node.as_str()));
        let in_use_now = in_use();
        let _ = holder.kill();
        let _ = holder.wait();
        let _ = fs::remove_file(&node);
        assert!(held, "the test's holder does not hold {node}");
        assert!(in_use_now, "a process holding {node} was not seen");
    }

    #[test]
    fn no_video_device_open_is_no_camera() {
        let root = procs(&[("101", &["/dev/null", "/dev/dri/card0", "/tmp/video0"])]);
        assert_eq!(holder(root.path()), None);
        assert_eq!(holder(&root.path().join("missing")), None);
    }
}
