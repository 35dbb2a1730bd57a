//! `export --format csv --kind KIND`: one table of the data set for a spreadsheet, as RFC 4180
//! says: a header row, fields separated by commas, records ending in CRLF, and a field that
//! holds a comma, a double quote or a line break written in double quotes, its own double
//! quotes doubled. Line breaks inside a field stay as the data has them (LF).
//!
//! A few lines of our own rather than a crate: quoting is the whole of the format. The
//! columns of each table are in [`super::tables`].

use std::borrow::Cow;

use chrono::NaiveDate;

use super::{Selection, tables};
use crate::dataset::Dataset;

/// The tables `--kind` chooses from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// One row per meeting.
    Meetings,
    /// One row per agenda item, with its meeting.
    Agenda,
    /// One row per decision, with its meeting and agenda item.
    Decisions,
    /// One row per role: those decisions gave, and the standing ones.
    Assignments,
    /// One row per statement, with its meeting and agenda item.
    Statements,
    /// One row per event.
    Events,
    /// One row per state or organisation.
    Participants,
    /// One row per person named in statements.
    Persons,
    /// One row per glossary term.
    Glossary,
    /// One row per chairmanship term.
    Chairmanships,
}

/// The table of `kind` for the selected meetings and events, header first. `today` decides
/// the status of items that do not write one.
pub fn csv(data: &Dataset, sel: &Selection, kind: Kind, today: NaiveDate) -> String {
    let (header, rows) = tables::table(data, sel, kind, today);
    let mut out = String::new();
    record(&mut out, header.split(','));
    for row in rows {
        record(&mut out, row.iter().map(String::as_str));
    }
    out
}

/// One record: the fields, quoted where needed, joined by commas, ended by CRLF.
fn record<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&field(f));
    }
    out.push_str("\r\n");
}

/// A field as RFC 4180 writes it: in double quotes, with its double quotes doubled, when it
/// holds a comma, a double quote, a line feed or a carriage return; as it is otherwise.
pub fn field(s: &str) -> Cow<'_, str> {
    if s.contains([',', '"', '\n', '\r']) {
        Cow::Owned(format!("\"{}\"", s.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        assert_eq!(field("plain text"), "plain text");
        assert_eq!(
            field("Nur-Sultan, Kazakhstan"),
            "\"Nur-Sultan, Kazakhstan\""
        );
        assert_eq!(field("the \"List\""), "\"the \"\"List\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field(""), "");
        assert_eq!(field("«Ц» 上海"), "«Ц» 上海");
    }

    #[test]
    fn records_end_in_crlf() {
        let mut out = String::new();
        record(&mut out, ["a", "b,c", ""].into_iter());
        assert_eq!(out, "a,\"b,c\",\r\n");
    }
}
