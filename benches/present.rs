//! The presentation: a key press (update plus draw) on the deck at 80×24 and 200×60, the
//! presenter view, the overview, and a slide exported as SVG.
//!
//! Run with `cargo bench --bench present`; the closing notes quote these figures.

use cica_dash::app::{Action, App, PresentOptions, Settings, update};
use cica_dash::export::{Palette, svg};
use cica_dash::load::{self, DataSource};
use cica_dash::render;
use divan::Bencher;

fn main() {
    divan::main();
}

fn presenting(options: PresentOptions) -> App {
    let settings = Settings {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        week_start: chrono::Weekday::Mon,
    };
    let data = load::load(&DataSource::Bundled, load::DEFAULT_MAX_FILE_SIZE)
        .unwrap()
        .dataset;
    let mut app = App::new(data, settings).with_present_options(options);
    update(&mut app, Action::Present { meeting: None });
    app
}

/// Next slide, wrapping to the first at the end, then a full frame.
fn next_and_draw(app: &mut App, w: u16, h: u16) -> ratatui::buffer::Buffer {
    let last = app.presentation().unwrap().slide() + 1 == app.presentation().unwrap().deck().len();
    update(
        app,
        if last {
            Action::First
        } else {
            Action::NextSlide
        },
    );
    render::draw(app, w, h)
}

#[divan::bench(args = [(80, 24), (200, 60)])]
fn next_slide(bencher: Bencher, (w, h): (u16, u16)) {
    let mut app = presenting(PresentOptions::default());
    bencher.bench_local(|| next_and_draw(&mut app, w, h));
}

#[divan::bench]
fn next_slide_presenter_view_120x36(bencher: Bencher) {
    let mut app = presenting(PresentOptions {
        presenter: true,
        ..PresentOptions::default()
    });
    bencher.bench_local(|| next_and_draw(&mut app, 120, 36));
}

#[divan::bench]
fn overview_move_200x60(bencher: Bencher) {
    let mut app = presenting(PresentOptions::default());
    update(&mut app, Action::ToggleOverview);
    bencher.bench_local(|| {
        update(&mut app, Action::Right);
        render::draw(&mut app, 200, 60)
    });
}

#[divan::bench]
fn slide_as_svg_120x34(bencher: Bencher) {
    let mut app = presenting(PresentOptions::default());
    let buf = render::draw(&mut app, 120, 34);
    bencher.bench_local(|| svg(&buf, &Palette::dark()));
}
