//! How far a load has got, readable from another thread while it runs.
//!
//! A caller that loads on a worker thread (to draw a progress line meanwhile) shares one
//! [`Progress`] with [`super::load_with_progress`] and polls it: the counters are atomics, so
//! reading them never blocks the load and the load never waits for the reader.
//!
//! ```
//! use std::sync::Arc;
//! use cica_dash::load::{self, DataSource, Progress, Stage};
//!
//! let progress = Arc::new(Progress::default());
//! let worker = {
//!     let progress = Arc::clone(&progress);
//!     std::thread::spawn(move || {
//!         load::load_with_progress(&DataSource::Bundled, load::DEFAULT_MAX_FILE_SIZE, &progress)
//!     })
//! };
//! // Meanwhile: progress.stage(), progress.files_read(), progress.files_parsed(), …
//! let loaded = worker.join().unwrap().unwrap();
//! assert_eq!(progress.stage(), Stage::Done);
//! assert_eq!(progress.files_parsed(), loaded.files);
//! ```

use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};

/// What a load is doing now. Stages only move forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// Walking the directory for data files (`files_total` is not known yet).
    Listing,
    /// Reading the files (`files_read` of `files_total`).
    Reading,
    /// Parsing the files (`files_parsed` of `files_total`).
    Parsing,
    /// Checking ids and references across files, and running the lints.
    Validating,
    /// Building the data set's indexes and sorting the diagnostics.
    Indexing,
    /// Finished: the load has returned (or is about to).
    Done,
}

impl Stage {
    const ALL: [Stage; 6] = [
        Stage::Listing,
        Stage::Reading,
        Stage::Parsing,
        Stage::Validating,
        Stage::Indexing,
        Stage::Done,
    ];
}

/// Counters a load updates as it goes. All loads share the same meaning: `files_total` is
/// set once the files are listed, then `files_read` and `files_parsed` count up to it (files
/// that could not be read count as read and as parsed).
#[derive(Debug, Default)]
pub struct Progress {
    files_total: AtomicUsize,
    files_read: AtomicUsize,
    files_parsed: AtomicUsize,
    stage: AtomicU8,
}

impl Progress {
    /// The number of data files found (0 while listing).
    pub fn files_total(&self) -> usize {
        self.files_total.load(Ordering::Relaxed)
    }

    /// Files read so far.
    pub fn files_read(&self) -> usize {
        self.files_read.load(Ordering::Relaxed)
    }

    /// Files parsed so far.
    pub fn files_parsed(&self) -> usize {
        self.files_parsed.load(Ordering::Relaxed)
    }

    /// The current stage.
    pub fn stage(&self) -> Stage {
        let i = usize::from(self.stage.load(Ordering::Acquire));
        Stage::ALL.get(i).copied().unwrap_or(Stage::Done)
    }

    pub(crate) fn set_stage(&self, stage: Stage) {
        self.stage.store(stage as u8, Ordering::Release);
    }

    /// Starts counting `n` files: none read or parsed yet (a reload may reuse a `Progress`).
    pub(crate) fn set_total(&self, n: usize) {
        self.files_total.store(n, Ordering::Relaxed);
        self.files_read.store(0, Ordering::Relaxed);
        self.files_parsed.store(0, Ordering::Relaxed);
    }

    pub(crate) fn read_one(&self) {
        self.files_read.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn parsed_one(&self) {
        self.files_parsed.fetch_add(1, Ordering::Relaxed);
    }
}
