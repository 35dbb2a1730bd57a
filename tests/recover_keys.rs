//! An unknown key is one error at its place, with the nearest valid key, and the rest of its
//! entry and file is still read and checked (serde alone would refuse the whole entry, and a
//! meeting with a typo would hide every other problem in its file).

use cica_dash::load::{self, Code, Diagnostic};

const HEAD: &str = "[meeting]\nid = \"m\"\ntitle = \"T\"\nbody = \"Senior Officials Committee\"\ndate = 2021-06-23\n";

fn problems(text: &str) -> Vec<(usize, usize, Code, String, Option<String>)> {
    let loaded = load::load_str("m.toml", text);
    let list = |d: &Diagnostic| (d.line, d.col, d.code, d.message.clone(), d.help.clone());
    loaded.diagnostics.iter().map(list).collect()
}

#[test]
fn a_typo_in_the_meeting_hides_nothing_else_in_its_file() {
    // Line 6 `chiar`, then an agenda item and a decision pointing at an agenda id that does
    // not exist (line 13, column 10).
    let text = format!(
        "{HEAD}chiar = \"Shakhrat Nuryshev\"\n\n[[agenda]]\nid = \"a1\"\ntitle = \"Opening\"\n\n[[decision]]\nagenda = \"a9\"\naction = \"adopted\"\nsubject = \"S\"\n"
    );
    let found = problems(&text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        (found[0].0, found[0].1, found[0].2),
        (6, 1, Code::UnknownKey)
    );
    assert_eq!(found[0].3, "unknown key `chiar` in `meeting`");
    assert_eq!(found[0].4.as_deref(), Some("did you mean `chair`?"));
    assert_eq!(
        (found[1].0, found[1].1, found[1].2),
        (13, 10, Code::UnknownRef)
    );
    assert!(found[1].3.contains("a9"), "{found:#?}");
}

#[test]
fn every_unknown_key_of_an_entry_is_reported_with_the_other_problems() {
    // A statement with two unknown keys and a bad participant code: each is reported where
    // it is written, and, as `sumary` is not read, that the statement has no summary.
    let text = format!(
        "{HEAD}\n[[statement]]\nspeeker = \"A\"\nparticipant = \"ZZZ\"\nsumary = \"Spoke.\"\n"
    );
    let loaded = load::load_str("m.toml", &text);
    let found: Vec<(usize, Code)> = loaded
        .diagnostics
        .iter()
        .map(|d| (d.line, d.code))
        .collect();
    assert_eq!(
        found,
        [
            (7, Code::Incomplete),
            (8, Code::UnknownKey),
            (9, Code::UnknownRef),
            (10, Code::UnknownKey)
        ],
        "{:#?}",
        loaded.diagnostics
    );
    assert!(loaded.diagnostics[3].message.contains("`sumary`"));
    assert_eq!(
        loaded.diagnostics[3].help.as_deref(),
        Some("did you mean `summary`?")
    );
}

#[test]
fn a_key_far_from_every_valid_one_lists_them() {
    let text = format!("{HEAD}xyzzy = 1\n");
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        (found[0].0, found[0].1, found[0].2),
        (6, 1, Code::UnknownKey)
    );
    let help = found[0].4.clone().unwrap_or_default();
    assert!(
        help.starts_with("valid keys: `id`, `title`, `body`"),
        "{help}"
    );
}
