//! Loading and drawing at the bundled size and at 100,000 statements.
//!
//! Run with `cargo bench`. The figures quoted in the README and in issue notes come from here
//! and from `cica-dash render --timings`.

use cica_dash::app::{Action, App, Settings, update};
use cica_dash::load::{self, DataSource};
use cica_dash::render;
use divan::Bencher;

#[path = "common/synth.rs"]
mod synth;

fn main() {
    divan::main();
}

fn settings() -> Settings {
    Settings {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        week_start: chrono::Weekday::Mon,
    }
}

#[divan::bench]
fn load_bundled() -> load::Loaded {
    load::load(&DataSource::Bundled, load::DEFAULT_MAX_FILE_SIZE).unwrap()
}

#[divan::bench(args = [1_000, 100_000], sample_count = 10)]
fn load_statements(bencher: Bencher, n: usize) {
    let sources = synth::meeting_sources(n);
    bencher.bench(|| load::load_sources(&sources, Vec::new()));
}

#[divan::bench(args = [11, 100_000])]
fn draw_frame_160x48(bencher: Bencher, n: usize) {
    let data = if n == 11 {
        load_bundled().dataset
    } else {
        load::load_sources(&synth::meeting_sources(n), Vec::new()).dataset
    };
    let mut app = App::new(data, settings());
    update(
        &mut app,
        Action::Resize {
            width: 160,
            height: 48,
        },
    );
    // Select a statement deep in the list so the window is not at the start.
    update(&mut app, Action::Focus(cica_dash::app::Pane::Statements));
    update(&mut app, Action::Last);
    bencher.bench_local(|| render::draw(&mut app, 160, 48));
}

#[divan::bench(args = [100_000])]
fn filter_toggle(bencher: Bencher, n: usize) {
    let data = load::load_sources(&synth::meeting_sources(n), Vec::new()).dataset;
    let mut app = App::new(data, settings());
    bencher.bench_local(|| update(&mut app, Action::ToggleFilter));
}
