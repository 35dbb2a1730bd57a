//! The meeting popup (`i`): what the header cannot hold, and the editorial notes that say
//! what in the data was inferred rather than read in a source.

use ratatui::style::Style;

use super::detail::Out;
use super::{Ctx, status_word};
use crate::dataset::{Meeting, effective_status};

/// The meeting's own record: what the header cannot hold, and the editorial notes that say
/// what was inferred.
pub(super) fn detail(o: &mut Out, ctx: Ctx, m: &Meeting) {
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
    let chairmanship = m
        .chairmanship
        .and_then(|p| ctx.data.participants.get(p))
        .map(|p| p.name.as_str());
    o.opt("Chairmanship", chairmanship);
    o.opt(
        "Related",
        (!m.related.is_empty())
            .then(|| m.related.join(", "))
            .as_deref(),
    );
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
