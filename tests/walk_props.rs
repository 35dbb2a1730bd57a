//! Random walks through every screen: sequences of keys, clicks, wheel turns, resizes (from
//! 1×1 to 400×150) and ticks, on the bundled data, a multilingual meeting and an empty data
//! set. After every step the app draws without panicking and its invariants hold: selections
//! in range, the focus a pane, and Esc always leading back to the dashboard. Failing cases are
//! kept by proptest (in `proptest-regressions/`) so that they replay.

mod common;

use std::time::Duration;

use cica_dash::app::{Action, App, Now, Overlay, Pane, Screen, update};
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
    ]
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
    };
    if let Some(action) = action {
        // Effects (quit, suspend, the index) are the loop's; the state must be sound anyway.
        let _ = update(app, action);
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

fn walk(mut app: App, steps: &[Step]) {
    let (mut w, mut h) = (120u16, 40u16);
    for s in steps {
        apply(&mut app, s);
        if let Step::Resize(nw, nh) = *s {
            (w, h) = (nw, nh);
        }
        check(&app);
        let buf = render::draw(&mut app, w, h);
        assert_eq!((buf.area.width, buf.area.height), (w, h));
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
