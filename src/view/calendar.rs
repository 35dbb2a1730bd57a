//! Where the calendar pane puts its month grid and its list of the day's entries, and which
//! day a click on the grid hits: shared by drawing and by `update`.

use chrono::{NaiveDate, Weekday};
use ratatui::layout::Rect;

use crate::calendar::{WEEKS, month_grid};

/// Columns of the calendar's month grid: seven two-digit days with one space between.
pub const GRID_W: u16 = 20;
/// Rows of the grid: month name, weekday names, six weeks.
pub const GRID_H: u16 = 2 + WEEKS as u16;
/// The narrowest list beside the grid; narrower panes put the list below.
const SIDE_LIST_MIN: u16 = 26;

/// The month grid's area and the day list's area inside the calendar pane.
pub fn calendar_parts(inner: Rect) -> (Rect, Rect) {
    if inner.width >= GRID_W + 3 + SIDE_LIST_MIN {
        let grid = Rect::new(inner.x + 1, inner.y, GRID_W, GRID_H.min(inner.height));
        let list_x = grid.right() + 2;
        let list = Rect::new(
            list_x,
            inner.y,
            inner.right().saturating_sub(list_x),
            inner.height,
        );
        (grid, list)
    } else {
        let x = inner.x + inner.width.saturating_sub(GRID_W) / 2;
        let grid = Rect::new(
            x,
            inner.y,
            GRID_W.min(inner.width),
            GRID_H.min(inner.height),
        );
        let list_y = (grid.bottom() + 1).min(inner.bottom());
        let list = Rect::new(
            inner.x + 1,
            list_y,
            inner.width.saturating_sub(2),
            inner.bottom() - list_y,
        );
        (grid, list)
    }
}

/// The day under a click inside the calendar pane's inner area, for the month of `day`.
pub fn day_at(
    day: NaiveDate,
    week_start: Weekday,
    inner: Rect,
    x: u16,
    y: u16,
) -> Option<NaiveDate> {
    let (grid, _) = calendar_parts(inner);
    if x < grid.x || x >= grid.right() || y < grid.y + 2 || y >= grid.bottom() {
        return None;
    }
    let row = usize::from(y - grid.y - 2);
    let col = usize::from((x - grid.x) / 3);
    month_grid(day, week_start)
        .get(row)?
        .get(col)
        .copied()
        .flatten()
}
