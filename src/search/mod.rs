//! Search over the whole data set: meetings, agenda items, decisions, statements, events,
//! participants, persons and glossary terms, in any script.
//!
//! This module is the engine only; the search screen calls [`SearchIndex::search_with`] on
//! each keystroke, with the [`Cache`] it keeps between keystrokes, and shows the [`Results`].
//! Build the index once per load with [`SearchIndex::build`].
//!
//! How a query runs: [`query`] reads filters and free text and expands names to all their
//! spellings; [`fold`] folds each word (case, marks) and transliterates it; the vocabulary of
//! the index (each distinct folded word of the data once) is searched by binary search for
//! exact and prefix matches and scanned for substrings and, with the fuzzy matcher, typos; the
//! postings of the accepted words give the items; items are ranked and the best ones shown.
//!
//! Matcher choice, measured with `benches/search.rs` on 2,000 meetings / 100,395 statements
//! (details in `docs/search.md`): most of a query's time is postings, not the matcher, but
//! where the matcher works hardest ("zhang") frizbee took 0.27 ms against nucleo-matcher's
//! 0.96 ms, and it forgives a typo ("nurishev"), so frizbee stays and nucleo-matcher went.
//! Index build about 1 s, 34 MiB; on a quiet machine single words 0.01–0.25 ms, "a" (160,941
//! hits) and three-word queries about 0.9 ms p50, from scratch; a keystroke as typed, with the
//! cache and a 200×60 frame, p99 3.8 ms (docs/search.md, "A keystroke").

mod alias;
mod cache;
mod eval;
mod fields;
pub mod fold;
mod hits;
mod index;
mod matcher;
mod merge;
mod query;
mod rank;
mod vocab;

use std::ops::Range;

pub use cache::Cache;
pub use fields::Kind;
pub use index::SearchIndex;
pub(crate) use matcher::Fuzzy;

use crate::dataset::{Dataset, ItemRef};
use eval::{Eval, field_of, score_of, translit_of};
use query::By;

/// What a hit points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// A meeting, agenda item, decision, statement or event.
    Item(ItemRef),
    /// A participant, by index into [`Dataset::participants`].
    Participant(usize),
    /// A person, by index into [`Dataset::persons`].
    Person(usize),
    /// A glossary term, by index into [`Dataset::glossary`].
    Term(usize),
}

/// One search result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub target: Target,
    /// Higher is better; only the order matters.
    pub score: u32,
    /// The name of the field that matched best ("title", "summary", "speaker", …).
    pub field: &'static str,
    /// That field's text (sanitised when loaded), cut to about 160 characters around the
    /// first match with `…` where it was cut.
    pub text: String,
    /// Byte ranges into `text` to highlight, in order, not overlapping, on character
    /// boundaries (so `&text[r]` is safe).
    pub highlights: Vec<Range<usize>>,
    /// Every word matched in its own script (not only through transliteration).
    pub exact_script: bool,
    /// The item's name (its title, name or subject) when the match is in another field, so
    /// that a match in an event's organisers still says which event it is.
    pub context: Option<String>,
    /// The meeting the target belongs to, if any.
    pub meeting: Option<usize>,
}

impl Hit {
    /// The kind of item hit, for grouping.
    pub fn kind(&self) -> Kind {
        Kind::of(self.target)
    }
}

/// The answer to one query.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Results {
    /// The best hits, best first, at most the limit asked for.
    pub hits: Vec<Hit>,
    /// How many items matched in all.
    pub total: usize,
    /// How many matched of each kind, in [`Kind::ALL`] order (the hits hold only the best).
    pub by_kind: [usize; Kind::ALL.len()],
    /// A message about the query, such as "no participant XYZ".
    pub note: Option<String>,
}

impl SearchIndex {
    /// Runs `query` over the index of `data` (the data set it was built from) and returns at
    /// most `limit` hits. Never panics, whatever the query.
    pub fn search(&self, data: &Dataset, query: &str, limit: usize) -> Results {
        self.search_with(data, query, limit, &mut Cache::default())
    }

    /// Like [`SearchIndex::search`], with what `cache` kept from earlier queries: a search
    /// screen keeps one for its keystrokes. The results are the same as without it.
    pub fn search_with(
        &self,
        data: &Dataset,
        query: &str,
        limit: usize,
        cache: &mut Cache,
    ) -> Results {
        let q = query::parse(query, &self.aliases);
        let note = (!q.notes.is_empty()).then(|| q.notes.join("; "));
        if q.groups.is_empty() && !q.filtered {
            return Results {
                note,
                ..Results::default()
            };
        }
        cache.start(self.id, self.items.len(), &q);
        let allow = cache.allow(|| self.allowed(data, &q));
        let mut ev = Eval::new(self, allow, cache);
        let found: cache::List = if q.groups.is_empty() {
            let allow = ev.allow.as_deref().map_or(&[][..], Vec::as_slice);
            let all = (0..self.items.len() as u32)
                .filter(|&i| allow.get(i as usize) == Some(&true))
                .map(|i| (i, 0))
                .collect();
            std::sync::Arc::new(all)
        } else {
            let lists: Vec<cache::List> = q.groups.iter().map(|g| ev.group(g)).collect();
            ev.intersect(&lists)
        };
        let total = found.len();
        let mut by_kind = [0; Kind::ALL.len()];
        for &(i, _) in found.iter() {
            if let Some(n) =
                (self.items.get(i as usize)).and_then(|it| by_kind.get_mut(it.kind as usize))
            {
                *n += 1;
            }
        }
        let best = rank::best(self, &found, limit);
        let matched = std::mem::take(&mut ev.matched);
        cache.finish();
        let table = hits::table(self, &matched);
        let mut hits = Vec::with_capacity(best.len());
        hits.extend(best.into_iter().filter_map(|(i, p)| {
            let item = self.items.get(i as usize)?;
            let target = item.target();
            let field = field_of(p);
            let raw = fields::text(data, target, field);
            let hl = hits::highlights(&raw, &table);
            let (text, highlights) = hits::window(&raw, hl);
            let context = (field != 0)
                .then(|| fields::text(data, target, 0))
                .filter(|name| !name.is_empty())
                .map(|name| crate::text::truncate(&name, hits::CONTEXT).into_owned());
            Some(Hit {
                target,
                score: score_of(p),
                field: fields::names(item.kind).get(field).copied().unwrap_or(""),
                text,
                highlights,
                exact_script: !translit_of(p),
                context,
                meeting: match target {
                    Target::Item(r) => r.meeting(),
                    _ => None,
                },
            })
        }));
        Results {
            hits,
            total,
            by_kind,
            note,
        }
    }

    /// Which items the query's filters allow (`None`: no filters).
    fn allowed(&self, data: &Dataset, q: &query::Query) -> Option<Vec<bool>> {
        if q.kinds.is_empty() && q.period.is_none() && q.by.is_none() {
            return None;
        }
        let mut allow: Vec<bool> = self
            .items
            .iter()
            .map(|it| {
                (q.kinds.is_empty() || q.kinds.contains(&it.kind))
                    && q.period
                        .is_none_or(|(a, b)| it.first != i32::MIN && it.first <= b && it.last >= a)
            })
            .collect();
        if let Some(by) = q.by {
            let mut mine = vec![false; allow.len()];
            let mut mark = |id: Option<u32>| {
                if let Some(m) = id.and_then(|id| mine.get_mut(id as usize)) {
                    *m = true;
                }
            };
            match by {
                By::Participant(p) => {
                    for &item in data.participant_items.get(p).map_or(&[][..], Vec::as_slice) {
                        mark(self.item_id(data, item));
                    }
                    mark(Some(self.participant_base + p as u32));
                    for (i, person) in data.persons.iter().enumerate() {
                        if person.participant == Some(p) {
                            mark(Some(self.person_base + i as u32));
                        }
                    }
                }
                By::Person(p) => {
                    for (mi, m) in data.meetings.iter().enumerate() {
                        for (si, s) in m.statements.iter().enumerate() {
                            if s.person == Some(p) {
                                mark(self.item_id(data, ItemRef::Statement(mi, si)));
                            }
                        }
                    }
                    mark(Some(self.person_base + p as u32));
                }
            }
            for (a, m) in allow.iter_mut().zip(mine) {
                *a &= m;
            }
        }
        Some(allow)
    }
}
