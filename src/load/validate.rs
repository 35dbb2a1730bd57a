//! Parsed files → the validated, indexed data set: ids and references across files, the
//! lints, then the indexes. Single-threaded and linear in the data: every pass is one walk
//! over the files, with hash maps for the lookups.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use super::parse::RawFile;
use super::progress::{Progress, Stage};
use super::source::Source;
use super::{Diagnostic, Loaded, Timings, ctx, events, lints, meetings, people};
use crate::dataset::Dataset;

/// Validates parsed files. `diagnostics` holds the reading and parsing problems so far, in
/// file order; `unread_files` says whether some file could not be read at all.
pub(super) fn validate(
    sources: &[Source],
    files: &[RawFile],
    mut diagnostics: Vec<Diagnostic>,
    unread_files: bool,
    progress: &Progress,
) -> Loaded {
    progress.set_stage(Stage::Validating);
    let t = Instant::now();
    // The lints only read the parsed files: they run beside the validation, on another core.
    let (mut dataset, mut lint_diags) = rayon::join(
        || build(sources, files, unread_files, &mut diagnostics),
        || {
            let mut out = Vec::new();
            lints::lint(sources, files, &mut out);
            out
        },
    );
    diagnostics.append(&mut lint_diags);
    let validate = t.elapsed();

    progress.set_stage(Stage::Indexing);
    let t = Instant::now();
    link_speakers(&mut dataset);
    dataset.build_indexes();
    diagnostics.sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
    // Messages quote keys, ids and paths from the data: make them as safe as the data itself.
    diagnostics.iter_mut().for_each(Diagnostic::sanitize);
    Loaded {
        statements: dataset.statement_count(),
        dataset,
        diagnostics,
        files: sources.len(),
        timings: Timings {
            read: Duration::ZERO,
            parse: Duration::ZERO,
            validate,
            index: t.elapsed(),
        },
        sources: Vec::new(),
    }
}

/// Checks ids and references across files and builds the data set (without its indexes),
/// appending the problems found to `diagnostics`.
fn build(
    sources: &[Source],
    files: &[RawFile],
    unread_files: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Dataset {
    let mut ctx = ctx::Ctx::new(sources);
    ctx.incomplete = unread_files || files.iter().any(|f| f.unreadable);
    ctx.broken
        .extend(files.iter().flat_map(|f| f.broken.iter().cloned()));
    let participants = people::participants(&mut ctx, files);
    let persons = people::persons(&mut ctx, files);
    let glossary = people::glossary(&mut ctx, files);
    let dates = meetings::register(&mut ctx, files);
    let order = meetings::order(files, &dates);
    let mut meeting_list = Vec::new();
    let mut meeting_of_file = HashMap::new();
    for &fi in &order {
        if let Some(m) = meetings::build(&mut ctx, &files[fi], fi, dates.get(&fi).copied()) {
            meeting_of_file.insert(fi, meeting_list.len());
            meeting_list.push(m);
        }
    }
    let meeting_index: HashMap<String, usize> = meeting_list
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.clone(), i))
        .collect();
    let events = events::events(&mut ctx, files, &meeting_of_file, &meeting_index);
    for (ei, e) in events.iter().enumerate() {
        if let Some(m) = e.meeting.and_then(|m| meeting_list.get_mut(m)) {
            m.events.push(ei);
        }
    }
    let chairmanships = people::chairmanships(&mut ctx, files);
    let assignments = people::assignments(&mut ctx, files);
    let participant_index = std::mem::take(&mut ctx.codes);
    diagnostics.append(&mut ctx.diags);
    Dataset {
        participants,
        persons,
        glossary,
        chairmanships,
        assignments,
        meetings: meeting_list,
        events,
        participant_index,
        ..Dataset::default()
    }
}

/// Links each statement's speaker to the person whose name or alias it equals.
fn link_speakers(data: &mut Dataset) {
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    for (i, p) in data.persons.iter().enumerate() {
        for n in std::iter::once(&p.name).chain(&p.aliases) {
            by_name.entry(n.as_str()).or_insert(i);
        }
    }
    let by_name: HashMap<String, usize> = by_name
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
    for m in &mut data.meetings {
        for s in &mut m.statements {
            s.person = s.speaker.as_deref().and_then(|sp| by_name.get(sp).copied());
        }
    }
}
