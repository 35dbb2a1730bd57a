//! The detail popup: one item's full text (built in [`crate::view::detail`]), scrollable, with
//! its position when it does not fit.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::{App, Target};
use crate::view::{detail, layout};

/// Draws the popup.
pub fn render(app: &App, target: Target, scroll: usize, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let popup = layout::big_popup(area);
    let lines = detail::lines(app.ctx(), target, layout::inner(popup).width);
    let h = usize::from(layout::inner(popup).height);
    let scroll = scroll.min(lines.len().saturating_sub(h));
    let position = Some((scroll, h, lines.len()));
    let hint = "Esc close · j/k scroll";
    let inner = super::popup::frame(
        t,
        popup,
        target.title(),
        t.border_focused,
        position,
        hint,
        buf,
    );
    super::scrolled(lines, scroll, inner, buf);
}
