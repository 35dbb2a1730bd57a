//! The timeline in a real terminal, as a new user would use it on thirty-five years of data
//! (tests/fixtures/timeline): `T` from the dashboard, to the start, down to a meeting, Enter
//! shows it on the dashboard; back on the timeline, zoom out to years and in again, Esc back to
//! the dashboard, and quit with the terminal restored. At 80×24 and 200×60.

mod common;

use common::tmux::{Tmux, tmux_available};

fn timeline_open_a_meeting_quit(w: u16, h: u16) {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/timeline");
    let t = Tmux::start(&format!("--data {data} --no-watch"), w, h);
    // Each wait names everything the step must show, so a half-drawn frame never passes.
    let until = |all: &[&str], none: &[&str]| {
        t.wait_until(
            |s| all.iter().all(|x| s.contains(x)) && !none.iter().any(|x| s.contains(x)),
            &format!("{all:?} and none of {none:?}"),
        )
    };
    until(&["SOC meeting in Baku", "meeting 15/16"], &[]);
    t.keys(&["T"]);
    until(
        &["Timeline · 1992–2026", "21/24", "SOC meeting in Baku"],
        &["meeting 15/16"],
    );
    t.keys(&["g"]);
    until(
        &["1/24", "1992–2010", "First CICA Summit", "(derived)"],
        &["21/24"],
    );
    t.keys(&["j", "j"]);
    until(&["3/24"], &[]);
    t.keys(&["Enter"]);
    // The month-precision summit of 2002 on the dashboard.
    until(
        &["First CICA Summit", "meeting 2/16", "Jun 2002"],
        &["Timeline ·"],
    );
    t.keys(&["T"]);
    until(&["Timeline ·", "3/24"], &["meeting 2/16"]);
    t.keys(&["z"]);
    until(&["year 3/16", "2014", "TUR → CHN", "undated"], &[]);
    t.keys(&["j", "Enter"]);
    until(&["5/24", "Third CICA Summit"], &["year 4/16"]);
    t.keys(&["Escape"]);
    until(&["First CICA Summit", "meeting 2/16"], &["Timeline ·"]);
    t.keys(&["q"]);
    t.assert_exited_cleanly();
}

#[test]
fn timeline_open_a_meeting_and_quit_80x24() {
    if tmux_available() {
        timeline_open_a_meeting_quit(80, 24);
    }
}

#[test]
fn timeline_open_a_meeting_and_quit_200x60() {
    if tmux_available() {
        timeline_open_a_meeting_quit(200, 60);
    }
}
