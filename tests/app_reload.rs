//! Reloading: a failed reload keeps the last good data under a banner; a good one keeps the
//! user's place by id; the error screen recovers.

mod common;

use cica_dash::app::{Action, App, ItemRef, Overlay, Pane, Screen, Target, update};
use cica_dash::keys;
use cica_dash::load::{self, Loaded, Source};
use cica_dash::render::{feed, render_text};
use common::*;

fn bundled_sources() -> Vec<Source> {
    load::source::bundled()
}

fn with_edit(from: &str, to: &str) -> Loaded {
    let mut sources = bundled_sources();
    let m = sources
        .iter_mut()
        .find(|s| s.path.ends_with("2021-06-23-soc.toml"))
        .unwrap();
    assert!(
        m.text.contains(from),
        "the bundled meeting contains {from:?}"
    );
    m.text = m.text.replacen(from, to, 1);
    load::load_sources(&sources, Vec::new())
}

fn update_reload(app: &mut App, loaded: Loaded) {
    update(app, Action::Reloaded(Box::new(loaded)));
}

fn update_failure(app: &mut App, message: String) {
    update(app, Action::ReloadFailed(message));
}

fn press(app: &mut App, k: &str) {
    feed(app, &keys::parse(k).unwrap());
}

#[test]
fn a_failed_reload_keeps_the_data_and_shows_a_banner() {
    let mut app = bundled_app();
    press(&mut app, "2jj");
    let before = app.data().clone();
    update_reload(
        &mut app,
        with_edit("chairmanship = \"KAZ\"", "chairmanship = \"KZA\""),
    );
    assert_eq!(app.data(), &before, "the last good data stays");
    assert!(app.has_data());
    assert_eq!(app.problems().len(), 1);
    assert_eq!(
        (
            app.dashboard().focus(),
            app.dashboard().cursor(Pane::Decisions)
        ),
        (Pane::Decisions, 2),
        "the user's place is untouched"
    );
    let screen = render_text(&mut app, &[], 120, 30);
    let banner = screen.lines().nth(1).unwrap();
    assert!(
        banner.contains(
            "⚠ reload failed (e: details) · 2021-06-23-soc.toml:10:16: unknown participant `KZA`"
        ),
        "{banner}"
    );
    press(&mut app, "e");
    assert!(matches!(
        app.overlay().cloned(),
        Some(Overlay::Problems { .. })
    ));
    let screen = render_text(&mut app, &[], 120, 30);
    assert!(screen.contains("help: did you mean `KAZ`?"), "{screen}");
}

#[test]
fn a_good_reload_clears_the_banner_and_keeps_the_place_by_id() {
    let mut app = bundled_app();
    press(&mut app, "jjjj2j");
    let agenda_id = app.current().unwrap().agenda[4].id.clone();
    let decision_id = app.current().unwrap().decisions[1].id.clone();
    update_reload(
        &mut app,
        with_edit("chairmanship = \"KAZ\"", "chairmanship = \"KZA\""),
    );
    // The fix also inserts a new first agenda item: positions shift, ids do not.
    let fixed = with_edit(
        "[[agenda]]\nid = \"opening\"",
        "[[agenda]]\nid = \"welcome\"\ntitle = \"Welcome\"\n\n[[agenda]]\nid = \"opening\"",
    );
    assert!(!fixed.has_errors(), "{:?}", fixed.diagnostics);
    update_reload(&mut app, fixed);
    assert!(app.problems().is_empty());
    assert_eq!(app.notice().unwrap(), "reloaded");
    let m = app.current().unwrap();
    assert_eq!(
        m.agenda[app.dashboard().cursor(Pane::Agenda)].id,
        agenda_id,
        "the agenda selection followed its id"
    );
    assert_eq!(app.dashboard().cursor(Pane::Agenda), 5);
    assert_eq!(
        m.decisions[app.dashboard().cursor(Pane::Decisions)].id,
        decision_id
    );
    assert_eq!(app.dashboard().focus(), Pane::Decisions);
}

#[test]
fn an_unchanged_reload_is_silent() {
    let mut app = bundled_app();
    update_reload(&mut app, load::load_sources(&bundled_sources(), Vec::new()));
    assert!(app.notice().is_none(), "nothing changed, nothing to say");
}

#[test]
fn a_popup_on_a_removed_item_closes() {
    let mut app = bundled_app();
    press(&mut app, "2G<Enter>");
    assert_eq!(
        app.overlay().cloned(),
        Some(Overlay::Detail {
            target: Target::Item(ItemRef::Decision(0, 5)),
            scroll: 0,
            link: Some(0)
        })
    );
    let last = "[[decision]]\nid = \"swg-regulations-and-rules\"";
    let mut sources = bundled_sources();
    let m = sources
        .iter_mut()
        .find(|s| s.path.ends_with("2021-06-23-soc.toml"))
        .unwrap();
    let start = m.text.find(last).unwrap();
    let end = m.text[start..].find("# Statements").unwrap() + start;
    m.text.replace_range(start..end, "");
    update_reload(&mut app, load::load_sources(&sources, Vec::new()));
    assert_eq!(app.current().unwrap().decisions.len(), 5);
    assert_eq!(app.overlay().cloned(), None);
    assert_eq!(
        app.dashboard().cursor(Pane::Decisions),
        4,
        "the cursor is clamped to the remaining decisions"
    );
}

#[test]
fn the_error_screen_scrolls_and_recovers() {
    let bad = with_edit("chairmanship = \"KAZ\"", "chairmanship = \"KZA\"");
    let mut bad_diags = bad.diagnostics;
    let other = with_edit("kind = \"procedural\"", "kind = \"procedural\"\nbogus = 1");
    bad_diags.extend(other.diagnostics);
    let mut app = App::with_problems(bad_diags, settings());
    assert!(!app.has_data());
    let screen = render_text(&mut app, &keys::parse("<Esc>").unwrap(), 100, 24);
    assert!(
        screen.contains("The data could not be loaded: 2 errors"),
        "{screen}"
    );
    assert!(screen.contains("unknown key `bogus`"), "{screen}");
    assert!(
        matches!(app.screen(), Screen::Error { .. }) && app.overlay().is_none(),
        "Esc cannot close the error screen"
    );
    let many: Vec<_> = (0..30).map(|_| app.problems()[0].clone()).collect();
    let mut long = App::with_problems(many, settings());
    render_text(&mut long, &keys::parse("jj").unwrap(), 100, 24);
    assert_eq!(long.screen(), &Screen::Error { scroll: 2 });
    render_text(&mut long, &keys::parse("G").unwrap(), 100, 24);
    let area =
        cica_dash::view::problems::text_area(false, ratatui::layout::Rect::new(0, 0, 100, 24));
    let total = cica_dash::view::problems::lines(long.problems(), long.theme(), area.width).len();
    assert_eq!(
        long.screen(),
        &Screen::Error {
            scroll: total - usize::from(area.height)
        }
    );
    assert_eq!(
        total,
        30 * 3,
        "location line, help line and a gap per problem"
    );
    update_reload(&mut app, load::load_sources(&bundled_sources(), Vec::new()));
    assert!(app.has_data() && app.problems().is_empty() && app.overlay().cloned().is_none());
    let screen = render_text(&mut app, &[], 100, 24);
    assert!(screen.contains("1 Agenda"), "{screen}");
}

#[test]
fn a_directory_that_vanishes_is_a_problem_not_a_crash() {
    let mut app = bundled_app();
    update_failure(
        &mut app,
        "cannot read data directory /gone: No such file or directory".into(),
    );
    assert!(app.has_data());
    assert_eq!(app.problems().len(), 1);
    assert!(app.notice().unwrap().contains("showing the last good data"));
}

#[test]
fn a_reload_while_presenting_keeps_the_deck_and_the_slide() {
    let mut app = bundled_app();
    update(&mut app, Action::Present { meeting: None });
    press(&mut app, "5<Enter>");
    update_reload(
        &mut app,
        with_edit(
            "Natural disaster management",
            "Natural disaster risk management",
        ),
    );
    let p = app
        .presentation()
        .expect("still presenting after a good reload");
    assert_eq!(p.slide(), 4, "on slide 5 still");
    assert_eq!(p.deck().len(), 22);
    assert_eq!(app.notice(), Some("reloaded"));
    update_reload(
        &mut app,
        with_edit("chairmanship = \"KAZ\"", "chairmanship = \"KZA\""),
    );
    assert!(
        app.presentation().is_some(),
        "a failed reload keeps the deck"
    );
    assert_eq!(app.presentation().unwrap().slide(), 4);
}
