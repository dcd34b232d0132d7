//! The text of our .desktop files, per the Desktop Entry Specification
//! (1.5; the files say `Version=1.4`, the newest Debian 12's validator
//! knows, and use nothing newer):
//! the launcher entry (also checked in as
//! `assets/io.github.secondheart.SecondHeart.desktop`, which the packages
//! install) and
//! the autostart entry, with Exec lines quoted so that any path works
//! (spaces, quotes, `$`, `%`, backslashes), and a reader for both: the keys
//! of the `[Desktop Entry]` group and an Exec line back into its argv.

/// A key only our files carry, naming which of ours it is. A file at our
/// path without it is someone else's and is left alone.
pub const MARKER: &str = "X-Second-Heart-Entry";

/// The window's app id: Wayland app_id and the X11 WM_CLASS class name
/// (`gui::run` sets it with `with_app_id`): the application ID, so that
/// desktops match the window to its launcher and icon.
pub const WM_CLASS: &str = super::APP_ID;

/// The launcher entry (applications menu) running `exec` (an Exec value
/// from [`exec_value`]).
pub fn launcher(exec: &str) -> String {
    format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Version=1.4\n\
         Name=Second Heart\n\
         GenericName=Movement Reminder\n\
         Comment=Reminders for short calf-muscle-pump sessions while you sit\n\
         Exec={exec}\n\
         Icon={icon}\n\
         Terminal=false\n\
         Categories=Utility;Accessibility;\n\
         Keywords=calf;legs;exercise;break;reminder;sitting;circulation;posture;\n\
         StartupNotify=true\n\
         StartupWMClass={WM_CLASS}\n\
         X-KDE-Wayland-Interfaces=org_kde_plasma_window_management\n\
         {MARKER}=launcher\n",
        icon = super::APP_ID
    )
}

/// The autostart entry: runs `exec` (an Exec value from [`exec_value`]) at
/// login, hidden from menus.
pub fn autostart(exec: &str) -> String {
    format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Version=1.4\n\
         Name=Second Heart reminders\n\
         Comment=Starts the Second Heart background reminders at login\n\
         Exec={exec}\n\
         Icon={icon}\n\
         Terminal=false\n\
         NoDisplay=true\n\
         X-GNOME-Autostart-enabled=true\n\
         {MARKER}=autostart\n",
        icon = super::APP_ID
    )
}

/// Characters that force an argument into double quotes.
const RESERVED: &[char] = &[
    ' ', '\t', '\n', '"', '\'', '\\', '>', '<', '~', '|', '&', ';', '$', '*', '?', '#', '(', ')',
    '`',
];

/// Inside double quotes these are preceded by a backslash.
const QUOTED_ESCAPES: &[char] = &['"', '`', '$', '\\'];

/// One argument as the Exec key's quoting rules want it (before the general
/// string escaping): `%` doubled; quoted with `"`, `` ` ``, `$`, `\`
/// backslash-escaped if it is empty or has a reserved character.
pub fn quote_arg(arg: &str) -> String {
    let arg = arg.replace('%', "%%");
    if !arg.is_empty() && !arg.contains(RESERVED) {
        return arg;
    }
    let mut out = String::with_capacity(arg.len() + 2);
    out.push('"');
    for c in arg.chars() {
        if QUOTED_ESCAPES.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// The general escaping of string values: `\` `\n` `\t` `\r`, and a leading
/// space as `\s`.
pub fn escape_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for (i, c) in value.chars().enumerate() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            ' ' if i == 0 => out.push_str("\\s"),
            c => out.push(c),
        }
    }
    out
}

/// Undoes [`escape_value`]. Unknown escapes are kept as they are.
pub fn unescape_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('s') => out.push(' '),
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// The Exec value (as written in the file) that runs exactly `argv`.
pub fn exec_value(argv: &[&str]) -> String {
    let line: Vec<String> = argv.iter().map(|a| quote_arg(a)).collect();
    escape_value(&line.join(" "))
}

/// An Exec value (as written in the file) back into its argv: the general
/// unescaping, then the quoting rules, then `%%`. Other field codes and
/// reserved characters outside quotes are errors: our files have none.
pub fn parse_exec(value: &str) -> Result<Vec<String>, String> {
    let line = unescape_value(value);
    let mut argv = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        while chars.next_if(|c| *c == ' ' || *c == '\t').is_some() {}
        let Some(first) = chars.next() else { break };
        let mut arg = String::new();
        if first == '"' {
            loop {
                match chars.next() {
                    Some('"') => break,
                    Some('\\') => match chars.next() {
                        Some(c) if QUOTED_ESCAPES.contains(&c) => arg.push(c),
                        other => {
                            return Err(format!(
                                "`\\{}` inside quotes: only \\\" \\` \\$ \\\\ are allowed",
                                other.map(String::from).unwrap_or_default()
                            ));
                        }
                    },
                    Some(c) => arg.push(c),
                    None => return Err("unterminated quote".into()),
                }
            }
            if chars.peek().is_some_and(|c| *c != ' ' && *c != '\t') {
                return Err("a quote must end its argument".into());
            }
        } else {
            let mut c = first;
            loop {
                if RESERVED.contains(&c) {
                    return Err(format!("`{c}` outside quotes"));
                }
                arg.push(c);
                match chars.next_if(|c| *c != ' ' && *c != '\t') {
                    Some(next) => c = next,
                    None => break,
                }
            }
        }
        argv.push(field_codes(&arg)?);
    }
    if argv.is_empty() {
        return Err("no program".into());
    }
    Ok(argv)
}

fn field_codes(arg: &str) -> Result<String, String> {
    let mut out = String::with_capacity(arg.len());
    let mut chars = arg.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('%') => out.push('%'),
            Some(code) => return Err(format!("field code %{code}")),
            None => return Err("a lone % at the end".into()),
        }
    }
    Ok(out)
}

/// The raw value of `key` in the `[Desktop Entry]` group (the first group of
/// a desktop file), if it is there.
pub fn get(text: &str, key: &str) -> Option<String> {
    let mut in_group = false;
    for line in text.lines() {
        let line = line.trim_start();
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if line.starts_with('[') {
            in_group = line.trim_end() == "[Desktop Entry]";
            continue;
        }
        if !in_group {
            continue;
        }
        if let Some((k, v)) = line.split_once('=')
            && k.trim_end() == key
        {
            return Some(v.trim_start().to_owned());
        }
    }
    None
}

/// A boolean key: `Some(true)` only for `true`.
pub fn get_bool(text: &str, key: &str) -> Option<bool> {
    get(text, key).map(|v| v.trim() == "true")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(argv: &[&str]) -> String {
        let value = exec_value(argv);
        assert_eq!(parse_exec(&value).unwrap(), argv, "value: {value}");
        value
    }

    #[test]
    fn a_plain_path_is_not_quoted() {
        assert_eq!(
            round_trip(&["/usr/bin/second-heart", "daemon"]),
            "/usr/bin/second-heart daemon"
        );
    }

    #[test]
    fn a_path_with_spaces_is_quoted() {
        assert_eq!(
            round_trip(&["/home/a b/My Apps/second-heart", "daemon"]),
            "\"/home/a b/My Apps/second-heart\" daemon"
        );
    }

    #[test]
    fn quotes_dollars_backticks_and_backslashes_are_escaped_twice_over() {
        // Quoting gives "/x \"q\" \$HOME \`id\` a\\b"; the general string
        // escaping then doubles every backslash.
        assert_eq!(
            round_trip(&[r#"/x "q" $HOME `id` a\b"#]),
            r#""/x \\"q\\" \\$HOME \\`id\\` a\\\\b""#
        );
    }

    #[test]
    fn percent_is_doubled_quoted_or_not() {
        assert_eq!(round_trip(&["/opt/100%/sh", "50%"]), "/opt/100%%/sh 50%%");
        assert_eq!(round_trip(&["/opt/100 %/sh"]), "\"/opt/100 %%/sh\"");
    }

    #[test]
    fn other_reserved_characters_and_empty_arguments_are_quoted() {
        assert_eq!(
            round_trip(&["/a'b/~c;d&e|f<g>h*i?j#k(l)", ""]),
            "\"/a'b/~c;d&e|f<g>h*i?j#k(l)\" \"\""
        );
    }

    #[test]
    fn tabs_newlines_and_unicode_survive() {
        let value = round_trip(&["/tmp/é\tx\ny/ü prog", "daemon"]);
        assert!(!value.contains('\n') && !value.contains('\t'), "{value}");
    }

    #[test]
    fn the_reader_rejects_what_the_spec_does_not_allow() {
        assert!(parse_exec("/bin/a$b").is_err());
        assert!(parse_exec("\"/bin/a").is_err());
        assert!(parse_exec("/bin/app %U").is_err());
        assert!(parse_exec("\"a\"b").is_err());
        assert!(parse_exec("  ").is_err());
    }

    #[test]
    fn the_launcher_asset_is_the_generated_entry() {
        let asset = include_str!("../../assets/io.github.secondheart.SecondHeart.desktop");
        assert_eq!(launcher(&exec_value(&["second-heart"])), asset);
        // With a real path only the Exec line differs.
        let real = launcher(&exec_value(&["/opt/my apps/second-heart"]));
        let differing: Vec<_> = real
            .lines()
            .zip(asset.lines())
            .filter(|(a, b)| a != b)
            .collect();
        assert_eq!(
            differing,
            [("Exec=\"/opt/my apps/second-heart\"", "Exec=second-heart")]
        );
        assert_eq!(real.lines().count(), asset.lines().count());
    }

    #[test]
    fn keys_are_read_from_the_desktop_entry_group_only() {
        let text = "# c\n[Desktop Entry]\nName=A\nHidden = true\n[Desktop Action x]\nExec=no\n";
        assert_eq!(get(text, "Name").as_deref(), Some("A"));
        assert_eq!(get_bool(text, "Hidden"), Some(true));
        assert_eq!(get(text, "Exec"), None);
        let ours = autostart(&exec_value(&["/a b/second-heart", "daemon"]));
        assert_eq!(get(&ours, MARKER).as_deref(), Some("autostart"));
        assert_eq!(
            parse_exec(&get(&ours, "Exec").unwrap()).unwrap(),
            ["/a b/second-heart", "daemon"]
        );
    }
}
