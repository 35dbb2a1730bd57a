//! The reload cache: each data file's parse, kept by the watcher between reloads.
//!
//! A reload after an edit re-reads and re-parses only the files whose path, size or
//! modification time changed (the same fingerprint as [`crate::watch`] uses to notice a
//! change), reuses every other file's parse, and then validates the whole data set again, as
//! references cross files. Parsing is a pure function of a file's text, so the result is
//! exactly that of a fresh [`super::load`]. Files that could not be read are not cached: they
//! are tried again on every reload.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;

use super::parse::{self, RawFile};
use super::prepare::Prepared;
use super::progress::{Progress, Stage};
use super::source::{self, Source, Stamp};
use super::{Diagnostic, Loaded, validate};

/// Every readable data file's text, parse and parse diagnostics, by path (sorted).
#[derive(Debug, Default)]
pub struct Cache {
    entries: Vec<Entry>,
    sources: Vec<Source>,
    files: Vec<RawFile>,
}

#[derive(Debug)]
struct Entry {
    path: PathBuf,
    stamp: Stamp,
    diags: Vec<Diagnostic>,
}

/// One file read and parsed anew.
type Fresh = Result<(Entry, Source, RawFile), Diagnostic>;

impl Cache {
    /// How many files the cache holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the cache holds no file.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Brings the cache up to date with `dir`: drops files that are gone, reads and parses
    /// new and changed ones. Returns the directory's and the unreadable files' diagnostics.
    pub fn refresh(
        &mut self,
        dir: &Path,
        max_file_size: u64,
        progress: &Progress,
    ) -> Result<Vec<Diagnostic>, String> {
        progress.set_stage(Stage::Listing);
        let (paths, mut diags) = source::list_dir(dir)?;
        progress.set_total(paths.len());
        progress.set_stage(Stage::Reading);
        let old = std::mem::take(self);
        let mut old_slots: Vec<Option<(Entry, Source, RawFile)>> = old
            .entries
            .into_iter()
            .zip(old.sources)
            .zip(old.files)
            .map(|((e, s), f)| Some((e, s, f)))
            .collect();
        let by_path: HashMap<PathBuf, usize> = old_slots
            .iter()
            .enumerate()
            .filter_map(|(i, e)| Some((e.as_ref()?.0.path.clone(), i)))
            .collect();
        // Reused parses first (cheap: a stat each), then the rest read and parsed in parallel.
        let mut kept: Vec<Option<(Entry, Source, RawFile)>> = paths
            .iter()
            .map(|p| {
                let i = *by_path.get(p)?;
                let stamp = stamp(p)?;
                let slot = old_slots.get_mut(i)?;
                if slot.as_ref()?.0.stamp != stamp {
                    return None;
                }
                progress.read_one();
                progress.parsed_one();
                slot.take()
            })
            .collect();
        drop(old_slots);
        let fresh: Vec<Option<Fresh>> = paths
            .par_iter()
            .zip(kept.par_iter())
            .map(|(p, k)| {
                k.is_none()
                    .then(|| read_and_parse(p, max_file_size, progress))
            })
            .collect();
        for ((k, f), p) in kept.iter_mut().zip(fresh).zip(&paths) {
            match (k.take(), f) {
                (Some(hit), _) => self.push(hit),
                (None, Some(Ok(new))) => self.push(new),
                (None, Some(Err(d))) => diags.push(d),
                // Every path is either kept or read: this arm is not reached.
                (None, None) => tracing::warn!(path = ?p, "reload cache skipped a file"),
            }
        }
        Ok(diags)
    }

    fn push(&mut self, (entry, source, file): (Entry, Source, RawFile)) {
        self.entries.push(entry);
        self.sources.push(source);
        self.files.push(file);
    }
}

/// A file's current stamp, following symbolic links as reading does.
fn stamp(path: &Path) -> Option<Stamp> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.len(), meta.modified().ok()))
}

fn read_and_parse(path: &Path, max_file_size: u64, progress: &Progress) -> Fresh {
    let read = source::read_stamped(path, max_file_size);
    progress.read_one();
    let (source, stamp) = read.inspect_err(|_| progress.parsed_one())?;
    let mut diags = Vec::new();
    let file = parse::parse(&source, &mut diags);
    progress.parsed_one();
    let entry = Entry {
        path: path.to_owned(),
        stamp,
        diags,
    };
    Ok((entry, source, file))
}

/// Loads `dir` as [`super::load`] does, re-reading and re-parsing only what changed since the
/// cache was last brought up to date (everything, the first time).
pub fn load_cached(
    dir: &Path,
    max_file_size: u64,
    cache: &mut Cache,
    progress: &Progress,
) -> Result<Loaded, String> {
    let t = Instant::now();
    let refreshed = cache.refresh(dir, max_file_size, progress);
    let diagnostics = match refreshed {
        Ok(d) => d,
        Err(e) => {
            progress.set_stage(Stage::Done);
            return Err(e);
        }
    };
    let read = t.elapsed();
    let unread_files = !diagnostics.is_empty();
    // Validation takes the parsed files apart: it gets copies, and the cache keeps its own.
    let prepared: Vec<Prepared> = (cache.entries.par_iter())
        .zip(cache.sources.par_iter())
        .zip(cache.files.par_iter())
        .map(|((e, s), f)| Prepared::parsed(s, f.clone(), e.diags.clone()))
        .collect();
    let (mut loaded, _) = validate::validate(prepared, diagnostics, unread_files, progress);
    loaded.timings.read = read;
    let files: HashSet<&str> = loaded.diagnostics.iter().map(|d| d.file.as_str()).collect();
    loaded.sources = (cache.sources.iter())
        .filter(|s| files.contains(s.path.as_str()))
        .cloned()
        .collect();
    progress.set_stage(Stage::Done);
    Ok(loaded)
}
