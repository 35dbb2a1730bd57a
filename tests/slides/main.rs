//! Presentation slides drawn into a buffer and read as text. Each snapshot was read line by
//! line when accepted; the assertions beside them state what the reader checked, so a change
//! that breaks those facts fails even if a new snapshot is accepted blindly.

#[path = "../common/mod.rs"]
mod common;

use std::path::Path;

use cica_dash::dataset::Dataset;
use cica_dash::deck::{Deck, Slide};
use cica_dash::load::{self, DataSource};
use cica_dash::render::to_text;
use cica_dash::text::width;
use cica_dash::theme::Theme;
use cica_dash::ui::slides;
use common::today;
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};

fn bundled() -> Dataset {
    let loaded = load::load(&DataSource::Bundled, load::DEFAULT_MAX_FILE_SIZE).unwrap();
    assert!(!loaded.has_errors());
    loaded.dataset
}

fn fixture(name: &str) -> Dataset {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/valid")
        .join(name);
    let loaded = load::load_dir(&dir).unwrap();
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    loaded.dataset
}

/// The meeting whose title and names are in Cyrillic, Chinese and Arabic.
fn multilingual() -> Dataset {
    fixture("multilingual-meeting")
}

/// Slide `index` of `meeting` drawn into a `w`×`h` buffer.
fn draw(data: &Dataset, meeting: usize, index: usize, w: u16, h: u16) -> Buffer {
    let deck = Deck::build(data, meeting);
    let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
    slides::render(
        data,
        &deck,
        index,
        today(),
        &Theme::fallback(),
        buf.area,
        &mut buf,
    );
    buf
}

/// Slide `index` of meeting 0 at `w`×`h`, as text; checks every row fits the width.
fn slide(data: &Dataset, index: usize, w: u16, h: u16) -> String {
    slide_of(data, 0, index, w, h)
}

fn slide_of(data: &Dataset, meeting: usize, index: usize, w: u16, h: u16) -> String {
    let text = to_text(&draw(data, meeting, index, w, h));
    for line in text.lines() {
        assert!(width(line) <= usize::from(w), "{line:?} wider than {w}");
    }
    assert_eq!(text.lines().count(), usize::from(h));
    text
}

/// The text without any whitespace, to find wrapped text whole.
fn squeezed(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The index of the first slide matching `f`.
fn find(data: &Dataset, f: impl Fn(Slide) -> bool) -> usize {
    let deck = Deck::build(data, 0);
    deck.slides.iter().position(|&s| f(s)).unwrap()
}

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 60)];

mod kinds;
mod sizes;

/// Compares `text` with the stored snapshot `name` in tests/snapshots (named from this file,
/// so the modules share one prefix).
fn snap(name: impl Into<String>, text: impl AsRef<str>) {
    let name: String = name.into();
    insta::with_settings!({ snapshot_path => "../snapshots" }, {
        insta::assert_snapshot!(name, text.as_ref());
    });
}
