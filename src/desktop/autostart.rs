//! Starting the daemon at login: `$XDG_CONFIG_HOME/autostart/second-heart.desktop`
//! (usually `~/.config/autostart`) running `"<this program>" daemon`.
//! Turning it on writes our entry atomically; turning it off removes it. An
//! entry of ours that a desktop's settings hid (`Hidden=true` or
//! `X-GNOME-Autostart-enabled=false`) counts as off. A file at that path
//! that we did not write (no `X-Second-Heart-Entry` key) is never changed:
//! we say so and leave it to the user.

use std::path::{Path, PathBuf};

use super::entry::{self, MARKER};

/// Where the autostart entry goes and which program it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Autostart {
    pub path: PathBuf,
    pub exe: PathBuf,
}

/// What is at the autostart path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// No file.
    Off,
    /// Our entry, active; what it runs (empty if its Exec line is unreadable).
    On { argv: Vec<String> },
    /// Our entry, hidden by the user or their desktop's settings.
    Hidden,
    /// A file we did not write; `hidden` if it says `Hidden=true`.
    Foreign { hidden: bool },
}

impl Autostart {
    /// The entry under `config_home` (i.e. `$XDG_CONFIG_HOME`) for `exe`.
    pub fn new(config_home: &Path, exe: PathBuf) -> Autostart {
        Autostart {
            path: config_home.join("autostart").join(super::ENTRY_FILE),
            exe,
        }
    }

    /// The user's entry for the running program.
    pub fn from_env() -> Result<Autostart, String> {
        Ok(Autostart::new(
            &super::config_home()?,
            super::current_exe()?,
        ))
    }

    /// The Exec value our entry has: this program with `daemon`.
    pub fn exec_value(&self) -> Result<String, String> {
        let exe = self.exe.to_str().ok_or_else(|| {
            format!(
                "this program's path {} is not UTF-8; a desktop entry cannot name it",
                self.exe.display()
            )
        })?;
        Ok(entry::exec_value(&[exe, "daemon"]))
    }

    pub fn status(&self) -> Result<Status, String> {
        let text = match std::fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Status::Off),
            Err(e) => return Err(format!("cannot read {}: {e}", self.path.display())),
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

    /// Whether our entry starts the daemon at login.
    pub fn is_enabled(&self) -> Result<bool, String> {
        Ok(matches!(self.status()?, Status::On { .. }))
    }

    /// Writes our entry (replacing an older or hidden one of ours).
    pub fn enable(&self) -> Result<(), String> {
        if let Status::Foreign { .. } = self.status()? {
            return Err(self.foreign());
        }
        let text = entry::autostart(&self.exec_value()?);
        super::write_atomic(&self.path, text.as_bytes())
    }

    /// Removes our entry; returns whether there was one.
    pub fn disable(&self) -> Result<bool, String> {
        match self.status()? {
            Status::Off | Status::Foreign { hidden: true } => Ok(false),
            Status::Foreign { hidden: false } => Err(self.foreign()),
            Status::On { .. } | Status::Hidden => super::remove(&self.path),
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
        let path = self.path.display();
        match status {
            Status::Off => format!("Off: no {path}."),
            Status::On { argv } => {
                let mut text = format!("On: {path} starts {} at login.", shown(argv));
                if argv.first().map(Path::new) != Some(self.exe.as_path()) {
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

/// An argv for people: arguments with spaces in double quotes.
pub fn shown(argv: &[String]) -> String {
    if argv.is_empty() {
        return "an unreadable Exec line".into();
    }
    argv.iter()
        .map(|a| {
            if a.is_empty() || a.contains(char::is_whitespace) {
                format!("\"{a}\"")
            } else {
                a.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
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
        assert_eq!(names, ["second-heart.desktop"]);
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
