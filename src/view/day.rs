//! The calendar's detail popup: a day's entries, its month's and year's entries known only to
//! the month or year, and every undated event, each in full.

use chrono::{Datelike, NaiveDate};

use super::detail::{Link, Out, party};
use super::{Ctx, status_word};
use crate::dataset::{CalItem, ItemRef, effective_status};

/// Every entry of a day, its month and year, and the undated events, in full.
pub(super) fn detail(o: &mut Out, ctx: Ctx, day: NaiveDate) {
    let cal = &ctx.data.calendar;
    o.para(&day.format("%A %-d %B %Y").to_string(), o.theme.bold);
    let sections = [
        (String::new(), cal.on(day)),
        (
            format!("{}, day not given", day.format("%B %Y")),
            cal.in_month(day.year(), day.month()),
        ),
        (
            format!("{}, month not given", day.year()),
            cal.in_year(day.year()),
        ),
    ];
    if cal.on(day).is_empty() {
        o.para("Nothing on this day.", o.theme.dim);
    }
    for (heading, items) in sections {
        if items.is_empty() {
            continue;
        }
        if !heading.is_empty() {
            o.heading(&heading);
        }
        for item in items {
            entry_detail(o, ctx, *item, true);
        }
    }
    if !cal.undated.is_empty() {
        o.heading(&format!("Undated events ({})", cal.undated.len()));
        for &e in cal.undated.iter().take(UNDATED_SHOWN) {
            entry_detail(o, ctx, CalItem::Event(e), true);
        }
        let more = cal.undated.len().saturating_sub(UNDATED_SHOWN);
        if more > 0 {
            o.gap();
            o.para(&format!("… and {more} more undated events"), o.theme.dim);
        }
    }
}

/// The undated events a day's popup lists in full: an archive can hold thousands, and the
/// popup is rebuilt on every key.
const UNDATED_SHOWN: usize = 100;

/// One calendar entry in full; its title links to its own popup when `linked` (in a day's).
pub(super) fn entry_detail(o: &mut Out, ctx: Ctx, item: CalItem, linked: bool) {
    let today = ctx.today;
    o.gap();
    match item {
        CalItem::Meeting(i) => {
            let Some(m) = ctx.data.meetings.get(i) else {
                return;
            };
            let link = linked.then_some(Link::Item(ItemRef::Meeting(i)));
            o.link(link, |o| o.para(&format!("◆ {}", m.title), o.theme.bold));
            o.field("Body", &m.body);
            o.opt("Place", m.place.as_deref());
            let status = effective_status(m.status, Some(&m.date), m.end.as_ref(), today);
            o.opt("Status", status.map(status_word));
        }
        CalItem::Event(i) => {
            let Some(e) = ctx.data.events.get(i) else {
                return;
            };
            let link = linked.then_some(Link::Item(ItemRef::Event(i)));
            o.link(link, |o| o.para(&format!("• {}", e.title), o.theme.bold));
            o.opt("Kind", e.kind.as_deref());
            let names = e.organizers.iter().filter_map(|&p| party(ctx, Some(p)));
            o.links_field("Organisers", names.collect());
            let when = e.date.map(|d| match e.end {
                Some(end) => format!("{} – {}", d.human(), end.human()),
                None => d.human(),
            });
            o.opt("Date", when.as_deref());
            o.opt("Place", e.place.as_deref());
            let status = effective_status(e.status, e.date.as_ref(), e.end.as_ref(), today);
            o.opt("Status", status.map(status_word));
            let reported = e.meeting.and_then(|mi| {
                let m = ctx.data.meetings.get(mi)?;
                let link = Some(Link::Item(ItemRef::Meeting(mi)));
                Some((format!("{} ({})", m.title, m.date.human()), link))
            });
            o.links_field("Reported at", reported.into_iter().collect());
            o.opt("Summary", e.summary.as_deref());
            o.opt("Notes", e.notes.as_deref());
        }
    }
}
