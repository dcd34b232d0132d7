//! Showing what the user typed inside a message without letting it act on
//! the terminal: control characters (an escape sequence can set the window
//! title, clear the screen or hide the rest of the line) and the invisible
//! characters that reorder text come out as Rust-style escapes (`\u{1b}`,
//! `\n`), and a very long value is cut, so an error stays one readable line.

/// The longest part of a value shown; the rest becomes "…".
const MAX_CHARS: usize = 80;

/// `text` in backticks with its control characters escaped, for every
/// message that echoes user input: "unknown exercise `calf\u{1b}]0;x\u{7}`".
pub fn quote(text: &str) -> String {
    let mut out = String::from("`");
    let mut chars = text.chars();
    for c in chars.by_ref().take(MAX_CHARS) {
        push_escaped(&mut out, c);
    }
    if chars.next().is_some() {
        out.push('…');
    }
    out.push('`');
    out
}

/// A line with its control characters escaped and nothing else changed:
/// the last guard before a message reaches a terminal.
pub fn escape_controls(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        push_escaped(&mut out, c);
    }
    out
}

fn push_escaped(out: &mut String, c: char) {
    if is_unsafe(c) {
        out.extend(c.escape_default());
    } else {
        out.push(c);
    }
}

/// Characters that act on the terminal or on the order of the text around
/// them instead of showing.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped_and_the_rest_kept() {
        assert_eq!(quote("calf\u{1b}]0;x\u{7}"), r"`calf\u{1b}]0;x\u{7}`");
        assert_eq!(quote("a\nb\tc\r"), r"`a\nb\tc\r`");
        assert_eq!(quote("Wadenheben ü"), "`Wadenheben ü`");
        assert_eq!(quote("\u{9b}31m"), r"`\u{9b}31m`", "C1 CSI");
        assert_eq!(quote("abc\u{202e}def"), r"`abc\u{202e}def`");
        assert_eq!(escape_controls("x\u{1b}[2Jy"), r"x\u{1b}[2Jy");
    }

    #[test]
    fn a_long_value_is_cut() {
        let q = quote(&"9".repeat(200));
        assert_eq!(q.chars().count(), MAX_CHARS + 3);
        assert!(q.ends_with("…`"));
    }
}
