//! `export --format ics`: meetings and events known to the day as all-day iCalendar events
//! (RFC 5545), for a calendar program.
//!
//! The icalendar crate builds the calendar and escapes the text values. Two things it does
//! not do as RFC 5545 wants are done here: an all-day event's DTEND is the day *after* its
//! last day (the crate's `all_day` writes the same day twice, an event of no length), and
//! lines are folded again by [`super::fold`] (the crate can leave a 76-octet line).
//!
//! Items known only to the month or year, or not dated at all, cannot be placed on a day;
//! they are left out and counted, for the caller to say so. A UID is made from the item's id
//! (`meeting-<id>@cica-dash`, `event-<id>@cica-dash`), so a calendar program that imports
//! the file again updates the events rather than doubling them.

use chrono::{DateTime, NaiveDate, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

use super::{Selection, fold, period, unfold};
use crate::dataset::{Dataset, Source, Status, effective_status};
use crate::model::{PartialDate, Precision};

/// The PRODID of the files written: who made them.
pub const PRODID: &str = concat!(
    "-//cica-dash//cica-dash ",
    env!("CARGO_PKG_VERSION"),
    "//EN"
);

/// A calendar file and what was left out of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ics {
    /// The file, CRLF line ends, folded at 75 octets.
    pub text: String,
    /// Selected items left out because their date (or end) is known only to the month or year.
    pub partial: usize,
    /// Selected events left out because they have no date.
    pub undated: usize,
}

/// One meeting or event, as the calendar needs it.
struct Entry<'a> {
    uid: String,
    title: &'a str,
    date: Option<&'a PartialDate>,
    end: Option<&'a PartialDate>,
    status: Option<Status>,
    place: Option<&'a str>,
    summary: Option<&'a str>,
    planned: Option<&'a PartialDate>,
    planned_place: Option<&'a str>,
    sources: &'a [Source],
}

/// The calendar of the selected meetings and events. `today` decides the status of items
/// that do not write one (see [`effective_status`]); `stamp` is every event's DTSTAMP.
pub fn ics(data: &Dataset, sel: &Selection, today: NaiveDate, stamp: DateTime<Utc>) -> Ics {
    let meetings = sel.meetings.iter().filter_map(|&i| data.meetings.get(i));
    let events = sel.events.iter().filter_map(|&i| data.events.get(i));
    let entries = meetings
        .map(|m| Entry {
            uid: format!("meeting-{}@cica-dash", m.id),
            title: &m.title,
            date: Some(&m.date),
            end: m.end.as_ref(),
            status: m.status,
            place: m.place.as_deref(),
            summary: m.summary.as_deref(),
            planned: m.planned.as_ref(),
            planned_place: m.planned_place.as_deref(),
            sources: &m.sources,
        })
        .chain(events.map(|e| Entry {
            uid: format!("event-{}@cica-dash", e.id),
            title: &e.title,
            date: e.date.as_ref(),
            end: e.end.as_ref(),
            status: e.status,
            place: e.place.as_deref(),
            summary: e.summary.as_deref(),
            planned: e.planned.as_ref(),
            planned_place: e.planned_place.as_deref(),
            sources: &e.sources,
        }));
    let (mut partial, mut undated) = (0, 0);
    let mut dated = Vec::new();
    for entry in entries {
        match entry.date {
            None => undated += 1,
            Some(d) if !to_the_day(d, entry.end) => partial += 1,
            Some(d) => dated.push((period(d, entry.end), entry)),
        }
    }
    dated.sort_by(|(a, x), (b, y)| a.cmp(b).then_with(|| x.uid.cmp(&y.uid)));
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", PRODID))
        .append_property(("CALSCALE", "GREGORIAN"))
        .name("CICA");
    for ((first, last), entry) in &dated {
        cal.push(event(entry, *first, *last, today, stamp));
    }
    Ics {
        text: refold(&cal.done().to_string()),
        partial,
        undated,
    }
}

/// Whether an item can be placed on days: its date, and its end if any, known to the day.
fn to_the_day(date: &PartialDate, end: Option<&PartialDate>) -> bool {
    date.precision() == Precision::Day && end.is_none_or(|e| e.precision() == Precision::Day)
}

fn event(
    e: &Entry,
    first: NaiveDate,
    last: NaiveDate,
    today: NaiveDate,
    stamp: DateTime<Utc>,
) -> Event {
    let mut ev = Event::new();
    ev.uid(&e.uid)
        .timestamp(stamp)
        .summary(e.title)
        .starts(first)
        // DTEND of a date is exclusive: the day after the last one. (No next day exists only
        // at the end of chrono's range, far past any date the loader accepts.)
        .ends(last.succ_opt().unwrap_or(last))
        .status(match effective_status(e.status, e.date, e.end, today) {
            Some(Status::Planned | Status::Postponed) => EventStatus::Tentative,
            Some(Status::Cancelled) => EventStatus::Cancelled,
            Some(Status::Held) | None => EventStatus::Confirmed,
        });
    if let Some(place) = e.place {
        ev.location(place);
    }
    if let Some(text) = description(e) {
        ev.description(&text);
    }
    if let Some(url) = e.sources.iter().find_map(|s| s.url.as_deref()) {
        ev.url(url);
    }
    ev.done()
}

/// The summary, then where and when the item was first planned, when that changed.
fn description(e: &Entry) -> Option<String> {
    let planned = match (e.planned, e.planned_place) {
        (Some(d), Some(p)) => Some(format!("Planned for {} in {p}.", d.human())),
        (Some(d), None) => Some(format!("Planned for {}.", d.human())),
        (None, Some(p)) => Some(format!("Planned in {p}.")),
        (None, None) => None,
    };
    let parts: Vec<&str> = e.summary.into_iter().chain(planned.as_deref()).collect();
    (!parts.is_empty()).then(|| parts.join("\n\n"))
}

/// The crate's text with every content line folded by [`fold`].
fn refold(text: &str) -> String {
    let unfolded = unfold(text);
    let mut out = String::with_capacity(text.len() + text.len() / 32);
    for line in unfolded.split_terminator("\r\n") {
        out.push_str(&fold(line));
        out.push_str("\r\n");
    }
    out
}
