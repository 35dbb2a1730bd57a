//! `render --plain`: the meeting as linear, labelled text for a screen reader. Every item of
//! the bundled meeting is there, counted against the data file read here on its own, with no
//! box drawing and no escape codes.

mod common;

use common::run::{run, stderr, stdout};

/// How many `[[name]]` tables the bundled meeting file has, read with `toml` directly.
fn count(name: &str) -> usize {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/meetings/2021-06-23-soc.toml"
    ))
    .unwrap();
    let table: toml::Table = text.parse().unwrap();
    table
        .get(name)
        .and_then(|v| v.as_array())
        .map_or(0, Vec::len)
}

#[test]
fn the_bundled_meeting_as_plain_text() {
    let o = run(&["render", "--plain", "--today", "2026-11-28"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    let (agenda, decisions, statements, events) = (
        count("agenda"),
        count("decision"),
        count("statement"),
        count("event"),
    );
    assert_eq!((agenda, decisions, statements, events), (7, 6, 11, 12));
    for (heading, one, n) in [
        ("Agenda", "Agenda item", agenda),
        ("Decisions", "Decision", decisions),
        ("Statements", "Statement", statements),
        ("Events", "Event", events),
    ] {
        assert!(
            text.contains(&format!("\n{heading}: {n} items.\n")),
            "{heading}"
        );
        for k in 1..=n {
            assert!(
                text.contains(&format!("\n{one} {k} of {n}.\n")),
                "{one} {k}"
            );
        }
        assert!(!text.contains(&format!("\n{one} {} of {n}.\n", n + 1)));
    }
    for fact in [
        "Date: Wed 23 Jun 2021",
        "Chair: Shakhrat Nuryshev",
        "Concerns: Turkmenistan (TKM)",
        "For: Russia (RUS)",
        "Organisers: Turkey (TUR)",
    ] {
        assert!(text.contains(fact), "{fact} missing");
    }
    assert!(
        !text
            .chars()
            .any(|c| ('\u{2500}'..='\u{257f}').contains(&c) || c == '\u{1b}'),
        "no box drawing and no escape codes"
    );
    assert!(
        !text.contains("\n\n\n"),
        "at most one blank line between paragraphs"
    );
    insta::assert_snapshot!("plain_bundled", text);
}

#[test]
fn meeting_picks_one_and_unknown_ids_are_refused() {
    let o = run(&["render", "--plain", "--meeting", "soc-2021-06-23"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("Meeting.\nSecond SOC meeting"));
    let o = run(&["render", "--plain", "--meeting", "soc-2021-06-32"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("did you mean `soc-2021-06-23`?"),
        "{}",
        stderr(&o)
    );
    let o = run(&["render", "--meeting", "soc-2021-06-23"]);
    assert_eq!(o.status.code(), Some(2), "--meeting alone draws nothing");
    assert!(
        stderr(&o).contains("--present or --plain"),
        "{}",
        stderr(&o)
    );
    let o = run(&["render", "--plain", "--keys", "j"]);
    assert_eq!(o.status.code(), Some(2), "keys mean nothing to plain text");
}
