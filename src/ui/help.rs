//! The help overlay, generated from the key table so it can never disagree with it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Widget};

use super::{layout, theme};
use crate::keymap::{BINDINGS, Context};
use crate::text::{fit, wrap};

const KEYS_WIDTH: usize = 18;

/// Every binding, grouped by context, then the mouse, wrapped to `width`.
pub fn lines(width: u16) -> Vec<Line<'static>> {
    let desc_w = usize::from(width).saturating_sub(KEYS_WIDTH + 2).max(10);
    let mut out = Vec::new();
    let order = [
        Context::Main,
        Context::Lists,
        Context::Calendar,
        Context::Detail,
        Context::Picker,
        Context::Help,
        Context::Always,
    ];
    for ctx in order {
        out.push(Line::styled(ctx.title(), theme::bold()));
        for b in BINDINGS.iter().filter(|b| b.context == ctx) {
            let keys: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
            for (i, d) in wrap(b.help, desc_w).into_iter().enumerate() {
                let k = if i == 0 {
                    keys.join(" ")
                } else {
                    String::new()
                };
                out.push(Line::from(vec![
                    Span::styled(
                        format!("  {}", fit(&k, KEYS_WIDTH)),
                        Style::new().fg(theme::ACCENT),
                    ),
                    Span::raw(d),
                ]));
            }
        }
        out.push(Line::default());
    }
    out.push(Line::styled("Mouse", theme::bold()));
    let mouse = [
        "click a pane to focus it and select a row; click the selection again to open it",
        "the wheel moves the selection of the pane under the pointer",
    ];
    for m in mouse {
        out.extend(
            wrap(m, usize::from(width).saturating_sub(2))
                .into_iter()
                .map(|l| Line::raw(format!("  {l}"))),
        );
    }
    out
}

/// Draws the overlay.
pub fn render(scroll: usize, area: Rect, buf: &mut Buffer) {
    let popup = layout::big_popup(area);
    let inner = layout::inner(popup);
    let lines = lines(inner.width);
    Clear.render(popup, buf);
    Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(theme::focused_border())
        .title(" Keys ")
        .title_bottom(Line::styled(" Esc close · j/k scroll ", theme::dim()).right_aligned())
        .render(popup, buf);
    super::scrolled(lines, scroll, inner, buf);
}
