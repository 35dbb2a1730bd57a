//! Moving through a deck by key: opening and leaving it, next and previous, jumping to a slide,
//! the overview, blanking, the clock and help.

use super::*;

#[test]
fn p_opens_the_meetings_deck_and_esc_returns_to_the_same_place() {
    let mut app = bundled_app();
    press(&mut app, "2j");
    press(&mut app, "p");
    let p = app.presentation().expect("p opens the deck");
    assert_eq!(p.slide(), 0);
    assert_eq!(p.deck().len(), SLIDES);
    assert_eq!(p.deck().get(0), Some(Slide::Title));
    assert_eq!(p.deck().get(2), Some(Slide::Decision(0)));
    assert_eq!(p.deck().get(SLIDES - 1), Some(Slide::Closing));
    press(&mut app, "nn");
    assert_eq!(press(&mut app, "<Esc>"), vec![Effect::None]);
    assert_eq!(app.screen(), &Screen::Dashboard);
    assert_eq!(
        app.dashboard().cursor(cica_dash::app::Pane::Decisions),
        1,
        "the dashboard is as it was left"
    );
    press(&mut app, "p");
    assert_eq!(
        press(&mut app, "q"),
        vec![Effect::None],
        "q leaves the deck, not the program"
    );
    assert_eq!(app.screen(), &Screen::Dashboard);
}

#[test]
fn every_next_and_previous_key_moves_one_slide_and_stops_at_the_ends() {
    let mut app = presenting(PresentOptions::default());
    for key in ["n", "<Right>", "l", "<PageDown>", "<Space>"] {
        let before = slide(&app);
        press(&mut app, key);
        assert_eq!(slide(&app), before + 1, "{key} moves on");
    }
    for key in ["N", "<Left>", "h", "<PageUp>", "<BS>"] {
        let before = slide(&app);
        press(&mut app, key);
        assert_eq!(slide(&app), before - 1, "{key} moves back");
    }
    press(&mut app, "G");
    assert_eq!(slide(&app), SLIDES - 1);
    press(&mut app, "n");
    assert_eq!(slide(&app), SLIDES - 1, "n on the last slide stays");
    assert_eq!(app.notice(), Some("this is the last slide"));
    press(&mut app, "g");
    assert_eq!(slide(&app), 0);
    press(&mut app, "<End><Home>");
    assert_eq!(slide(&app), 0);
}

#[test]
fn a_number_then_enter_jumps_to_that_slide() {
    let mut app = presenting(PresentOptions::default());
    press(&mut app, "12");
    assert_eq!(app.presentation().unwrap().entry(), "12");
    assert_eq!(slide(&app), 0, "nothing moves before Enter");
    press(&mut app, "<Enter>");
    assert_eq!(slide(&app), 11, "slide 12 is the twelfth");
    assert_eq!(app.presentation().unwrap().entry(), "");
    press(&mut app, "99<Enter>");
    assert_eq!(slide(&app), 11, "no slide 99");
    assert_eq!(
        app.notice(),
        Some("no slide 99: the deck has slides 1 to 22")
    );
    press(&mut app, "35<BS><Enter>");
    assert_eq!(slide(&app), 2, "Backspace erases the last digit");
    press(&mut app, "7<Esc>");
    assert!(app.presentation().is_some(), "Esc first clears the number");
    assert_eq!(app.presentation().unwrap().entry(), "");
}

#[test]
fn the_overview_moves_by_tile_and_row_and_goes_with_enter() {
    let mut app = presenting(PresentOptions::default());
    update(
        &mut app,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    press(&mut app, "nn");
    press(&mut app, "o");
    assert_eq!(app.overlay(), Some(&Overlay::Overview { cursor: 2 }));
    press(&mut app, "<Right>");
    assert_eq!(app.overlay(), Some(&Overlay::Overview { cursor: 3 }));
    press(&mut app, "<Down>");
    assert_eq!(
        app.overlay(),
        Some(&Overlay::Overview { cursor: 6 }),
        "three tiles a row at 80 columns"
    );
    press(&mut app, "<Enter>");
    assert_eq!(app.overlay(), None);
    assert_eq!(slide(&app), 6);
    press(&mut app, "o<Left><Esc>");
    assert_eq!(app.overlay(), None);
    assert_eq!(slide(&app), 6, "Esc closes without moving");
    press(&mut app, "oG");
    assert_eq!(
        app.overlay(),
        Some(&Overlay::Overview { cursor: SLIDES - 1 })
    );
    press(&mut app, "o");
    assert_eq!(app.overlay(), None, "o closes it again");
}

#[test]
fn blank_clock_footer_and_help_toggle() {
    let mut app = presenting(PresentOptions::default());
    let p = app.presentation().unwrap();
    assert!(!p.blank() && !p.clock() && p.footer());
    press(&mut app, "bcF");
    let p = app.presentation().unwrap();
    assert!(p.blank() && p.clock() && !p.footer());
    press(&mut app, "bcF");
    let p = app.presentation().unwrap();
    assert!(!p.blank() && !p.clock() && p.footer());
    press(&mut app, "?");
    assert_eq!(app.overlay(), Some(&Overlay::Help { scroll: 0 }));
    press(&mut app, "n");
    assert_eq!(slide(&app), 0, "keys go to the help");
    press(&mut app, "<Esc>");
    assert_eq!(app.overlay(), None);
    assert!(
        app.presentation().is_some(),
        "closing help returns to the deck"
    );
}

#[test]
fn a_deck_started_by_present_quits_on_q() {
    let mut app = presenting(PresentOptions {
        standalone: true,
        ..PresentOptions::default()
    });
    assert_eq!(press(&mut app, "q"), vec![Effect::Quit]);
}

#[test]
fn every_meeting_is_one_deck_after_another_by_key() {
    let mut app = app_from(TWO_MEETINGS).with_present_options(PresentOptions {
        all: true,
        ..PresentOptions::default()
    });
    update(&mut app, Action::Present { meeting: None });
    let meeting = |app: &App| {
        let p = app.presentation().unwrap();
        app.data().meetings[p.deck().meeting].id.clone()
    };
    assert_eq!(meeting(&app), "second");
    press(&mut app, "Gn");
    assert_eq!(
        meeting(&app),
        "first",
        "past the last slide: the next meeting"
    );
    assert_eq!(slide(&app), 0);
    press(&mut app, "N");
    assert_eq!(
        meeting(&app),
        "second",
        "back before the first: the previous one"
    );
    let last = app.presentation().unwrap().deck().len() - 1;
    assert_eq!(slide(&app), last, "on its last slide");
    press(&mut app, "g<BS>");
    assert_eq!(app.notice(), Some("this is the first slide"));
}
