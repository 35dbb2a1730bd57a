//! The week view's grid: the selected day's week as seven columns of entries on a wide pane,
//! or seven rows on a narrow one, and the lanes in which items of several days span their
//! days across the columns.

use chrono::{NaiveDate, Weekday};
use ratatui::layout::Rect;

use super::{GAP, LIST_MIN_W, beside, hit, stacked};
use crate::calendar::week;
use crate::dataset::CalItem;

/// The narrowest of the seven columns.
const COL_MIN: u16 = 9;
/// The narrowest pane that shows the week as columns.
pub const COLUMNS_MIN_W: u16 = 7 * COL_MIN + 6;
/// The narrowest rows beside a list.
const ROWS_MIN_W: u16 = 22;

/// How the seven days are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Side by side, each a column `col_w` wide with a rule after it.
    Columns { col_w: u16 },
    /// One above the other, `per_day` rows each, from day `first` of the week.
    Rows { per_day: u16, first: usize },
}

/// The area of the week and its shape, before the week is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    area: Rect,
    columns: bool,
}

/// The week's area and the list's inside the pane.
pub fn place(inner: Rect) -> (Placed, Rect) {
    if inner.width >= COLUMNS_MIN_W {
        let list_h = (inner.height / 3).clamp(super::LIST_MIN_H, 8);
        let (area, list) = stacked(inner, inner.height.saturating_sub(list_h));
        return (
            Placed {
                area,
                columns: true,
            },
            list,
        );
    }
    let list_w = LIST_MIN_W.max(inner.width.saturating_sub(GAP) / 2);
    let grid_w = inner.width.saturating_sub(GAP + list_w).max(ROWS_MIN_W);
    let (area, list) = beside(inner, grid_w, inner.height).unwrap_or_else(|| stacked(inner, 7 * 2));
    (
        Placed {
            area,
            columns: false,
        },
        list,
    )
}

impl Placed {
    /// The week of `day`, starting on `week_start`, in this area.
    pub fn at(self, day: NaiveDate, week_start: Weekday) -> WeekGrid {
        let days = week(day, week_start);
        let shape = if self.columns {
            Shape::Columns {
                col_w: (self.area.width.saturating_sub(6) / 7).max(1),
            }
        } else {
            let per_day = (self.area.height / 7).max(1);
            let shown = usize::from(self.area.height.min(7));
            let selected = days.iter().position(|d| *d == day).unwrap_or(0);
            Shape::Rows {
                per_day,
                first: (selected + 1).saturating_sub(shown.max(1)),
            }
        };
        WeekGrid {
            area: self.area,
            shape,
            days,
        }
    }
}

/// A week placed on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekGrid {
    pub area: Rect,
    pub shape: Shape,
    /// The seven days, from the week's first.
    pub days: [NaiveDate; 7],
}

impl WeekGrid {
    /// The area of day `i` of the week (empty when it is scrolled away).
    pub fn day_area(&self, i: usize) -> Rect {
        let a = self.area;
        match self.shape {
            Shape::Columns { col_w } => {
                let x = a.x + (col_w + 1) * i as u16;
                Rect::new(x, a.y, col_w, a.height).intersection(a)
            }
            Shape::Rows { per_day, first } => {
                let Some(n) = i.checked_sub(first) else {
                    return Rect::new(a.x, a.y, 0, 0);
                };
                let y = a.y + per_day * n as u16;
                Rect::new(a.x, y, a.width, per_day).intersection(a)
            }
        }
    }

    /// The day under a click.
    pub fn day_at(&self, x: u16, y: u16) -> Option<NaiveDate> {
        (0..7)
            .find(|&i| hit(self.day_area(i), x, y))
            .map(|i| self.days[i])
    }
}

/// An entry of several days, drawn across the columns it covers in the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Band {
    pub item: CalItem,
    /// The first and last day of the week it covers (0–6).
    pub from: usize,
    pub to: usize,
    /// Whether it began before the week, and goes on after it.
    pub before: bool,
    pub after: bool,
}

/// Splits a week's entries (`on[i]`: the entries of day `i`) into bands — entries whose
/// range (`span`: first and last day) is longer than one day — stacked in as few lanes as
/// possible, and each day's own one-day entries.
pub fn bands(
    week: &[NaiveDate; 7],
    on: &[Vec<CalItem>; 7],
    span: impl Fn(CalItem) -> Option<(NaiveDate, NaiveDate)>,
) -> (Vec<Vec<Band>>, [Vec<CalItem>; 7]) {
    let mut lanes: Vec<Vec<Band>> = Vec::new();
    let mut singles: [Vec<CalItem>; 7] = Default::default();
    for (i, items) in on.iter().enumerate() {
        for &item in items {
            let range = span(item).filter(|(a, b)| a < b);
            let Some((first, last)) = range else {
                singles[i].push(item);
                continue;
            };
            // A band is laid when its first day in the week is reached.
            let starts_here = i == 0 || first >= week[i];
            if !starts_here {
                continue;
            }
            let to = (i..7).take_while(|&j| week[j] <= last).last().unwrap_or(i);
            let band = Band {
                item,
                from: i,
                to,
                before: first < week[0],
                after: last > week[6],
            };
            match lanes
                .iter_mut()
                .find(|l| l.iter().all(|b| b.to < band.from))
            {
                Some(lane) => lane.push(band),
                None => lanes.push(vec![band]),
            }
        }
    }
    (lanes, singles)
}
