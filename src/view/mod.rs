//! What both `update` and drawing need to know about the screen: where things are
//! ([`layout`]: panes, popups, the picker's rows, the calendar's days) and how long scrolled
//! content is ([`detail`], [`problems`], [`help`] build it as lines).
//!
//! It sits below [`crate::app`] and [`crate::ui`] so that update can clamp a scroll or
//! hit-test a click with exactly the geometry the drawing uses, without reaching up into the
//! ui. Everything here is a pure function of the data, the size and the theme.

pub mod calendar;
pub mod cite;
pub mod coord;
mod day;
pub mod deck;
pub mod detail;
mod event;
pub mod glossary;
pub mod help;
pub mod layout;
pub mod list_rows;
mod meeting;
mod out;
mod people;
pub mod plain;
pub mod problems;
pub mod profile;
pub mod roles;
mod said;
pub mod stats;
pub mod timeline;
pub mod when;

use chrono::{NaiveDate, Weekday};
use ratatui::style::Style;

use crate::dataset::{Dataset, Delivery, ParticipantKind, Standing, Status};
use crate::theme::Theme;

/// What the content builders read: the data, the injected today, and the theme.
#[derive(Debug, Clone, Copy)]
pub struct Ctx<'a> {
    pub data: &'a Dataset,
    pub today: NaiveDate,
    pub week_start: Weekday,
    pub theme: &'a Theme,
}

/// A status as a word.
pub fn status_word(s: Status) -> &'static str {
    match s {
        Status::Held => "held",
        Status::Planned => "planned",
        Status::Postponed => "postponed",
        Status::Cancelled => "cancelled",
    }
}

/// A participant's kind as a word.
pub fn kind_word(k: ParticipantKind) -> &'static str {
    match k {
        ParticipantKind::State => "state",
        ParticipantKind::Organization => "organisation",
    }
}

/// A participant's standing in CICA as a word.
pub fn standing_word(s: Standing) -> &'static str {
    match s {
        Standing::Member => "member",
        Standing::Observer => "observer",
        Standing::Partner => "partner",
        Standing::Secretariat => "secretariat",
        Standing::Other => "other",
    }
}

/// A visible marker for deliveries other than speaking in person.
pub fn delivery_badge(d: Option<Delivery>, theme: &Theme) -> Option<(String, Style)> {
    let (text, style) = match d? {
        Delivery::Video => ("[video]", theme.delivery_video),
        Delivery::Written => ("[written]", theme.delivery_written),
        Delivery::ReadOut => ("[read out]", theme.delivery_written),
        Delivery::Reported => ("[reported]", theme.delivery_reported),
        Delivery::InPerson => return None,
    };
    Some((
        text.to_owned(),
        style.add_modifier(ratatui::style::Modifier::BOLD),
    ))
}

pub use crate::text::count;
