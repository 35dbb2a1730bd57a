//! The date typed after `:` in the calendar: `2021-06-23`, `2021-06` or `2021`.
//!
//! It is the data files' own date syntax ([`PartialDate::parse`]), read leniently where that
//! costs nothing (`2021-6-3` is 3 June), and a mistake is answered with what is wrong with it
//! ("February 2021 has 28 days, not 30"), not a bare "invalid date", since the line stays open
//! for the reader to fix it.

use chrono::NaiveDate;

use crate::calendar::month_end;
use crate::model::PartialDate;

/// The longest text the input line takes (`2021-06-23` and a little slack).
pub const MAX_LEN: usize = 12;

/// What the input line says before anything is typed, and after an empty Enter.
pub const PROMPT: &str = "type 2021-06-23, 2021-06 or 2021";

/// Reads a typed date, or says what is wrong with it.
pub fn parse(text: &str) -> Result<PartialDate, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(PROMPT.to_owned());
    }
    if let Some(c) = text.chars().find(|c| !c.is_ascii_digit() && *c != '-') {
        return Err(format!(
            "`{c}` cannot be in a date: use digits and -, as in 2021-06-23"
        ));
    }
    let parts: Vec<&str> = text.split('-').collect();
    if parts.len() > 3 {
        return Err("too many parts: a date is 2021-06-23, 2021-06 or 2021".to_owned());
    }
    let year = parts[0];
    if year.len() != 4 {
        return Err(format!("the year has four digits (2021), not `{year}`"));
    }
    let Some(month) = parts.get(1) else {
        return whole(year);
    };
    let month = number(month, "month", "06")?;
    if !(1..=12).contains(&month) {
        return Err(format!(
            "there is no month {month}: months run from 01 to 12"
        ));
    }
    let Some(day) = parts.get(2) else {
        return whole(&format!("{year}-{month:02}"));
    };
    let day = number(day, "day", "23")?;
    let first = year
        .parse::<i32>()
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, month, 1))
        .ok_or_else(|| format!("the year {year} is out of range"))?;
    let last = month_end(first);
    let days = last.signed_duration_since(first).num_days() + 1;
    if day == 0 || i64::from(day) > days {
        return Err(format!(
            "{} has {days} days, not {day}",
            first.format("%B %Y")
        ));
    }
    whole(&format!("{year}-{month:02}-{day:02}"))
}

/// A month or a day: one or two digits.
fn number(text: &str, what: &str, example: &str) -> Result<u32, String> {
    if text.is_empty() || text.len() > 2 {
        return Err(format!(
            "the {what} has two digits ({example}), not `{text}`"
        ));
    }
    text.parse()
        .map_err(|_| format!("the {what} has two digits ({example}), not `{text}`"))
}

/// The checked text as a date.
fn whole(text: &str) -> Result<PartialDate, String> {
    PartialDate::parse(text).ok_or_else(|| format!("`{text}` is not a date"))
}
