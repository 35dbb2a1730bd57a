//! The body of the coordination view: the grid of areas × states, each cell with the newest
//! role, its period and where it comes from (and how many more roles share the cell), or the
//! list of every role grouped by area, in columns.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::app::coord::CoordState;
use crate::dataset::coord::Coordination;
use crate::text::{fit, truncate, width, wrap};
use crate::view::coord::{self as geo, CELL_H, CELL_W, Geometry, ListLine};
use crate::view::roles;

/// The name of a state's column.
fn state_name<'a>(app: &'a App, coord: &Coordination, col: usize) -> &'a str {
    coord
        .states
        .get(col)
        .and_then(|&p| app.data().participants.get(p))
        .map_or("?", |p| p.name.as_str())
}

/// What the body is drawn from: the app, the view's state, the roles and where things go.
#[derive(Clone, Copy)]
pub(super) struct Body<'a> {
    pub app: &'a App,
    pub s: &'a CoordState,
    pub coord: &'a Coordination,
    pub g: &'a Geometry,
}

impl Body<'_> {
    /// Draws the list of roles, or the grid, as the geometry chose.
    pub(super) fn render(self, buf: &mut Buffer) {
        if self.g.list {
            list(self, buf);
        } else {
            grid(self, buf);
        }
    }
}

/// The grid: headings of the visible states, then a row of cells per visible area.
fn grid(b: Body, buf: &mut Buffer) {
    let Body { app, s, coord, g } = b;
    let t = app.theme();
    buf.set_string(
        g.header.x,
        g.header.y,
        fit("Area", usize::from(g.area_w)),
        t.label,
    );
    let cols = s.offset.1..(s.offset.1 + g.cols_fit).min(s.grid.cols.len());
    for (vc, c) in cols.clone().enumerate() {
        let x = g.col_x(vc);
        let w = usize::from(CELL_W.min(g.header.right().saturating_sub(x)));
        let name = state_name(app, coord, s.grid.cols[c]);
        let style = if c == s.cursor.1 {
            t.bold.patch(t.accent)
        } else {
            t.bold
        };
        buf.set_string(x, g.header.y, fit(name, w), style);
    }
    let rows = s.offset.0..(s.offset.0 + g.rows_fit).min(s.grid.rows.len());
    for (vr, r) in rows.enumerate() {
        let rect = g.row_rect(vr);
        if rect.height == 0 {
            break;
        }
        let name = &coord.areas[s.grid.rows[r]];
        let style = if r == s.cursor.0 {
            t.bold.patch(t.accent)
        } else {
            t.base
        };
        let aw = usize::from(g.area_w);
        let mut lines = wrap(name, aw);
        if lines.len() > usize::from(rect.height) {
            lines.truncate(usize::from(rect.height));
            if let Some(last) = lines.last_mut() {
                *last = truncate(&format!("{last}…"), aw).into_owned();
            }
        }
        for (i, l) in lines.iter().enumerate() {
            buf.set_string(rect.x, rect.y + i as u16, fit(l, aw), style);
        }
        for (vc, c) in cols.clone().enumerate() {
            let cell = g.cell(vr, vc);
            let selected = (r, c) == s.cursor;
            draw_cell(app, coord, s.grid.cell(r, c), selected, cell, buf);
        }
        let below = rect.y + CELL_H;
        if below < g.body.bottom() {
            buf.set_string(rect.x, below, "┄".repeat(usize::from(rect.width)), t.border);
        }
    }
}

/// One cell: the newest role (and how many more), its period, and where it comes from.
fn draw_cell(
    app: &App,
    coord: &Coordination,
    roles: &[usize],
    selected: bool,
    cell: Rect,
    buf: &mut Buffer,
) {
    let t = app.theme();
    if selected {
        buf.set_style(cell, t.selection);
    }
    let w = usize::from(cell.width);
    let pick = |normal: Style| if selected { t.selection } else { normal };
    let Some(role) = roles.first().and_then(|&i| coord.roles.get(i)) else {
        buf.set_string(cell.x, cell.y, fit("·", w), pick(t.dim));
        return;
    };
    let data = app.data();
    let name = role.assignment(data).map_or("?", |a| a.role.as_str());
    let more = if roles.len() > 1 {
        format!(" +{}", roles.len() - 1)
    } else {
        String::new()
    };
    let head = format!("{}{more}", truncate(name, w.saturating_sub(width(&more))));
    let lines = [
        (head, pick(t.bold)),
        (roles::period(role), pick(t.dim)),
        (roles::source(data, role), pick(t.accent)),
    ];
    for (i, (text, style)) in lines.into_iter().enumerate().take(usize::from(cell.height)) {
        buf.set_string(cell.x, cell.y + i as u16, fit(&text, w), style);
    }
}

/// The list: each area's heading, then one line per role with the state, role, period and
/// source in columns.
fn list(b: Body, buf: &mut Buffer) {
    let Body { app, s, coord, g } = b;
    let t = app.theme();
    let w = usize::from(g.body.width);
    let widths = columns(w);
    let heads = ["State", "Role", "Period", "Source"];
    buf.set_line(
        g.header.x,
        g.header.y,
        &row_line(&heads.map(str::to_owned), &widths, t.label),
        g.header.width,
    );
    let data = app.data();
    for (i, line) in geo::list_lines(&s.grid, s.list_offset, g.lines_fit())
        .into_iter()
        .enumerate()
    {
        let y = g.body.y + i as u16;
        match line {
            ListLine::Gap => {}
            ListLine::Area(r) => {
                let style = if r == s.cursor.0 {
                    t.bold.patch(t.accent)
                } else {
                    t.bold
                };
                buf.set_string(
                    g.body.x,
                    y,
                    truncate(&coord.areas[s.grid.rows[r]], w),
                    style,
                );
            }
            ListLine::Role(k) => {
                let Some(role) = s.grid.roles.get(k).and_then(|&i| coord.roles.get(i)) else {
                    continue;
                };
                let cells = [
                    state_name(app, coord, role.state).to_owned(),
                    role.assignment(data)
                        .map_or("?".to_owned(), |a| a.role.clone()),
                    roles::period(role),
                    roles::source(data, role),
                ];
                let style = if k == s.pick { t.selection } else { t.base };
                if k == s.pick {
                    buf.set_style(Rect::new(g.body.x, y, g.body.width, 1), t.selection);
                }
                buf.set_line(g.body.x, y, &row_line(&cells, &widths, style), g.body.width);
            }
        }
    }
}

/// The list's column widths at a width: state, role (`co-coordinator`), period (`10 Apr
/// 2019 – 2022`) and source, after an indent and between gaps; the source takes what is left.
fn columns(w: usize) -> [usize; 4] {
    let (role, period) = (14, 18);
    let state = (w.saturating_sub(2 + 6 + role + period) / 2).clamp(6, 24);
    let source = w.saturating_sub(2 + 6 + state + role + period);
    [state, role, period, source]
}

/// One line of the list: the cells padded to their columns after a two-cell indent.
fn row_line(cells: &[String; 4], widths: &[usize; 4], style: Style) -> Line<'static> {
    let mut spans = vec![Span::styled("  ", style)];
    for (k, (cell, &w)) in cells.iter().zip(widths).enumerate() {
        if w == 0 {
            continue;
        }
        let sep = if k < 3 { "  " } else { "" };
        spans.push(Span::styled(format!("{}{sep}", fit(cell, w)), style));
    }
    Line::from(spans)
}
