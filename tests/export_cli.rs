//! `cica-dash export` as a command: its mistakes (one clear line, exit 1, nothing written),
//! `-o FILE` (the same bytes as standard output, written whole, never into the data), and no
//! control character from the data reaching any format's output.

mod common;

use std::path::Path;

use common::export::{FIXTURE, export, export_ok};
use common::run::{command, stderr, stdout};

/// Runs a failing export; its one line of standard error.
fn fails(args: &[&str]) -> String {
    let o = export(args);
    assert_eq!(o.status.code(), Some(1), "{args:?}: {}", stderr(&o));
    assert!(o.stdout.is_empty(), "{args:?}: nothing on standard output");
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    err
}

#[test]
fn mistakes_are_one_clear_line_and_exit_1() {
    let err = fails(&["--format", "markdown", "--meeting", "summit-2021"]);
    assert!(
        err.contains("no meeting `summit-2021`; did you mean `summit-2022`?"),
        "{err}"
    );
    let err = fails(&["--format", "json", "--from", "2021-13"]);
    assert!(err.contains("--from `2021-13` is not a date"), "{err}");
    let err = fails(&["--format", "json", "--from", "2024", "--to", "2023-12"]);
    assert!(err.contains("--to 2023-12 is before --from 2024"), "{err}");
    let err = fails(&["--format", "csv"]);
    assert!(
        err.contains("--format csv needs --kind, one of: meetings, agenda"),
        "{err}"
    );
    let err = fails(&["--format", "ics", "--kind", "events"]);
    assert!(err.contains("--kind goes with --format csv only"), "{err}");
    let err = fails(&["--format", "markdown", "--from", "2040"]);
    assert!(err.contains("no meeting to write the minutes of"), "{err}");
}

#[test]
fn an_unwritable_path_is_an_error_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, "kept").unwrap();
    // A path under a file, and a directory as the target.
    let under = file.join("cica.ics");
    let err = fails(&["--format", "ics", "-o", under.to_str().unwrap()]);
    assert!(
        err.contains(&format!("cannot write {}", under.display())),
        "{err}"
    );
    let err = fails(&["--format", "ics", "-o", dir.path().to_str().unwrap()]);
    assert!(err.contains("is a directory"), "{err}");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["a-file"], "no temporary file left");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "kept");
}

#[test]
fn output_to_a_file_is_what_stdout_gets_and_replaces_an_old_export() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cica.json");
    std::fs::write(&path, "an older export").unwrap();
    let o = export(&["--format", "json", "-o", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(o.stdout.is_empty(), "the file takes the output");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        export_ok(&["--format", "json"])
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
    // A relative path is relative to where the command runs.
    let o = command(&[
        "export", "--data", FIXTURE, "--format", "ics", "-o", "rel.ics",
    ])
    .current_dir(dir.path())
    .output()
    .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        std::fs::read_to_string(dir.path().join("rel.ics"))
            .unwrap()
            .starts_with("BEGIN:VCALENDAR\r\n")
    );
}

/// Every file under `dir`, with its bytes.
fn snapshot(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(snapshot(&path));
        } else {
            out.push((path.clone(), std::fs::read(&path).unwrap()));
        }
    }
    out.sort();
    out
}

#[test]
fn nothing_is_written_into_the_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    for (path, bytes) in snapshot(Path::new(FIXTURE)) {
        let to = data.join(path.strip_prefix(FIXTURE).unwrap());
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::write(to, bytes).unwrap();
    }
    let before = snapshot(&data);
    for target in ["cica.ics", "meetings/2022-10-summit.toml"] {
        let path = data.join(target);
        let o = command(&[
            "export",
            "--data",
            data.to_str().unwrap(),
            "--format",
            "ics",
            "-o",
            path.to_str().unwrap(),
        ])
        .output()
        .unwrap();
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert!(
            stderr(&o).contains("inside the data directory"),
            "{}",
            stderr(&o)
        );
    }
    assert_eq!(snapshot(&data), before, "the data directory is as it was");
}

#[test]
fn data_with_errors_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.toml"), "[meeting]\nid = \"x\"\n").unwrap();
    let o = command(&[
        "export",
        "--data",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
    ])
    .output()
    .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("the data has errors; `cica-dash check` lists them"),
        "{}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty());
}

/// A character a terminal could act on: C0 and C1 controls, DEL, and bidi overrides. Line
/// breaks are allowed, CR only before LF.
fn unsafe_char(text: &str) -> Option<(usize, char)> {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let crlf = c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n');
        let bidi = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        if (c.is_control() && c != '\n' && !crlf) || bidi {
            return Some((i, c));
        }
    }
    None
}

#[test]
fn no_control_character_from_the_data_reaches_any_output() {
    // The fixture holds ESC sequences and BEL in an event's title and a statement's summary.
    let kinds = [
        "meetings",
        "agenda",
        "decisions",
        "assignments",
        "statements",
        "events",
        "participants",
        "persons",
        "glossary",
        "chairmanships",
    ];
    let mut runs: Vec<Vec<&str>> = vec![
        vec!["--format", "ics"],
        vec!["--format", "json"],
        vec!["--format", "markdown", "--meeting", "summit-2022"],
    ];
    runs.extend(kinds.iter().map(|k| vec!["--format", "csv", "--kind", k]));
    for args in runs {
        let o = export(&args);
        assert!(o.status.success(), "{args:?}");
        let text = stdout(&o);
        assert_eq!(unsafe_char(&text), None, "{args:?}");
        assert!(!o.stderr.contains(&0x1b), "{args:?}: stderr");
    }
    // The placeholders are there instead: the seminar's title in the events table.
    let events = export_ok(&["--format", "csv", "--kind", "events"]);
    assert!(events.contains("Seminar ␛ with no date␇"), "{events}");
}

#[test]
fn help_names_the_formats_and_the_kinds() {
    let o = command(&["export", "--help"]).output().unwrap();
    assert!(o.status.success());
    let help = stdout(&o);
    for word in [
        "ics",
        "markdown",
        "json",
        "csv",
        "--meeting",
        "--from",
        "--to",
        "--kind",
        "-o, --output",
        "statements",
    ] {
        assert!(help.contains(word), "{word} missing from:\n{help}");
    }
}
