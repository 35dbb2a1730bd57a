//! The corpus generator (`examples/gen_corpus`) makes data that loads without a single error
//! or warning, with the counts it reports, the same bytes for the same seed, and other bytes
//! for another seed. Benchmarks and scale figures rely on all three.

#[allow(dead_code)]
#[path = "../examples/gen_corpus/corpus/mod.rs"]
mod corpus;

use cica_dash::load;

#[test]
fn a_small_corpus_loads_clean_with_the_counts_it_reports() {
    let set = corpus::generate(5, 7);
    let dir = tempfile::tempdir().unwrap();
    set.write(dir.path()).unwrap();
    let loaded = load::load_dir(dir.path()).unwrap();
    let problems: Vec<String> = loaded
        .diagnostics
        .iter()
        .map(|d| format!("{}:{}:{}: {}", d.file, d.line, d.col, d.message))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let data = &loaded.dataset;
    assert_eq!(loaded.files, set.files.len());
    assert_eq!(
        set.files.len(),
        5 + 2,
        "participants.toml, events.toml, one file per meeting"
    );
    assert_eq!(data.meetings.len(), 5);
    assert_eq!(data.participants.len(), 60);
    assert_eq!(data.persons.len(), set.persons);
    assert!(set.persons >= 200, "a few hundred persons");
    assert_eq!(data.statement_count(), set.statements);
    let decisions: usize = data.meetings.iter().map(|m| m.decisions.len()).sum();
    assert_eq!(decisions, set.decisions);
    assert_eq!(data.events.len(), set.events);
    for m in &data.meetings {
        assert!((40..=60).contains(&m.statements.len()), "{}", m.id);
        assert!((15..=25).contains(&m.decisions.len()), "{}", m.id);
    }
}

#[test]
fn the_same_seed_gives_the_same_bytes() {
    assert_eq!(corpus::generate(5, 7), corpus::generate(5, 7));
    assert_ne!(corpus::generate(5, 7), corpus::generate(5, 8));
}

#[test]
fn text_is_partly_cyrillic_chinese_and_arabic() {
    let set = corpus::generate(5, 7);
    let all: String = set.files.iter().map(|(_, t)| t.as_str()).collect();
    let scripts = [
        ('\u{0400}', '\u{04FF}'),
        ('\u{4E00}', '\u{9FFF}'),
        ('\u{0600}', '\u{06FF}'),
    ];
    for (lo, hi) in scripts {
        assert!(
            all.chars().any(|c| (lo..=hi).contains(&c)),
            "{lo:?}..{hi:?}"
        );
    }
}
