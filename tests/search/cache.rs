//! A search screen keeps a [`Cache`] from one keystroke to the next. Whatever is typed, erased
//! or filtered, a search with the cache must give exactly what a search from scratch gives.

use std::sync::LazyLock;

use cica_dash::dataset::Dataset;
use cica_dash::search::{Cache, SearchIndex};
use proptest::prelude::*;

use super::{bundled, scripts::fixture};

static BUNDLED: LazyLock<(Dataset, SearchIndex)> = LazyLock::new(bundled);
static SCRIPTS: LazyLock<(Dataset, SearchIndex)> = LazyLock::new(fixture);

/// One edit of the query, as a user makes it.
#[derive(Debug, Clone)]
enum Edit {
    Type(String),
    Erase(usize),
    Clear,
}

fn edit() -> impl Strategy<Value = Edit> {
    let tokens = vec![
        "by:KAZ ",
        "by:TUR ",
        "by:",
        "in:2021 ",
        "in:20",
        "kind:dec ",
        "kind:statement ",
        "turkey ",
        "Türkiye ",
        "нурышев",
        "zhang ",
        "张红建",
        "SOC ",
        "senior officials ",
    ];
    prop_oneof![
        4 => "[a-zа-я张红建 ]{1,3}".prop_map(Edit::Type),
        2 => proptest::sample::select(tokens).prop_map(|t| Edit::Type(t.to_owned())),
        2 => (1usize..4).prop_map(Edit::Erase),
        1 => Just(Edit::Clear),
    ]
}

fn apply(query: &mut String, e: &Edit) {
    match e {
        Edit::Type(s) => query.push_str(s),
        Edit::Erase(n) => {
            for _ in 0..*n {
                query.pop();
            }
        }
        Edit::Clear => query.clear(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn typing_with_a_cache_finds_what_a_fresh_search_finds(
        edits in proptest::collection::vec(edit(), 1..25),
        limit in 1usize..40,
    ) {
        for (data, ix) in [&*BUNDLED, &*SCRIPTS] {
            let mut cache = Cache::default();
            let mut query = String::new();
            for e in &edits {
                apply(&mut query, e);
                let cached = ix.search_with(data, &query, limit, &mut cache);
                let fresh = ix.search(data, &query, limit);
                prop_assert_eq!(cached, fresh, "query {:?}", query);
            }
        }
    }
}

#[test]
fn a_cache_moved_to_another_index_forgets_the_first() {
    let (data, ix) = &*BUNDLED;
    let mut cache = Cache::default();
    let before = ix.search_with(data, "turkmen", 50, &mut cache);
    assert!(before.total > 0);
    // Edited data of the same shape, as after a reload (same items, other words), and other
    // data: no list carries over.
    let edited: Vec<_> = cica_dash::load::source::bundled()
        .into_iter()
        .map(|mut s| {
            s.text = s.text.replace("Turkmenistan", "Tajikistan");
            s
        })
        .collect();
    let edited = cica_dash::load::load_sources(&edited, Vec::new()).dataset;
    let edited_ix = SearchIndex::build(&edited);
    assert_eq!(edited_ix.len(), ix.len(), "the same items");
    for q in ["turkmen", "turkmen c", "tajik", "zhang"] {
        assert_eq!(
            edited_ix.search_with(&edited, q, 50, &mut cache),
            edited_ix.search(&edited, q, 50),
            "{q}"
        );
    }
    let (other, other_ix) = &*SCRIPTS;
    for q in ["zhang", "nuryshev", "turkmen"] {
        assert_eq!(
            other_ix.search_with(other, q, 50, &mut cache),
            other_ix.search(other, q, 50),
            "{q}"
        );
    }
}
