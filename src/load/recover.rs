//! Reading on past an impossible bare date.
//!
//! `date = 2021-02-30` is a natural typo, but TOML's parser refuses it as a syntax error, so the
//! whole file would be unreadable and every other problem in it hidden (the quoted form,
//! `"2021-02-30"`, is a string the loader checks itself, and reports with the rest). So when
//! the parser stops at an impossible date, its digits are replaced by `1`s (the same length,
//! so every span stays true, and always a valid date or time: 1111-11-11T11:11:11), the file is
//! parsed again, and the value is put back as the string it was written as. Validation then
//! reports it like the quoted form, at its line and column, and checks the rest of the file.

use std::borrow::Cow;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::diag::{Code, Diagnostic};
use super::parse::{RawFile, UNCHECKED, first_line};
use super::source::Source;

/// At most this many impossible dates are repaired in one file.
const MAX: usize = 64;

/// The text with each impossible bare date made parseable, and their spans; `None` when the
/// parser stops at anything else too (the file is then unreadable, as before).
pub fn bad_dates(text: &str, first: &toml::de::Error) -> Option<(String, Vec<Range<usize>>)> {
    let (mut message, mut span) = (first.message().to_owned(), first.span());
    let mut patched = text.to_owned();
    let mut bad: Vec<Range<usize>> = Vec::new();
    loop {
        let at = span?;
        let literal = patched.get(at.clone())?;
        let is_date = literal.starts_with(|c: char| c.is_ascii_digit())
            && literal
                .chars()
                .all(|c| c.is_ascii_digit() || "-:.+TtZz ".contains(c));
        if !message.starts_with("invalid date") || !is_date || bad.len() >= MAX || bad.contains(&at)
        {
            return None;
        }
        let ones: String = literal
            .chars()
            .map(|c| if c.is_ascii_digit() { '1' } else { c })
            .collect();
        patched.replace_range(at.clone(), &ones);
        bad.push(at);
        match DeTable::parse(&patched) {
            Ok(_) => return Some((patched, bad)),
            Err(e) => (message, span) = (e.message().to_owned(), e.span()),
        }
    }
}

/// Puts the impossible dates back, as strings of their original text.
pub fn restore<'i>(mut doc: DeTable<'i>, bad: &[Range<usize>], original: &str) -> DeTable<'i> {
    doc.iter_mut().for_each(|(_, v)| put_back(v, bad, original));
    doc
}

/// Recursion is bounded: files nested too deep are refused before they are parsed.
fn put_back(v: &mut Spanned<DeValue<'_>>, bad: &[Range<usize>], original: &str) {
    let span = v.span();
    match v.get_mut() {
        DeValue::Datetime(_) if bad.contains(&span) => {
            let text = original.get(span).unwrap_or_default().to_owned();
            *v.get_mut() = DeValue::String(Cow::Owned(text));
        }
        DeValue::Array(a) => a.iter_mut().for_each(|x| put_back(x, bad, original)),
        DeValue::Table(t) => t.iter_mut().for_each(|(_, x)| put_back(x, bad, original)),
        _ => {}
    }
}

/// The file could not be parsed: one diagnostic, and nothing read from it.
pub fn unreadable(src: &Source, e: &toml::de::Error, diags: &mut Vec<Diagnostic>) -> RawFile {
    let span = e.span().unwrap_or(0..0);
    let msg = first_line(e.message());
    // A TOML date such as 2021-13-01 fails in the parser; it is still a bad date.
    let d = if msg.starts_with("invalid date") {
        Diagnostic::at(&src.path, &src.text, span, Code::BadDate, msg).with_help(
            "dates look like 2021-06-23, \"2021-06\" or \"2021\", and the day must exist",
        )
    } else {
        Diagnostic::at(&src.path, &src.text, span, Code::Syntax, msg)
    };
    diags.push(d.with_help_suffix(UNCHECKED));
    RawFile {
        unreadable: true,
        ..RawFile::default()
    }
}
