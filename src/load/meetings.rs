//! Validation of meeting files: the `[meeting]` table and, through [`super::items`], its
//! agenda, decisions and statements.
//!
//! Ids are registered in a first pass over all files, so that references may point forward
//! (a meeting's `related` may name a meeting in a later file).

use std::collections::HashMap;

use super::ctx::{Ctx, IdKind, exact, own1, take1, takem};
use super::diag::Code;
use super::items;
use super::parse::RawFile;
use crate::dataset::Meeting;
use crate::model::PartialDate;

/// The auto id of a decision without one: `<meeting id>-decision-<n>`, n from 1.
pub fn auto_decision_id(meeting: &str, n: usize) -> String {
    format!("{meeting}-decision-{n}")
}

/// First pass: registers meeting, decision and event ids, and reports meeting tables in files
/// without a meeting. Returns each meeting file's start date for ordering.
pub fn register(ctx: &mut Ctx, files: &[RawFile]) -> HashMap<usize, PartialDate> {
    let mut dates = HashMap::new();
    for (fi, f) in files.iter().enumerate() {
        ctx.file = fi;
        match &f.meeting {
            Some(m) => {
                let r = m.get_ref();
                if ctx.check_id(&r.id) {
                    ctx.register_id(r.id.get_ref(), r.id.span(), IdKind::Meeting);
                }
                if let Some(d) = ctx.date(&r.date) {
                    dates.insert(fi, d);
                }
                // Automatic ids first, so that an explicit id clashing with one is the error.
                for (n, d) in f.decisions.iter().enumerate() {
                    if d.get_ref().id.is_none() {
                        ctx.register_auto_id(&auto_decision_id(r.id.get_ref(), n + 1), d.span());
                    }
                }
                for id in f.decisions.iter().filter_map(|d| d.get_ref().id.as_ref()) {
                    if ctx.check_id(id) {
                        ctx.register_id(id.get_ref(), id.span(), IdKind::Decision);
                    }
                }
            }
            // The meeting could not be read (already reported): its items are not validated,
            // and references to its decisions are not reported again.
            None if f.has_meeting => {
                let ids = f.decisions.iter().filter_map(|d| d.get_ref().id.as_ref());
                ctx.broken
                    .to_mut()
                    .extend(ids.map(|id| id.get_ref().clone()));
            }
            None => {
                for (table, span) in &f.meeting_tables {
                    ctx.error(
                        span.clone(),
                        Code::Misplaced,
                        format!("`[[{table}]]` outside a meeting file"),
                    )
                    .help = Some(format!(
                        "[[{table}]] belongs to a meeting: add a [meeting] table to this file, or move it into the meeting's file"
                    ));
                }
            }
        }
        for e in &f.events {
            let id = &e.get_ref().id;
            if ctx.check_id(id) {
                ctx.register_id(id.get_ref(), id.span(), IdKind::Event);
            }
        }
    }
    dates
}

/// The order of meeting files: by start date, then id. Files whose date failed come last.
pub fn order(files: &[RawFile], dates: &HashMap<usize, PartialDate>) -> Vec<usize> {
    let mut order: Vec<usize> = (0..files.len())
        .filter(|&i| files[i].meeting.is_some())
        .collect();
    order.sort_by_key(|&i| {
        let id = files[i]
            .meeting
            .as_ref()
            .map(|m| m.get_ref().id.get_ref().clone());
        (
            dates.get(&i).map(PartialDate::first_day).is_none(),
            dates.get(&i).map(PartialDate::first_day),
            id,
        )
    });
    order
}

/// Second pass: builds one meeting, its agenda, decisions and statements, moving their
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
    for rel in &r.related {
        ctx.id_ref(rel, &[IdKind::Meeting, IdKind::Event], "meeting or event");
    }
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
        events: Vec::new(),
        agenda_decisions,
        agenda_statements,
    })
}
