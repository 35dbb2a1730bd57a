//! Running the binary as a user would from a shell, with the program's own environment
//! variables cleared so the user's settings never leak into a test.

use std::process::{Command, Output, Stdio};

pub const BIN: &str = env!("CARGO_BIN_EXE_cica-dash");

/// The binary, with `CICA_DASH_*` and `NO_COLOR` cleared and no standard input.
pub fn command(args: &[&str]) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .env_remove("CICA_DASH_DATA")
        .env_remove("CICA_DASH_THEME")
        .env_remove("CICA_DASH_LOG")
        .env_remove("NO_COLOR")
        .stdin(Stdio::null());
    cmd
}

/// Runs the binary to the end.
pub fn run(args: &[&str]) -> Output {
    command(args).output().unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
