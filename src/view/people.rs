//! The detail popup's content for participants, persons and glossary terms: what the data
//! says of them (name, code, kind, standing and its history, every spelling, notes), so a
//! search result that names one has something to show.

use super::Ctx;
use super::detail::{Out, party};
use super::standing_word as standing;
use crate::dataset::{Dataset, Participant};

/// Writes a participant's heading, its name and code in bold, and gives the participant with
/// the word for its kind (nothing, for an index out of range): its popup and its profile
/// both begin so.
pub(super) fn participant_heading<'d>(
    o: &mut Out,
    data: &'d Dataset,
    i: usize,
) -> Option<(&'d Participant, &'static str)> {
    let p = data.participants.get(i)?;
    o.para(&format!("{} ({})", p.name, p.code), o.theme.bold);
    Some((p, super::kind_word(p.kind)))
}

/// A state or organisation.
pub(super) fn participant(o: &mut Out, ctx: Ctx, i: usize) {
    let Some((p, kind)) = participant_heading(o, ctx.data, i) else {
        return;
    };
    o.field("Kind", kind);
    o.opt("Status", p.status.map(standing));
    o.opt("Since", p.since.map(|d| d.human()).as_deref());
    if !p.aliases.is_empty() {
        o.field("Also written", &p.aliases.join(", "));
    }
    if !p.history.is_empty() {
        o.heading("History");
        for h in &p.history {
            let from = h.from.map(|d| d.human()).unwrap_or_else(|| "…".into());
            let until = h.until.map(|d| d.human()).unwrap_or_else(|| "…".into());
            o.para(
                &format!("• {} {from} – {until}", standing(h.status)),
                o.theme.base,
            );
        }
    }
    if let Some(n) = &p.notes {
        o.heading("Notes");
        o.para(n, o.theme.dim);
    }
}

/// A person, with every spelling and the participant they speak for.
pub(super) fn person(o: &mut Out, ctx: Ctx, i: usize) {
    let Some(p) = ctx.data.persons.get(i) else {
        return;
    };
    o.para(&p.name, o.theme.bold);
    if !p.aliases.is_empty() {
        o.field("Also written", &p.aliases.join(", "));
    }
    o.links_field("For", party(ctx, p.participant).into_iter().collect());
    o.field("Statements", &ctx.data.statements_of(i).len().to_string());
}

/// A glossary term.
pub(super) fn term(o: &mut Out, ctx: Ctx, i: usize) {
    let Some(t) = ctx.data.glossary.get(i) else {
        return;
    };
    o.para(&t.term, o.theme.bold);
    o.para(&t.meaning, o.theme.base);
    if !t.aliases.is_empty() {
        o.field("Also written", &t.aliases.join(", "));
    }
}
