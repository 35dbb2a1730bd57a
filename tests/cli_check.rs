//! `cica-dash check` as a user runs it before committing: file, line and column for invalid
//! data, exit codes (0 clean or with warnings, 1 with errors or denied warnings), JSON output,
//! and a warning for a directory with no data files.

mod common;

use std::path::Path;

use common::run::{run, stdout};

/// `cica-dash check ARGS`: the exit code and what it printed.
fn check(args: &[&str]) -> (i32, String) {
    let o = run(&[&["check"], args].concat());
    (o.status.code().unwrap_or(-1), stdout(&o))
}

#[test]
fn invalid_data_is_reported_with_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("p.toml"),
        "[[participant]]\ncode = \"KAZ\"\nname = \"Kazakhstan\"\nkind = \"state\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("m.toml"),
        "[meeting]\nid = \"m\"\ntitle = \"T\"\nbody = \"B\"\ndate = 2021-06-23\nchairmanship = \"KZA\"\n",
    )
    .unwrap();
    let o = run(&["render", "--data", dir.path().to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "render exits 1 when it shows the error screen"
    );
    let screen = stdout(&o);
    assert!(
        screen.contains("The data could not be loaded: 1 error"),
        "{screen}"
    );
    assert!(
        screen.contains("m.toml:6:16: error[unknown-ref]: unknown participant `KZA`"),
        "{screen}"
    );
    assert!(screen.contains("help: did you mean `KAZ`?"), "{screen}");
    assert!(
        !screen.contains("1 Agenda"),
        "no half-loaded panes:\n{screen}"
    );

    let o = run(&["check", "--data", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let report = stdout(&o);
    let first = report.lines().next().unwrap();
    assert!(
        first.ends_with("m.toml:6:16: error[unknown-ref]: unknown participant `KZA`"),
        "{report}"
    );
    assert!(
        report.contains(" 6 │ chairmanship = \"KZA\"\n"),
        "the source line is shown:\n{report}"
    );
    assert!(
        report.contains("·                ─────\n"),
        "the span is underlined under \"KZA\":\n{report}"
    );
    assert!(
        report.contains("\n  help: did you mean `KAZ`?\n"),
        "{report}"
    );
    let last = report.trim_end().lines().last().unwrap();
    assert_eq!(
        last,
        "2 files, 1 meeting, 0 agenda items, 0 decisions, 0 statements, 0 events, 1 participant: 1 error, 0 warnings"
    );
}

#[test]
fn check_exit_codes_and_json() {
    let o = run(&["check"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "the bundled data is clean:\n{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains(": 0 errors, 0 warnings"));
    let o = run(&["check", "--deny-warnings"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "and has no warnings:\n{}",
        stdout(&o)
    );
    let o = run(&["check", "--data", "/nonexistent/cica"]);
    assert_eq!(o.status.code(), Some(2));

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("e.toml"),
        "[[event]]\nid = \"x\"\ntitel = \"T\"\n",
    )
    .unwrap();
    let o = run(&[
        "check",
        "--data",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let d = &v[0];
    assert_eq!(d["line"], 3);
    assert_eq!(d["column"], 1);
    assert_eq!(d["end"]["column"], 6, "the span covers `titel`");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["code"], "unknown-key");
    assert_eq!(d["help"], "did you mean `title`?");
    assert!(d["file"].as_str().unwrap().ends_with("e.toml"));
}

#[test]
fn check_warns_about_a_directory_without_data_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not data").unwrap();
    let o = run(&["check", "--data", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "a warning, not an error");
    let out = stdout(&o);
    assert!(
        out.contains("warning[no-data]: no data files (*.toml) in"),
        "{out}"
    );
    assert!(out.contains(": 0 errors, 1 warning"), "{out}");
    let strict = run(&[
        "check",
        "--deny-warnings",
        "--data",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(strict.status.code(), Some(1));
}

#[test]
fn check_passes_with_warnings_and_fails_under_deny_warnings() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lints/whitespace");
    let dir = dir.to_str().unwrap();

    let (code, out) = check(&["--data", dir]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("warning[whitespace]"), "{out}");
    assert!(out.contains(": 0 errors, 1 warning"), "{out}");

    let (code, out) = check(&["--data", dir, "--deny-warnings"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("error[whitespace]"), "{out}");
    assert!(out.contains(": 1 error, 0 warnings"), "{out}");

    let (code, out) = check(&["--data", dir, "--format", "json"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("\"code\": \"whitespace\""), "{out}");
    assert!(out.contains("\"severity\": \"warning\""), "{out}");
}

#[test]
fn check_on_the_bundled_data_denies_warnings_and_passes() {
    let (code, out) = check(&["--deny-warnings"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(": 0 errors, 0 warnings"), "{out}");
}
