//! The detail popup: one item's full text (built in [`crate::view::detail`]), scrollable, with
//! its position when it does not fit. The lines that name other items are underlined, and
//! the highlighted one, which Enter follows, is drawn in the selection's colours.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

use crate::app::{Action, App, Target};
use crate::bindings::{Context, key_label};
use crate::view::{detail, layout};

/// Draws the popup.
pub fn render(
    app: &App,
    target: Target,
    scroll: usize,
    link: Option<usize>,
    area: Rect,
    buf: &mut Buffer,
) {
    let t = app.theme();
    let popup = layout::big_popup(area);
    let content = detail::content(app.ctx(), target, layout::inner(popup).width);
    let h = usize::from(layout::inner(popup).height);
    let scroll = scroll.min(content.lines.len().saturating_sub(h));
    let shown = content.visible(link, scroll, h);
    let position = Some((scroll, h, content.lines.len()));
    let key = |a: Action| key_label(Context::Detail, &a);
    let hint = if content.links.is_empty() {
        format!(
            "{} close · {}/{} scroll",
            key(Action::Close),
            key(Action::Down),
            key(Action::Up)
        )
    } else {
        let [link, follow, back, close] =
            [Action::NextLink, Action::Open, Action::Back, Action::Close].map(key);
        format!("{link} link · {follow} follow · {back} back · {close} close")
    };
    let inner = super::popup::frame(
        t,
        popup,
        target.title(),
        t.border_focused,
        position,
        &hint,
        buf,
    );
    let mut lines = content.lines;
    for (i, (range, _)) in content.links.iter().enumerate() {
        for line in lines.get_mut(range.clone()).into_iter().flatten() {
            for span in line.spans.iter_mut().filter(|s| s.style != t.label) {
                span.style = if shown == Some(i) {
                    span.style.patch(t.selection)
                } else {
                    span.style.add_modifier(Modifier::UNDERLINED)
                };
            }
        }
    }
    super::scrolled(lines, scroll, inner, buf);
}
