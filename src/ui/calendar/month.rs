//! The month view's grid: day numbers, a day with a meeting or with events marked, today and
//! the selected day; as many weeks as the pane has rows for, around the selected one.

use chrono::Datelike;
use ratatui::buffer::Buffer;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::calendar::{month_grid, weekdays};
use crate::dataset::CalItem;
use crate::text::width;
use crate::view::calendar::month::{GRID_W, MonthGrid};

/// Draws the month of `g`.
pub fn render(app: &App, g: &MonthGrid, buf: &mut Buffer) {
    let mut lines = Vec::new();
    if g.title {
        let title = g.day.format("%B %Y").to_string();
        let pad = usize::from(GRID_W).saturating_sub(width(&title)) / 2;
        lines.push(Line::styled(
            format!("{}{title}", " ".repeat(pad)),
            app.theme().bold,
        ));
    }
    if g.names {
        let names: Vec<String> = weekdays(g.week_start)
            .iter()
            .map(|d| d.to_string()[..2].to_owned())
            .collect();
        lines.push(Line::styled(names.join(" "), app.theme().dim));
    }
    let grid = month_grid(g.day, g.week_start);
    for week in grid.iter().skip(g.first_week).take(g.weeks) {
        let mut spans = Vec::new();
        for (i, cell) in week.iter().enumerate() {
            if i > 0 {
                spans.push(Span::raw(" "));
            }
            let Some(day) = cell else {
                spans.push(Span::raw("  "));
                continue;
            };
            let mut meeting = false;
            let mut any = false;
            for c in super::kept(app, *day) {
                any = true;
                meeting |= matches!(c, CalItem::Meeting(_));
            }
            let busy = if meeting {
                app.theme().day_meeting
            } else if any {
                app.theme().day_event
            } else {
                Style::new()
            };
            let style = super::day_style(app, *day, busy);
            spans.push(Span::styled(format!("{:>2}", day.day()), style));
        }
        lines.push(Line::from(spans));
    }
    for (i, line) in lines.iter().take(usize::from(g.area.height)).enumerate() {
        buf.set_line(g.area.x, g.area.y + i as u16, line, g.area.width);
    }
}
