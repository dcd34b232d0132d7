//! Fonts for the scripts egui's bundled fonts lack: Japanese and Chinese.
//! The system's own are used, found through fontconfig (`fc-list`, asked
//! for a font that has the language's common characters), or from the
//! usual folder on Windows; they are added as a fallback, so Latin text
//! keeps the bundled font. Loaded only when the language needs them: a
//! CJK font is several megabytes.
//!
//! When none is found the window still works, with boxes for the missing
//! glyphs; the README names the package to install.

use std::path::PathBuf;

use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
use egui::{Context, FontData, FontFamily, Id};

use crate::core::locale::Language;

/// Characters every font for the language must have ("あ水曜", "星期三这").
fn sample(language: Language) -> Option<&'static [char]> {
    match language {
        Language::Japanese => Some(&['あ', 'ア', '水', '曜', '日']),
        Language::ChineseSimplified => Some(&['星', '期', '三', '这', '钟']),
        _ => None,
    }
}

/// Families known to be good for the language, best first (fontconfig's).
#[cfg(unix)]
const PREFERRED: [&str; 8] = [
    "Noto Sans CJK",
    "Source Han Sans",
    "Noto Sans JP",
    "Noto Sans SC",
    "WenQuanYi",
    "IPAGothic",
    "IPAexGothic",
    "Droid Sans Fallback",
];

/// Adds the fallback font `language` needs, once per window.
pub fn follow(ctx: &Context, language: Language) {
    let Some(chars) = sample(language) else {
        return;
    };
    let key = Id::unique(("cjk-font", language.tag()));
    if ctx.data(|d| d.get_temp::<bool>(key)).is_some() {
        return;
    }
    let found = find(chars);
    ctx.data_mut(|d| d.insert_temp(key, found.is_some()));
    let Some((path, index)) = found else {
        eprintln!(
            "second-heart: no font for {} found; install one (Debian, Ubuntu: fonts-noto-cjk)",
            language.native_name()
        );
        return;
    };
    let Ok(bytes) = std::fs::read(&path) else {
        return;
    };
    let mut data = FontData::from_owned(bytes);
    data.index = index;
    let families = [FontFamily::Proportional, FontFamily::Monospace]
        .into_iter()
        .map(|family| InsertFontFamily {
            family,
            priority: FontPriority::Lowest,
        })
        .collect();
    ctx.add_font(FontInsert::new(
        &format!("system-{}", language.tag()),
        data,
        families,
    ));
}

/// A font file (and face in it) with all of `chars`.
#[cfg(unix)]
fn find(chars: &[char]) -> Option<(PathBuf, u32)> {
    let charset: Vec<String> = chars.iter().map(|c| format!("{:x}", *c as u32)).collect();
    let out = std::process::Command::new("fc-list")
        .arg("-f")
        .arg("%{file}|%{index}|%{family}\\n")
        .arg(format!(":charset={}", charset.join(" ")))
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut fonts: Vec<(PathBuf, u32, String)> = text
        .lines()
        .filter_map(|l| {
            let mut parts = l.splitn(3, '|');
            let file = parts.next()?;
            let index = parts.next()?.parse().ok()?;
            let family = parts.next().unwrap_or_default().to_owned();
            // A variable or bitmap font egui cannot read is not offered.
            let readable = [".ttf", ".otf", ".ttc", ".otc"]
                .iter()
                .any(|e| file.to_ascii_lowercase().ends_with(e));
            readable.then(|| (PathBuf::from(file), index, family))
        })
        .collect();
    fonts.sort_by_key(|(path, index, family)| {
        let rank = PREFERRED
            .iter()
            .position(|p| family.contains(p))
            .unwrap_or(PREFERRED.len());
        // Regular weights before bold ones, then a stable order.
        let bold = path.to_string_lossy().to_ascii_lowercase().contains("bold");
        (rank, bold, path.clone(), *index)
    });
    fonts.into_iter().next().map(|(p, i, _)| (p, i))
}

/// The fonts Windows ships for the language (Yu Gothic, Microsoft YaHei).
#[cfg(not(unix))]
fn find(chars: &[char]) -> Option<(PathBuf, u32)> {
    let folder = std::env::var_os("WINDIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(r"C:\Windows"))
        .join("Fonts");
    let names: &[&str] = if chars.contains(&'あ') {
        &["YuGothM.ttc", "meiryo.ttc", "msgothic.ttc"]
    } else {
        &["msyh.ttc", "simsun.ttc"]
    };
    names
        .iter()
        .map(|n| folder.join(n))
        .find(|p| p.exists())
        .map(|p| (p, 0))
}
