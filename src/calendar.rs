//! Month grids built on chrono, with a configurable first day of the week.
//!
//! ratatui's own calendar widget needs the `time` crate and starts weeks on Sunday only;
//! CICA's users mostly expect ISO 8601 weeks (Monday first), so the grid is computed here and
//! drawn by [`crate::ui::calendar`].

use chrono::{Datelike, Months, NaiveDate, Weekday};

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
    fn month_steps_clamp_the_day() {
        assert_eq!(add_months(d(2021, 1, 31), 1), d(2021, 2, 28));
        assert_eq!(add_months(d(2024, 1, 31), 1), d(2024, 2, 29));
        assert_eq!(add_months(d(2021, 3, 31), -1), d(2021, 2, 28));
        assert_eq!(add_months(d(2021, 12, 15), 1), d(2022, 1, 15));
    }
}
