//! The meeting picker: every meeting by date, to jump to one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Widget};

use super::{layout, theme};
use crate::app::App;
use crate::text::{fit, truncate};

const DATE_WIDTH: usize = 11;

/// The picker's area on a screen.
pub fn area(app: &App, screen: Rect) -> Rect {
    let rows = app.data.meetings.len() as u16 + 2;
    layout::popup(screen, 100, rows.max(5))
}

/// The meeting row under a click, if any.
pub fn row_at(app: &App, screen: Rect, x: u16, y: u16) -> Option<usize> {
    let inner = layout::inner(area(app, screen));
    if !layout::contains(inner, x, y) {
        return None;
    }
    let row = offset(app, inner) + usize::from(y - inner.y);
    (row < app.data.meetings.len()).then_some(row)
}

fn cursor(app: &App) -> usize {
    match app.overlay {
        Some(crate::app::Overlay::Picker { cursor }) => cursor,
        _ => app.meeting,
    }
}

fn offset(app: &App, inner: Rect) -> usize {
    let h = usize::from(inner.height).max(1);
    cursor(app).saturating_sub(h - 1)
}

/// Draws the picker.
pub fn render(app: &App, screen: Rect, buf: &mut Buffer) {
    let popup = area(app, screen);
    let inner = layout::inner(popup);
    Clear.render(popup, buf);
    Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(theme::focused_border())
        .title(format!(" Meetings ({}) ", app.data.meetings.len()))
        .title_bottom(Line::styled(" Enter show · Esc close ", theme::dim()).right_aligned())
        .render(popup, buf);
    let cur = cursor(app);
    let w = usize::from(inner.width);
    for (row, (i, m)) in app
        .data
        .meetings
        .iter()
        .enumerate()
        .skip(offset(app, inner))
        .take(usize::from(inner.height))
        .enumerate()
    {
        let y = inner.y + row as u16;
        let style = if i == cur {
            theme::cursor()
        } else {
            ratatui::style::Style::new()
        };
        buf.set_style(Rect::new(inner.x, y, inner.width, 1), style);
        let mark = if i == app.meeting { "● " } else { "  " };
        let body_w = 28.min(w / 4);
        let title_w = w.saturating_sub(DATE_WIDTH + body_w + 4);
        let line = Line::from(vec![
            Span::raw(mark),
            Span::styled(fit(&m.date.to_string(), DATE_WIDTH), theme::dim()),
            Span::styled(fit(&m.body, body_w), theme::dim()),
            Span::raw(" "),
            Span::raw(truncate(&m.title, title_w).into_owned()),
        ]);
        buf.set_line(inner.x, y, &line, inner.width);
    }
}
