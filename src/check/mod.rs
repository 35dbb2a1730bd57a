//! `cica-dash check`: every problem in a data set, as a compiler would report it.
//!
//! Each diagnostic prints as `path:line:col: error[code]: message`, then the source line with
//! the span underlined (drawn by miette, a well-kept diagnostics crate), then a `help:` line.
//! A last line counts what was loaded and what is wrong. `--format json` prints the same
//! diagnostics as a JSON array for editors and CI.

use std::fmt::Write as _;

use serde::Serialize;

use crate::load::diag::line_col;
use crate::load::{Diagnostic, Loaded, Severity};
use crate::text::count;

mod snippet;

use snippet::snippet;

/// The severity a diagnostic is reported with: warnings count as errors under
/// `--deny-warnings`.
pub fn effective(d: &Diagnostic, deny_warnings: bool) -> Severity {
    if deny_warnings {
        Severity::Error
    } else {
        d.severity
    }
}

fn word(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// The human report: every diagnostic with its snippet and help, then the summary line.
pub fn human(loaded: &Loaded, deny_warnings: bool) -> String {
    let mut out = String::new();
    for d in &loaded.diagnostics {
        let sev = effective(d, deny_warnings);
        let _ = writeln!(
            out,
            "{}:{}:{}: {}[{}]: {}",
            d.file,
            d.line,
            d.col,
            word(sev),
            d.code.as_str(),
            d.message
        );
        out.push_str(&snippet(d, sev, &loaded.sources));
        if let Some(h) = &d.help {
            let _ = writeln!(out, "  help: {h}");
        }
        out.push('\n');
    }
    out.push_str(&summary(loaded, deny_warnings));
    out.push('\n');
    out
}

/// `N files, N meetings, …: N errors, N warnings`, each noun singular for one.
pub fn summary(loaded: &Loaded, deny_warnings: bool) -> String {
    let data = &loaded.dataset;
    let (errors, warnings) = counts(loaded, deny_warnings);
    format!(
        "{}, {}, {}, {}, {}, {}, {}: {}, {}",
        count(loaded.files, "file", "files"),
        count(data.meetings.len(), "meeting", "meetings"),
        count(data.agenda_count(), "agenda item", "agenda items"),
        count(data.decision_count(), "decision", "decisions"),
        count(data.statement_count(), "statement", "statements"),
        count(data.events.len(), "event", "events"),
        count(data.participants.len(), "participant", "participants"),
        count(errors, "error", "errors"),
        count(warnings, "warning", "warnings"),
    )
}

/// (errors, warnings), after `--deny-warnings`.
pub fn counts(loaded: &Loaded, deny_warnings: bool) -> (usize, usize) {
    let errors = loaded
        .diagnostics
        .iter()
        .filter(|d| effective(d, deny_warnings) == Severity::Error)
        .count();
    (errors, loaded.diagnostics.len() - errors)
}

#[derive(Serialize)]
struct Position {
    line: usize,
    column: usize,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    end: Position,
    severity: &'static str,
    code: &'static str,
    message: &'a str,
    help: Option<&'a str>,
}

/// The diagnostics as a JSON array.
pub fn json(loaded: &Loaded, deny_warnings: bool) -> String {
    let list: Vec<JsonDiagnostic> = loaded
        .diagnostics
        .iter()
        .map(|d| {
            let text = loaded
                .sources
                .iter()
                .find(|s| s.path == d.file)
                .map_or("", |s| s.text.as_str());
            let (line, column) = match &d.span {
                Some(span) if !text.is_empty() => line_col(text, span.end),
                _ => (d.line, d.col),
            };
            JsonDiagnostic {
                file: &d.file,
                line: d.line,
                column: d.col,
                end: Position { line, column },
                severity: word(effective(d, deny_warnings)),
                code: d.code.as_str(),
                message: &d.message,
                help: d.help.as_deref(),
            }
        })
        .collect();
    serde_json::to_string_pretty(&list).unwrap_or_else(|_| "[]".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::Source;

    #[test]
    fn the_snippet_header_counts_characters_like_the_location_line() {
        let text = "[meeting]\nid = \"m\"\ntitle = \"T\"\nbody = \"B\"\ndate = 2021-06-23\n\
            [[decision]]\naction = \"noted\"\nsubject = \"S\"\nparticipants = [\"Россия\", \"KZA\"]\n";
        let mut loaded = crate::load::load_str("m.toml", text);
        loaded.sources = vec![Source {
            path: "m.toml".into(),
            text: text.into(),
        }];
        let out = human(&loaded, false);
        let kza = loaded
            .diagnostics
            .iter()
            .find(|d| d.message.contains("KZA"))
            .unwrap_or_else(|| panic!("a problem after Cyrillic text on its line: {out}"));
        assert_eq!((kza.line, kza.col), (9, 27), "counted in characters: {out}");
        for d in &loaded.diagnostics {
            assert!(
                out.contains(&format!("m.toml:{}:{}: ", d.line, d.col)),
                "{out}"
            );
            assert!(
                out.contains(&format!("[m.toml:{}:{}]", d.line, d.col)),
                "{out}"
            );
        }
    }
}
