//! What a search screen keeps from one keystroke to the next, so that a keystroke costs the
//! word being typed and not the whole query again.
//!
//! A word's list (the items it matches, with their scores) depends only on the index, the word
//! and the query's filters, so it can be kept: while "russia terror" is typed, "russia" and its
//! spellings are looked up once, and a backspace finds the shorter word's list still there.
//! [`Cache`] also keeps the filters' allowed items and a scratch array as long as the index.
//! A search with a cache returns exactly what a search without one returns (tests check it).

use std::sync::Arc;

use super::eval::{Matched, Packed};
use super::fields::Kind;
use super::query::{By, Query, Word};

/// Items with their packed results, sorted by item id.
pub(crate) type List = Arc<Vec<(u32, Packed)>>;

/// The most list entries kept from earlier queries (8 bytes each: 4 MB, a few one-letter
/// words' lists); the lists of the query just run are always kept.
const KEEP: usize = 500_000;

/// What decides which items a query's filters allow.
#[derive(Debug, Clone, PartialEq)]
struct Filters {
    kinds: Vec<Kind>,
    period: Option<(i32, i32)>,
    by: Option<By>,
}

/// One word's result.
#[derive(Debug)]
struct Entry {
    word: Word,
    list: List,
    matched: Vec<Matched>,
    /// The number of the last query that used it.
    used: u64,
}

/// Results kept between searches on one index. Clones start empty, and any two caches compare
/// equal: a cache changes how fast a search is, never what it finds.
#[derive(Default)]
pub struct Cache {
    /// The index the entries belong to ([`super::SearchIndex`]'s id; 0 for none yet).
    index: u64,
    filters: Option<Filters>,
    /// The filters' allowed items (`Some(None)`: no filters), once computed.
    allow: Option<Option<Arc<Vec<bool>>>>,
    words: Vec<Entry>,
    query: u64,
    /// Zeroed scratch space, one slot per item.
    pub(crate) acc: Vec<Packed>,
}

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Cache({} words)", self.words.len())
    }
}

impl Clone for Cache {
    fn clone(&self) -> Cache {
        Cache::default()
    }
}

impl PartialEq for Cache {
    fn eq(&self, _: &Cache) -> bool {
        true
    }
}

impl Cache {
    /// Starts a query on the index with id `index`: what was kept for another index or other
    /// filters is dropped.
    pub(crate) fn start(&mut self, index: u64, items: usize, q: &Query) {
        let filters = Filters {
            kinds: q.kinds.clone(),
            period: q.period,
            by: q.by,
        };
        if self.index != index || self.acc.len() != items {
            *self = Cache {
                index,
                acc: vec![0; items],
                ..Cache::default()
            };
        }
        if self.filters.as_ref() != Some(&filters) {
            self.filters = Some(filters);
            self.allow = None;
            self.words.clear();
        }
        self.query += 1;
    }

    /// The allowed items, computed by `compute` unless kept.
    pub(crate) fn allow(
        &mut self,
        compute: impl FnOnce() -> Option<Vec<bool>>,
    ) -> Option<Arc<Vec<bool>>> {
        self.allow
            .get_or_insert_with(|| compute().map(Arc::new))
            .clone()
    }

    /// A kept word's list, adding its matched vocabulary words to `matched`.
    pub(crate) fn get(&mut self, word: &Word, matched: &mut Vec<Matched>) -> Option<List> {
        let e = self.words.iter_mut().find(|e| e.word == *word)?;
        e.used = self.query;
        matched.extend_from_slice(&e.matched);
        Some(Arc::clone(&e.list))
    }

    /// Keeps a word's list.
    pub(crate) fn put(&mut self, word: &Word, list: &List, matched: &[Matched]) {
        self.words.push(Entry {
            word: word.clone(),
            list: Arc::clone(list),
            matched: matched.to_vec(),
            used: self.query,
        });
    }

    /// Ends a query: keeps its own lists and, newest first, earlier ones up to [`KEEP`].
    pub(crate) fn finish(&mut self) {
        self.words.sort_by_key(|e| std::cmp::Reverse(e.used));
        let mut kept = 0;
        let query = self.query;
        self.words.retain(|e| {
            kept += e.list.len();
            e.used == query || kept <= KEEP
        });
    }
}
