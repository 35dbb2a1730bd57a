//! The search screen through the keymap and `update`, as a user types: results over every
//! meeting, Enter showing a result where it lives (switching meeting), Esc leaving the view
//! exactly as it was, `n` and `N` afterwards, and reviewed snapshots.

mod common;

use cica_dash::app::{Action, App, Overlay, Pane, update};
use cica_dash::render::feed;
use cica_dash::{keys, load};
use common::*;

fn press(app: &mut App, k: &str) {
    feed(app, &keys::parse(k).unwrap());
}

fn results(app: &App) -> usize {
    match app.overlay() {
        Some(Overlay::Search(s)) => s.results.hits.len(),
        other => panic!("the search is not open: {other:?}"),
    }
}

fn selected_decision(app: &App) -> String {
    let m = app.current().unwrap();
    let i = app.selected(Pane::Decisions).unwrap();
    m.decisions[i].subject.clone()
}

#[test]
fn turkmen_then_enter_lands_on_the_observer_status_decision() {
    let mut app = bundled_app();
    press(&mut app, "/turkmen");
    assert!(
        results(&app) >= 2,
        "the agenda item and the decision at least"
    );
    press(&mut app, "<Enter>");
    assert_eq!(app.overlay(), None);
    assert_eq!(app.dashboard().focus(), Pane::Decisions);
    assert_eq!(
        selected_decision(&app),
        "CICA Observer Status for Turkmenistan"
    );
}

#[test]
fn the_chair_is_found_in_cyrillic_and_in_latin() {
    for query in ["/нурышев", "/nuryshev", "/NURYSHEV", "/Нурышев"] {
        let mut app = bundled_app();
        press(&mut app, query);
        let Some(Overlay::Search(s)) = app.overlay() else {
            panic!("{query}: the search is not open");
        };
        let hit = s
            .selected()
            .unwrap_or_else(|| panic!("{query}: nothing found"));
        assert!(hit.text.contains("Nuryshev"), "{query}: {hit:?}");
        press(&mut app, "<Enter>");
        assert_eq!(app.dashboard().focus(), Pane::Statements, "{query}");
        let m = app.current().unwrap();
        let s = &m.statements[app.selected(Pane::Statements).unwrap()];
        assert_eq!(s.speaker.as_deref(), Some("Shakhrat Nuryshev"), "{query}");
    }
}

#[test]
fn turkiye_turkey_and_the_diacritics_find_the_same_items() {
    let found = |q: &str| {
        let mut app = bundled_app();
        press(&mut app, q);
        let Some(Overlay::Search(s)) = app.overlay() else {
            panic!("not open")
        };
        let mut t: Vec<_> = s.results.hits.iter().map(|h| h.target).collect();
        t.sort_by_key(|t| format!("{t:?}"));
        t
    };
    let turkey = found("/turkey");
    assert!(!turkey.is_empty());
    assert_eq!(found("/Türkiye"), turkey);
    assert_eq!(found("/turkiye"), turkey);
}

#[test]
fn esc_leaves_the_view_exactly_as_it_was() {
    let mut app = bundled_app();
    press(&mut app, "2jj4l");
    let before = (app.dashboard().clone(), app.overlay().cloned());
    press(&mut app, "/observer<Down><Down><Esc>");
    assert_eq!((app.dashboard().clone(), app.overlay().cloned()), before);
}

#[test]
fn letters_type_into_the_query_even_where_they_are_keys_elsewhere() {
    let mut app = bundled_app();
    press(&mut app, "/qjkm?<BS>");
    let Some(Overlay::Search(s)) = app.overlay() else {
        panic!("q must not have quit, nor m opened the picker")
    };
    assert_eq!(s.query, "qjkm");
    press(&mut app, "<C-u>");
    let Some(Overlay::Search(s)) = app.overlay() else {
        panic!()
    };
    assert_eq!(s.query, "");
}

#[test]
fn a_result_in_another_meeting_switches_to_it_and_n_walks_the_results() {
    let mut app = app_from(TWO_MEETINGS);
    assert_eq!(app.current().unwrap().id, "first");
    press(&mut app, "/meeting<Enter>");
    let first_shown = app.current().unwrap().id.clone();
    press(&mut app, "n");
    let second_shown = app.current().unwrap().id.clone();
    assert_ne!(first_shown, second_shown, "n shows the other meeting");
    assert!(
        app.notice().unwrap().starts_with("result 2 of"),
        "{:?}",
        app.notice()
    );
    press(&mut app, "N");
    assert_eq!(app.current().unwrap().id, first_shown, "N comes back");
    press(&mut app, "/only item<Enter>");
    assert_eq!(app.current().unwrap().id, "first");
    assert_eq!(app.dashboard().focus(), Pane::Agenda);
}

#[test]
fn control_characters_and_odd_queries_are_safe() {
    let mut app = bundled_app();
    press(&mut app, "/");
    for c in ['\u{1b}', '\u{7}', '\u{202e}', '\0', ':', '"', '\\'] {
        update(&mut app, Action::Input(c));
    }
    press(&mut app, "by:");
    let text = screen(&mut app, "", 80, 24);
    assert!(!text.contains('\u{1b}'), "no escape reaches the screen");
    press(&mut app, "<C-u>nothing-like-this-anywhere");
    assert_eq!(results(&app), 0);
    let text = screen(&mut app, "", 80, 24);
    assert!(text.contains("0 results"), "{text}");
}

#[test]
fn a_reload_drops_the_index_and_the_search_asks_for_a_new_one() {
    let mut app = bundled_app();
    press(&mut app, "/turkmen");
    assert!(app.search_ready());
    let edited = load::source::bundled()
        .into_iter()
        .map(|mut s| {
            s.text = s.text.replace("Turkmenistan", "Turkmenistan (TKM)");
            s
        })
        .collect::<Vec<_>>();
    let loaded = load::load_sources(&edited, Vec::new());
    let effect = update(&mut app, Action::Reloaded(Box::new(loaded)));
    assert!(
        matches!(effect, cica_dash::app::Effect::BuildIndex(_)),
        "the open search needs an index of the new data: {effect:?}"
    );
    assert!(!app.search_ready());
}

#[test]
fn search_screens_80x24_and_160x48() {
    let mut app = bundled_app();
    let narrow = screen(&mut app, "/observer", 80, 24);
    assert!(narrow.contains("/ observer▏"), "{narrow}");
    let decisions = narrow.find("Decisions (").expect("a group of decisions");
    let first = narrow[decisions..].lines().nth(1).unwrap();
    assert!(
        first.contains("CICA Observer Status for Turkmenistan"),
        "best first: {first}"
    );
    // Between the header and the footer the margin around the search is blank: the panes
    // are not drawn under it.
    let rows: Vec<&str> = narrow.lines().collect();
    for row in &rows[2..23] {
        let (first, last) = (row.chars().next(), row.chars().last());
        assert_eq!(first, Some(' '), "nothing left of the search: {row}");
        assert!(
            matches!(last, Some('┃' | '┛')),
            "nothing right of it: {row}"
        );
    }
    insta::assert_snapshot!("search_observer_80x24", narrow);
    let wide = screen(&mut app, "", 160, 48);
    assert!(
        wide.contains("Concerns: Turkmenistan (TKM)"),
        "the preview shows the selected decision: {wide}"
    );
    insta::assert_snapshot!("search_observer_160x48", wide);
}
