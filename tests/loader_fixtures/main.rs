//! The data format contract (docs/data-format.md), rule by rule, as fixture data sets.
//!
//! `tests/fixtures/invalid/<kind>/` each hold a minimal data set with exactly one problem: the
//! loader must report exactly one diagnostic, at the right file, line and column, with the
//! right code, and a message and help that say what is wrong and what to write instead.
//! Lines and columns below were counted by hand from the fixture files (columns in characters,
//! 1-based, as editors count them).
//!
//! `tests/fixtures/valid/<case>/` must load with no diagnostic at all, and each case then
//! checks what it is about (partial dates kept, BOM dropped, dot-files skipped, …).

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use cica_dash::dataset::{Dataset, Due, ParticipantKind, Status, effective_status};
use cica_dash::load::{self, Code, DataSource, Diagnostic, Loaded};
use cica_dash::model::Precision;
use rstest::rstest;

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

fn load_fixture(path: &str) -> Loaded {
    load::load_dir(&fixture(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn listing(diags: &[Diagnostic]) -> String {
    diags.iter().map(|d| format!("  {d}\n")).collect()
}

/// Loads `invalid/<kind>` and returns its one diagnostic.
fn only_problem(kind: &str) -> Diagnostic {
    let loaded = load_fixture(&format!("invalid/{kind}"));
    match loaded.diagnostics.as_slice() {
        [d] => d.clone(),
        ds => panic!(
            "{kind}: expected exactly one diagnostic, got {}:\n{}",
            ds.len(),
            listing(ds)
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// Valid data sets

/// Loads `valid/<case>` and insists on no diagnostic at all.
fn valid(case: &str) -> Loaded {
    let loaded = load_fixture(&format!("valid/{case}"));
    assert!(
        loaded.diagnostics.is_empty(),
        "{case} has problems:\n{}",
        listing(&loaded.diagnostics)
    );
    loaded
}

fn event<'a>(data: &'a Dataset, id: &str) -> &'a cica_dash::dataset::Event {
    data.events
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no event {id}"))
}

mod content;
mod files;
mod invalid;
mod valid;
