//! Every count on screen and in the CLI agrees with its number ("1 assignment", "2
//! assignments"), through the one helper `text::count`: counts that can be 1 in places where
//! they rarely are, checked on data that makes them 1.

mod common;

use common::run::{run, stderr, stdout};
use common::*;

#[test]
fn one_more_undated_event_is_singular() {
    // The day popup lists the first 100 undated events in full and counts the rest.
    let events: String = (0..101)
        .map(|i| format!("[[event]]\nid = \"e{i}\"\ntitle = \"Event {i}\"\n"))
        .collect();
    let mut app = app_from(&[("events.toml", events.as_str())]);
    let text = screen(&mut app, "4<Enter>G", 120, 40);
    assert!(text.contains("… and 1 more undated event"), "{text}");
    assert!(!text.contains("1 more undated events"), "{text}");
}

#[test]
fn one_glossary_term_is_singular() {
    let terms = "[[glossary]]\nterm = \"SOC\"\nmeaning = \"Senior Officials Committee\"\n";
    let text = screen(&mut app_from(&[("g.toml", terms)]), "w", 100, 30);
    assert!(text.contains("1 of 1 term"), "{text}");
    assert!(!text.contains("1 of 1 terms"), "{text}");
}

#[test]
fn check_and_timings_count_one_file_and_one_statement() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("m.toml"),
        "[meeting]\nid = \"m\"\ntitle = \"T\"\nbody = \"B\"\ndate = 2021-06-23\n\
         [[statement]]\nspeaker = \"S\"\nsummary = \"x\"\n",
    )
    .unwrap();
    let o = run(&["check", "--timings", "--data", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.contains("1 file, 1 meeting,"), "{out}");
    assert!(out.contains(", 1 statement,"), "{out}");
    let err = stderr(&o);
    assert!(err.contains("(1 file, 1 statement)"), "{err}");
}
