//! A profile in a real terminal, as a new user would reach it: search for a delegate, land on
//! the statement, open its state's profile with `c`, jump back to the dashboard narrowed to the
//! state (the lens), clear the lens with Esc, and quit with the terminal restored. At 80×24
//! (one pane at a time) and 200×60 (the grid).

mod common;

use common::tmux::{Tmux, tmux_available};

fn search_profile_lens_quit(w: u16, h: u16) {
    let t = Tmux::start("", w, h);
    // Each wait names everything the step must show, so a half-drawn frame never passes.
    let until = |all: &[&str], none: &[&str]| {
        t.wait_until(
            |s| all.iter().all(|x| s.contains(x)) && !none.iter().any(|x| s.contains(x)),
            &format!("{all:?} and none of {none:?}"),
        )
    };
    until(&["1 Agenda"], &[]);
    t.keys(&["/"]);
    until(&["/ ▏"], &[]);
    t.keys(&["stepkina"]);
    until(&["/ stepkina▏", "2 results", "Statements (1)"], &[]);
    t.keys(&["Enter"]);
    // The search closed on the statement: the Statements pane has focus on it.
    until(
        &["┏ 3 Statements 8/11", "▌ Natalya Stepkina"],
        &["stepkina▏"],
    );
    t.keys(&["c"]);
    until(&["Profile of…", "Russia", "type a name"], &[]);
    t.keys(&["Enter"]);
    until(
        &[
            "Participant · Russia (RUS)",
            "Statements (1)",
            "Natalya Stepkina: “When Member States",
        ],
        &["Profile of…"],
    );
    t.keys(&["Enter"]);
    until(&["LENS Russia", "3 Statements 1/1"], &["Participant ·"]);
    t.keys(&["Escape"]);
    until(&["3 Statements 8/11"], &["LENS"]);
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
