//! Loading: data files → a validated, indexed [`Dataset`] plus every problem found.
//!
//! Loading never panics and never stops at the first problem: each file is parsed, each
//! table validated, and all diagnostics are returned together. A caller decides what an
//! error means (the dashboard refuses to show a half-valid data set; `check` lists them).

mod build;
mod cache;
mod controls;
mod cross;
pub mod ctx;
pub mod diag;
mod events;
mod exact;
mod ids;
mod items;
mod lines;
mod lints;
mod meetings;
mod names;
pub(crate) mod nesting;
pub mod parse;
mod people;
mod prepare;
mod progress;
mod recover;
mod register;
mod script;
pub mod source;
mod spelt;
pub mod suggest;
mod unit;
mod unknown;
mod validate;

use std::collections::HashSet;
use std::path::Path;
use std::time::{Duration, Instant};

use rayon::prelude::*;

pub use cache::{Cache, load_cached};
pub use diag::{Code, Diagnostic, Severity};
pub use progress::{Progress, Stage};
pub use source::{DEFAULT_MAX_FILE_SIZE, Source};

use crate::dataset::Dataset;

/// Where the data comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataSource {
    /// The data set embedded in the binary.
    Bundled,
    /// A directory on disk.
    Dir(std::path::PathBuf),
}

/// How long each stage took, for `--timings`. Files are read, and then parsed, on all cores:
/// `read` and `parse` are wall times of those stages, not sums over threads. (A directory's
/// files are read and parsed in one pass: the pass's wall time is split between the two in
/// the proportion of the time its threads spent on each.)
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    pub read: Duration,
    pub parse: Duration,
    pub validate: Duration,
    pub index: Duration,
}

/// The result of a load: the data set (complete only when there are no errors), every
/// diagnostic, and the stage timings.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub dataset: Dataset,
    pub diagnostics: Vec<Diagnostic>,
    pub files: usize,
    /// The number of statements loaded; it stays when the data set is moved out (the
    /// dashboard takes it rather than copying it).
    pub statements: usize,
    pub timings: Timings,
    /// The texts of the files that have diagnostics, for source snippets in reports (sorted
    /// by path). Files without diagnostics are not kept: a report never shows them.
    pub sources: Vec<Source>,
}

impl Loaded {
    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Loads from a source. `Err` is for a data directory that cannot be read at all.
pub fn load(from: &DataSource, max_file_size: u64) -> Result<Loaded, String> {
    load_with_progress(from, max_file_size, &Progress::default())
}

/// [`load`], reporting how far it has got in `progress` (see [`Progress`]). Everything it
/// takes and returns is `Send`, so it may run on a worker thread while another polls
/// `progress`; the stage is [`Stage::Done`] when it returns, also on `Err`.
pub fn load_with_progress(
    from: &DataSource,
    max_file_size: u64,
    progress: &Progress,
) -> Result<Loaded, String> {
    let loaded = match from {
        DataSource::Bundled => Ok(load_bundled(progress)),
        DataSource::Dir(dir) => load_dir_with(dir, max_file_size, progress),
    };
    progress.set_stage(Stage::Done);
    loaded
}

/// [`load_with_progress`], keeping for a directory the [`Cache`] its load went through, for
/// a watcher's reloads (it shares the meetings with the data set, so it costs little).
pub fn load_keeping_cache(
    from: &DataSource,
    max_file_size: u64,
    progress: &Progress,
) -> Result<(Loaded, Option<Cache>), String> {
    match from {
        DataSource::Bundled => load_with_progress(from, max_file_size, progress).map(|l| (l, None)),
        DataSource::Dir(dir) => {
            let mut cache = Cache::default();
            let loaded = load_cached(dir, max_file_size, &mut cache, progress)?;
            Ok((loaded, Some(cache)))
        }
    }
}

/// The bundled files: few and small, their texts stay in memory.
fn load_bundled(progress: &Progress) -> Loaded {
    progress.set_stage(Stage::Listing);
    let t = Instant::now();
    let sources = source::bundled();
    progress.set_total(sources.len());
    sources.iter().for_each(|_| progress.read_one());
    let read = t.elapsed();
    let mut loaded = load_sources_with(&sources, Vec::new(), progress);
    loaded.timings.read = read;
    let files: HashSet<&str> = loaded.diagnostics.iter().map(|d| d.file.as_str()).collect();
    loaded.sources = (sources.into_iter())
        .filter(|s| files.contains(s.path.as_str()))
        .collect();
    loaded
}

/// Lists a directory, then reads, parses and lints each file in one pass on all cores, each
/// file's text dropped once it is parsed (see [`prepare`]), and builds the data set: a load
/// through an empty [`Cache`], dropped after.
fn load_dir_with(dir: &Path, max_file_size: u64, progress: &Progress) -> Result<Loaded, String> {
    load_cached(dir, max_file_size, &mut Cache::default(), progress)
}

/// Loads a directory (a shorthand for tests and benches).
pub fn load_dir(dir: &Path) -> Result<Loaded, String> {
    load(&DataSource::Dir(dir.to_owned()), DEFAULT_MAX_FILE_SIZE)
}

/// Loads a single TOML text as if it were a file of that name (for tests and fuzzing).
pub fn load_str(name: &str, text: &str) -> Loaded {
    let src = Source {
        path: name.to_owned(),
        text: text.trim_start_matches('\u{feff}').to_owned(),
    };
    load_sources(&[src], Vec::new())
}

/// Validates already-read sources (parsed on all cores).
pub fn load_sources(sources: &[Source], diagnostics: Vec<Diagnostic>) -> Loaded {
    load_sources_with(sources, diagnostics, &Progress::default())
}

fn load_sources_with(
    sources: &[Source],
    diagnostics: Vec<Diagnostic>,
    progress: &Progress,
) -> Loaded {
    // A file that could not be read at all may define what other files refer to.
    let unread_files = !diagnostics.is_empty();
    progress.set_stage(Stage::Parsing);
    let t = Instant::now();
    let prepared: Vec<prepare::Prepared> = sources
        .par_iter()
        .map(|s| {
            let p = prepare::Prepared::borrowed(s);
            progress.parsed_one();
            p
        })
        .collect();
    let parse = t.elapsed();
    let (mut texts, mut units, mut bodies) = (Vec::new(), Vec::new(), Vec::new());
    for p in prepared {
        let (text, unit, body) = unit::Unit::split(p);
        texts.push(text);
        units.push(unit);
        bodies.push(Some(body));
    }
    let checked = validate::validate(
        &mut units,
        bodies,
        &texts,
        diagnostics,
        unread_files,
        None,
        progress,
    );
    // Every unit is built here: nothing was built under another context.
    let mut loaded = checked.map(|c| c.0).unwrap_or_default();
    loaded.timings.parse = parse;
    loaded
}
