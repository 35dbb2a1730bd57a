//! A tally summed over a range of years: what the statistics screen draws, computed when the
//! data or the filter changes and never per frame.

use super::{Table, Tally};
use crate::dataset::Dataset;

/// What a bar counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    /// A participant, by index.
    Participant(usize),
    /// Items that name no participant (statements) or no organiser (events).
    Unnamed,
    /// An action, by position in [`Tally::actions`].
    Action(usize),
}

/// One bar of a chart: what it counts, its label and its count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub key: Key,
    pub label: String,
    pub count: u32,
}

/// One year's counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct YearCounts {
    pub year: i32,
    pub meetings: u32,
    pub events: u32,
    pub statements: u32,
    pub decisions: u32,
}

/// The counts of a tally over a range of years.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counts {
    /// The years counted, first and last, within the data set's span (`None`: every year,
    /// and the undated events with them).
    pub years: Option<(i32, i32)>,
    /// Each year of the range (of the data set's span when every year is counted), in order.
    pub per_year: Vec<YearCounts>,
    /// Statements by participant, most first (then by label); no zero bars.
    pub statements: Vec<Bar>,
    /// Decisions by action, most first.
    pub decisions: Vec<Bar>,
    /// Events by organiser, most first; an event of several organisers counts for each.
    pub organisers: Vec<Bar>,
    /// Events without a date: counted (in `totals` and `organisers`) only when every year is.
    pub undated_events: u32,
    /// The totals of the range (`year` unused): each item once.
    pub totals: YearCounts,
}

/// The label of the bar of statements that name no participant.
pub const NO_PARTICIPANT: &str = "no participant named";
/// The label of the bar of events that name no organiser.
pub const NO_ORGANISER: &str = "no organiser named";

impl Tally {
    /// The counts of the years `first..=last` (clamped to the span), or of every year and the
    /// undated items with `None`.
    pub fn counts(&self, data: &Dataset, years: Option<(i32, i32)>) -> Counts {
        let Some((first, last)) = self.span else {
            return Counts {
                undated_events: self.events.last().copied().unwrap_or(0),
                ..Counts::default()
            };
        };
        let range = years.map(|(a, b)| (a.max(first), b.min(last)));
        let (from, to) = range.unwrap_or((first, last));
        let rows: Vec<usize> = (from..=to).map(|y| (y - first) as usize).collect();
        let undated = self.meetings.len() - 1;
        let mut summed = rows.clone();
        if range.is_none() {
            summed.push(undated);
        }
        let per_year: Vec<YearCounts> = rows
            .iter()
            .zip(from..=to)
            .map(|(&r, year)| YearCounts {
                year,
                meetings: self.meetings[r],
                events: self.events[r],
                statements: row_sum(&self.statements, r),
                decisions: row_sum(&self.decisions, r),
            })
            .collect();
        let person = |col: usize, unnamed: &str| match data.participants.get(col) {
            Some(p) => (Key::Participant(col), p.name.clone()),
            None => (Key::Unnamed, unnamed.to_owned()),
        };
        let statements = bars(&self.statements, &summed, |c| person(c, NO_PARTICIPANT));
        let organisers = bars(&self.organisers, &summed, |c| person(c, NO_ORGANISER));
        let decisions = bars(&self.decisions, &summed, |c| {
            let label = self.actions.get(c).cloned().unwrap_or_default();
            (Key::Action(c), label)
        });
        let undated_events = self.events[undated];
        let mut totals = per_year
            .iter()
            .fold(YearCounts::default(), |a, y| YearCounts {
                year: 0,
                meetings: a.meetings + y.meetings,
                events: a.events + y.events,
                statements: a.statements + y.statements,
                decisions: a.decisions + y.decisions,
            });
        if range.is_none() {
            totals.events += undated_events;
        }
        Counts {
            years: range,
            per_year,
            statements,
            decisions,
            organisers,
            undated_events,
            totals,
        }
    }
}

fn row_sum(t: &Table, row: usize) -> u32 {
    t.0.get(row).map_or(0, |r| r.iter().sum())
}

/// The bars of a table over some rows: each column's sum, labelled, zeros left out, most
/// first and then by label.
fn bars(t: &Table, rows: &[usize], label: impl Fn(usize) -> (Key, String)) -> Vec<Bar> {
    let mut sums: Vec<u32> = Vec::new();
    for &r in rows {
        let Some(row) = t.0.get(r) else {
            continue;
        };
        if sums.len() < row.len() {
            sums.resize(row.len(), 0);
        }
        for (s, n) in sums.iter_mut().zip(row) {
            *s += n;
        }
    }
    let mut out: Vec<Bar> = sums
        .into_iter()
        .enumerate()
        .filter(|(_, n)| *n > 0)
        .map(|(c, count)| {
            let (key, label) = label(c);
            Bar { key, label, count }
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    out
}
