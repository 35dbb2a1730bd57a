//! How one calendar entry is told apart from another, in every view: a meeting (◆) from an
//! event (•), something held from something still to come — planned or postponed get the
//! hollow marks ◇ and ○ and a note, a postponed one with the date it was first planned for —
//! and the days an entry of several days covers.

use chrono::{Datelike, NaiveDate};

use crate::dataset::{CalItem, Dataset, PartialDate, Status, effective_status};
use crate::model::Precision;

/// What the calendar shows of an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry<'d> {
    pub title: &'d str,
    /// The meeting's body (unless it is its title), or the event's organisers.
    pub who: String,
    pub meeting: bool,
    /// Written, or worked out from the dates and today.
    pub status: Option<Status>,
    /// Its first and last day, when it is known to the day.
    pub span: Option<(NaiveDate, NaiveDate)>,
    /// The date first planned for, when it moved.
    pub planned: Option<PartialDate>,
}

impl Entry<'_> {
    /// Whether it has not (yet) taken place as planned: planned, postponed or cancelled.
    pub fn not_held(&self) -> bool {
        matches!(
            self.status,
            Some(Status::Planned | Status::Postponed | Status::Cancelled)
        )
    }

    /// Its mark: ◆ a meeting, • an event; hollow (◇ ○) when it has not taken place.
    pub fn mark(&self) -> &'static str {
        match (self.meeting, self.not_held()) {
            (true, false) => "◆",
            (true, true) => "◇",
            (false, false) => "•",
            (false, true) => "○",
        }
    }

    /// A note on its status, for any but a held one: `planned`, `postponed from Apr 2030`,
    /// `cancelled`.
    pub fn note(&self) -> Option<String> {
        Some(match self.status? {
            Status::Held => return None,
            Status::Planned => "planned".to_owned(),
            Status::Postponed => match (self.planned, self.span) {
                // The year only when it differs from the entry's own.
                (Some(p), Some((first, _)))
                    if p.precision() == Precision::Day && p.first_day().year() == first.year() =>
                {
                    format!("postponed from {}", p.first_day().format("%a %-d %b"))
                }
                (Some(p), _) => format!("postponed from {}", p.human()),
                (None, _) => "postponed".to_owned(),
            },
            Status::Cancelled => "cancelled".to_owned(),
        })
    }

    /// Which of its days `day` is, and how many it has (`(2, 3)`), for an entry of several.
    pub fn day_of(&self, day: NaiveDate) -> Option<(i64, i64)> {
        let (first, last) = self.span?;
        let n = (last - first).num_days() + 1;
        (n > 1 && first <= day && day <= last).then(|| ((day - first).num_days() + 1, n))
    }
}

/// The first and last day of a date range known to the day.
fn span(date: Option<&PartialDate>, end: Option<&PartialDate>) -> Option<(NaiveDate, NaiveDate)> {
    let date = date.filter(|d| d.precision() == Precision::Day)?;
    let last = end.map_or(date.first_day(), PartialDate::last_day);
    Some((date.first_day(), last.max(date.first_day())))
}

/// An entry as the calendar shows it, on `today`.
pub fn describe(data: &Dataset, item: CalItem, today: NaiveDate) -> Option<Entry<'_>> {
    Some(match item {
        CalItem::Meeting(i) => {
            let m = data.meetings.get(i)?;
            // A meeting titled by its body says it once.
            let who = if m.body == m.title {
                String::new()
            } else {
                m.body.clone()
            };
            Entry {
                title: &m.title,
                who,
                meeting: true,
                status: effective_status(m.status, Some(&m.date), m.end.as_ref(), today),
                span: span(Some(&m.date), m.end.as_ref()),
                planned: m.planned,
            }
        }
        CalItem::Event(i) => {
            let e = data.events.get(i)?;
            let names: Vec<&str> = e
                .organizers
                .iter()
                .filter_map(|&p| data.participants.get(p))
                .map(|p| p.name.as_str())
                .collect();
            Entry {
                title: &e.title,
                who: names.join(", "),
                meeting: false,
                status: effective_status(e.status, e.date.as_ref(), e.end.as_ref(), today),
                span: span(e.date.as_ref(), e.end.as_ref()),
                planned: e.planned,
            }
        }
    })
}
