//! The help overlay: the key table's lines (built in [`crate::view::help`]) in a popup.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::theme::Theme;
use crate::view::{help, layout};

/// Draws the overlay.
pub fn render(theme: &Theme, presenting: bool, scroll: usize, area: Rect, buf: &mut Buffer) {
    let popup = layout::big_popup(area);
    let lines = help::lines(theme, layout::inner(popup).width, presenting);
    let h = usize::from(layout::inner(popup).height);
    let scroll = scroll.min(lines.len().saturating_sub(h));
    let position = Some((scroll, h, lines.len()));
    let hint = "Esc close · j/k scroll";
    let inner = super::popup::frame(
        theme,
        popup,
        "Keys",
        theme.border_focused,
        position,
        hint,
        buf,
    );
    super::scrolled(lines, scroll, inner, buf);
}
