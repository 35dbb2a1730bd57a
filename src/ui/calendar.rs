//! The Calendar pane: the view chosen with `v` — a month grid (Monday first by default), a
//! week of entries or a year's heat map — beside or above the selected day's list, and the
//! go-to-date line while it is open.

mod list;
mod menu;
mod month;
mod week;
mod year;

use chrono::Datelike;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::list as pane;
use crate::app::{App, Pane};
use crate::calendar::{CalView, goto, week as week_of};
use crate::dataset::CalItem;
use crate::view::calendar::entry::{Entry, describe};
use crate::view::calendar::{Grid, layout};

pub use menu::render as render_menu;

/// Draws the calendar pane.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let d = app.dashboard();
    let block = pane::block(app, Pane::Calendar, Some(title(app)));
    let inner = block.inner(area);
    block.render(area, buf);
    let lay = layout(d.calendar_view(), d.day(), app.settings().week_start, inner);
    match &lay.grid {
        Grid::Month(g) => month::render(app, g, buf),
        Grid::Week(g) => week::render(app, g, buf),
        Grid::Year(g) => year::render(app, g, buf),
    }
    list::render(app, lay.list, buf);
    if let Some(input) = d.date_input()
        && inner.height > 0
    {
        let row = Rect {
            y: inner.bottom() - 1,
            height: 1,
            ..inner
        };
        input_line(app, input, row, buf);
    }
}

/// The pane's title: the month, the week's days or the year.
fn title(app: &App) -> String {
    let day = app.dashboard().day();
    match app.dashboard().calendar_view() {
        CalView::Month => day.format("%b %Y").to_string(),
        CalView::Week => {
            let w = week_of(day, app.settings().week_start);
            let (a, b) = (w[0], w[6]);
            if a.month() == b.month() {
                format!("week {}–{}", a.format("%-d"), b.format("%-d %b %Y"))
            } else if a.year() == b.year() {
                format!("week {} – {}", a.format("%-d %b"), b.format("%-d %b %Y"))
            } else {
                format!("week {} – {}", a.format("%-d %b %Y"), b.format("%-d %b %Y"))
            }
        }
        CalView::Year => format!("year {}", day.year()),
    }
}

/// The go-to-date line over the pane's last row: what is typed, and what is wrong with it.
fn input_line(app: &App, input: &crate::app::calendar::DateInput, row: Rect, buf: &mut Buffer) {
    let t = app.theme();
    buf.set_style(row, t.base);
    for x in row.left()..row.right() {
        if let Some(cell) = buf.cell_mut((x, row.y)) {
            cell.reset();
        }
    }
    let (said, style) = match &input.error {
        Some(why) => (why.as_str(), t.error),
        None if input.text.is_empty() => (goto::PROMPT, t.dim),
        None => ("", t.dim),
    };
    let line = Line::from(vec![
        Span::styled("Go to ", t.label),
        Span::styled(format!("{}▏", input.text), t.accent),
        Span::raw(" "),
        Span::styled(said.to_owned(), style),
    ]);
    buf.set_line(row.x, row.y, &line, row.width);
}

/// The style of a day's cell: busy, today, selected.
fn day_style(app: &App, day: chrono::NaiveDate, base: Style) -> Style {
    let mut style = base;
    if day == app.settings().today {
        style = style.patch(app.theme().today);
    }
    if day == app.dashboard().day() {
        style = if app.dashboard().focus() == Pane::Calendar {
            app.theme().selection
        } else {
            style.add_modifier(Modifier::REVERSED)
        };
    }
    style
}

/// The entries of a day the calendar shows (all, or those the lens keeps).
fn kept(app: &App, day: chrono::NaiveDate) -> impl Iterator<Item = CalItem> + '_ {
    let d = app.dashboard();
    app.data()
        .calendar
        .on(day)
        .iter()
        .copied()
        .filter(move |&c| d.calendar_keeps(app.data(), c))
}

/// An entry's description on the app's today.
fn entry(app: &App, item: CalItem) -> Option<Entry<'_>> {
    describe(app.data(), item, app.settings().today)
}

/// The style of an entry's title: planned ones in their own style, cancelled ones struck out.
fn entry_style(app: &App, e: &Entry) -> Style {
    match e.status {
        Some(crate::dataset::Status::Cancelled) => {
            app.theme().dim.add_modifier(Modifier::CROSSED_OUT)
        }
        _ if e.not_held() => app.theme().planned,
        _ => Style::new(),
    }
}

/// The style of an entry's mark.
fn mark_style(app: &App, e: &Entry) -> Style {
    if e.meeting {
        app.theme().accent
    } else {
        app.theme().link
    }
}
