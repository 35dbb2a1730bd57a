//! Parsed files → the validated, indexed data set: ids and references across files, the
//! lints, then the indexes. Linear in the data: every pass is one walk over the files, with
//! hash maps for the lookups; the meetings, the bulk of it, are built in parallel.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use super::lines::FileText;
use super::parse::RawFile;
use super::prepare::Prepared;
use super::progress::{Progress, Stage};
use super::{Diagnostic, Loaded, Timings, ctx, events, lints, meetings, people};
use rayon::prelude::*;

use crate::dataset::{Dataset, Meeting};

/// Validates prepared files. `diagnostics` holds the reading problems so far, in file order
/// (each file's parse diagnostics follow them); `unread_files` says whether some file could not
/// be read at all. Returns the files' texts too, for the caller's report sources.
pub(super) fn validate<'a>(
    prepared: Vec<Prepared<'a>>,
    mut diagnostics: Vec<Diagnostic>,
    unread_files: bool,
    progress: &Progress,
) -> (Loaded, Vec<FileText<'a>>) {
    progress.set_stage(Stage::Validating);
    let t = Instant::now();
    let n = prepared.len();
    let (mut texts, mut files, mut facts) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let mut file_lints = Vec::new();
    for mut p in prepared {
        diagnostics.append(&mut p.diags);
        file_lints.append(&mut p.lints);
        texts.push(p.text);
        files.push(p.file);
        facts.push(p.facts);
    }
    // The lints across files read their own facts: they run beside the validation, which
    // takes the parsed files apart, on another core.
    let (mut dataset, mut lint_diags) = rayon::join(
        || build(&texts, files, unread_files, &mut diagnostics),
        || {
            let mut out = Vec::new();
            lints::lint_across(&texts, &facts, &mut out);
            out
        },
    );
    drop(facts);
    diagnostics.append(&mut file_lints);
    diagnostics.append(&mut lint_diags);
    let validate = t.elapsed();

    progress.set_stage(Stage::Indexing);
    let t = Instant::now();
    link_speakers(&mut dataset);
    dataset.build_indexes();
    diagnostics.sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
    // Messages quote keys, ids and paths from the data: make them as safe as the data itself.
    diagnostics.iter_mut().for_each(Diagnostic::sanitize);
    let loaded = Loaded {
        statements: dataset.statement_count(),
        dataset,
        diagnostics,
        files: n,
        timings: Timings {
            read: Duration::ZERO,
            parse: Duration::ZERO,
            validate,
            index: t.elapsed(),
        },
        sources: Vec::new(),
    };
    (loaded, texts)
}

/// Checks ids and references across files and builds the data set (without its indexes),
/// appending the problems found to `diagnostics`. Each file's strings move into the data set,
/// and its meeting's tables are freed as soon as the meeting is built.
fn build(
    sources: &[FileText],
    mut files: Vec<RawFile>,
    unread_files: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Dataset {
    let mut ctx = ctx::Ctx::new(sources);
    ctx.incomplete = unread_files || files.iter().any(|f| f.unreadable);
    ctx.broken
        .to_mut()
        .extend(files.iter().flat_map(|f| f.broken.iter().cloned()));
    let participants = people::participants(&mut ctx, &files);
    let persons = people::persons(&mut ctx, &files);
    let glossary = people::glossary(&mut ctx, &files);
    let dates = meetings::register(&mut ctx, &files);
    let order = meetings::order(&files, &dates);
    // Every id and code is registered: each meeting is built on its own, in parallel, with
    // its own diagnostics (they are sorted by place at the end).
    let shared = &ctx;
    let mut built: Vec<(Option<Meeting>, Vec<Diagnostic>)> = files
        .par_iter_mut()
        .enumerate()
        .map(|(fi, file)| {
            let mut worker = shared.fork();
            let m = meetings::build(&mut worker, file, fi, dates.get(&fi).copied());
            (m, worker.diags)
        })
        .collect();
    for (_, d) in &mut built {
        ctx.diags.append(d);
    }
    let mut meeting_list = Vec::with_capacity(order.len());
    let mut meeting_of_file = HashMap::new();
    for &fi in &order {
        if let Some(m) = built.get_mut(fi).and_then(|b| b.0.take()) {
            meeting_of_file.insert(fi, meeting_list.len());
            meeting_list.push(m);
        }
    }
    drop(built);
    meeting_list.shrink_to_fit();
    let meeting_index: HashMap<String, usize> = meeting_list
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.clone(), i))
        .collect();
    let events = events::events(&mut ctx, &mut files, &meeting_of_file, &meeting_index);
    for (ei, e) in events.iter().enumerate() {
        if let Some(m) = e.meeting.and_then(|m| meeting_list.get_mut(m)) {
            m.events.push(ei);
        }
    }
    let chairmanships = people::chairmanships(&mut ctx, &files);
    let assignments = people::assignments(&mut ctx, &files);
    drop(files);
    let participant_index = std::mem::take(&mut ctx.codes).into_owned();
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
