//! The profile picker: the query, and the states and organisations it matches, best first,
//! with their codes and standing.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use crate::app::{Action, App, PickFor, PickState};
use crate::bindings::{Context, key_label};
use crate::text::{fit, truncate, width};
use crate::view::profile::{pick_area, pick_list};

/// Draws the picker.
pub fn render(app: &App, s: &PickState, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let popup = pick_area(app.data().participants.len(), area);
    let key = |a: Action| key_label(Context::ProfilePicker, &a);
    let (title, verb) = match s.purpose {
        PickFor::Profile => ("Profile of…", "open"),
        PickFor::Statistics => ("Count the items of…", "count"),
    };
    let hint = format!(
        "type a name · {}{} choose · {} {verb} · {} close",
        key(Action::Up),
        key(Action::Down),
        key(Action::Open),
        key(Action::Close)
    );
    let inner = super::popup::frame(t, popup, title, t.border_focused, None, &hint, buf);
    let query = Line::from(vec![
        Span::styled("› ", t.accent.add_modifier(Modifier::BOLD)),
        Span::styled(format!("{}▏", s.query), t.bold),
    ]);
    buf.set_line(inner.x, inner.y, &query, inner.width);
    let count = format!("{} of {}", s.matches.len(), app.data().participants.len());
    if usize::from(inner.width) > width(&count) + width(&s.query) + 6 {
        let x = inner.right() - width(&count) as u16;
        buf.set_string(x, inner.y, &count, t.dim);
    }
    let (list, first) = pick_list(popup, s.cursor);
    if s.matches.is_empty() && list.height > 0 {
        buf.set_string(list.x, list.y, "no state or organisation matches", t.dim);
    }
    let w = usize::from(list.width);
    for (row, &p) in s
        .matches
        .iter()
        .enumerate()
        .skip(first)
        .take(usize::from(list.height))
    {
        let Some(p) = app.data().participants.get(p) else {
            continue;
        };
        let y = list.y + (row - first) as u16;
        let selected = row == s.cursor;
        let style = if selected { t.selection } else { t.base };
        let secondary = if selected { style } else { t.dim };
        let kind = crate::view::kind_word(p.kind);
        let status = p.status.map(crate::view::standing_word).unwrap_or("");
        let right = format!("{kind} {status}");
        let name_w = w.saturating_sub(8 + width(&right) + 1);
        let line = Line::from(vec![
            Span::styled(fit(&p.name, name_w), style),
            Span::styled(format!(" {}", fit(&p.code, 7)), secondary),
            Span::styled(
                truncate(&right, w.saturating_sub(name_w + 8)).into_owned(),
                secondary,
            ),
        ]);
        buf.set_style(Rect::new(list.x, y, list.width, 1), style);
        buf.set_line(list.x, y, &line, list.width);
    }
}
