//! Signals and job control in a real terminal: a kill restores the terminal and exits with
//! 128 + the signal's number, as shells expect; Ctrl-Z and SIGTSTP give the terminal back
//! before the process stops, and SIGCONT (what `fg` sends) brings the dashboard back in raw
//! mode with a full redraw.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::tmux::{Tmux, tmux_available};

fn kill(sig: &str, pid: &str) {
    let status = Command::new("kill").args([sig, pid]).status().unwrap();
    assert!(status.success(), "kill {sig} {pid}");
}

/// The process's state letter from /proc (`T` when stopped), waiting up to 10 s for `want`.
fn wait_state(pid: &str, want: char) {
    let start = Instant::now();
    loop {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        // The state follows the command name in parentheses.
        let state = stat
            .rsplit(')')
            .next()
            .and_then(|r| r.trim().chars().next());
        if state == Some(want) {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "process {pid} never reached state {want}: {stat}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn term_hup_and_int_restore_the_terminal_and_exit_128_plus_the_signal() {
    if !tmux_available() {
        return;
    }
    for (sig, code) in [("-TERM", 143), ("-HUP", 129), ("-INT", 130)] {
        let t = Tmux::start("", 100, 30);
        t.wait_for("4 Calendar");
        kill(sig, &t.program_pid());
        t.assert_exited_with(code);
    }
}

/// Suspends with `how`, checks that the terminal is the shell's while stopped, continues
/// with SIGCONT and checks that the dashboard is back and takes keys in raw mode.
fn suspend_and_continue(how: impl Fn(&Tmux, &str)) {
    let t = Tmux::start("", 100, 30);
    t.wait_for("4 Calendar");
    let pid = t.program_pid();
    how(&t, &pid);
    wait_state(&pid, 'T');
    assert_eq!(
        t.flags(),
        "00001",
        "stopped: alternate screen off, mouse off, cursor visible"
    );
    kill("-CONT", &pid);
    t.wait_until(|_| t.flags() == "11000", "the dashboard's modes again");
    t.wait_for("1 Agenda 1/7");
    t.keys(&["j"]);
    t.wait_for("1 Agenda 2/7");
    t.keys(&["q"]);
    t.assert_exited_cleanly();
}

#[test]
fn ctrl_z_suspends_and_sigcont_resumes() {
    if !tmux_available() {
        return;
    }
    suspend_and_continue(|t, _| t.keys(&["C-z"]));
}

#[test]
fn sigtstp_from_outside_suspends_like_ctrl_z() {
    if !tmux_available() {
        return;
    }
    suspend_and_continue(|_, pid| kill("-TSTP", pid));
}
