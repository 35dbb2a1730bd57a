//! The month view's grid: the month's name, the weekday names and six weeks of day numbers,
//! giving up the name and then the weeks away from the selected one when the pane is short.

use chrono::{NaiveDate, Weekday};
use ratatui::layout::Rect;

use super::{beside, hit, stacked};
use crate::calendar::{WEEKS, month_grid, position};

/// Columns of the month grid: seven two-digit days with one space between.
pub const GRID_W: u16 = 20;
/// Rows of the whole grid: month name, weekday names, six weeks.
pub const GRID_H: u16 = 2 + WEEKS as u16;

/// The narrowest list that goes beside the grid when the pane has rows for it underneath.
const SIDE_LIST: u16 = 26;
/// The rows a list under the grid needs before a narrow list beside the grid is worse.
const UNDER_LIST: u16 = 6;

/// The grid's area and the list's inside the pane: the list beside the grid (one column of
/// margin on the left) when it is at least [`SIDE_LIST`] wide, or when it is narrower but the
/// pane is too short for a list under the grid; under it otherwise.
pub fn place(inner: Rect) -> (Rect, Rect) {
    let h = GRID_H.min(inner.height);
    let short = inner.height < GRID_H + 1 + UNDER_LIST;
    let wide = inner.width >= GRID_W + 1 + super::GAP + SIDE_LIST;
    if let Some((grid, list)) = beside(inner, GRID_W + 1, h).filter(|_| wide || short) {
        return (
            Rect {
                x: grid.x + 1,
                width: GRID_W,
                ..grid
            },
            list,
        );
    }
    let (grid, list) = stacked(inner, GRID_H);
    let x = grid.x + grid.width.saturating_sub(GRID_W) / 2;
    let width = GRID_W.min(grid.width);
    let list = Rect {
        x: list.x + 1,
        width: list.width.saturating_sub(2),
        ..list
    };
    (Rect { x, width, ..grid }, list)
}

/// A month placed on screen, and which of its rows fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthGrid {
    pub area: Rect,
    pub day: NaiveDate,
    pub week_start: Weekday,
    /// Whether the month's name has a row.
    pub title: bool,
    /// Whether the weekday names have a row.
    pub names: bool,
    /// The first week shown (0–5) and how many are.
    pub first_week: usize,
    pub weeks: usize,
}

impl MonthGrid {
    /// The month of `day` in `area`, with as many rows as fit around the selected week.
    pub fn new(area: Rect, day: NaiveDate, week_start: Weekday) -> Self {
        let rows = usize::from(area.height);
        let title = rows >= usize::from(GRID_H);
        let names = rows >= 2;
        let weeks = rows
            .saturating_sub(usize::from(title) + usize::from(names))
            .min(WEEKS);
        let selected = position(day, week_start).0;
        let first_week = (selected + 1).saturating_sub(weeks.max(1));
        MonthGrid {
            area,
            day,
            week_start,
            title,
            names,
            first_week,
            weeks,
        }
    }

    /// The screen row of the first week shown.
    pub fn weeks_y(&self) -> u16 {
        self.area.y + u16::from(self.title) + u16::from(self.names)
    }

    /// The day under a click, if the click hit a day's number.
    pub fn day_at(&self, x: u16, y: u16) -> Option<NaiveDate> {
        let top = self.weeks_y();
        if !hit(self.area, x, y) || y < top {
            return None;
        }
        let row = self.first_week + usize::from(y - top);
        let col = usize::from((x - self.area.x) / 3);
        month_grid(self.day, self.week_start)
            .get(row)?
            .get(col)
            .copied()
            .flatten()
    }
}
