//! The detail popup: one item's full text (built in [`crate::view::detail`]), scrollable, with
//! its position when it does not fit.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Widget};

use crate::app::{App, Target};
use crate::view::{detail, layout};

/// Draws the popup.
pub fn render(app: &App, target: Target, scroll: usize, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let popup = layout::big_popup(area);
    let inner = layout::inner(popup);
    let lines = detail::lines(app.ctx(), target, inner.width);
    let max = lines.len().saturating_sub(usize::from(inner.height));
    let scroll = scroll.min(max);
    let pos = if max > 0 {
        format!(
            " {}–{}/{} ",
            scroll + 1,
            (scroll + usize::from(inner.height)).min(lines.len()),
            lines.len()
        )
    } else {
        String::new()
    };
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(t.border_focused)
        .title(Span::styled(
            format!(" {} ", target.title()),
            t.border_focused,
        ))
        .title_bottom(
            Line::from(vec![
                Span::styled(pos, t.dim),
                Span::styled(" Esc close · j/k scroll ", t.dim),
            ])
            .right_aligned(),
        );
    block.render(popup, buf);
    super::scrolled(lines, scroll, inner, buf);
}
