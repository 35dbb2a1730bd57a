//! The deck's order, titles and notes on the bundled meeting and on edge cases.

use super::*;
use crate::load::{self, DataSource};

fn bundled() -> Dataset {
    let loaded = load::load(&DataSource::Bundled, load::DEFAULT_MAX_FILE_SIZE).unwrap();
    assert!(!loaded.has_errors());
    loaded.dataset
}

fn from(text: &str) -> Dataset {
    let loaded = load::load_str("m.toml", text);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    loaded.dataset
}

#[test]
fn bundled_meeting_deck_order() {
    let data = bundled();
    let deck = Deck::build(&data, 0);
    let mut want = vec![Slide::Title, Slide::Agenda];
    want.extend((0..6).map(Slide::Decision));
    want.extend((0..11).map(Slide::Statement));
    want.extend([Slide::Coordination, Slide::Events, Slide::Closing]);
    assert_eq!(deck.slides, want);
    assert_eq!(deck.len(), 22);
    assert!(!deck.is_empty());
}

#[test]
fn empty_kinds_are_skipped() {
    let data = from(
        "[meeting]\nid = \"m\"\ntitle = \"Bare\"\nbody = \"SOC\"\ndate = 2021-06-23\n\n\
         [[decision]]\naction = \"noted\"\nsubject = \"A report\"\n",
    );
    let deck = Deck::build(&data, 0);
    assert_eq!(
        deck.slides,
        vec![Slide::Title, Slide::Decision(0), Slide::Closing],
        "no agenda, statements, assignments or events"
    );
}

#[test]
fn titles_are_informative() {
    let data = bundled();
    let deck = Deck::build(&data, 0);
    assert_eq!(deck.title(&data, 0), "Title");
    assert_eq!(deck.title(&data, 1), "Agenda (7 items)");
    assert_eq!(
        deck.title(&data, 2),
        "Decision 1: approved CICA Observer Status for Turkmenistan"
    );
    assert_eq!(
        deck.title(&data, 10),
        "Statement 3: Harsh Vardhan Shringla (India)"
    );
    assert_eq!(deck.title(&data, 9), "Statement 2: Member States");
    assert_eq!(
        deck.title(&data, 18),
        "Statement 11: Vladimir Voronkov (United Nations)"
    );
    assert_eq!(deck.title(&data, 19), "Coordination (5 assignments)");
    assert_eq!(deck.title(&data, 20), "Events (12)");
    assert_eq!(deck.title(&data, 21), "Closing");
}

#[test]
fn notes_carry_the_full_text() {
    let data = bundled();
    let deck = Deck::build(&data, 0);
    let title = deck.notes(&data, 0);
    assert_eq!(title.len(), 2, "summary and notes");
    assert!(title[0].starts_with("The Second Senior Officials Committee"));
    assert!(title[1].starts_with("Agenda reconstructed"));
    assert_eq!(
        deck.notes(&data, 21),
        title,
        "closing repeats the meeting's"
    );
    let d = deck.notes(&data, 6); // the first Special Working Group task
    assert!(d[0].starts_with("The SOC tasked the Special Working Group"));
    assert!(d.contains(&"Assignee: Special Working Group".to_owned()));
    assert!(d.contains(&"Due: before the next SOC meeting".to_owned()));
    assert!(d.last().unwrap().contains("read here as applying to both"));
    let s = deck.notes(&data, 18); // Voronkov
    assert!(s[0].starts_with("Elaborated on issues of global terrorism"));
    assert!(s[1].starts_with("The release gives the title Ambassador"));
    let agenda = deck.notes(&data, 1);
    assert_eq!(agenda.len(), 1);
    assert!(agenda[0].starts_with("6. Growing role of Asia"));
    let coordination = deck.notes(&data, 19);
    assert!(coordination[0].contains("only the new co-coordinating countries"));
    let events = deck.notes(&data, 20);
    assert!(events[0].starts_with("COVID-9 and SME"), "{events:?}");
    assert!(events[1].starts_with("Meeting with the Founder of CICA"));
    assert!(events[1].contains(": The Founder shared his vision"));
}

#[test]
fn out_of_range_never_panics() {
    let data = bundled();
    let deck = Deck::build(&data, 0);
    assert_eq!(deck.title(&data, 22), "");
    assert!(deck.notes(&data, 22).is_empty());
    assert_eq!(deck.get(usize::MAX), None);
    let none = Deck::build(&data, 99);
    assert!(none.is_empty());
    assert_eq!(none.title(&data, 0), "");
    // A stale deck after a reload that dropped items.
    let stale = Deck {
        meeting: 0,
        slides: vec![Slide::Decision(40), Slide::Statement(40)],
    };
    assert_eq!(stale.title(&data, 0), "Decision 41");
    assert_eq!(stale.title(&data, 1), "Statement 41");
    assert!(stale.notes(&data, 0).is_empty());
    let empty = Dataset::default();
    assert_eq!(deck.title(&empty, 0), "");
}
