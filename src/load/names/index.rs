//! Which spellings could be near a name: the candidate index of the `near-duplicate` lint.
//!
//! Comparing every pair of names is quadratic: 72,000 distinct speakers took minutes to check.
//! The index narrows each name's comparisons to the spellings that can pass [`super::near`],
//! and `near` still decides on each of them, so what is reported does not change. It filters
//! twice, each time by something `near` (or the lint) requires:
//!
//! - **Parts.** Names are compared only within one first letter (the lint's rule: a slip in
//!   the first letter is not looked for) and one sequence of digits (`near` requires equal
//!   digits), so numbered names such as `Delegate 000123` each sit alone. A small part is not
//!   indexed further: each of its names is a candidate.
//! - **Letters with a prefix filter.** Each unit of Damerau-Levenshtein distance takes at most
//!   one letter out of those two names have in common (a substitution or deletion one, an
//!   insertion or transposition none), and `near` accepts at most [`max_edits`] units for a
//!   longer length `m`, so two near names share at least `m − max_edits(m)` letters, counted
//!   with multiplicity (a name's second `a` is another gram than its first). Two sets sharing
//!   `t` elements share one among the first `|A| − t + 1` of A and the first `|B| − t + 1` of B
//!   in any common order: ordering grams rarest first within the part, only those few grams
//!   (`max_edits + 1` for most names) are listed and probed. Letters beat bigrams here: a
//!   transposition spoils three bigrams but no letter, so bigram prefixes are three times
//!   longer, and on 72,000 random names over a small alphabet they were slower.

use std::collections::HashMap;

use super::{NEAR, Spelling};

/// Parts of at most this many names are not indexed: each of their names is a candidate.
const SMALL: usize = 16;

/// A letter and which occurrence of it in the name this is, from 0.
type Gram = (char, u32);

/// What names must have in common to be compared: the first letter and the digits.
type Key = (char, String);

fn key(norm: &str) -> Key {
    let initial = norm.chars().next().unwrap_or(' ');
    (initial, norm.chars().filter(char::is_ascii_digit).collect())
}

/// The letters of a name, each occurrence its own gram, in no particular order.
fn grams(norm: &str) -> Vec<Gram> {
    let mut letters: Vec<char> = norm.chars().collect();
    letters.sort_unstable();
    let mut out: Vec<Gram> = Vec::with_capacity(letters.len());
    for c in letters {
        let occurrence = match out.last() {
            Some(&(last, n)) if last == c => n + 1,
            _ => 0,
        };
        out.push((c, occurrence));
    }
    out
}

/// The largest Damerau-Levenshtein distance `near` accepts between two names the longer of
/// which has `m` letters, computed as strsim's normalized similarity is.
fn max_edits(m: usize) -> usize {
    if m == 0 {
        return 0;
    }
    let similar = |d: usize| 1.0 - d as f64 / m as f64 >= NEAR;
    // One more than the plain product, then down to the first distance that passes.
    let mut d = ((1.0 - NEAR) * m as f64) as usize + 1;
    while d > 0 && !similar(d) {
        d -= 1;
    }
    d
}

/// How many letters two near names share at least when the longer has `m` letters.
fn shared(m: usize) -> usize {
    m - max_edits(m)
}

/// How many grams a name of `n` letters shares at least with any name `near` may accept:
/// one no longer (the longer length is `n`), or one of `m > n` letters that passes `near`'s
/// length check, `m − n ≤ (1 − NEAR)·m`. At least 1 unless `n` is 0, as `max_edits(m) ≤ 0.15·m`
/// (an empty name is near no other: each other trims to it or is too long).
fn min_shared(n: usize) -> usize {
    let mut least = shared(n);
    let mut m = n + 1;
    while (m - n) as f64 <= (1.0 - NEAR) * m as f64 {
        least = least.min(shared(m));
        m += 1;
    }
    least
}

/// The grams of a name that a near name's prefix must meet: the rarest in the part first,
/// as many as it holds beyond the least it shares with a near name, plus one.
fn prefix(mut grams: Vec<Gram>, count: &HashMap<Gram, u32>) -> Vec<Gram> {
    grams.sort_unstable_by_key(|g| (count.get(g).copied().unwrap_or(0), *g));
    let keep = (grams.len() + 1).saturating_sub(min_shared(grams.len()));
    grams.truncate(keep);
    grams
}

/// The names of one part, and for a large part the lists of its names' prefix grams.
struct Part {
    /// Indices of the part's spellings, ascending.
    members: Vec<usize>,
    grams: Option<Grams>,
}

struct Grams {
    /// How many of the part's names hold each gram: it orders the prefixes.
    count: HashMap<Gram, u32>,
    /// The names (ascending indices) whose prefix holds each gram.
    lists: HashMap<Gram, Vec<usize>>,
}

/// Candidate spellings for [`super::near`], among a fixed list of spellings.
pub struct Index {
    parts: HashMap<Key, Part>,
    /// For each indexed spelling, the last query that listed it: prefix lists overlap, and
    /// marking is cheaper than sorting thousands of candidates per query.
    seen: Vec<u64>,
    query: u64,
}

impl Index {
    /// Indexes `all`; candidates are indices into it.
    pub fn new(all: &[Spelling]) -> Self {
        let mut parts: HashMap<Key, Part> = HashMap::new();
        for (i, s) in all.iter().enumerate() {
            let part = parts.entry(key(&s.norm)).or_insert_with(|| Part {
                members: Vec::new(),
                grams: None,
            });
            part.members.push(i);
        }
        for part in parts.values_mut().filter(|p| p.members.len() > SMALL) {
            let names: Vec<(usize, Vec<Gram>)> = part
                .members
                .iter()
                .map(|&i| (i, grams(&all[i].norm)))
                .collect();
            let mut count: HashMap<Gram, u32> = HashMap::new();
            for g in names.iter().flat_map(|(_, gs)| gs) {
                *count.entry(*g).or_insert(0) += 1;
            }
            let mut lists: HashMap<Gram, Vec<usize>> = HashMap::new();
            for (i, gs) in names {
                for g in prefix(gs, &count) {
                    lists.entry(g).or_default().push(i);
                }
            }
            part.grams = Some(Grams { count, lists });
        }
        Self {
            parts,
            seen: vec![0; all.len()],
            query: 0,
        }
    }

    /// Fills `out` with the indexed spellings that may be near `s`, each once, in no order:
    /// every one that `near` accepts with `s` is among them (and `s` itself, if indexed).
    pub fn candidates(&mut self, s: &Spelling, out: &mut Vec<usize>) {
        out.clear();
        let Some(part) = self.parts.get(&key(&s.norm)) else {
            return;
        };
        let Some(g) = &part.grams else {
            out.extend(&part.members);
            return;
        };
        self.query += 1;
        for gram in prefix(grams(&s.norm), &g.count) {
            for &i in g.lists.get(&gram).into_iter().flatten() {
                // `seen` has a place for every spelling the index was built from.
                if let Some(mark) = self.seen.get_mut(i)
                    && *mark != self.query
                {
                    *mark = self.query;
                    out.push(i);
                }
            }
        }
    }
}

#[cfg(test)]
#[path = "index_tests.rs"]
mod tests;
