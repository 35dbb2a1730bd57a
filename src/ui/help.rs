//! The help overlay: the key table's lines (built in [`crate::view::help`]) in a popup.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Clear, Widget};

use crate::theme::Theme;
use crate::view::{help, layout};

/// Draws the overlay.
pub fn render(theme: &Theme, presenting: bool, scroll: usize, area: Rect, buf: &mut Buffer) {
    let popup = layout::big_popup(area);
    let inner = layout::inner(popup);
    let lines = help::lines(theme, inner.width, presenting);
    Clear.render(popup, buf);
    Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(theme.border_focused)
        .title(" Keys ")
        .title_bottom(Line::styled(" Esc close · j/k scroll ", theme.dim).right_aligned())
        .render(popup, buf);
    super::scrolled(lines, scroll, inner, buf);
}
