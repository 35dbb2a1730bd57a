//! The preview pane of wide screens: beside the four panes, the selected item (or the
//! calendar's day) in full and word-wrapped, as its detail popup would show it, so that on a
//! projector or a big monitor the whole text is read without opening anything.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Widget};

use crate::app::App;
use crate::view::detail;

/// Draws the preview of the dashboard's selection into `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let target = app.selected_target();
    let title = target.map_or("Preview", |t| t.title());
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(t.border)
        .title(Line::from(Span::styled(format!(" {title} "), t.bold)));
    let inner = block.inner(area);
    // A paragraph steps over the cell after a wide character without writing it: cleared
    // first, that cell is blank rather than whatever was drawn there before.
    Clear.render(area, buf);
    block.render(area, buf);
    // One column of margin on each side, as in the panes.
    let text = Rect {
        x: inner.x.saturating_add(1),
        width: inner.width.saturating_sub(2),
        ..inner
    };
    match target {
        Some(target) => {
            let lines = detail::lines(app.ctx(), target, text.width);
            super::scrolled(lines, 0, text, buf);
        }
        None => super::list::empty(inner, buf, vec![Line::from("Nothing selected.")]),
    }
}
