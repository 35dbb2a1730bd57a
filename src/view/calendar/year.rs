//! The year view's grid: twelve small months of shaded day cells (two cells a day, or one on
//! a smaller pane), or on a pane too small for those, twelve one-line strips of the months'
//! days; a legend under either.

use chrono::{Datelike, NaiveDate, Weekday};
use ratatui::layout::Rect;

use super::{LIST_MIN_H, beside, hit, stacked};
use crate::calendar::{WEEKS, month_grid};

/// Rows of a small month: its name and six weeks.
pub const BLOCK_H: u16 = 1 + WEEKS as u16;
/// Columns before a strip's days: the month's short name and a space.
pub const STRIP_LABEL: u16 = 4;

/// How the year's months are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Small month grids, `cols` across, each day `cw` cells wide; `rows` rows of months
    /// from row `first`.
    Blocks {
        cols: u16,
        cw: u16,
        rows: u16,
        first: u16,
    },
    /// One line per month, its days side by side, `shown` months from month `first` (0–11).
    Strips { shown: u16, first: u16 },
}

/// The area of the year and its shape, before the year is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    area: Rect,
    /// Blocks: (cols, cw); none for strips.
    blocks: Option<(u16, u16)>,
}

/// The width of a small month, with the gap after it.
fn block_w(cw: u16) -> u16 {
    7 * cw + 1
}

/// The largest layout of small months that fits with the list beside or under it, else
/// strips.
pub fn place(inner: Rect) -> (Placed, Rect) {
    for cw in [2, 1] {
        for cols in [4, 6, 3, 12, 2] {
            let w = cols * block_w(cw) - 1;
            let h = (12 / cols) * BLOCK_H + 1;
            let fits = beside(inner, w, h).or_else(|| {
                (w <= inner.width && h + LIST_MIN_H <= inner.height).then(|| stacked(inner, h))
            });
            if let Some((area, list)) = fits {
                let area = Rect { width: w, ..area };
                let blocks = Some((cols, cw));
                return (Placed { area, blocks }, list);
            }
        }
    }
    // The days, then ` +N` for the month's entries without a day.
    let w = STRIP_LABEL + 31 + 4;
    let (area, list) = beside(inner, w, 13).unwrap_or_else(|| stacked(inner, 13));
    (
        Placed {
            area: Rect {
                width: area.width.min(w),
                ..area
            },
            blocks: None,
        },
        list,
    )
}

impl Placed {
    /// The year of `day` in this area, scrolled so that `day`'s month shows.
    pub fn at(self, day: NaiveDate, week_start: Weekday) -> YearGrid {
        let month = day.month0() as u16;
        let room = self.area.height.saturating_sub(1);
        let shape = match self.blocks {
            Some((cols, cw)) => {
                let rows = (room / BLOCK_H).clamp(1, 12 / cols);
                let first = (month / cols + 1).saturating_sub(rows);
                Shape::Blocks {
                    cols,
                    cw,
                    rows,
                    first,
                }
            }
            None => {
                let shown = room.clamp(1, 12);
                Shape::Strips {
                    shown,
                    first: (month + 1).saturating_sub(shown),
                }
            }
        };
        YearGrid {
            area: self.area,
            year: day.year(),
            week_start,
            shape,
        }
    }
}

/// A year placed on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearGrid {
    pub area: Rect,
    pub year: i32,
    pub week_start: Weekday,
    pub shape: Shape,
}

impl YearGrid {
    /// The first day of month `m0` (0–11) of the year.
    pub fn month(&self, m0: u16) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, u32::from(m0) + 1, 1)
    }

    /// The row of the legend.
    pub fn legend_y(&self) -> u16 {
        match self.shape {
            Shape::Blocks { rows, .. } => self.area.y + rows * BLOCK_H,
            Shape::Strips { shown, .. } => self.area.y + shown,
        }
        .min(self.area.bottom().saturating_sub(1))
    }

    /// Where month `m0`'s name goes, if the month is on screen: its column and row.
    pub fn month_at(&self, m0: u16) -> Option<(u16, u16)> {
        let (x, y) = match self.shape {
            Shape::Blocks {
                cols, cw, first, ..
            } => {
                let row = (m0 / cols).checked_sub(first)?;
                let x = self.area.x + (m0 % cols) * block_w(cw);
                (x, self.area.y + row * BLOCK_H)
            }
            Shape::Strips { first, .. } => (self.area.x, self.area.y + m0.checked_sub(first)?),
        };
        (y < self.legend_y()).then_some((x, y))
    }

    /// The day under a click, if it hit a day's cell.
    pub fn day_at(&self, x: u16, y: u16) -> Option<NaiveDate> {
        if !hit(self.area, x, y) || y >= self.legend_y() {
            return None;
        }
        let (rx, ry) = (x - self.area.x, y - self.area.y);
        match self.shape {
            Shape::Blocks {
                cols, cw, first, ..
            } => {
                let (col, cx) = (rx / block_w(cw), rx % block_w(cw));
                let line = ry % BLOCK_H;
                if cx >= 7 * cw || line == 0 {
                    return None;
                }
                let m0 = (ry / BLOCK_H + first) * cols + col;
                let grid = month_grid(self.month(m0)?, self.week_start);
                *grid.get(usize::from(line - 1))?.get(usize::from(cx / cw))?
            }
            Shape::Strips { first, .. } => {
                let day = rx.checked_sub(STRIP_LABEL)? + 1;
                self.month(ry + first)?.with_day(u32::from(day))
            }
        }
    }
}
