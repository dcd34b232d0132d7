//! Generates the man page `second-heart.1` and one per subcommand
//! (clap_mangen) and the bash, zsh
//! and fish completions (clap_complete) from the real command-line
//! definition, `src/cli/args.rs`, which is included here as it is, so they
//! never drift from the program.
//!
//! They are written to `$OUT_DIR/assets/` (the tests read them there), and
//! for the packages to `target/<profile>/assets/` (e.g.
//! `target/release/assets/` after `cargo build --release`): the man pages
//! gzipped (as Debian policy wants them; no timestamp, so the same bytes
//! every build) in `man/`, the completions in `completions/`. The cargo-deb
//! and cargo-generate-rpm metadata in Cargo.toml picks them up there.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;

#[allow(dead_code)]
mod args {
    include!("src/cli/args.rs");
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/cli/args.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let assets = out.join("assets");
    generate(&assets).unwrap_or_else(|e| panic!("cannot write {}: {e}", assets.display()));
    // OUT_DIR is target/<profile>/build/<package>-<hash>/out.
    if let Some(profile_dir) = out.ancestors().nth(3) {
        let copy = profile_dir.join("assets");
        for_packages(&assets, &copy)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", copy.display()));
    }
}

fn generate(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut cli = args::Cli::command();
    // second-heart.1, and a page per subcommand (second-heart-daemon.1,
    // second-heart-config-path.1, ...), which the main page refers to.
    let mut man = cli.clone().disable_help_subcommand(true);
    man.build();
    let source = format!("second-heart {}", env!("CARGO_PKG_VERSION"));
    man_pages(&man, &source, dir)?;
    let name = cli.get_name().to_owned();
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        clap_complete::generate_to(shell, &mut cli, &name, dir)?;
    }
    Ok(())
}

/// As `clap_mangen::generate_to`, but every page's footer names the
/// program and its version (a subcommand has no version of its own).
fn man_pages(cmd: &clap::Command, source: &str, dir: &Path) -> std::io::Result<()> {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        man_pages(sub, source, dir)?;
    }
    clap_mangen::Man::new(cmd.clone())
        .source(source)
        .generate_to(dir)?;
    Ok(())
}

/// The man pages gzipped into `to/man`, the completions into
/// `to/completions`; both folders rewritten whole, so a page of a removed
/// subcommand does not linger.
fn for_packages(from: &Path, to: &Path) -> std::io::Result<()> {
    let (man, completions) = (to.join("man"), to.join("completions"));
    for dir in [&man, &completions] {
        if dir.exists() {
            std::fs::remove_dir_all(dir)?;
        }
        std::fs::create_dir_all(dir)?;
    }
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".1") {
            let mut gz = flate2::GzBuilder::new()
                .mtime(0)
                .write(Vec::new(), flate2::Compression::best());
            gz.write_all(&std::fs::read(entry.path())?)?;
            std::fs::write(man.join(format!("{name}.gz")), gz.finish()?)?;
        } else {
            std::fs::copy(entry.path(), completions.join(&name))?;
        }
    }
    Ok(())
}
