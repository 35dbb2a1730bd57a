//! The timeline screen: a header with the counts and a legend, the column headings, the
//! chairmanship band beside the rows (each term named on the first line of its run, its years
//! on the second), the rows themselves (in [`super::timeline_rows`]) and the footer. Geometry
//! comes from [`crate::view::timeline`]; only the visible rows are drawn.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::timeline_rows;
use crate::app::App;
use crate::app::timeline::TimelineState;
use crate::dataset::timeline::{BandAt, Timeline};
use crate::text::{count, truncate, width};
use crate::view::timeline::facts::terms;
use crate::view::timeline::{self as geo, Geometry, Zoom};

/// Draws the screen.
pub fn render(app: &App, s: &TimelineState, area: Rect, buf: &mut Buffer) {
    let g = geo::geometry(area, s.zoom);
    let t = app.data().timeline();
    header(app, s, t, &g, buf);
    heading(app, s, &g, buf);
    let ats: Vec<BandAt> = match s.zoom {
        Zoom::Items => t
            .entries
            .iter()
            .skip(s.offset)
            .take(g.rows_fit())
            .map(|e| e.at)
            .collect(),
        Zoom::Years => t
            .years
            .iter()
            .skip(s.year_offset)
            .take(g.rows_fit())
            .map(|y| y.at)
            .collect(),
    };
    band(app, t, &ats, &g, buf);
    timeline_rows::render(app, s, t, &g, buf);
    super::footer::render(app, g.footer, buf);
}

/// The title, the years and counts, the position; under it the legend.
fn header(app: &App, s: &TimelineState, t: &Timeline, g: &Geometry, buf: &mut Buffer) {
    let th = app.theme();
    let data = app.data();
    let years: Vec<i32> = t.years.iter().filter_map(|y| y.year).collect();
    let span = match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b} · "),
        (Some(a), _) => format!("{a} · "),
        _ => String::new(),
    };
    let counts = format!(
        " {span}{} · {} · {}",
        count(data.meetings.len(), "meeting", "meetings"),
        count(data.events.len(), "event", "events"),
        count(t.band.terms.len(), "chairmanship", "chairmanships"),
    );
    let position = match s.zoom {
        Zoom::Items => format!(" {}/{} ", s.cursor + 1, t.entries.len()),
        Zoom::Years => format!(" year {}/{} ", t.year_of(s.cursor) + 1, t.years.len()),
    };
    // The position keeps its place at the right; the counts are cut before it.
    let (w, pw) = (usize::from(g.header.width), width(&position));
    let room = w.saturating_sub(pw + 17);
    let first = Line::from(vec![
        Span::styled(" CICA ", th.badge),
        Span::styled(" Timeline ·", th.bold),
        Span::styled(truncate(&counts, room).into_owned(), th.dim),
    ]);
    buf.set_line(g.header.x, g.header.y, &first, g.header.width);
    if w >= pw + 17 {
        let x = g.header.right() - pw as u16;
        buf.set_string(x, g.header.y, &position, th.dim);
    }
    if g.header.height < 2 {
        return;
    }
    let derived = th.dim.add_modifier(ratatui::style::Modifier::ITALIC);
    let legend = Line::from(vec![
        Span::styled(" ◆", th.accent),
        Span::raw(" meeting  "),
        Span::styled("•", th.link),
        Span::raw(" event  "),
        Span::styled("(derived)", derived),
        Span::raw(" chair from the band: the meeting names none"),
    ]);
    buf.set_line(g.header.x, g.header.y + 1, &legend, g.header.width);
}

/// The column headings over the band and the rows.
fn heading(app: &App, s: &TimelineState, g: &Geometry, buf: &mut Buffer) {
    let th = app.theme();
    if g.heading.height == 0 {
        return;
    }
    let name = if g.names { "Chairmanship" } else { "Chair" };
    buf.set_string(
        g.band.x,
        g.heading.y,
        truncate(name, usize::from(g.band.width)),
        th.label,
    );
    let text = timeline_rows::heading(s.zoom, g);
    buf.set_string(
        g.rows.x,
        g.heading.y,
        truncate(&text, usize::from(g.rows.width)),
        th.label,
    );
}

/// The band beside the rows: each visible run of rows under the same term(s) starts with its
/// name and then its years, its cells joined by a bar in the term's colour.
fn band(app: &App, t: &Timeline, ats: &[BandAt], g: &Geometry, buf: &mut Buffer) {
    let th = app.theme();
    let data = app.data();
    let w = usize::from(g.band.width);
    if w < 2 {
        return;
    }
    let years = |term: usize| {
        t.band.terms.get(term).map_or(String::new(), |x| {
            let until = x
                .until
                .map_or(String::new(), |u| u.format("%Y").to_string());
            format!("{}–{until}", x.from.format("%Y"))
        })
    };
    let style = |term: usize| {
        if term.is_multiple_of(2) {
            th.accent
        } else {
            th.link
        }
    };
    let mut run = 0;
    let lines = ats
        .iter()
        .flat_map(|at| std::iter::repeat_n(*at, usize::from(g.row_h)));
    for (i, at) in lines.enumerate() {
        let y = g.band.y + i as u16;
        if y >= g.band.bottom() {
            break;
        }
        run = if i > 0 && ats_line(ats, g, i - 1) == Some(at) {
            run + 1
        } else {
            0
        };
        let (bar, text, st): (&str, String, Style) = match at {
            BandAt::None => (
                " ",
                if run == 0 {
                    "—".to_owned()
                } else {
                    String::new()
                },
                th.dim,
            ),
            BandAt::One(k) => (
                "▌",
                match run {
                    0 => terms(data, t, BandAt::One(k), g.names),
                    1 => years(k),
                    _ => String::new(),
                },
                style(k),
            ),
            BandAt::Across(..) => (
                "╪",
                match run {
                    0 => terms(data, t, at, false),
                    1 => "handover".to_owned(),
                    _ => String::new(),
                },
                th.bold,
            ),
        };
        buf.set_string(g.band.x, y, bar, st);
        let text = truncate(&text, w - 1);
        let text_style = if run == 0 {
            st.add_modifier(ratatui::style::Modifier::BOLD)
        } else {
            th.dim
        };
        buf.set_string(g.band.x + 1, y, text, text_style);
    }
}

/// The band's value on line `i` of the band.
fn ats_line(ats: &[BandAt], g: &Geometry, i: usize) -> Option<BandAt> {
    ats.get(i / usize::from(g.row_h.max(1))).copied()
}
