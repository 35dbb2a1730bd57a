//! The pass across files that registers every id, and the order of the meetings.
//!
//! Meeting, decision and event ids share one namespace over the whole data set, and
//! references may point forward (a meeting's `related` may name a meeting in a later file), so
//! every id is registered before any reference is checked. The pass reads each file's
//! [`Decls`] only: it runs again on every reload, over files parsed long before, in one walk.

use std::collections::HashMap;

use super::ctx::{Ctx, IdKind};
use super::diag::Code;
use super::meetings::auto_decision_id;
use super::unit::Decls;
use crate::model::PartialDate;

/// Registers meeting, decision and event ids, and reports meeting tables in files without a
/// meeting. Returns each meeting file's start date for ordering.
pub fn register(ctx: &mut Ctx, files: &[&Decls]) -> HashMap<usize, PartialDate> {
    let mut dates = HashMap::with_capacity(files.len());
    // Sized once: the registry is built anew on every reload.
    let ids: usize = (files.iter())
        .map(|f| 1 + f.automatic.len() + f.decisions.iter().count() + f.events.iter().count())
        .sum();
    ctx.ids.to_mut().reserve(ids);
    for (fi, f) in files.iter().enumerate() {
        ctx.file = fi;
        match &f.meeting {
            Some((id, date)) => {
                if ctx.check_id(id) {
                    ctx.register_id(id.get_ref(), id.span(), IdKind::Meeting);
                }
                if let Some(d) = ctx.date(date) {
                    dates.insert(fi, d);
                }
                // Automatic ids first, so that an explicit id clashing with one is the error.
                for &[n, start, end] in &f.automatic {
                    let auto = auto_decision_id(id.get_ref(), n as usize);
                    ctx.register_auto_id(&auto, start as usize..end as usize);
                }
                for (id, span) in f.decisions.iter() {
                    if ctx.check_id_at(id, span.clone()) {
                        ctx.register_id(id, span, IdKind::Decision);
                    }
                }
            }
            // The meeting could not be read (already reported): its items are not validated,
            // and references to its decisions are not reported again.
            None if f.has_meeting => {
                let ids = f.decisions.iter().map(|(id, _)| id.to_owned());
                ctx.broken.to_mut().extend(ids);
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
        for (id, span) in f.events.iter() {
            if ctx.check_id_at(id, span.clone()) {
                ctx.register_id(id, span, IdKind::Event);
            }
        }
    }
    dates
}

/// The order of meeting files: by start date, then id. Files whose date failed come last.
pub fn order(files: &[&Decls], dates: &HashMap<usize, PartialDate>) -> Vec<usize> {
    let mut order: Vec<usize> = (0..files.len())
        .filter(|&i| files[i].meeting.is_some())
        .collect();
    order.sort_by_key(|&i| {
        let id = files[i].meeting.as_ref().map(|m| m.0.get_ref().as_str());
        (
            dates.get(&i).map(PartialDate::first_day).is_none(),
            dates.get(&i).map(PartialDate::first_day),
            id,
        )
    });
    order
}
