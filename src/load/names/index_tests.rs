//! Tests of the candidate index: it never leaves out a spelling that `near` accepts.

use super::super::{Spelling, near};
use super::*;
use proptest::prelude::*;
use toml::Spanned;

fn spanned(names: &[String]) -> Vec<Spanned<String>> {
    names
        .iter()
        .map(|n| Spanned::new(0..0, n.clone()))
        .collect()
}

fn spellings(values: &[Spanned<String>]) -> Vec<Spelling<'_>> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| Spelling::spanned(i, 0, v))
        .collect()
}

/// Asserts that every spelling of `queries` near one of `indexed` with the same first letter
/// finds it as a candidate.
fn assert_complete(indexed: &[String], queries: &[String]) {
    let (iv, qv) = (spanned(indexed), spanned(queries));
    let (all, asked) = (spellings(&iv), spellings(&qv));
    let mut index = Index::new(&all);
    let mut out = Vec::new();
    for q in &asked {
        index.candidates(q, &mut out);
        let mut unique = out.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), out.len(), "{out:?}");
        for (i, a) in all.iter().enumerate() {
            if a.norm.chars().next() == q.norm.chars().next() && near(a, q) {
                assert!(
                    out.contains(&i),
                    "{:?} near {:?} is no candidate",
                    a.norm,
                    q.norm
                );
            }
        }
    }
}

#[test]
fn max_edits_is_what_the_similarity_accepts() {
    for m in 1..500 {
        let d = max_edits(m);
        assert!(1.0 - d as f64 / m as f64 >= NEAR, "{m}");
        assert!(1.0 - (d + 1) as f64 / (m as f64) < NEAR, "{m}");
        assert!(min_shared(m) >= 1 && shared(m) <= m, "{m}");
    }
    assert_eq!((max_edits(6), max_edits(7), max_edits(15)), (0, 1, 2));
}

#[test]
fn occurrences_of_one_letter_are_different_grams() {
    let mut g = grams("abaa");
    g.sort_unstable();
    assert_eq!(g, [('a', 0), ('a', 1), ('a', 2), ('b', 0)]);
}

#[test]
fn a_large_part_finds_transpositions_and_edits_at_either_end() {
    let mut names: Vec<String> = (0..40)
        .map(|i| format!("Bakayev {}", "x".repeat(i)))
        .collect();
    names.extend(
        [
            "Bakaev",
            "Bakyaev",
            "Bakayeva",
            "akayev",
            "Bakayev Nursultan",
        ]
        .map(String::from),
    );
    let queries = [
        "Bakayev",
        "bakaev",
        "Bkaayev",
        "Bakayevx",
        "Bakayev Nursultna",
    ];
    assert_complete(&names, &queries.map(String::from));
}

#[test]
fn numbered_names_each_sit_alone() {
    let names: Vec<String> = (0..100).map(|i| format!("Delegate {i:06}")).collect();
    let (v, mut out) = (spanned(&names), Vec::new());
    let all = spellings(&v);
    let mut index = Index::new(&all);
    index.candidates(&all[42], &mut out);
    assert_eq!(out, [42]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Names over a few letters, most in one large part, against edited copies of them.
    #[test]
    fn every_near_spelling_is_a_candidate(
        names in prop::collection::vec("[aA][ab yx]{0,14}", 20..60),
        edits in prop::collection::vec((0usize..60, 0usize..16, "[ab y]"), 1..30),
    ) {
        let mut queries: Vec<String> = edits
            .iter()
            .map(|(n, at, with)| {
                let mut s: Vec<char> = names[n % names.len()].chars().collect();
                let at = at % (s.len() + 1);
                match at % 3 {
                    0 if at < s.len() => s[at] = with.chars().next().unwrap_or('a'),
                    1 if at + 1 < s.len() => s.swap(at, at + 1),
                    _ => s.insert(at, with.chars().next().unwrap_or('a')),
                }
                s.into_iter().collect()
            })
            .collect();
        queries.extend(names.iter().cloned());
        assert_complete(&names, &queries);
    }
}
