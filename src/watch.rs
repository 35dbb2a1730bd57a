//! Watching the data directory and reloading off the UI thread.
//!
//! notify reports file system events; notify-debouncer-mini folds a burst of them (an editor
//! writing a temporary file and renaming it over the original) into one. The reload then runs
//! on a worker of rayon's pool while the debouncer's thread waits for it, and the finished
//! [`Loaded`] reaches the event loop through a channel, so the screen never waits for the
//! disk. Watching the directory rather than the
//! files is what makes rename-on-save work: the new file is a new inode.
//!
//! The watcher owns the [`Cache`] of what each file contributed, as the first load left it
//! (that load went through it: the cache shares its meetings with the data set on screen): a
//! reload then re-reads, re-parses and rebuilds only the files that changed, and reruns the
//! checks across files (references cross files).

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
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

/// Starts watching `dir`; every change to the data files triggers a reload through `cache`
/// (the one the first load filled; an empty one makes the first reload a full load), which
/// rebuilds only the files that changed.
pub fn watch(dir: PathBuf, max_file_size: u64, mut cache: Cache) -> notify::Result<Watch> {
    let (tx, results) = channel();
    let root = std::fs::canonicalize(&dir).unwrap_or_else(|_| dir.clone());
    let mut last = fingerprint(&root);
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
            // On rayon's pool, whose threads did the first load's work: the reload's passing
            // memory (the id registry, the new data set's indexes) reuses what those threads
            // freed. On a thread of its own it grew malloc arenas of its own, and kept them:
            // 4–6 MB more resident memory at each of the first reloads.
            let mut work = std::mem::take(&mut cache);
            let (back, from) = channel();
            let dir = load_dir.clone();
            rayon::spawn(move || {
                let loaded =
                    load::load_cached(&dir, max_file_size, &mut work, &Progress::default());
                if let Ok(l) = &loaded {
                    l.dataset.tally();
                    l.dataset.links();
                    l.dataset.timeline();
                }
                let _ = back.send((loaded, work));
            });
            // A reload that panicked sends nothing: the cache starts again empty.
            if let Ok((loaded, work)) = from.recv() {
                cache = work;
                let _ = tx.send(loaded);
            }
        }
    })?;
    debouncer.watcher().watch(&dir, RecursiveMode::Recursive)?;
    Ok(Watch {
        _debouncer: debouncer,
        results,
    })
}
