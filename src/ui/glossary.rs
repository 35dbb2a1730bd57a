//! The glossary overlay: the filter typed so far, what is shown (every term, or the terms an
//! item's text uses), and the terms with their meanings and aliases; content and line counts
//! come from [`crate::view::glossary`].

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use crate::app::glossary::GlossaryState;
use crate::app::{App, Target};
use crate::text::{truncate, width};
use crate::view::glossary as geo;

/// Draws the overlay.
pub fn render(app: &App, s: &GlossaryState, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let hint = if s.scope.is_some() {
        "Tab all/item · Esc close"
    } else {
        "type to filter · Esc close"
    };
    let frame = geo::frame(area);
    let inner = super::popup::frame(t, frame, "Glossary", t.border_focused, None, hint, buf);
    if inner.height < 3 {
        return;
    }
    let filter = Line::from(vec![
        Span::styled("filter ", t.accent.add_modifier(Modifier::BOLD)),
        Span::styled(format!("{}▏", s.filter), t.bold),
    ]);
    buf.set_line(inner.x, inner.y, &filter, inner.width);
    let total = app.data().glossary.len();
    let what = match &s.scope {
        Some((item, _)) if !s.all => {
            let kind = Target::Item(*item).title().to_lowercase();
            format!("terms used in this {kind}: {}", s.shown.len())
        }
        _ => format!(
            "{} of {}",
            s.shown.len(),
            crate::text::count(total, "term", "terms")
        ),
    };
    let w = usize::from(inner.width);
    let ww = width(&what);
    if w > ww + width(&s.filter) + 10 {
        buf.set_string(inner.right() - ww as u16, inner.y, &what, t.dim);
    }
    let list = geo::list_area(area);
    if s.shown.is_empty() {
        let text = match (&s.scope, s.all, s.filter.is_empty()) {
            (Some(_), false, true) => {
                "No glossary term appears in this item's text. Tab shows every term."
            }
            (_, _, false) => "No term matches the filter. Backspace or Ctrl-U to widen it.",
            _ => "The data has no glossary: add [[glossary]] entries (docs/data-format.md).",
        };
        buf.set_string(
            list.x,
            list.y,
            truncate(text, usize::from(list.width)),
            t.dim,
        );
        return;
    }
    let lw = usize::from(list.width);
    let mut y = list.y;
    for (k, &term) in s.shown.iter().enumerate().skip(s.offset) {
        if y >= list.bottom() {
            break;
        }
        for line in geo::entry(app.data(), t, &s.shown, term, lw) {
            if y >= list.bottom() {
                break;
            }
            if k == s.cursor {
                buf.set_style(Rect::new(list.x, y, list.width, 1), t.selection);
                let plain: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
                buf.set_stringn(list.x, y, plain, lw, t.selection);
            } else {
                buf.set_line(list.x, y, &line, list.width);
            }
            y += 1;
        }
    }
}
