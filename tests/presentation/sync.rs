//! What the audience and presenter views tell each other, and the presenter's notes.

use super::*;

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
