//! Drawing: a pure function from the state to a screen.
//!
//! `impl Widget for &App` draws everything; each pane and overlay has its own module.
//! Nothing here changes state or performs I/O, so a frame can be drawn on a real terminal or
//! on ratatui's `TestBackend` with identical results.

pub mod agenda;
pub mod calendar;
pub mod day;
pub mod decisions;
pub mod detail;
pub mod footer;
pub mod header;
pub mod help;
pub mod layout;
pub mod list;
pub mod meeting;
pub mod picker;
pub mod problems;
pub mod slides;
pub mod statements;
pub mod theme;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::{App, Overlay, Pane};

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if layout::too_small(area) {
            return too_small(area, buf);
        }
        if !self.has_data {
            let scroll = match self.overlay {
                Some(Overlay::Problems { scroll }) => scroll,
                _ => 0,
            };
            return problems::render_screen(self, scroll, area, buf);
        }
        let screen = layout::screen(area);
        header::render(self, screen.header, buf);
        if !self.problems.is_empty() && screen.header.height > 1 {
            let line = Rect {
                y: screen.header.y + 1,
                height: 1,
                ..screen.header
            };
            problems::banner(self, line, buf);
        }
        if let Some(bar) = screen.tabs {
            tabs(self, bar, buf);
        }
        for (pane, rect) in layout::visible_panes(area, self.focus) {
            match pane {
                Pane::Agenda => agenda::render(self, rect, buf),
                Pane::Decisions => decisions::render(self, rect, buf),
                Pane::Statements => statements::render(self, rect, buf),
                Pane::Calendar => calendar::render(self, rect, buf),
            }
        }
        footer::render(self, screen.footer, buf);
        match self.overlay {
            Some(Overlay::Help { scroll }) => help::render(scroll, area, buf),
            Some(Overlay::Detail { target, scroll }) => {
                detail::render(self, target, scroll, area, buf)
            }
            Some(Overlay::Picker { .. }) => picker::render(self, area, buf),
            Some(Overlay::Problems { scroll }) => problems::render_popup(self, scroll, area, buf),
            None => {}
        }
    }
}

fn too_small(area: Rect, buf: &mut Buffer) {
    let (w, h) = layout::MIN_SIZE;
    let text = vec![
        Line::styled("terminal too small", theme::bold()),
        Line::from(format!(
            "(need {w}×{h}, have {}×{})",
            area.width, area.height
        )),
    ];
    let y = area.y + area.height.saturating_sub(2) / 2;
    let rect = Rect::new(
        area.x,
        y,
        area.width,
        area.height.clamp(1, 2).min(area.bottom() - y),
    );
    Paragraph::new(text)
        .centered()
        .wrap(Wrap { trim: true })
        .render(rect, buf);
}

/// The tab bar of the narrow layout, with each pane's number.
fn tabs(app: &App, area: Rect, buf: &mut Buffer) {
    let mut spans = Vec::new();
    for p in Pane::ALL {
        let style = if p == app.focus {
            Style::new()
                .bg(theme::ACCENT)
                .fg(ratatui::style::Color::Black)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().fg(ratatui::style::Color::Gray)
        };
        spans.push(Span::styled(layout::tab_label(p), style));
        spans.push(Span::raw(" "));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

/// Draws `lines` from row `scroll` on, clamped so the last page stays full: the scrolling
/// that the detail popup, the help and the problem list share.
pub fn scrolled(lines: Vec<Line<'static>>, scroll: usize, area: Rect, buf: &mut Buffer) {
    let height = usize::from(area.height);
    let scroll = scroll.min(lines.len().saturating_sub(height));
    let visible: Vec<Line> = lines.into_iter().skip(scroll).take(height).collect();
    Paragraph::new(visible).render(area, buf);
}
