//! The `near-duplicate` lint: one person or participant spelt two ways.
//!
//! Sources transliterate names differently (`Bakayev`, `Bakaev`), and a second spelling that
//! no alias links splits one person into two: their statements no longer gather under one
//! name. So two spellings a letter or two apart (normalized Damerau-Levenshtein at least
//! [`NEAR`] on the lowercased names) are reported, unless they belong to the same entry (a
//! name and its own alias). Names that differ in a number (`State 1`, `State 2`) or in a short
//! word (`Wang Yi`, `Wang Li`) are different names, not spellings, and are not reported.
//!
//! Statement speakers that name no person are compared too: with every person's spellings
//! (the statement does not link, probably by a typo) and with one another.
//!
//! Only names with the same first letter are compared (a slip in the first letter goes
//! unnoticed), and each name only with the candidates [`index`] finds for it, so that an
//! archive of many thousand distinct speakers is checked in well under a second; [`near`]
//! decides on every candidate, and the index never leaves out a spelling `near` accepts.

use std::collections::HashSet;
use std::ops::Range;

use strsim::normalized_damerau_levenshtein as similarity;

mod index;

use super::cross::Facts;
use super::diag::Code;
use super::lints::Lints;
use crate::model::SStr;
use index::Index;

/// How alike two lowercased names must be: one edit in seven letters, as `bakaev`/`bakayev`.
pub const NEAR: f64 = 0.85;

/// One spelling of a name: which entry it belongs to, where, and its comparable form.
struct Spelling<'a> {
    owner: usize,
    file: usize,
    value: &'a str,
    span: Range<usize>,
    norm: String,
    /// How many characters `norm` has.
    len: usize,
    /// The spelling without spaces around it.
    trimmed: &'a str,
    /// The letters of `norm`, sorted: for a cheap lower bound of the edit distance.
    bag: Vec<char>,
    /// How many letters of `norm` fall in each of 32 buckets (by code point): a cruder lower
    /// bound than `bag`, but one computed a vector at a time.
    hist: [u8; 32],
}

impl<'a> Spelling<'a> {
    fn new(owner: usize, file: usize, value: &'a str, span: Range<usize>) -> Self {
        let norm = value.split_whitespace().collect::<Vec<_>>();
        let norm = norm.join(" ").to_lowercase();
        let mut bag: Vec<char> = norm.chars().filter(|c| !c.is_whitespace()).collect();
        bag.sort_unstable();
        let mut hist = [0u8; 32];
        for &c in &bag {
            let slot = &mut hist[(u32::from(c) % 32) as usize];
            *slot = slot.saturating_add(1);
        }
        Self {
            owner,
            file,
            value,
            span,
            len: norm.chars().count(),
            trimmed: value.trim(),
            norm,
            bag,
            hist,
        }
    }

    fn text(&self) -> &str {
        self.value
    }

    /// A spelling written as a `Spanned` string.
    fn spanned(owner: usize, file: usize, value: &'a SStr) -> Self {
        Self::new(owner, file, value.get_ref(), value.span())
    }
}

/// The larger of the two one-sided multiset differences of two sorted letter lists.
fn bag_distance(a: &[char], b: &[char]) -> usize {
    let (mut i, mut j, mut only_a, mut only_b) = (0, 0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Equal => (i, j) = (i + 1, j + 1),
            std::cmp::Ordering::Less => (i, only_a) = (i + 1, only_a + 1),
            std::cmp::Ordering::Greater => (j, only_b) = (j + 1, only_b + 1),
        }
    }
    (only_a + a.len() - i).max(only_b + b.len() - j)
}

/// [`bag_distance`] with letters counted by bucket: never more than it (letters of one
/// bucket may cancel out), so it can reject what `bag_distance` would.
fn hist_distance(a: &[u8; 32], b: &[u8; 32]) -> u32 {
    let (mut only_a, mut only_b) = (0u32, 0u32);
    for (&x, &y) in a.iter().zip(b) {
        only_a += u32::from(x.saturating_sub(y));
        only_b += u32::from(y.saturating_sub(x));
    }
    only_a.max(only_b)
}

/// Whether two spellings look like one name written two ways.
fn near(a: &Spelling, b: &Spelling) -> bool {
    // Equal but for spaces around them: the `whitespace` lint says so; equal: an error already.
    if a.trimmed == b.trimmed {
        return false;
    }
    let (la, lb) = (a.len, b.len);
    let longest = la.max(lb) as f64;
    // The distance is at least the difference in length: skip what cannot reach NEAR.
    if la.abs_diff(lb) as f64 > (1.0 - NEAR) * longest {
        return false;
    }
    // Letters one spelling has and the other lacks need an edit each: a lower bound of the
    // distance that costs no allocation, checked before the full comparison.
    let most = (1.0 - NEAR) * longest;
    if f64::from(hist_distance(&a.hist, &b.hist)) > most
        || bag_distance(&a.bag, &b.bag) as f64 > most
    {
        return false;
    }
    let digits = |s: &'_ str| s.chars().filter(char::is_ascii_digit).collect::<Vec<_>>();
    if digits(&a.norm) != digits(&b.norm) || similarity(&a.norm, &b.norm) < NEAR {
        return false;
    }
    let (wa, wb): (Vec<&str>, Vec<&str>) =
        (a.norm.split(' ').collect(), b.norm.split(' ').collect());
    wa.len() != wb.len()
        || wa.iter().zip(&wb).all(|(x, y)| {
            x == y || (x.chars().count().max(y.chars().count()) >= 3 && similarity(x, y) >= 0.5)
        })
}

/// Reports near-duplicate persons, participants and speakers.
pub fn near_duplicates(l: &mut Lints, files: &[Facts]) {
    let (mut persons, mut participants) = (Vec::new(), Vec::new());
    let indexed = files.iter().enumerate();
    let all_persons = indexed
        .clone()
        .flat_map(|(fi, f)| f.persons.iter().map(move |p| (fi, p)));
    for (owner, (fi, p)) in all_persons.enumerate() {
        persons.extend(p.iter().map(|v| Spelling::spanned(owner, fi, v)));
    }
    let all_participants = indexed.flat_map(|(fi, f)| f.participants.iter().map(move |p| (fi, p)));
    for (owner, (fi, p)) in all_participants.enumerate() {
        participants.extend(p.iter().map(|v| Spelling::spanned(owner, fi, v)));
    }
    pairs(l, &persons, "person");
    pairs(l, &participants, "participant");
    speakers(l, files, &persons);
}

/// Each pair of entries with near spellings, once, at the later spelling.
fn pairs(l: &mut Lints, all: &[Spelling], noun: &str) {
    let mut told: HashSet<(usize, usize)> = HashSet::new();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let (mut index, mut candidates) = (Index::new(all), Vec::new());
    for (j, b) in all.iter().enumerate() {
        index.candidates(b, &mut candidates);
        let earlier = candidates.iter().filter(|&&i| i < j);
        pairs.extend(earlier.filter(|&&i| near(&all[i], b)).map(|&i| (i, j)));
    }
    pairs.sort_unstable_by_key(|&(i, j)| (j, i));
    for (i, j) in pairs {
        let (a, b) = (&all[i], &all[j]);
        if a.owner == b.owner || told.contains(&(a.owner, b.owner)) {
            continue;
        }
        told.insert((a.owner, b.owner));
        let msg = format!("{noun} `{}` is nearly the {noun} `{}`", b.text(), a.text());
        let help = format!(
            "`{}` is at {}; if both name one {noun}, keep one entry and list the other spelling in its `aliases`",
            a.text(),
            l.location(a.file, &a.span.clone())
        );
        l.warn(b.file, b.span.clone(), Code::NearDuplicate, msg, help);
    }
}

/// Speakers that name no person: near a person's spelling, or near another such speaker.
fn speakers(l: &mut Lints, files: &[Facts], persons: &[Spelling]) {
    let known: HashSet<&str> = persons.iter().map(Spelling::text).collect();
    // Each distinct unlinked speaker once, at its first statement.
    let mut loose: Vec<Spelling> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for (fi, f) in files.iter().enumerate() {
        for (s, span) in f.speakers.iter() {
            if !known.contains(s) && seen.insert(s) {
                loose.push(Spelling::new(loose.len(), fi, s, span));
            }
        }
    }
    let mut told: HashSet<usize> = HashSet::new();
    let (mut people, mut candidates) = (Index::new(persons), Vec::new());
    for s in &loose {
        people.candidates(s, &mut candidates);
        // The first person, in the order they are written, near the speaker.
        let first = candidates.iter().filter(|&&i| near(&persons[i], s)).min();
        let Some(p) = first.map(|&i| &persons[i]) else {
            continue;
        };
        told.insert(s.owner);
        let msg = format!(
            "speaker `{}` names no person, but is nearly the person `{}`",
            s.text(),
            p.text()
        );
        let help = format!(
            "if they are one person, add \"{}\" to the `aliases` of `{}` (at {}) so the statement links to them",
            s.text().trim(),
            p.text(),
            l.location(p.file, &p.span.clone())
        );
        l.warn(s.file, s.span.clone(), Code::NearDuplicate, msg, help);
    }
    let mut index = Index::new(&loose);
    for (j, b) in loose.iter().enumerate() {
        if told.contains(&b.owner) {
            continue;
        }
        index.candidates(b, &mut candidates);
        // The first earlier speaker, not yet told near a person, near this one.
        let first = candidates
            .iter()
            .filter(|&&i| i < j && !told.contains(&loose[i].owner) && near(&loose[i], b))
            .min();
        let Some(a) = first.map(|&i| &loose[i]) else {
            continue;
        };
        let msg = format!(
            "speaker `{}` is nearly the speaker `{}`",
            b.text(),
            a.text()
        );
        let help = format!(
            "`{}` speaks at {}; if they are one person, spell them the same, or add a [[person]] with one as `name` and the other in `aliases`",
            a.text(),
            l.location(a.file, &a.span.clone())
        );
        l.warn(b.file, b.span.clone(), Code::NearDuplicate, msg, help);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use toml::Spanned;

    fn is_near(a: &str, b: &str) -> bool {
        let (a, b) = (
            Spanned::new(0..0, a.to_owned()),
            Spanned::new(0..0, b.to_owned()),
        );
        near(&Spelling::spanned(0, 0, &a), &Spelling::spanned(1, 0, &b))
    }

    proptest::proptest! {
        /// The bucket count never rejects what the exact letter count would keep.
        #[test]
        fn the_bucket_bound_is_at_most_the_letter_bound(
            a in "[a-zA-Zа-я中 ]{0,12}",
            b in "[a-zA-Zа-я中 ]{0,12}",
        ) {
            let (a, b) = (Spanned::new(0..0, a), Spanned::new(0..0, b));
            let (a, b) = (Spelling::spanned(0, 0, &a), Spelling::spanned(1, 0, &b));
            let bound = hist_distance(&a.hist, &b.hist) as usize;
            proptest::prop_assert!(bound <= bag_distance(&a.bag, &b.bag));
        }
    }

    #[test]
    fn transliterations_are_near_and_different_names_are_not() {
        assert!(is_near("Bakayev", "Bakaev"));
        assert!(is_near("Nursultan Nazarbayev", "Nursultan Nazarbaev"));
        assert!(is_near("Reza Najafi", "reza najafi"));
        assert!(is_near("Hai Luu Nguyen", "Hai Lu Nguyen"));
        assert!(!is_near("Reza Najafi", "Hai Luu Nguyen"));
        assert!(!is_near("State 1", "State 2"));
        assert!(!is_near("Wang Yi", "Wang Li"));
        assert!(!is_near("Iran", "Iraq"));
        assert!(!is_near("Reza Najafi", " Reza Najafi"));
        assert!(!is_near("Republic of Korea", "Republic of Kenya"));
    }
}
