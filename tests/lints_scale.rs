//! The `near-duplicate` lint on thousands of distinct speakers: exactly the true warnings.
//!
//! Numbered speakers (`Delegate 000123`) are a letter or two apart but name different people,
//! and there are thousands of them: the lint must say nothing about them (and not compare
//! every pair: `benches/lints.rs` measures that), yet still find the few real second spellings
//! hidden among them, each once, at the later spelling, in file order.

use std::fmt::Write as _;

use cica_dash::load::{self, Code, Source};

const MEETING: &str = "[meeting]\nid = \"m\"\ntitle = \"Big meeting\"\nbody = \"Senior Officials Committee\"\ndate = 2021-06-23\n";

const PERSONS: &str = "[[person]]\nname = \"Bakayev\"\n\n[[person]]\nname = \"Nursultan Nazarbayev\"\n\n[[person]]\nname = \"Nursultan Nazarbaev\"\n";

/// A meeting with `n` numbered speakers and, among them, `hidden` speakers at the given
/// positions; returns its text and the line of each hidden speaker.
fn meeting(n: usize, hidden: &[(usize, &str)]) -> (String, Vec<usize>) {
    let mut text = format!("{MEETING}\n");
    let (mut line, mut lines) = (MEETING.lines().count() + 2, Vec::new());
    let statement = |text: &mut String, line: &mut usize, speaker: &str| {
        let _ = write!(
            text,
            "[[statement]]\nspeaker = \"{speaker}\"\nsummary = \"Spoke.\"\n\n"
        );
        *line += 4;
    };
    for i in 1..=n {
        for (_, name) in hidden.iter().filter(|(at, _)| *at == i) {
            lines.push(line + 1);
            statement(&mut text, &mut line, name);
        }
        statement(&mut text, &mut line, &format!("Delegate {i:06}"));
    }
    (text, lines)
}

#[test]
fn thousands_of_numbered_speakers_give_only_the_true_near_duplicates() {
    let hidden = [
        (300, "Reza Najafi"),
        (900, "Bakaev"),
        (1500, "Reza Nadjafi"),
        (1999, "Delegate 00O123"),
    ];
    let (text, lines) = meeting(2_000, &hidden);
    let sources = [
        Source {
            path: "participants.toml".into(),
            text: PERSONS.into(),
        },
        Source {
            path: "meetings/m.toml".into(),
            text,
        },
    ];
    let loaded = load::load_sources(&sources, Vec::new());
    assert!(!loaded.has_errors());
    let got: Vec<(String, usize, usize, String)> = loaded
        .diagnostics
        .iter()
        .map(|d| {
            assert_eq!(d.code, Code::NearDuplicate, "{d}");
            let file = d.file.rsplit('/').next().unwrap_or_default().to_owned();
            (file, d.line, d.col, d.message.clone())
        })
        .collect();
    // Sorted as every diagnostic is, by file and position; `Delegate 00O123` (a letter O) has
    // other digits than `Delegate 000123`, so it is another name, as today.
    let want = [
        (
            "m.toml",
            lines[1],
            11,
            "speaker `Bakaev` names no person, but is nearly the person `Bakayev`",
        ),
        (
            "m.toml",
            lines[2],
            11,
            "speaker `Reza Nadjafi` is nearly the speaker `Reza Najafi`",
        ),
        (
            "participants.toml",
            8,
            8,
            "person `Nursultan Nazarbaev` is nearly the person `Nursultan Nazarbayev`",
        ),
    ];
    let want: Vec<(String, usize, usize, String)> = want
        .iter()
        .map(|&(f, l, c, m)| (f.to_owned(), l, c, m.to_owned()))
        .collect();
    assert_eq!(got, want);
}
