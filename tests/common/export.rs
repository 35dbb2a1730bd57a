//! `cica-dash export` run as a user would, on the export fixture (tests/fixtures/export) or
//! the bundled data, with the fixed today of the tests; and the fixture's files read with
//! `toml` alone, so that expected values come from the files and not from the loader.

use std::process::Output;

use super::run::{command, stderr, stdout};

/// The data set made for the export tests.
pub const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/export");
/// The date the tests take as today: the fixture's 2030 meeting is still to come.
pub const TODAY: &str = "2026-11-28";

/// `cica-dash export ARGS --data FIXTURE --today TODAY`, run to the end.
pub fn export(args: &[&str]) -> Output {
    let mut all = vec!["export", "--data", FIXTURE, "--today", TODAY];
    all.extend_from_slice(args);
    command(&all).output().unwrap()
}

/// [`export`], which must succeed; its standard output.
pub fn export_ok(args: &[&str]) -> String {
    let o = export(args);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    stdout(&o)
}

/// `cica-dash export ARGS --today TODAY` on the bundled data, which must succeed.
pub fn export_bundled(args: &[&str]) -> String {
    let mut all = vec!["export", "--today", TODAY];
    all.extend_from_slice(args);
    let o = command(&all).output().unwrap();
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    stdout(&o)
}

/// A data file of the fixture parsed as a plain TOML table.
pub fn fixture_file(path: &str) -> toml::Table {
    let text = std::fs::read_to_string(format!("{FIXTURE}/{path}")).unwrap();
    text.parse().unwrap()
}

/// The string at `key` of a TOML table.
pub fn str_of<'a>(table: &'a toml::Table, key: &str) -> &'a str {
    table[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} is not a string"))
}
