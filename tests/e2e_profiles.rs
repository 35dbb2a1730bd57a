//! A profile in a real terminal, as a new user would reach it: search for a delegate, land on
//! the statement, open its state's profile with `c`, jump back to the dashboard narrowed to the
//! state (the lens), clear the lens with Esc, and quit with the terminal restored. At 80×24
//! (one pane at a time) and 200×60 (the grid).

mod common;

use common::tmux::{Tmux, tmux_available};

fn search_profile_lens_quit(w: u16, h: u16) {
    let t = Tmux::start("", w, h);
    t.wait_for("1 Agenda");
    t.keys(&["/"]);
    t.wait_for("/ ▏");
    t.keys(&["stepkina"]);
    t.wait_until(
        |s| s.contains("1 result") || s.contains("results"),
        "results",
    );
    t.keys(&["Enter"]);
    let s = t.wait_until(|s| !s.contains("/ stepkina▏"), "the search to close");
    assert!(
        s.contains("Natalya Stepkina"),
        "the statement is on screen:\n{s}"
    );
    t.keys(&["c"]);
    let s = t.wait_for("Profile of…");
    assert!(s.contains("Russia"), "the picker lists Russia:\n{s}");
    t.keys(&["Enter"]);
    let s = t.wait_for("Participant · Russia (RUS)");
    assert!(s.contains("Statements (1)"), "{s}");
    assert!(s.contains("Natalya Stepkina: “When Member States"), "{s}");
    t.keys(&["Enter"]);
    let s = t.wait_for("LENS Russia");
    assert!(
        s.contains("Statements 1/1"),
        "only Russia's statement:\n{s}"
    );
    t.keys(&["Escape"]);
    let s = t.wait_until(|s| !s.contains("LENS"), "the lens to clear");
    assert!(
        s.contains("Statements 8/11"),
        "all eleven statements again:\n{s}"
    );
    t.keys(&["q"]);
    t.assert_exited_cleanly();
}

#[test]
fn search_open_the_profile_clear_the_lens_and_quit_80x24() {
    if tmux_available() {
        search_profile_lens_quit(80, 24);
    }
}

#[test]
fn search_open_the_profile_clear_the_lens_and_quit_200x60() {
    if tmux_available() {
        search_profile_lens_quit(200, 60);
    }
}
