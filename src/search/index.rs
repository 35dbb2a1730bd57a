//! The search index: every searchable item once, and an inverted index from folded words to
//! the item fields they occur in.
//!
//! A full fuzzy scan over 100,000 statements' text cannot answer within a keystroke, so the
//! matcher runs over the *vocabulary* (each distinct folded word once, a few tens of thousands)
//! and the postings of the words it accepts say which items match. The index stores no copy
//! of the data's text: a hit's field text is read back from the [`Dataset`] when shown.

use chrono::Datelike;

use super::Target;
use super::alias::Aliases;
use super::fields::Kind;
use super::vocab::{Vocab, build_vocab};
use crate::dataset::{Dataset, ItemRef, PartialDate};

/// One searchable item: what it is and when (days from the common era; `i32::MIN` undated).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Item {
    pub kind: Kind,
    pub a: u32,
    pub b: u32,
    pub first: i32,
    pub last: i32,
}

impl Item {
    /// The item as a [`Target`].
    pub fn target(&self) -> Target {
        let (a, b) = (self.a as usize, self.b as usize);
        match self.kind {
            Kind::Meeting => Target::Item(ItemRef::Meeting(a)),
            Kind::Agenda => Target::Item(ItemRef::Agenda(a, b)),
            Kind::Decision => Target::Item(ItemRef::Decision(a, b)),
            Kind::Statement => Target::Item(ItemRef::Statement(a, b)),
            Kind::Event => Target::Item(ItemRef::Event(a)),
            Kind::Participant => Target::Participant(a),
            Kind::Person => Target::Person(a),
            Kind::Term => Target::Term(a),
        }
    }
}

/// The search index over one [`Dataset`]. Build it once per load; it borrows nothing.
#[derive(Debug, Default)]
pub struct SearchIndex {
    /// Different for every index built (0 for an empty default one), so that a [`super::Cache`]
    /// knows when its lists belong to another index.
    pub(crate) id: u64,
    pub(crate) items: Vec<Item>,
    /// Each item's place by recency ([`super::rank::recency`]), for ordering ties, and the
    /// items by place.
    pub(crate) place: Vec<u32>,
    pub(crate) by_place: Vec<u32>,
    /// The item id of each meeting; its agenda, decisions and statements follow it.
    pub(crate) meeting_base: Vec<u32>,
    pub(crate) event_base: u32,
    pub(crate) participant_base: u32,
    pub(crate) person_base: u32,
    pub(crate) vocab: Vocab,
    pub(crate) aliases: Aliases,
}

/// The most items an index holds: item ids share a `u32` with a 3-bit field number.
const MAX_ITEMS: usize = 1 << 29;

fn days(d: &PartialDate) -> (i32, i32) {
    (
        d.first_day().num_days_from_ce(),
        d.last_day().num_days_from_ce(),
    )
}

fn span(date: Option<&PartialDate>, end: Option<&PartialDate>) -> (i32, i32) {
    match date {
        Some(d) => (days(d).0, days(end.unwrap_or(d)).1),
        None => (i32::MIN, i32::MIN),
    }
}

impl SearchIndex {
    /// Indexes every searchable field of `data`.
    pub fn build(data: &Dataset) -> SearchIndex {
        static BUILT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let mut ix = SearchIndex {
            id: BUILT.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1,
            ..SearchIndex::default()
        };
        let add = |ix: &mut SearchIndex, kind, a: usize, b: usize, when: (i32, i32)| {
            let (a, b) = (a as u32, b as u32);
            ix.items.push(Item {
                kind,
                a,
                b,
                first: when.0,
                last: when.1,
            });
        };
        for (mi, m) in data.meetings.iter().enumerate() {
            let when = span(Some(&m.date), m.end.as_ref());
            ix.meeting_base.push(ix.items.len() as u32);
            add(&mut ix, Kind::Meeting, mi, 0, when);
            for i in 0..m.agenda.len() {
                add(&mut ix, Kind::Agenda, mi, i, when);
            }
            for i in 0..m.decisions.len() {
                add(&mut ix, Kind::Decision, mi, i, when);
            }
            for i in 0..m.statements.len() {
                add(&mut ix, Kind::Statement, mi, i, when);
            }
        }
        ix.event_base = ix.items.len() as u32;
        for (i, e) in data.events.iter().enumerate() {
            add(
                &mut ix,
                Kind::Event,
                i,
                0,
                span(e.date.as_ref(), e.end.as_ref()),
            );
        }
        ix.participant_base = ix.items.len() as u32;
        let undated = (i32::MIN, i32::MIN);
        for i in 0..data.participants.len() {
            add(&mut ix, Kind::Participant, i, 0, undated);
        }
        ix.person_base = ix.items.len() as u32;
        for i in 0..data.persons.len() {
            add(&mut ix, Kind::Person, i, 0, undated);
        }
        for i in 0..data.glossary.len() {
            add(&mut ix, Kind::Term, i, 0, undated);
        }
        ix.items.truncate(MAX_ITEMS);
        (ix.place, ix.by_place) = super::rank::recency(&ix.items);
        ix.vocab = build_vocab(data, &ix.items);
        ix.aliases = Aliases::build(data);
        ix
    }

    /// How many items are searchable.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether nothing is searchable.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// How many distinct folded words the data holds.
    pub fn vocabulary(&self) -> usize {
        self.vocab.len()
    }

    /// An estimate of the heap memory the index holds, in bytes.
    pub fn heap_bytes(&self) -> usize {
        self.items.capacity() * size_of::<Item>()
            + (self.place.capacity() + self.by_place.capacity()) * 4
            + self.meeting_base.capacity() * 4
            + self.vocab.heap_bytes()
            + self.aliases.heap_bytes()
    }

    /// The item id of a data-set item, if indexed.
    pub(crate) fn item_id(&self, data: &Dataset, item: ItemRef) -> Option<u32> {
        let within = |m: usize, skip: usize, i: usize| -> Option<u32> {
            let base = *self.meeting_base.get(m)?;
            Some(base + 1 + (skip + i) as u32)
        };
        let m = |mi: usize| data.meetings.get(mi);
        match item {
            ItemRef::Meeting(mi) => self.meeting_base.get(mi).copied(),
            ItemRef::Agenda(mi, i) => within(mi, 0, i),
            ItemRef::Decision(mi, i) => within(mi, m(mi)?.agenda.len(), i),
            ItemRef::Statement(mi, i) => {
                let mt = m(mi)?;
                within(mi, mt.agenda.len() + mt.decisions.len(), i)
            }
            ItemRef::Event(e) => Some(self.event_base + e as u32),
        }
        .filter(|&id| (id as usize) < self.items.len())
    }
}
