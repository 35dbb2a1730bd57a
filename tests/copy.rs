//! `y` and `Y`: what is copied, read against the data file itself, and the clipboard of a
//! real terminal (tmux with `set-clipboard on` keeps what an OSC 52 sequence sends).

mod common;

use cica_dash::app::{Action, App, Effect, update};
use common::bundled_app;
use common::tmux::{Tmux, tmux_available};

/// The bundled meeting file's first `[[decision]]` and the meeting's own table.
fn facts() -> (toml::Table, toml::Table) {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/meetings/2021-06-23-soc.toml"
    ))
    .unwrap();
    let t: toml::Table = text.parse().unwrap();
    let decision = t["decision"].as_array().unwrap()[0]
        .as_table()
        .unwrap()
        .clone();
    let meeting = t["meeting"].as_table().unwrap().clone();
    (decision, meeting)
}

fn copied(app: &mut App, action: Action) -> String {
    match update(app, action) {
        Effect::Copy(text) => text,
        other => panic!("expected a copy, got {other:?}; notice {:?}", app.notice()),
    }
}

/// The dashboard on the bundled data in a 120×40 terminal.
fn dashboard() -> App {
    let mut app = bundled_app();
    update(
        &mut app,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    app
}

fn on_decisions() -> App {
    let mut app = dashboard();
    update(&mut app, Action::FocusNext);
    app
}

#[test]
fn y_copies_the_selected_decision_as_text() {
    let (decision, _) = facts();
    let mut app = on_decisions();
    let text = copied(&mut app, Action::Copy);
    for key in ["action", "subject", "text"] {
        let value = decision[key].as_str().unwrap();
        assert!(text.contains(value), "{key} {value:?} in:\n{text}");
    }
    assert!(!text.contains('\u{1b}'), "no escape codes");
    assert!(
        app.notice()
            .is_some_and(|n| n.starts_with("copied the item"))
    );
    // The popup copies the same item, the same way.
    update(&mut app, Action::Open);
    assert_eq!(copied(&mut app, Action::Copy), text);
}

#[test]
fn shift_y_copies_a_citation() {
    let (decision, meeting) = facts();
    let mut app = on_decisions();
    let cite = copied(&mut app, Action::CopyCitation);
    let source = meeting["sources"].as_array().unwrap()[0]["title"]
        .as_str()
        .unwrap();
    for part in [
        decision["subject"].as_str().unwrap(),
        meeting["title"].as_str().unwrap(),
        "23 Jun 2021",
        source,
    ] {
        assert!(cite.contains(part), "{part:?} in {cite:?}");
    }
    assert_eq!(cite.lines().count(), 1, "a citation is one line");
}

#[test]
fn nothing_to_cite_says_so() {
    let mut app = dashboard();
    update(&mut app, Action::Focus(cica_dash::action::Pane::Calendar));
    // A day can be copied as text, but it is not an item to cite.
    assert!(copied(&mut app, Action::Copy).contains("2021"));
    assert_eq!(update(&mut app, Action::CopyCitation), Effect::None);
    assert!(app.notice().is_some_and(|n| n.contains("citation needs")));
    update(&mut app, Action::Search);
    assert_eq!(
        update(&mut app, Action::Copy),
        Effect::None,
        "not from the search"
    );
}

#[test]
fn the_terminal_receives_the_citation() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::start("--no-watch", 120, 30);
    t.tmux(&["set", "-g", "set-clipboard", "on"]);
    t.wait_for("1 Agenda");
    t.keys(&["Tab", "Y"]);
    t.wait_for("copied a citation");
    let buffer = t.tmux(&["show-buffer"]);
    let (decision, _) = facts();
    assert!(
        buffer.starts_with(&format!(
            "Decision ({}) “{}”",
            decision["action"].as_str().unwrap(),
            decision["subject"].as_str().unwrap()
        )),
        "the clipboard: {buffer:?}"
    );
    t.keys(&["q"]);
    t.assert_exited_cleanly();
}
