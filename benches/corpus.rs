//! Scale: loading, reloading and key presses on a generated corpus (`examples/gen_corpus`),
//! against a plain `toml::Table` baseline and the bundled data; and the sanitiser's throughput.
//!
//! Run with `cargo bench --bench corpus`. The corpus (2000 meetings, about 100,000 statements
//! and 107 MB, unless `CICA_DASH_BENCH_MEETINGS` says otherwise) is generated into a temporary
//! directory at start-up. BENCHMARKS.md quotes these figures.

#[allow(dead_code)]
#[path = "../examples/gen_corpus/corpus/mod.rs"]
mod corpus;

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use cica_dash::app::{Action, App, Pane, Settings, update};
use cica_dash::load::{self, DEFAULT_MAX_FILE_SIZE, DataSource};
use cica_dash::{render, text};
use divan::{Bencher, counter::BytesCount};

struct Corpus {
    _dir: tempfile::TempDir,
    path: PathBuf,
    /// One meeting file, rewritten by the reload bench.
    meeting: (PathBuf, String),
}

static CORPUS: LazyLock<Corpus> = LazyLock::new(|| {
    let meetings = std::env::var("CICA_DASH_BENCH_MEETINGS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let set = corpus::generate(meetings, 7);
    let dir = tempfile::tempdir().unwrap();
    set.write(dir.path()).unwrap();
    let (name, text) = set
        .files
        .iter()
        .find(|(p, _)| p.starts_with("meetings/"))
        .unwrap();
    eprintln!(
        "corpus: {meetings} meetings, {} statements, {:.1} MB in {}",
        set.statements,
        set.bytes() as f64 / 1e6,
        dir.path().display()
    );
    Corpus {
        path: dir.path().to_owned(),
        meeting: (dir.path().join(name), text.clone()),
        _dir: dir,
    }
});

fn main() {
    let loaded = load_corpus();
    let t = loaded.timings;
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    eprintln!(
        "one load: read {:.0} ms, parse {:.0} ms, validate (with lints) {:.0} ms, index {:.0} ms; {} problems",
        ms(t.read),
        ms(t.parse),
        ms(t.validate),
        ms(t.index),
        loaded.diagnostics.len()
    );
    divan::main();
}

fn load_corpus() -> load::Loaded {
    load::load(&DataSource::Dir(CORPUS.path.clone()), DEFAULT_MAX_FILE_SIZE).unwrap()
}

static DATA: LazyLock<cica_dash::dataset::Dataset> = LazyLock::new(|| load_corpus().dataset);

#[divan::bench(sample_count = 5, sample_size = 1)]
fn load_whole() -> load::Loaded {
    load_corpus()
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn load_stage_read() -> usize {
    let (sources, _) = load::source::read_dir(&CORPUS.path, DEFAULT_MAX_FILE_SIZE).unwrap();
    sources.len()
}

/// Parse, validate (with lints) and index, on files already read.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn load_stages_after_read(bencher: Bencher) {
    let (sources, _) = load::source::read_dir(&CORPUS.path, DEFAULT_MAX_FILE_SIZE).unwrap();
    bencher.bench_local(|| load::load_sources(&sources, Vec::new()));
}

/// The baseline: every `*.toml` file read and parsed into a `toml::Table`, on one thread.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn baseline_toml_table_one_thread() -> usize {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "toml") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(&CORPUS.path, &mut files);
    files
        .iter()
        .map(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .parse::<toml::Table>()
                .unwrap()
                .len()
        })
        .sum()
}

/// Reloading after one meeting file changed, as the watcher does it: its cache of every
/// file's parse is warm, so only that file is read and parsed again, then all is revalidated.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn reload_after_one_file_changed(bencher: Bencher) {
    let (path, text) = &CORPUS.meeting;
    let (mut cache, progress) = (load::Cache::default(), load::Progress::default());
    load::load_cached(&CORPUS.path, DEFAULT_MAX_FILE_SIZE, &mut cache, &progress).unwrap();
    let mut n = 0u64;
    bencher
        .with_inputs(|| {
            n += 1;
            std::fs::write(path, format!("{text}\n# edited {n}\n")).unwrap();
        })
        .bench_local_values(|()| {
            load::load_cached(&CORPUS.path, DEFAULT_MAX_FILE_SIZE, &mut cache, &progress).unwrap()
        });
    std::fs::write(path, text).unwrap();
}

fn app(data: &str) -> App {
    let settings = Settings {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        week_start: chrono::Weekday::Mon,
    };
    let dataset = match data {
        "bundled" => {
            load::load(&DataSource::Bundled, DEFAULT_MAX_FILE_SIZE)
                .unwrap()
                .dataset
        }
        _ => DATA.clone(),
    };
    let mut app = App::new(dataset, settings);
    render::draw(&mut app, 200, 60);
    app
}

/// A key press: the actions it asks for, then a full 200×60 frame.
fn press(bencher: Bencher, data: &str, keys: &[&[Action]]) {
    let mut app = app(data);
    let mut i = 0usize;
    bencher.bench_local(|| {
        for a in keys[i % keys.len()] {
            update(&mut app, a.clone());
        }
        i += 1;
        render::draw(&mut app, 200, 60)
    });
}

const DATA_SETS: [&str; 2] = ["bundled", "corpus"];

#[divan::bench(args = DATA_SETS)]
fn key_down(bencher: Bencher, data: &str) {
    press(bencher, data, &[&[Action::Down]]);
}

#[divan::bench(args = DATA_SETS)]
fn key_focus_next(bencher: Bencher, data: &str) {
    press(bencher, data, &[&[Action::FocusNext]]);
}

#[divan::bench(args = DATA_SETS)]
fn key_next_prev_meeting(bencher: Bencher, data: &str) {
    press(
        bencher,
        data,
        &[&[Action::NextMeeting], &[Action::PrevMeeting]],
    );
}

#[divan::bench(args = DATA_SETS)]
fn key_picker_open_and_down(bencher: Bencher, data: &str) {
    press(
        bencher,
        data,
        &[&[Action::Close, Action::OpenPicker, Action::Down]],
    );
}

#[divan::bench(args = DATA_SETS)]
fn key_detail_open_close(bencher: Bencher, data: &str) {
    press(bencher, data, &[&[Action::Open], &[Action::Close]]);
}

#[divan::bench(args = DATA_SETS)]
fn key_calendar_next_month(bencher: Bencher, data: &str) {
    press(
        bencher,
        data,
        &[&[Action::Focus(Pane::Calendar), Action::NextMonth]],
    );
}

/// A few MB of the corpus's mixed-script text, line breaks included.
static TEXT: LazyLock<String> = LazyLock::new(|| {
    let set = corpus::generate(60, 7);
    set.files.into_iter().map(|(_, t)| t).collect()
});

#[divan::bench]
fn sanitize_multi_line(bencher: Bencher) {
    bencher
        .counter(BytesCount::of_str(&*TEXT))
        .bench(|| text::sanitize(&TEXT, text::Lines::Multi).len());
}

#[divan::bench]
fn sanitize_single_line(bencher: Bencher) {
    bencher
        .counter(BytesCount::of_str(&*TEXT))
        .bench(|| text::sanitize(&TEXT, text::Lines::Single).len());
}
