//! The chairmanship band: the `[[chairmanship]]` terms in order of their start, and which of
//! them were in force over a date.
//!
//! A term runs from the first day of its `from` to the last day of its `until`. A term without
//! `until` lasts while it lasts: to the start of the next term when there is one (the data then
//! forgot it), else open. Terms handed over on a day (`until` of one = `from` of the next, as
//! CICA's summits hand them over) both hold that day, so a meeting on it, or a month or year
//! around it, falls across the two: the band says so rather than guess which chaired.

use chrono::NaiveDate;

use crate::dataset::{Dataset, PartialDate};

/// One chairmanship term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// Index into [`Dataset::chairmanships`].
    pub chairmanship: usize,
    /// The chairing participant (an index into the participants).
    pub participant: usize,
    /// The first day.
    pub from: NaiveDate,
    /// The last day, or `None` while it lasts.
    pub until: Option<NaiveDate>,
}

impl Term {
    /// Whether the term was in force on some day from `first` to `last`.
    pub fn overlaps(&self, first: NaiveDate, last: NaiveDate) -> bool {
        self.from <= last && self.until.is_none_or(|u| first <= u)
    }
}

/// The terms in force over a date: positions in [`Band::terms`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BandAt {
    /// No term covers it (or it has no date).
    #[default]
    None,
    /// One term covers the whole date.
    One(usize),
    /// The date spans a handover: the first and the last of the terms it touches.
    Across(usize, usize),
}

impl BandAt {
    /// The first term, if any.
    pub fn first(self) -> Option<usize> {
        match self {
            BandAt::None => None,
            BandAt::One(t) | BandAt::Across(t, _) => Some(t),
        }
    }
}

/// Every chairmanship term, by start (then by order in the data).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Band {
    pub terms: Vec<Term>,
}

impl Band {
    /// The data set's terms, in order.
    pub fn build(data: &Dataset) -> Self {
        let mut order: Vec<usize> = (0..data.chairmanships.len()).collect();
        order.sort_by_key(|&c| (data.chairmanships[c].from.first_day(), c));
        let terms = order
            .iter()
            .enumerate()
            .map(|(k, &c)| {
                let ch = &data.chairmanships[c];
                let next = order
                    .get(k + 1)
                    .map(|&n| data.chairmanships[n].from.first_day());
                Term {
                    chairmanship: c,
                    participant: ch.participant,
                    from: ch.from.first_day(),
                    until: ch.until.map(|u| u.last_day()).or(next),
                }
            })
            .collect();
        Band { terms }
    }

    /// The terms in force over any day of `date`'s period.
    pub fn over(&self, date: &PartialDate) -> BandAt {
        let (first, last) = (date.first_day(), date.last_day());
        let mut touching = self
            .terms
            .iter()
            .enumerate()
            .filter(|(_, t)| t.overlaps(first, last))
            .map(|(k, _)| k);
        match (touching.next(), touching.next_back()) {
            (None, _) => BandAt::None,
            (Some(a), None) => BandAt::One(a),
            (Some(a), Some(b)) => BandAt::Across(a, b),
        }
    }
}
