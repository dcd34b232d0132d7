//! Starting the daemon at login on Linux and other XDG desktops:
//! `$XDG_CONFIG_HOME/autostart/io.github.secondheart.SecondHeart.desktop`
//! (usually `~/.config/autostart`) running the daemon binary beside this
//! program (`/usr/bin/second-heart-daemon` for the packaged program), or
//! `"<this program>" daemon` where there is none (`programs`).
//! Turning it on writes our entry atomically; turning it off removes it. An
//! entry of ours that a desktop's settings hid (`Hidden=true` or
//! `X-GNOME-Autostart-enabled=false`) counts as off. A file at that path
//! that we did not write (no `X-Second-Heart-Entry` key) is never changed:
//! we say so and leave it to the user.
//!
//! Versions before the application ID wrote `second-heart.desktop` there.
//! An entry of ours under that name counts as ours until the new one is
//! written (turning autostart on replaces it) or autostart is turned off
//! (which removes both), so an upgrade never starts the daemon twice.

use std::path::{Path, PathBuf};

use super::{Status, shown};
use crate::desktop::entry::{self, MARKER};

/// Where the autostart entry goes and which program it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Autostart {
    pub path: PathBuf,
    /// Where versions before the application ID wrote the entry.
    pub legacy_path: PathBuf,
    pub exe: PathBuf,
}

impl Autostart {
    /// The entry under `config_home` (i.e. `$XDG_CONFIG_HOME`) for `exe`.
    pub fn new(config_home: &Path, exe: PathBuf) -> Autostart {
        let dir = config_home.join("autostart");
        Autostart {
            path: dir.join(crate::desktop::ENTRY_FILE),
            legacy_path: dir.join(crate::desktop::legacy_file("desktop")),
            exe,
        }
    }

    /// The user's entry for the running program.
    pub fn from_env() -> Result<Autostart, String> {
        Ok(Autostart::new(
            &crate::desktop::config_home()?,
            crate::desktop::current_exe()?,
        ))
    }

    /// What our entry runs: the daemon binary beside this program, or
    /// this program with `daemon`.
    pub fn argv(&self) -> Vec<PathBuf> {
        crate::desktop::programs::daemon_argv(&self.exe)
    }

    /// The Exec value our entry has ([`Autostart::argv`]).
    pub fn exec_value(&self) -> Result<String, String> {
        let argv = self.argv();
        let argv = argv
            .iter()
            .map(|a| {
                a.to_str().ok_or_else(|| {
                    format!(
                        "this program's path {} is not UTF-8; a desktop entry cannot name it",
                        a.display()
                    )
                })
            })
            .collect::<Result<Vec<&str>, String>>()?;
        Ok(entry::exec_value(&argv))
    }

    /// What is at the entry's path; when nothing is, what an older version
    /// of ours left at the legacy path (someone else's file there is not
    /// ours to report: Off).
    pub fn status(&self) -> Result<Status, String> {
        match status_at(&self.path)? {
            Status::Off => match status_at(&self.legacy_path)? {
                Status::Foreign { .. } => Ok(Status::Off),
                legacy => Ok(legacy),
            },
            status => Ok(status),
        }
    }

    /// Whether our entry starts the daemon at login.
    pub fn is_enabled(&self) -> Result<bool, String> {
        Ok(matches!(self.status()?, Status::On { .. }))
    }

    /// Writes our entry (replacing an older or hidden one of ours, and one
    /// of ours under the legacy name).
    pub fn enable(&self) -> Result<(), String> {
        if let Status::Foreign { .. } = status_at(&self.path)? {
            return Err(self.foreign());
        }
        let text = entry::autostart(&self.exec_value()?);
        crate::desktop::write_atomic(&self.path, text.as_bytes())?;
        self.remove_legacy()?;
        Ok(())
    }

    /// Removes our entry; returns whether there was one.
    pub fn disable(&self) -> Result<bool, String> {
        Ok(!self.disable_all()?.is_empty())
    }

    /// Removes our entry, and one of ours under the legacy name; returns
    /// the paths removed.
    pub fn disable_all(&self) -> Result<Vec<PathBuf>, String> {
        let mut removed = Vec::new();
        match status_at(&self.path)? {
            Status::Off | Status::Foreign { hidden: true } => {}
            Status::Foreign { hidden: false } => return Err(self.foreign()),
            Status::On { .. } | Status::Hidden => {
                if crate::desktop::remove(&self.path)? {
                    removed.push(self.path.clone());
                }
            }
        }
        if self.remove_legacy()? {
            removed.push(self.legacy_path.clone());
        }
        Ok(removed)
    }

    /// Removes the legacy entry if it is ours; returns whether it did.
    fn remove_legacy(&self) -> Result<bool, String> {
        match status_at(&self.legacy_path)? {
            Status::On { .. } | Status::Hidden => crate::desktop::remove(&self.legacy_path),
            Status::Off | Status::Foreign { .. } => Ok(false),
        }
    }

    fn foreign(&self) -> String {
        format!(
            "{} was not written by Second Heart (it has no {MARKER} key), so it is left as it is; \
             move it away to let Second Heart manage autostart",
            self.path.display()
        )
    }

    /// One or two lines for `autostart status` and the window.
    pub fn describe(&self, status: &Status) -> String {
        // An entry of ours under the legacy name, while there is no new one.
        let legacy = !matches!(status, Status::Off)
            && std::fs::symlink_metadata(&self.path).is_err()
            && std::fs::symlink_metadata(&self.legacy_path).is_ok();
        let path = match legacy {
            true => self.legacy_path.display(),
            false => self.path.display(),
        };
        match status {
            Status::Off => format!("Off: no {path}."),
            Status::On { argv } => {
                let mut text = format!("On: {path} starts {} at login.", shown(argv));
                // Ours either way: this program (`daemon`) or the daemon
                // binary beside it.
                let first = argv.first().map(Path::new);
                if first != Some(self.exe.as_path())
                    && first != self.argv().first().map(|p| p.as_path())
                {
                    text.push_str(&format!(
                        "\nIt starts another copy than this one ({}); `second-heart autostart on` \
                         points it here.",
                        self.exe.display()
                    ));
                }
                text
            }
            Status::Hidden => format!(
                "Off: {path} is ours but hidden by your desktop's settings \
                 (Hidden=true or X-GNOME-Autostart-enabled=false); `autostart on` turns it back on."
            ),
            Status::Foreign { hidden } => format!(
                "{}: {path} was not written by Second Heart; it is left alone.",
                if *hidden { "Off" } else { "Unknown" }
            ),
        }
    }
}

/// What the file at `path` is: ours (on or hidden), someone else's, or none.
fn status_at(path: &Path) -> Result<Status, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Status::Off),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let hidden = entry::get_bool(&text, "Hidden") == Some(true)
        || entry::get(&text, "X-GNOME-Autostart-enabled").is_some_and(|v| v.trim() == "false");
    if entry::get(&text, MARKER).as_deref() != Some("autostart") {
        return Ok(Status::Foreign { hidden });
    }
    if hidden {
        return Ok(Status::Hidden);
    }
    let argv = entry::get(&text, "Exec")
        .and_then(|v| entry::parse_exec(&v).ok())
        .unwrap_or_default();
    Ok(Status::On { argv })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(dir: &Path) -> Autostart {
        Autostart::new(dir, PathBuf::from("/opt/my apps/second-heart"))
    }

    #[test]
    fn enable_disable_and_status() {
        let dir = tempfile::tempdir().unwrap();
        let a = at(dir.path());
        assert_eq!(a.status().unwrap(), Status::Off);
        a.enable().unwrap();
        assert_eq!(
            a.status().unwrap(),
            Status::On {
                argv: vec!["/opt/my apps/second-heart".into(), "daemon".into()]
            }
        );
        assert!(a.is_enabled().unwrap());
        // Enabling again rewrites it in place; no temporary files remain.
        a.enable().unwrap();
        let names: Vec<_> = std::fs::read_dir(a.path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, [crate::desktop::ENTRY_FILE]);
        assert!(a.disable().unwrap());
        assert!(!a.path.exists());
        assert!(!a.disable().unwrap(), "nothing left to remove");
    }

    #[test]
    fn an_entry_hidden_by_the_desktop_is_off_and_can_be_turned_back_on() {
        let dir = tempfile::tempdir().unwrap();
        let a = at(dir.path());
        a.enable().unwrap();
        for hide in ["Hidden=true", "X-GNOME-Autostart-enabled=false"] {
            let text = std::fs::read_to_string(&a.path)
                .unwrap()
                .replace("X-GNOME-Autostart-enabled=true\n", "")
                + hide
                + "\n";
            std::fs::write(&a.path, text).unwrap();
            assert_eq!(a.status().unwrap(), Status::Hidden, "{hide}");
            assert!(!a.is_enabled().unwrap());
            a.enable().unwrap();
            assert!(a.is_enabled().unwrap());
        }
        assert!(a.disable().unwrap());
    }

    #[test]
    fn someone_elses_file_is_never_changed() {
        let dir = tempfile::tempdir().unwrap();
        let a = at(dir.path());
        let theirs = "[Desktop Entry]\nType=Application\nName=Mine\nExec=my-script\n";
        std::fs::create_dir_all(a.path.parent().unwrap()).unwrap();
        std::fs::write(&a.path, theirs).unwrap();
        assert_eq!(a.status().unwrap(), Status::Foreign { hidden: false });
        let e = a.enable().unwrap_err();
        assert!(e.contains("not written by Second Heart"), "{e}");
        assert!(e.contains(&a.path.display().to_string()), "{e}");
        assert!(a.disable().is_err());
        assert_eq!(std::fs::read_to_string(&a.path).unwrap(), theirs);
        // Hidden: already off, so turning it off is a no-op.
        std::fs::write(&a.path, format!("{theirs}Hidden=true\n")).unwrap();
        assert!(!a.disable().unwrap());
        assert!(a.path.exists());
    }
}
