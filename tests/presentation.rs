//! The presentation through `update()`: every key of the deck, the overview, the timer with an
//! injected clock, kiosk mode, and what the audience and presenter views tell each other.

mod common;

use std::time::Duration;

use cica_dash::app::{
    Action, App, Effect, Now, Overlay, PeerEvent, PresentOptions, Screen, update,
};
use cica_dash::deck::Slide;
use cica_dash::keymap;
use cica_dash::keys;
use cica_dash::sync::protocol::Msg;
use common::*;

/// Presses keys through the keymap as the event loop would; returns the effects.
fn press(app: &mut App, k: &str) -> Vec<Effect> {
    let mut out = Vec::new();
    for key in keys::parse(k).unwrap() {
        if let Some(action) = keymap::action_for(app, key) {
            out.push(update(app, action));
        }
    }
    out
}

fn at(secs: u64) -> Action {
    Action::Tick(Now {
        mono: Duration::from_secs(secs),
        ..Now::default()
    })
}

fn slide(app: &App) -> usize {
    app.presentation().expect("presenting").slide()
}

fn presenting(options: PresentOptions) -> App {
    let mut app = bundled_app().with_present_options(options);
    update(&mut app, Action::Present { meeting: None });
    app
}

/// The bundled meeting's deck: title, agenda, 6 decisions, 11 statements, coordination,
/// events, closing.
const SLIDES: usize = 22;

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
fn the_timer_starts_pauses_and_resets_on_the_injected_clock() {
    let mut app = presenting(PresentOptions::default());
    update(&mut app, at(100));
    press(&mut app, "t");
    update(&mut app, at(165));
    let timer = *app.presentation().unwrap().timer();
    assert!(timer.running());
    assert_eq!(timer.text(Duration::from_secs(165)), "1:05");
    press(&mut app, "t");
    update(&mut app, at(500));
    let timer = *app.presentation().unwrap().timer();
    assert!(!timer.running());
    assert_eq!(
        timer.elapsed(Duration::from_secs(500)),
        Duration::from_secs(65)
    );
    press(&mut app, "T");
    let timer = *app.presentation().unwrap().timer();
    assert_eq!(timer.elapsed(Duration::from_secs(900)), Duration::ZERO);
}

#[test]
fn a_countdown_shows_the_time_left_then_the_overrun() {
    let mut app = presenting(PresentOptions {
        duration: Some(Duration::from_secs(30 * 60)),
        ..PresentOptions::default()
    });
    update(&mut app, at(0));
    press(&mut app, "t");
    let timer = *app.presentation().unwrap().timer();
    assert_eq!(timer.text(Duration::from_secs(60)), "-29:00");
    assert_eq!(timer.text(Duration::from_secs(31 * 60)), "+1:00");
}

#[test]
fn kiosk_mode_advances_by_itself_until_a_key_pauses_it() {
    let mut app = presenting(PresentOptions {
        auto_advance: Some(Duration::from_secs(20)),
        ..PresentOptions::default()
    });
    update(&mut app, at(19));
    assert_eq!(slide(&app), 0);
    update(&mut app, at(20));
    assert_eq!(slide(&app), 1, "one slide after 20 s");
    update(&mut app, at(40));
    assert_eq!(slide(&app), 2);
    press(&mut app, "c");
    assert!(
        app.presentation().unwrap().auto().unwrap().paused,
        "any key pauses"
    );
    update(&mut app, at(100));
    assert_eq!(slide(&app), 2, "paused");
    press(&mut app, "<Space>");
    assert!(
        !app.presentation().unwrap().auto().unwrap().paused,
        "Space resumes"
    );
    assert_eq!(slide(&app), 2, "resuming does not skip a slide");
    update(&mut app, at(119));
    assert_eq!(slide(&app), 2, "a full period after resuming");
    update(&mut app, at(120));
    assert_eq!(slide(&app), 3);
}

#[test]
fn kiosk_mode_stops_at_the_end_or_loops() {
    let mut once = presenting(PresentOptions {
        auto_advance: Some(Duration::from_secs(1)),
        ..PresentOptions::default()
    });
    for s in 1..=SLIDES as u64 + 3 {
        update(&mut once, at(s));
    }
    assert_eq!(slide(&once), SLIDES - 1, "stops on the last slide");
    assert!(once.presentation().unwrap().auto().unwrap().paused);

    let mut looping = presenting(PresentOptions {
        auto_advance: Some(Duration::from_secs(1)),
        looping: true,
        ..PresentOptions::default()
    });
    for s in 1..=SLIDES as u64 {
        update(&mut looping, at(s));
    }
    assert_eq!(slide(&looping), 0, "starts again after the last slide");
}

#[test]
fn every_meeting_in_a_loop_goes_on_to_the_next_meetings_deck() {
    let mut app = app_from(TWO_MEETINGS).with_present_options(PresentOptions {
        auto_advance: Some(Duration::from_secs(1)),
        looping: true,
        all: true,
        ..PresentOptions::default()
    });
    update(&mut app, Action::Present { meeting: None });
    let first = app.presentation().unwrap().deck().meeting;
    assert_eq!(
        app.data().meetings[first].id,
        "second",
        "newest first (the planned 2030 meeting)"
    );
    let n = app.presentation().unwrap().deck().len() as u64;
    for s in 1..=n {
        update(&mut app, at(s));
    }
    let next = app.presentation().unwrap().deck().meeting;
    assert_eq!(app.data().meetings[next].id, "first");
    assert_eq!(slide(&app), 0);
}

#[test]
fn moves_are_sent_to_the_other_view_and_its_moves_are_taken_without_echo() {
    let mut app = presenting(PresentOptions {
        linked: true,
        ..PresentOptions::default()
    });
    assert_eq!(
        press(&mut app, "n"),
        vec![Effect::Sync(vec![Msg::Goto {
            slide: 1,
            total: SLIDES as u32
        }])]
    );
    assert_eq!(
        press(&mut app, "b"),
        vec![Effect::Sync(vec![Msg::Blank(true)])]
    );
    assert_eq!(
        press(&mut app, "c"),
        vec![Effect::None],
        "the clock is local"
    );
    let effect = update(
        &mut app,
        Action::Peer(PeerEvent::Msg(Msg::Goto {
            slide: 7,
            total: SLIDES as u32,
        })),
    );
    assert_eq!(effect, Effect::None, "a remote move is not sent back");
    assert_eq!(slide(&app), 7);
    update(&mut app, Action::Peer(PeerEvent::Msg(Msg::Blank(false))));
    assert!(!app.presentation().unwrap().blank());
    let effect = update(&mut app, Action::Peer(PeerEvent::Connected));
    let Effect::Sync(state) = effect else {
        panic!("the audience sends its state to a new presenter: {effect:?}")
    };
    assert!(state.contains(&Msg::Goto {
        slide: 7,
        total: SLIDES as u32
    }));
    update(&mut app, Action::Peer(PeerEvent::Disconnected));
    assert!(!app.presentation().unwrap().peer().connected);
    assert_eq!(press(&mut app, "n").len(), 1, "keys still work alone");
    assert_eq!(slide(&app), 8);
}

#[test]
fn the_presenter_takes_the_audiences_state_and_sends_nothing_on_connect() {
    let mut app = presenting(PresentOptions {
        linked: true,
        presenter: true,
        ..PresentOptions::default()
    });
    assert_eq!(
        update(&mut app, Action::Peer(PeerEvent::Connected)),
        Effect::None
    );
    update(&mut app, at(10));
    update(
        &mut app,
        Action::Peer(PeerEvent::Msg(Msg::Timer {
            running: true,
            elapsed_ms: 65_000,
        })),
    );
    let timer = *app.presentation().unwrap().timer();
    assert!(timer.running());
    assert_eq!(
        timer.elapsed(Duration::from_secs(15)),
        Duration::from_secs(70)
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

#[test]
fn a_restarted_audience_takes_the_presenters_state_and_a_fresh_one_sends_none() {
    let mut audience = presenting(PresentOptions {
        linked: true,
        ..PresentOptions::default()
    });
    assert_eq!(
        update(&mut audience, Action::Peer(PeerEvent::Connected)),
        Effect::None,
        "a fresh audience has nothing to impose"
    );
    assert_eq!(audience.notice(), Some("the presenter view is following"));
    let mut presenter = presenting(PresentOptions {
        linked: true,
        presenter: true,
        ..PresentOptions::default()
    });
    update(&mut presenter, Action::Peer(PeerEvent::Connected));
    press(&mut presenter, "nnnnn");
    update(&mut presenter, Action::Peer(PeerEvent::Disconnected));
    let Effect::Sync(state) = update(&mut presenter, Action::Peer(PeerEvent::Connected)) else {
        panic!("a presenter that has been presenting sends its state on reconnecting");
    };
    for msg in state {
        update(&mut audience, Action::Peer(PeerEvent::Msg(msg)));
    }
    assert_eq!(
        slide(&audience),
        5,
        "the restarted audience is on the presenter's slide"
    );
    update(&mut audience, Action::Peer(PeerEvent::Disconnected));
    assert_eq!(audience.notice(), Some("the presenter view left"));
}

#[test]
fn the_presenters_notes_scroll_within_their_text_and_start_again_on_a_new_slide() {
    let mut app = presenting(PresentOptions {
        presenter: true,
        ..PresentOptions::default()
    });
    update(
        &mut app,
        Action::Resize {
            width: 80,
            height: 12,
        },
    );
    press(&mut app, "9<Enter>");
    let scroll = |app: &App| app.presentation().unwrap().notes_scroll();
    press(&mut app, "jj");
    assert_eq!(scroll(&app), 2);
    press(&mut app, &"j".repeat(200));
    let max = scroll(&app);
    assert!(max < 40, "clamped to the notes' length: {max}");
    press(&mut app, "k");
    assert_eq!(scroll(&app), max - 1, "one k comes back one line");
    press(&mut app, "n");
    assert_eq!(scroll(&app), 0);
    let mut audience = presenting(PresentOptions::default());
    press(&mut audience, "jj");
    assert_eq!(
        audience.presentation().unwrap().notes_scroll(),
        0,
        "no notes on the audience view"
    );
}

#[test]
fn space_at_the_end_of_a_kiosk_deck_says_so_instead_of_resuming() {
    let mut app = presenting(PresentOptions {
        auto_advance: Some(Duration::from_secs(1)),
        ..PresentOptions::default()
    });
    for s in 1..=SLIDES as u64 + 1 {
        update(&mut app, at(s));
    }
    assert!(app.presentation().unwrap().auto().unwrap().paused);
    press(&mut app, "<Space>");
    assert_eq!(app.notice(), Some("this is the last slide"));
    assert!(app.presentation().unwrap().auto().unwrap().paused);
}
