//! Where the heap goes when the dashboard loads and reloads a corpus: the live heap of the data
//! set and of the watcher's reload cache, the peak of a load and of a reload after one file
//! changed, and the search index. Peak RSS (the target, see BENCHMARKS.md) adds to this the
//! program, the allocator's free lists and the threads; this says which part is whose.
//!
//! ```sh
//! cargo run --release --example heap -- /tmp/corpus-2000
//! ```
//!
//! The directory is copied to a temporary one first: the reload edits a file of the copy.

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use cica_dash::load::{self, DataSource, Progress};

/// The system allocator, counting the bytes it holds and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let now = LIVE.fetch_add(n, Relaxed) + n;
    PEAK.fetch_max(now, Relaxed);
}

// SAFETY: every call goes to `System` with the caller's arguments unchanged; the counters are
// only added to and read.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        // SAFETY: as the caller promised for `alloc`.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: as the caller promised for `dealloc`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new: usize) -> *mut u8 {
        match new.checked_sub(layout.size()) {
            Some(more) => grew(more),
            None => _ = LIVE.fetch_sub(layout.size() - new, Relaxed),
        }
        // SAFETY: as the caller promised for `realloc`.
        unsafe { System.realloc(ptr, layout, new) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn mb(n: usize) -> String {
    format!("{:.1} MB", n as f64 / 1e6)
}

/// Starts a peak from now; returns the bytes live now.
fn mark() -> usize {
    let now = LIVE.load(Relaxed);
    PEAK.store(now, Relaxed);
    now
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let target = to.join(e.file_name());
        if e.file_type()?.is_dir() {
            copy_dir(&e.path(), &target)?;
        } else {
            std::fs::copy(e.path(), target)?;
        }
    }
    Ok(())
}

fn main() -> Result<(), String> {
    let Some(dir) = std::env::args().nth(1) else {
        return Err("usage: heap DIR".into());
    };
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    copy_dir(Path::new(&dir), tmp.path()).map_err(|e| format!("copying {dir}: {e}"))?;
    let (max, source) = (
        load::DEFAULT_MAX_FILE_SIZE,
        DataSource::Dir(tmp.path().into()),
    );

    let base = mark();
    let (loaded, cache) = load::load_keeping_cache(&source, max, &Progress::default())?;
    let mut cache = cache.ok_or("a directory's load keeps its cache")?;
    println!("load: peak {}", mb(PEAK.load(Relaxed) - base));
    println!("data set and cache: {}", mb(LIVE.load(Relaxed) - base));
    let data = loaded.dataset;
    let before = LIVE.load(Relaxed);
    data.tally();
    data.links();
    data.timeline();
    println!(
        "links, tally, timeline: {}",
        mb(LIVE.load(Relaxed) - before)
    );

    // A reload after one meeting file changed, while the data set on screen is still alive.
    let meetings = tmp.path().join("meetings");
    let file = std::fs::read_dir(&meetings)
        .and_then(|mut d| d.next().ok_or(std::io::ErrorKind::NotFound.into()))
        .and_then(|e| e)
        .map_err(|e| format!("no meeting file in {}: {e}", meetings.display()))?
        .path();
    let text = std::fs::read_to_string(&file).map_err(|e| e.to_string())?;
    std::fs::write(&file, format!("{text}\n# edited\n")).map_err(|e| e.to_string())?;
    let before = mark();
    let reloaded = load::load_cached(tmp.path(), max, &mut cache, &Progress::default())?;
    let (peak, live) = (PEAK.load(Relaxed) - before, LIVE.load(Relaxed) - before);
    println!(
        "reload: peak +{}, then +{} beside the old data set",
        mb(peak),
        mb(live)
    );
    drop((reloaded, data, cache));

    // The cache alone: what dropping it frees while the data set it shares stays.
    let (loaded, cache) = load::load_keeping_cache(&source, max, &Progress::default())?;
    let data = loaded.dataset;
    let before = LIVE.load(Relaxed);
    drop(cache);
    println!("the reload cache: {}", mb(before - LIVE.load(Relaxed)));
    let before = LIVE.load(Relaxed);
    let index = cica_dash::search::SearchIndex::build(&data);
    println!("search index: {}", mb(LIVE.load(Relaxed) - before));
    drop(index);
    Ok(())
}
