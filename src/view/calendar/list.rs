//! The selected day's list: its heading, then the entries of the day, of its month known
//! only to the month, of its year known only to the year, and the undated events, each
//! section under a heading of its own. The entries are numbered from 1 for the cursor (0 is
//! the day itself, its heading), and the list scrolls under its heading, which stays put.
//!
//! Nothing here copies a section it does not have to: a frame reads the entries it draws,
//! whatever the number of undated events in an archive.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};

use crate::dataset::{CalItem, Dataset};

/// Which part of the list a section is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Entries on the day.
    Day,
    /// Entries known only to the day's month.
    Month,
    /// Entries known only to the day's year.
    Year,
    /// Events with no date.
    Undated,
}

/// The entries of one section.
#[derive(Debug, Clone)]
pub enum Items<'a> {
    Cal(Cow<'a, [CalItem]>),
    /// Undated events, by index.
    Events(Cow<'a, [usize]>),
}

impl Items<'_> {
    fn len(&self) -> usize {
        match self {
            Items::Cal(c) => c.len(),
            Items::Events(e) => e.len(),
        }
    }

    fn get(&self, i: usize) -> Option<CalItem> {
        match self {
            Items::Cal(c) => c.get(i).copied(),
            Items::Events(e) => e.get(i).map(|&e| CalItem::Event(e)),
        }
    }
}

/// One line of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// The day's heading (entry 0).
    Heading,
    /// "nothing on this day".
    Nothing,
    /// A section's heading, with its number of entries.
    Section(Kind, usize),
    /// Entry `n` (from 1).
    Entry(usize, CalItem),
}

/// The selected day's list.
#[derive(Debug, Clone)]
pub struct DayList<'a> {
    pub day: NaiveDate,
    /// The sections in order; the day's is always there, the others only when not empty.
    pub sections: Vec<(Kind, Items<'a>)>,
}

impl<'a> DayList<'a> {
    /// The list of `day`: the entries `keep` keeps, and the `undated` events given.
    pub fn new(
        data: &'a Dataset,
        day: NaiveDate,
        keep: impl Fn(CalItem) -> bool,
        undated: Cow<'a, [usize]>,
    ) -> Self {
        let cal = &data.calendar;
        let kept = |items: &'a [CalItem]| -> Cow<'a, [CalItem]> {
            if items.iter().all(|&c| keep(c)) {
                Cow::Borrowed(items)
            } else {
                Cow::Owned(items.iter().copied().filter(|&c| keep(c)).collect())
            }
        };
        let mut sections = vec![(Kind::Day, Items::Cal(kept(cal.on(day))))];
        for (kind, items) in [
            (Kind::Month, cal.in_month(day.year(), day.month())),
            (Kind::Year, cal.in_year(day.year())),
        ] {
            let items = kept(items);
            if !items.is_empty() {
                sections.push((kind, Items::Cal(items)));
            }
        }
        if !undated.is_empty() {
            sections.push((Kind::Undated, Items::Events(undated)));
        }
        DayList { day, sections }
    }

    /// How many entries the list has (the cursor goes from 0, the day, to this).
    pub fn len(&self) -> usize {
        self.sections.iter().map(|(_, s)| s.len()).sum()
    }

    /// Whether the list has no entries at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The entries on the day itself.
    pub fn on_day(&self) -> usize {
        self.sections.first().map_or(0, |(_, s)| s.len())
    }

    /// Entry `n` (from 1).
    pub fn get(&self, n: usize) -> Option<CalItem> {
        let mut n = n.checked_sub(1)?;
        for (_, items) in &self.sections {
            if n < items.len() {
                return items.get(n);
            }
            n -= items.len();
        }
        None
    }

    /// How many lines the whole list has.
    pub fn lines(&self) -> usize {
        1 + self
            .sections
            .iter()
            .map(|(kind, s)| match kind {
                Kind::Day => s.len().max(1),
                _ => 1 + s.len(),
            })
            .sum::<usize>()
    }

    /// Line `i` of the list.
    pub fn row(&self, i: usize) -> Option<Row> {
        let Some(mut i) = i.checked_sub(1) else {
            return Some(Row::Heading);
        };
        let mut entry = 1;
        for (kind, items) in &self.sections {
            if *kind == Kind::Day && items.len() == 0 {
                if i == 0 {
                    return Some(Row::Nothing);
                }
                i -= 1;
                continue;
            }
            if *kind != Kind::Day {
                if i == 0 {
                    return Some(Row::Section(*kind, items.len()));
                }
                i -= 1;
            }
            if i < items.len() {
                return Some(Row::Entry(entry + i, items.get(i)?));
            }
            i -= items.len();
            entry += items.len();
        }
        None
    }

    /// The line of entry `n` (0: the heading).
    pub fn line_of(&self, n: usize) -> usize {
        let mut line = 1;
        let mut first = 1;
        for (kind, items) in &self.sections {
            let head = usize::from(*kind != Kind::Day);
            if n < first + items.len() {
                return if n < first {
                    0
                } else {
                    line + head + n - first
                };
            }
            line += head + items.len().max(usize::from(*kind == Kind::Day));
            first += items.len();
        }
        0
    }

    /// The first line shown under the heading when `rows` rows show the list with entry
    /// `n` selected: the least scrolling that keeps the entry in sight, with a line left for
    /// "more below" when lines follow.
    pub fn scroll(&self, n: usize, rows: usize) -> usize {
        let body = rows.saturating_sub(1);
        let total = self.lines() - 1;
        if total <= body {
            return 1;
        }
        let room = body.saturating_sub(1).max(1);
        let line = self.line_of(n).max(1);
        (line + 1).saturating_sub(room).max(1)
    }

    /// The entry on screen row `r` of a list of `rows` rows with entry `n` selected.
    pub fn entry_at(&self, n: usize, rows: usize, r: usize) -> Option<usize> {
        if r == 0 {
            return Some(0);
        }
        let scroll = self.scroll(n, rows);
        match self.row(scroll + r - 1)? {
            Row::Entry(e, _) => Some(e),
            _ => None,
        }
    }
}
