//! The overview grid: every slide as a numbered tile with its title; the cursor's tile is
//! selected, and the slide on screen is marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Widget};

use crate::app::{App, Presentation};
use crate::text::{truncate, wrap};
use crate::view::deck::Overview;

/// Draws the overview over the whole screen.
pub fn render(app: &App, p: &Presentation, cursor: usize, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    Clear.render(area, buf);
    buf.set_style(area, t.base);
    let n = p.deck().len();
    let grid = Overview::new(area, n, cursor);
    Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(t.border_focused)
        .title(Span::styled(format!(" Slides ({n}) "), t.border_focused))
        .title(Line::styled(more(&grid), t.border_focused).right_aligned())
        .title_bottom(Span::styled(" arrows move · Enter go · Esc close ", t.dim))
        .render(area, buf);
    for i in 0..n {
        let Some(tile) = grid.tile(i) else { continue };
        let style = if i == cursor { t.selection } else { t.base };
        buf.set_style(tile, style);
        let mark = if i == p.slide() { "●" } else { " " };
        let head = format!("{mark}{:>3} ", i + 1);
        let w = usize::from(tile.width);
        let title = p.deck().title(app.data(), i);
        let lines = wrap(&title, w.saturating_sub(5).max(1));
        buf.set_stringn(tile.x, tile.y, &head, w, style.patch(t.bold));
        let rows = usize::from(tile.height);
        for row in 0..rows.min(lines.len()) {
            // The last row takes the rest of the title, cut with an ellipsis.
            let text = if row + 1 == rows {
                truncate(&lines[row..].join(" "), w.saturating_sub(6)).into_owned()
            } else {
                lines[row].clone()
            };
            buf.set_stringn(
                tile.x + 5,
                tile.y + row as u16,
                text,
                w.saturating_sub(5),
                style,
            );
        }
    }
}

/// Arrows where tiles are scrolled out of view.
fn more(grid: &Overview) -> String {
    let above = grid.first_row > 0;
    let below = grid.count > 0 && grid.tile(grid.count - 1).is_none();
    match (above, below) {
        (true, true) => " more ↑↓ ".into(),
        (true, false) => " more ↑ ".into(),
        (false, true) => " more ↓ ".into(),
        (false, false) => String::new(),
    }
}
