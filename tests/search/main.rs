//! The search engine on the bundled data (the Second SOC meeting of 23 June 2021); `scripts`
//! holds the tests on a small fixture with names in Cyrillic, Chinese and Arabic script, and
//! `cache` those of a search screen's cache (typed queries give what fresh searches give).

mod cache;
mod groups;
mod scripts;

use cica_dash::dataset::{Dataset, ItemRef};
use cica_dash::load::{self, DataSource};
use cica_dash::search::{Hit, Kind, Results, SearchIndex, Target};

pub fn bundled() -> (Dataset, SearchIndex) {
    let data = load::load(&DataSource::Bundled, load::DEFAULT_MAX_FILE_SIZE)
        .expect("bundled data loads")
        .dataset;
    let ix = SearchIndex::build(&data);
    (data, ix)
}

pub fn statement(data: &Dataset, speaker_or_title: &str) -> Target {
    for (mi, m) in data.meetings.iter().enumerate() {
        for (si, s) in m.statements.iter().enumerate() {
            if s.speaker.as_deref() == Some(speaker_or_title)
                || s.title.as_deref() == Some(speaker_or_title)
            {
                return Target::Item(ItemRef::Statement(mi, si));
            }
        }
    }
    panic!("no statement {speaker_or_title}")
}

pub fn targets(r: &Results) -> Vec<Target> {
    r.hits.iter().map(|h| h.target).collect()
}

pub fn of_kind(r: &Results, k: Kind) -> Vec<&Hit> {
    r.hits.iter().filter(|h| h.kind() == k).collect()
}

pub fn rank(r: &Results, t: Target) -> Option<usize> {
    r.hits.iter().position(|h| h.target == t)
}

#[test]
fn diacritics_and_participant_aliases_find_the_same_items() {
    let (data, ix) = bundled();
    let a = targets(&ix.search(&data, "Türkiye", 100));
    let b = targets(&ix.search(&data, "turkiye", 100));
    let c = targets(&ix.search(&data, "TURKEY", 100));
    assert!(!a.is_empty());
    let mut sa = a.clone();
    let mut sb = b.clone();
    let mut sc = c.clone();
    sa.sort_by_key(|t| format!("{t:?}"));
    sb.sort_by_key(|t| format!("{t:?}"));
    sc.sort_by_key(|t| format!("{t:?}"));
    assert_eq!(sa, sb);
    assert_eq!(sa, sc);
    let tur = data.participant_index["TUR"];
    assert!(a.contains(&Target::Participant(tur)));
    let berna = statement(&data, "Berna Kasnakli Versteden");
    assert!(
        a.contains(&berna),
        "the Turkish delegate's statement is found through the alias"
    );
}

#[test]
fn glossary_term_alias_finds_term_and_meeting() {
    let (data, ix) = bundled();
    let r = ix.search(&data, "SOC", 100);
    let soc = data
        .glossary
        .iter()
        .position(|t| t.term == "SOC")
        .expect("SOC term");
    assert!(targets(&r).contains(&Target::Term(soc)));
    assert!(targets(&r).contains(&Target::Item(ItemRef::Meeting(0))));
    // The expansion: the spelled-out name finds the term and the meeting's body too.
    let r = ix.search(&data, "senior officials committee", 100);
    assert!(targets(&r).contains(&Target::Term(soc)));
    assert!(targets(&r).contains(&Target::Item(ItemRef::Meeting(0))));
}

#[test]
fn turkmen_puts_the_observer_status_decision_first() {
    let (data, ix) = bundled();
    let r = ix.search(&data, "turkmen", 50);
    let first = of_kind(&r, Kind::Decision)[0];
    let Target::Item(ItemRef::Decision(m, d)) = first.target else {
        panic!("{first:?}")
    };
    assert_eq!(
        data.meetings[m].decisions[d].id,
        "turkmenistan-observer-status"
    );
    let h = &r.hits[0];
    assert!(
        h.highlights
            .iter()
            .all(|x| h.text[x.clone()].to_lowercase() == "turkmen"),
        "{h:?}"
    );
}

#[test]
fn by_filter() {
    let (data, ix) = bundled();
    let r = ix.search(&data, "by:RUS", 50);
    let russia = statement(&data, "Natalya Stepkina");
    assert!(targets(&r).contains(&russia));
    assert!(of_kind(&r, Kind::Statement).len() == 1, "{:?}", targets(&r));
    let r = ix.search(&data, "by:russia", 50);
    assert!(targets(&r).contains(&russia), "by name, in any case");
    let r = ix.search(&data, "by:CHN kind:event", 50);
    assert_eq!(
        r.total,
        3,
        "China organised three events: {:?}",
        targets(&r)
    );
    let r = ix.search(&data, "by:XYZ", 50);
    assert_eq!(r.note.as_deref(), Some("no participant XYZ"));
    assert_eq!(r.total, 0);
}

#[test]
fn in_filter() {
    let (data, ix) = bundled();
    let r = ix.search(&data, "in:2021-05 kind:event", 50);
    assert_eq!(
        r.total, 1,
        "only the meeting with the Founder is dated May 2021"
    );
    assert_eq!(ix.search(&data, "in:2021 kind:meeting", 50).total, 1);
    assert_eq!(ix.search(&data, "in:2020", 50).total, 0);
    let bad = ix.search(&data, "in:21-xx", 50);
    assert!(bad.note.is_some());
}

#[test]
fn kind_filter_accepts_plurals_and_prefixes() {
    let (data, ix) = bundled();
    for q in ["kind:decision", "kind:decisions", "kind:dec", "KIND:Dec"] {
        let r = ix.search(&data, q, 50);
        assert_eq!(r.total, data.decision_count(), "{q}");
        assert!(r.hits.iter().all(|h| h.kind() == Kind::Decision));
    }
    assert_eq!(
        ix.search(&data, "kind:people", 50).total,
        data.persons.len()
    );
    let r = ix.search(&data, "kind:p", 50);
    assert!(
        r.note
            .as_deref()
            .is_some_and(|n| n.contains("participant or person")),
        "{r:?}"
    );
    assert!(ix.search(&data, "kind:xyz", 5).note.is_some());
}

#[test]
fn filters_combine_with_text() {
    let (data, ix) = bundled();
    let r = ix.search(&data, "by:RUS cooperation", 50);
    assert_eq!(targets(&r), vec![statement(&data, "Natalya Stepkina")]);
    let r = ix.search(&data, "kind:decision observer", 50);
    assert!(r.total >= 2);
    assert!(r.hits.iter().all(|h| h.kind() == Kind::Decision));
    let Target::Item(ItemRef::Decision(m, d)) = r.hits[0].target else {
        panic!()
    };
    assert_eq!(
        data.meetings[m].decisions[d].id,
        "turkmenistan-observer-status"
    );
}

#[test]
fn nothing_found_and_empty_queries() {
    let (data, ix) = bundled();
    let r = ix.search(&data, "qqqxxzzv", 50);
    assert_eq!((r.total, r.hits.len(), r.note.clone()), (0, 0, None));
    assert_eq!(ix.search(&data, "", 50), Results::default());
    assert_eq!(ix.search(&data, "   ", 50), Results::default());
}

#[test]
fn control_characters_are_separators() {
    let (data, ix) = bundled();
    let r = ix.search(&data, "\u{1b}[2Jturkmen\u{7}\u{0}", 50);
    assert!(r.total > 0);
    assert!(r.hits.iter().all(|h| !h.text.contains('\u{1b}')));
    assert_eq!(ix.search(&data, "\u{1b}\u{7}\u{9b}\r\n", 5).total, 0);
}

#[test]
fn limit_and_total() {
    let (data, ix) = bundled();
    let r = ix.search(&data, "cica", 3);
    assert_eq!(r.hits.len(), 3);
    assert!(r.total > 3);
    assert!(r.hits.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn highlights_are_valid_byte_ranges() {
    let (data, ix) = bundled();
    for q in [
        "secur",
        "cooperation",
        "asia",
        "a",
        "Türk",
        "eminent persons",
    ] {
        for h in ix.search(&data, q, 100).hits {
            for r in &h.highlights {
                assert!(
                    h.text.get(r.clone()).is_some(),
                    "{q}: {r:?} in {:?}",
                    h.text
                );
            }
        }
    }
}

#[test]
fn one_typo_is_forgiven_in_longer_words() {
    let (data, ix) = bundled();
    let chair = statement(&data, "Shakhrat Nuryshev");
    let r = ix.search(&data, "nurishev", 20);
    assert!(targets(&r).contains(&chair), "{:?}", targets(&r));
    assert!(
        ix.search(&data, "turkey", 50)
            .hits
            .iter()
            .all(|h| !h.text.contains("Turkmenistan"))
    );
}
