//! The `near-duplicate` lint at scale: loading one meeting with N distinct speakers.
//!
//! Speakers are numbered (`Delegate 000123`): near-identical names that are all different
//! people. Comparing every pair of names took minutes at 72,000; run with
//! `cargo bench --bench lints` to see that the candidate index keeps it well under a second.

use std::fmt::Write as _;

use cica_dash::load::{self, Source};
use divan::Bencher;

fn main() {
    divan::main();
}

/// One meeting file with `n` statements, each by another numbered speaker.
fn sources(n: usize) -> Vec<Source> {
    let mut text = String::from(
        "[meeting]\nid = \"m\"\ntitle = \"Big meeting\"\nbody = \"Senior Officials Committee\"\ndate = 2021-06-23\n\n",
    );
    for i in 1..=n {
        let _ = write!(
            text,
            "[[statement]]\nspeaker = \"Delegate {i:06}\"\nsummary = \"Statement {i}.\"\n\n"
        );
    }
    vec![Source {
        path: "meetings/m.toml".into(),
        text,
    }]
}

#[divan::bench(args = [2_000, 20_000, 72_000], sample_count = 5)]
fn load_distinct_speakers(bencher: Bencher, n: usize) {
    let sources = sources(n);
    bencher.bench(|| load::load_sources(&sources, Vec::new()));
}
