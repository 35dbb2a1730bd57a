//! `cica-dash export`: the data set written out for other programs — a calendar ([`ics`]),
//! the minutes of a meeting ([`markdown`]), the whole validated data set ([`json`]) and one
//! table per kind for spreadsheets ([`csv`]).
//!
//! The module is called `dump` to keep it apart from [`crate::export`], which turns drawn
//! screens into SVG pictures. Each format is a pure function from the data set and a
//! [`Selection`] to the text of the file; only [`write`] touches the file system, and it
//! writes a whole file or nothing.
//!
//! No control character from a data file reaches the output: every string of the data set
//! has passed [`crate::text::sanitize`] at load time (escape sequences and controls are
//! visible placeholders there), and ids and codes are plain ASCII by validation. The
//! formats' own escaping (ICS text, Markdown, CSV quoting, JSON) comes on top of that.

pub mod csv;
mod fold;
pub mod ics;
pub mod json;
pub mod markdown;
mod md;
mod select;
mod tables;
pub mod write;

pub use fold::{fold, unfold};
pub use select::{Filter, Selection};

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::PartialDate;

/// The word a data file uses for an enum value (`in-person`, `read-out`, `held`), from its
/// serde name, so every format spells it as the data format does.
pub fn word<T: Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        // Every enum of the model is a unit variant, serialised as a string.
        _ => String::new(),
    }
}

/// The days an item covers: from the first day of its date to the last day of its end (or of
/// its date), each partial date standing for its whole month or year.
pub fn period(date: &PartialDate, end: Option<&PartialDate>) -> (NaiveDate, NaiveDate) {
    (date.first_day(), end.unwrap_or(date).last_day())
}
