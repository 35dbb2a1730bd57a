//! An impossible bare date (`date = 2021-02-30`) is one error at its place, and the rest of
//! its file is still read and checked (TOML's parser alone would refuse the whole file).

use cica_dash::load::{self, Code, Diagnostic};

const HEAD: &str = "[meeting]\nid = \"m\"\ntitle = \"T\"\nbody = \"Senior Officials Committee\"\n";

fn problems(text: &str) -> Vec<(usize, usize, Code, String)> {
    let loaded = load::load_str("m.toml", text);
    let list = |d: &Diagnostic| (d.line, d.col, d.code, d.message.clone());
    loaded.diagnostics.iter().map(list).collect()
}

#[test]
fn the_other_problems_of_the_file_are_reported_too() {
    let text = format!(
        "{HEAD}date = 2021-02-30\n\n[[decision]]\naction = \"adopted\"\nsubject = \"S\"\nparticipants = [\"XXX\"]\n"
    );
    let found = problems(&text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!((found[0].0, found[0].1, found[0].2), (5, 8, Code::BadDate));
    assert!(found[0].3.contains("2021-02-30"), "{found:?}");
    assert_eq!(
        (found[1].0, found[1].1, found[1].2),
        (10, 17, Code::UnknownRef)
    );
}

#[test]
fn several_impossible_dates_and_times_are_each_reported_where_they_are() {
    let text = format!(
        "{HEAD}date = 2021-02-30\nend = 2021-13-01\n\n[[event]]\nid = \"e\"\ntitle = \"E\"\ndate = 2021-06-31\n"
    );
    let found = problems(&text);
    let places: Vec<(usize, usize, Code)> = found.iter().map(|f| (f.0, f.1, f.2)).collect();
    assert_eq!(
        places,
        [
            (5, 8, Code::BadDate),
            (6, 7, Code::BadDate),
            (11, 8, Code::BadDate)
        ],
        "{found:?}"
    );
}

#[test]
fn a_real_syntax_error_still_makes_the_file_unreadable() {
    let text = format!("{HEAD}date = 2021-02-30\ntitle = = \"x\"\n");
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].2), (6, Code::Syntax), "{found:?}");
}
