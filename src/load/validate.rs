//! Parsed files → the validated, indexed data set: ids and references across files, the
//! lints, then the indexes.
//!
//! Each file's meeting and events are built on their own, in parallel ([`super::build`]),
//! and only for files parsed by this load: a reload reuses the others' as they are. The
//! passes across files (participants and persons, the id registry, references, the events'
//! meetings, the lints across files, the indexes) run every time; each is one walk over the
//! files or the data set, with hash maps for the lookups.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use super::build::{self, Context};
use super::cross::Facts;
use super::lines::FileText;
use super::parse::RawFile;
use super::progress::{Progress, Stage};
use super::unit::{Decls, Unit};
use super::{Diagnostic, Loaded, Timings, ctx, events, lints, people, register};
use crate::dataset::Dataset;

/// Validates every file. A unit with a body (`bodies[i]`, its parse) is built now; one
/// without was built by an earlier load under the context `prior`. `diagnostics` holds the
/// reading problems; `unread_files` says whether some file could not be read at all; `texts`
/// places offsets in each file. Returns the load and the context it built under, or `None`
/// when that is not `prior` while some unit was built under `prior`: every file must then be
/// parsed and built again.
pub(super) fn validate(
    units: &mut [Unit],
    bodies: Vec<Option<RawFile>>,
    texts: &[FileText],
    mut diagnostics: Vec<Diagnostic>,
    unread_files: bool,
    prior: Option<&Context>,
    progress: &Progress,
) -> Option<(Loaded, Context)> {
    progress.set_stage(Stage::Validating);
    let t = Instant::now();
    let empty = RawFile::default();
    let mut ctx = ctx::Ctx::new(texts);
    ctx.incomplete = unread_files || units.iter().any(|u| u.unreadable);
    (ctx.broken.to_mut()).extend(units.iter().flat_map(|u| u.broken.iter().cloned()));
    let (participants, persons, glossary, order) = {
        let tops = (units.iter()).map(|u| u.top.as_deref().unwrap_or(&empty));
        let tops: Vec<&RawFile> = tops.collect();
        let decls: Vec<&Decls> = units.iter().map(|u| &u.decls).collect();
        let participants = people::participants(&mut ctx, &tops);
        let persons = people::persons(&mut ctx, &tops);
        let glossary = people::glossary(&mut ctx, &tops);
        let dates = register::register(&mut ctx, &decls);
        (
            participants,
            persons,
            glossary,
            register::order(&decls, &dates),
        )
    };
    let context = Context::of(&ctx, &persons);
    let reused = bodies.iter().any(Option::is_none);
    if reused && prior != Some(&context) {
        return None;
    }
    for u in units.iter() {
        diagnostics.extend(u.diags.iter().cloned());
    }
    diagnostics.append(&mut ctx.diags);

    // The new files' meetings and events, on all cores; beside them, the lints across files,
    // which read only their facts (lent for the while).
    let facts: Vec<Facts> = units
        .iter_mut()
        .map(|u| std::mem::take(&mut u.facts))
        .collect();
    let (shared, by_name) = (&ctx, &context.persons);
    let ((), mut across) = rayon::join(
        || {
            (units.par_iter_mut().zip(bodies).enumerate()).for_each(|(fi, (u, body))| {
                if let Some(body) = body {
                    u.built = Some(build::build(&mut shared.fork(), fi, body, by_name));
                }
            });
        },
        || {
            let mut out = Vec::new();
            lints::lint_across(texts, &facts, &mut out);
            out
        },
    );
    for (u, f) in units.iter_mut().zip(facts) {
        u.facts = f;
    }
    for b in units.iter().filter_map(|u| u.built.as_ref()) {
        diagnostics.extend(b.diags.iter().cloned());
    }

    let mut meetings = Vec::with_capacity(order.len());
    let mut meeting_of_file = HashMap::new();
    for fi in order {
        if let Some(m) = units
            .get(fi)
            .and_then(|u| u.built.as_ref()?.meeting.as_ref())
        {
            meeting_of_file.insert(fi, meetings.len());
            meetings.push(Arc::clone(m));
        }
    }
    let meeting_index: HashMap<&str, usize> = (meetings.iter().enumerate())
        .map(|(i, m)| (m.id.as_str(), i))
        .collect();
    for (fi, u) in units.iter().enumerate() {
        ctx.file = fi;
        for rel in u.built.iter().flat_map(|b| &b.related) {
            let kinds = [ctx::IdKind::Meeting, ctx::IdKind::Event];
            ctx.id_ref(rel, &kinds, "meeting or event");
        }
    }
    let n = meetings.len();
    let (events, meeting_events) =
        events::resolve(&mut ctx, units, &meeting_of_file, &meeting_index, n);
    drop(meeting_index);
    let (chairmanships, assignments) = {
        let tops = (units.iter()).map(|u| u.top.as_deref().unwrap_or(&empty));
        let tops: Vec<&RawFile> = tops.collect();
        let c = people::chairmanships(&mut ctx, &tops);
        (c, people::assignments(&mut ctx, &tops))
    };
    diagnostics.append(&mut ctx.diags);
    for u in units.iter() {
        diagnostics.extend(u.lints.iter().cloned());
    }
    diagnostics.append(&mut across);
    let mut dataset = Dataset {
        participants,
        persons,
        glossary,
        chairmanships,
        assignments,
        meetings,
        events,
        meeting_events,
        participant_index: context.codes.clone(),
        ..Dataset::default()
    };
    // The id registry goes before the indexes come: a reload's peak is the larger of the two.
    drop(ctx);
    let validate = t.elapsed();

    progress.set_stage(Stage::Indexing);
    let t = Instant::now();
    dataset.build_indexes();
    diagnostics.sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
    // Messages quote keys, ids and paths from the data: make them as safe as the data itself.
    diagnostics.iter_mut().for_each(Diagnostic::sanitize);
    let loaded = Loaded {
        statements: dataset.statement_count(),
        dataset,
        diagnostics,
        files: units.len(),
        timings: Timings {
            read: Duration::ZERO,
            parse: Duration::ZERO,
            validate,
            index: t.elapsed(),
        },
        sources: Vec::new(),
    };
    Some((loaded, context))
}
