//! What the packages ship besides the binary, checked against the real
//! binary: `--version`, and the man pages and shell completions build.rs
//! generates from the command-line definition (in `$OUT_DIR/assets`, and the
//! copy beside the binary in `target/<profile>/assets` that the cargo-deb and
//! cargo-generate-rpm metadata installs). The subcommands are read from the
//! binary's own `--help`, so a command added without its page fails here.

use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_second-heart")
}

fn run(args: &[&str]) -> String {
    let out = Command::new(bin()).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// The subcommands `help` lists (without `help` itself).
fn subcommands(path: &[&str]) -> Vec<String> {
    let mut args = path.to_vec();
    args.push("--help");
    let help = run(&args);
    let commands = help
        .split("\nCommands:\n")
        .nth(1)
        .map(|rest| rest.split("\n\n").next().unwrap_or(""))
        .unwrap_or("");
    commands
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(String::from)
        .collect()
}

fn generated() -> PathBuf {
    Path::new(env!("OUT_DIR")).join("assets")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn version_prints_the_package_version() {
    for flag in ["--version", "-V"] {
        assert_eq!(
            run(&[flag]),
            format!("second-heart {}\n", env!("CARGO_PKG_VERSION"))
        );
    }
}

#[test]
fn the_man_pages_cover_every_subcommand() {
    let top = subcommands(&[]);
    assert!(top.len() > 10, "{top:?}");
    let main = read(&generated().join("second-heart.1"));
    assert!(main.starts_with(".ie \\n(.g .ds Aq"), "a roff page");
    assert!(main.contains(".TH second-heart 1"), "{main}");
    for sub in &top {
        // roff writes `-` as `\-`.
        let name = format!("second-heart-{sub}").replace('-', "\\-");
        assert!(
            main.contains(&format!("{name}(1)")),
            "{sub} in second-heart.1"
        );
        let mut pages = vec![(vec![sub.clone()], format!("second-heart-{sub}.1"))];
        for nested in subcommands(&[sub.as_str()]) {
            pages.push((
                vec![sub.clone(), nested.clone()],
                format!("second-heart-{sub}-{nested}.1"),
            ));
        }
        for (words, file) in pages {
            let page = read(&generated().join(&file));
            let synopsis = format!("second\\-heart {}", words.join(" ").replace('-', "\\-"));
            assert!(page.contains(&synopsis), "{file} lacks {synopsis}: {page}");
        }
    }
}

#[test]
fn the_completions_know_every_subcommand() {
    let top = subcommands(&[]);
    let dir = generated();
    let bash = read(&dir.join("second-heart.bash"));
    let zsh = read(&dir.join("_second-heart"));
    let fish = read(&dir.join("second-heart.fish"));
    assert!(bash.contains("complete -F _second__heart"), "{bash}");
    assert!(zsh.starts_with("#compdef second-heart"), "{zsh}");
    for sub in &top {
        assert!(
            bash.contains(&format!("second__heart,{sub})")),
            "{sub} in bash"
        );
        assert!(zsh.contains(&format!("'{sub}:")), "{sub} in zsh");
        assert!(fish.contains(&format!("-a \"{sub}\"")), "{sub} in fish");
    }
    // Bash really completes a subcommand from its start.
    let out = Command::new("bash")
        .arg("-c")
        .arg(
            r#"source "$1"; COMP_WORDS=(second-heart autos); COMP_CWORD=1
               _second__heart second-heart autos second-heart; echo "${COMPREPLY[@]}""#,
        )
        .arg("bash")
        .arg(dir.join("second-heart.bash"))
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "autostart\n",
        "{out:?}"
    );
}

/// The packages take the files from `target/<profile>/assets`, beside the
/// binary: the same files as build.rs generated, the man pages gzipped.
#[test]
fn the_assets_for_the_packages_sit_beside_the_binary() {
    let beside = Path::new(bin()).parent().unwrap().join("assets");
    let mut names: Vec<String> = std::fs::read_dir(generated())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() > 20, "{names:?}");
    for name in &names {
        let generated = read(&generated().join(name));
        let packaged = if name.ends_with(".1") {
            let gz = beside.join(format!("man/{name}.gz"));
            let out = Command::new("gzip").arg("-dc").arg(&gz).output().unwrap();
            assert!(out.status.success(), "{}: {out:?}", gz.display());
            String::from_utf8(out.stdout).unwrap()
        } else {
            read(&beside.join("completions").join(name))
        };
        assert_eq!(packaged, generated, "{name}");
    }
    let packaged = std::fs::read_dir(beside.join("man")).unwrap().count()
        + std::fs::read_dir(beside.join("completions"))
            .unwrap()
            .count();
    assert_eq!(packaged, names.len(), "nothing else is packaged");
}
