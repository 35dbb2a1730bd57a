//! The validation context: which file is being read, the diagnostics so far, and the checks
//! that every table shares (dates, ranges, id patterns, references, safe strings).

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::diag::{Code, Diagnostic};
use super::source::Source;
use super::suggest;
use crate::dataset::Source as DataSource;
use crate::model::date::DateError;
use crate::model::{PartialDate, RawSource, SDate, SStr};
use crate::text::{Lines, sanitize};
use toml::Spanned;

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

/// Where an id was first defined, for "duplicate" messages.
#[derive(Debug, Clone)]
pub struct IdEntry {
    pub kind: IdKind,
    pub file: usize,
    pub span: Range<usize>,
    /// Whether it is the automatic id of a decision written without one.
    pub auto: bool,
}

pub struct Ctx<'a> {
    pub sources: &'a [Source],
    pub diags: Vec<Diagnostic>,
    /// The file whose tables are being validated.
    pub file: usize,
    /// Meeting, decision and event ids: one namespace for the whole data set.
    pub ids: HashMap<String, IdEntry>,
    /// Participant code → index.
    pub codes: HashMap<String, usize>,
    /// Ids and codes whose definitions were already reported as broken; references to them
    /// are not reported again.
    pub broken: HashSet<String>,
}

impl<'a> Ctx<'a> {
    pub fn new(sources: &'a [Source]) -> Self {
        Self {
            sources,
            diags: Vec::new(),
            file: 0,
            ids: HashMap::new(),
            codes: HashMap::new(),
            broken: HashSet::new(),
        }
    }

    /// The path of the current file.
    pub fn path(&self) -> &str {
        self.sources.get(self.file).map_or("?", |s| s.path.as_str())
    }

    /// Reports an error in the current file and returns it so a help line can be added.
    pub fn error(
        &mut self,
        span: Range<usize>,
        code: Code,
        msg: impl Into<String>,
    ) -> &mut Diagnostic {
        let text = self.sources.get(self.file).map_or("", |s| s.text.as_str());
        let d = Diagnostic::at(self.path(), text, span, code, msg.into());
        self.diags.push(d);
        let last = self.diags.len() - 1;
        &mut self.diags[last]
    }

    /// `path:line:col` of a span in any file, for "first defined at" notes.
    pub fn location(&self, file: usize, span: &Range<usize>) -> String {
        let Some(src) = self.sources.get(file) else {
            return "?".into();
        };
        let (line, col) = super::diag::line_col(&src.text, span.start);
        format!("{}:{line}:{col}", src.path)
    }

    /// Validates a date.
    pub fn date(&mut self, d: &SDate) -> Option<PartialDate> {
        match d.get_ref().to_date() {
            Ok(date) => Some(date),
            Err(DateError::HasTime) => {
                let msg = format!(
                    "{} has a time; only dates are allowed",
                    d.get_ref().written()
                );
                self.error(d.span(), Code::BadDate, msg).help =
                    Some("write the date alone, such as 2021-06-23".into());
                None
            }
            Err(DateError::Invalid) => {
                let msg = format!("{} is not a valid date", d.get_ref().written());
                self.error(d.span(), Code::BadDate, msg).help =
                    Some("dates look like 2021-06-23, \"2021-06\" or \"2021\"".into());
                None
            }
        }
    }

    /// Validates an optional date.
    pub fn opt_date(&mut self, d: &Option<SDate>) -> Option<PartialDate> {
        d.as_ref().and_then(|d| self.date(d))
    }

    /// Validates the end of a range: a date not before `start`.
    pub fn end_date(
        &mut self,
        start: Option<PartialDate>,
        end: &Option<SDate>,
        key: &str,
    ) -> Option<PartialDate> {
        let raw = end.as_ref()?;
        let end_date = self.date(raw)?;
        if let Some(start) = start
            && end_date.ends_before(&start)
        {
            let msg = format!("`{key}` {end_date} is before the start {start}");
            self.error(raw.span(), Code::BadRange, msg).help =
                Some("check the order of the dates; a range ends on or after its start".into());
        }
        Some(end_date)
    }

    /// Checks an id's pattern: lowercase ASCII letters, digits and `-`, starting with a letter
    /// or digit.
    pub fn check_id(&mut self, id: &SStr) -> bool {
        let s = id.get_ref();
        let ok = s
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            self.broken.insert(s.clone());
            let fixed = suggest_id(s);
            let d = self.error(id.span(), Code::BadId, format!("`{s}` is not a valid id"));
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
            self.broken.insert(s.clone());
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
            let at = self.location(first.file, &first.span);
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
        let entry = IdEntry {
            kind,
            file: self.file,
            span,
            auto: false,
        };
        self.ids.insert(id.to_owned(), entry);
    }

    /// Registers the automatic id of a decision written without one (`span` is the decision).
    pub fn register_auto_id(&mut self, id: &str, span: Range<usize>) {
        if let Some(first) = self.ids.get(id) {
            let at = self.location(first.file, &first.span);
            let msg = format!("this decision has no id, and its automatic id `{id}` is taken");
            self.error(span, Code::Duplicate, msg).help = Some(format!(
                "`{id}` is already {} at {at}; give this decision an explicit id",
                first.kind.noun()
            ));
            return;
        }
        let entry = IdEntry {
            kind: IdKind::Decision,
            file: self.file,
            span,
            auto: true,
        };
        self.ids.insert(id.to_owned(), entry);
    }

    /// Resolves a participant code.
    pub fn participant(&mut self, code: &SStr) -> Option<usize> {
        let s = code.get_ref();
        if let Some(&i) = self.codes.get(s) {
            return Some(i);
        }
        if self.broken.contains(s) {
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
        let s = id.get_ref();
        let msg = match self.ids.get(s) {
            Some(e) if kinds.contains(&e.kind) => return true,
            Some(e) => format!("`{s}` is {}, not {} {what}", e.kind.noun(), article(what)),
            None if self.broken.contains(s) => return false,
            None => format!("unknown {what} `{s}`"),
        };
        let mut known: Vec<&str> = self
            .ids
            .iter()
            .filter(|(k, e)| kinds.contains(&e.kind) && *k != s)
            .map(|(k, _)| k.as_str())
            .collect();
        known.sort_unstable();
        let help = suggest::help(s, known.iter().copied(), "known ids");
        self.error(id.span(), Code::UnknownRef, msg).help = help;
        false
    }

    /// Validates source tables: each needs a title or a url.
    pub fn sources(&mut self, list: &[Spanned<RawSource>]) -> Vec<DataSource> {
        list.iter()
            .map(|s| {
                let r = s.get_ref();
                if r.title.is_none() && r.url.is_none() {
                    self.error(
                        s.span(),
                        Code::Incomplete,
                        "a source needs a `title` or a `url`",
                    );
                }
                DataSource {
                    title: opt1(&r.title),
                    url: opt1(&r.url),
                    date: self.opt_date(&r.date),
                    publisher: opt1(&r.publisher),
                }
            })
            .collect()
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

/// A single-line display string, sanitised.
pub fn one(s: &str) -> String {
    sanitize(s, Lines::Single).into_owned()
}

/// An optional single-line display string, sanitised.
pub fn opt1(s: &Option<String>) -> Option<String> {
    s.as_deref().map(one)
}

/// An optional multi-line display string, sanitised (line breaks kept).
pub fn optm(s: &Option<String>) -> Option<String> {
    s.as_deref().map(|s| sanitize(s, Lines::Multi).into_owned())
}
