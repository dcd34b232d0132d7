//! Desktop integration: the login autostart entry that starts the daemon
//! (an XDG autostart entry, or the Windows Run key: `autostart`), and on
//! Linux and other XDG desktops the launcher entry and icons
//! (`install-desktop`). The text of the entries is built in `entry` (pure);
//! the files are written atomically and never over someone else's file. On
//! Windows the Start-menu shortcut and icon come from the MSI
//! (packaging/windows), so `install-desktop` says it is for XDG desktops
//! only, there and on macOS.

pub mod app_id;
pub mod autostart;
pub mod daemon_log;
pub mod entry;
pub mod install;
pub mod launcher;
pub mod programs;
#[cfg(windows)]
mod registry;

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The application's one reverse-DNS ID: the desktop entries' file name
/// (launcher and autostart), the icons' name, the AppStream metainfo id
/// (`assets/<id>.metainfo.xml`), the notifications' `desktop-entry` hint
/// and the window's Wayland app_id / X11 WM_CLASS, so that desktops tie
/// them all to one app.
pub const APP_ID: &str = "io.github.secondheart.SecondHeart";

/// The file name both entries use: `<APP_ID>.desktop`.
pub const ENTRY_FILE: &str = "io.github.secondheart.SecondHeart.desktop";

/// The file name (and icon name) versions before the application ID used.
/// What we wrote under it is recognised by its marker key (icons by their
/// bytes) and removed when the new one is written or on uninstall, so an
/// upgrade leaves no second launcher or autostart entry.
pub const LEGACY_NAME: &str = "second-heart";

/// Whether this platform follows the XDG desktop specifications.
pub const SUPPORTED: bool = cfg!(all(unix, not(target_os = "macos")));

/// What the commands say on a platform without XDG desktops.
pub const UNSUPPORTED: &str =
    "desktop entries and autostart are for Linux and other XDG desktops only";

/// `$XDG_CONFIG_HOME`, or `~/.config` when it is unset, empty or relative.
pub fn config_home() -> Result<PathBuf, String> {
    xdg_dir("XDG_CONFIG_HOME", ".config")
}

/// `$XDG_DATA_HOME`, or `~/.local/share` when it is unset, empty or relative.
pub fn data_home() -> Result<PathBuf, String> {
    xdg_dir("XDG_DATA_HOME", ".local/share")
}

fn xdg_dir(var: &str, fallback: &str) -> Result<PathBuf, String> {
    if !SUPPORTED {
        return Err(UNSUPPORTED.into());
    }
    if let Some(dir) = std::env::var_os(var).map(PathBuf::from)
        && dir.is_absolute()
    {
        return Ok(dir);
    }
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .filter(|h| h.is_absolute())
        .ok_or_else(|| format!("cannot find {var} or the home directory (is HOME set?)"))?;
    Ok(home.join(fallback))
}

/// The running program, as the Exec lines should start it. Errors say why.
pub fn current_exe() -> Result<PathBuf, String> {
    std::env::current_exe().map_err(|e| format!("cannot find this program's path: {e}"))
}

/// Writes `bytes` to `path` atomically: a temporary file beside it, synced,
/// then renamed over it. Creates the directory. Errors name the path.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let fail = |what: &str, e: io::Error| format!("cannot {what} {}: {e}", path.display());
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)
        .map_err(|e| format!("cannot create the directory {}: {e}", dir.display()))?;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let written = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()
    })();
    if let Err(e) = written.and_then(|()| std::fs::rename(&tmp, path)) {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail("write", e));
    }
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// `LEGACY_NAME` with `ext`, e.g. `second-heart.desktop`.
pub fn legacy_file(ext: &str) -> String {
    format!("{LEGACY_NAME}.{ext}")
}

/// Removes `path`; a file that is already gone is not an error. Returns
/// whether there was one.
pub fn remove(path: &Path) -> Result<bool, String> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(format!("cannot remove {}: {e}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_entry_file_is_named_after_the_application_id() {
        assert_eq!(ENTRY_FILE, format!("{APP_ID}.desktop"));
        assert_eq!(entry::WM_CLASS, APP_ID);
    }
}
