//! An event's detail: every key of its `[[event]]` (kind, organisers, dates, place, format,
//! status, the plan beside what happened, the meeting that reported it, summary, notes and
//! sources), and how a meeting's events are named in the meeting's own popup.

use ratatui::style::Style;

use super::detail::{Link, Out, party};
use super::when::{Plan, format_word, range};
use super::{Ctx, status_word};
use crate::dataset::{ItemRef, effective_status};

/// Event `i` in full; its title links to its own popup when `linked` (in a day's).
pub(super) fn detail(o: &mut Out, ctx: Ctx, i: usize, linked: bool) {
    let Some(e) = ctx.data.events.get(i) else {
        return;
    };
    let link = linked.then_some(Link::Item(ItemRef::Event(i)));
    o.link(link, |o| o.para(&format!("• {}", e.title), o.theme.bold));
    o.opt("Kind", e.kind.as_deref());
    let names = e.organizers.iter().filter_map(|&p| party(ctx, Some(p)));
    o.links_field("Organisers", names.collect());
    let when = e.date.map(|d| range(&d, e.end.as_ref()));
    o.field("Date", when.as_deref().unwrap_or("not given"));
    o.opt("Place", e.place.as_deref());
    o.opt("Format", e.format.map(format_word));
    let status = effective_status(e.status, e.date.as_ref(), e.end.as_ref(), ctx.today);
    o.opt("Status", status.map(status_word));
    o.opt(
        "Schedule",
        Plan::of_event(e, status).side_by_side().as_deref(),
    );
    let reported = e.meeting.and_then(|mi| {
        let m = ctx.data.meetings.get(mi)?;
        let link = Some(Link::Item(ItemRef::Meeting(mi)));
        Some((format!("{} ({})", m.title, m.date.human()), link))
    });
    o.links_field("Reported at", reported.into_iter().collect());
    o.field("Id", &e.id);
    o.section("Summary", e.summary.as_deref(), Style::new());
    o.section("Notes", e.notes.as_deref(), o.theme.dim);
    o.sources(&e.sources);
}

/// A meeting or an event as a line of a list: `◆ title (date)` or `• title (date)`.
pub(super) fn named(ctx: Ctx, item: ItemRef) -> Option<String> {
    let data = ctx.data;
    Some(match item {
        ItemRef::Meeting(m) => {
            let m = data.meetings.get(m)?;
            format!("◆ {} ({})", m.title, m.date.human())
        }
        ItemRef::Event(e) => {
            let e = data.events.get(e)?;
            match e.date {
                Some(d) => format!("• {} ({})", e.title, d.human()),
                None => format!("• {} (undated)", e.title),
            }
        }
        _ => return None,
    })
}

/// The events meeting `mi` reported, each a link, under a heading with their count.
pub(super) fn of_meeting(o: &mut Out, ctx: Ctx, mi: usize) {
    let reported = ctx.data.events_of(mi);
    if reported.is_empty() {
        return;
    }
    o.heading(&format!("Events reported ({})", reported.len()));
    for &e in reported {
        if let Some(name) = named(ctx, ItemRef::Event(e)) {
            o.link(Some(Link::Item(ItemRef::Event(e))), |o| {
                o.para(&name, Style::new())
            });
        }
    }
}
