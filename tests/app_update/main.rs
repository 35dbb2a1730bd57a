//! `update()`: navigation, linking, filtering, overlays and the mouse, driven as a user would
//! through the keymap.

#[path = "../common/mod.rs"]
mod common;

use chrono::NaiveDate;
use cica_dash::app::{Action, App, Effect, ItemRef, Overlay, Pane, Target, update};
use cica_dash::keymap::Key;
use cica_dash::render::feed;
use cica_dash::view::layout;
use cica_dash::{dataset::Dataset, keys};
use common::*;
use ratatui::layout::Rect;

fn press(app: &mut App, k: &str) {
    feed(app, &keys::parse(k).unwrap());
}

fn cursors(app: &App) -> [usize; 3] {
    [Pane::Agenda, Pane::Decisions, Pane::Statements].map(|p| app.dashboard().cursor(p))
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Index of the agenda item with this id in the bundled meeting.
fn agenda_index(app: &App, id: &str) -> usize {
    app.current()
        .unwrap()
        .agenda
        .iter()
        .position(|a| a.id == id)
        .unwrap()
}

mod linking;
mod mouse;
mod moving;
mod overlays;
