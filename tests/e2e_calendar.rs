//! The calendar's year view in a real terminal: the binary in tmux, on the calendar fixture,
//! in monochrome (`NO_COLOR`) at 80×24 and in colour at 200×60: `v` to the year, `:` to a
//! date, the heat map and its legend, an entry opened from the day's list, and a clean exit.

mod common;

use common::tmux::{Tmux, tmux_available};

/// Runs the steps at one size; `env` goes before the command.
fn year_view(env: &str, w: u16, h: u16) {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/calendar");
    let env = format!("env -u CICA_DASH_DATA -u CICA_DASH_THEME -u CICA_DASH_LOG {env}");
    let t = Tmux::start_with(&env, &format!("--no-watch --data {data}"), w, h);
    t.wait_for("Calendar");
    t.keys(&["4", "v", "v"]);
    // The dashboard opens on the latest meeting before today (28 November 2026): the summit
    // of 17 December 2024.
    t.wait_for("Calendar year 2024");
    t.keys(&[":", "2024-03-05", "Enter"]);
    let s = t.wait_for("Tue 5 March 2024");
    assert!(s.contains("Calendar year 2024"), "{s}");
    assert!(s.contains("·0 ░1 ▒2 ▓3–4 █5+"), "the legend:\n{s}");
    assert!(
        s.contains('█') && s.contains('▓'),
        "5 and 3 entries in March:\n{s}"
    );
    assert!(
        s.contains("Nov +2"),
        "the month's entries without a day:\n{s}"
    );
    assert!(s.contains("• March fifth A"), "the day's list:\n{s}");
    t.keys(&["J", "Enter"]);
    let s = t.wait_for(" Event ");
    assert!(s.contains("March fifth A"), "{s}");
    t.keys(&["Escape"]);
    t.wait_until(|s| !s.contains(" Event "), "the popup to close");
    t.keys(&["q"]);
    t.assert_exited_cleanly();
}

#[test]
fn the_year_view_in_monochrome_at_80x24() {
    if tmux_available() {
        year_view("NO_COLOR=1", 80, 24);
    }
}

#[test]
fn the_year_view_in_colour_at_200x60() {
    if tmux_available() {
        year_view("", 200, 60);
    }
}
