//! The source lines under one diagnostic, drawn by miette (a well-kept diagnostics crate)
//! from a copy of just those lines, with columns counted in characters.

use std::fmt;
use std::ops::Range;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode};

use crate::load::{Diagnostic, Severity, Source};

/// One diagnostic, as miette wants it: a message, a source and a span.
#[derive(Debug)]
struct Snippet {
    message: String,
    severity: Severity,
    source: NamedSource<CharColumns>,
    span: Range<usize>,
}

/// The lines of a file around a diagnostic, whose columns miette counts in characters, as our
/// `file:line:col` does (miette itself counts bytes, so after Cyrillic text on a line the two
/// disagreed). Only these lines are copied and sanitised, not the whole file for each
/// diagnostic: a file with thousands of warnings is reported in time linear in its size.
#[derive(Debug)]
struct CharColumns {
    text: String,
    /// How many lines of the file come before `text`.
    lines_before: usize,
}

impl SourceCode for CharColumns {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let inner = self.text.read_span(span, before, after)?;
        let mut at = span.offset().min(self.text.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        let line_start = self.text[..at].rfind('\n').map_or(0, |i| i + 1);
        let column = self.text[line_start..at].chars().count();
        Ok(Box::new(miette::MietteSpanContents::new(
            inner.data(),
            *inner.span(),
            inner.line() + self.lines_before,
            column,
            inner.line_count(),
        )))
    }
}

/// The byte range of the lines from the one before `span` starts to the one after it ends
/// (the context miette draws), and how many lines precede it, given that `span` starts on
/// line `line` (from 1).
fn window(text: &str, span: &Range<usize>, line: usize) -> (Range<usize>, usize) {
    let line_start = |at: usize| text[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut start = line_start(floor(text, span.start));
    let mut lines_before = line.saturating_sub(1);
    if start > 0 {
        start = line_start(start - 1);
        lines_before = lines_before.saturating_sub(1);
    }
    let line_end = |at: usize| text[at..].find('\n').map_or(text.len(), |i| at + i);
    let mut end = line_end(floor(text, span.end));
    if end < text.len() {
        end = line_end(end + 1);
    }
    (start..end, lines_before)
}

/// The char boundary at or before `at`.
fn floor(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

impl fmt::Display for Snippet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Snippet {}

impl miette::Diagnostic for Snippet {
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let len = self.span.end.saturating_sub(self.span.start).max(1);
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            None,
            (self.span.start, len),
        ))))
    }
}

/// The source line(s) under a diagnostic, drawn by miette without its own title line.
pub(super) fn snippet(d: &Diagnostic, severity: Severity, sources: &[Source]) -> String {
    let (Some(span), Some(src)) = (d.span.clone(), sources.iter().find(|s| s.path == d.file))
    else {
        return String::new();
    };
    let span = span.start.min(src.text.len())..span.end.min(src.text.len());
    let (lines, lines_before) = window(&src.text, &span, d.line);
    let text = crate::text::sanitize(&src.text[lines.clone()], crate::text::Lines::Multi);
    let report = Snippet {
        message: String::new(),
        severity,
        source: NamedSource::new(
            &src.path,
            CharColumns {
                text: text.into_owned(),
                lines_before,
            },
        ),
        span: span.start.saturating_sub(lines.start)..span.end.saturating_sub(lines.start),
    };
    let mut out = String::new();
    let handler =
        GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor()).with_context_lines(1);
    if handler.render_report(&mut out, &report).is_err() {
        return String::new();
    }
    // miette starts with its own "× message" line; ours is already printed above.
    out.lines()
        .skip_while(|l| !l.contains('╭'))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_is_the_line_before_to_the_line_after() {
        let text = "one\ntwo\nthree\nfour\nfive";
        // `three` starts at byte 8, on line 3.
        assert_eq!(window(text, &(8..13), 3), (4..18, 1), "two, three, four");
        assert_eq!(window(text, &(0..3), 1), (0..7, 0), "first line: one, two");
        assert_eq!(
            window(text, &(19..23), 5),
            (14..23, 3),
            "last line: four, five"
        );
        assert_eq!(
            window(text, &(4..13), 2),
            (0..18, 0),
            "two lines: one to four"
        );
    }

    #[test]
    fn a_snippet_shows_its_lines_numbered_as_in_the_file() {
        let text: String = (1..=200).map(|i| format!("key{i} = {i}\n")).collect();
        let at = text.find("key150").unwrap_or_default();
        let d = Diagnostic::at(
            "m.toml",
            &text,
            at..at + 6,
            crate::load::Code::UnknownKey,
            "x".into(),
        );
        let sources = [Source {
            path: "m.toml".into(),
            text: text.clone(),
        }];
        let out = snippet(&d, Severity::Warning, &sources);
        assert!(out.contains("[m.toml:150:1]"), "{out}");
        for shown in [
            "149 │ key149 = 149",
            "150 │ key150 = 150",
            "151 │ key151 = 151",
        ] {
            assert!(out.contains(shown), "{shown} in {out}");
        }
        assert!(!out.contains("key148") && !out.contains("key152"), "{out}");
    }
}
