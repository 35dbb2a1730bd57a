//! The timeline's rows: a meeting or an event as one line of columns on a wide screen (date,
//! title, body, status, place, decisions, statements, chair) or as two lines on a narrower one
//! (date, title and status; then body, place, counts and chair, the place given up first),
//! or, zoomed out, a year with a bar of its items and its counts. Only visible rows are drawn.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::app::timeline::TimelineState;
use crate::dataset::timeline::{Timeline, Year};
use crate::text::{fit, truncate, width};
use crate::view::roles::{body_short, short};
use crate::view::timeline::facts::{facts, some, status_text};
use crate::view::timeline::{Geometry, Zoom, when};

/// The widths of the table's fixed columns: date, body, status, place, decisions,
/// statements, chair; the title takes the rest.
const COLS: [usize; 7] = [20, 19, 9, 14, 13, 14, 20];
/// The width of the date on two-line rows below 100 columns: the start only.
const SHORT_DATE: usize = 11;

/// The headings of the rows' columns.
pub fn heading(zoom: Zoom, g: &Geometry) -> String {
    let w = usize::from(g.rows.width);
    match zoom {
        Zoom::Years => format!("{}Items", fit("Year", 8 + bar_w(g) + 1)),
        Zoom::Items if g.table() => {
            let [d, b, s, p, dec, st, c] = COLS;
            let cells = [
                fit("Date", d),
                fit("  Title", title_w(w)),
                fit("Body", b),
                fit("Status", s),
                fit("Place", p),
                fit("Decisions", dec),
                fit("Statements", st),
                fit("Chair", c),
            ];
            cells.join(" ")
        }
        Zoom::Items => format!("{}  Item", fit("Date", date_w(g) + 1)),
    }
}

/// Draws the visible rows, the selected one highlighted.
pub fn render(app: &App, s: &TimelineState, t: &Timeline, g: &Geometry, buf: &mut Buffer) {
    let (first, selected) = match s.zoom {
        Zoom::Items => (s.offset, s.cursor),
        Zoom::Years => (s.year_offset, t.year_of(s.cursor)),
    };
    // The bars measure the years against the busiest; the undated are no year, and their bar
    // is only cut to the width.
    let dated = t.years.iter().filter(|y| y.year.is_some());
    let most = dated.map(|y| y.entries.len()).max().unwrap_or(1);
    for i in 0..g.rows_fit() {
        let y = g.rows.y + i as u16 * g.row_h;
        let rect = Rect::new(g.rows.x, y, g.rows.width, g.row_h.min(g.rows.bottom() - y));
        let k = first + i;
        let lines = match s.zoom {
            Zoom::Items => match t.entries.get(k) {
                Some(_) => entry(app, t, k, g),
                None => break,
            },
            Zoom::Years => match t.years.get(k) {
                Some(year) => vec![year_line(app, year, most, g)],
                None => break,
            },
        };
        for (j, line) in lines.iter().enumerate().take(usize::from(rect.height)) {
            buf.set_line(rect.x, rect.y + j as u16, line, rect.width);
        }
        if k == selected {
            buf.set_style(rect, app.theme().selection);
        }
    }
}

/// The width of the table's title column.
fn title_w(w: usize) -> usize {
    w.saturating_sub(COLS.iter().sum::<usize>() + COLS.len())
}

/// The width of the date on two-line rows.
fn date_w(g: &Geometry) -> usize {
    if g.rows.width >= 100 {
        COLS[0]
    } else {
        SHORT_DATE
    }
}

/// The width of a year's bar.
fn bar_w(g: &Geometry) -> usize {
    if g.rows.width >= 100 { 24 } else { 10 }
}

/// The lines of one entry.
fn entry(app: &App, t: &Timeline, k: usize, g: &Geometry) -> Vec<Line<'static>> {
    let Some(f) = facts(app.ctx(), t, k, g.names) else {
        return Vec::new();
    };
    let th = app.theme();
    let w = usize::from(g.rows.width);
    let (status, status_style) = status_text(f.status, app.theme());
    let date = match f.date {
        None => "undated".to_owned(),
        Some(d) if g.table() || date_w(g) == COLS[0] => when(d, f.end),
        Some(d) => short(d),
    };
    let counts = f.counts.map(|(d, s)| {
        (
            some(d, "decision", "decisions"),
            some(s, "statement", "statements"),
        )
    });
    if g.table() {
        let [dw, bw, sw, pw, decw, stw, cw] = COLS;
        let body = if width(&f.body) > bw {
            body_short(app.data(), &f.body)
        } else {
            &f.body
        };
        let (dec, st) = counts.unwrap_or_default();
        return vec![Line::from(vec![
            Span::styled(fit(&date, dw) + " ", th.base),
            f.mark,
            Span::styled(fit(&f.title, title_w(w).saturating_sub(2)) + " ", th.bold),
            Span::styled(fit(body, bw) + " ", th.base),
            Span::styled(fit(status, sw) + " ", status_style),
            Span::styled(fit(&f.place, pw) + " ", th.base),
            Span::styled(fit(&dec, decw) + " ", th.base),
            Span::styled(fit(&st, stw) + " ", th.base),
            Span::styled(fit(&f.who.0, cw), f.who.1),
        ])];
    }
    // Two lines: the date, title and status; under the title the rest.
    let dw = date_w(g);
    let sw = if status.is_empty() {
        0
    } else {
        width(status) + 2
    };
    let title_room = w.saturating_sub(dw + 1 + 2 + sw);
    let first = Line::from(vec![
        Span::styled(fit(&date, dw) + " ", th.base),
        f.mark,
        Span::styled(fit(&f.title, title_room), th.bold),
        Span::styled(
            if sw > 0 {
                format!("  {status}")
            } else {
                String::new()
            },
            status_style,
        ),
    ]);
    let indent = dw + 3;
    let room = w.saturating_sub(indent);
    let body = if width(&f.body) > room / 3 {
        body_short(app.data(), &f.body).to_owned()
    } else {
        f.body.clone()
    };
    let mut tail: Vec<Span<'static>> = Vec::new();
    let (dec, st) = counts.clone().unwrap_or_default();
    // "chair" says what the name is, where it leaves room for the body whole.
    let plain = [&dec, &st, &f.who.0, &body]
        .iter()
        .map(|t| width(t) + 3)
        .sum::<usize>();
    let who = match f.counts {
        Some(_) if plain + 6 <= room + 3 => format!("chair {}", f.who.0),
        _ => f.who.0.clone(),
    };
    for (text, style) in [(dec, th.base), (st, th.base), (who, f.who.1)] {
        if text.is_empty() {
            continue;
        }
        if !tail.is_empty() {
            tail.push(Span::styled(" · ", th.dim));
        }
        tail.push(Span::styled(text, style));
    }
    let tail_w: usize = tail.iter().map(|s| width(&s.content)).sum();
    let until = match (f.end.filter(|e| Some(*e) != f.date), dw == COLS[0]) {
        (Some(end), false) => format!("until {}", short(end)),
        _ => String::new(),
    };
    // The tail (counts and chair) keeps its room; before it, the body, the end of a range and
    // the place, the place given up first, then the end; the body is cut if it must be.
    let head_room = room.saturating_sub(tail_w + 3);
    // Each part with the rank in which it is given up: the place, then the end.
    let mut head: Vec<(u8, String)> = [(1, until), (2, body), (0, f.place.clone())]
        .into_iter()
        .filter(|(_, p)| !p.is_empty())
        .collect();
    let joined = |h: &[(u8, String)]| h.iter().map(|(_, p)| width(p) + 3).sum::<usize>();
    while joined(&head) > head_room + 3 && head.len() > 1 {
        let Some(k) = (0..head.len()).min_by_key(|&k| head[k].0) else {
            break;
        };
        head.remove(k);
    }
    let head: Vec<String> = head.into_iter().map(|(_, p)| p).collect();
    let head = if head_room >= 4 {
        truncate(&head.join(" · "), head_room).into_owned()
    } else {
        String::new()
    };
    let mut second = vec![
        Span::raw(" ".repeat(indent)),
        Span::styled(head.clone(), th.dim),
    ];
    if !head.is_empty() && !tail.is_empty() {
        second.push(Span::styled(" · ", th.dim));
    }
    let used = indent + width(&head) + if head.is_empty() { 0 } else { 3 };
    let mut left = w.saturating_sub(used);
    for span in tail {
        let cut = truncate(&span.content, left).into_owned();
        left = left.saturating_sub(width(&cut));
        second.push(Span::styled(cut, span.style));
    }
    vec![first, Line::from(second)]
}

/// A year zoomed out: the year, a bar of its items against the busiest year's, its counts.
fn year_line(app: &App, y: &Year, most: usize, g: &Geometry) -> Line<'static> {
    let th = app.theme();
    let bw = bar_w(g);
    let n = y.entries.len();
    let cells = (n * bw).div_ceil(most.max(1));
    let label = y.year.map_or("undated".to_owned(), |y| y.to_string());
    let planned = y.planned_on(app.settings().today);
    let parts: Vec<String> = [
        some(y.meetings, "meeting", "meetings"),
        some(y.events, "event", "events"),
        some(y.decisions, "decision", "decisions"),
        some(y.statements, "statement", "statements"),
        some(planned, "planned", "planned"),
        some(y.postponed, "postponed", "postponed"),
        some(y.cancelled, "cancelled", "cancelled"),
    ]
    .into_iter()
    .filter(|p| !p.is_empty())
    .collect();
    let room = usize::from(g.rows.width).saturating_sub(8 + bw + 1);
    Line::from(vec![
        Span::styled(fit(&label, 8), th.bold),
        Span::styled("█".repeat(cells.min(bw)), th.accent),
        Span::raw(" ".repeat(bw - cells.min(bw) + 1)),
        Span::styled(truncate(&parts.join(" · "), room).into_owned(), th.base),
    ])
}
