//! The year view: each day a cell shaded by how many entries it has — a glyph of rising
//! density (· ░ ▒ ▓ █), styled by the theme's heat roles — in twelve small months or twelve
//! strips, a month's entries known only to the month counted beside its name (`Jun +2`),
//! and a legend.

use chrono::{Datelike, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::calendar::heat::{GLYPHS, LABELS, LEVELS, level};
use crate::calendar::{month_end, month_grid};
use crate::theme::Theme;
use crate::view::calendar::year::{BLOCK_H, STRIP_LABEL, Shape, YearGrid};

/// Draws the year of `g`.
pub fn render(app: &App, g: &YearGrid, buf: &mut Buffer) {
    for m0 in 0..12u16 {
        let (Some((x, y)), Some(first)) = (g.month_at(m0), g.month(m0)) else {
            continue;
        };
        let (name, extra) = month_name(app, first);
        match g.shape {
            Shape::Blocks { cw, .. } => {
                let name = Span::styled(format!("{}{extra}", name.content), name.style);
                buf.set_span(x, y, &name, 7 * cw);
                let grid = month_grid(first, g.week_start);
                for (r, week) in grid.iter().enumerate() {
                    let row = y + 1 + r as u16;
                    if r as u16 + 1 >= BLOCK_H || row >= g.legend_y() {
                        break;
                    }
                    for (c, day) in week.iter().enumerate() {
                        if let Some(day) = day {
                            cell(app, *day, x + c as u16 * cw, row, buf);
                        }
                    }
                }
            }
            Shape::Strips { .. } => {
                buf.set_span(x, y, &name, STRIP_LABEL);
                let days = month_end(first).day() as u16;
                let mut day = first;
                for i in 0..days {
                    cell(app, day, x + STRIP_LABEL + i, y, buf);
                    day = day.succ_opt().unwrap_or(day);
                }
                let right = g.area.right().saturating_sub(x + STRIP_LABEL + days);
                buf.set_stringn(
                    x + STRIP_LABEL + days,
                    y,
                    &extra,
                    usize::from(right),
                    name.style,
                );
            }
        }
    }
    legend(app, g, buf);
}

/// A month's short name (the selected month's accented), and ` +N` for the entries it has
/// that are known only to the month (empty when there are none).
fn month_name(app: &App, first: NaiveDate) -> (Span<'static>, String) {
    let d = app.dashboard();
    let without_day = app
        .data()
        .calendar
        .in_month(first.year(), first.month())
        .iter()
        .filter(|&&c| d.calendar_keeps(app.data(), c))
        .count();
    let extra = if without_day > 0 {
        format!(" +{without_day}")
    } else {
        String::new()
    };
    let style = if first.month() == d.day().month() {
        app.theme().bold.patch(app.theme().accent)
    } else {
        app.theme().bold
    };
    (Span::styled(first.format("%b").to_string(), style), extra)
}

/// One day's cell: its level's glyph in its level's style.
fn cell(app: &App, day: NaiveDate, x: u16, y: u16, buf: &mut Buffer) {
    let n = level(super::kept(app, day).count());
    let style = super::day_style(app, day, heat(app.theme(), n));
    if let Some(c) = buf.cell_mut((x, y)) {
        c.set_symbol(GLYPHS[n]).set_style(style);
    }
}

/// The legend: each glyph with the number of entries it stands for, and what `+N` means.
fn legend(app: &App, g: &YearGrid, buf: &mut Buffer) {
    let t = app.theme();
    let mut spans = Vec::new();
    for (i, label) in LABELS.iter().enumerate().take(LEVELS) {
        spans.push(Span::styled(GLYPHS[i], heat(t, i)));
        spans.push(Span::styled(format!("{label} "), t.dim));
    }
    spans.push(Span::styled("a day; +N no day", t.dim));
    buf.set_line(g.area.x, g.legend_y(), &Line::from(spans), g.area.width);
}

/// The theme's style for a heat level (0–4).
fn heat(t: &Theme, level: usize) -> Style {
    match level {
        0 => t.heat_0,
        1 => t.heat_1,
        2 => t.heat_2,
        3 => t.heat_3,
        _ => t.heat_4,
    }
}
