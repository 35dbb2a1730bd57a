//! The terminal lifecycle as a person lives it: the program started from an interactive shell,
//! ended every way it can end (q, Ctrl-C, SIGTERM, SIGHUP, a panic, Ctrl-Z then `fg` then q),
//! and after each the same pane takes a typed command, echoes it and runs it. The pane's modes
//! say the alternate screen was left, mouse reporting is off and the cursor shows.

mod common;

use std::process::Command;

use common::tmux::{BIN, Tmux, tmux_available};

/// Starts the dashboard from the shell, with `env` before the command.
fn run(t: &Tmux, env: &str) {
    t.keys(&[
        &format!("{env} {BIN} --today 2026-11-28 --no-watch"),
        "Enter",
    ]);
}

/// The shell is back and sane: a typed command is echoed as typed and runs.
fn shell_works(t: &Tmux, how: &str) {
    t.keys(&["clear", "Enter"]);
    t.keys(&["echo ok-$((6*7))", "Enter"]);
    let s = t.wait_for("ok-42");
    assert!(
        s.contains("$ echo ok-$((6*7))"),
        "after {how} the typed command is echoed as typed:\n{s}"
    );
    assert_eq!(
        t.flags(),
        "00001",
        "after {how}: alternate screen off, mouse off, cursor visible"
    );
}

/// How the program is ended: its name, the environment it runs with, and what ends it.
type Way = (&'static str, &'static str, fn(&Tmux));

fn kill(sig: &str, pid: &str) {
    let status = Command::new("kill").args([sig, pid]).status().unwrap();
    assert!(status.success(), "kill {sig} {pid}");
}

#[test]
fn every_way_out_gives_the_shell_back() {
    if !tmux_available() {
        return;
    }
    let ways: [Way; 5] = [
        ("q", "", |t| t.keys(&["q"])),
        ("Ctrl-C", "", |t| t.keys(&["C-c"])),
        ("SIGTERM", "", |t| kill("-TERM", &t.program_pid())),
        ("SIGHUP", "", |t| kill("-HUP", &t.program_pid())),
        ("a panic", "CICA_DASH_TEST_PANIC=1", |_| {}),
    ];
    for (how, env, end) in ways {
        let t = Tmux::shell(100, 30);
        run(&t, env);
        if env.is_empty() {
            t.wait_for("1 Agenda");
        } else {
            t.wait_for("panic requested by CICA_DASH_TEST_PANIC");
        }
        end(&t);
        t.wait_for_prompt();
        shell_works(&t, how);
    }
}

#[test]
fn ctrl_z_then_fg_then_q() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::shell(100, 30);
    run(&t, "");
    t.wait_for("1 Agenda 1/7");
    t.keys(&["C-z"]);
    t.wait_for("Stopped");
    assert_eq!(t.flags(), "00001", "stopped: the shell's modes");
    t.keys(&["fg", "Enter"]);
    t.wait_until(|_| t.flags() == "11000", "the dashboard's modes again");
    t.wait_for("1 Agenda 1/7");
    t.keys(&["j"]);
    t.wait_for("1 Agenda 2/7");
    t.keys(&["q"]);
    t.wait_for_prompt();
    shell_works(&t, "Ctrl-Z, fg and q");
}
