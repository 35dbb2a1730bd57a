//! Watching the data directory and reloading off the UI thread.
//!
//! notify reports file system events; notify-debouncer-mini folds a burst of them (an editor
//! writing a temporary file and renaming it over the original) into one. The reload then runs
//! on the debouncer's thread, and the finished [`Loaded`] reaches the event loop through a
//! channel, so the screen never waits for the disk. Watching the directory rather than the
//! files is what makes rename-on-save work: the new file is a new inode.
//!
//! The watcher owns a [`Cache`] of every file's parse, filled in the background as soon as
//! watching starts: a reload then re-reads and re-parses only the files that changed, and
//! revalidates the whole data set (references cross files).

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

use crate::load::{self, Cache, Loaded, Progress};

/// How long the file system must be quiet before a reload.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// A running watch: reload results arrive on `results`. Dropping it stops watching.
pub struct Watch {
    _debouncer: Debouncer<RecommendedWatcher>,
    pub results: Receiver<Result<Loaded, String>>,
}

/// Whether a changed path can change the data: a `*.toml` file or a directory, outside
/// dot-entries (editor swap files, `.git`).
fn relevant(root: &Path, path: &Path) -> bool {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let hidden = rel
        .components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
    !hidden && (path.extension().is_some_and(|e| e == "toml") || path.is_dir() || !path.exists())
}

/// Every data file under `root` with its size and modification time, sorted.
fn fingerprint(root: &Path) -> Vec<(PathBuf, u64, Option<SystemTime>)> {
    let mut out = Vec::new();
    let mut stack = vec![(root.to_path_buf(), 0)];
    while let Some((dir, depth)) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            let Ok(meta) = e.metadata() else { continue };
            if !relevant(root, &path) {
                continue;
            }
            if meta.is_dir() && depth < 32 {
                stack.push((path, depth + 1));
            } else if meta.is_file() {
                out.push((path, meta.len(), meta.modified().ok()));
            }
        }
    }
    out.sort();
    out
}

/// Starts watching `dir`; every change to the data files triggers a reload, which re-parses
/// only the files that changed.
pub fn watch(dir: PathBuf, max_file_size: u64) -> notify::Result<Watch> {
    let (tx, results) = channel();
    let root = std::fs::canonicalize(&dir).unwrap_or_else(|_| dir.clone());
    let mut last = fingerprint(&root);
    let cache = Arc::new(Mutex::new(Cache::default()));
    // Fill the cache off the UI thread, so that even the first reload is incremental. A
    // reload that comes first waits for it (the lock) and then re-reads only what changed.
    let primer = {
        let (cache, dir) = (Arc::clone(&cache), dir.clone());
        move || {
            let mut cache = cache.lock().unwrap_or_else(PoisonError::into_inner);
            if cache.is_empty() {
                let _ = cache.refresh(&dir, max_file_size, &Progress::default());
            }
        }
    };
    let load_dir = dir.clone();
    let mut debouncer = new_debouncer(DEBOUNCE, move |res: DebounceEventResult| {
        let touched = match res {
            Ok(events) => events.iter().any(|e| relevant(&root, &e.path)),
            Err(_) => true,
        };
        // Reading the files (our own reload, an editor opening them) raises events too; only
        // a change of names, sizes or modification times is worth a reload.
        let now = fingerprint(&root);
        if touched && now != last {
            last = now;
            // A panic elsewhere while the lock was held leaves a cache that is still valid:
            // each entry is replaced whole.
            let mut cache = cache.lock().unwrap_or_else(PoisonError::into_inner);
            let loaded =
                load::load_cached(&load_dir, max_file_size, &mut cache, &Progress::default());
            // The reloaded data's links, statistics and timeline are built here, not in a frame.
            if let Ok(l) = &loaded {
                l.dataset.tally();
                l.dataset.links();
                l.dataset.timeline();
            }
            let _ = tx.send(loaded);
        }
    })?;
    debouncer.watcher().watch(&dir, RecursiveMode::Recursive)?;
    std::thread::Builder::new()
        .name("cica-dash reload cache".into())
        .spawn(primer)
        .map_err(|e| notify::Error::generic(&e.to_string()))?;
    Ok(Watch {
        _debouncer: debouncer,
        results,
    })
}
