//! Evaluating a parsed query against the index: which vocabulary words each query word
//! matches and how well, and which items then match the whole query.
//!
//! Scores (higher is better) put the kinds of match in the order the ranking promises:
//! exact-script whole words, then prefixes and substrings, then fuzzy matches, then anything
//! matched only through transliteration. An item's score is the sum over the query's groups,
//! each counting its best field, plus that field's [`fields::weight`].

use std::sync::Arc;

use super::cache::{Cache, List};
use super::fields;
use super::fold;
use super::index::SearchIndex;
use super::matcher::{Fuzzy, MAX_NEEDLE};
use super::merge::{intersect, union};
use super::query::{Alternative, Group, Word};

/// How a vocabulary word matched a query word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum How {
    Exact,
    /// The word starts with the query word, which has this many characters.
    Prefix(usize),
    /// The word contains the query word (its folded form).
    Substring,
    Fuzzy,
    /// Through the ASCII forms: the whole word is highlighted.
    Translit,
}

/// A vocabulary word a query word matched.
#[derive(Debug, Clone)]
pub(crate) struct Matched {
    pub word: u32,
    pub score: u32,
    pub how: How,
    /// The query word, folded, for placing a substring highlight.
    pub query: String,
}

/// Packed per-item result: `score << 4 | translit << 3 | field`.
pub(crate) type Packed = u32;

pub(crate) fn pack(score: u32, translit: bool, field: u32) -> Packed {
    score << 4 | u32::from(translit) << 3 | (field & 7)
}
pub(crate) fn score_of(p: Packed) -> u32 {
    p >> 4
}
pub(crate) fn translit_of(p: Packed) -> bool {
    p & 8 != 0
}
pub(crate) fn field_of(p: Packed) -> usize {
    (p & 7) as usize
}

const EXACT: u32 = 1000;
const PREFIX: u32 = 800;
const SUBSTRING: u32 = 600;
const FUZZY: u32 = 300;
const WHOLE_SPELLING: u32 = 900;
const T_EXACT: u32 = 260;
const T_PREFIX: u32 = 230;
const T_SUBSTRING: u32 = 190;
const T_FUZZY: u32 = 100;

/// The vocabulary words `w` matches.
pub(crate) fn match_word(ix: &SearchIndex, w: &Word) -> Vec<Matched> {
    let v = &ix.vocab;
    let mut seen = vec![false; 0];
    let mut out: Vec<Matched> = Vec::new();
    let push = |out: &mut Vec<Matched>, word: usize, score: u32, how: How| {
        out.push(Matched {
            word: word as u32,
            score,
            how,
            query: w.folded.clone(),
        });
    };
    let qlen = w.folded.chars().count();
    let script_ascii = w.folded == w.ascii;
    // Exact and prefix, in the word's own script.
    for i in v.prefixed(&w.folded) {
        let extra = v.word(i).chars().count().saturating_sub(qlen) as u32;
        match (extra, w.whole) {
            (0, true) => push(&mut out, i, WHOLE_SPELLING, How::Exact),
            (0, false) => push(&mut out, i, EXACT, How::Exact),
            (_, true) => {}
            (_, false) => push(&mut out, i, PREFIX - extra.min(100), How::Prefix(qlen)),
        }
    }
    // Exact and prefix through transliteration, where either side is not ASCII.
    if !w.ascii.is_empty() {
        let alen = w.ascii.len();
        for pos in v.ascii_prefixed(&w.ascii) {
            let i = v.by_ascii[pos] as usize;
            if script_ascii && v.word(i).is_ascii() {
                continue;
            }
            let extra = v.ascii(i).len().saturating_sub(alen) as u32;
            match (extra, w.whole) {
                (0, _) => push(&mut out, i, T_EXACT, How::Translit),
                (_, true) => {}
                (_, false) => push(&mut out, i, T_PREFIX - extra.min(30), How::Translit),
            }
        }
    }
    // Substrings and fuzzy matches: a scan of the whole vocabulary, for words of 3 or more.
    if w.whole || qlen < 3 {
        return dedup(out);
    }
    seen.resize(v.len(), false);
    for m in &out {
        seen[m.word as usize] = true;
    }
    let qmask = fold::mask(&w.ascii);
    let mut fuzzy = (w.ascii.len() <= MAX_NEEDLE && !w.ascii.is_empty())
        .then(|| Fuzzy::new(if script_ascii { &w.folded } else { &w.ascii }));
    let typos = fuzzy.as_ref().map_or(0, Fuzzy::typos);
    let max_len = w.ascii.len() * 3;
    for (i, &m) in v.masks.iter().enumerate() {
        let missing = (qmask & !m).count_ones();
        if seen[i] || missing > typos {
            continue;
        }
        let word = v.word(i);
        if word.contains(w.folded.as_str()) {
            let extra = word.chars().count().saturating_sub(qlen) as u32;
            push(&mut out, i, SUBSTRING - extra.min(100), How::Substring);
            continue;
        }
        let ascii = v.ascii(i);
        let translit = !script_ascii || !word.is_ascii();
        if translit && !w.ascii.is_empty() && ascii.contains(w.ascii.as_str()) {
            push(&mut out, i, T_SUBSTRING, How::Translit);
            continue;
        }
        let Some(f) = fuzzy.as_mut() else { continue };
        // A typo (a letter of the query missing from the word) is only a typo between words
        // of about the same length: "turkey" is not "turkmenistan".
        if ascii.len() > max_len || (missing > 0 && ascii.len().abs_diff(w.ascii.len()) > 2) {
            continue;
        }
        if let Some(s) = f.score(ascii).filter(|&s| s >= 50) {
            let (base, how) = if translit {
                (T_FUZZY, How::Translit)
            } else {
                (FUZZY, How::Fuzzy)
            };
            push(&mut out, i, base + (s - 50) * 2, how);
        }
    }
    dedup(out)
}

/// Keeps each word's best match.
fn dedup(mut out: Vec<Matched>) -> Vec<Matched> {
    out.sort_by(|a, b| a.word.cmp(&b.word).then(b.score.cmp(&a.score)));
    out.dedup_by_key(|m| m.word);
    out
}

/// Evaluating one query, with the lists kept from earlier ones.
pub(crate) struct Eval<'a> {
    pub ix: &'a SearchIndex,
    /// Per item: whether the filters allow it (`None`: all allowed).
    pub allow: Option<Arc<Vec<bool>>>,
    cache: &'a mut Cache,
    /// Every vocabulary word matched, for highlighting.
    pub matched: Vec<Matched>,
}

impl<'a> Eval<'a> {
    pub fn new(ix: &'a SearchIndex, allow: Option<Arc<Vec<bool>>>, cache: &'a mut Cache) -> Self {
        Eval {
            ix,
            allow,
            cache,
            matched: Vec::new(),
        }
    }

    /// Items matching one word, sorted by item id.
    fn word(&mut self, w: &Word) -> List {
        if let Some(list) = self.cache.get(w, &mut self.matched) {
            return list;
        }
        let found = match_word(self.ix, w);
        let list = Arc::new(self.collect(&found));
        self.cache.put(w, &list, &found);
        self.matched.extend(found);
        list
    }

    /// The items the postings of `found` reach, each with its best result.
    fn collect(&mut self, found: &[Matched]) -> Vec<(u32, Packed)> {
        let vocab = &self.ix.vocab;
        let allow = self.allow.as_deref().map(Vec::as_slice);
        let allowed = |item: u32| allow.is_none_or(|a| a.get(item as usize) == Some(&true));
        let packs = |m: &Matched| -> [Packed; 8] {
            let translit = m.how == How::Translit;
            std::array::from_fn(|f| pack(m.score + fields::weight(f), translit, f as u32))
        };
        // One word: its postings, one per item in item order, are the list.
        if let [m] = found {
            let packed = packs(m);
            let postings = vocab.postings(m.word as usize);
            let mut out = Vec::with_capacity(postings.len());
            out.extend(
                postings
                    .iter()
                    .filter(|&&p| allowed(p >> 3))
                    .map(|&p| (p >> 3, packed[(p & 7) as usize])),
            );
            return out;
        }
        let acc = &mut self.cache.acc;
        let (mut lo, mut hi) = (acc.len(), 0);
        for m in found {
            let packed = packs(m);
            let postings = vocab.postings(m.word as usize);
            if let (Some(&first), Some(&last)) = (postings.first(), postings.last()) {
                lo = lo.min((first >> 3) as usize);
                hi = hi.max((last >> 3) as usize + 1);
            }
            match allow {
                None => {
                    for &p in postings {
                        if let Some(slot) = acc.get_mut((p >> 3) as usize) {
                            *slot = (*slot).max(packed[(p & 7) as usize]);
                        }
                    }
                }
                Some(allow) => {
                    for &p in postings {
                        if allow.get((p >> 3) as usize) == Some(&true)
                            && let Some(slot) = acc.get_mut((p >> 3) as usize)
                        {
                            *slot = (*slot).max(packed[(p & 7) as usize]);
                        }
                    }
                }
            }
        }
        let range = acc.get_mut(lo..hi).unwrap_or_default();
        let mut out = Vec::with_capacity(range.len());
        // A mask of the non-empty slots of each 64, then its set bits: no branch per slot.
        for (base, chunk) in (lo as u32..).step_by(64).zip(range.chunks_mut(64)) {
            let mut mask = chunk
                .iter()
                .enumerate()
                .fold(0u64, |m, (j, &s)| m | u64::from(s != 0) << j);
            while mask != 0 {
                let j = mask.trailing_zeros();
                out.push((base + j, chunk.get(j as usize).copied().unwrap_or(0)));
                mask &= mask - 1;
            }
            chunk.fill(0);
        }
        out
    }

    /// Items in every list ([`intersect`]).
    pub fn intersect(&mut self, lists: &[List]) -> List {
        intersect(lists, &mut self.cache.acc)
    }

    /// Items matching every word of an alternative, scored by the words' mean.
    fn alternative(&mut self, alt: &Alternative) -> List {
        let lists: Vec<List> = alt.iter().map(|w| self.word(w)).collect();
        if let [one] = lists.as_slice() {
            return Arc::clone(one);
        }
        let n = lists.len().max(1) as u32;
        let mut all = self.intersect(&lists);
        for (_, p) in Arc::make_mut(&mut all) {
            *p = pack(score_of(*p) / n, translit_of(*p), field_of(*p) as u32);
        }
        all
    }

    /// Items matching any alternative of a group, each with its best.
    pub fn group(&mut self, g: &Group) -> List {
        let mut out: Option<List> = None;
        for alt in &g.alternatives {
            let got = self.alternative(alt);
            out = Some(match out {
                None => got,
                Some(out) => Arc::new(union(&out, &got)),
            });
        }
        out.unwrap_or_default()
    }
}
