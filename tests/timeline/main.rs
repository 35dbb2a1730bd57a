//! The timeline on a fixture of 1992–2026 (six chairmanship terms: Kazakhstan, Türkiye,
//! China, Tajikistan, Kazakhstan, Azerbaijan; meetings with and without a `chairmanship`;
//! dates to the day, the month and the year; undated events): the order, the band, the
//! derived chairs and the years' counts against values read off the fixture's files by hand;
//! then the screen through the keymap and `update` (`T`, moving, zooming, Enter, Esc, the
//! mouse, a reload), and (in `screens`) reviewed snapshots and the screen at every size.

#[path = "../common/mod.rs"]
mod common;
mod screens;

use std::path::Path;

use chrono::NaiveDate;
use cica_dash::app::timeline::TimelineState;
use cica_dash::app::{Action, App, Overlay, Screen, Target, update};
use cica_dash::dataset::timeline::{BandAt, Chair, Timeline};
use cica_dash::dataset::{CalItem, Dataset, ItemRef};
use cica_dash::keys;
use cica_dash::load::{self, Source};
use cica_dash::render::feed;
use cica_dash::view::timeline::Zoom;
use common::*;

const FIXTURE: &str = "tests/fixtures/timeline";

/// The fixture's files, to load as they are or edited.
fn sources() -> Vec<Source> {
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

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn press(app: &mut App, k: &str) {
    feed(app, &keys::parse(k).unwrap());
}

fn state(app: &App) -> &TimelineState {
    match app.screen() {
        Screen::Timeline(s) => s,
        other => panic!("not on the timeline: {other:?}"),
    }
}

/// The id of a meeting or an event.
fn id(data: &Dataset, item: CalItem) -> &str {
    match item {
        CalItem::Meeting(m) => &data.meetings[m].id,
        CalItem::Event(e) => &data.events[e].id,
    }
}

/// The id of the selected entry.
fn selected(app: &App) -> String {
    let t = app.data().timeline();
    id(app.data(), t.entries[state(app).cursor].item).to_owned()
}

/// A participant's code.
fn code(data: &Dataset, p: usize) -> &str {
    &data.participants[p].code
}

/// The band's terms at an entry as codes: `KAZ`, `KAZ→TUR`, or empty.
fn at_codes(data: &Dataset, t: &Timeline, at: BandAt) -> String {
    let c = |k: usize| code(data, t.band.terms[k].participant).to_owned();
    match at {
        BandAt::None => String::new(),
        BandAt::One(a) => c(a),
        BandAt::Across(a, b) => format!("{}→{}", c(a), c(b)),
    }
}

/// Every meeting and event, by hand from the files: by the first day of the date, the coarser
/// date first on a shared first day (`"2002-06"` before 4 Jun 2002, `"2014"` before May 2014,
/// `"2016"` before `"2016-04"`), a meeting before an event on the same day (15 Jun 2019), a
/// range by its start, the undated events last in the order of `events.toml`.
const ORDER: [&str; 24] = [
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

#[test]
fn every_meeting_and_event_in_order_with_partial_dates_and_the_undated_last() {
    let app = app();
    let data = app.data();
    let t = data.timeline();
    let ids: Vec<&str> = t.entries.iter().map(|e| id(data, e.item)).collect();
    assert_eq!(ids, ORDER);
    assert_eq!(t.entries.len(), data.meetings.len() + data.events.len());
    for (k, e) in t.entries.iter().enumerate() {
        assert_eq!(t.position(e.item), Some(k), "{}", id(data, e.item));
    }
}

#[test]
fn the_band_is_the_six_terms_in_order_and_the_open_one_has_no_end() {
    let app = app();
    let data = app.data();
    let terms: Vec<(&str, NaiveDate, Option<NaiveDate>)> = data
        .timeline()
        .band
        .terms
        .iter()
        .map(|t| (code(data, t.participant), t.from, t.until))
        .collect();
    let d = |s| Some(day(s));
    assert_eq!(
        terms,
        [
            ("KAZ", day("1992-10-05"), d("2010-06-08")),
            ("TUR", day("2010-06-08"), d("2014-05-21")),
            ("CHN", day("2014-05-21"), d("2018-09-28")),
            ("TJK", day("2018-09-28"), d("2020-09-30")),
            ("KAZ", day("2020-09-30"), d("2022-10-13")),
            ("AZE", day("2022-10-13"), None),
        ]
    );
}

#[test]
fn a_meeting_without_a_chairmanship_shows_the_bands_marked_derived() {
    let app = app();
    let data = app.data();
    let t = data.timeline();
    // From the files: the meetings' own `chairmanship`, or the terms over their dates (a
    // handover day, or a month or year holding one, falls across two terms).
    let expected = [
        ("mc-1999-09-14", "KAZ"),
        ("summit-2002-06", "KAZ (derived)"),
        ("summit-2010-06-08", "KAZ→TUR (derived)"),
        ("mc-2012-09-12", "TUR"),
        ("soc-2014", "TUR→CHN (derived)"),
        ("summit-2014-05-20", "TUR"),
        ("soc-2016-04", "CHN (derived)"),
        ("mc-2016-04-28", "CHN"),
        ("summit-2019-06-15", "TJK"),
        ("mc-2020-09-22", "TJK (derived)"),
        ("soc-2021-06-23", "KAZ"),
        ("summit-2022-10-12", "KAZ"),
        ("swg-2023-05", "AZE (derived)"),
        ("mc-2024-12-17", "AZE (derived)"),
        ("soc-2025-03-10", "AZE"),
        ("summit-2026-12", "AZE (derived)"),
    ];
    let mut got = Vec::new();
    for (k, e) in t.entries.iter().enumerate() {
        let chair = match t.chair(data, k) {
            None => continue,
            Some(Chair::Own(p)) => code(data, p).to_owned(),
            Some(Chair::Derived(at)) => format!("{} (derived)", at_codes(data, t, at)),
        };
        got.push((id(data, e.item).to_owned(), chair));
    }
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, expected);
    // Events have no chair, but the band still stands beside them.
    let forum = t
        .position(CalItem::Event(event(data, "youth-forum-2021")))
        .unwrap();
    assert_eq!(t.chair(data, forum), None);
    assert_eq!(at_codes(data, t, t.entries[forum].at), "KAZ");
    let undated = t
        .position(CalItem::Event(event(data, "think-tank-forum")))
        .unwrap();
    assert_eq!(t.entries[undated].at, BandAt::None);
}

fn event(data: &Dataset, id: &str) -> usize {
    data.events.iter().position(|e| e.id == id).unwrap()
}

#[test]
fn each_year_counts_its_items_and_planned_depends_on_today() {
    let app = app();
    let t = app.data().timeline();
    let years: Vec<Option<i32>> = t.years.iter().map(|y| y.year).collect();
    let y = |n: i32| Some(n);
    assert_eq!(
        years,
        [
            y(1992),
            y(1999),
            y(2002),
            y(2010),
            y(2012),
            y(2014),
            y(2016),
            y(2019),
            y(2020),
            y(2021),
            y(2022),
            y(2023),
            y(2024),
            y(2025),
            y(2026),
            None
        ]
    );
    let of = |n: Option<i32>| t.years.iter().find(|y| y.year == n).unwrap();
    let y2014 = of(Some(2014));
    assert_eq!(
        (
            y2014.meetings,
            y2014.events,
            y2014.decisions,
            y2014.statements
        ),
        (2, 0, 4, 3)
    );
    assert_eq!(at_codes(app.data(), t, y2014.at), "TUR→CHN");
    let y2021 = of(Some(2021));
    assert_eq!(
        (y2021.meetings, y2021.events),
        (1, 2),
        "the webinar in a meeting file counts"
    );
    assert_eq!((of(Some(2023)).postponed, of(Some(2025)).cancelled), (1, 1));
    // The Dec 2026 summit gives no status: planned until its month is over.
    let y2026 = of(Some(2026));
    assert_eq!(y2026.planned_on(day("2026-11-28")), 1);
    assert_eq!(y2026.planned_on(day("2026-12-31")), 1);
    assert_eq!(y2026.planned_on(day("2027-01-01")), 0);
    let undated = of(None);
    assert_eq!((undated.meetings, undated.events), (0, 2));
    assert_eq!(undated.entries, 22..24);
}

#[test]
fn t_opens_on_the_dashboards_meeting_and_esc_or_q_go_back() {
    let mut app = app();
    // The dashboard opens on the latest meeting that is not in the future.
    assert_eq!(app.current().unwrap().id, "soc-2025-03-10");
    press(&mut app, "T");
    assert_eq!(selected(&app), "soc-2025-03-10");
    assert_eq!(state(&app).zoom, Zoom::Items);
    press(&mut app, "<Esc>");
    assert!(matches!(app.screen(), Screen::Dashboard));
    press(&mut app, "Tq");
    assert!(
        matches!(app.screen(), Screen::Dashboard),
        "q goes back, not out"
    );
    press(&mut app, "TT");
    assert!(
        matches!(app.screen(), Screen::Dashboard),
        "T again goes back"
    );
}

#[test]
fn keys_move_by_item_by_year_to_the_ends_and_to_today() {
    let mut app = app();
    press(&mut app, "Tg");
    assert_eq!(selected(&app), "un-proposal-1992");
    press(&mut app, "k");
    assert_eq!(selected(&app), "un-proposal-1992", "stops at the top");
    press(&mut app, "jj");
    assert_eq!(selected(&app), "summit-2002-06");
    press(&mut app, "]");
    assert_eq!(
        selected(&app),
        "summit-2010-06-08",
        "the first item of 2010"
    );
    press(&mut app, "]]");
    assert_eq!(
        selected(&app),
        "soc-2014",
        "2012, then 2014 headed by its year-long item"
    );
    press(&mut app, "j[");
    assert_eq!(
        selected(&app),
        "mc-2012-09-12",
        "from inside 2014 back to 2012"
    );
    press(&mut app, "G");
    assert_eq!(selected(&app), "water-workshop");
    press(&mut app, "]");
    assert_eq!(app.notice(), Some("this is the last year"));
    press(&mut app, "[");
    assert_eq!(
        selected(&app),
        "summit-2026-12",
        "from the undated back to 2026"
    );
    press(&mut app, "gt");
    assert_eq!(
        selected(&app),
        "summit-2026-12",
        "the first item from 28 Nov 2026 on"
    );
    press(&mut app, "g[");
    assert_eq!(app.notice(), Some("this is the first year"));
    // A page is the rows that fit: 10 two-line rows at 80×24.
    update(
        &mut app,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    press(&mut app, "<PageDown>");
    assert_eq!(selected(&app), ORDER[10]);
    press(&mut app, "<PageUp>");
    assert_eq!(selected(&app), ORDER[0]);
}

#[test]
fn zoomed_out_a_row_is_a_year_and_enter_zooms_back_in_at_its_first_item() {
    let mut app = app();
    press(&mut app, "Tgz");
    assert_eq!(state(&app).zoom, Zoom::Years);
    press(&mut app, "jj");
    assert_eq!(selected(&app), "summit-2002-06", "1992, 1999, then 2002");
    press(&mut app, "G");
    assert_eq!(selected(&app), "think-tank-forum", "the undated");
    press(&mut app, "k<Enter>");
    assert_eq!(state(&app).zoom, Zoom::Items);
    assert_eq!(selected(&app), "summit-2026-12");
    press(&mut app, "zz");
    assert_eq!(state(&app).zoom, Zoom::Items, "z toggles");
}

#[test]
fn enter_shows_a_meeting_on_the_dashboard_and_an_event_in_its_popup() {
    let mut app = app();
    press(&mut app, "Tgj<Enter>");
    assert!(matches!(app.screen(), Screen::Dashboard));
    assert_eq!(app.current().unwrap().id, "mc-1999-09-14");
    // Back on the timeline at that meeting; the next item is an event.
    press(&mut app, "Tjj");
    assert_eq!(selected(&app), "business-forum-2002");
    press(&mut app, "<Enter>");
    let e = event(app.data(), "business-forum-2002");
    assert_eq!(
        app.overlay(),
        Some(&Overlay::Detail {
            target: Target::Item(ItemRef::Event(e)),
            scroll: 0,
            link: Some(0)
        })
    );
    assert!(
        matches!(app.screen(), Screen::Timeline(_)),
        "over the timeline"
    );
    press(&mut app, "<Esc>");
    assert_eq!(app.overlay(), None);
    assert_eq!(selected(&app), "business-forum-2002");
}

#[test]
fn a_click_selects_a_second_opens_and_the_wheel_moves() {
    let mut app = app();
    update(
        &mut app,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    press(&mut app, "Tg");
    // At 80×24 the rows start on line 3, two lines each, beside an 11-cell band from column 1.
    update(&mut app, Action::Click { x: 40, y: 8 });
    assert_eq!(
        selected(&app),
        ORDER[2],
        "the third row, on its second line"
    );
    update(&mut app, Action::Click { x: 2, y: 5 });
    assert_eq!(
        selected(&app),
        ORDER[1],
        "a click on the band selects its row"
    );
    update(&mut app, Action::ScrollDown { x: 40, y: 10 });
    update(&mut app, Action::ScrollDown { x: 40, y: 10 });
    assert_eq!(selected(&app), ORDER[3]);
    update(&mut app, Action::ScrollUp { x: 40, y: 10 });
    assert_eq!(selected(&app), ORDER[2]);
    update(&mut app, Action::Click { x: 40, y: 1 });
    assert_eq!(selected(&app), ORDER[2], "the header selects nothing");
    update(&mut app, Action::Click { x: 40, y: 7 });
    assert!(matches!(app.screen(), Screen::Dashboard));
    assert_eq!(app.current().unwrap().id, ORDER[2]);
}

#[test]
fn a_reload_keeps_the_selected_item_and_builds_the_timeline_again() {
    let mut app = app();
    press(&mut app, "Tgjjjj");
    assert_eq!(selected(&app), "summit-2010-06-08");
    let before = app.data().timeline() as *const Timeline;
    press(&mut app, "jk");
    assert_eq!(
        app.data().timeline() as *const Timeline,
        before,
        "keys read the timeline built once"
    );
    // A meeting added before it moves it one row down.
    let mut edited = sources();
    edited.push(Source {
        path: "meetings/2005-01-soc.toml".into(),
        text: "[meeting]\nid = \"soc-2005-01\"\ntitle = \"SOC\"\nbody = \"Senior Officials Committee\"\ndate = \"2005-01\"\n".into(),
    });
    update(
        &mut app,
        Action::Reloaded(Box::new(load::load_sources(&edited, Vec::new()))),
    );
    assert_eq!(app.data().timeline().entries.len(), 25);
    assert_eq!(selected(&app), "summit-2010-06-08");
    assert_eq!(state(&app).cursor, 5);
}

#[test]
fn a_profile_reached_from_an_events_popup_leads_to_the_dashboard() {
    let mut app = app();
    // The forum's popup, then its first link: its organiser, Kazakhstan.
    press(&mut app, "Tgjjj<Enter><Enter>");
    assert!(matches!(app.overlay(), Some(Overlay::Profile(_))));
    assert!(matches!(app.screen(), Screen::Timeline(_)));
    press(&mut app, "l");
    assert!(
        matches!(app.screen(), Screen::Dashboard),
        "the lens is the dashboard's"
    );
    assert_eq!(app.lens_name(), Some("Kazakhstan"));
    press(&mut app, "<Esc>Tgjjj<Enter><Enter><Enter>");
    assert!(
        matches!(app.screen(), Screen::Dashboard),
        "its first row, on the dashboard"
    );
    assert_eq!(app.overlay(), None);
    assert_eq!(
        app.current().unwrap().id,
        "mc-1999-09-14",
        "the first meeting it chaired"
    );
}
