//! Clicks on panes, rows, tabs and calendar days.

use super::*;

#[test]
fn clicks_focus_panes_select_rows_and_reopen() {
    let mut app = bundled_app();
    let screen = Rect::new(0, 0, 160, 48);
    update(
        &mut app,
        Action::Resize {
            width: 160,
            height: 48,
        },
    );
    let inner = layout::inner(layout::pane_area(screen, Pane::Decisions));
    // Decisions are two lines each: the third decision starts four rows down.
    update(
        &mut app,
        Action::Click {
            x: inner.x + 5,
            y: inner.y + 4,
        },
    );
    assert_eq!(
        (
            app.dashboard().focus(),
            app.dashboard().cursor(Pane::Decisions)
        ),
        (Pane::Decisions, 2)
    );
    update(
        &mut app,
        Action::Click {
            x: inner.x + 5,
            y: inner.y + 5,
        },
    );
    assert_eq!(
        app.overlay().cloned(),
        Some(Overlay::Detail {
            target: Target::Item(ItemRef::Decision(0, 2)),
            scroll: 0,
            link: Some(0)
        }),
        "a second click opens it"
    );
    update(&mut app, Action::Click { x: 0, y: 0 });
    assert_eq!(
        app.overlay().cloned(),
        None,
        "a click outside closes the popup"
    );
    let stmts = layout::inner(layout::pane_area(screen, Pane::Statements));
    update(
        &mut app,
        Action::ScrollDown {
            x: stmts.x + 3,
            y: stmts.y + 3,
        },
    );
    assert_eq!(
        (
            app.dashboard().focus(),
            app.dashboard().cursor(Pane::Statements)
        ),
        (Pane::Statements, 1),
        "the wheel moves the pane under the pointer"
    );
}

#[test]
fn clicks_on_tabs_and_calendar_days() {
    let mut app = bundled_app();
    update(
        &mut app,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    let bar = layout::screen(Rect::new(0, 0, 80, 24)).tabs.unwrap();
    let x = bar.x
        + layout::tab_label(Pane::Agenda, bar.width).len() as u16
        + 1
        + layout::tab_label(Pane::Decisions, bar.width).len() as u16
        + 2;
    update(&mut app, Action::Click { x, y: bar.y });
    assert_eq!(app.dashboard().focus(), Pane::Statements);
    press(&mut app, "4");
    let inner = layout::inner(layout::pane_area(Rect::new(0, 0, 80, 24), Pane::Calendar));
    // June 2021 in a Monday-first grid: 1 June is in row 0, column 1 (Tuesday). The grid has
    // a month line and a weekday line above the weeks, and each day takes three columns.
    let (gx, gy) = (inner.x + 1, inner.y + 2);
    update(
        &mut app,
        Action::Click {
            x: gx + 3 * 4,
            y: gy,
        },
    );
    assert_eq!(
        app.dashboard().day(),
        day(2021, 6, 4),
        "Friday of the first week"
    );
    update(&mut app, Action::Click { x: gx, y: gy });
    assert_eq!(
        app.dashboard().day(),
        day(2021, 6, 4),
        "the blank cell before the 1st selects nothing"
    );
}
