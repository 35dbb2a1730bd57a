//! Where the parts of the coordination view are: the status line, the column headings, the
//! grid of areas × states (or, on a narrow screen, the list of roles grouped by area) and the
//! preview of the selection, as pure functions of the terminal size, so `update` keeps the
//! cursor on screen and hit-tests clicks with the geometry the drawing uses.

use ratatui::layout::Rect;

use super::layout;
use crate::dataset::coord::Grid;

/// The width of a state's column in the grid (without the gap after it).
pub const CELL_W: u16 = 22;
/// The lines of a cell: role, period, source meeting.
pub const CELL_H: u16 = 3;
/// Below this many columns of states the list is clearer than the grid.
const GRID_MIN_COLS: usize = 3;

/// How the roles are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// The grid when at least three states' columns fit, else the list.
    #[default]
    Auto,
    /// Areas × states, scrolled both ways.
    Grid,
    /// One line per role, grouped by area.
    List,
}

/// The parts of the view on a screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    /// The popup's frame.
    pub frame: Rect,
    /// The date (or the date being typed) and the counts.
    pub status: Rect,
    /// Column headings.
    pub header: Rect,
    /// The grid's rows of cells, or the list's lines.
    pub body: Rect,
    /// The selection in full, two lines.
    pub preview: Rect,
    /// The width of the areas' column in the grid.
    pub area_w: u16,
    /// How many states' columns fit.
    pub cols_fit: usize,
    /// How many areas' rows fit.
    pub rows_fit: usize,
    /// Whether the roles are shown as a list.
    pub list: bool,
}

/// The view's popup: nearly the whole screen.
pub fn frame(screen: Rect) -> Rect {
    layout::popup(
        screen,
        screen.width.saturating_sub(2),
        screen.height.saturating_sub(2),
    )
}

/// The view's parts on `screen`, laid out as `choice` asks.
pub fn geometry(screen: Rect, choice: Layout) -> Geometry {
    let frame = frame(screen);
    let inner = layout::inner(frame);
    let line = |y: u16| Rect::new(inner.x, y, inner.width, u16::from(y < inner.bottom()));
    let status = line(inner.y);
    let header = line(inner.y + 1);
    // Status, headings and a rule above; a rule and two lines of preview below.
    let body_h = inner.height.saturating_sub(6);
    let body = Rect::new(inner.x, inner.y + 3, inner.width, body_h);
    let preview = Rect::new(
        inner.x,
        body.bottom() + 1,
        inner.width,
        inner.height.saturating_sub(4).min(2),
    );
    let area_w = (inner.width / 4).clamp(14, 30).min(inner.width);
    let cols_fit = usize::from(inner.width.saturating_sub(area_w + 1) / (CELL_W + 1)).max(1);
    let rows_fit = usize::from((body_h + 1) / (CELL_H + 1)).max(1);
    let list = match choice {
        Layout::Auto => cols_fit < GRID_MIN_COLS,
        Layout::Grid => false,
        Layout::List => true,
    };
    Geometry {
        frame,
        status,
        header,
        body,
        preview,
        area_w,
        cols_fit,
        rows_fit,
        list,
    }
}

impl Geometry {
    /// The left edge of the `c`th visible column of states.
    pub fn col_x(&self, c: usize) -> u16 {
        let c = u16::try_from(c).unwrap_or(u16::MAX);
        self.body
            .x
            .saturating_add(self.area_w + 1)
            .saturating_add(c.saturating_mul(CELL_W + 1))
    }

    /// The `r`th visible row of areas (its cells' lines, without the rule under them).
    pub fn row_rect(&self, r: usize) -> Rect {
        let r = u16::try_from(r).unwrap_or(u16::MAX);
        let y = self.body.y.saturating_add(r.saturating_mul(CELL_H + 1));
        let h = CELL_H.min(self.body.bottom().saturating_sub(y));
        Rect::new(self.body.x, y, self.body.width, h)
    }

    /// The cell of visible row `r` and visible column `c`, clipped to the body.
    pub fn cell(&self, r: usize, c: usize) -> Rect {
        let row = self.row_rect(r);
        let x = self.col_x(c);
        let w = CELL_W.min(self.body.right().saturating_sub(x));
        Rect::new(x, row.y, w, row.height)
    }

    /// The visible row and column of the cell under a click.
    pub fn cell_at(&self, x: u16, y: u16) -> Option<(usize, usize)> {
        if !layout::contains(self.body, x, y) || x < self.col_x(0) {
            return None;
        }
        let r = usize::from((y - self.body.y) / (CELL_H + 1));
        let c = usize::from((x - self.col_x(0)) / (CELL_W + 1));
        (r < self.rows_fit && c < self.cols_fit && layout::contains(self.cell(r, c), x, y))
            .then_some((r, c))
    }

    /// How many lines of the list fit.
    pub fn lines_fit(&self) -> usize {
        usize::from(self.body.height).max(1)
    }
}

/// The list's line of the `k`th role of the grid: each area has a heading, and an empty line
/// goes between areas.
pub fn list_line(grid: &Grid, k: usize) -> usize {
    let row = grid.place(k).map_or(0, |(r, _)| r);
    k + 2 * row + 1
}

/// How many lines the list has.
pub fn list_total(grid: &Grid) -> usize {
    (grid.roles.len() + 2 * grid.rows.len()).saturating_sub(1)
}

/// What is on a line of the list: an area's heading (its row), or a role (its position in
/// the grid's roles).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListLine {
    /// The heading of the grid's row `r`.
    Area(usize),
    /// The `k`th role of the grid.
    Role(usize),
    /// The empty line between two areas.
    Gap,
}

/// The list's lines from `first` on, at most `n` of them. Areas wholly above `first` are
/// counted, not walked.
pub fn list_lines(grid: &Grid, first: usize, n: usize) -> Vec<ListLine> {
    let mut out = Vec::new();
    let mut line = 0;
    for row in 0..grid.rows.len() {
        if out.len() >= n {
            break;
        }
        let roles = grid.row_roles(row);
        // A gap (after the first area), the heading, the roles.
        let gap = usize::from(row > 0);
        let lines = gap + 1 + roles.len();
        if line + lines <= first {
            line += lines;
            continue;
        }
        let area = [ListLine::Gap, ListLine::Area(row)]
            .into_iter()
            .skip(1 - gap);
        for l in area.chain(roles.map(ListLine::Role)) {
            if line >= first && out.len() < n {
                out.push(l);
            }
            line += 1;
        }
    }
    out
}
