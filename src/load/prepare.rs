//! One file made ready for validation: parsed, linted on its own, its text let go.
//!
//! Everything a file needs its text for happens here, on a worker thread, right after the
//! file is read: parsing, the lints that read one file, and the facts the lints across files
//! need. Then a file read from disk keeps only a line index in place of its text (unless it
//! has diagnostics already, when a report will show it), so a large corpus is never in memory
//! twice, as text and as parsed tables.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use super::cross::Facts;
use super::diag::Diagnostic;
use super::lines::{self, FileText};
use super::lints;
use super::parse::{self, RawFile};
use super::progress::{Progress, Stage};
use super::source::{self, Source, Stamp};

/// A parsed file with its diagnostics so far.
#[derive(Debug)]
pub struct Prepared<'a> {
    pub text: FileText<'a>,
    pub file: RawFile,
    /// The parse diagnostics.
    pub diags: Vec<Diagnostic>,
    /// The warnings of the lints that read this file only.
    pub lints: Vec<Diagnostic>,
    /// What the lints across files need from it.
    pub facts: Facts,
}

impl<'a> Prepared<'a> {
    /// Lints an already parsed file whose text stays alive elsewhere.
    pub fn parsed(src: &'a Source, file: RawFile, diags: Vec<Diagnostic>) -> Self {
        let text = FileText::borrowed(src);
        let lints = lints::lint_file(&text, &file);
        Self {
            facts: Facts::of(&file),
            text,
            file,
            diags,
            lints,
        }
    }

    /// Parses and lints a source whose text stays alive elsewhere.
    pub fn borrowed(src: &'a Source) -> Self {
        let mut diags = Vec::new();
        let file = parse::parse(src, &mut diags);
        Self::parsed(src, file, diags)
    }
}

/// The time threads spent reading and parsing, summed over threads.
#[derive(Debug, Default)]
pub struct Clock {
    read: AtomicU64,
    parse: AtomicU64,
}

impl Clock {
    fn add(counter: &AtomicU64, since: Instant) {
        let nanos = u64::try_from(since.elapsed().as_nanos()).unwrap_or(u64::MAX);
        counter.fetch_add(nanos, Ordering::Relaxed);
    }

    /// Splits a wall time between reading and parsing, in proportion to the time spent on each.
    pub fn split(&self, wall: Duration) -> (Duration, Duration) {
        let read = self.read.load(Ordering::Relaxed) as f64;
        let parse = self.parse.load(Ordering::Relaxed) as f64;
        let share = if read + parse > 0.0 {
            read / (read + parse)
        } else {
            1.0
        };
        let read = wall.mul_f64(share);
        (read, wall.saturating_sub(read))
    }
}

/// A file read from disk and prepared, with its stamp when it was opened and the fingerprint
/// of its text (see [`lines::fingerprint`]).
pub type Read = (Prepared<'static>, Stamp, u64);

/// Reads, parses and lints one file on disk, then drops its text (see the module doc).
/// Counts it as read and as parsed in `progress`; `Err` when it cannot be read.
pub fn read(
    path: &Path,
    max_file_size: u64,
    progress: &Progress,
    clock: &Clock,
) -> Result<Read, Diagnostic> {
    let t = Instant::now();
    let read = source::read_stamped(path, max_file_size);
    Clock::add(&clock.read, t);
    progress.read_one();
    if progress.files_read() == progress.files_total() {
        progress.set_stage(Stage::Parsing);
    }
    let (src, stamp) = read.inspect_err(|_| progress.parsed_one())?;
    let t = Instant::now();
    let Prepared {
        text,
        file,
        diags,
        lints,
        facts,
    } = Prepared::borrowed(&src);
    drop(text);
    let keep = !diags.is_empty() || !lints.is_empty();
    let fp = lines::fingerprint(&src.text);
    let text = FileText::from_disk(src, path.to_owned(), fp, max_file_size, keep);
    Clock::add(&clock.parse, t);
    progress.parsed_one();
    let prepared = Prepared {
        text,
        file,
        diags,
        lints,
        facts,
    };
    Ok((prepared, stamp, fp))
}
