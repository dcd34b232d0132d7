//! `install-desktop` / `uninstall-desktop`: the launcher entry in
//! `$XDG_DATA_HOME/applications` (running this program) and the icons
//! (built in: every PNG size in assets/icons/hicolor plus the SVG) under
//! `$XDG_DATA_HOME/icons/hicolor`, then the menu and icon caches refreshed
//! with `update-desktop-database` and `gtk-update-icon-cache` where those
//! exist (never an error when they do not). Uninstalling removes exactly
//! those files, and the autostart entry if it is ours.
//!
//! Versions before the application ID wrote the same files as
//! `second-heart.desktop` and `second-heart.png`/`.svg`. Installing or
//! uninstalling also removes those, when they are ours: the launcher by its
//! marker key, an icon only if it holds exactly our icon's bytes; so an
//! upgrade leaves one launcher in the menu, not two.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::autostart::Autostart;
use super::entry::{self, MARKER};

macro_rules! png {
    ($size:literal) => {
        (
            concat!($size, "/apps/io.github.secondheart.SecondHeart.png"),
            include_bytes!(concat!(
                "../../assets/icons/hicolor/",
                $size,
                "/apps/io.github.secondheart.SecondHeart.png"
            ))
            .as_slice(),
        )
    };
}

/// Each icon's path under `hicolor/` and its bytes.
pub const ICONS: &[(&str, &[u8])] = &[
    png!("16x16"),
    png!("32x32"),
    png!("48x48"),
    png!("64x64"),
    png!("128x128"),
    png!("256x256"),
    (
        "scalable/apps/io.github.secondheart.SecondHeart.svg",
        include_bytes!(
            "../../assets/icons/hicolor/scalable/apps/io.github.secondheart.SecondHeart.svg"
        )
        .as_slice(),
    ),
];

/// Where the launcher and icons go and which program the launcher starts.
#[derive(Clone, Debug)]
pub struct Install {
    pub data_home: PathBuf,
    pub exe: PathBuf,
}

/// What an install or uninstall did, to print.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub written: Vec<PathBuf>,
    pub removed: Vec<PathBuf>,
    /// Things left alone, caches refreshed or tools missing.
    pub notes: Vec<String>,
}

impl Install {
    pub fn new(data_home: &Path, exe: PathBuf) -> Install {
        Install {
            data_home: data_home.to_path_buf(),
            exe,
        }
    }

    pub fn from_env() -> Result<Install, String> {
        Ok(Install::new(&super::data_home()?, super::current_exe()?))
    }

    pub fn launcher_path(&self) -> PathBuf {
        self.data_home.join("applications").join(super::ENTRY_FILE)
    }

    fn hicolor(&self) -> PathBuf {
        self.data_home.join("icons/hicolor")
    }

    pub fn icon_paths(&self) -> Vec<PathBuf> {
        ICONS.iter().map(|(p, _)| self.hicolor().join(p)).collect()
    }

    /// Where versions before the application ID put the launcher.
    pub fn legacy_launcher_path(&self) -> PathBuf {
        self.data_home
            .join("applications")
            .join(super::legacy_file("desktop"))
    }

    /// Where versions before the application ID put each icon, with the
    /// bytes they wrote there (the same images under the old name).
    fn legacy_icons(&self) -> Vec<(PathBuf, &'static [u8])> {
        ICONS
            .iter()
            .map(|(p, bytes)| {
                let path = self.hicolor().join(p);
                let ext = path.extension().unwrap_or_default().to_string_lossy();
                (path.with_file_name(super::legacy_file(&ext)), *bytes)
            })
            .collect()
    }

    /// Whether the launcher file there is someone else's (exists, not ours).
    fn foreign_launcher(&self) -> Result<bool, String> {
        Ok(ours(&self.launcher_path())? == Some(false))
    }

    /// Removes what versions before the application ID installed, where it
    /// is ours; files of someone else's at those paths are noted and kept.
    fn remove_legacy(&self, report: &mut Report) -> Result<(), String> {
        let launcher = self.legacy_launcher_path();
        match ours(&launcher)? {
            Some(true) if super::remove(&launcher)? => report.removed.push(launcher),
            Some(true) => {}
            Some(false) => report.notes.push(format!(
                "{} was not written by Second Heart; left as it is",
                launcher.display()
            )),
            None => {}
        }
        for (path, bytes) in self.legacy_icons() {
            if std::fs::read(&path).is_ok_and(|b| b == bytes) && super::remove(&path)? {
                report.removed.push(path);
            }
        }
        Ok(())
    }

    pub fn install(&self) -> Result<Report, String> {
        let launcher = self.launcher_path();
        if self.foreign_launcher()? {
            return Err(format!(
                "{} was not written by Second Heart (it has no {MARKER} key), so it is left as \
                 it is; move it away and run install-desktop again",
                launcher.display()
            ));
        }
        let exe = self.exe.to_str().ok_or_else(|| {
            format!(
                "this program's path {} is not UTF-8; a desktop entry cannot name it",
                self.exe.display()
            )
        })?;
        let mut report = Report::default();
        super::write_atomic(
            &launcher,
            entry::launcher(&entry::exec_value(&[exe])).as_bytes(),
        )?;
        report.written.push(launcher);
        for ((_, bytes), path) in ICONS.iter().zip(self.icon_paths()) {
            super::write_atomic(&path, bytes)?;
            report.written.push(path);
        }
        self.remove_legacy(&mut report)?;
        self.refresh_caches(&mut report);
        Ok(report)
    }

    /// Removes what `install` wrote, and `autostart`'s entry if it is ours.
    pub fn uninstall(&self, autostart: Option<&Autostart>) -> Result<Report, String> {
        let mut report = Report::default();
        let launcher = self.launcher_path();
        if self.foreign_launcher()? {
            report.notes.push(format!(
                "{} was not written by Second Heart; left as it is",
                launcher.display()
            ));
        } else if super::remove(&launcher)? {
            report.removed.push(launcher);
        }
        for path in self.icon_paths() {
            if super::remove(&path)? {
                report.removed.push(path);
            }
        }
        self.remove_legacy(&mut report)?;
        if let Some(autostart) = autostart {
            match autostart.disable_all() {
                Ok(removed) => report.removed.extend(removed),
                Err(e) => report.notes.push(e),
            }
        }
        self.refresh_caches(&mut report);
        Ok(report)
    }

    /// Best effort: the menu database, and the icon cache if there is one
    /// (we never create one: a cache nobody refreshes would hide icons that
    /// other programs install later).
    fn refresh_caches(&self, report: &mut Report) {
        let apps = self.data_home.join("applications");
        if apps.is_dir() {
            run(
                "update-desktop-database",
                &["-q".as_ref(), apps.as_os_str()],
                report,
            );
        }
        let hicolor = self.hicolor();
        if hicolor.join("icon-theme.cache").exists() {
            run(
                "gtk-update-icon-cache",
                &[
                    "-q".as_ref(),
                    "-t".as_ref(),
                    "-f".as_ref(),
                    hicolor.as_os_str(),
                ],
                report,
            );
        }
    }
}

/// Whether the launcher at `path` is ours (has our marker key), `None` if
/// there is no file.
fn ours(path: &Path) -> Result<Option<bool>, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(
            entry::get(&text, MARKER).as_deref() == Some("launcher"),
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}

fn run(tool: &str, args: &[&std::ffi::OsStr], report: &mut Report) {
    match Command::new(tool).args(args).output() {
        Ok(out) if out.status.success() => report.notes.push(format!("ran {tool}")),
        Ok(out) => report.notes.push(format!(
            "{tool} failed ({}): {}; the desktop picks the change up at the next login",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => report.notes.push(format!(
            "{tool} is not installed; skipped (not needed on most desktops)"
        )),
        Err(e) => report.notes.push(format!("cannot run {tool}: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_icon_in_assets_is_built_in() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icons/hicolor");
        let mut on_disk = Vec::new();
        for size in std::fs::read_dir(&root).unwrap() {
            for file in std::fs::read_dir(size.unwrap().path().join("apps")).unwrap() {
                let file = file.unwrap().path();
                let rel = file.strip_prefix(&root).unwrap();
                // The table names them with '/', on every platform.
                let parts: Vec<_> = rel.iter().map(|p| p.to_string_lossy()).collect();
                on_disk.push(parts.join("/"));
            }
        }
        on_disk.sort();
        let mut built_in: Vec<String> = ICONS.iter().map(|(p, _)| p.to_string()).collect();
        built_in.sort();
        assert_eq!(built_in, on_disk);
    }

    #[test]
    fn uninstall_removes_exactly_what_install_wrote() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let install = Install::new(&data, PathBuf::from("/opt/my apps/second-heart"));
        // Something else of the user's in the same directories.
        let other = data.join("applications/other.desktop");
        std::fs::create_dir_all(other.parent().unwrap()).unwrap();
        std::fs::write(&other, "[Desktop Entry]\n").unwrap();

        let report = install.install().unwrap();
        assert_eq!(report.written.len(), 1 + ICONS.len());
        let text = std::fs::read_to_string(install.launcher_path()).unwrap();
        assert!(
            text.contains("Exec=\"/opt/my apps/second-heart\"\n"),
            "{text}"
        );
        for ((_, bytes), path) in ICONS.iter().zip(install.icon_paths()) {
            assert_eq!(std::fs::read(&path).unwrap(), *bytes);
        }
        let autostart = Autostart::new(&dir.path().join("config"), install.exe.clone());
        autostart.enable().unwrap();

        let report = install.uninstall(Some(&autostart)).unwrap();
        let mut expected = install_written(&install);
        expected.push(autostart.path.clone());
        assert_eq!(report.removed, expected);
        assert!(other.exists());
        for path in &expected {
            assert!(!path.exists(), "{}", path.display());
        }
    }

    fn install_written(install: &Install) -> Vec<PathBuf> {
        let mut paths = vec![install.launcher_path()];
        paths.extend(install.icon_paths());
        paths
    }

    #[test]
    fn someone_elses_launcher_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let install = Install::new(dir.path(), PathBuf::from("/usr/bin/second-heart"));
        let path = install.launcher_path();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, "[Desktop Entry]\nName=Mine\n").unwrap();
        let e = install.install().unwrap_err();
        assert!(e.contains(&path.display().to_string()), "{e}");
        let report = install.uninstall(None).unwrap();
        assert!(report.removed.is_empty());
        assert!(path.exists());
    }
}
