use std::process::ExitCode;

fn main() -> ExitCode {
    second_heart::cli::run(std::env::args_os())
}
