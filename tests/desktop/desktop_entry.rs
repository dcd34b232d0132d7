//! The autostart and launcher entries as a user gets them: the real binary,
//! copied into a directory whose name has a space, quotes, `$` and `%`, run
//! with temporary XDG directories. Each Exec line, read back with the small
//! un-quoting parser below (written from the Desktop Entry Specification,
//! independently of the app's), gives exactly that binary's path; both
//! files pass `desktop-file-validate` (a failure, not a skip, when CI=true
//! and it is missing). Entries and icons an older version wrote under the
//! old name (`second-heart.desktop`) are replaced, never left beside the new
//! ones.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::Command as Cmd;

/// The application ID: the entries' and icons' file names.
const ID: &str = "io.github.secondheart.SecondHeart";

struct Setup {
    dir: tempfile::TempDir,
    exe: PathBuf,
}

impl Setup {
    fn new() -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let bin_dir = dir.path().join("my apps $HOME \"q\" 100%");
        fs::create_dir_all(&bin_dir).unwrap();
        let exe = bin_dir.join("second-heart");
        fs::copy(env!("CARGO_BIN_EXE_second-heart"), &exe).unwrap();
        Setup { dir, exe }
    }

    /// The daemon binary beside the copied program, as packages ship it.
    fn with_daemon_binary(self) -> Setup {
        fs::copy(
            env!("CARGO_BIN_EXE_second-heart-daemon"),
            self.exe.with_file_name("second-heart-daemon"),
        )
        .unwrap();
        self
    }

    fn config(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn run(&self, args: &[&str]) -> String {
        let out = Cmd::new(&self.exe)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.config())
            .env("XDG_DATA_HOME", self.data())
            .env("XDG_RUNTIME_DIR", self.dir.path().join("run"))
            .args(args)
            .assert()
            .success()
            .get_output()
            .clone();
        String::from_utf8(out.stdout).unwrap()
    }
}

/// The Exec value of a desktop file, as its argv: string unescaping (`\\`,
/// `\s`, `\n`, `\t`, `\r`), then the quoting rules (`\"`, `` \` ``, `\$`,
/// `\\` inside double quotes), then `%%` to `%`.
fn exec_argv(text: &str) -> Vec<String> {
    let value = text
        .lines()
        .find_map(|l| l.strip_prefix("Exec="))
        .expect("an Exec line");
    let mut line = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next().unwrap() {
                's' => line.push(' '),
                'n' => line.push('\n'),
                't' => line.push('\t'),
                'r' => line.push('\r'),
                '\\' => line.push('\\'),
                other => panic!("string escape \\{other} in {value}"),
            },
            (c, false) => line.push(c),
        }
    }
    let mut argv = Vec::new();
    let mut arg: Option<String> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                let mut quoted = String::new();
                loop {
                    match chars.next().expect("closing quote") {
                        '"' => break,
                        '\\' => quoted.push(chars.next().unwrap()),
                        c => quoted.push(c),
                    }
                }
                arg.get_or_insert_default().push_str(&quoted);
            }
            ' ' => argv.extend(arg.take()),
            c => arg.get_or_insert_default().push(c),
        }
    }
    argv.extend(arg);
    argv.into_iter().map(|a| a.replace("%%", "%")).collect()
}

/// `desktop-file-validate`'s verdict, or `None` when it is not installed
/// (outside CI).
fn validate(path: &Path) -> Option<String> {
    match Command::new("desktop-file-validate").arg(path).output() {
        Ok(out) => {
            let text = String::from_utf8_lossy(&out.stdout).into_owned()
                + &String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "{}: {text}", path.display());
            Some(text)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "desktop-file-validate is missing (Debian: desktop-file-utils; tests/setup-system.sh installs it)"
            );
            eprintln!(
                "desktop-file-validate is not installed; not validating {}",
                path.display()
            );
            None
        }
        Err(e) => panic!("cannot run desktop-file-validate: {e}"),
    }
}

#[test]
fn the_parser_here_reads_spec_examples() {
    // From the specification's rules: a literal backslash inside quotes is
    // four backslashes in the file, a dollar sign `\\$`.
    assert_eq!(
        exec_argv(r#"Exec="/a b/\\\\x \\$y \\"z\\"" %% -q"#),
        [r#"/a b/\x $y "z""#, "%", "-q"]
    );
}

#[test]
fn autostart_on_writes_a_valid_entry_that_runs_this_binary_and_off_removes_it() {
    let s = Setup::new();
    let entry = s.config().join(format!("autostart/{ID}.desktop"));
    let said = s.run(&["autostart", "on"]);
    assert!(said.contains(&entry.display().to_string()), "{said}");

    let text = fs::read_to_string(&entry).unwrap();
    assert_eq!(
        exec_argv(&text),
        [s.exe.to_str().unwrap(), "daemon"],
        "{text}"
    );
    assert!(
        text.contains("\nX-GNOME-Autostart-enabled=true\n"),
        "{text}"
    );
    if let Some(verdict) = validate(&entry) {
        assert_eq!(verdict, "", "no warnings or hints");
    }
    let status = s.run(&["autostart", "status"]);
    assert!(status.starts_with("On: "), "{status}");
    assert!(status.contains(&s.exe.display().to_string()), "{status}");

    let said = s.run(&["autostart", "off"]);
    assert!(said.contains("removed"), "{said}");
    assert!(!entry.exists());
    assert!(s.run(&["autostart", "status"]).starts_with("Off: "));
}

#[test]
fn autostart_starts_the_daemon_binary_beside_this_program() {
    let s = Setup::new().with_daemon_binary();
    let entry = s.config().join(format!("autostart/{ID}.desktop"));
    let daemon = s.exe.with_file_name("second-heart-daemon");
    let said = s.run(&["autostart", "on"]);
    assert!(said.contains(&daemon.display().to_string()), "{said}");
    let text = fs::read_to_string(&entry).unwrap();
    assert_eq!(exec_argv(&text), [daemon.to_str().unwrap()], "{text}");
    if let Some(verdict) = validate(&entry) {
        assert_eq!(verdict, "", "no warnings or hints");
    }
    let status = s.run(&["autostart", "status"]);
    assert!(status.starts_with("On: "), "{status}");
    assert!(!status.contains("another copy"), "{status}");
}

/// `second-heart daemon` becomes the daemon binary beside it (same pid, so
/// whoever started it holds the daemon's pid), and runs the daemon itself
/// where there is none; either way one daemon per user.
#[test]
fn second_heart_daemon_execs_the_daemon_binary_or_runs_in_process() {
    for beside in [true, false] {
        let s = match beside {
            true => Setup::new().with_daemon_binary(),
            false => Setup::new(),
        };
        let run_dir = s.dir.path().join("run");
        fs::create_dir_all(&run_dir).unwrap();
        let env = |c: &mut Command| {
            c.env_clear()
                .env("PATH", std::env::var_os("PATH").unwrap_or_default())
                .env("HOME", s.dir.path())
                .env("XDG_CONFIG_HOME", s.config())
                .env("XDG_DATA_HOME", s.data())
                .env("XDG_STATE_HOME", s.dir.path().join("state"))
                .env("XDG_RUNTIME_DIR", &run_dir)
                .env("TZ", "UTC")
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null());
        };
        let mut cmd = Command::new(&s.exe);
        env(&mut cmd);
        let mut daemon = cmd.arg("daemon").spawn().unwrap();
        let socket = run_dir.join("second-heart/daemon.sock");
        let up = crate::support::wait_until(std::time::Duration::from_secs(10), || {
            std::os::unix::net::UnixStream::connect(&socket).is_ok()
        });
        assert!(up, "the daemon did not start (beside: {beside})");
        let exe = fs::read_link(format!("/proc/{}/exe", daemon.id())).unwrap();
        let expected = match beside {
            true => s.exe.with_file_name("second-heart-daemon"),
            false => s.exe.clone(),
        };
        assert_eq!(exe, expected);
        // A second daemon, either binary, finds the first and leaves.
        for second in [expected.clone(), s.exe.clone()] {
            let mut c = Command::new(&second);
            env(&mut c);
            if second == s.exe {
                c.arg("daemon");
            }
            let out = c.stdout(std::process::Stdio::piped()).output().unwrap();
            assert!(out.status.success());
            let said = String::from_utf8_lossy(&out.stdout);
            assert!(
                said.contains(&format!("already running (pid {})", daemon.id())),
                "{said}"
            );
        }
        s.run(&["stop"]);
        assert!(daemon.wait().unwrap().success());
    }
}

#[test]
fn install_desktop_writes_a_valid_launcher_and_icons_and_uninstall_removes_them() {
    let s = Setup::new();
    let said = s.run(&["install-desktop"]);
    let launcher = s.data().join(format!("applications/{ID}.desktop"));
    let text = fs::read_to_string(&launcher).unwrap();
    assert_eq!(exec_argv(&text), [s.exe.to_str().unwrap()], "{text}");
    if let Some(verdict) = validate(&launcher) {
        assert_eq!(verdict, "", "no warnings or hints");
    }
    let mut written = vec![launcher.clone()];
    for size in ["16x16", "32x32", "48x48", "64x64", "128x128", "256x256"] {
        written.push(s.data().join(format!("icons/hicolor/{size}/apps/{ID}.png")));
    }
    written.push(
        s.data()
            .join(format!("icons/hicolor/scalable/apps/{ID}.svg")),
    );
    for path in &written {
        assert!(path.is_file(), "{}", path.display());
        assert!(said.contains(&path.display().to_string()), "{said}");
    }
    // The checked-in asset is the same entry, apart from Exec.
    let asset = include_str!("../../assets/io.github.secondheart.SecondHeart.desktop");
    let without_exec = |t: &str| -> Vec<String> {
        t.lines()
            .filter(|l| !l.starts_with("Exec="))
            .map(String::from)
            .collect()
    };
    assert_eq!(without_exec(&text), without_exec(asset));

    s.run(&["autostart", "on"]);
    let said = s.run(&["uninstall-desktop"]);
    written.push(s.config().join(format!("autostart/{ID}.desktop")));
    for path in &written {
        assert!(!path.exists(), "{}", path.display());
        assert!(said.contains(&path.display().to_string()), "{said}");
    }
}

/// What a version before the application ID wrote: its launcher, icons and
/// autostart entry under `second-heart.*`, running `exe`.
fn plant_old_install(s: &Setup) -> Vec<PathBuf> {
    let exe = s
        .exe
        .to_str()
        .unwrap()
        .replace('"', "\\\\\"")
        .replace('$', "\\\\$");
    let exe = format!("\"{}\"", exe.replace('%', "%%"));
    let launcher = s.data().join("applications/second-heart.desktop");
    let autostart = s.config().join("autostart/second-heart.desktop");
    let mut planted = vec![launcher.clone(), autostart.clone()];
    let old = |kind: &str, exec: &str| {
        format!(
            "[Desktop Entry]\nType=Application\nVersion=1.4\nName=Second Heart\nExec={exec}\n\
             Icon=second-heart\nTerminal=false\nX-Second-Heart-Entry={kind}\n"
        )
    };
    for (path, text) in [
        (&launcher, old("launcher", &exe)),
        (&autostart, old("autostart", &format!("{exe} daemon"))),
    ] {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    let icons = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icons/hicolor");
    for size in [
        "16x16", "32x32", "48x48", "64x64", "128x128", "256x256", "scalable",
    ] {
        let ext = if size == "scalable" { "svg" } else { "png" };
        let old = s
            .data()
            .join(format!("icons/hicolor/{size}/apps/second-heart.{ext}"));
        fs::create_dir_all(old.parent().unwrap()).unwrap();
        fs::copy(icons.join(format!("{size}/apps/{ID}.{ext}")), &old).unwrap();
        planted.push(old);
    }
    planted
}

fn desktop_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".desktop"))
        .collect();
    names.sort();
    names
}

#[test]
fn after_an_upgrade_install_and_autostart_replace_the_old_entries_and_icons() {
    let s = Setup::new();
    let planted = plant_old_install(&s);
    // The old autostart entry is ours: status reports it until it is replaced.
    let status = s.run(&["autostart", "status"]);
    assert!(status.starts_with("On: "), "{status}");
    assert!(status.contains("second-heart.desktop"), "{status}");

    let said = s.run(&["install-desktop"]);
    s.run(&["autostart", "on"]);
    for old in &planted {
        assert!(!old.exists(), "{} is left", old.display());
    }
    // install-desktop says what it removed (the autostart entry is not its).
    for old in planted.iter().filter(|p| p.starts_with(s.data())) {
        assert!(said.contains(&old.display().to_string()), "{said}");
    }
    let new = format!("{ID}.desktop");
    assert_eq!(
        desktop_files(&s.data().join("applications")),
        [new.as_str()]
    );
    assert_eq!(desktop_files(&s.config().join("autostart")), [new.as_str()]);
    for size in ["48x48", "scalable"] {
        let apps = s.data().join(format!("icons/hicolor/{size}/apps"));
        assert_eq!(
            fs::read_dir(&apps).unwrap().count(),
            1,
            "{}",
            apps.display()
        );
    }
}

#[test]
fn uninstall_and_autostart_off_remove_the_old_entries_too() {
    let s = Setup::new();
    let planted = plant_old_install(&s);
    let said = s.run(&["autostart", "off"]);
    assert!(said.contains("second-heart.desktop"), "{said}");
    assert!(!planted[1].exists());
    assert!(s.run(&["autostart", "status"]).starts_with("Off: "));
    s.run(&["uninstall-desktop"]);
    for old in &planted {
        assert!(!old.exists(), "{} is left", old.display());
    }
}

#[test]
fn files_of_someone_elses_under_the_old_names_are_left_alone() {
    let s = Setup::new();
    let launcher = s.data().join("applications/second-heart.desktop");
    let autostart = s.config().join("autostart/second-heart.desktop");
    let icon = s.data().join("icons/hicolor/48x48/apps/second-heart.png");
    let theirs = "[Desktop Entry]\nType=Application\nName=Mine\nExec=my-script\n";
    for path in [&launcher, &autostart, &icon] {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, theirs).unwrap();
    }
    assert!(s.run(&["autostart", "status"]).starts_with("Off: "));
    s.run(&["install-desktop"]);
    s.run(&["autostart", "on"]);
    s.run(&["autostart", "off"]);
    s.run(&["uninstall-desktop"]);
    for path in [&launcher, &autostart, &icon] {
        assert_eq!(
            fs::read_to_string(path).unwrap(),
            theirs,
            "{}",
            path.display()
        );
    }
}

/// The launcher and the AppStream metainfo the packages install pass their
/// validators, and name the same application ID as the icons.
#[test]
fn the_packaged_launcher_and_metainfo_are_valid_and_agree_on_the_id() {
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let launcher = assets.join(format!("{ID}.desktop"));
    if let Some(verdict) = validate(&launcher) {
        assert_eq!(verdict, "", "no warnings or hints");
    }
    let text = fs::read_to_string(&launcher).unwrap();
    assert!(text.contains(&format!("\nIcon={ID}\n")), "{text}");
    assert!(text.contains(&format!("\nStartupWMClass={ID}\n")), "{text}");
    for size in ["16x16", "32x32", "48x48", "64x64", "128x128", "256x256"] {
        assert!(
            assets
                .join(format!("icons/hicolor/{size}/apps/{ID}.png"))
                .is_file()
        );
    }
    assert!(
        assets
            .join(format!("icons/hicolor/scalable/apps/{ID}.svg"))
            .is_file()
    );

    let metainfo = assets.join(format!("{ID}.metainfo.xml"));
    let xml = fs::read_to_string(&metainfo).unwrap();
    for needed in [
        format!("<id>{ID}</id>"),
        format!("<launchable type=\"desktop-id\">{ID}.desktop</launchable>"),
        "<binary>second-heart</binary>".into(),
        format!("<release version=\"{}\" date=", env!("CARGO_PKG_VERSION")),
        format!(
            "<project_license>{}</project_license>",
            env!("CARGO_PKG_LICENSE")
        ),
    ] {
        assert!(xml.contains(&needed), "{needed} in {}", metainfo.display());
    }
    match Command::new("appstreamcli")
        .args(["validate", "--pedantic", "--no-net"])
        .arg(&metainfo)
        .output()
    {
        Ok(out) => assert!(out.status.success(), "{out:?}"),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "appstreamcli is missing (Debian: appstream; tests/setup-system.sh installs it)"
            );
            eprintln!(
                "appstreamcli is not installed; not validating {}",
                metainfo.display()
            );
        }
        Err(e) => panic!("cannot run appstreamcli: {e}"),
    }
}

#[test]
fn a_bad_autostart_action_exits_2() {
    let s = Setup::new();
    Cmd::new(&s.exe)
        .env("XDG_CONFIG_HOME", s.config())
        .args(["autostart", "maybe"])
        .assert()
        .code(2);
}
