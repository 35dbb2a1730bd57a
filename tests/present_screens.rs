//! Whole presentation screens on ratatui's TestBackend, as reviewed insta snapshots: the deck
//! with its footer at 80×24 and 200×60, the overview, the help, the blank screen, the number
//! entry and the presenter view. The slides themselves are checked slide by slide in
//! `tests/slides.rs`; these check what surrounds them. Each snapshot was read when accepted,
//! and the assertions say what the reader checked.

mod common;

use cica_dash::app::{Action, App, PresentOptions, update};
use common::*;

fn present(options: PresentOptions) -> App {
    let mut app = bundled_app().with_present_options(options);
    update(&mut app, Action::Present { meeting: None });
    app
}

fn last_line(text: &str) -> &str {
    text.lines().last().unwrap()
}

#[test]
fn title_slide_80x24_has_the_footer() {
    let text = screen(&mut present(PresentOptions::default()), "", 80, 24);
    let footer = last_line(&text);
    assert!(footer.starts_with(" 1/22 "), "{footer}");
    assert!(footer.contains("Second SOC meeting"), "{footer}");
    assert!(
        !footer.contains("0:00"),
        "a timer never started is not shown: {footer}"
    );
    assert!(text.contains("Wednesday 23 June 2021"));
    assert!(text.contains("Chair: Shakhrat Nuryshev"));
    insta::assert_snapshot!("present_title_80x24", text);
}

#[test]
fn statement_slide_200x60_with_a_countdown_and_the_clock() {
    let mut app = present(PresentOptions {
        duration: Some(std::time::Duration::from_secs(30 * 60)),
        ..PresentOptions::default()
    });
    let text = screen(&mut app, "9<Enter>ct", 200, 60);
    let footer = last_line(&text);
    assert!(footer.starts_with(" 9/22 "), "{footer}");
    assert!(
        footer.ends_with("● -30:00  00:00"),
        "a running countdown from 30 minutes, then the injected clock: {footer}"
    );
    let bare = screen(&mut app, "F", 200, 60);
    assert!(
        bare.lines().next().unwrap().ends_with(" 00:00"),
        "without the footer the clock is at the top right"
    );
    assert!(text.contains("Statement 1 of 11"));
    insta::assert_snapshot!("present_statement_200x60", text);
}

#[test]
fn overview_80x24_marks_the_current_slide_and_scrolls() {
    let mut app = present(PresentOptions::default());
    let text = screen(&mut app, "nno", 80, 24);
    assert!(text.contains("Slides (22)"));
    assert!(text.contains("●  3 Decision 1: approved"), "{text}");
    assert!(
        text.contains("more ↓"),
        "slide 22 is below the fold:\n{text}"
    );
    insta::assert_snapshot!("present_overview_80x24", text);
    let text = screen(&mut app, "G", 80, 24);
    assert!(text.contains("22 Closing"), "{text}");
    assert!(text.contains("more ↑"), "{text}");
}

#[test]
fn help_in_a_presentation_lists_the_decks_keys() {
    let text = screen(&mut present(PresentOptions::default()), "?", 100, 40);
    for words in [
        "Presentation",
        "next slide",
        "0–9",
        "type a slide number",
        "overview of every slide",
        "Slide overview",
    ] {
        assert!(text.contains(words), "{words} missing:\n{text}");
    }
    assert!(!text.contains("focus the next pane"), "no dashboard keys");
    insta::assert_snapshot!("present_help_100x40", text);
}

#[test]
fn blank_screen_and_number_entry() {
    let mut app = present(PresentOptions::default());
    let blank = screen(&mut app, "b", 80, 24);
    assert!(
        blank.trim().is_empty(),
        "nothing shows on a blank screen:\n{blank}"
    );
    let typing = screen(&mut app, "b12", 80, 24);
    assert!(typing.contains("go to slide 12▏ Enter"), "{typing}");
}

#[test]
fn presenter_view_120x36_shows_now_next_and_notes() {
    let mut app = present(PresentOptions {
        presenter: true,
        linked: true,
        ..PresentOptions::default()
    });
    let text = screen(&mut app, "3<Enter>", 120, 36);
    assert!(text.contains("PRESENTER"));
    assert!(
        text.contains("waiting for the audience view"),
        "not connected yet"
    );
    assert!(text.contains("Now 3/22"));
    assert!(text.contains("Next: Decision 2: approved"), "{text}");
    assert!(
        text.contains("Observer Status"),
        "the decision's full text in the notes or on the slide"
    );
    insta::assert_snapshot!("presenter_120x36", text);
    let last = screen(&mut app, "G", 120, 36);
    assert!(last.contains("This is the last slide."));
}

#[test]
fn the_deck_never_overflows_tiny_or_huge_terminals() {
    for (w, h) in [(1, 1), (10, 3), (40, 12), (400, 150)] {
        let mut app = present(PresentOptions::default());
        for keys in ["", "n", "o", "<Esc>G", "?"] {
            screen(&mut app, keys, w, h);
        }
        let mut presenter = present(PresentOptions {
            presenter: true,
            ..PresentOptions::default()
        });
        screen(&mut presenter, "nnn", w, h);
    }
}

#[test]
fn a_small_terminal_still_shows_the_slide_and_takes_keys() {
    let mut app = present(PresentOptions::default());
    let text = screen(&mut app, "n", 30, 8);
    assert!(!text.contains("terminal too small"), "{text}");
    assert!(text.contains("2/22"), "the key moved the deck:\n{text}");
    assert!(text.contains("Agenda"), "{text}");
}
