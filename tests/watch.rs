//! The watcher reloads once per change, and not at all while nothing changes (reading the
//! files must not count as a change).

use std::time::{Duration, Instant};

use cica_dash::watch;

fn results_within(w: &watch::Watch, wait: Duration) -> usize {
    let start = Instant::now();
    let mut n = 0;
    while start.elapsed() < wait {
        if let Ok(r) = w.results.recv_timeout(Duration::from_millis(50)) {
            let loaded = r.expect("the reload reads the data");
            assert!(
                loaded.dataset.links_built(),
                "a reload's links are built on the watcher's thread, not in a frame"
            );
            n += 1;
        }
    }
    n
}

#[test]
fn reloads_on_change_and_stays_quiet_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("e.toml");
    std::fs::write(&file, "[[event]]\nid = \"a\"\ntitle = \"A\"\n").unwrap();
    let w = watch::watch(
        dir.path().to_path_buf(),
        cica_dash::load::DEFAULT_MAX_FILE_SIZE,
    )
    .unwrap();
    assert_eq!(
        results_within(&w, Duration::from_millis(800)),
        0,
        "no change, no reload"
    );
    std::fs::write(&file, "[[event]]\nid = \"a\"\ntitle = \"A, renamed\"\n").unwrap();
    let n = results_within(&w, Duration::from_millis(1500));
    assert_eq!(
        n, 1,
        "one save, one reload (the reload's own reads do not trigger another)"
    );
    std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        results_within(&w, Duration::from_millis(800)),
        0,
        "reading a file is not a change"
    );
}
