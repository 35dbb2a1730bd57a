//! The meeting picker: every meeting by date, to jump to one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::text::{fit, truncate};
use crate::view::layout;

const DATE_WIDTH: usize = 11;

/// Draws the picker.
pub fn render(app: &App, cursor: usize, screen: Rect, buf: &mut Buffer) {
    let count = app.data().meetings.len();
    let popup = layout::picker_area(count, screen);
    let inner = layout::inner(popup);
    let title = format!("Meetings ({count})");
    let t = app.theme();
    super::popup::frame(
        t,
        popup,
        &title,
        t.border_focused,
        None,
        "Enter show · Esc close",
        buf,
    );
    let w = usize::from(inner.width);
    for (row, (i, m)) in app
        .data()
        .meetings
        .iter()
        .enumerate()
        .skip(layout::picker_offset(cursor, inner))
        .take(usize::from(inner.height))
        .enumerate()
    {
        let y = inner.y + row as u16;
        let style = if i == cursor {
            app.theme().selection
        } else {
            app.theme().base
        };
        buf.set_style(Rect::new(inner.x, y, inner.width, 1), style);
        // Dim text on the selection's background is hard to read on a projector: the
        // selected row is drawn in the selection's colours throughout.
        let secondary = if i == cursor { style } else { app.theme().dim };
        let mark = if i == app.dashboard().meeting() {
            "● "
        } else {
            "  "
        };
        let body_w = 28.min(w / 4);
        let title_w = w.saturating_sub(DATE_WIDTH + body_w + 4);
        let line = Line::from(vec![
            Span::raw(mark),
            Span::styled(fit(&m.date.to_string(), DATE_WIDTH), secondary),
            Span::styled(fit(&m.body, body_w), secondary),
            Span::raw(" "),
            Span::raw(truncate(&m.title, title_w).into_owned()),
        ]);
        buf.set_line(inner.x, y, &line, inner.width);
    }
}
