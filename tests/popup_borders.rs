//! Every popup frame over Chinese text, in the buffer: where a wide character of the pane
//! underneath straddles the popup's left edge (at an odd and at an even column), the border
//! is intact, and no cell anywhere follows a wide character with anything but its blank half.

mod common;

use cica_dash::action::Action;
use cica_dash::app::{App, update};
use cica_dash::keys;
use cica_dash::render::{draw, feed};
use cica_dash::text::width;
use common::*;
use ratatui::buffer::Buffer;

/// Twenty agenda items and statements in Chinese, every other one after an `x`, so that on
/// neighbouring rows their wide characters start at columns of both parities.
fn chinese_app() -> App {
    let participants =
        "[[participant]]\ncode = \"CHN\"\nname = \"中华人民共和国\"\nkind = \"state\"\n";
    let mut meeting = String::from(
        "[meeting]\nid = \"m\"\ntitle = \"高官会议\"\nbody = \"高官委员会\"\ndate = 2021-06-23\n",
    );
    for i in 0..20 {
        let x = "x".repeat(i % 2);
        meeting.push_str(&format!(
            "[[agenda]]\nid = \"a{i}\"\ntitle = \"{x}上海合作组织第二次高官会议上海合作组织第二次高官会议上海合作组织\"\n"
        ));
        meeting.push_str(&format!(
            "[[statement]]\nspeaker = \"张红建张红建张红建张红建\"\nparticipant = \"CHN\"\nagenda = \"a{i}\"\nsummary = \"{}亚信应努力促进贸易和投资便利化深化区域经济合作加强各国经济复苏领域的合作\"\n",
            x
        ));
    }
    app_from(&[("p.toml", participants), ("m.toml", meeting.as_str())])
}

/// Each popup frame, the keys that open it on the dashboard, and whether its left edge lies
/// over the panes' text. The search and coordination frames span the screen, their left edge
/// one cell from the screen's, over a margin: no wide character can straddle it there (the
/// shared frame's own unit test covers both parities with text right up to the edge).
const POPUPS: &[(&str, &str, bool)] = &[
    ("help", "?", true),
    ("agenda item", "<Enter>", true),
    ("meeting", "i", true),
    ("meeting picker", "m", true),
    ("search", "/", false),
    ("coordination", "C", false),
    ("glossary", "w", true),
    ("profile picker", "c", true),
    ("problems", "e", true),
];

fn cell_width(buf: &Buffer, x: u16, y: u16) -> usize {
    width(buf[(x, y)].symbol())
}

/// The popup's top-left corner: the first cell, row by row, that the popup changed to `┏`.
fn corner(before: &Buffer, after: &Buffer) -> (u16, u16) {
    let a = after.area;
    for y in a.top()..a.bottom() {
        for x in a.left()..a.right() {
            if after[(x, y)].symbol() == "┏" && before[(x, y)].symbol() != "┏" {
                return (x, y);
            }
        }
    }
    panic!("no popup frame drawn");
}

/// No cell after a wide character holds anything but the blank of its hidden half.
fn assert_well_formed(buf: &Buffer, what: &str) {
    let a = buf.area;
    for y in a.top()..a.bottom() {
        for x in a.left()..a.right().saturating_sub(1) {
            if cell_width(buf, x, y) == 2 {
                assert_eq!(
                    buf[(x + 1, y)].symbol(),
                    " ",
                    "{what}: the cell after {:?} at {x},{y} is covered",
                    buf[(x, y)].symbol()
                );
            }
        }
    }
}

#[test]
fn every_popup_frame_keeps_its_left_border_over_wide_characters_at_odd_and_even_columns() {
    for &(name, keys, over_text) in POPUPS {
        // The parities of the left border's column where a wide character straddled it.
        let mut straddled = [false, false];
        for w in 100..=131u16 {
            let h = 30;
            let mut app = chinese_app();
            if name == "problems" {
                update(&mut app, Action::ReloadFailed("m.toml: cannot read".into()));
            }
            let before = draw(&mut app, w, h);
            feed(&mut app, &keys::parse(keys).unwrap());
            assert!(app.overlay().is_some(), "{name} opened at {w}x{h}");
            let after = draw(&mut app, w, h);
            let what = format!("{name} at {w}x{h}");
            assert_well_formed(&after, &what);
            let (x0, y0) = corner(&before, &after);
            assert!(x0 > 0, "{what}: a pane lies left of the popup");
            let mut y = y0 + 1;
            while after[(x0, y)].symbol() == "┃" {
                if cell_width(&before, x0 - 1, y) == 2 {
                    straddled[usize::from(x0 % 2)] = true;
                    // The wide character is gone whole: a blank, one cell wide.
                    assert_eq!(after[(x0 - 1, y)].symbol(), " ", "{what}, row {y}");
                }
                y += 1;
            }
            assert_eq!(
                after[(x0, y)].symbol(),
                "┗",
                "{what}: border broken at row {y}"
            );
            assert!(y - y0 >= 2, "{what}: a frame of at least three rows");
        }
        assert_eq!(
            straddled,
            [over_text, over_text],
            "{name}: a wide character straddled the border at an even and an odd column"
        );
    }
}
