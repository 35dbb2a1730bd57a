//! The timeline on a fixture of 1992–2026 (six chairmanship terms: Kazakhstan, Türkiye,
//! China, Tajikistan, Kazakhstan, Azerbaijan; meetings with and without a `chairmanship`;
//! dates to the day, the month and the year; undated events): in `data` the order, the band,
//! the derived chairs and the years' counts against values read off the fixture's files by
//! hand; in `moving` the screen through the keymap and `update` (`T`, moving, zooming, Enter,
//! Esc, the mouse, a reload); in `screens` reviewed snapshots and the screen at every size.
//! Here: the fixture and the helpers they share.

#[path = "../common/mod.rs"]
mod common;
mod data;
mod moving;
mod screens;

use std::path::Path;

use chrono::NaiveDate;
use cica_dash::app::timeline::TimelineState;
use cica_dash::app::{App, Screen};
use cica_dash::dataset::{CalItem, Dataset};
use cica_dash::keys;
use cica_dash::load::Source;
use cica_dash::render::feed;
use common::*;

const FIXTURE: &str = "tests/fixtures/timeline";

/// The fixture's files, to load as they are or edited.
pub fn sources() -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    let mut out = Vec::new();
    for dir in [root.clone(), root.join("meetings")] {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "toml") {
                out.push(Source {
                    path: path.strip_prefix(&root).unwrap().display().to_string(),
                    text: std::fs::read_to_string(&path).unwrap(),
                });
            }
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

/// The dashboard on the fixture (today 28 Nov 2026).
pub fn app() -> App {
    app_in(FIXTURE)
}

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub fn press(app: &mut App, k: &str) {
    feed(app, &keys::parse(k).unwrap());
}

pub fn state(app: &App) -> &TimelineState {
    match app.screen() {
        Screen::Timeline(s) => s,
        other => panic!("not on the timeline: {other:?}"),
    }
}

/// The id of a meeting or an event.
pub fn id(data: &Dataset, item: CalItem) -> &str {
    match item {
        CalItem::Meeting(m) => &data.meetings[m].id,
        CalItem::Event(e) => &data.events[e].id,
    }
}

/// The id of the selected entry.
pub fn selected(app: &App) -> String {
    let t = app.data().timeline();
    id(app.data(), t.entries[state(app).cursor].item).to_owned()
}

/// An event's position in the data.
pub fn event(data: &Dataset, id: &str) -> usize {
    data.events.iter().position(|e| e.id == id).unwrap()
}

/// Every meeting and event, by hand from the files: by the first day of the date, the coarser
/// date first on a shared first day (`"2002-06"` before 4 Jun 2002, `"2014"` before May 2014,
/// `"2016"` before `"2016-04"`), a meeting before an event on the same day (15 Jun 2019), a
/// range by its start, the undated events last in the order of `events.toml`.
pub const ORDER: [&str; 24] = [
    "un-proposal-1992",
    "mc-1999-09-14",
    "summit-2002-06",
    "business-forum-2002",
    "summit-2010-06-08",
    "mc-2012-09-12",
    "soc-2014",
    "summit-2014-05-20",
    "energy-seminar-2016",
    "soc-2016-04",
    "mc-2016-04-28",
    "summit-2019-06-15",
    "training-2019",
    "mc-2020-09-22",
    "webinar-2021",
    "soc-2021-06-23",
    "youth-forum-2021",
    "summit-2022-10-12",
    "swg-2023-05",
    "mc-2024-12-17",
    "soc-2025-03-10",
    "summit-2026-12",
    "think-tank-forum",
    "water-workshop",
];
