//! The window's theme as the user chose it: follow the desktop, or always
//! light, or always dark. For desktops that do not say which they prefer
//! (no XDG portal), and for people who want the other one.

use std::fmt;
use std::str::FromStr;

/// `theme` in the preferences file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Whatever the desktop says (the XDG portal's colour scheme); dark
    /// when it says nothing.
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The spelling in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The name in the window.
    pub fn title(self) -> String {
        match self {
            Theme::System => crate::t!("theme-system"),
            Theme::Light => crate::t!("theme-light"),
            Theme::Dark => crate::t!("theme-dark"),
        }
    }
}

impl fmt::Display for Theme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Theme {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Theme::ALL
            .into_iter()
            .find(|t| t.as_str() == s.trim().to_ascii_lowercase())
            .ok_or_else(|| "not a theme: use \"system\", \"light\" or \"dark\"".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::preferences::{Preferences, parse, to_documented_toml};

    fn load(text: &str) -> Result<Preferences, Vec<crate::core::preferences::FieldError>> {
        let (raw, _) = parse(text).expect("parses");
        Preferences::from_raw(&raw)
    }

    #[test]
    fn the_theme_is_read_from_the_file_and_defaults_to_the_system() {
        assert_eq!(load("").unwrap().theme, Theme::System);
        assert_eq!(load("theme = \"light\"").unwrap().theme, Theme::Light);
        assert_eq!(load("theme = \"Dark\"").unwrap().theme, Theme::Dark);
        assert_eq!(load("theme = \"system\"").unwrap().theme, Theme::System);
    }

    #[test]
    fn a_wrong_theme_is_named_with_its_value() {
        let errors = load("theme = \"blue\"").unwrap_err();
        assert_eq!(errors.len(), 1);
        let e = errors[0].to_string();
        assert!(e.starts_with("theme = \"blue\": "), "{e}");
        assert!(e.contains("\"system\", \"light\" or \"dark\""), "{e}");
        // Not a string at all: the parser names the field.
        let err = parse("theme = 3").unwrap_err();
        assert!(err.contains("theme"), "{err}");
    }

    #[test]
    fn the_theme_is_documented_and_round_trips() {
        let p = Preferences {
            theme: Theme::Light,
            ..Default::default()
        };
        let text = to_documented_toml(&p);
        assert!(text.contains("# The window's colours"), "{text}");
        assert!(text.contains("theme = \"light\""), "{text}");
        assert_eq!(load(&text), Ok(p));
    }

    #[test]
    fn an_unknown_field_beside_the_theme_is_still_reported() {
        let (raw, unknown) = parse("theme = \"dark\"\ntheem = \"light\"").unwrap();
        assert_eq!(raw.theme.as_deref(), Some("dark"));
        assert_eq!(unknown, vec!["theem".to_owned()]);
    }
}
