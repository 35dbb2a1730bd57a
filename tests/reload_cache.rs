//! A reload through the watcher's cache re-parses only what changed, and its result is exactly
//! that of a fresh load: after an edit, an added file, a removed one, a broken one.

use std::path::Path;

use cica_dash::load::{self, Cache, Loaded, Progress, Stage};

const MAX: u64 = load::DEFAULT_MAX_FILE_SIZE;

/// The bundled data, written to a temporary directory.
fn bundled_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for s in load::source::bundled() {
        let rel = s.path.strip_prefix("data/").unwrap();
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &s.text).unwrap();
    }
    dir
}

fn assert_same(cached: &Loaded, fresh: &Loaded) {
    assert_eq!(cached.dataset, fresh.dataset);
    assert_eq!(cached.diagnostics, fresh.diagnostics);
    assert_eq!(cached.files, fresh.files);
    assert_eq!(cached.statements, fresh.statements);
    assert_eq!(cached.sources, fresh.sources);
}

fn cached(dir: &Path, cache: &mut Cache) -> (Loaded, Progress) {
    let progress = Progress::default();
    let loaded = load::load_cached(dir, MAX, cache, &progress).unwrap();
    assert_eq!(progress.stage(), Stage::Done);
    assert_eq!(progress.files_read(), progress.files_total());
    assert_eq!(progress.files_parsed(), progress.files_total());
    (loaded, progress)
}

#[test]
fn a_cached_reload_equals_a_fresh_load() {
    let dir = bundled_dir();
    let meeting = dir.path().join("meetings/2021-06-23-soc.toml");
    let mut cache = Cache::default();
    let (first, _) = cached(dir.path(), &mut cache);
    assert_same(&first, &load::load_dir(dir.path()).unwrap());
    assert!(first.diagnostics.is_empty() && first.sources.is_empty());
    assert_eq!(cache.len(), 2);

    // One file edited (a longer title, so the size changes too), one added, one removed.
    let text = std::fs::read_to_string(&meeting).unwrap();
    let edited = text.replacen(
        "title = \"Second SOC meeting",
        "title = \"The Second SOC meeting",
        1,
    );
    assert_ne!(text, edited);
    std::fs::write(&meeting, edited).unwrap();
    std::fs::write(
        dir.path().join("meetings/events.toml"),
        "[[event]]\nid = \"extra\"\ntitle = \"Extra\"\nmeeting = \"soc-2021-06-23\"\n",
    )
    .unwrap();
    let (reload, progress) = cached(dir.path(), &mut cache);
    assert_same(&reload, &load::load_dir(dir.path()).unwrap());
    assert_eq!(progress.files_total(), 3);
    assert_eq!(
        reload.dataset.meetings[0].title,
        "The Second SOC meeting under the Kazakh chairmanship"
    );

    // A broken file, an unreadable one, and the participants gone: every reference fails.
    std::fs::remove_file(dir.path().join("participants.toml")).unwrap();
    std::fs::write(dir.path().join("meetings/events.toml"), "[[event]\n").unwrap();
    std::fs::write(dir.path().join("bad.toml"), b"a = \"\xff\"\n").unwrap();
    let (broken, _) = cached(dir.path(), &mut cache);
    let fresh = load::load_dir(dir.path()).unwrap();
    assert_same(&broken, &fresh);
    assert!(broken.has_errors());
    assert_eq!(cache.len(), 2, "the unreadable file is not cached");
    // Only the text of the file with a diagnostic is kept (the unreadable one has none).
    let kept: Vec<&str> = broken.sources.iter().map(|s| s.path.as_str()).collect();
    assert!(
        kept.len() == 1 && kept[0].ends_with("events.toml"),
        "{kept:?}"
    );
    assert!(
        broken
            .diagnostics
            .iter()
            .any(|d| d.file.ends_with("bad.toml"))
    );

    // And back: the cache follows every step.
    std::fs::write(&meeting, &text).unwrap();
    std::fs::remove_file(dir.path().join("bad.toml")).unwrap();
    std::fs::remove_file(dir.path().join("meetings/events.toml")).unwrap();
    let (back, _) = cached(dir.path(), &mut cache);
    assert_same(&back, &load::load_dir(dir.path()).unwrap());
}

#[test]
fn a_load_reports_its_progress() {
    let dir = bundled_dir();
    let progress = Progress::default();
    let loaded =
        load::load_with_progress(&load::DataSource::Dir(dir.path().into()), MAX, &progress)
            .unwrap();
    assert_eq!(progress.stage(), Stage::Done);
    assert_eq!(progress.files_total(), 2);
    assert_eq!(progress.files_read(), 2);
    assert_eq!(progress.files_parsed(), loaded.files);
    let missing = dir.path().join("missing");
    let p = Progress::default();
    assert!(load::load_with_progress(&load::DataSource::Dir(missing), MAX, &p).is_err());
    assert_eq!(p.stage(), Stage::Done);
}
