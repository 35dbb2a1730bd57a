//! Loading a directory through a cache of what each file contributed, so that a reload redoes
//! the work of the files that changed only.
//!
//! Every load of a directory goes through here; a plain load starts from an empty [`Cache`]
//! and drops it, the watcher keeps it between reloads. For each file the cache holds its
//! [`Unit`]: the meeting and events built from it (the very `Arc`s the data set holds, so
//! the cache costs little memory), its ids, its few top-level tables, its diagnostics and its
//! facts for the lints across files; never its text, nor its parse.
//!
//! A reload re-reads, re-parses and rebuilds only the files whose path, size or modification
//! time changed (the same fingerprint as [`crate::watch`] uses to notice a change), then runs
//! the passes across files again. If those find a different [`Context`] than the cached
//! files were built under (the participants or persons changed, say), every file is read and
//! built again: a cached reload always gives exactly what a fresh load gives. Files that
//! could not be read are not cached: they are tried again on every reload.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;

use super::build::Context;
use super::lines::{self, FileText};
use super::prepare::{self, Clock};
use super::progress::{Progress, Stage};
use super::source::{self, Stamp};
use super::unit::Unit;
use super::{Diagnostic, Loaded, validate};

/// What every readable data file of a directory contributed, by path (sorted), and the
/// context they were built under.
#[derive(Debug, Default)]
pub struct Cache {
    entries: Vec<Entry>,
    context: Option<Context>,
}

#[derive(Debug)]
struct Entry {
    path: PathBuf,
    stamp: Stamp,
    /// The fingerprint of the text parsed, to read it again for a position.
    fingerprint: u64,
    unit: Unit,
}

impl Cache {
    /// How many files the cache holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the cache holds no file.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Loads `dir` as [`super::load`] does, re-reading, re-parsing and rebuilding only what
/// changed since the cache was last brought up to date (everything, the first time).
pub fn load_cached(
    dir: &Path,
    max_file_size: u64,
    cache: &mut Cache,
    progress: &Progress,
) -> Result<Loaded, String> {
    let mut loaded = attempt(dir, max_file_size, cache, progress);
    if let Ok(None) = loaded {
        // The context changed: build every file again, from an empty cache.
        *cache = Cache::default();
        loaded = attempt(dir, max_file_size, cache, progress);
    }
    progress.set_stage(Stage::Done);
    // From an empty cache an attempt always gives a load.
    loaded?.ok_or_else(|| format!("{} changed while it was read", dir.display()))
}

/// One pass; `None` when cached files were built under another context (see the module doc).
/// The cache is left empty on `Err` and on `None`.
fn attempt(
    dir: &Path,
    max_file_size: u64,
    cache: &mut Cache,
    progress: &Progress,
) -> Result<Option<Loaded>, String> {
    let t = Instant::now();
    let prior = cache.context.take();
    let old = std::mem::take(&mut cache.entries);
    progress.set_stage(Stage::Listing);
    let (paths, mut diags) = source::list_dir(dir)?;
    progress.set_total(paths.len());
    progress.set_stage(Stage::Reading);
    // Unchanged files first (a stat each), then the rest read and parsed on all cores.
    let mut old = old.into_iter().peekable();
    let kept: Vec<Option<Entry>> = (paths.iter())
        .map(|p| {
            while old.next_if(|e| e.path < *p).is_some() {}
            let e = old.next_if(|e| e.path == *p)?;
            (Some(e.stamp) == stamp(p)).then(|| {
                progress.read_one();
                progress.parsed_one();
                e
            })
        })
        .collect();
    drop(old);
    let clock = Clock::default();
    let fresh: Vec<Option<Result<prepare::Read, Diagnostic>>> = (paths.par_iter())
        .zip(kept.par_iter())
        .map(|(p, k)| {
            k.is_none()
                .then(|| prepare::read(p, max_file_size, progress, &clock))
        })
        .collect();
    let (read, parse) = clock.split(t.elapsed());

    let n = paths.len();
    let (mut units, mut bodies, mut texts, mut meta) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    for ((path, k), f) in paths.into_iter().zip(kept).zip(fresh) {
        match (k, f) {
            (Some(e), _) => {
                let shown = path.display().to_string();
                texts.push(FileText::reread_from(
                    shown,
                    path.clone(),
                    e.fingerprint,
                    max_file_size,
                ));
                bodies.push(None);
                units.push(e.unit);
                meta.push((path, e.stamp, e.fingerprint));
            }
            (None, Some(Ok((prepared, stamp, fp)))) => {
                let (text, unit, body) = Unit::split(prepared);
                texts.push(text);
                bodies.push(Some(body));
                units.push(unit);
                meta.push((path, stamp, fp));
            }
            (None, Some(Err(d))) => diags.push(d),
            // Every path is either kept or read: this arm is not reached.
            (None, None) => tracing::warn!(?path, "a load skipped a file"),
        }
    }
    // A file that could not be read at all may define what other files refer to.
    let unread_files = !diags.is_empty();
    let checked = validate::validate(
        &mut units,
        bodies,
        &texts,
        diags,
        unread_files,
        prior.as_ref(),
        progress,
    );
    let Some((mut loaded, context)) = checked else {
        return Ok(None);
    };
    loaded.timings.read = read;
    loaded.timings.parse = parse;
    let files: HashSet<&str> = loaded.diagnostics.iter().map(|d| d.file.as_str()).collect();
    // Only the texts of files with diagnostics are kept, for a report's snippets.
    let sources = (texts.into_iter())
        .filter(|s| files.contains(s.path.as_str()))
        .filter_map(lines::FileText::into_source)
        .collect();
    loaded.sources = sources;
    cache.entries = (meta.into_iter().zip(units))
        .map(|((path, stamp, fingerprint), unit)| Entry {
            path,
            stamp,
            fingerprint,
            unit,
        })
        .collect();
    cache.context = Some(context);
    Ok(Some(loaded))
}

/// A file's current stamp, following symbolic links as reading does.
fn stamp(path: &Path) -> Option<Stamp> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.len(), meta.modified().ok()))
}
