//! Fuzzing by property test, the four inputs a stranger controls: data files, the `--keys`
//! notation, search queries and the presenter socket's lines. Each target mutates valid
//! input (and tries raw bytes) and checks that nothing panics and that what comes back keeps
//! its promises. A `cargo test` run does proptest's default number of cases (256 each); the
//! ignored `fuzz_*` tests run one target for ten minutes each and print how many cases ran:
//! `cargo test --release --test fuzz -- --ignored --nocapture` (BENCHMARKS.md gives the
//! counts of the runs made). Failing cases are kept by proptest beside this file and replay.

use std::sync::OnceLock;

use cica_dash::dataset::Dataset;
use cica_dash::load::{self, DataSource, source};
use cica_dash::search::{Cache, SearchIndex};
use cica_dash::sync::{LineReader, protocol};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

const MEETING: &str = include_str!("../data/meetings/2021-06-23-soc.toml");

/// One edit of a text: bytes that tend to break TOML, UTF-8 or the terminal.
#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Duplicate(usize, usize),
    Flip(usize, u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    let nasty = prop_oneof![
        Just(b"\"".to_vec()),
        Just(b"[[".to_vec()),
        Just(b"]]\n".to_vec()),
        Just(b"\n[meeting]\n".to_vec()),
        Just(b" = ".to_vec()),
        Just(b"\\u{0}".to_vec()),
        Just(b"\x1b[2J".to_vec()),
        Just("\u{202e}".as_bytes().to_vec()),
        Just("张红建".as_bytes().to_vec()),
        Just(b"2021-02-30".to_vec()),
        Just(b"\xff\xfe".to_vec()),
        prop::collection::vec(any::<u8>(), 1..8),
    ];
    prop_oneof![
        (any::<usize>(), nasty).prop_map(|(at, b)| Edit::Insert(at, b)),
        (any::<usize>(), 1usize..64).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<usize>(), 1usize..200).prop_map(|(at, n)| Edit::Duplicate(at, n)),
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Edit::Flip(at, b)),
    ]
}

fn apply(text: &[u8], edits: &[Edit]) -> Vec<u8> {
    let mut t = text.to_vec();
    for e in edits {
        let at = |i: usize, len: usize| if len == 0 { 0 } else { i % (len + 1) };
        match e {
            Edit::Insert(i, b) => {
                let i = at(*i, t.len());
                t.splice(i..i, b.iter().copied());
            }
            Edit::Delete(i, n) => {
                let i = at(*i, t.len());
                let end = (i + n).min(t.len());
                t.drain(i..end);
            }
            Edit::Duplicate(i, n) => {
                let i = at(*i, t.len());
                let end = (i + n).min(t.len());
                let copy = t[i..end].to_vec();
                t.splice(end..end, copy);
            }
            Edit::Flip(i, b) => {
                if !t.is_empty() {
                    let i = i % t.len();
                    t[i] = *b;
                }
            }
        }
    }
    t
}

/// The bundled data and its index, built once for the query target.
fn bundled() -> &'static (Dataset, SearchIndex) {
    static B: OnceLock<(Dataset, SearchIndex)> = OnceLock::new();
    B.get_or_init(|| {
        let data = load::load(&DataSource::Bundled, load::DEFAULT_MAX_FILE_SIZE)
            .expect("the bundled data loads")
            .dataset;
        let ix = SearchIndex::build(&data);
        (data, ix)
    })
}

/// The loader on the bundled meeting file with random edits: never a panic, and every
/// diagnostic points inside the file it names.
fn check_loader(edits: Vec<Edit>) -> Result<(), TestCaseError> {
    let bytes = apply(MEETING.as_bytes(), &edits);
    if let Ok(src) = source::decode("m.toml", bytes) {
        let lines = src.text.lines().count().max(1);
        let loaded = load::load_sources(std::slice::from_ref(&src), Vec::new());
        for d in &loaded.diagnostics {
            prop_assert!(d.line >= 1 && d.line <= lines + 1, "{d}");
            prop_assert!(d.col >= 1);
            prop_assert!(!d.to_string().contains('\u{1b}'), "no escape codes: {d}");
        }
    }
    Ok(())
}

fn keys_text() -> impl Strategy<Value = String> {
    "([a-zA-Z0-9 /?<>\\-]|<(C|S|A)-.?>|<[A-Za-z]{0,9}>|\\PC){0,40}"
}

/// The `--keys` notation: any text parses or is refused with a message; never a panic, and
/// what parses can be fed to the dashboard.
fn check_keys(text: String) -> Result<(), TestCaseError> {
    match cica_dash::keys::parse(&text) {
        Ok(keys) => {
            let mut app = cica_dash::app::App::new(bundled().0.clone(), settings());
            let _ = cica_dash::render::render_text(&mut app, &keys, 80, 24);
        }
        Err(e) => {
            let esc = '\u{1b}';
            prop_assert!(!e.is_empty() && !e.contains(esc), "{:?}", e);
        }
    }
    Ok(())
}

fn query_text() -> impl Strategy<Value = String> {
    "(\\PC|[\\x00-\\x1f\\u{202e}]|by:|in:|kind:|\\s){0,30}"
}

/// Search queries, typed a character at a time through one cache as the screen does: never
/// a panic, and the highlights are valid ranges of the hit's text.
fn check_query(query: String) -> Result<(), TestCaseError> {
    let (data, ix) = bundled();
    let mut cache = Cache::default();
    let mut typed = String::new();
    for c in query.chars() {
        typed.push(c);
        let r = ix.search_with(data, &typed, 200, &mut cache);
        prop_assert!(r.hits.len() <= r.total);
        for h in &r.hits {
            for range in &h.highlights {
                prop_assert!(
                    h.text.get(range.clone()).is_some(),
                    "{range:?} in {:?}",
                    h.text
                );
            }
        }
    }
    Ok(())
}

fn chunks() -> impl Strategy<Value = Vec<Vec<u8>>> {
    prop::collection::vec(prop::collection::vec(any::<u8>(), 0..300), 0..12)
}

/// Lines from the presenter socket, in arbitrary chunks: the reader never holds more than its
/// limit, and a decoded message always encodes back to a valid line.
fn check_socket(chunks: Vec<Vec<u8>>) -> Result<(), TestCaseError> {
    let mut reader = LineReader::with_limit(512);
    for chunk in &chunks {
        for line in reader.push(chunk) {
            if let Some(msg) = protocol::decode(&line) {
                prop_assert!(msg.is_valid());
                let again = protocol::encode(&msg);
                prop_assert_eq!(protocol::decode(again.trim_end().as_bytes()), Some(msg));
            }
        }
        prop_assert!(reader.pending() <= 512);
    }
    Ok(())
}

proptest! {
    #[test]
    fn loader(edits in prop::collection::vec(edit(), 1..6)) {
        check_loader(edits)?;
    }

    #[test]
    fn keys_notation(text in keys_text()) {
        check_keys(text)?;
    }

    #[test]
    fn search_queries(query in query_text()) {
        check_query(query)?;
    }

    #[test]
    fn socket_lines(chunks in chunks()) {
        check_socket(chunks)?;
    }
}

/// A long fuzz run: random cases of `strategy` for `FUZZ_TIME`, each checked by `check`;
/// prints how many ran. A failure panics with the case (run it again as a proptest to shrink).
fn fuzz_for<T: std::fmt::Debug>(
    name: &str,
    strategy: impl Strategy<Value = T>,
    check: impl Fn(T) -> Result<(), TestCaseError>,
) {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::default();
    let start = std::time::Instant::now();
    let mut cases = 0u64;
    while start.elapsed() < FUZZ_TIME {
        let value = strategy
            .new_tree(&mut runner)
            .expect("the strategies never reject")
            .current();
        let shown = format!("{value:?}");
        if let Err(e) = check(value) {
            panic!("{name}: case {cases} failed: {e}\n{shown}");
        }
        cases += 1;
    }
    println!(
        "fuzz {name}: {cases} cases in {:?}, no failure",
        start.elapsed()
    );
}

/// How long each `fuzz_*` run lasts (`cargo test --release --test fuzz -- --ignored
/// --nocapture`; they are left out of `cargo test`).
const FUZZ_TIME: std::time::Duration = std::time::Duration::from_secs(600);

#[test]
#[ignore = "a ten-minute fuzz run"]
fn fuzz_loader() {
    fuzz_for("loader", prop::collection::vec(edit(), 1..6), check_loader);
}

#[test]
#[ignore = "a ten-minute fuzz run"]
fn fuzz_keys_notation() {
    fuzz_for("--keys", keys_text(), check_keys);
}

#[test]
#[ignore = "a ten-minute fuzz run"]
fn fuzz_search_queries() {
    fuzz_for("search", query_text(), check_query);
}

#[test]
#[ignore = "a ten-minute fuzz run"]
fn fuzz_socket_lines() {
    fuzz_for("socket", chunks(), check_socket);
}

fn settings() -> cica_dash::app::Settings {
    cica_dash::app::Settings {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).expect("a real date"),
        week_start: chrono::Weekday::Mon,
    }
}
