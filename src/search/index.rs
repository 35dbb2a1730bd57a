//! The search index: every searchable item once, and an inverted index from folded words to
//! the item fields they occur in.
//!
//! A full fuzzy scan over 100,000 statements' text cannot answer within a keystroke, so the
//! matcher runs over the *vocabulary* (each distinct folded word once, a few tens of thousands)
//! and the postings of the words it accepts say which items match. The index stores no copy
//! of the data's text: a hit's field text is read back from the [`Dataset`] when shown.

use std::collections::HashMap;

use chrono::Datelike;

use super::Target;
use super::alias::Aliases;
use super::fields::{self, Kind};
use super::fold;
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

/// Each distinct folded word once, sorted, with its ASCII form and postings.
#[derive(Debug, Default)]
pub(crate) struct Vocab {
    /// The folded words, concatenated in sorted order; word `i` ends at `ends[i]`.
    text: String,
    ends: Vec<u32>,
    /// The ASCII forms of the words that are not ASCII already, concatenated; word `i`'s
    /// ends at `ascii_ends[i]` (an empty slice means "the same as the folded word").
    ascii_text: String,
    ascii_ends: Vec<u32>,
    /// [`fold::mask`] of each word's ASCII form.
    pub masks: Vec<u64>,
    /// Word ids sorted by ASCII form, for exact and prefix look-ups of transliterations.
    pub by_ascii: Vec<u32>,
    /// Postings of word `i`: `postings[post_ends[i-1]..post_ends[i]]`, each `item << 3 | field`.
    post_ends: Vec<u32>,
    postings: Vec<u32>,
}

fn slice<'a>(text: &'a str, ends: &[u32], i: usize) -> &'a str {
    let start = i
        .checked_sub(1)
        .and_then(|j| ends.get(j))
        .map_or(0, |&e| e as usize);
    let end = ends.get(i).map_or(start, |&e| e as usize);
    text.get(start..end).unwrap_or("")
}

impl Vocab {
    /// How many words.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// The folded word `i`.
    pub fn word(&self, i: usize) -> &str {
        slice(&self.text, &self.ends, i)
    }

    /// The ASCII form of word `i`.
    pub fn ascii(&self, i: usize) -> &str {
        let a = slice(&self.ascii_text, &self.ascii_ends, i);
        if a.is_empty() { self.word(i) } else { a }
    }

    /// Where word `i` occurs.
    pub fn postings(&self, i: usize) -> &[u32] {
        let ends = &self.post_ends;
        let start = i
            .checked_sub(1)
            .and_then(|j| ends.get(j))
            .map_or(0, |&e| e as usize);
        let end = ends.get(i).map_or(start, |&e| e as usize);
        self.postings.get(start..end).unwrap_or(&[])
    }

    /// The ids of the words starting with `prefix` (all of them for an empty prefix).
    pub fn prefixed(&self, prefix: &str) -> std::ops::Range<usize> {
        let from = partition(self.len(), |i| self.word(i) < prefix);
        let to = from
            + partition(self.len() - from, |i| {
                self.word(from + i).starts_with(prefix)
            });
        from..to
    }

    /// The positions in [`Vocab::by_ascii`] of the words whose ASCII form starts with `prefix`.
    pub fn ascii_prefixed(&self, prefix: &str) -> std::ops::Range<usize> {
        let at = |i: usize| self.ascii(self.by_ascii[i] as usize);
        let from = partition(self.len(), |i| at(i) < prefix);
        let to = from + partition(self.len() - from, |i| at(from + i).starts_with(prefix));
        from..to
    }
}

/// The first `i` in `0..n` for which `pred` is false, `pred` being true then false.
fn partition(n: usize, pred: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if pred(mid) { lo = mid + 1 } else { hi = mid }
    }
    lo
}

/// The search index over one [`Dataset`]. Build it once per load; it borrows nothing.
#[derive(Debug, Default)]
pub struct SearchIndex {
    pub(crate) items: Vec<Item>,
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
        let mut ix = SearchIndex::default();
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
        let v = &self.vocab;
        self.items.capacity() * size_of::<Item>()
            + self.meeting_base.capacity() * 4
            + v.text.capacity()
            + v.ascii_text.capacity()
            + (v.ends.capacity() + v.ascii_ends.capacity() + v.by_ascii.capacity()) * 4
            + v.masks.capacity() * 8
            + (v.post_ends.capacity() + v.postings.capacity()) * 4
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

/// A fast hasher for short words (FxHash's multiply-rotate); the keys are data words, and a
/// crafted collision costs only speed.
#[derive(Default, Clone, Copy)]
struct Fx(u64);

impl std::hash::Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(b))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type BuildFx = std::hash::BuildHasherDefault<Fx>;

/// Tokenises every field of every item into the vocabulary and its postings.
fn build_vocab(data: &Dataset, items: &[Item]) -> Vocab {
    let mut ids: HashMap<String, u32, BuildFx> = HashMap::default();
    let mut lists: Vec<Vec<u32>> = Vec::new();
    for (id, item) in items.iter().enumerate() {
        let target = item.target();
        for field in 0..fields::names(item.kind).len() {
            let text = fields::text(data, target, field);
            let posting = (id as u32) << 3 | field as u32;
            fold::for_each_word(&text, |w, _, _| {
                let wid = match ids.get(w) {
                    Some(&wid) => wid,
                    None => {
                        let wid = lists.len() as u32;
                        ids.insert(w.to_owned(), wid);
                        lists.push(Vec::new());
                        wid
                    }
                };
                // `wid` was handed out as `lists.len()` just before its list was pushed.
                let list = &mut lists[wid as usize];
                // One posting per item: its first field with the word (fields come in order,
                // names and titles first).
                if list.last().is_none_or(|&last| last >> 3 != posting >> 3) {
                    list.push(posting);
                }
            });
        }
    }
    let mut words: Vec<(String, u32)> = ids.into_iter().collect();
    words.sort_unstable();
    let mut v = Vocab::default();
    for (w, wid) in &words {
        let a = fold::ascii(w);
        v.masks.push(fold::mask(&a));
        if a != *w {
            v.ascii_text.push_str(&a);
        }
        v.ascii_ends.push(v.ascii_text.len() as u32);
        v.text.push_str(w);
        v.ends.push(v.text.len() as u32);
        // Every id in `ids` indexes `lists` (see above).
        v.postings.extend_from_slice(&lists[*wid as usize]);
        v.post_ends.push(v.postings.len() as u32);
    }
    let mut by_ascii: Vec<u32> = (0..v.len() as u32).collect();
    by_ascii.sort_by(|&x, &y| v.ascii(x as usize).cmp(v.ascii(y as usize)));
    v.by_ascii = by_ascii;
    v.text.shrink_to_fit();
    v.ascii_text.shrink_to_fit();
    v.postings.shrink_to_fit();
    v
}
