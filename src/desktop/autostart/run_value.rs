//! The text of the Windows autostart entry, without the registry: the
//! Run key's command line (built and read back with the rules Windows uses,
//! `CommandLineToArgvW`'s), whether a command line there is ours, and what
//! Task Manager's "Startup apps" switch records. Pure, so it is tested on
//! every platform; `run_key` does the registry calls.

/// The per-user key whose values Windows runs at login.
pub const RUN_KEY: &str = r"Software\Microsoft\Windows\CurrentVersion\Run";

/// Where Task Manager (and Settings > Apps > Startup) records that the
/// user turned a Run entry off, under the same value name.
pub const APPROVED_KEY: &str =
    r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run";

/// Our value's name under both keys (what Task Manager shows).
pub const VALUE_NAME: &str = "Second Heart";

/// The command line that runs exactly `argv`: the program always in double
/// quotes (a path under "Program Files" or a user name with a space must
/// not split), the arguments quoted where they need it.
pub fn command_line(argv: &[&str]) -> String {
    let mut parts = Vec::with_capacity(argv.len());
    if let Some((program, args)) = argv.split_first() {
        // Windows file names cannot contain '"', and the program's name is
        // read up to the next quote without escapes.
        parts.push(format!("\"{program}\""));
        parts.extend(args.iter().map(|a| quote(a)));
    }
    parts.join(" ")
}

/// One argument after the program, as `CommandLineToArgvW` reads it back:
/// as it is when it has no space, tab or quote; otherwise in double quotes,
/// with the backslashes before a quote (or the closing one) doubled.
pub fn quote(arg: &str) -> String {
    if !arg.is_empty() && !arg.contains([' ', '\t', '"']) {
        return arg.to_string();
    }
    let mut out = String::from('"');
    // Backslashes count only before a quote: those are doubled, and the
    // quote itself gets one more.
    let mut backslashes = 0;
    for c in arg.chars() {
        match c {
            '\\' => backslashes += 1,
            '"' => {
                out.extend(std::iter::repeat_n('\\', backslashes + 1));
                backslashes = 0;
            }
            _ => backslashes = 0,
        }
        out.push(c);
    }
    out.extend(std::iter::repeat_n('\\', backslashes));
    out.push('"');
    out
}

/// A command line back into its argv, by `CommandLineToArgvW`'s rules: the
/// program up to the closing quote (or the first blank) without escapes;
/// then blanks separate arguments, `"` toggles quoting, `""` inside quotes
/// is a quote, and backslashes count only before a quote (2n+1 of them: n
/// and a literal quote; 2n: n and a toggle).
pub fn split(line: &str) -> Vec<String> {
    let mut argv = Vec::new();
    let mut chars = line.trim_start_matches([' ', '\t']).chars().peekable();
    if chars.peek().is_none() {
        return argv;
    }
    let mut program = String::new();
    if chars.next_if_eq(&'"').is_some() {
        program.extend(chars.by_ref().take_while(|c| *c != '"'));
    } else {
        program.extend(std::iter::from_fn(|| {
            chars.next_if(|c| *c != ' ' && *c != '\t')
        }));
    }
    argv.push(program);
    loop {
        while chars.next_if(|c| *c == ' ' || *c == '\t').is_some() {}
        if chars.peek().is_none() {
            return argv;
        }
        let mut arg = String::new();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    let mut n = 1;
                    while chars.next_if_eq(&'\\').is_some() {
                        n += 1;
                    }
                    if chars.peek() == Some(&'"') {
                        arg.extend(std::iter::repeat_n('\\', n / 2));
                        if n % 2 == 1 {
                            chars.next();
                            arg.push('"');
                        }
                    } else {
                        arg.extend(std::iter::repeat_n('\\', n));
                    }
                }
                '"' if quoted && chars.peek() == Some(&'"') => {
                    chars.next();
                    arg.push('"');
                }
                '"' => quoted = !quoted,
                ' ' | '\t' if !quoted => break,
                c => arg.push(c),
            }
        }
        argv.push(arg);
    }
}

/// Whether a Run entry's argv starts Second Heart's daemon: the daemon
/// program, or the main program with `daemon`, wherever it is installed
/// (an older copy elsewhere is still ours to replace or remove). Windows
/// file names compare without case.
pub fn is_ours(argv: &[String]) -> bool {
    let name = |arg: &String| {
        arg.rsplit(['\\', '/'])
            .next()
            .unwrap_or_default()
            .to_lowercase()
    };
    match argv {
        [program] => name(program) == "second-heart-daemon.exe",
        [program, daemon] => name(program) == "second-heart.exe" && daemon == "daemon",
        _ => false,
    }
}

/// Whether Task Manager's record for an entry says "Disabled": its first
/// byte is odd (2 and 6 are enabled, 3 and 7 disabled; a timestamp of the
/// change follows). No record, or an empty one, is enabled.
pub fn turned_off(approved: Option<&[u8]>) -> bool {
    approved
        .and_then(|bytes| bytes.first())
        .is_some_and(|first| first & 1 == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_program_is_always_quoted() {
        let daemon =
            r"C:\Users\Ana Lima\AppData\Local\Programs\Second Heart\second-heart-daemon.exe";
        let line = command_line(&[daemon]);
        assert_eq!(line, format!("\"{daemon}\""));
        assert_eq!(split(&line), [daemon]);
        assert_eq!(
            command_line(&[r"C:\x\second-heart.exe", "daemon"]),
            r#""C:\x\second-heart.exe" daemon"#
        );
    }

    #[test]
    fn arguments_survive_the_round_trip() {
        let args = [
            "daemon",
            "",
            "two words",
            r"C:\a\b\",
            r"C:\with space\",
            r#"say "hi""#,
            r"back\\slash",
            r#"\"already\""#,
            "tab\there",
        ];
        for arg in args {
            let argv = [r"C:\p\second-heart.exe", arg];
            let line = command_line(&argv);
            assert_eq!(split(&line), argv, "{arg:?} as {line}");
        }
    }

    #[test]
    fn command_lines_written_by_others_are_read_as_windows_does() {
        assert_eq!(split(r"C:\x\y.exe /min"), [r"C:\x\y.exe", "/min"]);
        assert_eq!(
            split(r#"  "C:\x y\z.exe"  a  "b c" "#),
            [r"C:\x y\z.exe", "a", "b c"]
        );
        // The program's backslashes are never escapes.
        assert_eq!(split(r#""C:\dir\\" arg"#), [r"C:\dir\\", "arg"]);
        assert_eq!(split(r#"p a\\\"b"#), ["p", r#"a\"b"#]);
        assert_eq!(split(r#"p "a""b""#), ["p", r#"a"b"#]);
        assert_eq!(split(""), Vec::<String>::new());
    }

    #[test]
    fn only_our_daemon_commands_are_ours() {
        let ours = |line: &str| is_ours(&split(line));
        assert!(ours(
            r#""C:\Users\a\AppData\Local\Programs\Second Heart\second-heart-daemon.exe""#
        ));
        assert!(ours(r"D:\old\SECOND-HEART-DAEMON.EXE"));
        assert!(ours(r#""C:\p\second-heart.exe" daemon"#));
        assert!(
            !ours(r#""C:\p\second-heart.exe""#),
            "the window is not the daemon"
        );
        assert!(!ours(r#""C:\p\second-heart.exe" status"#));
        assert!(!ours(r#""C:\p\second-heart-daemon.exe" --extra"#));
        assert!(!ours(r"C:\tools\my-script.cmd"));
        assert!(!ours(""));
    }

    #[test]
    fn task_managers_switch_is_read_from_the_first_byte() {
        assert!(!turned_off(None));
        assert!(!turned_off(Some(&[])));
        assert!(!turned_off(Some(&[2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])));
        assert!(!turned_off(Some(&[6, 0, 0, 0])));
        assert!(turned_off(Some(&[3, 0, 0, 0, 0x1e, 0x7c, 0x2f, 0x9a])));
        assert!(turned_off(Some(&[7])));
    }
}
