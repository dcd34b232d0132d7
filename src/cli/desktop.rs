//! `install-desktop`, `uninstall-desktop` and `autostart on|off|status`:
//! print what was written or removed; errors name the file and the reason.

use std::path::PathBuf;

use super::{AutostartAction, Failure};
use crate::desktop::autostart::{Autostart, shown};
use crate::desktop::install::{Install, Report};

pub fn install() -> Result<(), Failure> {
    let install = Install::from_env().map_err(Failure::other)?;
    let report = install.install().map_err(Failure::other)?;
    println!(
        "Installed Second Heart in the applications menu (it starts {}):",
        install.exe.display()
    );
    for path in &report.written {
        println!("  {}", path.display());
    }
    if !report.removed.is_empty() {
        println!("Removed what an older version installed under the old name:");
        for path in &report.removed {
            println!("  {}", path.display());
        }
    }
    print_notes(&report);
    println!("`second-heart uninstall-desktop` removes these files.");
    Ok(())
}

pub fn uninstall() -> Result<(), Failure> {
    let install = Install::from_env().map_err(Failure::other)?;
    let autostart = Autostart::from_env().map_err(Failure::other)?;
    let report = install
        .uninstall(Some(&autostart))
        .map_err(Failure::other)?;
    if report.removed.is_empty() {
        println!("Nothing to remove: Second Heart was not installed in the applications menu.");
    } else {
        println!("Removed:");
    }
    print_report(&report);
    Ok(())
}

fn print_report(report: &Report) {
    for path in report.written.iter().chain(&report.removed) {
        println!("  {}", path.display());
    }
    print_notes(report);
}

fn print_notes(report: &Report) {
    for note in &report.notes {
        println!("({note})");
    }
}

pub fn autostart(action: AutostartAction) -> Result<(), Failure> {
    let autostart = Autostart::from_env().map_err(Failure::other)?;
    let path: &PathBuf = &autostart.path;
    match action {
        AutostartAction::On => {
            autostart.enable().map_err(Failure::other)?;
            let argv: Vec<String> = autostart
                .argv()
                .iter()
                .map(|a| a.to_string_lossy().into_owned())
                .collect();
            println!(
                "Autostart on: wrote {}; at login it starts {}.",
                path.display(),
                shown(&argv)
            );
        }
        AutostartAction::Off => {
            let removed = autostart.disable_all().map_err(Failure::other)?;
            if !removed.is_empty() {
                let removed: Vec<String> =
                    removed.iter().map(|p| p.display().to_string()).collect();
                println!(
                    "Autostart off: removed {}. A running daemon keeps running until logout \
                     (`second-heart stop` stops it now).",
                    removed.join(" and ")
                );
            } else {
                println!(
                    "Autostart is already off (no entry of ours at {}).",
                    path.display()
                );
            }
        }
        AutostartAction::Status => {
            let status = autostart.status().map_err(Failure::other)?;
            println!("{}", autostart.describe(&status));
        }
    }
    Ok(())
}
