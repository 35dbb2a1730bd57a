//! Random walks through every screen: sequences of keys, clicks, wheel turns, resizes (from
//! 1×1 to 400×150), ticks and reloads (good data, other data, bad data, a failed read), on the
//! bundled data, a multilingual meeting and an empty data set — short walks by the dozen and
//! walks of 10,000 steps. After every step the app draws without panicking and its invariants
//! hold: selections in range, the focus a pane, nothing drawn outside the area, no wide
//! character overlapping the cell after it, and Esc always leading back to the dashboard.
//! Failing cases are kept by proptest (in `proptest-regressions/`) so that they replay.

mod common;

use std::time::Duration;

use cica_dash::app::{Action, App, Effect, Now, Overlay, Pane, Screen, update};
use cica_dash::dataset::Dataset;
use cica_dash::keymap::{self, Key};
use cica_dash::render;
use common::*;
use proptest::prelude::*;
use ratatui::crossterm::event::KeyCode;

/// One step of a walk.
#[derive(Debug, Clone)]
enum Step {
    Key(Key),
    Click(u16, u16),
    Wheel(u16, u16, bool),
    Resize(u16, u16),
    Tick(u64),
    /// The watcher's result: 0 the bundled data, 1 the multilingual meeting, 2 data with
    /// errors, 3 a directory that could not be read.
    Reload(u8),
}

fn key() -> impl Strategy<Value = Key> {
    let named = prop_oneof![
        Just(KeyCode::Tab),
        Just(KeyCode::BackTab),
        Just(KeyCode::Enter),
        Just(KeyCode::Esc),
        Just(KeyCode::Up),
        Just(KeyCode::Down),
        Just(KeyCode::Left),
        Just(KeyCode::Right),
        Just(KeyCode::PageUp),
        Just(KeyCode::PageDown),
        Just(KeyCode::Home),
        Just(KeyCode::End),
        Just(KeyCode::Backspace),
    ];
    prop_oneof![
        4 => "[jkhlgGfmpoibtTcFnN/?\\[\\]1234 0-9a-zй张]".prop_map(|s: String| {
            Key::ch(s.chars().next().unwrap_or('j'))
        }),
        3 => named.prop_map(Key::plain),
        1 => Just(Key::ctrl('u')),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        10 => key().prop_map(Step::Key),
        2 => (0u16..200, 0u16..60).prop_map(|(x, y)| Step::Click(x, y)),
        1 => (0u16..200, 0u16..60, any::<bool>()).prop_map(|(x, y, d)| Step::Wheel(x, y, d)),
        1 => prop_oneof![
            (1u16..=400, 1u16..=150),
            (1u16..=3, 1u16..=3),
            (38u16..=42, 10u16..=13),
            (78u16..=82, 22u16..=26),
        ]
        .prop_map(|(w, h)| Step::Resize(w, h)),
        1 => (0u64..100_000).prop_map(Step::Tick),
        1 => (0u8..4).prop_map(Step::Reload),
    ]
}

/// What a reload hands the app.
fn reloaded(which: u8) -> Action {
    use cica_dash::load;
    match which {
        0 => Action::Reloaded(Box::new(
            load::load(&load::DataSource::Bundled, load::DEFAULT_MAX_FILE_SIZE).unwrap(),
        )),
        1 => Action::Reloaded(Box::new(
            load::load(
                &load::DataSource::Dir("tests/fixtures/valid/multilingual-meeting".into()),
                load::DEFAULT_MAX_FILE_SIZE,
            )
            .unwrap(),
        )),
        2 => Action::Reloaded(Box::new(load::load_str(
            "broken.toml",
            "[meeting]\nid = 1\ntitle = \"张 \u{1b}[2J\"\n",
        ))),
        _ => Action::ReloadFailed("the data directory is gone".into()),
    }
}

fn apply(app: &mut App, step: &Step) {
    let action = match *step {
        Step::Key(k) => keymap::action_for(app, k),
        Step::Click(x, y) => Some(Action::Click { x, y }),
        Step::Wheel(x, y, down) => Some(if down {
            Action::ScrollDown { x, y }
        } else {
            Action::ScrollUp { x, y }
        }),
        Step::Resize(width, height) => Some(Action::Resize { width, height }),
        Step::Tick(ms) => Some(Action::Tick(Now {
            mono: Duration::from_millis(ms),
            ..Now::default()
        })),
        Step::Reload(which) => Some(reloaded(which)),
    };
    if let Some(action) = action {
        // The loop's effects: an index is built as the terminal builds it (here at once);
        // quitting, suspending and the rest are the loop's, and the state must be sound anyway.
        if let Effect::BuildIndex(data) = update(app, action) {
            let index = std::sync::Arc::new(cica_dash::search::SearchIndex::build(&data));
            let _ = update(app, Action::IndexReady(index, data));
        }
    }
}

/// Draws the app into an area inside a larger buffer filled with a mark, and checks that
/// nothing outside the area changed and that no wide character overlaps the cell after it
/// (which would let it cover a border).
fn draw_inside(app: &App, w: u16, h: u16) {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::widgets::Widget;
    let outer = Rect::new(0, 0, w + 4, h + 2);
    let area = Rect::new(2, 1, w, h);
    let mut buf = Buffer::empty(outer);
    for cell in buf.content.iter_mut() {
        cell.set_symbol("▒");
    }
    app.render(area, &mut buf);
    for y in 0..outer.height {
        for x in 0..outer.width {
            let inside = x >= area.x && x < area.right() && y >= area.y && y < area.bottom();
            let symbol = buf[(x, y)].symbol();
            if !inside {
                assert_eq!(symbol, "▒", "drawn outside the {w}x{h} area at {x},{y}");
                continue;
            }
            if cica_dash::text::width(symbol) >= 2 {
                assert!(
                    x + 1 < area.right(),
                    "a wide {symbol:?} in the last column, row {y}"
                );
                let next = buf[(x + 1, y)].symbol();
                assert!(
                    next == " " || next.is_empty(),
                    "{symbol:?} at {x},{y} overlaps {next:?} ({w}x{h})"
                );
            }
        }
    }
}

/// What must hold after every step.
fn check(app: &App) {
    let d = app.dashboard();
    assert!(Pane::ALL.contains(&d.focus()));
    for pane in [Pane::Agenda, Pane::Decisions, Pane::Statements] {
        let rows = app.rows(pane).len();
        assert!(
            d.cursor(pane) < rows.max(1),
            "{pane:?} cursor {} of {rows}",
            d.cursor(pane)
        );
    }
    if let Some(p) = app.presentation() {
        assert!(p.slide() < p.deck().len().max(1));
    }
    if let Some(Overlay::Search(s)) = app.overlay() {
        assert!(s.cursor < s.results.hits.len().max(1));
    }
    if let Some(Overlay::Profile(p)) = app.overlay() {
        let rows = cica_dash::view::profile::Rows::new(app.data(), &p.subject);
        assert!(p.cursor < rows.len().max(1), "profile cursor {}", p.cursor);
    }
    if let Some(Overlay::ProfilePicker(p)) = app.overlay() {
        assert!(
            p.cursor < p.matches.len().max(1),
            "picker cursor {}",
            p.cursor
        );
    }
}

/// A walk that draws after every step.
fn walk(app: App, steps: &[Step]) {
    walk_drawing(app, steps, 1);
}

/// A walk that checks the invariants after every step and draws after every `every`-th step
/// and after every resize and reload (a 10,000-step walk drawn at every step would take
/// minutes in a debug build).
fn walk_drawing(mut app: App, steps: &[Step], every: usize) {
    let (mut w, mut h) = (120u16, 40u16);
    for (n, s) in steps.iter().enumerate() {
        apply(&mut app, s);
        if let Step::Resize(nw, nh) = *s {
            (w, h) = (nw, nh);
        }
        check(&app);
        if n % every == 0 || matches!(s, Step::Resize(..) | Step::Reload(_)) {
            let buf = render::draw(&mut app, w, h);
            assert_eq!((buf.area.width, buf.area.height), (w, h));
            draw_inside(&app, w, h);
        }
    }
    // Esc, again and again, always leads back to the dashboard.
    update(
        &mut app,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    for _ in 0..12 {
        let esc = keymap::action_for(&app, Key::plain(KeyCode::Esc));
        if let Some(a) = esc {
            update(&mut app, a);
        }
    }
    if app.has_data() {
        assert_eq!(app.overlay(), None, "Esc closes every overlay");
        assert_eq!(app.screen(), &Screen::Dashboard, "Esc leaves the deck");
    }
}

fn multilingual() -> App {
    let loaded = cica_dash::load::load(
        &cica_dash::load::DataSource::Dir("tests/fixtures/valid/multilingual-meeting".into()),
        cica_dash::load::DEFAULT_MAX_FILE_SIZE,
    )
    .unwrap();
    App::new(loaded.dataset, settings())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn walks_on_the_bundled_data(steps in proptest::collection::vec(step(), 1..120)) {
        walk(bundled_app(), &steps);
    }

    #[test]
    fn walks_on_a_multilingual_meeting(steps in proptest::collection::vec(step(), 1..120)) {
        walk(multilingual(), &steps);
    }

    #[test]
    fn walks_on_an_empty_data_set(steps in proptest::collection::vec(step(), 1..80)) {
        walk(App::new(Dataset::default(), settings()), &steps);
    }
}

proptest! {
    // One walk each in `cargo test`; `PROPTEST_CASES` cannot raise it (the count is set here),
    // so a long run edits this number (BENCHMARKS.md gives the runs made).
    #![proptest_config(ProptestConfig { cases: 1, ..ProptestConfig::default() })]

    #[test]
    fn ten_thousand_steps_on_the_bundled_data(steps in proptest::collection::vec(step(), 10_000)) {
        walk_drawing(bundled_app(), &steps, 50);
    }

    #[test]
    fn ten_thousand_steps_on_a_multilingual_meeting(steps in proptest::collection::vec(step(), 10_000)) {
        walk_drawing(multilingual(), &steps, 50);
    }

    #[test]
    fn ten_thousand_steps_on_an_empty_data_set(steps in proptest::collection::vec(step(), 10_000)) {
        walk_drawing(App::new(Dataset::default(), settings()), &steps, 50);
    }
}
