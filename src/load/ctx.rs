//! The validation context: which file is being read, the diagnostics so far, and the checks
//! that every table shares (dates, ranges, sources, safe strings). Ids, codes and references
//! are in [`super::ids`].

use std::borrow::{Borrow, Cow};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::diag::{Code, Diagnostic};
use super::lines::FileText;
use crate::dataset::Source as DataSource;
use crate::model::date::DateError;
use crate::model::{PartialDate, RawSource, SDate};
use crate::text::{Lines, sanitize};
use toml::Spanned;

pub use super::ids::{IdEntry, IdKind};

pub struct Ctx<'a> {
    pub sources: &'a [FileText<'a>],
    pub diags: Vec<Diagnostic>,
    /// The file whose tables are being validated.
    pub file: usize,
    /// Meeting, decision and event ids: one namespace for the whole data set. Borrowed in a
    /// [`Ctx::fork`].
    pub ids: Cow<'a, HashMap<Box<str>, IdEntry>>,
    /// Participant code → index.
    pub codes: Cow<'a, HashMap<String, usize>>,
    /// Ids and codes whose definitions were already reported as broken; references to them
    /// are not reported again.
    pub broken: Cow<'a, HashSet<String>>,
    /// Whether some file could not be read at all; unknown references are then not reported,
    /// since their definitions may be in that file.
    pub incomplete: bool,
}

impl<'a> Ctx<'a> {
    pub fn new(sources: &'a [FileText<'a>]) -> Self {
        Self {
            sources,
            diags: Vec::new(),
            file: 0,
            ids: Cow::Owned(HashMap::new()),
            codes: Cow::Owned(HashMap::new()),
            broken: Cow::Owned(HashSet::new()),
            incomplete: false,
        }
    }

    /// A context for one worker thread once every id and code is registered: it shares them
    /// (copying only if it must add to them) and collects its own diagnostics.
    pub fn fork(&self) -> Ctx<'_> {
        Ctx {
            sources: self.sources,
            diags: Vec::new(),
            file: self.file,
            ids: Cow::Borrowed(&*self.ids),
            codes: Cow::Borrowed(&*self.codes),
            broken: Cow::Borrowed(&*self.broken),
            incomplete: self.incomplete,
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
        let at = self
            .sources
            .get(self.file)
            .map_or((1, 1), |s| s.line_col(span.start));
        let d = Diagnostic::placed(self.path(), at, span, code, msg.into());
        self.diags.push(d);
        let last = self.diags.len() - 1;
        &mut self.diags[last]
    }

    /// `path:line:col` of a span in any file, for "first defined at" notes.
    pub fn location(&self, file: usize, span: &Range<usize>) -> String {
        let Some(src) = self.sources.get(file) else {
            return "?".into();
        };
        let (line, col) = src.line_col(span.start);
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

    /// [`Ctx::sources`], moving the strings into the data set.
    pub fn take_sources(&mut self, list: Vec<Spanned<RawSource>>) -> Vec<DataSource> {
        let sources = list.into_iter().map(|s| {
            let span = s.span();
            let r = s.into_inner();
            if r.title.is_none() && r.url.is_none() {
                self.error(
                    span,
                    Code::Incomplete,
                    "a source needs a `title` or a `url`",
                );
            }
            DataSource {
                title: take1(r.title),
                url: take1(r.url),
                date: self.opt_date(&r.date),
                publisher: take1(r.publisher),
            }
        });
        exact(sources.collect())
    }
}

/// A list without spare capacity. A list collected from the parsed one it replaces reuses
/// that one's buffer, sized for the larger parsed entries: this gives the difference back.
pub fn exact<T>(mut v: Vec<T>) -> Vec<T> {
    v.shrink_to_fit();
    v
}

/// A string of a parsed file, spanned or not, taken to move into the data set.
pub trait Owned {
    fn owned(self) -> String;
}

impl Owned for String {
    fn owned(self) -> String {
        self
    }
}

impl Owned for Spanned<String> {
    fn owned(self) -> String {
        self.into_inner()
    }
}

/// [`one`] on a string that moves into the data set: no copy when it is clean already.
pub fn own1(s: impl Owned) -> String {
    moved(s.owned(), Lines::Single)
}

/// [`optm`]'s multi-line cleaning on a string that moves into the data set.
pub fn ownm(s: impl Owned) -> String {
    moved(s.owned(), Lines::Multi)
}

/// [`opt1`] on an optional string that moves into the data set.
pub fn take1(s: Option<impl Owned>) -> Option<String> {
    s.map(own1)
}

/// [`optm`] on an optional string that moves into the data set.
pub fn takem(s: Option<impl Owned>) -> Option<String> {
    s.map(ownm)
}

/// [`clean`] by value: the string itself when it needs no cleaning, without spare capacity
/// (the parser may have grown it).
fn moved(s: String, lines: Lines) -> String {
    let mut s = match sanitize(&s, lines) {
        std::borrow::Cow::Owned(c) => c,
        std::borrow::Cow::Borrowed(_) => s,
    };
    s.shrink_to_fit();
    s
}

/// A single-line display string, sanitised.
pub fn one(s: &str) -> String {
    clean(s, Lines::Single)
}

/// [`sanitize`], owned.
fn clean(s: &str, lines: Lines) -> String {
    sanitize(s, lines).into_owned()
}

/// An optional single-line display string, sanitised (a `String` or a spanned one).
pub fn opt1<S: Borrow<str>>(s: &Option<S>) -> Option<String> {
    s.as_ref().map(|s| one(s.borrow()))
}

/// An optional multi-line display string, sanitised (line breaks kept).
pub fn optm<S: Borrow<str>>(s: &Option<S>) -> Option<String> {
    s.as_ref().map(|s| clean(s.borrow(), Lines::Multi))
}
