//! Popups, help, the meeting record, quitting, the too-small screen and notices.

use super::*;

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
