//! The Calendar pane: a month grid (Monday first by default) with busy days marked, the
//! selected day's entries, entries known only to the month or year, and the undated events.

use chrono::Datelike;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::list;
use crate::app::{App, Pane};
use crate::calendar::{month_grid, weekdays};
use crate::dataset::{CalItem, effective_status};
use crate::text::{truncate, width};

/// Draws the calendar pane.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let block = list::block(
        app,
        Pane::Calendar,
        Some(app.dashboard().day().format("%b %Y").to_string()),
    );
    let inner = block.inner(area);
    block.render(area, buf);
    let (grid, list_area) = crate::view::calendar::calendar_parts(inner);
    render_grid(app, grid, buf);
    let lines = day_lines(app, list_area.width, usize::from(list_area.height));
    let height = usize::from(list_area.height);
    for (i, line) in lines.iter().take(height).enumerate() {
        let line = if i + 1 == height && lines.len() > height {
            Line::styled(
                "… more below: Enter shows the whole day".to_owned(),
                app.theme().dim,
            )
        } else {
            line.clone()
        };
        buf.set_line(list_area.x, list_area.y + i as u16, &line, list_area.width);
    }
}

fn render_grid(app: &App, area: Rect, buf: &mut Buffer) {
    let cal = &app.data().calendar;
    let title = app.dashboard().day().format("%B %Y").to_string();
    let pad = usize::from(crate::view::calendar::GRID_W).saturating_sub(width(&title)) / 2;
    let mut lines = vec![Line::styled(
        format!("{}{title}", " ".repeat(pad)),
        app.theme().bold,
    )];
    let names: Vec<String> = weekdays(app.settings().week_start)
        .iter()
        .map(|d| d.to_string()[..2].to_owned())
        .collect();
    lines.push(Line::styled(names.join(" "), app.theme().dim));
    let focused = app.dashboard().focus() == Pane::Calendar;
    for week in month_grid(app.dashboard().day(), app.settings().week_start) {
        let mut spans = Vec::new();
        for (i, cell) in week.iter().enumerate() {
            if i > 0 {
                spans.push(Span::raw(" "));
            }
            let Some(day) = cell else {
                spans.push(Span::raw("  "));
                continue;
            };
            let keep = |c: &&CalItem| app.dashboard().calendar_keeps(app.data(), **c);
            let items: Vec<&CalItem> = cal.on(*day).iter().filter(keep).collect();
            let mut style = if items.iter().any(|c| matches!(c, CalItem::Meeting(_))) {
                app.theme().day_meeting
            } else if !items.is_empty() {
                app.theme().day_event
            } else {
                Style::new()
            };
            if *day == app.settings().today {
                style = style.patch(app.theme().today);
            }
            if *day == app.dashboard().day() {
                style = if focused {
                    app.theme().selection
                } else {
                    style.add_modifier(Modifier::REVERSED)
                };
            }
            spans.push(Span::styled(format!("{:>2}", day.day()), style));
        }
        lines.push(Line::from(spans));
    }
    for (i, line) in lines.iter().take(usize::from(area.height)).enumerate() {
        buf.set_line(area.x, area.y + i as u16, line, area.width);
    }
}

/// The list beside the grid: the day, the month's and year's undated-by-day entries, and the
/// events with no date at all.
/// At most `limit + 1` lines are built (one more than fit says that more follow), so a frame
/// costs the same however many events the data holds.
pub fn day_lines(app: &App, w: u16, limit: usize) -> Vec<Line<'static>> {
    let cal = &app.data().calendar;
    let w = usize::from(w);
    let day = app.dashboard().day();
    let mut out = Vec::new();
    let today = if day == app.settings().today {
        " · today"
    } else {
        ""
    };
    out.push(Line::styled(
        format!("{}{today}", day.format("%a %-d %B %Y")),
        app.theme().bold,
    ));
    let keep = |c: &CalItem| app.dashboard().calendar_keeps(app.data(), *c);
    let kept = |items: &[CalItem]| -> Vec<CalItem> { items.iter().copied().filter(keep).collect() };
    let on = kept(cal.on(day));
    if on.is_empty() {
        out.push(Line::styled("  nothing on this day", app.theme().dim));
    }
    let cap = limit + 1;
    out.extend(on.iter().take(cap).map(|c| entry(app, *c, w)));
    let month = kept(cal.in_month(day.year(), day.month()));
    if !month.is_empty() {
        out.push(Line::styled(
            format!("{}, day not given", day.format("%B %Y")),
            app.theme().bold,
        ));
        out.extend(month.iter().take(cap).map(|c| entry(app, *c, w)));
    }
    let year = kept(cal.in_year(day.year()));
    if !year.is_empty() {
        out.push(Line::styled(
            format!("{}, month not given", day.year()),
            app.theme().bold,
        ));
        out.extend(year.iter().take(cap).map(|c| entry(app, *c, w)));
    }
    let undated = app.dashboard().undated(app.data());
    if !undated.is_empty() {
        out.push(Line::styled(
            format!("Undated ({})", undated.len()),
            app.theme().bold,
        ));
        out.extend(
            undated
                .iter()
                .take(cap)
                .map(|&e| entry(app, CalItem::Event(e), w)),
        );
    }
    out.truncate(cap);
    out
}

/// One calendar entry on one line: a mark, the title, and the organisers or body.
fn entry(app: &App, item: CalItem, w: usize) -> Line<'static> {
    let (mark, title, who, status) = match item {
        CalItem::Meeting(i) => {
            let Some(m) = app.data().meetings.get(i) else {
                return Line::default();
            };
            let status = effective_status(
                m.status,
                Some(&m.date),
                m.end.as_ref(),
                app.settings().today,
            );
            (
                Span::styled("◆ ", app.theme().accent),
                m.title.clone(),
                m.body.clone(),
                status,
            )
        }
        CalItem::Event(i) => {
            let Some(e) = app.data().events.get(i) else {
                return Line::default();
            };
            let names: Vec<&str> = e
                .organizers
                .iter()
                .filter_map(|&p| app.data().participants.get(p))
                .map(|p| p.name.as_str())
                .collect();
            let status = effective_status(
                e.status,
                e.date.as_ref(),
                e.end.as_ref(),
                app.settings().today,
            );
            (
                Span::styled("• ", app.theme().link),
                e.title.clone(),
                names.join(", "),
                status,
            )
        }
    };
    let tail = match status {
        Some(crate::dataset::Status::Cancelled) => " (cancelled)",
        Some(crate::dataset::Status::Postponed) => " (postponed)",
        _ => "",
    };
    // A meeting's body is a nicety; an event's organisers are not, so only the former is
    // dropped when the title needs the room.
    let needed = width(&title) + width(&who) + 3;
    let keep_who =
        !who.is_empty() && (matches!(item, CalItem::Event(_)) || needed <= w.saturating_sub(2));
    let who_text = if keep_who {
        format!(" — {who}")
    } else {
        String::new()
    };
    let room = w.saturating_sub(2 + width(tail));
    let title_w = width(&title).min(room.saturating_sub(width(&who_text).min(room / 2)));
    let title = truncate(&title, title_w).into_owned();
    let who_text = truncate(&who_text, room.saturating_sub(width(&title))).into_owned();
    Line::from(vec![
        mark,
        Span::raw(title),
        Span::styled(who_text, app.theme().dim),
        Span::styled(tail, app.theme().dim),
    ])
}
