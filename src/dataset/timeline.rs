//! The timeline: every meeting and event of the data set in one order, grouped by year, each
//! with the chairmanship terms in force over its date (the band, in [`band`]).
//!
//! The order: by the first day of the date; on the same first day, the coarser date first (a
//! year-precision item heads its year, a month-precision item comes before the days of its
//! month, as "June 2021" reads before "1 June 2021"); then meetings before events, then by
//! id. A range sorts by its start. Events without a date come last, in data order.
//!
//! [`Dataset::timeline`] builds it on first use and keeps it with the data set (a reload makes
//! a new data set, and so a new timeline), so neither a frame nor a key press scans the data.

use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use super::{CalItem, Dataset, PartialDate, Status};
use crate::model::Precision;

mod band;

pub use band::{Band, BandAt, Term};

/// One row of the timeline: a meeting or an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub item: CalItem,
    /// The first day of its date, if it has one.
    pub first: Option<NaiveDate>,
    /// The chairmanship terms in force over the item's date.
    pub at: BandAt,
}

/// Who chaired a meeting: the meeting's own `chairmanship`, or the band's at its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chair {
    /// The meeting names the chairing participant (an index into the participants).
    Own(usize),
    /// The meeting names none: the band's terms at its date.
    Derived(BandAt),
}

/// The entries of one year, with their counts (for the view zoomed out to years).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Year {
    /// The year, or `None` for the events without a date.
    pub year: Option<i32>,
    /// Its run of [`Timeline::entries`].
    pub entries: Range<usize>,
    pub meetings: usize,
    pub events: usize,
    /// The decisions and statements of its meetings.
    pub decisions: usize,
    pub statements: usize,
    /// Its items by the status they give.
    pub planned: usize,
    pub postponed: usize,
    pub cancelled: usize,
    /// The last days of its items that give no status, sorted: those that end today or later
    /// count as planned ([`Year::planned_on`]), the others as held.
    undecided: Vec<NaiveDate>,
    /// The chairmanship terms in force during the year.
    pub at: BandAt,
}

/// Every meeting and event in order, by year, with the chairmanship band.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Timeline {
    pub entries: Vec<Entry>,
    pub years: Vec<Year>,
    pub band: Band,
    /// For each meeting, its position in `entries`.
    meeting_pos: Vec<usize>,
    /// For each event, its position in `entries`.
    event_pos: Vec<usize>,
}

impl Year {
    /// How many of its items are planned, as seen on `today`: those that say so, and those
    /// that give no status and have not ended.
    pub fn planned_on(&self, today: NaiveDate) -> usize {
        let ended = self.undecided.partition_point(|d| *d < today);
        self.planned + self.undecided.len() - ended
    }
}

/// The timeline, built on first use and kept with the data set.
#[derive(Debug, Clone, Default)]
pub struct Lazy(std::sync::OnceLock<Timeline>);

impl PartialEq for Lazy {
    /// Derived from the rest of the data set: equal whether or not either is built yet.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Dataset {
    /// The timeline of every meeting and event, built the first time it is asked for.
    pub fn timeline(&self) -> &Timeline {
        self.timeline.0.get_or_init(|| Timeline::build(self))
    }
}

impl Timeline {
    /// Orders the data set's meetings and events and counts each year's.
    pub fn build(data: &Dataset) -> Self {
        let band = Band::build(data);
        let mut dated: Vec<(NaiveDate, Precision, u8, &str, CalItem)> = Vec::new();
        for (i, m) in data.meetings.iter().enumerate() {
            let d = m.date;
            dated.push((d.first_day(), d.precision(), 0, &m.id, CalItem::Meeting(i)));
        }
        let mut undated = Vec::new();
        for (i, e) in data.events.iter().enumerate() {
            match e.date {
                Some(d) => dated.push((d.first_day(), d.precision(), 1, &e.id, CalItem::Event(i))),
                None => undated.push(CalItem::Event(i)),
            }
        }
        // Ids are unique in the data set, so the order is total.
        dated.sort_unstable_by(|a, b| (a.0, a.1, a.2, a.3).cmp(&(b.0, b.1, b.2, b.3)));
        let items = dated.into_iter().map(|k| k.4).chain(undated);
        let entries: Vec<Entry> = items
            .map(|item| {
                let date = date_of(data, item);
                Entry {
                    item,
                    first: date.map(|d| d.first_day()),
                    at: date.map_or(BandAt::None, |d| band.over(&d)),
                }
            })
            .collect();
        let mut meeting_pos = vec![0; data.meetings.len()];
        let mut event_pos = vec![0; data.events.len()];
        for (k, e) in entries.iter().enumerate() {
            match e.item {
                CalItem::Meeting(m) => meeting_pos[m] = k,
                CalItem::Event(v) => event_pos[v] = k,
            }
        }
        let years = years(data, &entries, &band);
        Timeline {
            entries,
            years,
            band,
            meeting_pos,
            event_pos,
        }
    }

    /// The position of a meeting or an event among the entries.
    pub fn position(&self, item: CalItem) -> Option<usize> {
        match item {
            CalItem::Meeting(m) => self.meeting_pos.get(m).copied(),
            CalItem::Event(e) => self.event_pos.get(e).copied(),
        }
    }

    /// The position in [`Timeline::years`] of the year that holds entry `k`.
    pub fn year_of(&self, k: usize) -> usize {
        let y = self.years.partition_point(|y| y.entries.end <= k);
        y.min(self.years.len().saturating_sub(1))
    }

    /// The first entry dated on or after `day` (the undated after every date), if any.
    pub fn first_from(&self, day: NaiveDate) -> Option<usize> {
        let k = self
            .entries
            .partition_point(|e| e.first.is_some_and(|d| d < day));
        (k < self.entries.len()).then_some(k)
    }

    /// Who chaired entry `k`, when it is a meeting.
    pub fn chair(&self, data: &Dataset, k: usize) -> Option<Chair> {
        let e = self.entries.get(k)?;
        let CalItem::Meeting(m) = e.item else {
            return None;
        };
        Some(match data.meetings.get(m)?.chairmanship {
            Some(p) => Chair::Own(p),
            None => Chair::Derived(e.at),
        })
    }
}

/// An item's date (its start), if it has one.
pub fn date_of(data: &Dataset, item: CalItem) -> Option<PartialDate> {
    match item {
        CalItem::Meeting(m) => data.meetings.get(m).map(|m| m.date),
        CalItem::Event(e) => data.events.get(e).and_then(|e| e.date),
    }
}

/// The entries cut into years (the undated last), with their counts.
fn years(data: &Dataset, entries: &[Entry], band: &Band) -> Vec<Year> {
    let mut out: Vec<Year> = Vec::new();
    for (k, e) in entries.iter().enumerate() {
        let date = date_of(data, e.item);
        let year = date.map(|d| d.first_day().year());
        if out.last().is_none_or(|y| y.year != year) {
            let at = year
                .and_then(|y| PartialDate::parse(&format!("{y:04}")))
                .map_or(BandAt::None, |d| band.over(&d));
            out.push(Year {
                year,
                entries: k..k,
                meetings: 0,
                events: 0,
                decisions: 0,
                statements: 0,
                planned: 0,
                postponed: 0,
                cancelled: 0,
                undecided: Vec::new(),
                at,
            });
        }
        let Some(y) = out.last_mut() else { continue };
        y.entries.end = k + 1;
        let (written, end) = match e.item {
            CalItem::Meeting(m) => {
                let m = &data.meetings[m];
                y.meetings += 1;
                y.decisions += m.decisions.len();
                y.statements += m.statements.len();
                (m.status, m.end)
            }
            CalItem::Event(v) => {
                y.events += 1;
                (data.events[v].status, data.events[v].end)
            }
        };
        match (written, date) {
            (Some(Status::Planned), _) => y.planned += 1,
            (Some(Status::Postponed), _) => y.postponed += 1,
            (Some(Status::Cancelled), _) => y.cancelled += 1,
            (None, Some(d)) => y.undecided.push(end.unwrap_or(d).last_day()),
            (Some(Status::Held), _) | (None, None) => {}
        }
    }
    for y in &mut out {
        y.undecided.sort_unstable();
    }
    out
}
