//! The search in a real terminal: the index is built on a thread while the overlay is open;
//! typing, Enter to land on a result, then `n`, and quitting with the terminal restored.

mod common;

use common::tmux::{Tmux, tmux_available};

#[test]
fn type_a_search_land_on_the_decision_and_quit() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::start("", 120, 32);
    t.wait_for("1 Agenda");
    t.keys(&["/"]);
    t.wait_for("/ ▏");
    t.keys(&["turkmen"]);
    let s = t.wait_for("/ turkmen▏");
    t.wait_until(|s| s.contains("results") || s.contains("result"), "results");
    assert!(s.contains("Search"), "{s}");
    t.keys(&["Enter"]);
    t.wait_until(|s| !s.contains("/ turkmen▏"), "the search to close");
    let s = t.wait_for("2 Decisions 1/6");
    assert!(
        s.contains("┏ 2 Decisions"),
        "the decisions pane has focus on the observer-status decision:\n{s}"
    );
    t.keys(&["n"]);
    t.wait_for("result 2 of");
    t.keys(&["q"]);
    t.assert_exited_cleanly();
}
