//! The binary's command line: `render`, its key notation, data directories, and refusing to
//! draw on something that is not a terminal.

mod common;

use common::run::{BIN, run, stderr, stdout};
use std::process::Command;

#[test]
fn render_160x48_shows_the_panes_and_the_facts() {
    let o = run(&["render", "--size", "160x48", "--today", "2026-11-28"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    for s in [
        "Agenda",
        "Decisions",
        "Statements",
        "Calendar",
        "Turkmenistan",
        "Shringla",
        "Think Tank Forum",
        "Council of Eminent Persons",
    ] {
        assert!(text.contains(s), "{s} missing");
    }
    assert_eq!(text.lines().count(), 48);
    assert!(
        text.lines().all(|l| l == l.trim_end()),
        "trailing spaces are trimmed"
    );
}

#[test]
fn default_size_is_120x40() {
    let text = stdout(&run(&["render", "--today", "2026-11-28"]));
    assert_eq!(text.lines().count(), 40);
    assert!(
        text.lines()
            .any(|l| unicode_width::UnicodeWidthStr::width(l) == 120),
        "the borders span the width"
    );
}

#[test]
fn keys_change_the_selection() {
    let before = stdout(&run(&["render", "--today", "2026-11-28"]));
    let after = stdout(&run(&[
        "render",
        "--today",
        "2026-11-28",
        "--keys",
        "<Tab>j",
    ]));
    assert_ne!(before, after);
    assert!(
        after.contains("2 Decisions 2/6"),
        "the second decision is selected:\n{after}"
    );
    assert!(before.contains("2 Decisions 1/6"));
}

#[test]
fn an_unknown_key_name_is_an_error_that_names_it() {
    let o = run(&["render", "--keys", "j<Bogus>"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("<Bogus>"), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
}

#[test]
fn not_a_terminal_exits_2_with_a_hint_and_no_escape_codes() {
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("cica-dash render"), "{err}");
    assert!(o.stdout.is_empty());
    assert!(!o.stderr.contains(&0x1b), "no escape codes");
}

#[test]
fn a_missing_data_directory_is_one_line_and_exit_2() {
    let o = run(&["render", "--data", "/nonexistent/cica"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("/nonexistent/cica"), "{err}");
}

#[test]
fn data_comes_from_data_or_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("m.toml"),
        "[meeting]\nid = \"mc-2030\"\ntitle = \"Ministerial Council in Astana\"\nbody = \"Ministerial Council\"\ndate = \"2030\"\n",
    )
    .unwrap();
    let path = dir.path().to_str().unwrap();
    assert!(stdout(&run(&["render", "--data", path])).contains("Ministerial Council in Astana"));
    let o = Command::new(BIN)
        .args(["render"])
        .env("CICA_DASH_DATA", path)
        .output()
        .unwrap();
    assert!(stdout(&o).contains("Ministerial Council in Astana"));
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
fn control_characters_in_data_never_reach_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let toml = concat!(
        "[meeting]\n",
        "id = \"m\"\n",
        "title = \"Clip\\u001b]52;c;SGVsbG8=\\u0007board \\u001b[2J clear\"\n",
        "body = \"B\\u009bC \\u202eRTL\"\n",
        "date = 2021-06-23\n",
        "summary = \"bell\\u0007 del\\u007f\"\n",
        "[[agenda]]\n",
        "id = \"a\"\n",
        "title = \"Item \\u001b[31mred\"\n",
        "summary = \"x\\u001b]0;title\\u0007y\"\n",
    );
    std::fs::write(dir.path().join("m.toml"), toml).unwrap();
    for keys in ["", "<Enter>", "?"] {
        let o = run(&[
            "render",
            "--data",
            dir.path().to_str().unwrap(),
            "--keys",
            keys,
            "--size",
            "160x48",
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        let text = stdout(&o);
        assert!(
            text.contains("Clip␛board ␛ clear"),
            "escape sequences are shown as one placeholder:\n{text}"
        );
        for c in text.chars() {
            let bad = (c < ' ' && c != '\n')
                || c == '\u{7f}'
                || ('\u{80}'..='\u{9f}').contains(&c)
                || ('\u{202a}'..='\u{202e}').contains(&c);
            assert!(!bad, "control character U+{:04X} in the output", c as u32);
        }
    }
}

#[test]
fn render_timings_reports_each_key_and_draws_the_same_screen() {
    let args = ["render", "--today", "2026-11-28", "--keys", "jjj"];
    let o = run(&[&args[..], &["--timings"]].concat());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        stdout(&run(&args)),
        "timing changes nothing drawn"
    );
    let err = stderr(&o);
    assert!(err.contains("first frame"), "{err}");
    let line = err
        .lines()
        .find(|l| l.starts_with("keys: "))
        .unwrap_or_else(|| panic!("no keys line in {err}"));
    let rest = line.strip_prefix("keys: 3 pressed, update+draw ").unwrap();
    let numbers: Vec<f64> = ["p50 ", "p99 ", "max "]
        .iter()
        .map(|label| {
            let at = rest
                .find(label)
                .unwrap_or_else(|| panic!("{label} in {line}"));
            let value = rest[at + label.len()..].split(" ms").next().unwrap();
            value.parse().unwrap()
        })
        .collect();
    assert!(
        numbers[0] <= numbers[1] && numbers[1] <= numbers[2],
        "{line}"
    );
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
