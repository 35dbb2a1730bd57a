//! The options fixed at start-up, which no action changes.

use chrono::{NaiveDate, Weekday};

/// Options fixed at start-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// The date taken as today (injected for reproducible output).
    pub today: NaiveDate,
    /// The first day of the calendar week.
    pub week_start: Weekday,
}
