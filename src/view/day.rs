//! The calendar's detail popup: a day's entries, its month's and year's entries known only to
//! the month or year, and every undated event, each in full.

use chrono::{Datelike, NaiveDate};

use super::detail::{Link, Out};
use super::event;
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
            let more = super::count(more, "more undated event", "more undated events");
            o.para(&format!("… and {more}"), o.theme.dim);
        }
    }
}

/// The undated events a day's popup lists in full: an archive can hold thousands, and the
/// popup is rebuilt on every key.
const UNDATED_SHOWN: usize = 100;

/// One calendar entry in full; its title links to its own popup when `linked` (in a day's).
pub(super) fn entry_detail(o: &mut Out, ctx: Ctx, item: CalItem, linked: bool) {
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
            let status = effective_status(m.status, Some(&m.date), m.end.as_ref(), ctx.today);
            o.opt("Status", status.map(status_word));
            let events = ctx.data.events_of(i).iter().map(|&e| ItemRef::Event(e));
            let events = events.filter_map(|e| Some((event::named(ctx, e)?, Some(Link::Item(e)))));
            o.links_field("Events", events.collect());
        }
        CalItem::Event(i) => super::event::detail(o, ctx, i, linked),
    }
}
