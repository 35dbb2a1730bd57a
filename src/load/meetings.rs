//! Validation of meeting files: the `[meeting]` table and, through [`super::items`], its
//! agenda, decisions and statements.
//!
//! Ids are registered before (by [`super::register`]), and references to them (`related`)
//! checked after, across files: a meeting is built from its own file alone.

use super::ctx::{Ctx, exact, own1, take1, takem};
use super::items;
use super::parse::RawFile;
use crate::dataset::Meeting;
use crate::model::PartialDate;

/// The auto id of a decision without one: `<meeting id>-decision-<n>`, n from 1.
pub fn auto_decision_id(meeting: &str, n: usize) -> String {
    format!("{meeting}-decision-{n}")
}

/// Builds one meeting, its agenda, decisions and statements, moving their
/// strings out of the file and leaving it without them.
pub fn build(
    ctx: &mut Ctx,
    file: &mut RawFile,
    fi: usize,
    date: Option<PartialDate>,
) -> Option<Meeting> {
    ctx.file = fi;
    let r = file.meeting.take()?.into_inner();
    let end = ctx.end_date(date, &r.end, "end");
    let planned = ctx.opt_date(&r.planned);
    let chairmanship = r.chairmanship.as_ref().and_then(|c| ctx.participant(c));
    let sources = ctx.take_sources(r.sources);
    // An agenda item's id is its id as written: the items' ids are those the file lists.
    let agenda = items::agenda(ctx, std::mem::take(&mut file.agenda));
    let agenda_ids: Vec<&str> = agenda.iter().map(|a| a.id.as_str()).collect();
    let raw_decisions = std::mem::take(&mut file.decisions);
    let decisions = items::decisions(ctx, r.id.get_ref(), raw_decisions, &agenda_ids);
    let raw_statements = std::mem::take(&mut file.statements);
    let statements = items::statements(ctx, raw_statements, &agenda_ids);
    let mut agenda_decisions = vec![Vec::new(); agenda.len()];
    for (i, d) in decisions.iter().enumerate() {
        if let Some(slot) = d.agenda.and_then(|a| agenda_decisions.get_mut(a)) {
            slot.push(i);
        }
    }
    let mut agenda_statements = vec![Vec::new(); agenda.len()];
    for (i, s) in statements.iter().enumerate() {
        if let Some(slot) = s.agenda.and_then(|a| agenda_statements.get_mut(a)) {
            slot.push(i);
        }
    }
    Some(Meeting {
        id: r.id.into_inner(),
        file: ctx.path().to_owned(),
        title: own1(r.title),
        body: own1(r.body),
        date: date?,
        end,
        place: take1(r.place),
        format: r.format,
        status: r.status,
        planned,
        planned_place: take1(r.planned_place),
        related: exact(r.related.into_iter().map(|s| s.into_inner()).collect()),
        chairmanship,
        chair: take1(r.chair),
        chair_title: take1(r.chair_title),
        summary: takem(r.summary),
        notes: takem(r.notes),
        sources,
        agenda,
        decisions,
        statements,
        agenda_decisions,
        agenda_statements,
    })
}
