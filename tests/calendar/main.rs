//! The calendar's views through the keymap and `update`, as a user uses them, on a fixture of
//! entries of every shape (tests/fixtures/calendar: a three-day meeting, events that run
//! into and out of a week, entries known only to the month or the year, a range of months,
//! planned, postponed and cancelled ones, a March of busy days for the heat map):
//!
//! - `index`: the calendar index the views read, against the fixture's dates;
//! - `goto`: the dates `:` takes and the messages for those it does not;
//! - `moves`: `v`, the keys of each view, busy-day jumps, the week start;
//! - `week` and `year`: the grids checked cell by cell in the buffer;
//! - `entries`: the day's list, its cursor, Enter, the day menu, clicks, and the heading and
//!   entries on screen at every size of the 2×2 grid;
//! - `screens`: reviewed snapshots of the three views at 80×24 and 160×48.

#[path = "../common/mod.rs"]
mod common;
mod entries;
mod goto;
mod index;
mod moves;
mod screens;
mod week;
mod year;

use chrono::{NaiveDate, Weekday};
use cica_dash::app::{App, Settings};
use cica_dash::keys;
use cica_dash::load;
use cica_dash::render::{draw, feed};
use ratatui::buffer::Buffer;

pub const FIXTURE: &str = "tests/fixtures/calendar";

/// The tests' today: Wednesday 20 November 2024.
pub const TODAY: &str = "2024-11-20";

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The dashboard on the fixture, today injected, weeks starting on `week_start`.
pub fn app_with(today: &str, week_start: Weekday) -> App {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    let loaded = load::load_dir(&dir).unwrap();
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    App::new(
        loaded.dataset,
        Settings {
            today: day(today),
            week_start,
        },
    )
}

/// The dashboard on the fixture on the tests' today, weeks from Monday.
pub fn app() -> App {
    app_with(TODAY, Weekday::Mon)
}

pub fn press(app: &mut App, k: &str) {
    feed(app, &keys::parse(k).unwrap());
}

/// Row `y` of a buffer as text, one symbol a cell (the fixture's text is one cell a
/// character).
pub fn row(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

/// Where `needle` first starts in the buffer, scanning rows from the top: (column, row).
pub fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    let want: Vec<String> = needle.chars().map(|c| c.to_string()).collect();
    for y in 0..buf.area.height {
        let cells: Vec<&str> = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        if let Some(x) = cells
            .windows(want.len())
            .position(|w| w.iter().zip(&want).all(|(a, b)| a == b))
        {
            return Some((x as u16, y));
        }
    }
    None
}

/// Like [`find`], panicking with the screen when the text is not there.
pub fn at(buf: &Buffer, needle: &str) -> (u16, u16) {
    find(buf, needle).unwrap_or_else(|| {
        panic!(
            "{needle:?} not on screen:\n{}",
            cica_dash::render::to_text(buf)
        )
    })
}

/// The app drawn at a size after some keys.
pub fn screen(app: &mut App, keys: &str, w: u16, h: u16) -> Buffer {
    press(app, keys);
    draw(app, w, h)
}
