//! The presentation screen: the audience view (the slide, full screen, with a footer), the
//! presenter view (the slide and the next one small, the speaker notes, timer and clock),
//! the blank screen, the slide-number entry and the overview grid.

mod footer;
mod overview;
mod presenter;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::{App, Presentation};
use crate::sync::protocol::Role;
use crate::view::deck::slide_and_footer;

pub use overview::render as overview;

/// Draws the presentation.
pub fn render(app: &App, p: &Presentation, area: Rect, buf: &mut Buffer) {
    if p.role() == Role::Presenter {
        return presenter::render(app, p, area, buf);
    }
    if p.blank() {
        buf.set_style(area, app.theme().blank);
        return;
    }
    let (slide, bar) = slide_and_footer(area, p.footer());
    super::slides::render(
        app.data(),
        p.deck(),
        p.slide(),
        app.settings().today,
        app.theme(),
        slide,
        buf,
    );
    if let Some(bar) = bar {
        footer::render(app, p, bar, buf);
    }
    // With the footer on, the clock is in it; without, in the slide's top right corner.
    if p.clock() && bar.is_none() {
        clock(app, slide, buf);
    }
    entry(app, p, slide, buf);
}

/// The wall clock in the slide's top right corner.
fn clock(app: &App, area: Rect, buf: &mut Buffer) {
    let text = format!(" {} ", app.now().wall.format("%H:%M"));
    let w = text.chars().count() as u16;
    if area.width > w && area.height > 0 {
        buf.set_string(area.right() - w, area.y, text, app.theme().bold);
    }
}

/// The slide number being typed, in the slide's bottom left corner.
fn entry(app: &App, p: &Presentation, area: Rect, buf: &mut Buffer) {
    if p.entry().is_empty() || area.height == 0 {
        return;
    }
    let line = Line::from(vec![
        Span::styled(" go to slide ", app.theme().notice),
        Span::styled(format!("{}▏", p.entry()), app.theme().notice),
        Span::styled(" Enter ", app.theme().notice),
    ]);
    buf.set_line(area.x, area.bottom() - 1, &line, area.width);
}
