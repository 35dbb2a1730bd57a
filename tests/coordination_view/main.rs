//! The coordination view through the keymap and `update`, as a user uses it: `c` opens today's
//! roles, Enter opens the decision (or the standing assignment) behind a role, digits type a
//! date, `[` `]` `t` `a` `v` change what is shown, clicks select and open, the grid scrolls
//! both ways, a reload keeps the place and rebuilds the index (which key presses never do),
//! and (in `screens`) reviewed snapshots at 80×24 and 160×48.

#[path = "../common/mod.rs"]
mod common;
mod screens;

use std::path::Path;
use std::sync::Arc;

use chrono::{NaiveDate, Weekday};
use cica_dash::app::coord::CoordState;
use cica_dash::app::{Action, App, Overlay, Settings, Target, update};
use cica_dash::dataset::ItemRef;
use cica_dash::keys;
use cica_dash::load::{self, Source};
use cica_dash::render::feed;
use cica_dash::text::width;
use common::*;

const FIXTURE: &str = "tests/fixtures/coordination";

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The fixture's files, to load as they are or edited.
fn sources() -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    [
        "participants.toml",
        "meetings/2019-04-10-soc.toml",
        "meetings/2021-06-23-mc.toml",
    ]
    .iter()
    .map(|p| Source {
        path: p.to_string(),
        text: std::fs::read_to_string(root.join(p)).unwrap(),
    })
    .collect()
}

/// The dashboard on the fixture, `today` injected.
pub fn app_on(today: &str) -> App {
    let loaded = load::load_sources(&sources(), Vec::new());
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let settings = Settings {
        today: day(today),
        week_start: Weekday::Mon,
    };
    App::new(loaded.dataset, settings)
}

fn press(app: &mut App, k: &str) {
    feed(app, &keys::parse(k).unwrap());
}

fn view(app: &App) -> &CoordState {
    match app.overlay() {
        Some(Overlay::Coordination(s)) => s,
        other => panic!("the coordination view is not on top: {other:?}"),
    }
}

#[test]
fn c_opens_todays_roles_and_enter_opens_the_decision_behind_one() {
    let mut app = bundled_app();
    press(&mut app, "C");
    let s = view(&app);
    assert_eq!(s.grid.day, Some(today()));
    assert_eq!(
        s.grid.roles.len(),
        5,
        "the five co-coordinators of 23 Jun 2021"
    );
    // The top left corner is Bangladesh's transport corridors cell: empty.
    press(&mut app, "<Enter>");
    assert_eq!(app.notice(), Some("no role here"));
    // China's, one to the right.
    press(&mut app, "l<Enter>");
    let m = &app.data().meetings[0];
    let list = m
        .decisions
        .iter()
        .position(|d| d.id == "coordinating-countries-list")
        .unwrap();
    assert_eq!(
        app.overlay(),
        Some(&Overlay::Detail {
            target: Target::Item(ItemRef::Decision(0, list)),
            scroll: 0,
            link: Some(0)
        })
    );
    press(&mut app, "<Esc>");
    assert!(
        matches!(app.overlay(), Some(Overlay::Coordination(_))),
        "back to the view"
    );
    press(&mut app, "<Esc>");
    assert_eq!(app.overlay(), None);
}

#[test]
fn a_standing_role_opens_its_assignment() {
    let mut app = app_on("2022-06-01");
    // Two rows down from the top left corner is the human dimension; India is the first
    // column (the `h`s stop there).
    press(&mut app, "Cjjhhh");
    let s = view(&app);
    assert_eq!(s.cursor.1, 0);
    press(&mut app, "<Enter>");
    let india = app
        .data()
        .assignments
        .iter()
        .position(|a| app.data().participants[a.participant].code == "IND")
        .unwrap();
    assert_eq!(
        app.overlay(),
        Some(&Overlay::Detail {
            target: Target::Assignment(india),
            scroll: 0,
            link: Some(0)
        })
    );
    let text = screen(&mut app, "", 100, 30);
    assert!(text.contains(" Standing assignment "), "{text}");
    assert!(text.contains("India (IND)"), "{text}");
    assert!(text.contains("Standing since before the records kept here."));
}

#[test]
fn digits_type_a_date_and_enter_goes_there() {
    let mut app = app_on("2022-06-01");
    press(&mut app, "C2016-06-01");
    assert_eq!(view(&app).typed, "2016-06-01");
    let text = screen(&mut app, "", 100, 30);
    assert!(text.contains("Go to date: 2016-06-01"), "{text}");
    press(&mut app, "<Enter>");
    assert_eq!(view(&app).grid.day, Some(day("2016-06-01")));
    assert_eq!(view(&app).grid.roles.len(), 2, "Kazakhstan's and India's");
    // A year alone means its first day; letters are not part of a date.
    press(&mut app, "20x19<Enter>");
    assert_eq!(view(&app).grid.day, Some(day("2019-01-01")));
    press(&mut app, "2019-13<Enter>");
    assert_eq!(view(&app).grid.day, Some(day("2019-01-01")), "unchanged");
    assert!(app.notice().unwrap().contains("not a date: 2019-13"));
    // Esc drops a date being typed, then closes.
    press(&mut app, "20<Esc>");
    assert_eq!(view(&app).typed, "");
    press(&mut app, "<Esc>");
    assert_eq!(app.overlay(), None);
}

#[test]
fn brackets_today_and_every_period() {
    let mut app = app_on("2022-06-01");
    press(&mut app, "C]");
    assert_eq!(
        view(&app).grid.day,
        Some(day("2023-01-01")),
        "Thailand's energy role"
    );
    press(&mut app, "]");
    assert!(app.notice().unwrap().contains("no later change"));
    press(&mut app, "[[");
    assert_eq!(view(&app).grid.day, Some(day("2021-07-01")));
    press(&mut app, "t");
    assert_eq!(view(&app).grid.day, Some(day("2022-06-01")));
    press(&mut app, "a");
    assert_eq!(view(&app).grid.day, None);
    assert_eq!(view(&app).grid.roles.len(), 14);
    press(&mut app, "a");
    assert_eq!(
        view(&app).grid.day,
        Some(day("2022-06-01")),
        "back to the day"
    );
}

#[test]
fn the_grid_scrolls_both_ways_on_a_small_screen() {
    let mut app = app_on("2022-06-01");
    // Every period, as a grid although 80 columns fit only two states.
    let text = screen(&mut app, "Cavggllllllll", 80, 24);
    assert!(
        text.contains("中华人民共和国"),
        "the last state, by name: {text}"
    );
    assert!(
        !text.contains("India"),
        "the first state scrolled away: {text}"
    );
    assert!(text.contains("Energy security"));
    let text = screen(&mut app, "Ghhhhhhhh", 80, 24);
    assert!(text.contains("India"), "{text}");
    assert!(!text.contains("中华人民共和国"), "{text}");
    assert!(text.contains("应对新威胁和挑战"), "the last area: {text}");
    assert!(
        !text.contains("Energy security"),
        "the first area scrolled away: {text}"
    );
    screens::assert_borders(&text, 80, 24);
}

#[test]
fn a_click_selects_a_cell_and_a_second_click_opens_it() {
    let mut app = app_on("2022-06-01");
    let text = screen(&mut app, "Cl", 120, 40);
    let lines: Vec<&str> = text.lines().collect();
    let y = lines
        .iter()
        .position(|l| l.contains("Human dimension"))
        .unwrap();
    let header = lines.iter().position(|l| l.contains("Area ")).unwrap();
    let x = width(&lines[header][..lines[header].find("India").unwrap()]);
    let (x, y) = (x as u16, y as u16);
    update(&mut app, Action::Click { x, y });
    let text = screen(&mut app, "", 120, 40);
    assert!(
        text.contains("India (IND): coordinator, Human dimension"),
        "{text}"
    );
    update(&mut app, Action::Click { x, y });
    assert!(matches!(
        app.overlay(),
        Some(Overlay::Detail {
            target: Target::Assignment(_),
            ..
        })
    ));
    press(&mut app, "<Esc>");
    update(&mut app, Action::Click { x: 0, y: 0 });
    assert_eq!(app.overlay(), None, "a click outside closes the view");
}

#[test]
fn the_index_is_built_once_and_rebuilt_by_a_reload_that_keeps_the_place() {
    let mut app = app_on("2022-06-01");
    press(&mut app, "C");
    // Held here, the first index cannot be freed and its address reused by another.
    let built = Arc::clone(app.coordination().unwrap());
    press(&mut app, "jl]a[vv<Enter><Esc>");
    assert!(
        Arc::ptr_eq(&built, app.coordination().unwrap()),
        "key presses reuse the index"
    );
    // Türkiye's food security role: the second area, Türkiye's column.
    press(&mut app, "ta");
    press(&mut app, "ggjhhhhhhhhl");
    let selected = |app: &App| {
        let s = view(app);
        let c = app.coordination().unwrap();
        let area = c.areas[s.grid.rows[s.cursor.0]].clone();
        let code = app.data().participants[c.states[s.grid.cols[s.cursor.1]]]
            .code
            .clone();
        (area, code)
    };
    assert_eq!(selected(&app), ("Food security".into(), "TUR".into()));
    // A new state and area that sort before all the others renumber everything.
    let mut edited = sources();
    edited[0].text.push_str(concat!(
        "\n[[participant]]\ncode = \"AZE\"\nname = \"Azərbaycan\"\nkind = \"state\"\n",
        "\n[[assignment]]\nparticipant = \"AZE\"\nrole = \"coordinator\"\narea = \"Agriculture\"\n",
    ));
    update(
        &mut app,
        Action::Reloaded(Box::new(load::load_sources(&edited, Vec::new()))),
    );
    assert!(!Arc::ptr_eq(&built, app.coordination().unwrap()), "rebuilt");
    assert_eq!(view(&app).grid.roles.len(), 15);
    assert_eq!(selected(&app), ("Food security".into(), "TUR".into()));
}
