//! Files and directories: the size limit, missing directories, symlink loops, devices, byte
//! order marks, line endings, empty and ignored files, and the order files are read in.

use super::*;

#[test]
fn a_file_over_the_size_limit_is_refused_and_the_others_are_read() {
    let loaded = load::load(&DataSource::Dir(fixture("valid/speaker-alias")), 400).unwrap();
    let [d] = loaded.diagnostics.as_slice() else {
        panic!("expected one diagnostic:\n{}", listing(&loaded.diagnostics));
    };
    let size = |f: &str| {
        fs::metadata(fixture(&format!("valid/speaker-alias/{f}")))
            .unwrap()
            .len()
    };
    assert!(
        size("meetings/m.toml") > 400 && size("participants.toml") <= 400,
        "the premise of this test"
    );
    assert!(d.file.ends_with("speaker-alias/meetings/m.toml"), "{d}");
    assert_eq!((d.code, d.line, d.col), (Code::TooLarge, 1, 1));
    assert!(d.message.contains("over the limit of 400 bytes"), "{d}");
    assert!(d.help.as_deref().unwrap().contains("--max-file-size"));
    assert_eq!(
        loaded.dataset.participants.len(),
        1,
        "the small file was still read"
    );
}

#[test]
fn the_default_size_limit_is_64_mib() {
    let dir = tempfile::tempdir().unwrap();
    let big = fs::File::create(dir.path().join("big.toml")).unwrap();
    // Sparse: no 64 MiB are written to disk.
    big.set_len(load::DEFAULT_MAX_FILE_SIZE + 1).unwrap();
    let exact = fs::File::create(dir.path().join("exact.toml")).unwrap();
    exact.set_len(load::DEFAULT_MAX_FILE_SIZE).unwrap();
    let loaded = load::load_dir(dir.path()).unwrap();
    let too_large: Vec<&Diagnostic> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::TooLarge)
        .collect();
    assert_eq!(too_large.len(), 1, "{}", listing(&loaded.diagnostics));
    assert!(too_large[0].file.ends_with("big.toml"));
    assert!(
        too_large[0].message.contains("64.0 MiB"),
        "{}",
        too_large[0]
    );
    // The 64 MiB file is read; it is all NUL bytes, which is its (one) problem.
    let exact: Vec<&Diagnostic> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.file.ends_with("exact.toml"))
        .collect();
    assert_eq!(exact.len(), 1);
    assert_eq!(exact[0].code, Code::Encoding);
}

#[test]
fn a_directory_that_does_not_exist_is_an_err() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-data");
    let err = load::load_dir(&missing).unwrap_err();
    assert!(err.contains("no-such-data"), "{err}");
    let file = fixture("valid/bom/participants.toml");
    let err = load::load_dir(&file).unwrap_err();
    assert!(err.contains("not a directory"), "{err}");
}

#[test]
fn symlink_loops_terminate_and_each_file_is_read_once() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("a/b")).unwrap();
    fs::write(
        root.join("a/b/events.toml"),
        "[[event]]\nid = \"e\"\ntitle = \"E\"\n",
    )
    .unwrap();
    symlink(root, root.join("a/b/up")).unwrap(); // a link to an ancestor
    symlink(root.join("a"), root.join("a/b/again")).unwrap();
    symlink(root.join("x.toml"), root.join("y.toml")).unwrap(); // x.toml → y.toml → x.toml
    symlink(root.join("y.toml"), root.join("x.toml")).unwrap();
    let loaded = load::load_dir(root).unwrap();
    assert_eq!(
        loaded.dataset.events.len(),
        1,
        "{}",
        listing(&loaded.diagnostics)
    );
    // The two looping file links cannot be opened; each is reported, nothing else is.
    assert_eq!(
        loaded.diagnostics.len(),
        2,
        "{}",
        listing(&loaded.diagnostics)
    );
    assert!(loaded.diagnostics.iter().all(|d| d.code == Code::Io));
}

#[test]
fn a_device_named_toml_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.toml")).unwrap();
    let loaded = load::load_dir(dir.path()).unwrap();
    let [d] = loaded.diagnostics.as_slice() else {
        panic!("expected one diagnostic:\n{}", listing(&loaded.diagnostics));
    };
    assert_eq!(d.code, Code::Io);
    assert!(d.message.contains("not a regular file"), "{d}");
}

#[test]
fn a_bom_is_dropped() {
    let data = valid("bom").dataset;
    assert_eq!(data.participants.len(), 1);
    assert_eq!(data.participants[0].code, "KAZ");
}

#[test]
fn crlf_line_endings_are_read_and_multi_line_strings_use_plain_line_breaks() {
    let raw = fs::read(fixture("valid/crlf/meetings/m.toml")).unwrap();
    assert!(
        raw.windows(2).any(|w| w == b"\r\n"),
        "the fixture really has CRLF"
    );
    let data = valid("crlf").dataset;
    assert_eq!(
        data.meetings[0].summary.as_deref(),
        Some("First line.\nSecond line.")
    );
}

#[test]
fn an_empty_file_and_a_file_of_comments_hold_nothing() {
    for case in ["empty-file", "comments-only"] {
        let loaded = valid(case);
        assert_eq!(loaded.files, 1);
        assert_eq!(loaded.dataset, Dataset::default());
    }
}

#[test]
fn an_empty_directory_is_an_empty_data_set() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("meetings")).unwrap();
    let loaded = load::load_dir(dir.path()).unwrap();
    assert!(
        loaded.diagnostics.is_empty(),
        "{}",
        listing(&loaded.diagnostics)
    );
    assert_eq!(loaded.files, 0);
    assert_eq!(loaded.dataset, Dataset::default());
}

#[test]
fn dot_files_and_dot_directories_are_skipped() {
    // Every dot-entry in the fixture is broken TOML; none may be read.
    let loaded = valid("dot-files");
    assert_eq!(loaded.files, 1);
    assert_eq!(loaded.dataset.participants.len(), 1);
}

#[test]
fn files_not_ending_in_toml_are_ignored() {
    let loaded = valid("non-toml-ignored");
    assert_eq!(loaded.files, 1);
    assert_eq!(loaded.dataset.participants[0].code, "KAZ");
}

#[test]
fn nested_directories_are_read_in_sorted_path_order() {
    let data = valid("nested-order").dataset;
    let ids: Vec<&str> = data.events.iter().map(|e| e.id.as_str()).collect();
    // By path components: a directory's files come together, `a/…` before `a-b/…`.
    assert_eq!(ids, ["e0", "e1", "e2", "e2b", "e3", "e4"]);
}
