//! The coordination view: the roles in force on a day (or in every period) as a grid of
//! priority areas × states, each cell with the role, its period and the meeting whose
//! decision gave it, or on a narrow screen as a list grouped by area; under it, the
//! selection in full. Geometry comes from [`crate::view::coord`].

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::app::coord::CoordState;
use crate::dataset::coord::{Coordination, Role};
use crate::text::{truncate, width, wrap};
use crate::view::coord::{self as geo, Geometry};
use crate::view::roles;

/// Draws the view.
pub fn render(app: &App, s: &CoordState, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let g = geo::geometry(area, s.layout);
    let hint = "digits: a date · ? keys";
    let inner = super::popup::frame(
        t,
        g.frame,
        "Coordination",
        t.border_focused,
        None,
        hint,
        buf,
    );
    let Some(coord) = app.coordination() else {
        return;
    };
    if inner.height < 4 {
        return;
    }
    status(app, s, &g, buf);
    if s.grid.roles.is_empty() {
        let text = match s.grid.day.filter(|_| !coord.roles.is_empty()) {
            Some(d) => format!(
                "No role was in force on {}. [ and ] step to a day when one was; a shows every period.",
                roles::day(d)
            ),
            None => {
                "The data records no roles: neither decisions' assignments nor [[assignment]]s."
                    .to_owned()
            }
        };
        for (i, l) in wrap(&text, usize::from(g.body.width))
            .into_iter()
            .enumerate()
        {
            let y = g.body.y + i as u16;
            if y < g.body.bottom() {
                buf.set_string(g.body.x, y, l, t.dim);
            }
        }
        return;
    }
    let rule = "─".repeat(usize::from(g.body.width));
    if g.body.y > g.header.y + 1 {
        buf.set_string(g.body.x, g.header.y + 1, &rule, t.border);
    }
    let body = super::coord_body::Body {
        app,
        s,
        coord,
        g: &g,
    };
    body.render(buf);
    if g.preview.height > 0 {
        buf.set_string(g.body.x, g.preview.y - 1, &rule, t.border);
        preview(app, s, coord, &g, buf);
    }
}

/// The day (or the date being typed), the counts, and where the view is scrolled to.
fn status(app: &App, s: &CoordState, g: &Geometry, buf: &mut Buffer) {
    let t = app.theme();
    let left = if s.typed.is_empty() {
        let when = s.grid.day.map_or("in every period".to_owned(), |d| {
            format!("on {}", roles::day(d))
        });
        let areas = crate::text::count(s.grid.rows.len(), "area", "areas");
        let states = crate::text::count(s.grid.cols.len(), "state", "states");
        let n = crate::text::count(s.grid.roles.len(), "role", "roles");
        Line::from(vec![
            Span::styled(format!("Roles {when}"), t.bold),
            Span::styled(format!(" · {n} · {areas} × {states}"), t.dim),
        ])
    } else {
        Line::from(vec![
            Span::styled("Go to date: ", t.bold),
            Span::styled(format!("{}▏", s.typed), t.accent),
            Span::styled("  Enter go · Esc cancel", t.dim),
        ])
    };
    buf.set_line(g.status.x, g.status.y, &left, g.status.width);
    let (rows, cols) = (s.grid.rows.len(), s.grid.cols.len());
    let right = if g.list {
        String::new()
    } else {
        let span = |first: usize, fit: usize, n: usize| {
            let last = (first + fit).min(n);
            if n > fit {
                format!("{}–{last}/{n}", first + 1)
            } else {
                format!("{n}")
            }
        };
        format!(
            "areas {} · states {}",
            span(s.offset.0, g.rows_fit, rows),
            span(s.offset.1, g.cols_fit, cols)
        )
    };
    let rw = width(&right) as u16;
    if g.status.width > rw + width(&left.to_string()) as u16 + 2 {
        buf.set_string(g.status.right() - rw, g.status.y, &right, t.dim);
    }
}

/// The selection in full, on two lines: who, which role, where, when, and from which
/// decision; in a cell of several roles, which of them this is.
fn preview(app: &App, s: &CoordState, coord: &Coordination, g: &Geometry, buf: &mut Buffer) {
    let t = app.theme();
    let selected = s.selected(g.list);
    let text = match selected.first().and_then(|&i| coord.roles.get(i)) {
        Some(role) => describe(app, coord, role, selected.len()),
        None => "No role here. Enter opens a role's decision.".to_owned(),
    };
    let w = usize::from(g.preview.width);
    let mut lines = wrap(&text, w);
    let h = usize::from(g.preview.height);
    if lines.len() > h {
        lines.truncate(h);
        if let Some(last) = lines.last_mut() {
            *last = truncate(&format!("{last}…"), w).into_owned();
        }
    }
    for (i, l) in lines.iter().enumerate() {
        buf.set_string(g.preview.x, g.preview.y + i as u16, l, t.base);
    }
}

/// A role in one sentence.
fn describe(app: &App, coord: &Coordination, role: &Role, in_cell: usize) -> String {
    let data = app.data();
    let who = coord
        .states
        .get(role.state)
        .and_then(|&p| data.participants.get(p))
        .map_or("?".to_owned(), |p| format!("{} ({})", p.name, p.code));
    let (name, area, dated) = role.assignment(data).map_or(("?", "?", false), |a| {
        (a.role.as_str(), a.area.as_str(), a.from.is_some())
    });
    let mut period = roles::period(role);
    if role.start.is_some() && !dated {
        period.push_str(" (it starts on the day of its decision)");
    }
    let more = if in_cell > 1 {
        format!(" The newest of {in_cell} roles here; v lists them all.")
    } else {
        String::new()
    };
    format!(
        "{who}: {name}, {area}; {period}. Source: {}.{more}",
        roles::source_long(data, role)
    )
}
