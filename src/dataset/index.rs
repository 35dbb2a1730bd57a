//! Indexes built once at load time: the calendar by day, and participant → items.
//!
//! They exist so that a frame never scans the whole data set: the calendar pane asks for one
//! day or one month, and a participant's view asks for its own items.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use super::Dataset;
use crate::model::{PartialDate, Precision};

/// A reference to one item of the data set, by indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemRef {
    /// A meeting.
    Meeting(usize),
    /// An agenda item: meeting, item.
    Agenda(usize, usize),
    /// A decision: meeting, decision.
    Decision(usize, usize),
    /// A statement: meeting, statement.
    Statement(usize, usize),
    /// An event.
    Event(usize),
}

impl ItemRef {
    /// The meeting the item is part of (an event is part of none).
    pub fn meeting(self) -> Option<usize> {
        match self {
            ItemRef::Meeting(m)
            | ItemRef::Agenda(m, _)
            | ItemRef::Decision(m, _)
            | ItemRef::Statement(m, _) => Some(m),
            ItemRef::Event(_) => None,
        }
    }
}

/// Something shown in the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CalItem {
    /// A meeting, by index.
    Meeting(usize),
    /// An event, by index.
    Event(usize),
}

/// The longest span of days a single entry is spread over in the day index. Longer ranges (a
/// typo such as `end = 2201-01-01`) still show on their first days without costing memory.
pub const MAX_RANGE_DAYS: i64 = 366;

/// The longest range of months (less one) an entry known to the month is listed under.
const MAX_RANGE_MONTHS: i32 = 35;
/// The longest range of years (less one) an entry known to the year is listed under.
const MAX_RANGE_YEARS: i32 = 9;

/// Months counted from year 0, so that a range of months is a range of numbers.
fn month_number(d: NaiveDate) -> i32 {
    d.year() * 12 + d.month0() as i32
}

/// Calendar entries by day, and by month or year for dates of partial precision.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Calendar {
    /// Entries known to the day; a range appears on each of its days.
    pub days: BTreeMap<NaiveDate, Vec<CalItem>>,
    /// Entries known only to the month: (year, month); a range of months is under each.
    pub months: BTreeMap<(i32, u32), Vec<CalItem>>,
    /// Entries known only to the year; a range of years is under each.
    pub years: BTreeMap<i32, Vec<CalItem>>,
    /// Events without a date, in data order.
    pub undated: Vec<usize>,
}

impl Calendar {
    /// Builds the calendar from meetings and events.
    pub fn build(data: &Dataset) -> Self {
        let mut cal = Calendar::default();
        for (i, m) in data.meetings.iter().enumerate() {
            cal.add(CalItem::Meeting(i), &m.date, m.end.as_ref());
        }
        for (i, e) in data.events.iter().enumerate() {
            match &e.date {
                Some(d) => cal.add(CalItem::Event(i), d, e.end.as_ref()),
                None => cal.undated.push(i),
            }
        }
        cal
    }

    fn add(&mut self, item: CalItem, date: &PartialDate, end: Option<&PartialDate>) {
        let first = date.first_day();
        match date.precision() {
            Precision::Day => {
                let last = end.map_or(first, PartialDate::last_day);
                let days = (last - first).num_days().clamp(0, MAX_RANGE_DAYS - 1);
                for d in first.iter_days().take(days as usize + 1) {
                    self.days.entry(d).or_default().push(item);
                }
            }
            // A range of months ("2021-06" to "2021-07") is under each month it covers, a
            // range of years under each year; a long one only under its first few.
            Precision::Month => {
                let last = end.map_or(first, PartialDate::last_day);
                let start = month_number(first);
                let months = (month_number(last) - start).clamp(0, MAX_RANGE_MONTHS);
                for m in start..=start + months {
                    let key = (m.div_euclid(12), (m.rem_euclid(12) + 1) as u32);
                    self.months.entry(key).or_default().push(item);
                }
            }
            Precision::Year => {
                let last = end.map_or(first, PartialDate::last_day).year();
                let years = (last - first.year()).clamp(0, MAX_RANGE_YEARS);
                for y in first.year()..=first.year() + years {
                    self.years.entry(y).or_default().push(item);
                }
            }
        }
    }

    /// Entries on this day.
    pub fn on(&self, day: NaiveDate) -> &[CalItem] {
        self.days.get(&day).map_or(&[], Vec::as_slice)
    }

    /// Entries known only to this month.
    pub fn in_month(&self, year: i32, month: u32) -> &[CalItem] {
        self.months.get(&(year, month)).map_or(&[], Vec::as_slice)
    }

    /// Entries known only to this year.
    pub fn in_year(&self, year: i32) -> &[CalItem] {
        self.years.get(&year).map_or(&[], Vec::as_slice)
    }

    /// The nearest day after (or before, when `forward` is false) `from` that has entries.
    pub fn next_busy_day(&self, from: NaiveDate, forward: bool) -> Option<NaiveDate> {
        if forward {
            let next = from.succ_opt()?;
            self.days.range(next..).next().map(|(d, _)| *d)
        } else {
            self.days.range(..from).next_back().map(|(d, _)| *d)
        }
    }
}

/// For each participant, every item that names it, grouped by kind in the order of
/// [`kind_rank`] (meetings it chaired, decisions about it or giving it a role, statements made
/// for it, events it organised), each group in data order (events by date, undated last). The groups let a profile or the
/// lens take one kind as a slice ([`Dataset::chaired`] and friends).
pub fn participant_items(data: &Dataset) -> Vec<Vec<ItemRef>> {
    let mut out = vec![Vec::new(); data.participants.len()];
    let mut push = |p: usize, item: ItemRef| {
        if let Some(list) = out.get_mut(p)
            && list.last() != Some(&item)
        {
            list.push(item);
        }
    };
    for (mi, m) in data.meetings.iter().enumerate() {
        if let Some(p) = m.chairmanship {
            push(p, ItemRef::Meeting(mi));
        }
        for (di, d) in m.decisions.iter().enumerate() {
            let assigned = d.assignments.iter().map(|a| a.participant);
            for p in d.participants.iter().copied().chain(assigned) {
                push(p, ItemRef::Decision(mi, di));
            }
        }
        for (si, s) in m.statements.iter().enumerate() {
            if let Some(p) = s.participant {
                push(p, ItemRef::Statement(mi, si));
            }
        }
    }
    let mut events: Vec<usize> = (0..data.events.len()).collect();
    events.sort_by_key(|&i| {
        let date = data.events[i].date.map(|d| d.first_day());
        (date.is_none(), date, i)
    });
    for ei in events {
        for &p in &data.events[ei].organizers {
            push(p, ItemRef::Event(ei));
        }
    }
    // Group by kind, keeping the order within each: one walk of the data above, then a few
    // quick passes over each participant's own list.
    for list in &mut out {
        let mut grouped = Vec::with_capacity(list.len());
        for rank in 0..=4 {
            grouped.extend(list.iter().filter(|i| kind_rank(i) == rank));
        }
        *list = grouped;
    }
    out
}

/// The position of an item's kind in a participant's items.
pub fn kind_rank(item: &ItemRef) -> u8 {
    match item {
        ItemRef::Meeting(_) => 0,
        ItemRef::Agenda(..) => 1,
        ItemRef::Decision(..) => 2,
        ItemRef::Statement(..) => 3,
        ItemRef::Event(_) => 4,
    }
}

/// The run of `items` (grouped by [`kind_rank`]) of the kind ranked `rank`.
pub fn of_rank(items: &[ItemRef], rank: u8) -> &[ItemRef] {
    let start = items.partition_point(|i| kind_rank(i) < rank);
    let end = items.partition_point(|i| kind_rank(i) <= rank);
    &items[start..end.max(start)]
}

/// The run of `items` (in data order, one kind) that belongs to meeting `m`.
pub fn in_meeting(items: &[ItemRef], m: usize) -> &[ItemRef] {
    let key = |i: &ItemRef| i.meeting().unwrap_or(usize::MAX);
    let start = items.partition_point(|i| key(i) < m);
    let end = items.partition_point(|i| key(i) <= m);
    &items[start..end.max(start)]
}
