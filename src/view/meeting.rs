//! The meeting popup (`i`): what the header cannot hold, and the editorial notes that say
//! what in the data was inferred rather than read in a source.

use ratatui::style::Style;

use super::detail::{Link, Out, party};
use super::{Ctx, status_word};
use crate::dataset::{ItemRef, effective_status};

/// The meeting's own record: what the header cannot hold, and the editorial notes that say
/// what was inferred. The chairmanship and the related meetings and events are links.
pub(super) fn detail(o: &mut Out, ctx: Ctx, mi: usize) {
    let Some(m) = ctx.data.meetings.get(mi) else {
        return;
    };
    o.para(&m.title, o.theme.bold);
    o.field("Body", &m.body);
    let when = match &m.end {
        Some(end) => format!("{} – {}", m.date.human(), end.human()),
        None => m.date.human(),
    };
    o.field("Date", &when);
    let status = effective_status(m.status, Some(&m.date), m.end.as_ref(), ctx.today);
    o.opt("Status", status.map(status_word));
    o.opt("Place", m.place.as_deref());
    o.opt("Planned for", m.planned.map(|d| d.human()).as_deref());
    o.opt("Planned place", m.planned_place.as_deref());
    o.opt("Chair", m.chair.as_deref());
    o.opt("Chair's title", m.chair_title.as_deref());
    o.links_field(
        "Chairmanship",
        party(ctx, m.chairmanship).into_iter().collect(),
    );
    let related = ctx
        .data
        .links()
        .related
        .get(mi)
        .map_or(&[][..], Vec::as_slice);
    let related = related
        .iter()
        .filter_map(|&r| Some((related_name(ctx, r)?, Some(Link::Item(r)))));
    o.links_field("Related", related.collect());
    o.field("File", &m.file);
    if let Some(t) = &m.summary {
        o.heading("Summary");
        o.para(t, Style::new());
    }
    if let Some(n) = &m.notes {
        o.heading("Editorial notes");
        o.para(n, o.theme.dim);
    }
    o.sources(&m.sources);
}

/// A related meeting or event: its title and date.
fn related_name(ctx: Ctx, item: ItemRef) -> Option<String> {
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
