//! The watcher reloads once per change, and not at all while nothing changes (reading the
//! files must not count as a change).

use std::time::{Duration, Instant};

use cica_dash::{load, watch};

fn results_within(w: &watch::Watch, wait: Duration) -> Vec<load::Loaded> {
    let start = Instant::now();
    let mut out = Vec::new();
    while start.elapsed() < wait {
        if let Ok(r) = w.results.recv_timeout(Duration::from_millis(50)) {
            let loaded = r.expect("the reload reads the data");
            assert!(
                loaded.dataset.links_built(),
                "a reload's links are built on the watcher's thread, not in a frame"
            );
            out.push(loaded);
        }
    }
    out
}

#[test]
fn reloads_on_change_and_stays_quiet_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("e.toml");
    std::fs::write(&file, "[[event]]\nid = \"a\"\ntitle = \"A\"\n").unwrap();
    // As the dashboard does it: the first load's cache goes to the watcher.
    let max = load::DEFAULT_MAX_FILE_SIZE;
    let source = load::DataSource::Dir(dir.path().to_path_buf());
    let (first, cache) =
        load::load_keeping_cache(&source, max, &load::Progress::default()).unwrap();
    assert_eq!(first.dataset.events[0].title, "A");
    let w = watch::watch(dir.path().to_path_buf(), max, cache.unwrap()).unwrap();
    assert_eq!(
        results_within(&w, Duration::from_millis(800)).len(),
        0,
        "no change, no reload"
    );
    std::fs::write(&file, "[[event]]\nid = \"a\"\ntitle = \"A, renamed\"\n").unwrap();
    let reloads = results_within(&w, Duration::from_millis(1500));
    assert_eq!(
        reloads.len(),
        1,
        "one save, one reload (the reload's own reads do not trigger another)"
    );
    assert_eq!(reloads[0].dataset.events[0].title, "A, renamed");
    std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        results_within(&w, Duration::from_millis(800)).len(),
        0,
        "reading a file is not a change"
    );
}
