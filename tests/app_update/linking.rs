//! Selections that link across panes, and the f filter.

use super::*;

#[test]
fn agenda_selection_highlights_its_decisions_and_statements() {
    let mut app = bundled_app();
    let asia = agenda_index(&app, "asia-role");
    for _ in 0..asia {
        press(&mut app, "j");
    }
    let m = app.current().unwrap();
    let linked: Vec<usize> = (0..m.statements.len())
        .filter(|&i| app.is_linked(Pane::Statements, i))
        .collect();
    assert_eq!(
        linked.len(),
        9,
        "eight delegates and the Member States' common view"
    );
    assert!(linked.iter().all(|&i| m.statements[i].agenda == Some(asia)));
    assert!(
        (0..m.decisions.len()).all(|i| !app.is_linked(Pane::Decisions, i)),
        "no decision under the discussion"
    );

    let observer = agenda_index(&app, "observer-status");
    press(&mut app, "g");
    for _ in 0..observer {
        press(&mut app, "j");
    }
    assert!(
        app.is_linked(Pane::Decisions, 0),
        "the Turkmenistan decision"
    );
    assert!(!app.is_linked(Pane::Decisions, 1));
}

#[test]
fn decision_or_statement_selection_highlights_its_agenda_item() {
    let mut app = bundled_app();
    press(&mut app, "2");
    assert_eq!(
        app.linked_agenda(),
        Some(agenda_index(&app, "observer-status"))
    );
    press(&mut app, "G");
    assert_eq!(app.linked_agenda(), Some(agenda_index(&app, "swg-tasks")));
    press(&mut app, "3");
    assert_eq!(
        app.linked_agenda(),
        Some(agenda_index(&app, "opening")),
        "the Chair's opening remarks"
    );
    press(&mut app, "4");
    assert_eq!(
        app.linked_agenda(),
        None,
        "the calendar links to no agenda item"
    );
}

#[test]
fn f_filters_the_other_panes_to_the_selected_item_and_back() {
    let mut app = bundled_app();
    let swg = agenda_index(&app, "swg-tasks");
    for _ in 0..swg {
        press(&mut app, "j");
    }
    press(&mut app, "f");
    assert!(app.dashboard().filter());
    assert_eq!(
        app.rows(Pane::Decisions).len(),
        2,
        "the Special Working Group's two tasks"
    );
    assert_eq!(app.rows(Pane::Statements).len(), 0);
    assert!(
        app.notice()
            .unwrap()
            .contains("filtered to the selected agenda item")
    );
    // Moving in the agenda re-filters and resets the other cursors.
    press(&mut app, "2j1k");
    assert_eq!(app.dashboard().cursor(Pane::Decisions), 0);
    assert_eq!(
        app.rows(Pane::Statements).len(),
        9,
        "now on the thematic discussion"
    );
    press(&mut app, "f");
    assert!(!app.dashboard().filter());
    assert_eq!(app.rows(Pane::Decisions).len(), 6);
    assert_eq!(app.rows(Pane::Statements).len(), 11);
}

#[test]
fn f_from_a_decision_filters_to_its_own_agenda_item_and_keeps_it_selected() {
    let mut app = bundled_app();
    press(&mut app, "2jj");
    let coordinators = agenda_index(&app, "coordinators");
    press(&mut app, "f");
    assert_eq!(
        app.dashboard().cursor(Pane::Agenda),
        coordinators,
        "the agenda follows the decision"
    );
    assert_eq!(app.rows(Pane::Decisions).len(), 1);
    assert_eq!(
        app.selected(Pane::Decisions),
        Some(2),
        "still the coordinators decision"
    );
}

#[test]
fn a_linked_row_is_marked_even_under_the_resting_cursor() {
    let mut app = bundled_app();
    press(&mut app, "j");
    let text = cica_dash::render::render_text(&mut app, &[], 120, 30);
    let row = text
        .lines()
        .find(|l| l.contains("approved    CICA Observer Status"))
        .unwrap();
    assert!(
        row.contains("│┃ approved"),
        "the Turkmenistan decision shows the link mark: {row}"
    );
}
