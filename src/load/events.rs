//! Validation of `[[event]]` tables, in meeting files and elsewhere: each file's events built
//! on their own ([`build`]), then the meeting each one belongs to set across files
//! ([`resolve`]), as meetings come and go between reloads.

use std::collections::HashMap;
use std::sync::Arc;

use super::ctx::{Ctx, IdKind, own1, take1, takem};
use super::diag::Code;
use super::parse::RawFile;
use super::unit::Unit;
use crate::dataset::Event;
use crate::model::SStr;

/// Validates the events of one file, moving their strings out of it. Each comes with its
/// explicit `meeting`, if any; its meeting index is set by [`resolve`].
pub fn build(ctx: &mut Ctx, file: &mut RawFile) -> Vec<(Arc<Event>, Option<Box<SStr>>)> {
    let mut out = Vec::with_capacity(file.events.len());
    for e in std::mem::take(&mut file.events) {
        let r = e.into_inner();
        let date = ctx.opt_date(&r.date);
        let end = match (&r.date, &r.end) {
            (None, Some(end)) => {
                ctx.error(end.span(), Code::Incomplete, "`end` without `date`")
                    .help = Some("give the event a `date`, or remove `end`".into());
                None
            }
            _ => ctx.end_date(date, &r.end, "end"),
        };
        let event = Event {
            id: r.id.into_inner(),
            title: own1(r.title),
            kind: take1(r.kind),
            organizers: r
                .organizers
                .iter()
                .filter_map(|o| ctx.participant(o))
                .collect(),
            date,
            end,
            place: take1(r.place),
            format: r.format,
            status: r.status,
            planned: ctx.opt_date(&r.planned),
            planned_place: take1(r.planned_place),
            meeting: None,
            summary: takem(r.summary),
            notes: takem(r.notes),
            sources: ctx.take_sources(r.sources),
        };
        out.push((Arc::new(event), r.meeting.map(Box::new)));
    }
    out
}

/// Every file's events in file order, each with the meeting that reported it: the one its
/// `meeting` names (checked here), else its file's meeting. `meeting_of_file` maps a meeting
/// file to its meeting's index, `meeting_index` meeting ids to indices. An event whose meeting
/// index changed is copied (it is small), so a data set still showing keeps its own.
/// Returns the events and, for each of the `meetings`, the indices of its events.
pub fn resolve(
    ctx: &mut Ctx,
    units: &mut [Unit],
    meeting_of_file: &HashMap<usize, usize>,
    meeting_index: &HashMap<&str, usize>,
    meetings: usize,
) -> (Vec<Arc<Event>>, Vec<Vec<usize>>) {
    let mut out = Vec::new();
    let mut of_meeting = vec![Vec::new(); meetings];
    for (fi, u) in units.iter_mut().enumerate() {
        ctx.file = fi;
        let Some(built) = u.built.as_mut() else {
            continue;
        };
        for (e, explicit) in &mut built.events {
            let meeting = match explicit {
                Some(id) => {
                    if ctx.id_ref(id, &[IdKind::Meeting], "meeting") {
                        meeting_index.get(id.get_ref().as_str()).copied()
                    } else {
                        None
                    }
                }
                None => meeting_of_file.get(&fi).copied(),
            };
            if e.meeting != meeting {
                Arc::make_mut(e).meeting = meeting;
            }
            if let Some(slot) = meeting.and_then(|m| of_meeting.get_mut(m)) {
                slot.push(out.len());
            }
            out.push(Arc::clone(e));
        }
    }
    out.shrink_to_fit();
    (out, of_meeting)
}
