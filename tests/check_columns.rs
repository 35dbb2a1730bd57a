//! `check` counts columns in characters everywhere: the `file:line:col` line, the snippet box's
//! `[file:line:col]`, the JSON and the underline agree on a line with Cyrillic and Chinese text
//! before the problem, read from files on disk (the loader then keeps only a line index and
//! reads the file again to count characters).

mod common;

use common::run::{run, stdout};

const PARTICIPANTS: &str =
    "[[participant]]\ncode = \"KAZ\"\nname = \"Kazakhstan\"\nkind = \"state\"\n";

#[test]
fn columns_are_characters_in_the_location_the_box_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let bad = "assignments = [{ role = \"координатор\", area = \"能源\", participant = \"KZA\" }]";
    std::fs::write(dir.path().join("p.toml"), PARTICIPANTS).unwrap();
    std::fs::write(
        dir.path().join("m.toml"),
        format!(
            "[meeting]\nid = \"m\"\ntitle = \"T\"\nbody = \"B\"\ndate = 2021-06-23\n\
             [[decision]]\naction = \"noted\"\nsubject = \"S\"\n{bad}\n"
        ),
    )
    .unwrap();
    // The text before `"KZA"` is 66 characters (81 bytes): it starts at column 67.
    let prefix = "assignments = [{ role = \"координатор\", area = \"能源\", participant = ";
    assert_eq!((prefix.chars().count(), prefix.len()), (66, 81));
    let data = dir.path().to_str().unwrap();
    let o = run(&["check", "--data", data]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let file = dir.path().join("m.toml");
    let at = format!("{}:9:67", file.display());
    assert!(
        out.starts_with(&format!("{at}: error[unknown-ref]")),
        "{out}"
    );
    assert!(out.contains(&format!("╭─[{at}]")), "the box agrees: {out}");
    assert!(out.contains(&format!(" 9 │ {bad}\n")), "{out}");
    // The underline starts under `"KZA"`: 66 characters, of which 能源 take two cells each.
    let under = out
        .lines()
        .find(|l| l.contains('─') && l.contains('·'))
        .unwrap();
    let marks = under.split_once('·').unwrap().1;
    assert_eq!(
        marks.chars().position(|c| c == '─'),
        Some(1 + 66 + 2),
        "{under}"
    );
    let o = run(&["check", "--data", data, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(
        (v[0]["line"].as_u64(), v[0]["column"].as_u64()),
        (Some(9), Some(67))
    );
    assert_eq!(v[0]["end"]["column"], 72, "the span covers `\"KZA\"`");
}
