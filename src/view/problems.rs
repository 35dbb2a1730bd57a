//! The data's problems as wrapped lines: the error screen and the `e` popup show them, and
//! `update` counts them to clamp scrolling.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::layout;
use crate::load::Diagnostic;
use crate::text::wrap;
use crate::theme::Theme;

/// Where the list's text goes: inside the popup over good data, or the body of the error
/// screen when there is none.
pub fn text_area(has_data: bool, screen: Rect) -> Rect {
    if has_data {
        layout::inner(layout::big_popup(screen))
    } else {
        layout::inner(layout::screen(screen).body)
    }
}

/// Every problem, wrapped to `w`: location and message, then help.
pub fn lines(problems: &[Diagnostic], theme: &Theme, w: u16) -> Vec<Line<'static>> {
    let w = usize::from(w).max(10);
    let mut out = Vec::new();
    for d in problems {
        let head = format!("{}:{}:{}: ", d.file, d.line, d.col);
        let text = format!("{head}error[{}]: {}", d.code.as_str(), d.message);
        for (i, l) in wrap(&text, w).into_iter().enumerate() {
            out.push(if i == 0 && l.starts_with(&head) {
                let rest = l[head.len()..].to_owned();
                Line::from(vec![
                    Span::styled(head.clone(), theme.bold),
                    Span::styled(rest, theme.error),
                ])
            } else {
                Line::raw(l)
            });
        }
        if let Some(h) = &d.help {
            out.extend(
                wrap(&format!("help: {h}"), w.saturating_sub(2))
                    .into_iter()
                    .map(|l| Line::styled(format!("  {l}"), theme.dim)),
            );
        }
        out.push(Line::default());
    }
    out
}
