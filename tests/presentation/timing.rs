//! The timer on the injected clock, countdowns, and kiosk mode: advancing by itself, stopping
//! at the end or looping, pausing on a key.

use super::*;

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
