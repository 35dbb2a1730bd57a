//! The vocabulary: each distinct folded word of the data once, sorted, with its ASCII form,
//! its letter mask and its postings; and the pass over the data that builds it.

use std::collections::HashMap;

use super::fields;
use super::fold;
use super::index::Item;
use crate::dataset::Dataset;

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
    /// Postings of word `i`, each `item << 3 | field`, in item order. One list per word as
    /// the tokeniser grew it (not one array for all: copying them into one would hold the
    /// postings twice while the index is built, 30 MB more at the peak on a large archive).
    postings: Vec<Vec<u32>>,
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
    /// An estimate of the heap memory held, in bytes.
    pub fn heap_bytes(&self) -> usize {
        self.text.capacity()
            + self.ascii_text.capacity()
            + (self.ends.capacity() + self.ascii_ends.capacity() + self.by_ascii.capacity()) * 4
            + self.masks.capacity() * 8
            + self.postings.capacity() * size_of::<Vec<u32>>()
            + self
                .postings
                .iter()
                .map(|p| p.capacity() * 4)
                .sum::<usize>()
    }

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
        self.postings.get(i).map_or(&[], Vec::as_slice)
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

/// A fast hasher for short words (FxHash's multiply-rotate); the keys are data words, and a
/// crafted collision costs only speed.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fx(u64);

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

pub(crate) type BuildFx = std::hash::BuildHasherDefault<Fx>;

/// Tokenises every field of every item into the vocabulary and its postings.
pub(crate) fn build_vocab(data: &Dataset, items: &[Item]) -> Vocab {
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
        // Every id in `ids` indexes `lists` (see above); each list moves once.
        let mut list = std::mem::take(&mut lists[*wid as usize]);
        list.shrink_to_fit();
        v.postings.push(list);
    }
    let mut by_ascii: Vec<u32> = (0..v.len() as u32).collect();
    by_ascii.sort_by(|&x, &y| v.ascii(x as usize).cmp(v.ascii(y as usize)));
    v.by_ascii = by_ascii;
    v.text.shrink_to_fit();
    v.ascii_text.shrink_to_fit();
    v
}
