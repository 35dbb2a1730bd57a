//! Ids and participant codes: their patterns, the one namespace of meeting, decision and
//! event ids, and references to them with the nearest existing one suggested.

use std::ops::Range;

use super::ctx::Ctx;
use super::diag::Code;
use super::spelt::narrow;
use super::suggest;
use crate::model::SStr;

/// What an id in the shared namespace names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Meeting,
    Decision,
    Event,
}

impl IdKind {
    fn noun(self) -> &'static str {
        match self {
            IdKind::Meeting => "a meeting",
            IdKind::Decision => "a decision",
            IdKind::Event => "an event",
        }
    }
}

/// Where an id was first defined, for "duplicate" messages. Compact (16 bytes, offsets as
/// [`super::spelt`] keeps them): the registry is built again on every reload.
#[derive(Debug, Clone)]
pub struct IdEntry {
    pub kind: IdKind,
    /// Whether it is the automatic id of a decision written without one.
    pub auto: bool,
    file: u32,
    span: [u32; 2],
}

impl IdEntry {
    fn new(kind: IdKind, auto: bool, file: usize, span: Range<usize>) -> Self {
        let span = [narrow(span.start), narrow(span.end)];
        Self {
            kind,
            auto,
            file: narrow(file),
            span,
        }
    }

    /// The file and the span it was defined at.
    fn at(&self) -> (usize, Range<usize>) {
        let [start, end] = self.span;
        (self.file as usize, start as usize..end as usize)
    }
}

impl Ctx<'_> {
    /// Checks an id's pattern: lowercase ASCII letters, digits and `-`, starting with a letter
    /// or digit.
    pub fn check_id(&mut self, id: &SStr) -> bool {
        self.check_id_at(id.get_ref(), id.span())
    }

    /// [`Ctx::check_id`] on an id found at `span`.
    pub fn check_id_at(&mut self, s: &str, span: Range<usize>) -> bool {
        let ok = s
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            self.broken.to_mut().insert(s.to_owned());
            let fixed = suggest_id(s);
            let d = self.error(span, Code::BadId, format!("`{s}` is not a valid id"));
            d.help = Some(format!(
                "ids use lowercase ASCII letters, digits and `-`, starting with a letter or digit{}",
                if fixed.is_empty() {
                    String::new()
                } else {
                    format!(", such as `{fixed}`")
                }
            ));
        }
        ok
    }

    /// Checks a participant code's pattern: uppercase ASCII letters and digits, starting with a
    /// letter.
    pub fn check_code(&mut self, code: &SStr) -> bool {
        let s = code.get_ref();
        let ok = s.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
            && s.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        if !ok {
            self.broken.to_mut().insert(s.clone());
            let d = self.error(
                code.span(),
                Code::BadId,
                format!("`{s}` is not a valid participant code"),
            );
            d.help = Some("codes use uppercase ASCII letters and digits, starting with a letter (`KAZ`, `G20`)".into());
        }
        ok
    }

    /// Registers an id in the shared namespace; reports a duplicate.
    pub fn register_id(&mut self, id: &str, span: Range<usize>, kind: IdKind) {
        if let Some(first) = self.ids.get(id) {
            let (file, first_span) = first.at();
            let at = self.location(file, &first_span);
            let help = if first.auto {
                format!(
                    "`{id}` is the automatic id of the decision without an id at {at}; choose another id"
                )
            } else {
                format!(
                    "`{id}` is already {} at {at}; ids are unique in the whole data set",
                    first.kind.noun()
                )
            };
            self.error(span, Code::Duplicate, format!("duplicate id `{id}`"))
                .help = Some(help);
            return;
        }
        let entry = IdEntry::new(kind, false, self.file, span);
        self.ids.to_mut().insert(id.into(), entry);
    }

    /// Registers the automatic id of a decision written without one (`span` is the decision).
    pub fn register_auto_id(&mut self, id: &str, span: Range<usize>) {
        if let Some(first) = self.ids.get(id) {
            let (file, first_span) = first.at();
            let at = self.location(file, &first_span);
            let msg = format!("this decision has no id, and its automatic id `{id}` is taken");
            self.error(span, Code::Duplicate, msg).help = Some(format!(
                "`{id}` is already {} at {at}; give this decision an explicit id",
                first.kind.noun()
            ));
            return;
        }
        let entry = IdEntry::new(IdKind::Decision, true, self.file, span);
        self.ids.to_mut().insert(id.into(), entry);
    }

    /// Resolves a participant code.
    pub fn participant(&mut self, code: &SStr) -> Option<usize> {
        let s = code.get_ref();
        if let Some(&i) = self.codes.get(s) {
            return Some(i);
        }
        if self.broken.contains(s) || self.incomplete {
            return None;
        }
        let mut known: Vec<&str> = self.codes.keys().map(String::as_str).collect();
        known.sort_unstable();
        let help = suggest::help(s, known.iter().copied(), "known codes");
        let msg = if self.codes.is_empty() {
            format!("unknown participant `{s}`: the data set defines no [[participant]]")
        } else {
            format!("unknown participant `{s}`")
        };
        self.error(code.span(), Code::UnknownRef, msg).help = help;
        None
    }

    /// Resolves an id in the shared namespace that must be of one of `kinds`.
    pub fn id_ref(&mut self, id: &SStr, kinds: &[IdKind], what: &str) -> bool {
        let s = id.get_ref().as_str();
        let msg = match self.ids.get(s) {
            Some(e) if kinds.contains(&e.kind) => return true,
            Some(e) => format!("`{s}` is {}, not {} {what}", e.kind.noun(), article(what)),
            None if self.broken.contains(s) || self.incomplete => return false,
            None => format!("unknown {what} `{s}`"),
        };
        let mut known: Vec<&str> = self
            .ids
            .iter()
            .filter(|(k, e)| kinds.contains(&e.kind) && &***k != s)
            .map(|(k, _)| &**k)
            .collect();
        known.sort_unstable();
        let help = suggest::help(s, known.iter().copied(), "known ids");
        self.error(id.span(), Code::UnknownRef, msg).help = help;
        false
    }
}

fn article(noun: &str) -> &'static str {
    if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// A lowercased, dashed version of a bad id, to suggest.
fn suggest_id(s: &str) -> String {
    let mut out = String::new();
    for c in s.trim().chars() {
        match c {
            'a'..='z' | '0'..='9' => out.push(c),
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            _ if !out.is_empty() && !out.ends_with('-') => out.push('-'),
            _ => {}
        }
    }
    out.trim_end_matches('-').to_owned()
}
