//! The selected day's list beside or under the grid: the day's heading (which stays put),
//! then its entries, its month's and year's entries known only to them, and the undated
//! events, scrolled to keep the selected entry in sight. Only the rows on screen are built.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::{Action, App, Pane};
use crate::bindings::{Context, key_label};
use crate::text::{truncate, width};
use crate::view::calendar::list::{Kind, Row};

/// Draws the list in `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let d = app.dashboard();
    let t = app.theme();
    let list = d.day_list(app.data());
    let day = d.day();
    let today = if day == app.settings().today {
        " · today"
    } else {
        ""
    };
    let heading = format!("{}{today}", day.format("%a %-d %B %Y"));
    buf.set_line(
        area.x,
        area.y,
        &Line::styled(
            truncate(&heading, usize::from(area.width)).into_owned(),
            t.bold,
        ),
        area.width,
    );
    let n = d.entry().min(list.len());
    let rows = usize::from(area.height);
    let scroll = list.scroll(n, rows);
    let total = list.lines();
    let focused = d.focus() == Pane::Calendar;
    let w = usize::from(area.width);
    for r in 1..rows {
        let i = scroll + r - 1;
        if i >= total {
            break;
        }
        let y = area.y + r as u16;
        let line = if r + 1 == rows && i + 1 < total {
            let keys = format!(
                "{}/{}",
                key_label(Context::Calendar, &Action::NextEntry),
                key_label(Context::Calendar, &Action::PrevEntry)
            );
            Line::styled(format!("… more below ({keys})"), t.dim)
        } else {
            match list.row(i) {
                Some(Row::Nothing) => Line::styled("  nothing on this day", t.dim),
                Some(Row::Section(kind, count)) => section(app, kind, count, w),
                Some(Row::Entry(e, item)) => {
                    let mut line = entry_line(app, item, w);
                    if e == n && focused {
                        line = line.patch_style(t.selection);
                    }
                    line
                }
                Some(Row::Heading) | None => Line::default(),
            }
        };
        buf.set_line(area.x, y, &line, area.width);
    }
}

/// A section's heading.
fn section(app: &App, kind: Kind, count: usize, w: usize) -> Line<'static> {
    let day = app.dashboard().day();
    let text = match kind {
        Kind::Day => String::new(),
        Kind::Month => format!("{}, day not given", day.format("%B %Y")),
        Kind::Year => format!("{}, month not given", day.format("%Y")),
        Kind::Undated => format!("Undated ({count})"),
    };
    Line::styled(truncate(&text, w).into_owned(), app.theme().bold)
}

/// One entry on one line: its mark, the title, the organisers or body, and a note on its
/// status (planned, postponed from …, cancelled), or which of its days this is.
pub fn entry_line(app: &App, item: crate::dataset::CalItem, w: usize) -> Line<'static> {
    let Some(e) = super::entry(app, item) else {
        return Line::default();
    };
    let t = app.theme();
    let day = app.dashboard().day();
    let nth = e.day_of(day).map(|(i, n)| format!("day {i}/{n}"));
    let note = [e.note(), nth].into_iter().flatten().collect::<Vec<_>>();
    let tail = if note.is_empty() {
        String::new()
    } else {
        format!(" ({})", note.join(", "))
    };
    // A meeting's body is a nicety; an event's organisers are not, so only the former is
    // dropped when the title needs the room.
    let needed = width(e.title) + width(&e.who) + 3 + width(&tail);
    let keep_who = !e.who.is_empty() && (!e.meeting || needed <= w.saturating_sub(2));
    let who = if keep_who {
        format!(" — {}", e.who)
    } else {
        String::new()
    };
    // The note (a postponed entry's first date) before all but the title's first cells.
    let room = w.saturating_sub(2);
    let tail = truncate(&tail, room.saturating_sub(width(e.title).min(8))).into_owned();
    let room = room.saturating_sub(width(&tail));
    let title_w = width(e.title).min(room.saturating_sub(width(&who).min(room / 2)));
    let title = truncate(e.title, title_w).into_owned();
    let who = truncate(&who, room.saturating_sub(width(&title))).into_owned();
    Line::from(vec![
        Span::styled(format!("{} ", e.mark()), super::mark_style(app, &e)),
        Span::styled(title, super::entry_style(app, &e)),
        Span::styled(who, t.dim),
        Span::styled(tail, t.dim),
    ])
}
