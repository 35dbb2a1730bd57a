//! Diagnostics: what is wrong, exactly where, and what to do about it.
//!
//! A diagnostic carries its file, 1-based line and column (in characters, as editors count)
//! and the byte span, so that `check` can draw the source line and the CLI can print
//! `path:line:col`. Codes are stable strings: scripts and editors may match on them.

use std::fmt;
use std::ops::Range;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Suspicious but loadable.
    Warning,
    /// The data set cannot be trusted until it is fixed.
    Error,
}

/// The kind of problem, with a stable name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Code {
    /// The directory or a file could not be read.
    Io,
    /// A file is larger than the size limit.
    TooLarge,
    /// A file is not valid UTF-8 or holds a NUL byte.
    Encoding,
    /// A file is not valid TOML.
    Syntax,
    /// A key that the format does not define.
    UnknownKey,
    /// A required key is absent.
    MissingKey,
    /// A value of the wrong type.
    WrongType,
    /// A value outside the allowed set (an enum).
    BadValue,
    /// The `format` key is not `1`.
    BadFormatVersion,
    /// A date that does not exist, or is not a date.
    BadDate,
    /// An `end` or `until` before its start.
    BadRange,
    /// An id or code that does not match its pattern.
    BadId,
    /// The same id, code, name or term twice.
    Duplicate,
    /// A reference to an id or code that does not exist.
    UnknownRef,
    /// A table in the wrong place (agenda outside a meeting file, two meetings in a file).
    Misplaced,
    /// A statement with neither summary nor quote, a source with neither title nor url.
    Incomplete,
    /// Warning: a word mixing scripts, such as a Cyrillic `С` in a Latin word. It looks right
    /// but search and links miss it.
    MixedScript,
    /// Warning: two person names, participant names or speakers a letter or two apart that
    /// no alias links, such as `Bakayev` and `Bakaev`.
    NearDuplicate,
    /// Warning: an event marked held whose date is after the meeting that reported it.
    HeldAfterReport,
    /// Warning: a decision with no `agenda` in a meeting that has an agenda.
    NoAgendaLink,
    /// Warning: a name or title with leading or trailing whitespace, which exact matching
    /// (speaker links, duplicates) does not ignore.
    Whitespace,
    /// The data directory holds no data file at all (a warning: perhaps the wrong path).
    NoData,
    /// Warning: a string holding a control character or a bidi control (shown as a
    /// placeholder on screen).
    ControlChar,
}

impl Code {
    /// The stable name shown in brackets: `error[unknown-key]`.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Io => "io",
            Code::TooLarge => "too-large",
            Code::Encoding => "encoding",
            Code::Syntax => "syntax",
            Code::UnknownKey => "unknown-key",
            Code::MissingKey => "missing-key",
            Code::WrongType => "wrong-type",
            Code::BadValue => "bad-value",
            Code::BadFormatVersion => "format-version",
            Code::BadDate => "bad-date",
            Code::BadRange => "bad-range",
            Code::BadId => "bad-id",
            Code::Duplicate => "duplicate",
            Code::UnknownRef => "unknown-ref",
            Code::Misplaced => "misplaced",
            Code::Incomplete => "incomplete",
            Code::MixedScript => "mixed-script",
            Code::NearDuplicate => "near-duplicate",
            Code::HeldAfterReport => "held-after-report",
            Code::NoAgendaLink => "no-agenda-link",
            Code::Whitespace => "whitespace",
            Code::NoData => "no-data",
            Code::ControlChar => "control-char",
        }
    }
}

/// One problem in the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as the user names it (`data/meetings/2021-06-23-soc.toml`).
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
    /// Byte span in the file, when the problem has one.
    pub span: Option<Range<usize>>,
    pub severity: Severity,
    pub code: Code,
    pub message: String,
    /// A suggestion: the nearest key or id, or the expected form.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at a span of a file's text.
    pub fn at(file: &str, text: &str, span: Range<usize>, code: Code, message: String) -> Self {
        Self::placed(file, line_col(text, span.start), span, code, message)
    }

    /// An error at a span whose `(line, col)` is already known.
    pub fn placed(
        file: &str,
        (line, col): (usize, usize),
        span: Range<usize>,
        code: Code,
        message: String,
    ) -> Self {
        Self {
            file: file.to_owned(),
            line,
            col,
            span: Some(span),
            severity: Severity::Error,
            code,
            message,
            help: None,
        }
    }

    /// An error about a whole file (or directory), with no position inside it.
    pub fn file(file: &str, code: Code, message: String) -> Self {
        Self {
            file: file.to_owned(),
            line: 1,
            col: 1,
            span: None,
            severity: Severity::Error,
            code,
            message,
            help: None,
        }
    }

    /// The same diagnostic as a warning: suspicious data that still loads.
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// Appends a sentence to the help (or makes it the help).
    pub fn with_help_suffix(mut self, more: &str) -> Self {
        self.help = Some(match self.help.take() {
            Some(h) => format!("{h}; {more}"),
            None => more.to_owned(),
        });
        self
    }

    /// Adds a suggestion.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Replaces control characters in the file name, message and help with placeholders.
    pub fn sanitize(&mut self) {
        use crate::text::{Lines, sanitize};
        for s in [&mut self.file, &mut self.message] {
            *s = sanitize(s, Lines::Single).into_owned();
        }
        if let Some(h) = &mut self.help {
            *h = sanitize(h, Lines::Single).into_owned();
        }
    }

    /// Whether this is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// `file:line:col: error[code]: message`, and a `help:` line when there is one.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {sev}[{}]: {}",
            self.file,
            self.line,
            self.col,
            self.code.as_str(),
            self.message
        )?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// 1-based line and column (in characters) of a byte offset. Offsets past the end or inside a
/// character are clamped to a valid position rather than panicking.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "a = 1\nб = \"ж\" x";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 6), (2, 1));
        let x = text.find('x').unwrap();
        assert_eq!(line_col(text, x), (2, 9));
        assert_eq!(line_col(text, 999), (2, 10));
        // Inside the two-byte 'б': clamped back to its start.
        assert_eq!(line_col(text, 7), (2, 1));
    }

    #[test]
    fn display_is_file_line_col_then_help() {
        let d = Diagnostic::at(
            "m.toml",
            "x\ny",
            2..3,
            Code::UnknownRef,
            "unknown participant `KZA`".into(),
        )
        .with_help("did you mean `KAZ`?");
        assert_eq!(
            d.to_string(),
            "m.toml:2:1: error[unknown-ref]: unknown participant `KZA`\n  help: did you mean `KAZ`?"
        );
    }
}
