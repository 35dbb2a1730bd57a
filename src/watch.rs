//! Watching the data directory and reloading off the UI thread.
//!
//! notify reports file system events; notify-debouncer-mini folds a burst of them (an editor
//! writing a temporary file and renaming it over the original) into one. The reload then runs
//! on the debouncer's thread, and the finished [`Loaded`] reaches the event loop through a
//! channel, so the screen never waits for the disk. Watching the directory rather than the
//! files is what makes rename-on-save work: the new file is a new inode.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

use crate::load::{self, DataSource, Loaded};

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

/// Starts watching `dir`; every relevant change triggers a full reload.
pub fn watch(dir: PathBuf, max_file_size: u64) -> notify::Result<Watch> {
    let (tx, results) = channel();
    let root = std::fs::canonicalize(&dir).unwrap_or_else(|_| dir.clone());
    let source = DataSource::Dir(dir.clone());
    let mut debouncer = new_debouncer(DEBOUNCE, move |res: DebounceEventResult| {
        let changed = match res {
            Ok(events) => events.iter().any(|e| relevant(&root, &e.path)),
            Err(_) => true,
        };
        if changed {
            let _ = tx.send(load::load(&source, max_file_size));
        }
    })?;
    debouncer.watcher().watch(&dir, RecursiveMode::Recursive)?;
    Ok(Watch {
        _debouncer: debouncer,
        results,
    })
}
