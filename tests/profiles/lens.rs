//! Through `update`, as a user would: the picker finds names in any spelling, Enter in a
//! profile jumps to the dashboard narrowed by the lens, Esc clears the lens, and a profile
//! follows its participant through a reload.

use cica_dash::app::{App, ItemRef, Overlay, Pane, Target};
use cica_dash::render::feed;
use cica_dash::view::detail;
use cica_dash::view::profile::Subject;

use super::files::Files;
use super::{FIXTURE, common, fixture_app};

pub(super) fn press(app: &mut App, keys: &str) {
    feed(app, &cica_dash::keys::parse(keys).unwrap());
}

pub(super) fn subject(app: &App) -> Option<Subject> {
    match app.overlay() {
        Some(Overlay::Profile(p)) => Some(p.subject.clone()),
        _ => None,
    }
}

pub(super) fn russia(app: &App) -> Subject {
    Subject::Participant(app.data().participant_index["RUS"])
}

/// The names the picker offers for a query, in order.
fn picked(app: &App, query: &str) -> Vec<String> {
    cica_dash::app::pick_matches(app.data(), query)
        .into_iter()
        .map(|p| app.data().participants[p].name.clone())
        .collect()
}

#[test]
fn the_picker_finds_a_name_in_any_spelling() {
    let app = fixture_app();
    for query in [
        "Russia",
        "rus",
        "RUS",
        "РОССИ",
        "russian fed",
        "rusia",
        "rossiiskaia",
    ] {
        let names = picked(&app, query);
        assert_eq!(
            names.first().map(String::as_str),
            Some("Russia"),
            "{query}: {names:?}"
        );
    }
    assert_eq!(picked(&app, "中国"), ["China"], "an alias in Chinese");
    assert!(picked(&app, "zzzz").is_empty());
    assert_eq!(picked(&app, "").len(), 4, "an empty query lists everyone");
    let bundled = common::bundled_app();
    assert_eq!(
        picked(&bundled, "turkiye").first().map(String::as_str),
        Some("Turkey")
    );
}

#[test]
fn c_enter_opens_the_profile_of_the_selected_statement_s_participant() {
    let mut app = fixture_app();
    // The dashboard opens on the latest meeting (2021): its first statement is Russia's.
    press(&mut app, "3c<Enter>");
    assert_eq!(subject(&app), Some(russia(&app)));
    press(&mut app, "<Esc>c<C-u>kaz<Enter>");
    let kaz = app.data().participant_index["KAZ"];
    assert_eq!(subject(&app), Some(Subject::Participant(kaz)));
}

#[test]
fn enter_in_a_profile_shows_the_item_under_the_lens_and_esc_clears_it() {
    let mut app = fixture_app();
    // Russia's profile; the cursor starts on its first statement (2019, Natalya Stepkina).
    press(&mut app, "cRUS<Enter>");
    assert_eq!(subject(&app), Some(russia(&app)));
    press(&mut app, "j<Enter>");
    assert_eq!(app.overlay(), None, "the jump lands on the dashboard");
    let rus = app.data().participant_index["RUS"];
    assert_eq!(app.dashboard().lens(), Some(rus));
    assert_eq!(app.current().unwrap().id, "soc-2019-05");
    assert_eq!(app.dashboard().focus(), Pane::Statements);
    let files = Files::read(FIXTURE);
    let in_2019: Vec<String> = files
        .statements_for("RUS")
        .into_iter()
        .filter(|s| s.0 == "soc-2019-05")
        .map(|s| s.1)
        .collect();
    let rows = app.rows(Pane::Statements);
    let shown: Vec<String> = (0..rows.len())
        .map(|i| {
            let s = &app.current().unwrap().statements[rows.get(i).unwrap()];
            s.summary.clone().unwrap()
        })
        .collect();
    assert_eq!(shown, in_2019, "only Russia's statements, in order");
    let selected = app.selected(Pane::Statements).unwrap();
    assert_eq!(
        app.current().unwrap().statements[selected]
            .summary
            .as_deref(),
        Some("Spoke on the coordinators, in Russian."),
        "the row chosen in the profile is selected"
    );
    let decisions = app.rows(Pane::Decisions).len();
    let expected = files
        .decisions_about("RUS")
        .iter()
        .filter(|d| d.0 == "soc-2019-05")
        .count();
    assert_eq!(decisions, expected, "only the decisions about Russia");
    let screen = cica_dash::render::render_text(&mut app, &[], 100, 30);
    assert!(screen.contains("LENS Russia"), "{screen}");
    assert!(!screen.contains("Spoke for Kazakhstan"), "{screen}");
    // ] goes to the next meeting where Russia has an item.
    press(&mut app, "]");
    assert_eq!(app.current().unwrap().id, "mc-2020-03");
    assert_eq!(app.rows(Pane::Statements).len(), 3);
    // Backspace goes back to the profile, where the cursor was.
    press(&mut app, "<BS>");
    assert_eq!(subject(&app), Some(russia(&app)));
    let Some(Overlay::Profile(p)) = app.overlay() else {
        unreachable!()
    };
    assert_eq!(p.cursor, 2, "heading, first statement, second statement");
    press(&mut app, "<Esc>");
    assert_eq!(app.overlay(), None);
    assert_eq!(
        app.dashboard().lens(),
        Some(rus),
        "closing the profile keeps the lens"
    );
    press(&mut app, "<Esc>");
    assert_eq!(
        app.dashboard().lens(),
        None,
        "Esc on the dashboard clears it"
    );
    assert_eq!(app.rows(Pane::Statements).len(), 4, "every statement again");
    let screen = cica_dash::render::render_text(&mut app, &[], 100, 30);
    assert!(!screen.contains("LENS"), "{screen}");
}

#[test]
fn l_narrows_the_dashboard_and_the_calendar_keeps_only_its_events() {
    let mut app = fixture_app();
    press(&mut app, "cchina<Enter>l");
    assert_eq!(app.overlay(), None);
    assert_eq!(
        app.rows(Pane::Statements).len(),
        1,
        "China spoke once in 2021"
    );
    press(&mut app, "4");
    assert!(
        app.dashboard().undated(app.data()).is_empty(),
        "China has no undated event"
    );
    let text = cica_dash::render::render_text(&mut app, &[], 100, 48);
    assert!(text.contains("Wed 23 June 2021"), "{text}");
    assert!(!text.contains("Undated"), "{text}");
    press(&mut app, "<Esc>");
    assert_eq!(app.dashboard().undated(app.data()).len(), 1);
    let text = cica_dash::render::render_text(&mut app, &[], 100, 48);
    assert!(text.contains("Undated (1)"), "{text}");
    assert!(text.contains("Workshop, date unknown"), "{text}");
}

#[test]
fn a_statement_under_an_alias_shows_the_canonical_name_and_its_person_lists_it() {
    let mut app = fixture_app();
    press(&mut app, "[[3j");
    assert_eq!(app.current().unwrap().id, "soc-2019-05");
    let text = cica_dash::render::render_text(&mut app, &[], 100, 30);
    let row = text
        .lines()
        .find(|l| l.contains("Наталья Степкина"))
        .unwrap();
    assert!(row.contains("(Natalya Stepkina)"), "{row}");
    press(&mut app, "<Enter>");
    let lines = detail::lines(app.ctx(), Target::Item(ItemRef::Statement(0, 1)), 70);
    let text: Vec<String> = lines.iter().map(ToString::to_string).collect();
    assert_eq!(text[0], "Наталья Степкина");
    assert!(
        text.contains(&"Canonical name: Natalya Stepkina".to_owned()),
        "{text:#?}"
    );
    assert!(
        text.contains(&"Also written: N. Stepkina".to_owned()),
        "the other spellings, not the one shown: {text:#?}"
    );
    // Enter follows the speaker (the first link) to the person's profile.
    press(&mut app, "<Enter>");
    let stepkina = app
        .data()
        .persons
        .iter()
        .position(|p| p.name == "Natalya Stepkina");
    assert_eq!(subject(&app), stepkina.map(Subject::Person));
    let text = cica_dash::render::render_text(&mut app, &[], 100, 30);
    assert!(
        text.contains("as Наталья Степкина: Spoke on the coordinators"),
        "{text}"
    );
    // Backspace: back to the statement's popup.
    press(&mut app, "<BS>");
    assert!(matches!(app.overlay(), Some(Overlay::Detail { .. })));
}

/// The links of a popup, in order.

#[test]
fn a_profile_follows_its_participant_through_a_reload() {
    let mut app = fixture_app();
    press(&mut app, "cRUS<Enter>");
    let mut sources = Vec::new();
    for (path, text) in super::files::texts(FIXTURE) {
        let text = if path.ends_with("participants.toml") {
            text.replace(
                "[[participant]]\ncode = \"RUS\"",
                "[[participant]]\ncode = \"AAA\"\nname = \"Added first\"\nkind = \"state\"\n\n[[participant]]\ncode = \"RUS\"",
            )
        } else {
            text
        };
        sources.push(cica_dash::load::Source { path, text });
    }
    let loaded = cica_dash::load::load_sources(&sources, Vec::new());
    assert!(!loaded.has_errors());
    cica_dash::app::update(&mut app, cica_dash::app::Action::Reloaded(Box::new(loaded)));
    assert_eq!(
        app.data().participants[1].code,
        "RUS",
        "Russia moved down one"
    );
    assert_eq!(subject(&app), Some(Subject::Participant(1)));
}
