//! A progress line while a large data set loads: the dashboard opens on a line that says what
//! is being read, not on a blank screen. The load runs on a worker thread; this thread draws
//! one line on standard error (only when it is a terminal, and only after 100 ms, so small
//! data sets show nothing) and clears it when the load is done. Once loaded, the data set's
//! links are built on another thread while the first frame is drawn ([`warm`]).

use std::io::{IsTerminal, Write};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::load::{self, Cache, DataSource, Loaded, Progress, Stage};
use crate::text::count;

/// How long a load may take before the line appears.
const QUIET: Duration = Duration::from_millis(100);
/// How often the line is redrawn.
const EVERY: Duration = Duration::from_millis(50);

/// Loads `source`, drawing a progress line on a terminal while it takes long.
pub fn load(source: &DataSource, max_file_size: u64) -> Result<Loaded, String> {
    load_keeping(source, max_file_size, false).map(|(l, _)| l)
}

/// [`load`]; with `keep`, also the cache a directory's load went through, for the watcher.
pub fn load_keeping(
    source: &DataSource,
    max_file_size: u64,
    keep: bool,
) -> Result<(Loaded, Option<Cache>), String> {
    let progress = Arc::new(Progress::default());
    let (tx, rx) = std::sync::mpsc::channel();
    let worker = {
        let (source, progress) = (source.clone(), Arc::clone(&progress));
        std::thread::Builder::new()
            .name("load".into())
            .spawn(move || {
                let loaded = if keep {
                    load::load_keeping_cache(&source, max_file_size, &progress)
                } else {
                    load::load_with_progress(&source, max_file_size, &progress).map(|l| (l, None))
                };
                let _ = tx.send(loaded);
            })
    };
    // Without a thread, load here: correct, only without the line.
    if worker.is_err() {
        return load::load(source, max_file_size).map(|l| (l, None));
    }
    let started = Instant::now();
    let tty = std::io::stderr().is_terminal();
    let mut drawn = false;
    let result = loop {
        match rx.recv_timeout(EVERY) {
            Ok(result) => break result,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                break Err("the loading thread stopped unexpectedly".to_owned());
            }
        }
        if tty && started.elapsed() >= QUIET {
            // `\r` and erase-line redraw the line in place; only on a terminal.
            eprint!("\r\x1b[2K{}", line(source, &progress));
            let _ = std::io::stderr().flush();
            drawn = true;
        }
    };
    if drawn {
        eprint!("\r\x1b[2K");
        let _ = std::io::stderr().flush();
    }
    result
}

/// The line: what is being done, to what, and how far.
pub fn line(source: &DataSource, p: &Progress) -> String {
    let what = match source {
        DataSource::Bundled => "the bundled data".to_owned(),
        DataSource::Dir(dir) => {
            crate::text::sanitize(&dir.display().to_string(), crate::text::Lines::Single)
                .into_owned()
        }
    };
    let (total, read, parsed) = (p.files_total(), p.files_read(), p.files_parsed());
    let doing = match p.stage() {
        Stage::Listing => "listing the files".to_owned(),
        Stage::Reading => format!("reading {read} of {}", count(total, "file", "files")),
        Stage::Parsing => format!("parsing {parsed} of {}", count(total, "file", "files")),
        Stage::Validating => format!("checking {}", count(total, "file", "files")),
        Stage::Indexing | Stage::Done => "indexing".to_owned(),
    };
    format!("cica-dash: loading {what}: {doing}…")
}

/// Builds the data set's links (who spoke where, related meetings: a pass over the whole
/// data set, 20 ms on the 2,000-meeting corpus), the statistics' tally (5–10 ms) and the
/// timeline (every meeting and event in order: 4–16 ms there) on a thread while the first
/// frame is drawn, so that no later frame — a detail popup, a profile, a search preview, the
/// statistics, the timeline — pays for them.
pub(super) fn warm(data: std::sync::Arc<crate::dataset::Dataset>) {
    let spawned = std::thread::Builder::new()
        .name("links".into())
        .spawn(move || {
            data.tally();
            data.links();
            data.timeline();
        });
    if let Err(e) = spawned {
        // The links are then built by the first frame that needs them.
        tracing::warn!(error = %e, "could not start the links thread");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_says_what_is_read_and_how_far() {
        let p = Progress::default();
        let dir = DataSource::Dir("/data/cica".into());
        assert_eq!(
            line(&dir, &p),
            "cica-dash: loading /data/cica: listing the files…"
        );
        let bundled = line(&DataSource::Bundled, &p);
        assert!(bundled.contains("the bundled data"), "{bundled}");
        let weird = DataSource::Dir("/tmp/a\u{1b}[2Jb".into());
        assert!(
            !line(&weird, &p).contains('\u{1b}'),
            "no escape codes from a path"
        );
    }

    #[test]
    fn a_load_through_the_worker_gives_the_same_data() {
        let direct = load::load(&DataSource::Bundled, load::DEFAULT_MAX_FILE_SIZE).unwrap();
        let threaded = load(&DataSource::Bundled, load::DEFAULT_MAX_FILE_SIZE).unwrap();
        assert_eq!(threaded.dataset, direct.dataset);
        assert_eq!(threaded.diagnostics, direct.diagnostics);
    }

    #[test]
    fn the_links_are_built_off_the_caller_thread() {
        let data = load::load(&DataSource::Bundled, load::DEFAULT_MAX_FILE_SIZE).unwrap();
        let data = Arc::new(data.dataset);
        assert!(!data.links_built(), "a fresh load has not built them");
        assert!(!data.tally_built(), "nor the statistics' tally");
        warm(Arc::clone(&data));
        // Wait for the condition; the deadline only keeps a broken build from hanging.
        let deadline = Instant::now() + Duration::from_secs(30);
        while !data.links_built() && Instant::now() < deadline {
            std::thread::yield_now();
        }
        assert!(data.links_built(), "the links thread built them");
        assert!(data.tally_built(), "and the tally before them");
    }
}
