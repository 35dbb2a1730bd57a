//! The statistics in a real terminal, as a new user would reach them: `S` from the dashboard,
//! a chart picked by its number, the counts narrowed to one participant found by a Cyrillic
//! name and to a range of years typed after `y`, `q` back to the dashboard and `q` again to
//! quit with the terminal restored. At 80×24 and 200×60.

mod common;

use common::tmux::{Tmux, tmux_available};

fn open_a_chart_narrow_it_and_quit(w: u16, h: u16) {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/stats");
    let t = Tmux::start(&format!("--data {fixture}"), w, h);
    // Each wait names everything the step must show, so a half-drawn frame never passes.
    let until = |all: &[&str], none: &[&str]| {
        t.wait_until(
            |s| all.iter().all(|x| s.contains(x)) && !none.iter().any(|x| s.contains(x)),
            &format!("{all:?} and none of {none:?}"),
        )
    };
    until(&["1 Agenda"], &[]);
    t.keys(&["S"]);
    until(
        &[
            "Statistics · Statements per participant",
            "64 statements",
            "中华人民共和国",
        ],
        &["1 Agenda"],
    );
    t.keys(&["4"]);
    until(
        &[
            "Statistics · Events by organiser",
            // Drawn in visual order: the right-to-left name reads reversed in the cells.
            "ةيبرعلا رصم ةيروهمج",
            "9 events (2 undated)",
        ],
        &["64 statements"],
    );
    t.keys(&["p"]);
    until(&["Count the items of…", "19 of 19"], &[]);
    t.keys(&["рос", "Enter"]);
    until(
        &[
            "Participant: Российская Федерация (RUS)",
            "2 events (1 undated) · 4 organisers",
        ],
        &["Count the items of…"],
    );
    t.keys(&["y", "2019-2021", "Enter"]);
    until(
        &[
            "Years: 2019–2021",
            "1 event (1 undated left out) · 3 organisers",
        ],
        &["Enter counts them"],
    );
    t.keys(&["q"]);
    until(&["1 Agenda"], &["Statistics"]);
    t.keys(&["q"]);
    t.assert_exited_cleanly();
}

#[test]
fn open_a_statistics_chart_narrow_it_and_quit_80x24() {
    if tmux_available() {
        open_a_chart_narrow_it_and_quit(80, 24);
    }
}

#[test]
fn open_a_statistics_chart_narrow_it_and_quit_200x60() {
    if tmux_available() {
        open_a_chart_narrow_it_and_quit(200, 60);
    }
}
