//! The meeting popup (`i`): what the header cannot hold (id, format, the plan beside what
//! happened, related meetings and events, the events it reported), and the editorial notes
//! that say what in the data was inferred rather than read in a source.

use ratatui::style::Style;

use super::detail::{Link, Out, party};
use super::event::{named, of_meeting};
use super::when::{Plan, format_word, range};
use super::{Ctx, status_word};
use crate::dataset::effective_status;

/// The meeting's own record: what the header cannot hold, and the editorial notes that say
/// what was inferred. The chairmanship, the related meetings and events and the events it
/// reported are links.
pub(super) fn detail(o: &mut Out, ctx: Ctx, mi: usize) {
    let Some(m) = ctx.data.meetings.get(mi) else {
        return;
    };
    o.para(&m.title, o.theme.bold);
    o.field("Body", &m.body);
    o.field("Date", &range(&m.date, m.end.as_ref()));
    let status = effective_status(m.status, Some(&m.date), m.end.as_ref(), ctx.today);
    o.opt("Status", status.map(status_word));
    o.opt("Place", m.place.as_deref());
    o.opt("Format", m.format.map(format_word));
    o.opt(
        "Schedule",
        Plan::of_meeting(m, status).side_by_side().as_deref(),
    );
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
        .filter_map(|&r| Some((named(ctx, r)?, Some(Link::Item(r)))));
    o.links_field("Related", related.collect());
    o.field("Id", &m.id);
    o.field("File", &m.file);
    o.section("Summary", m.summary.as_deref(), Style::new());
    o.section("Editorial notes", m.notes.as_deref(), o.theme.dim);
    of_meeting(o, ctx, mi);
    o.sources(&m.sources);
}
