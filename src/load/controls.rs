//! The `control-char` lint: control characters and bidi controls in any string of a file.
//!
//! The screen never lets them through (see [`crate::text::sanitize`]), but a placeholder such
//! as `␛` in a delegate's name is still a defect of the data, and a right-to-left override can
//! make a value read differently from how it is written. Every string of the parsed document is
//! looked at, whatever its key, so no field is forgotten; a clean string costs one vector-wide
//! pass.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::diag::{Code, Diagnostic};
use super::source::Source;
use crate::text::controls;

/// Warns once per string that holds control or bidi characters, at the string.
pub fn scan(doc: &DeTable<'_>, src: &Source, diags: &mut Vec<Diagnostic>) {
    for (key, value) in doc {
        walk(key.get_ref(), value, src, diags);
    }
}

/// Recursion is bounded: files nested too deep are refused before they are parsed.
fn walk(key: &str, value: &Spanned<DeValue<'_>>, src: &Source, diags: &mut Vec<Diagnostic>) {
    match value.get_ref() {
        DeValue::String(s) => {
            if let Some(d) = warning(key, s, value.span(), src) {
                diags.push(d);
            }
        }
        DeValue::Array(items) => items.iter().for_each(|v| walk(key, v, src, diags)),
        DeValue::Table(t) => t.iter().for_each(|(k, v)| walk(k.get_ref(), v, src, diags)),
        _ => {}
    }
}

fn warning(key: &str, s: &str, span: std::ops::Range<usize>, src: &Source) -> Option<Diagnostic> {
    let found = controls(s);
    let &(_, first) = found.first()?;
    let more = match found.len() {
        1 => String::new(),
        n => format!(", and {} more", n - 1),
    };
    let msg = format!("`{key}` holds {}{more}", describe(first));
    let help = if found.iter().any(|&(_, c)| is_bidi(c)) {
        "delete it: a bidi control reorders the text around it, so what is shown is not what is written (Arabic and mixed text need none)"
    } else {
        "delete it, or write a space; line breaks belong in multi-line fields (summary, notes, quote)"
    };
    let d = Diagnostic::at(&src.path, &src.text, span, Code::ControlChar, msg);
    Some(d.warning().with_help(help))
}

fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// "U+001B (ESCAPE), a control character".
fn describe(c: char) -> String {
    let name = match c {
        '\u{0}' => "NULL",
        '\u{7}' => "BELL",
        '\u{8}' => "BACKSPACE",
        '\t' => "TAB",
        '\u{b}' => "LINE TABULATION",
        '\u{c}' => "FORM FEED",
        '\r' => "CARRIAGE RETURN",
        '\u{1b}' => "ESCAPE",
        '\u{7f}' => "DELETE",
        '\u{85}' => "NEXT LINE",
        '\u{9b}' => "CONTROL SEQUENCE INTRODUCER",
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        c if u32::from(c) < 0x20 => "a C0 control",
        _ => "a C1 control",
    };
    let kind = if is_bidi(c) {
        "a bidi control"
    } else {
        "a control character"
    };
    format!("U+{:04X} ({name}), {kind}", u32::from(c))
}
