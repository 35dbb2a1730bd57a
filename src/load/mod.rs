//! Loading: data files → a validated, indexed [`Dataset`] plus every problem found.
//!
//! Loading never panics and never stops at the first problem: each file is parsed, each
//! table validated, and all diagnostics are returned together. A caller decides what an
//! error means (the dashboard refuses to show a half-valid data set; `check` lists them).

pub mod ctx;
pub mod diag;
mod events;
mod ids;
mod items;
mod lints;
mod meetings;
mod names;
pub(crate) mod nesting;
pub mod parse;
mod people;
mod script;
pub mod source;
pub mod suggest;

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

pub use diag::{Code, Diagnostic, Severity};
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

/// How long each stage took, for `--timings`.
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
    pub timings: Timings,
    /// The texts read, for source snippets in reports.
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
    let t = Instant::now();
    let (sources, diags) = match from {
        DataSource::Bundled => (source::bundled(), Vec::new()),
        DataSource::Dir(dir) => source::read_dir(dir, max_file_size)?,
    };
    let read = t.elapsed();
    let mut loaded = load_sources(&sources, diags);
    loaded.timings.read = read;
    loaded.sources = sources;
    Ok(loaded)
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

/// Validates already-read sources.
pub fn load_sources(sources: &[Source], mut diagnostics: Vec<Diagnostic>) -> Loaded {
    // A file that could not be read at all may define what other files refer to.
    let unread_files = !diagnostics.is_empty();
    let t = Instant::now();
    let files: Vec<parse::RawFile> = sources
        .iter()
        .map(|s| parse::parse(s, &mut diagnostics))
        .collect();
    let parse_time = t.elapsed();

    let t = Instant::now();
    let mut ctx = ctx::Ctx::new(sources);
    ctx.incomplete = unread_files || files.iter().any(|f| f.unreadable);
    ctx.broken
        .extend(files.iter().flat_map(|f| f.broken.iter().cloned()));
    let participants = people::participants(&mut ctx, &files);
    let persons = people::persons(&mut ctx, &files);
    let glossary = people::glossary(&mut ctx, &files);
    let dates = meetings::register(&mut ctx, &files);
    let order = meetings::order(&files, &dates);
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
    let events = events::events(&mut ctx, &files, &meeting_of_file, &meeting_index);
    for (ei, e) in events.iter().enumerate() {
        if let Some(m) = e.meeting.and_then(|m| meeting_list.get_mut(m)) {
            m.events.push(ei);
        }
    }
    let chairmanships = people::chairmanships(&mut ctx, &files);
    let assignments = people::assignments(&mut ctx, &files);
    let participant_index = std::mem::take(&mut ctx.codes);
    diagnostics.append(&mut ctx.diags);
    lints::lint(sources, &files, &mut diagnostics);
    let validate = t.elapsed();

    let t = Instant::now();
    let mut dataset = Dataset {
        participants,
        persons,
        glossary,
        chairmanships,
        assignments,
        meetings: meeting_list,
        events,
        participant_index,
        ..Dataset::default()
    };
    link_speakers(&mut dataset);
    dataset.build_indexes();
    diagnostics.sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
    // Messages quote keys, ids and paths from the data: make them as safe as the data itself.
    diagnostics.iter_mut().for_each(Diagnostic::sanitize);
    Loaded {
        dataset,
        diagnostics,
        files: sources.len(),
        timings: Timings {
            read: Duration::ZERO,
            parse: parse_time,
            validate,
            index: t.elapsed(),
        },
        sources: Vec::new(),
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
