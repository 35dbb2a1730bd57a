//! The search engine over a generated corpus: index build time and per-keystroke query time.
//!
//! Run with `cargo bench --bench search`. The corpus comes from `examples/gen_corpus`; point
//! `CICA_CORPUS` at it (default `/tmp/corpus-2000`: 2,000 meetings, ~100,000 statements). Before
//! divan's table, the bench prints p50/p99 per query over 200 runs, the figures quoted in
//! docs/search.md.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use cica_dash::dataset::Dataset;
use cica_dash::load::{self, DataSource};
use cica_dash::search::SearchIndex;
use divan::Bencher;

const QUERIES: &[&str] = &[
    "turkmen",
    "нурышев",
    "zhang",
    "by:RUS security",
    "kind:decision observer",
    "a",
    "confidence b",
    "cooperaton in asia",
];

fn corpus() -> &'static (Dataset, SearchIndex) {
    static C: OnceLock<(Dataset, SearchIndex)> = OnceLock::new();
    C.get_or_init(|| {
        let dir = std::env::var("CICA_CORPUS").unwrap_or_else(|_| "/tmp/corpus-2000".into());
        let data = load::load(&DataSource::Dir(dir.into()), load::DEFAULT_MAX_FILE_SIZE)
            .map(|l| l.dataset)
            .unwrap_or_else(|e| panic!("corpus: {e}"));
        let ix = SearchIndex::build(&data);
        (data, ix)
    })
}

fn percentiles() {
    let (data, ix) = corpus();
    let t = Instant::now();
    let _ = SearchIndex::build(data);
    println!(
        "corpus: {} meetings, {} statements; index: {} items, {} words, ~{} MiB, built in {:?}",
        data.meetings.len(),
        data.statement_count(),
        ix.len(),
        ix.vocabulary(),
        ix.heap_bytes() >> 20,
        t.elapsed()
    );
    {
        for q in QUERIES {
            let mut times: Vec<Duration> = (0..200)
                .map(|_| {
                    let t = Instant::now();
                    divan::black_box(ix.search(data, q, 50));
                    t.elapsed()
                })
                .collect();
            times.sort();
            let total = ix.search(data, q, 50).total;
            println!(
                "{q:?}: p50 {:?} p99 {:?} ({total} hits)",
                times[100], times[197]
            );
        }
    }
}

fn main() {
    percentiles();
    divan::main();
}

#[divan::bench(sample_count = 5)]
fn build_index() -> SearchIndex {
    SearchIndex::build(&corpus().0)
}

#[divan::bench(args = QUERIES)]
fn query(bencher: Bencher, q: &str) {
    let (data, ix) = corpus();
    bencher.bench(|| ix.search(data, q, 50));
}
