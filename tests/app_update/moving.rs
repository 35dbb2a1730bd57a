//! Moving with the keyboard: focus, j/k and the ends, paging, the calendar by day, week and
//! month, meetings by bracket and picker, and an empty data set.

use super::*;

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
