//! The statistics screen: every chart's counts against counts worked out from the data files
//! with `toml::Table` ([`files`]), for every year and for ranges of years, for everyone and
//! for each participant, on a hand-made fixture (names in Cyrillic, Chinese and Arabic, dates
//! of every precision, undated events, events of several organisers or none) and on a
//! generated corpus; the keys (`keys`) and reviewed snapshots (`screens`).

#[path = "../common/mod.rs"]
mod common;
mod files;
mod keys;
mod screens;

#[allow(dead_code)]
#[path = "../../examples/gen_corpus/corpus/mod.rs"]
mod corpus;

use std::collections::BTreeMap;

use cica_dash::dataset::Dataset;
use cica_dash::dataset::stats::{Bar, Counts, Scope, Tally};
use files::{Expected, Facts};

pub const FIXTURE: &str = "tests/fixtures/stats";

/// The fixture, loaded without a problem.
pub fn fixture() -> Dataset {
    common::data_in(FIXTURE)
}

fn by_label(bars: &[Bar]) -> BTreeMap<String, u32> {
    let mut out = BTreeMap::new();
    for b in bars {
        assert!(b.count > 0, "no zero bars: {b:?}");
        assert!(
            out.insert(b.label.clone(), b.count).is_none(),
            "{b:?} twice"
        );
    }
    out
}

/// The counts as the files' facts are put: label → count, and the years with any.
fn as_expected(c: &Counts) -> Expected {
    let per_year = c
        .per_year
        .iter()
        .map(|y| (y.year, (y.meetings, y.events, y.statements, y.decisions)))
        .filter(|(_, r)| *r != (0, 0, 0, 0))
        .collect();
    let t = &c.totals;
    Expected {
        statements: by_label(&c.statements),
        decisions: by_label(&c.decisions),
        organisers: by_label(&c.organisers),
        per_year,
        totals: (t.meetings, t.events, t.statements, t.decisions),
        undated_events: if c.years.is_none() {
            c.undated_events
        } else {
            0
        },
    }
}

/// The counts of one filter agree with the files; bars come most first, then by label; the
/// years run without a gap over the range.
fn check(data: &Dataset, facts: &Facts, years: Option<(i32, i32)>, who: Option<&str>) {
    let tally = match who {
        None => data.tally().clone(),
        Some(code) => Tally::build(data, Scope::Participant(data.participant_index[code])),
    };
    let c = tally.counts(data, years);
    let want = facts.expected(years, who);
    assert_eq!(
        as_expected(&c),
        want,
        "years {years:?}, participant {who:?}"
    );
    for bars in [&c.statements, &c.decisions, &c.organisers] {
        assert!(
            bars.is_sorted_by(|a, b| (b.count, &a.label) <= (a.count, &b.label)),
            "most first, then by label: {bars:?}"
        );
    }
    let span = facts.span();
    let (a, b) = years.map_or(span, |(a, b)| (a.max(span.0), b.min(span.1)));
    let listed: Vec<i32> = c.per_year.iter().map(|y| y.year).collect();
    assert_eq!(listed, (a..=b).collect::<Vec<_>>(), "every year of {a}–{b}");
}

/// Ranges to try on a data set spanning `span`: inside, one year, open at either end, and
/// reaching past the data.
fn ranges((first, last): (i32, i32)) -> Vec<Option<(i32, i32)>> {
    let mid = (first + last) / 2;
    vec![
        None,
        Some((first, last)),
        Some((mid, mid)),
        Some((first + 1, mid)),
        Some((mid, last + 5)),
        Some((first - 10, first)),
    ]
}

#[test]
fn every_chart_counts_what_the_files_hold() {
    let data = fixture();
    let facts = Facts::read(FIXTURE);
    let all = facts.expected(None, None);
    // The fixture's own facts, read by eye, so the expectations mean something.
    assert_eq!(
        facts.span(),
        (2017, 2024),
        "meetings 2017–2023, an event in 2024"
    );
    assert_eq!(all.undated_events, 2);
    assert_eq!(
        all.organisers["Kazakhstan"], 3,
        "two shared, and one naming it twice"
    );
    assert_eq!(
        all.organisers["no organiser named"], 2,
        "one dated, one not"
    );
    assert!(all.decisions.contains_key("approved") && !all.decisions.contains_key("Approved"));
    assert!(all.statements["no participant named"] > 0);
    for years in ranges(facts.span()) {
        check(&data, &facts, years, None);
    }
}

#[test]
fn each_participant_counts_its_own_items() {
    let data = fixture();
    let facts = Facts::read(FIXTURE);
    for code in facts.codes() {
        for years in ranges(facts.span()) {
            check(&data, &facts, years, Some(&code));
        }
    }
    // Mongolia chaired the 2018 Council: that meeting is its, even where it said nothing.
    let mng = facts.expected(Some((2018, 2018)), Some("MNG"));
    assert_eq!(mng.per_year[&2018].0, 1);
    // Russia's role in 2019 was given by a decision that names no participant.
    let rus = facts.expected(Some((2019, 2019)), Some("RUS"));
    assert_eq!(rus.decisions.get("approved"), Some(&1), "{rus:?}");
}

#[test]
fn a_generated_corpus_counts_what_its_files_hold() {
    let set = corpus::generate(40, 5);
    let loaded = common::load_pairs(&set.files);
    let data = loaded.dataset;
    let facts = Facts::parse(&set.files);
    assert!(
        facts.expected(None, None).totals.2 > 1000,
        "enough to mean something"
    );
    for years in ranges(facts.span()) {
        check(&data, &facts, years, None);
    }
    for code in facts.codes().iter().step_by(7) {
        check(&data, &facts, None, Some(code));
        check(
            &data,
            &facts,
            Some((facts.span().0 + 2, facts.span().1 - 2)),
            Some(code),
        );
    }
}

#[test]
fn no_data_counts_nothing() {
    let data = Dataset::default();
    let c = data.tally().counts(&data, None);
    assert_eq!(c, Counts::default());
    assert_eq!(data.tally().span, None);
}
