//! One file's text → its raw tables, with every problem as a diagnostic.
//!
//! The file is parsed once into toml's spanned document, then each `[[table]]` entry is
//! deserialized on its own. So one bad entry yields one diagnostic and the rest of the file
//! is still read: a user sees all of a file's problems at once, not one per run.

use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::diag::{Code, Diagnostic};
use super::nesting::{MAX_NESTING, too_deep};
use super::source::Source;
use super::{controls, exact, recover, suggest, unknown};
use crate::model::*;

/// Added to the help of an error that makes a whole file unreadable.
pub(super) const UNCHECKED: &str =
    "references to ids and codes are not checked until every file reads";

/// Everything one file holds, still unvalidated.
#[derive(Debug, Default, Clone)]
pub struct RawFile {
    pub participants: Vec<Spanned<RawParticipant>>,
    pub persons: Vec<Spanned<RawPerson>>,
    pub glossary: Vec<Spanned<RawGlossary>>,
    pub chairmanships: Vec<Spanned<RawChairmanship>>,
    pub assignments: Vec<Spanned<RawAssignment>>,
    pub meeting: Option<Spanned<RawMeeting>>,
    pub agenda: Vec<Spanned<RawAgenda>>,
    pub decisions: Vec<Spanned<RawDecision>>,
    pub statements: Vec<Spanned<RawStatement>>,
    pub events: Vec<Spanned<RawEvent>>,
    /// Whether the whole file could not be read (a syntax error): whatever it defines is
    /// unknown, so references into it cannot be checked.
    pub unreadable: bool,
    /// Whether the file had tables that need a `[meeting]` (reported once validation knows).
    pub meeting_tables: Vec<(&'static str, Range<usize>)>,
    /// Whether the file has a `meeting` key, even one that could not be read: its agenda,
    /// decisions and statements are then not "outside a meeting file".
    pub has_meeting: bool,
    /// The `id` or `code` of each entry that could not be read. Its problem is reported once;
    /// references to it are not reported again as unknown.
    pub broken: Vec<String>,
}

/// Parses one source. Never panics; every problem becomes a diagnostic.
pub fn parse(src: &Source, diags: &mut Vec<Diagnostic>) -> RawFile {
    let mut file = RawFile::default();
    if let Some(at) = too_deep(&src.text) {
        let msg = format!("arrays or tables nested more than {MAX_NESTING} deep");
        diags.push(Diagnostic::at(
            &src.path,
            &src.text,
            at..at + 1,
            Code::Syntax,
            msg,
        ));
        file.unreadable = true;
        return file;
    }
    // The text with impossible bare dates made parseable, when the file has some.
    let patched: String;
    let doc = match DeTable::parse(&src.text) {
        Ok(doc) => doc.into_inner(),
        Err(e) => match recover::bad_dates(&src.text, &e) {
            Some((text, bad)) => {
                patched = text;
                match DeTable::parse(&patched) {
                    Ok(doc) => recover::restore(doc.into_inner(), &bad, &src.text),
                    Err(_) => return recover::unreadable(src, &e, diags),
                }
            }
            None => return recover::unreadable(src, &e, diags),
        },
    };
    let doc = exact::shrink(doc);
    controls::scan(&doc, src, diags);
    let mut p = Parser {
        src,
        diags,
        broken: Vec::new(),
    };
    for (key, value) in doc {
        let span = key.span();
        match key.get_ref().as_ref() {
            "format" => p.format(value),
            "participant" => file.participants = p.entries(value, "participant"),
            "person" => file.persons = p.entries(value, "person"),
            "glossary" => file.glossary = p.entries(value, "glossary"),
            "chairmanship" => file.chairmanships = p.entries(value, "chairmanship"),
            "assignment" => file.assignments = p.entries(value, "assignment"),
            "meeting" => {
                file.has_meeting = true;
                file.meeting = p.meeting(value);
            }
            "agenda" => {
                file.meeting_tables.push(("agenda", span));
                file.agenda = p.entries(value, "agenda");
            }
            "decision" => {
                file.meeting_tables.push(("decision", span));
                file.decisions = p.entries(value, "decision");
            }
            "statement" => {
                file.meeting_tables.push(("statement", span));
                file.statements = p.entries(value, "statement");
            }
            "event" => file.events = p.entries(value, "event"),
            other => {
                let d = p.error(
                    span,
                    Code::UnknownKey,
                    format!("unknown top-level table `{other}`"),
                );
                let help = suggest::help(other, TOP_KEYS.iter().copied(), "valid tables");
                p.diags.push(helped(d, help));
            }
        }
    }
    file.broken = p.broken;
    file
}

struct Parser<'a> {
    src: &'a Source,
    diags: &'a mut Vec<Diagnostic>,
    broken: Vec<String>,
}

impl Parser<'_> {
    fn error(&self, span: Range<usize>, code: Code, msg: String) -> Diagnostic {
        Diagnostic::at(&self.src.path, &self.src.text, span, code, msg)
    }

    fn format(&mut self, value: Spanned<DeValue<'_>>) {
        let ok = value
            .get_ref()
            .as_integer()
            .and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok())
            == Some(1);
        if !ok {
            let written = self.src.text.get(value.span()).unwrap_or("?").to_owned();
            let d = self.error(
                value.span(),
                Code::BadFormatVersion,
                format!("unsupported format version {written}"),
            );
            self.diags
                .push(d.with_help("this version of cica-dash reads `format = 1` (an integer)"));
        }
    }

    fn meeting(&mut self, value: Spanned<DeValue<'_>>) -> Option<Spanned<RawMeeting>> {
        if value.get_ref().is_array() {
            let msg = "a file holds exactly one meeting".into();
            let d = self.error(value.span(), Code::Misplaced, msg);
            self.diags
                .push(d.with_help("write `[meeting]` once, and put each meeting in its own file"));
            return None;
        }
        self.one(value, "meeting", unknown::fields_of::<RawMeeting>())
    }

    fn entries<T: DeserializeOwned>(
        &mut self,
        value: Spanned<DeValue<'_>>,
        table: &str,
    ) -> Vec<Spanned<T>> {
        let span = value.span();
        match value.into_inner() {
            DeValue::Array(items) => {
                // Exact: these tables stay alive until their meeting is built.
                let mut out = Vec::with_capacity(items.len());
                let fields = unknown::fields_of::<T>();
                out.extend(items.into_iter().filter_map(|v| self.one(v, table, fields)));
                out
            }
            DeValue::Table(_) => {
                let d = self.error(
                    span,
                    Code::WrongType,
                    format!("`{table}` must be an array of tables"),
                );
                self.diags
                    .push(d.with_help(format!("write `[[{table}]]`, with double brackets")));
                Vec::new()
            }
            other => {
                let msg = format!(
                    "`{table}` must be an array of tables, not {}",
                    other.type_str()
                );
                self.diags.push(self.error(span, Code::WrongType, msg));
                Vec::new()
            }
        }
    }

    /// Reads one entry of `table` as a `T`, whose keys are `fields` (asked once per table).
    fn one<T: DeserializeOwned>(
        &mut self,
        value: Spanned<DeValue<'_>>,
        table: &str,
        fields: Option<&'static [&'static str]>,
    ) -> Option<Spanned<T>> {
        let span = value.span();
        if !value.get_ref().is_table() {
            let msg = format!(
                "each `{table}` must be a table, not {}",
                value.get_ref().type_str()
            );
            self.diags.push(self.error(span, Code::WrongType, msg));
            return None;
        }
        // An unknown key is reported and set aside; the rest of the entry is still read. The
        // keys the unknown ones were nearest to are kept to explain a missing one.
        let mut meant = Vec::new();
        let value = match fields {
            Some(fields) => unknown::set_aside(value, fields, |at, key| {
                meant.extend(suggest::nearest(key, fields.iter().copied()));
                let d = unknown::diagnostic(self.src, at, key, table, fields.iter().copied());
                self.diags.push(d);
            }),
            None => value,
        };
        // Kept in case the entry fails, so references to it are not reported as unknown too.
        let name = ["id", "code"].iter().find_map(|k| {
            value
                .get_ref()
                .get(*k)
                .and_then(|v| v.get_ref().as_str())
                .map(str::to_owned)
        });
        match T::deserialize(ValueDeserializer::from(value)) {
            Ok(v) => Some(Spanned::new(span, v)),
            Err(e) => {
                self.broken.extend(name);
                if !unknown::explains(e.message(), &meant) {
                    let d = serde_error(self.src, e.span().unwrap_or(span), e.message(), table);
                    self.diags.push(d);
                }
                None
            }
        }
    }
}

/// Turns a serde message into a diagnostic with a code and, for unknown keys and values, the
/// nearest valid one.
fn serde_error(src: &Source, span: Range<usize>, message: &str, table: &str) -> Diagnostic {
    let message = first_line(message);
    let backticked: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    let at = |code, msg| Diagnostic::at(&src.path, &src.text, span.clone(), code, msg);
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let word = backticked.first().copied().unwrap_or(rest);
        let valid = backticked.iter().skip(1).copied();
        return unknown::diagnostic(src, span, word, table, valid);
    }
    if message.starts_with("unknown variant ") {
        let word = backticked.first().copied().unwrap_or("");
        let help = suggest::help(word, backticked.iter().skip(1).copied(), "valid values");
        let d = at(
            Code::BadValue,
            format!("`{word}` is not a valid value here"),
        );
        return helped(d, help);
    }
    if message.starts_with("missing field ") {
        let key = backticked.first().copied().unwrap_or("?");
        return at(
            Code::MissingKey,
            format!("`{table}` is missing the required key `{key}`"),
        );
    }
    let help = suggest::wrong_type_help(&message).map(str::to_owned);
    helped(at(Code::WrongType, message), help)
}

/// The diagnostic with the help, when there is one.
fn helped(d: Diagnostic, help: Option<String>) -> Diagnostic {
    match help {
        Some(h) => d.with_help(h),
        None => d,
    }
}

pub(super) fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or(s).trim().to_owned()
}
