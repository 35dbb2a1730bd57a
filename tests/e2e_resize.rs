//! A resize while the program runs, in a real terminal (tmux): every size change redraws the
//! whole screen for the new size, from the four-pane layout down to the too-small message and
//! back, with nothing of the earlier frame left behind. Needs tmux, as the other e2e tests.

mod common;

use common::tmux::{Tmux, tmux_available};

fn resize(t: &Tmux, w: u16, h: u16) {
    t.tmux(&["resize-window", "-x", &w.to_string(), "-y", &h.to_string()]);
}

/// The pane's size as tmux reports it, to be sure the resize took.
fn pane_size(t: &Tmux) -> String {
    t.tmux(&["display", "-p", "#{pane_width}x#{pane_height}"])
        .trim()
        .to_owned()
}

/// Checks the frame fills a `w`×`h` pane: the header's right end (" meeting 1/1") at the last
/// column but one, and the key footer on the last row.
fn assert_fills(s: &str, w: usize, h: usize) {
    let lines: Vec<&str> = s.lines().collect();
    assert_eq!(lines.len(), h, "{h} rows:\n{s}");
    let header = lines[0].trim_end();
    assert!(header.ends_with("meeting 1/1"), "header:\n{s}");
    assert_eq!(
        cica_dash::text::width(header),
        w - 1,
        "the header is right-aligned for {w} columns:\n{s}"
    );
    assert!(
        lines[h - 1].starts_with(" j/k move  Tab pane"),
        "the footer on row {h}:\n{s}"
    );
}

#[test]
fn a_resize_redraws_the_whole_screen_for_the_new_size() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::start("", 80, 24);
    let s = t.wait_for("4 Calendar");
    assert_fills(&s, 80, 24);
    assert!(
        s.lines()
            .nth(2)
            .unwrap_or("")
            .contains("1 Agenda   2 Decisions")
    );

    // Larger: the four panes side by side, titles with their positions.
    resize(&t, 160, 48);
    assert_eq!(pane_size(&t), "160x48");
    let s = t.wait_until(
        |s| s.contains("┏ 1 Agenda 1/7") && s.contains("2 Decisions 1/6"),
        "the four-pane layout at 160x48",
    );
    assert_fills(&s, 160, 48);
    assert!(
        !s.contains("1 Agenda   2 Decisions"),
        "the 80-column tab bar is gone:\n{s}"
    );

    // Too small: the message alone, nothing of the dashboard left behind.
    resize(&t, 30, 8);
    let s = t.wait_for("terminal too small");
    assert!(s.contains("(need 40×12, have 30×8)"), "{s}");
    assert!(!s.contains("Agenda") && !s.contains("CICA"), "{s}");

    // Back to a usable size: the dashboard again, for 100×30.
    resize(&t, 100, 30);
    let s = t.wait_until(
        |s| s.contains("4 Calendar") && s.lines().count() == 30,
        "the dashboard at 100x30",
    );
    assert_fills(&s, 100, 30);
    assert!(!s.contains("terminal too small"), "{s}");

    t.keys(&["q"]);
    t.assert_exited_cleanly();
}
