//! The search engine over a generated corpus: index build time and per-keystroke query time.
//!
//! Run with `cargo bench --bench search`. The corpus comes from `examples/gen_corpus`; point
//! `CICA_CORPUS` at it (default `/tmp/corpus-2000`: 2,000 meetings, ~100,000 statements). Before
//! divan's table, the bench prints p50/p99 per query over 200 runs, the figures quoted in
//! docs/search.md, and then the keystroke figures of BENCHMARKS.md: each query typed a
//! character at a time into the search screen, every prefix timed as `update` plus a full
//! 200×60 frame, as the terminal loop does it. The screen is closed and opened again before
//! each repetition, so that no keystroke finds what the previous repetition kept.

use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use cica_dash::app::{Action, App, Effect, Settings, update};
use cica_dash::dataset::Dataset;
use cica_dash::load::{self, DataSource};
use cica_dash::render;
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
        // As in the terminal, the links are built before any keystroke (cli's `warm`).
        data.links();
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

/// Queries typed a character at a time (every prefix is a keystroke).
const TYPED: &[&str] = &[
    "a",
    "are",
    "russia terror",
    "by:RUS terror",
    "in:2021 counter",
    "нурышев",
    "张红建",
    "turkmen",
    "confidence b",
    "cooperaton in asia",
];

/// The search screen open on the corpus, its index built.
fn search_app() -> App {
    let (data, _) = corpus();
    let settings = Settings {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default(),
        week_start: chrono::Weekday::Mon,
    };
    let mut app = App::new(data.clone(), settings);
    render::draw(&mut app, 200, 60);
    if let Effect::BuildIndex(data) = update(&mut app, Action::Search) {
        let ix = Arc::new(SearchIndex::build(&data));
        update(&mut app, Action::IndexReady(ix, data));
    }
    app
}

/// p50, p99 and max of each typed query's keystrokes (update + 200×60 frame), 20 times over,
/// and of all of them together.
fn keystrokes() {
    let mut app = search_app();
    let mut all: Vec<Duration> = Vec::new();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    for q in TYPED {
        let mut times = Vec::new();
        for _ in 0..20 {
            update(&mut app, Action::Close);
            update(&mut app, Action::Search);
            for c in q.chars() {
                let t = Instant::now();
                update(&mut app, Action::Input(c));
                divan::black_box(render::draw(&mut app, 200, 60));
                times.push(t.elapsed());
            }
        }
        let p = |x: f64| ms(render::percentile(&times, x));
        println!(
            "typing {q:?}: {} keys, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
            times.len(),
            p(50.0),
            p(99.0),
            p(100.0)
        );
        all.extend(times);
    }
    let p = |x: f64| ms(render::percentile(&all, x));
    println!(
        "typing, all queries: {} keys, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        all.len(),
        p(50.0),
        p(99.0),
        p(100.0)
    );
}

fn main() {
    percentiles();
    keystrokes();
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

/// A query typed into a fresh search screen, a 200×60 frame after each character (divide by
/// the query's length for a keystroke).
#[divan::bench(args = TYPED, sample_count = 20, sample_size = 1)]
fn type_query(bencher: Bencher, q: &str) {
    let mut app = search_app();
    bencher.bench_local(|| {
        update(&mut app, Action::Close);
        update(&mut app, Action::Search);
        for c in q.chars() {
            update(&mut app, Action::Input(c));
            divan::black_box(render::draw(&mut app, 200, 60));
        }
    });
}
