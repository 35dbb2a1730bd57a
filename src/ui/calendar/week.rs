//! The week view: seven columns, each day's heading over its entries, with entries of several
//! days drawn as one band across the columns they cover (◂ and ▸ when they go on beyond the
//! week); on a narrow pane seven rows, each entry of several days saying which of its days
//! the row is.

use chrono::Datelike;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::dataset::CalItem;
use crate::text::{fit, truncate, width, wrap};
use crate::view::calendar::week::{Shape, WeekGrid, bands};

/// Draws the week of `g`.
pub fn render(app: &App, g: &WeekGrid, buf: &mut Buffer) {
    let on: [Vec<CalItem>; 7] = std::array::from_fn(|i| super::kept(app, g.days[i]).collect());
    match g.shape {
        Shape::Columns { col_w } => columns(app, g, col_w, &on, buf),
        Shape::Rows { .. } => rows(app, g, &on, buf),
    }
}

/// A day's heading: `Mo 21`, with the month when there is room (`Mo 21 Jun`).
fn heading(app: &App, day: chrono::NaiveDate, w: usize) -> Span<'static> {
    let short = format!("{} {}", &day.weekday().to_string()[..2], day.day());
    let long = format!("{short} {}", day.format("%b"));
    let text = if width(&long) <= w { long } else { short };
    Span::styled(fit(&text, w), super::day_style(app, day, app.theme().bold))
}

fn columns(app: &App, g: &WeekGrid, col_w: u16, on: &[Vec<CalItem>; 7], buf: &mut Buffer) {
    let t = app.theme();
    let w = usize::from(col_w);
    let span = |c: CalItem| super::entry(app, c).and_then(|e| e.span);
    let (lanes, singles) = bands(&g.days, on, span);
    for i in 0..7 {
        let a = g.day_area(i);
        if a.height == 0 {
            continue;
        }
        buf.set_span(a.x, a.y, &heading(app, g.days[i], w), col_w);
        if i < 6 {
            for y in a.top()..a.bottom() {
                buf.set_string(a.right(), y, "│", t.border);
            }
        }
    }
    let top = g.area.y + 1;
    for (lane, row) in lanes.iter().zip(top..g.area.bottom()) {
        for b in lane {
            let (from, to) = (g.day_area(b.from), g.day_area(b.to));
            let cells = usize::from(to.right() - from.x);
            let Some(e) = super::entry(app, b.item) else {
                continue;
            };
            let left = if b.before { "◂" } else { "" };
            let right = if b.after { "▸" } else { "" };
            let room = cells.saturating_sub(width(right));
            let text = truncate(&format!("{left}{} {}", e.mark(), e.title), room).into_owned();
            let fill = "─".repeat(room.saturating_sub(width(&text)));
            let style = super::entry_style(app, &e).patch(super::mark_style(app, &e));
            let line = Line::from(vec![
                Span::styled(text, style),
                Span::styled(format!("{fill}{right}"), style),
            ]);
            buf.set_line(from.x, row, &line, cells as u16);
        }
    }
    let first = top + lanes.len() as u16;
    for (i, items) in singles.iter().enumerate() {
        let a = g.day_area(i);
        let rows = a.bottom().saturating_sub(first);
        let area = Rect::new(a.x, first, a.width, rows);
        stack(app, items, area, buf);
    }
}

/// A day's one-day entries one under another, titles wrapped over up to three lines when
/// there is room, the last row saying how many more there are.
fn stack(app: &App, items: &[CalItem], a: Rect, buf: &mut Buffer) {
    let rows = usize::from(a.height);
    let per_item = (rows / items.len().max(1)).clamp(1, 3);
    let text_w = usize::from(a.width).saturating_sub(2).max(1);
    let mut y = a.y;
    for (r, &item) in items.iter().enumerate() {
        let left = usize::from(a.bottom() - y);
        if left == 0 {
            break;
        }
        if left == 1 && r + 1 < items.len() {
            let more = format!("+{} more", items.len() - r);
            buf.set_string(
                a.x,
                y,
                truncate(&more, usize::from(a.width)),
                app.theme().dim,
            );
            break;
        }
        let Some(e) = super::entry(app, item) else {
            continue;
        };
        let style = super::entry_style(app, &e);
        let mut lines = wrap(e.title, text_w);
        lines.truncate(per_item.min(left));
        for (i, text) in lines.into_iter().enumerate() {
            let mark = if i == 0 {
                Span::styled(format!("{} ", e.mark()), super::mark_style(app, &e))
            } else {
                Span::raw("  ")
            };
            buf.set_line(
                a.x,
                y,
                &Line::from(vec![mark, Span::styled(text, style)]),
                a.width,
            );
            y += 1;
        }
    }
}

fn rows(app: &App, g: &WeekGrid, on: &[Vec<CalItem>; 7], buf: &mut Buffer) {
    for (i, items) in on.iter().enumerate() {
        let a = g.day_area(i);
        if a.height == 0 || a.width < 7 {
            continue;
        }
        buf.set_span(a.x, a.y, &heading(app, g.days[i], 5), 5);
        let list = Rect::new(a.x + 6, a.y, a.width - 6, a.height);
        if items.is_empty() {
            buf.set_string(list.x, list.y, "·", app.theme().dim);
            continue;
        }
        for (r, &item) in items.iter().enumerate().take(usize::from(list.height)) {
            let y = list.y + r as u16;
            let more = items.len() - r - 1;
            let last = r + 1 == usize::from(list.height);
            let Some(e) = super::entry(app, item) else {
                continue;
            };
            let tail = match (last && more > 0, e.day_of(g.days[i])) {
                (true, _) => format!(" +{more}"),
                (false, Some((k, n))) => format!(" {k}/{n}"),
                (false, None) => String::new(),
            };
            let room = usize::from(list.width).saturating_sub(2 + width(&tail));
            let line = Line::from(vec![
                Span::styled(format!("{} ", e.mark()), super::mark_style(app, &e)),
                Span::styled(
                    truncate(e.title, room).into_owned(),
                    super::entry_style(app, &e),
                ),
                Span::styled(tail, app.theme().dim),
            ]);
            buf.set_line(list.x, y, &line, list.width);
        }
    }
}
