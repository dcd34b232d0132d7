//! The app icon as a file, for notification servers, which take a path.
//! It goes in the checked runtime folder and is written as a new file
//! renamed into place, so a symlink planted at its name is replaced, never
//! written through.

#[cfg(unix)]
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use crate::store::{Paths, runtime};

static ICON: &[u8] =
    include_bytes!("../../assets/icons/hicolor/64x64/apps/io.github.secondheart.SecondHeart.png");

/// The icon's path, written first if it is not there (or not ours, or not
/// the icon); `None` if the runtime folder cannot be used.
pub fn icon_path() -> Option<PathBuf> {
    let paths = Paths::from_env().ok()?;
    write_in(&paths.runtime_dir).ok()
}

fn write_in(dir: &Path) -> std::io::Result<PathBuf> {
    runtime::ensure(dir)?;
    let path = dir.join("second-heart.png");
    if !is_our_icon(&path) {
        runtime::replace_file(&path, ICON)?;
    }
    Ok(path)
}

/// A regular file of ours (not a link) holding exactly the icon.
fn is_our_icon(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| {
        #[cfg(unix)]
        let ours = m.uid() == runtime::my_uid();
        // Our own AppData: nobody else writes there.
        #[cfg(windows)]
        let ours = true;
        m.file_type().is_file() && ours && m.len() == ICON.len() as u64
    }) && std::fs::read(path).ok().as_deref() == Some(ICON)
}
