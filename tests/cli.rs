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
