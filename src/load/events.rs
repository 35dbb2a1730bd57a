//! Validation of `[[event]]` tables, in meeting files and elsewhere.

use std::collections::HashMap;

use super::ctx::{Ctx, IdKind, own1, take1, takem};
use super::diag::Code;
use super::parse::RawFile;
use crate::dataset::Event;

/// Validates every event. `meeting_of_file` maps a meeting file to its meeting's index, for the
/// implied `meeting`; `meeting_index` maps meeting ids to indices. The events' strings move
/// out of the files.
pub fn events(
    ctx: &mut Ctx,
    files: &mut [RawFile],
    meeting_of_file: &HashMap<usize, usize>,
    meeting_index: &HashMap<String, usize>,
) -> Vec<Event> {
    let mut out = Vec::new();
    for (fi, f) in files.iter_mut().enumerate() {
        ctx.file = fi;
        for e in std::mem::take(&mut f.events) {
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
            let meeting = match &r.meeting {
                Some(id) => {
                    if ctx.id_ref(id, &[IdKind::Meeting], "meeting") {
                        meeting_index.get(id.get_ref()).copied()
                    } else {
                        None
                    }
                }
                None => meeting_of_file.get(&fi).copied(),
            };
            out.push(Event {
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
                meeting,
                summary: takem(r.summary),
                notes: takem(r.notes),
                sources: ctx.take_sources(r.sources),
            });
        }
    }
    out.shrink_to_fit();
    out
}
