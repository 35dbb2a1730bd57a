//! `update()`: navigation, linking, filtering, overlays and the mouse, driven as a user would
//! through the keymap.

mod common;

use chrono::NaiveDate;
use cica_dash::app::{Action, App, Effect, ItemRef, Overlay, Pane, Target, update};
use cica_dash::keymap::Key;
use cica_dash::render::feed;
use cica_dash::view::layout;
use cica_dash::{dataset::Dataset, keys};
use common::*;
use ratatui::layout::Rect;

fn press(app: &mut App, k: &str) {
    feed(app, &keys::parse(k).unwrap());
}

fn cursors(app: &App) -> [usize; 3] {
    [Pane::Agenda, Pane::Decisions, Pane::Statements].map(|p| app.dashboard().cursor(p))
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Index of the agenda item with this id in the bundled meeting.
fn agenda_index(app: &App, id: &str) -> usize {
    app.current()
        .unwrap()
        .agenda
        .iter()
        .position(|a| a.id == id)
        .unwrap()
}

#[test]
fn tab_and_digits_move_focus_and_wrap() {
    let mut app = bundled_app();
    assert_eq!(app.dashboard().focus(), Pane::Agenda);
    press(&mut app, "<Tab>");
    assert_eq!(app.dashboard().focus(), Pane::Decisions);
    press(&mut app, "<Tab><Tab><Tab>");
    assert_eq!(app.dashboard().focus(), Pane::Agenda, "Tab wraps around");
    press(&mut app, "<S-Tab>");
    assert_eq!(app.dashboard().focus(), Pane::Calendar);
    press(&mut app, "3");
    assert_eq!(app.dashboard().focus(), Pane::Statements);
}

#[test]
fn j_k_g_and_end_keys_move_within_bounds() {
    let mut app = bundled_app();
    let n = app.current().unwrap().agenda.len();
    press(&mut app, "k");
    assert_eq!(
        app.dashboard().cursor(Pane::Agenda),
        0,
        "k at the top stays"
    );
    press(&mut app, "jj");
    assert_eq!(app.dashboard().cursor(Pane::Agenda), 2);
    press(&mut app, "G");
    assert_eq!(app.dashboard().cursor(Pane::Agenda), n - 1);
    press(&mut app, "j");
    assert_eq!(
        app.dashboard().cursor(Pane::Agenda),
        n - 1,
        "j at the bottom stays"
    );
    press(&mut app, "<Home>");
    assert_eq!(app.dashboard().cursor(Pane::Agenda), 0);
    press(&mut app, "<End>");
    assert_eq!(app.dashboard().cursor(Pane::Agenda), n - 1);
}

#[test]
fn page_keys_move_by_the_visible_rows() {
    let mut app = bundled_app();
    update(
        &mut app,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    press(&mut app, "3<PageDown>");
    let page = layout::visible_items(Rect::new(0, 0, 80, 24), Pane::Statements);
    assert!(
        page > 1 && page < 11,
        "a page of 3-line statements is {page} rows"
    );
    assert_eq!(app.dashboard().cursor(Pane::Statements), page);
    assert!(
        app.dashboard().offset(Pane::Statements) > 0,
        "the view scrolled to keep the cursor visible"
    );
    press(&mut app, "<PageUp>");
    assert_eq!(app.dashboard().cursor(Pane::Statements), 0);
}

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
fn calendar_moves_by_day_week_and_month() {
    let mut app = bundled_app();
    press(&mut app, "4");
    assert_eq!(
        app.dashboard().day(),
        day(2021, 6, 23),
        "starts on the meeting's day"
    );
    press(&mut app, "l");
    assert_eq!(app.dashboard().day(), day(2021, 6, 24));
    press(&mut app, "hh");
    assert_eq!(app.dashboard().day(), day(2021, 6, 22));
    press(&mut app, "j");
    assert_eq!(app.dashboard().day(), day(2021, 6, 29));
    press(&mut app, "L");
    assert_eq!(app.dashboard().day(), day(2021, 7, 29));
    press(&mut app, "HH");
    assert_eq!(app.dashboard().day(), day(2021, 5, 29));
    press(&mut app, "g");
    assert_eq!(app.dashboard().day(), day(2021, 5, 1));
    press(&mut app, "G");
    assert_eq!(app.dashboard().day(), day(2021, 5, 31));
    press(&mut app, "<PageDown>");
    assert_eq!(app.dashboard().day(), day(2021, 6, 30));
    press(&mut app, "t");
    assert_eq!(app.dashboard().day(), today());
    assert_eq!(cursors(&app), [0; 3], "calendar keys leave the lists alone");
}

#[test]
fn enter_opens_a_detail_popup_that_scrolls_within_its_content() {
    let mut app = bundled_app();
    update(
        &mut app,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    press(&mut app, "2jj<Enter>");
    assert_eq!(
        app.overlay().cloned(),
        Some(Overlay::Detail {
            target: Target::Item(ItemRef::Decision(0, 2)),
            scroll: 0,
            link: Some(0)
        })
    );
    press(&mut app, &"j".repeat(200));
    let Some(Overlay::Detail { scroll, .. }) = app.overlay().cloned() else {
        panic!("popup closed")
    };
    let popup = layout::inner(layout::big_popup(Rect::new(0, 0, 80, 24)));
    let total = cica_dash::view::detail::lines(
        app.ctx(),
        Target::Item(ItemRef::Decision(0, 2)),
        popup.width,
    )
    .len();
    assert!(
        total > usize::from(popup.height),
        "the coordinators decision is longer than the popup"
    );
    assert_eq!(
        scroll,
        total - usize::from(popup.height),
        "scrolling stops at the last line"
    );
    press(&mut app, "<Esc>");
    assert_eq!(app.overlay().cloned(), None);
    assert_eq!(
        app.dashboard().cursor(Pane::Decisions),
        2,
        "closing keeps the selection"
    );
}

#[test]
fn enter_on_the_calendar_opens_the_day() {
    let mut app = bundled_app();
    press(&mut app, "4<Enter>");
    assert_eq!(
        app.overlay().cloned(),
        Some(Overlay::Detail {
            target: Target::Day(day(2021, 6, 23)),
            scroll: 0,
            link: Some(0)
        })
    );
}

#[test]
fn help_toggles_and_swallows_main_keys() {
    let mut app = bundled_app();
    press(&mut app, "?");
    assert!(matches!(app.overlay().cloned(), Some(Overlay::Help { .. })));
    press(&mut app, "2");
    assert_eq!(
        app.dashboard().focus(),
        Pane::Agenda,
        "keys go to the overlay, not the panes"
    );
    press(&mut app, "?");
    assert_eq!(app.overlay().cloned(), None);
}

#[test]
fn q_and_ctrl_c_quit_but_q_first_closes_an_overlay() {
    let mut app = bundled_app();
    let q = Key::ch('q');
    let action = cica_dash::keymap::action_for(&app, q).unwrap();
    assert_eq!(update(&mut app, action), Effect::Quit);
    press(&mut app, "?");
    let action = cica_dash::keymap::action_for(&app, q).unwrap();
    assert_eq!(update(&mut app, action), Effect::None);
    assert_eq!(app.overlay().cloned(), None);
    let action = cica_dash::keymap::action_for(&app, Key::ctrl('c')).unwrap();
    assert_eq!(update(&mut app, action), Effect::Quit);
}

#[test]
fn brackets_and_picker_switch_meetings() {
    let mut app = app_from(TWO_MEETINGS);
    assert_eq!(
        app.current().unwrap().id,
        "first",
        "today's latest meeting, not the planned one"
    );
    press(&mut app, "j]");
    assert_eq!(app.current().unwrap().id, "second");
    assert_eq!(cursors(&app), [0; 3], "a new meeting starts at the top");
    assert_eq!(
        app.dashboard().day(),
        day(2030, 10, 1),
        "the calendar follows the meeting"
    );
    press(&mut app, "]");
    assert_eq!(app.notice().unwrap(), "this is the last meeting");
    press(&mut app, "[");
    assert_eq!(app.current().unwrap().id, "first");
    press(&mut app, "mj");
    assert_eq!(app.overlay().cloned(), Some(Overlay::Picker { cursor: 1 }));
    press(&mut app, "<Enter>");
    assert_eq!(
        (app.overlay().cloned(), app.current().unwrap().id.as_str()),
        (None, "second")
    );
    press(&mut app, "f");
    assert_eq!(
        app.notice().unwrap(),
        "this meeting has no agenda to filter by"
    );
    assert!(!app.dashboard().filter());
}

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

#[test]
fn an_empty_data_set_is_navigable() {
    let mut app = App::new(Dataset::default(), settings());
    press(&mut app, "jjGg<Tab>f]m");
    assert_eq!(
        app.overlay().cloned(),
        None,
        "the picker does not open without meetings"
    );
    assert_eq!(app.notice(), Some("no meetings to pick from"));
    press(&mut app, "<Enter>");
    assert_eq!(app.notice(), Some("nothing selected"));
    press(&mut app, "4hlHL");
    assert_eq!(app.overlay().cloned(), None);
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

#[test]
fn i_shows_the_meeting_with_its_editorial_notes() {
    let mut app = bundled_app();
    press(&mut app, "3i");
    assert_eq!(
        app.overlay().cloned(),
        Some(Overlay::Detail {
            target: Target::Item(ItemRef::Meeting(0)),
            scroll: 0,
            link: Some(0)
        })
    );
    let text = cica_dash::render::render_text(&mut app, &[], 100, 40);
    assert!(text.contains("Editorial notes"), "{text}");
    assert!(
        text.contains("Agenda reconstructed from the press release"),
        "{text}"
    );
    assert!(
        text.contains("reached significant achievements"),
        "the summary is shown:\n{text}"
    );
}

#[test]
fn keys_do_nothing_behind_the_too_small_message() {
    let mut app = bundled_app();
    update(
        &mut app,
        Action::Resize {
            width: 30,
            height: 10,
        },
    );
    press(&mut app, "?jj2");
    assert_eq!(app.overlay(), None, "no help opened unseen");
    assert_eq!(app.dashboard().focus(), Pane::Agenda);
    assert_eq!(app.dashboard().cursor(Pane::Agenda), 0);
    update(
        &mut app,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    press(&mut app, "j");
    assert_eq!(app.dashboard().cursor(Pane::Agenda), 1, "keys work again");
}

#[test]
fn a_notice_goes_away_with_the_next_key() {
    let mut app = bundled_app();
    press(&mut app, "[");
    assert_eq!(app.notice(), Some("this is the first meeting"));
    press(&mut app, "j");
    assert_eq!(app.notice(), None, "stale after a successful move");
    press(&mut app, "]");
    assert_eq!(
        app.notice(),
        Some("this is the last meeting"),
        "a new one shows"
    );
}

#[test]
fn a_notice_goes_away_with_the_next_click_or_wheel_and_stays_through_ticks() {
    let mut app = bundled_app();
    update(
        &mut app,
        Action::Resize {
            width: 160,
            height: 48,
        },
    );
    press(&mut app, "[");
    assert_eq!(app.notice(), Some("this is the first meeting"));
    // The clock, a resize: not the user's answer to the notice.
    update(
        &mut app,
        Action::Resize {
            width: 160,
            height: 48,
        },
    );
    assert_eq!(app.notice(), Some("this is the first meeting"));
    // The wheel over the agenda moves its selection: a successful action.
    update(&mut app, Action::ScrollDown { x: 10, y: 6 });
    assert_eq!(app.dashboard().cursor(Pane::Agenda), 1, "the wheel moved");
    assert_eq!(app.notice(), None, "stale after the wheel");
    press(&mut app, "[");
    update(&mut app, Action::Click { x: 10, y: 5 });
    assert_eq!(app.notice(), None, "stale after a click");
}
