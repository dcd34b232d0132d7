//! `second-heart-daemon`: the background daemon on its own, without the
//! window's code (see `desktop::programs`). `second-heart daemon` runs it.

use std::process::ExitCode;

fn main() -> ExitCode {
    second_heart::cli::daemon_main(std::env::args_os())
}
