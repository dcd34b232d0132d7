//! Starting the daemon at login on Windows: the value "Second Heart" under
//! `HKCU\Software\Microsoft\Windows\CurrentVersion\Run`, whose command line
//! runs `second-heart-daemon.exe` beside this program (a windows-subsystem
//! program: no console at login), or `"<this program>" daemon` where there
//! is none. The user's own key: no administrator rights, no other user's
//! login touched. A value of that name that does not start our daemon is
//! never changed. When the user turns the entry off in Task Manager's
//! "Startup apps", Windows records it under `StartupApproved\Run`: that
//! counts as off (`Hidden`), and `autostart on` clears the record so the
//! entry runs again.

use std::path::{Path, PathBuf};

use super::run_value::{self, APPROVED_KEY, RUN_KEY, VALUE_NAME};
use super::{Status, shown};
use crate::desktop::registry;

/// Where the autostart entry goes and which program it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Autostart {
    /// The entry's place, for messages: `HKCU\...\Run\Second Heart`.
    pub path: PathBuf,
    pub exe: PathBuf,
    /// The Run key (another key in tests) and Task Manager's record's key.
    run_key: String,
    approved_key: String,
}

impl Autostart {
    /// The user's Run entry for `exe`.
    pub fn new(exe: PathBuf) -> Autostart {
        Autostart::under(RUN_KEY, APPROVED_KEY, exe)
    }

    /// An entry under other keys of HKCU (for tests).
    pub fn under(run_key: &str, approved_key: &str, exe: PathBuf) -> Autostart {
        Autostart {
            path: PathBuf::from(format!(r"HKCU\{run_key}\{VALUE_NAME}")),
            exe,
            run_key: run_key.into(),
            approved_key: approved_key.into(),
        }
    }

    /// The user's entry for the running program.
    pub fn from_env() -> Result<Autostart, String> {
        Ok(Autostart::new(crate::desktop::current_exe()?))
    }

    /// What our entry runs: the daemon program beside this program, or
    /// this program with `daemon`.
    pub fn argv(&self) -> Vec<PathBuf> {
        crate::desktop::programs::daemon_argv(&self.exe)
    }

    /// The command line our entry has ([`Autostart::argv`]).
    pub fn command_line(&self) -> Result<String, String> {
        let argv = self.argv();
        let argv = argv
            .iter()
            .map(|a| {
                a.to_str().ok_or_else(|| {
                    format!("this program's path {} is not valid Unicode", a.display())
                })
            })
            .collect::<Result<Vec<&str>, String>>()?;
        Ok(run_value::command_line(&argv))
    }

    /// What the entry is: none, ours (on or turned off), or someone else's.
    pub fn status(&self) -> Result<Status, String> {
        let line = registry::get_string(&self.run_key, VALUE_NAME).map_err(|e| e.to_string())?;
        let Some(line) = line else {
            return Ok(Status::Off);
        };
        let approved =
            registry::get_binary(&self.approved_key, VALUE_NAME).map_err(|e| e.to_string())?;
        let hidden = run_value::turned_off(approved.as_deref());
        let argv = run_value::split(&line);
        Ok(match (run_value::is_ours(&argv), hidden) {
            (false, hidden) => Status::Foreign { hidden },
            (true, true) => Status::Hidden,
            (true, false) => Status::On { argv },
        })
    }

    /// Whether our entry starts the daemon at login.
    pub fn is_enabled(&self) -> Result<bool, String> {
        Ok(matches!(self.status()?, Status::On { .. }))
    }

    /// Writes our entry (replacing an older or turned-off one of ours).
    pub fn enable(&self) -> Result<(), String> {
        if let Status::Foreign { .. } = self.status()? {
            return Err(self.foreign());
        }
        let line = self.command_line()?;
        registry::set_string(&self.run_key, VALUE_NAME, &line).map_err(|e| e.to_string())?;
        // Task Manager's "Disabled" would keep it from running.
        registry::delete(&self.approved_key, VALUE_NAME).map_err(|e| e.to_string())?;
        Ok(())
    }

    /// Removes our entry; returns whether there was one.
    pub fn disable(&self) -> Result<bool, String> {
        Ok(!self.disable_all()?.is_empty())
    }

    /// Removes our entry and Task Manager's record of it; returns the
    /// places removed.
    pub fn disable_all(&self) -> Result<Vec<PathBuf>, String> {
        match self.status()? {
            Status::Off | Status::Foreign { hidden: true } => Ok(Vec::new()),
            Status::Foreign { hidden: false } => Err(self.foreign()),
            Status::On { .. } | Status::Hidden => {
                let removed =
                    registry::delete(&self.run_key, VALUE_NAME).map_err(|e| e.to_string())?;
                registry::delete(&self.approved_key, VALUE_NAME).map_err(|e| e.to_string())?;
                Ok(match removed {
                    true => vec![self.path.clone()],
                    false => Vec::new(),
                })
            }
        }
    }

    fn foreign(&self) -> String {
        format!(
            "{} does not start Second Heart's daemon, so it is left as it is; \
             remove it (Task Manager, Startup apps; or regedit) to let Second Heart manage autostart",
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
                "Off: {path} is ours but turned off in Task Manager's Startup apps; \
                 `autostart on` turns it back on."
            ),
            Status::Foreign { hidden } => format!(
                "{}: {path} was not written by Second Heart; it is left alone.",
                if *hidden { "Off" } else { "Unknown" }
            ),
        }
    }
}

/// Under Wine (or Windows): the real registry calls, on a test key.
#[cfg(test)]
mod tests {
    use super::*;

    fn at(test: &str) -> Autostart {
        let root = format!(r"Software\SecondHeartTests\{test}-{}", std::process::id());
        Autostart::under(
            &format!(r"{root}\Run"),
            &format!(r"{root}\Approved"),
            PathBuf::from(r"C:\Program Files\Second Heart\second-heart.exe"),
        )
    }

    #[test]
    fn enable_status_and_disable_through_the_registry() {
        let a = at("cycle");
        assert_eq!(a.status().unwrap(), Status::Off);
        a.enable().unwrap();
        let line = registry::get_string(&a.run_key, VALUE_NAME)
            .unwrap()
            .unwrap();
        // No daemon program beside this made-up path: `second-heart.exe daemon`.
        assert_eq!(
            line,
            r#""C:\Program Files\Second Heart\second-heart.exe" daemon"#
        );
        assert_eq!(
            a.status().unwrap(),
            Status::On {
                argv: vec![a.exe.display().to_string(), "daemon".into()]
            }
        );
        // Task Manager's "Disabled" is off; turning it on clears it.
        write_approved(&a, &[3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(a.status().unwrap(), Status::Hidden);
        a.enable().unwrap();
        assert!(a.is_enabled().unwrap());
        assert_eq!(a.disable_all().unwrap(), std::slice::from_ref(&a.path));
        assert_eq!(a.status().unwrap(), Status::Off);
        assert!(!a.disable().unwrap(), "nothing left to remove");
    }

    #[test]
    fn someone_elses_value_is_never_changed() {
        let a = at("foreign");
        let theirs = r"C:\tools\my-script.cmd";
        registry::set_string(&a.run_key, VALUE_NAME, theirs).unwrap();
        assert_eq!(a.status().unwrap(), Status::Foreign { hidden: false });
        let e = a.enable().unwrap_err();
        assert!(e.contains("left as it is"), "{e}");
        assert!(a.disable().is_err());
        assert_eq!(
            registry::get_string(&a.run_key, VALUE_NAME)
                .unwrap()
                .as_deref(),
            Some(theirs)
        );
        registry::delete(&a.run_key, VALUE_NAME).unwrap();
    }

    /// Task Manager's record is a REG_BINARY: written here with the one
    /// raw call the tests need.
    fn write_approved(a: &Autostart, bytes: &[u8]) {
        use windows_sys::Win32::System::Registry::{
            HKEY_CURRENT_USER, REG_BINARY, RegSetKeyValueW,
        };
        let wide = |s: &str| s.encode_utf16().chain(Some(0)).collect::<Vec<u16>>();
        // SAFETY: valid NUL-terminated strings and a byte buffer of that length.
        let status = unsafe {
            RegSetKeyValueW(
                HKEY_CURRENT_USER,
                wide(&a.approved_key).as_ptr(),
                wide(VALUE_NAME).as_ptr(),
                REG_BINARY,
                bytes.as_ptr().cast(),
                bytes.len() as u32,
            )
        };
        assert_eq!(status, 0);
    }
}
