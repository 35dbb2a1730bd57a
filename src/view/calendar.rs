//! Where the calendar pane puts its grid — a month, a week or a year around the selected day
//! — and the selected day's list, and which day or entry a click hits: shared by drawing and
//! by `update`.
//!
//! Every view keeps the selected day's heading and entries on screen at every size: the list
//! goes beside the grid when both fit, under it otherwise, and the grid gives up rows (a
//! month's title, the weeks away from the selected one, whole months of the year) before the
//! list goes below [`LIST_MIN_H`] rows.

pub mod entry;
pub mod list;
pub mod menu;
pub mod month;
pub mod week;
pub mod year;

use chrono::{NaiveDate, Weekday};
use ratatui::layout::Rect;

use crate::calendar::CalView;

pub use list::DayList;

/// The narrowest day list beside a grid.
pub const LIST_MIN_W: u16 = 24;
/// The fewest rows of a day list under a grid: the heading and two entries.
pub const LIST_MIN_H: u16 = 3;
/// The gap between a grid and the list beside it.
const GAP: u16 = 2;

/// The grid of the view shown, placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grid {
    /// A month of day numbers.
    Month(month::MonthGrid),
    /// A week of entries.
    Week(week::WeekGrid),
    /// Twelve small months or twelve strips.
    Year(year::YearGrid),
}

/// The calendar pane's inside: the grid and the selected day's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalLayout {
    pub grid: Grid,
    pub list: Rect,
}

/// Places the view around `day` inside the calendar pane's borders.
pub fn layout(view: CalView, day: NaiveDate, week_start: Weekday, inner: Rect) -> CalLayout {
    let (grid, list) = match view {
        CalView::Month => {
            let (g, list) = month::place(inner);
            (Grid::Month(month::MonthGrid::new(g, day, week_start)), list)
        }
        CalView::Week => {
            let (g, list) = week::place(inner);
            (Grid::Week(g.at(day, week_start)), list)
        }
        CalView::Year => {
            let (g, list) = year::place(inner);
            (Grid::Year(g.at(day, week_start)), list)
        }
    };
    CalLayout { grid, list }
}

impl CalLayout {
    /// The day under a click, if it hit one.
    pub fn day_at(&self, x: u16, y: u16) -> Option<NaiveDate> {
        match &self.grid {
            Grid::Month(g) => g.day_at(x, y),
            Grid::Week(g) => g.day_at(x, y),
            Grid::Year(g) => g.day_at(x, y),
        }
    }
}

/// The grid beside the list, `grid_w` wide, when the list still gets [`LIST_MIN_W`].
pub(crate) fn beside(inner: Rect, grid_w: u16, grid_h: u16) -> Option<(Rect, Rect)> {
    if inner.width < grid_w + GAP + LIST_MIN_W || inner.height < grid_h {
        return None;
    }
    let grid = Rect::new(inner.x, inner.y, grid_w, grid_h);
    let x = grid.right() + GAP;
    let list = Rect::new(x, inner.y, inner.right() - x, inner.height);
    Some((grid, list))
}

/// The grid above the list, at most `grid_h` rows and always leaving the list
/// [`LIST_MIN_H`] (or the whole pane, if that is less); a blank row between them when there
/// are rows to spare.
pub(crate) fn stacked(inner: Rect, grid_h: u16) -> (Rect, Rect) {
    let h = grid_h.min(inner.height.saturating_sub(LIST_MIN_H));
    let grid = Rect::new(inner.x, inner.y, inner.width, h);
    let gap = u16::from(inner.height >= h + 1 + LIST_MIN_H + 2 && h > 0);
    let y = grid.bottom() + gap;
    let list = Rect::new(inner.x, y, inner.width, inner.bottom().saturating_sub(y));
    (grid, list)
}

/// Whether a point is inside a rectangle.
fn hit(r: Rect, x: u16, y: u16) -> bool {
    crate::view::layout::contains(r, x, y)
}
