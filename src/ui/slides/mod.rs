//! The slides of presentation mode: one slide of a [`Deck`] drawn into a rectangle.
//!
//! [`render`] is a pure function of the data, the deck, the slide index, today's date and the
//! theme. It draws only inside the given area (the caller draws the footer, timer and so on
//! around it), in a readable column with generous margins, and re-flows to any size: from a
//! few cells (drawing what fits, never panicking) to a wall-sized terminal (a column at most
//! [`flow::MAX_COLUMN`] wide, centred). Each kind of slide has its own module.

mod agenda;
pub mod big;
mod coordination;
mod decision;
mod events;
pub mod flow;
pub mod runs;
mod statement;
mod title;

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};

use crate::dataset::{Dataset, Meeting};
use crate::deck::{Deck, Slide};
use crate::theme::Theme;
use flow::Col;

/// What every slide module reads.
pub(crate) struct Ctx<'a> {
    pub data: &'a Dataset,
    pub meeting: &'a Meeting,
    /// The meeting's index in the data set.
    pub index: usize,
    pub today: NaiveDate,
}

impl Ctx<'_> {
    /// A participant's name, by index.
    pub fn name(&self, p: usize) -> Option<&str> {
        self.data.participants.get(p).map(|p| p.name.as_str())
    }
}

/// Draws slide `index` of `deck` into `area`. An index or meeting that no longer exists
/// draws a short notice instead.
pub fn render(
    data: &Dataset,
    deck: &Deck,
    index: usize,
    today: NaiveDate,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    buf.set_style(area, theme.slide_text);
    let col = flow::column(area);
    let (Some(slide), Some(meeting)) = (deck.get(index), deck.meeting(data)) else {
        return missing(col, theme, buf);
    };
    let ctx = Ctx {
        data,
        meeting,
        index: deck.meeting,
        today,
    };
    let draw = |c: &mut Col| match slide {
        Slide::Title => title::title(&ctx, c),
        Slide::Agenda => agenda::render(&ctx, c),
        Slide::Decision(i) => decision::render(&ctx, i, c),
        Slide::Statement(i) => statement::render(&ctx, i, c),
        Slide::Coordination => coordination::render(&ctx, c),
        Slide::Events => events::render(&ctx, c),
        Slide::Closing => title::closing(&ctx, c),
    };
    let centred = matches!(slide, Slide::Title | Slide::Closing | Slide::Statement(_));
    let mut offset = 0;
    if centred {
        // Measure first with the same code, drawing nothing, then centre vertically.
        let mut dry = Col::new(col, theme, None);
        draw(&mut dry);
        offset = col.height.saturating_sub(dry.used()) / 2;
    }
    let mut c = Col::new(col, theme, Some(buf));
    c.y += offset;
    draw(&mut c);
}

fn missing(col: Rect, theme: &Theme, buf: &mut Buffer) {
    let mut c = Col::new(col, theme, Some(buf));
    c.para("(no such slide)", theme.dim, Alignment::Center);
}
