//! Dates of partial precision.
//!
//! Sources often give only a month or a year. The contract says the precision is kept and shown
//! as written, so a date is a period (a day, a month or a year) rather than a `NaiveDate`, and
//! comparisons work on whole periods: `"2021-06"` ends after `2021-06-23`.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

/// How much of a date the source gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Only the year is known.
    Year,
    /// The year and month are known.
    Month,
    /// The exact day is known.
    Day,
}

/// A date that may be known only to the month or the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    first: NaiveDate,
    precision: Precision,
}

impl PartialDate {
    /// A date known to the day.
    pub fn day(date: NaiveDate) -> Self {
        Self {
            first: date,
            precision: Precision::Day,
        }
    }

    /// Parses `2021-06-23`, `2021-06` or `2021`; anything else (including impossible days) is
    /// `None`.
    pub fn parse(text: &str) -> Option<Self> {
        let parts: Vec<&str> = text.split('-').collect();
        let num = |s: &str, len: usize| -> Option<u32> {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let year = i32::try_from(num(parts.first()?, 4)?).ok()?;
        let (month, day, precision) = match parts.len() {
            1 => (1, 1, Precision::Year),
            2 => (num(parts[1], 2)?, 1, Precision::Month),
            3 => (num(parts[1], 2)?, num(parts[2], 2)?, Precision::Day),
            _ => return None,
        };
        let first = NaiveDate::from_ymd_opt(year, month, day)?;
        Some(Self { first, precision })
    }

    /// The precision the source gave.
    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// The first day of the period.
    pub fn first_day(&self) -> NaiveDate {
        self.first
    }

    /// The last day of the period.
    pub fn last_day(&self) -> NaiveDate {
        let (y, m) = (self.first.year(), self.first.month());
        let next = match self.precision {
            Precision::Day => return self.first,
            Precision::Month if m == 12 => NaiveDate::from_ymd_opt(y + 1, 1, 1),
            Precision::Month => NaiveDate::from_ymd_opt(y, m + 1, 1),
            Precision::Year => NaiveDate::from_ymd_opt(y + 1, 1, 1),
        };
        // At the end of chrono's range there is no next period; the period then ends at MAX.
        next.and_then(|d| d.pred_opt()).unwrap_or(NaiveDate::MAX)
    }

    /// True when this period lies wholly before `other` begins (`end` before `start` checks).
    pub fn ends_before(&self, other: &PartialDate) -> bool {
        self.last_day() < other.first_day()
    }

    /// A long form for slides, read from across a room: `Wednesday 23 June 2021`,
    /// `June 2021` or `2021`.
    pub fn long(&self) -> String {
        match self.precision {
            Precision::Day => self.first.format("%A %-d %B %Y").to_string(),
            Precision::Month => self.first.format("%B %Y").to_string(),
            Precision::Year => self.first.format("%Y").to_string(),
        }
    }

    /// A human form: `Wed 23 Jun 2021`, `Jun 2021` or `2021`.
    pub fn human(&self) -> String {
        match self.precision {
            Precision::Day => self.first.format("%a %-d %b %Y").to_string(),
            Precision::Month => self.first.format("%b %Y").to_string(),
            Precision::Year => self.first.format("%Y").to_string(),
        }
    }
}

impl fmt::Display for PartialDate {
    /// The form the data file uses: `2021-06-23`, `2021-06` or `2021`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision {
            Precision::Day => write!(f, "{}", self.first.format("%Y-%m-%d")),
            Precision::Month => write!(f, "{}", self.first.format("%Y-%m")),
            Precision::Year => write!(f, "{}", self.first.format("%Y")),
        }
    }
}

/// A date value exactly as written in TOML, before validation: a native TOML date-time or a
/// string. Converting it (and rejecting times) happens in validation, where the span is known.
#[derive(Debug, Clone, PartialEq)]
pub enum RawDate {
    /// A TOML date, time or date-time literal.
    Toml(toml::value::Datetime),
    /// A quoted string.
    Text(String),
}

/// Why a raw date was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// A TOML time or date-time where only a date is allowed.
    HasTime,
    /// A string that is not `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or a day that does not exist.
    Invalid,
}

impl RawDate {
    /// Converts to a validated date.
    pub fn to_date(&self) -> Result<PartialDate, DateError> {
        match self {
            RawDate::Toml(dt) => {
                if dt.time.is_some() || dt.offset.is_some() {
                    return Err(DateError::HasTime);
                }
                let d = dt.date.ok_or(DateError::HasTime)?;
                NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                    .map(PartialDate::day)
                    .ok_or(DateError::Invalid)
            }
            RawDate::Text(s) => PartialDate::parse(s).ok_or(DateError::Invalid),
        }
    }

    /// The text as written, for messages.
    pub fn written(&self) -> String {
        match self {
            RawDate::Toml(dt) => dt.to_string(),
            RawDate::Text(s) => format!("\"{s}\""),
        }
    }
}

impl<'de> Deserialize<'de> for RawDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawDate;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date such as 2021-06-23, \"2021-06\" or \"2021\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawDate, E> {
                Ok(RawDate::Text(v.to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawDate, A::Error> {
                let de = de::value::MapAccessDeserializer::new(map);
                toml::value::Datetime::deserialize(de).map(RawDate::Toml)
            }
        }
        deserializer.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_three_precisions_and_shows_them_as_written() {
        for s in ["2021-06-23", "2021-06", "2021"] {
            assert_eq!(
                PartialDate::parse(s).map(|d| d.to_string()).as_deref(),
                Some(s)
            );
        }
        assert_eq!(
            PartialDate::parse("2021-06").unwrap().precision(),
            Precision::Month
        );
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        for s in [
            "2021-02-30",
            "2021-13",
            "2021-6-1",
            "21-06-23",
            "",
            "2021-06-23-1",
            "２０２１",
        ] {
            assert!(PartialDate::parse(s).is_none(), "{s} should be rejected");
        }
        assert!(
            PartialDate::parse("2024-02-29").is_some(),
            "leap day exists in 2024"
        );
    }

    #[test]
    fn periods_compare_as_wholes() {
        let day = PartialDate::parse("2021-06-23").unwrap();
        let june = PartialDate::parse("2021-06").unwrap();
        let may = PartialDate::parse("2021-05").unwrap();
        assert!(
            !june.ends_before(&day),
            "June ends on the 30th, after the 23rd"
        );
        assert!(may.ends_before(&day));
        assert_eq!(
            june.last_day(),
            NaiveDate::from_ymd_opt(2021, 6, 30).unwrap()
        );
        let dec = PartialDate::parse("2021-12").unwrap();
        assert_eq!(
            dec.last_day(),
            NaiveDate::from_ymd_opt(2021, 12, 31).unwrap()
        );
        let year = PartialDate::parse("2020").unwrap();
        assert_eq!(
            year.last_day(),
            NaiveDate::from_ymd_opt(2020, 12, 31).unwrap()
        );
    }

    #[test]
    fn human_form_never_invents_a_day() {
        assert_eq!(
            PartialDate::parse("2021-06-23").unwrap().human(),
            "Wed 23 Jun 2021"
        );
        assert_eq!(PartialDate::parse("2021-06").unwrap().human(), "Jun 2021");
        assert_eq!(PartialDate::parse("2021").unwrap().human(), "2021");
    }

    #[test]
    fn long_form_spells_out_names() {
        assert_eq!(
            PartialDate::parse("2021-06-23").unwrap().long(),
            "Wednesday 23 June 2021"
        );
        assert_eq!(PartialDate::parse("2021-06").unwrap().long(), "June 2021");
        assert_eq!(PartialDate::parse("2021").unwrap().long(), "2021");
    }
}
