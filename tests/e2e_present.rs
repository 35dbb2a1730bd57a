//! The presentation in real terminals: opening it from the dashboard, every kind of move, the
//! overview and the blank screen; and the audience and presenter views in two tmux servers,
//! following each other over their socket, through a kill and a restart of either side.

mod common;

use common::tmux::{Tmux, tmux_available};

#[test]
fn present_from_the_dashboard_navigate_overview_blank_and_back() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::start("", 80, 24);
    t.wait_for("1 Agenda");
    t.keys(&["p"]);
    let s = t.wait_for(" 1/22 ");
    assert!(s.contains("SOC"), "the title slide:\n{s}");
    t.keys(&["n"]);
    t.wait_for(" 2/22 ");
    t.keys(&["1", "2", "Enter"]);
    t.wait_for(" 12/22 ");
    t.keys(&["o"]);
    // The overview, with the current slide marked (a timeout fails the test).
    t.wait_until(
        |s| s.contains("Slides (22)") && s.contains("●"),
        "the overview with the current slide marked",
    );
    t.keys(&["Right", "Enter"]);
    t.wait_for(" 13/22 ");
    t.keys(&["b"]);
    t.wait_until(|s| !s.contains("/22"), "the screen to blank");
    t.keys(&["b"]);
    t.wait_for(" 13/22 ");
    t.keys(&["Escape"]);
    t.wait_for("1 Agenda");
    t.keys(&["q"]);
    t.assert_exited_cleanly();
}

#[test]
fn the_presenter_view_follows_the_audience_and_the_reverse_through_restarts() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::Builder::new()
        .prefix("cd")
        .tempdir_in("/tmp")
        .unwrap();
    let sock = dir.path().join("p.sock");
    let audience_args = format!("present --socket {}", sock.display());
    let presenter_args = format!("present --presenter --socket {}", sock.display());
    let audience = Tmux::start(&audience_args, 80, 24);
    audience.wait_for(" 1/22 ");
    let presenter = Tmux::start(&presenter_args, 120, 36);
    presenter.wait_for("audience view connected");
    presenter.wait_for("Now 1/22");

    audience.keys(&["n"]);
    presenter.wait_for("Now 2/22");
    presenter.keys(&["n"]);
    audience.wait_for(" 3/22 ");

    // A second audience view on the same socket is refused, and says why.
    let second = Tmux::start(&audience_args, 80, 24);
    let s = second.wait_for("[end]");
    assert!(
        s.contains("another audience view is already presenting"),
        "{s}"
    );
    assert!(s.contains("[exited 2]"), "{s}");

    // The audience goes away: the presenter says so and keeps working.
    audience.keys(&["q"]);
    audience.assert_exited_cleanly();
    presenter.wait_for("waiting for the audience view");
    presenter.keys(&["n"]);
    presenter.wait_for("Now 4/22");

    // It comes back: they reconnect, and the new audience takes the presenter's slide.
    let audience = Tmux::start(&audience_args, 80, 24);
    presenter.wait_for("audience view connected");
    audience.wait_for(" 4/22 ");
    presenter.wait_for("Now 4/22");

    // The presenter goes away and comes back: the audience notices both, and the new
    // presenter takes the audience's slide.
    presenter.keys(&["q"]);
    presenter.assert_exited_cleanly();
    audience.wait_for("the presenter view left");
    audience.keys(&["n"]);
    audience.wait_for(" 5/22 ");
    let presenter = Tmux::start(&presenter_args, 120, 36);
    presenter.wait_for("audience view connected");
    presenter.wait_for("Now 5/22");
    audience.wait_for("the presenter view is following");
    presenter.keys(&["G"]);
    audience.wait_for(" 22/22 ");
    audience.keys(&["q"]);
    audience.assert_exited_cleanly();
}
