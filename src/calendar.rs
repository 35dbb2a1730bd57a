//! Month grids and weeks built on chrono, with a configurable first day of the week, and the
//! calendar pane's three views.
//!
//! ratatui's own calendar widget needs the `time` crate and starts weeks on Sunday only;
//! CICA's users mostly expect ISO 8601 weeks (Monday first), so the grid is computed here and
//! drawn by [`crate::ui::calendar`]. [`goto`] reads a date typed after `:`, and [`heat`] turns
//! a day's number of entries into the year view's shade.

pub mod goto;
pub mod heat;

use chrono::{Datelike, Months, NaiveDate, Weekday};

/// What the calendar pane shows around the selected day; `v` cycles through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CalView {
    /// One month as a grid of day numbers.
    #[default]
    Month,
    /// One week as seven columns (or rows) of entries.
    Week,
    /// Twelve small months shaded by activity.
    Year,
}

impl CalView {
    /// The view `v` goes to: month, week, year, month again.
    pub fn next(self) -> Self {
        match self {
            CalView::Month => CalView::Week,
            CalView::Week => CalView::Year,
            CalView::Year => CalView::Month,
        }
    }

    /// The view's name, for notices.
    pub fn name(self) -> &'static str {
        match self {
            CalView::Month => "month",
            CalView::Week => "week",
            CalView::Year => "year",
        }
    }
}

/// Weeks shown in every month grid: six, so the pane does not jump between months.
pub const WEEKS: usize = 6;

/// The first day of `date`'s month.
pub fn month_start(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

/// The last day of `date`'s month.
pub fn month_end(date: NaiveDate) -> NaiveDate {
    month_start(date)
        .checked_add_months(Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(date)
}

/// The same day `n` months on (or back when negative), clamped to the month's length:
/// 31 January + 1 month is 28 or 29 February.
pub fn add_months(date: NaiveDate, n: i32) -> NaiveDate {
    let start = month_start(date);
    let moved = if n >= 0 {
        start.checked_add_months(Months::new(n.unsigned_abs()))
    } else {
        start.checked_sub_months(Months::new(n.unsigned_abs()))
    };
    let Some(moved) = moved else { return date };
    let last = month_end(moved).day();
    moved.with_day(date.day().min(last)).unwrap_or(moved)
}

/// The weekday names in display order, starting at `week_start`.
pub fn weekdays(week_start: Weekday) -> [Weekday; 7] {
    let mut out = [week_start; 7];
    for i in 1..7 {
        out[i] = out[i - 1].succ();
    }
    out
}

/// The month of `date` as six weeks of seven cells; cells outside the month are `None`.
pub fn month_grid(date: NaiveDate, week_start: Weekday) -> [[Option<NaiveDate>; 7]; WEEKS] {
    let first = month_start(date);
    let lead = first.weekday().days_since(week_start) as i64;
    let mut grid = [[None; 7]; WEEKS];
    for (i, cell) in grid.iter_mut().flatten().enumerate() {
        let day = first.checked_add_signed(chrono::Duration::days(i as i64 - lead));
        *cell = day.filter(|d| d.month() == first.month() && d.year() == first.year());
    }
    grid
}

/// The seven days of `date`'s week, from `week_start` on.
pub fn week(date: NaiveDate, week_start: Weekday) -> [NaiveDate; 7] {
    let back = i64::from(date.weekday().days_since(week_start));
    let first = date - chrono::Duration::days(back);
    let mut out = [first; 7];
    for i in 1..7 {
        out[i] = out[i - 1].succ_opt().unwrap_or(out[i - 1]);
    }
    out
}

/// The first and last day of `date`'s year.
pub fn year_bounds(date: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = date.with_ordinal(1).unwrap_or(date);
    let last = NaiveDate::from_ymd_opt(date.year(), 12, 31).unwrap_or(date);
    (first, last)
}

/// Row and column of `date` in its month grid.
pub fn position(date: NaiveDate, week_start: Weekday) -> (usize, usize) {
    let lead = month_start(date).weekday().days_since(week_start) as usize;
    let i = lead + date.day0() as usize;
    (i / 7, i % 7)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn june_2021_starts_on_tuesday_in_a_monday_week() {
        let g = month_grid(d(2021, 6, 23), Weekday::Mon);
        assert_eq!(g[0][0], None, "31 May is outside June");
        assert_eq!(g[0][1], Some(d(2021, 6, 1)), "1 June 2021 was a Tuesday");
        assert_eq!(
            position(d(2021, 6, 23), Weekday::Mon),
            (3, 2),
            "the 23rd was a Wednesday"
        );
        assert_eq!(g[3][2], Some(d(2021, 6, 23)));
    }

    #[test]
    fn sunday_first_weeks_shift_by_one() {
        let g = month_grid(d(2021, 6, 1), Weekday::Sun);
        assert_eq!(g[0][2], Some(d(2021, 6, 1)));
        assert_eq!(weekdays(Weekday::Sun)[0], Weekday::Sun);
        assert_eq!(weekdays(Weekday::Mon)[6], Weekday::Sun);
    }

    #[test]
    fn every_day_of_a_month_is_in_its_grid_once() {
        for m in 1..=12 {
            let g = month_grid(d(2024, m, 1), Weekday::Mon);
            let days: Vec<NaiveDate> = g.iter().flatten().flatten().copied().collect();
            assert_eq!(days.len() as u32, month_end(d(2024, m, 1)).day());
            assert!(days.windows(2).all(|w| w[1] == w[0].succ_opt().unwrap()));
        }
    }

    #[test]
    fn a_week_runs_from_its_first_day() {
        // 23 June 2021 was a Wednesday: its Monday week is 21–27 June, its Sunday week 20–26.
        let mon = week(d(2021, 6, 23), Weekday::Mon);
        assert_eq!((mon[0], mon[6]), (d(2021, 6, 21), d(2021, 6, 27)));
        let sun = week(d(2021, 6, 23), Weekday::Sun);
        assert_eq!((sun[0], sun[6]), (d(2021, 6, 20), d(2021, 6, 26)));
        assert_eq!(week(d(2021, 6, 21), Weekday::Mon)[0], d(2021, 6, 21));
        // Across a year's end: 1 January 2022 was a Saturday.
        assert_eq!(week(d(2022, 1, 1), Weekday::Mon)[0], d(2021, 12, 27));
        assert_eq!(
            year_bounds(d(2024, 2, 29)),
            (d(2024, 1, 1), d(2024, 12, 31))
        );
    }

    #[test]
    fn views_cycle_month_week_year() {
        let v = CalView::default();
        assert_eq!(v, CalView::Month);
        assert_eq!(v.next(), CalView::Week);
        assert_eq!(v.next().next(), CalView::Year);
        assert_eq!(v.next().next().next(), CalView::Month);
    }

    #[test]
    fn month_steps_clamp_the_day() {
        assert_eq!(add_months(d(2021, 1, 31), 1), d(2021, 2, 28));
        assert_eq!(add_months(d(2024, 1, 31), 1), d(2024, 2, 29));
        assert_eq!(add_months(d(2021, 3, 31), -1), d(2021, 2, 28));
        assert_eq!(add_months(d(2021, 12, 15), 1), d(2022, 1, 15));
    }
}
