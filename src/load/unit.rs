//! What one data file contributes to the data set, in the form a reload can reuse.
//!
//! A reload after one file changed should redo the work of that file only. So loading splits
//! each parsed file in two. The bulk (its meeting's agenda, decisions and statements, its
//! events) is built once into shared items ([`Built`]: `Arc`s that the data set holds too),
//! and the parse is then dropped. What the passes across files read again on every reload is
//! kept apart, small: the ids it declares ([`Decls`]), its few top-level tables (participants,
//! persons, glossary, chairmanships, assignments), its diagnostics and its facts for the lints
//! across files. No text is kept: a position needed later reads the file again.

use std::ops::Range;
use std::sync::Arc;

use super::cross::Facts;
use super::diag::Diagnostic;
use super::lines::FileText;
use super::parse::RawFile;
use super::prepare::Prepared;
use super::spelt::{Spelt, narrow};
use crate::dataset::{Event, Meeting};
use crate::model::{SDate, SStr};

/// One file, parsed and (once [`Unit::built`] is set) built.
#[derive(Debug, Default)]
pub struct Unit {
    /// The parse diagnostics.
    pub diags: Vec<Diagnostic>,
    /// The warnings of the lints that read this file only.
    pub lints: Vec<Diagnostic>,
    /// What the lints across files need from it.
    pub facts: Facts,
    /// Its participants, persons, glossary terms, chairmanships and assignments, still raw
    /// (`None` when it has none, as a meeting file): the passes over them cross files.
    pub top: Option<Box<RawFile>>,
    /// The ids it declares.
    pub decls: Decls,
    /// Whether the whole file could not be read (see [`RawFile::unreadable`]).
    pub unreadable: bool,
    /// The ids and codes of the entries that could not be read (see [`RawFile::broken`]).
    pub broken: Vec<String>,
    /// Its meeting and events, built under the context the cache records.
    pub built: Option<Built>,
}

/// What the pass that registers ids needs of a file.
#[derive(Debug, Default)]
pub struct Decls {
    /// The meeting's id and start date.
    pub meeting: Option<(SStr, SDate)>,
    /// Whether the file has a `meeting` key, even one that could not be read.
    pub has_meeting: bool,
    /// The decisions' explicit ids, in order.
    pub decisions: Spelt,
    /// The decisions without one: their number in the file (from 1, for the automatic id)
    /// and their span.
    pub automatic: Vec<[u32; 3]>,
    /// Each event's id.
    pub events: Spelt,
    /// The tables that need a `[meeting]`, with their spans.
    pub meeting_tables: Vec<(&'static str, Range<usize>)>,
}

/// A file's meeting and events, built; what is left to check across files.
#[derive(Debug, Default)]
pub struct Built {
    pub meeting: Option<Arc<Meeting>>,
    /// Each event, with its explicit `meeting` (its meeting index is set across files).
    pub events: Vec<(Arc<Event>, Option<Box<SStr>>)>,
    /// The diagnostics of building them.
    pub diags: Vec<Diagnostic>,
    /// The meeting's `related` ids, checked across files.
    pub related: Vec<SStr>,
}

impl Unit {
    /// Splits a prepared file into its text (for positions while it is validated), its unit
    /// and the tables still to build (see the module doc).
    pub fn split(p: Prepared<'_>) -> (FileText<'_>, Self, RawFile) {
        let Prepared {
            text,
            mut file,
            diags,
            lints,
            facts,
        } = p;
        let decls = Decls {
            meeting: (file.meeting.as_ref().map(|m| m.get_ref()))
                .map(|m| (m.id.clone(), m.date.clone())),
            has_meeting: file.has_meeting,
            decisions: (file.decisions.iter())
                .filter_map(|d| d.get_ref().id.as_ref())
                .map(|id| (id.get_ref().as_str(), id.span()))
                .collect(),
            automatic: (file.decisions.iter().enumerate())
                .filter(|(_, d)| d.get_ref().id.is_none())
                .map(|(n, d)| [n + 1, d.span().start, d.span().end].map(narrow))
                .collect(),
            events: (file.events.iter())
                .map(|e| (e.get_ref().id.get_ref().as_str(), e.get_ref().id.span()))
                .collect(),
            meeting_tables: std::mem::take(&mut file.meeting_tables),
        };
        let top = RawFile {
            participants: std::mem::take(&mut file.participants),
            persons: std::mem::take(&mut file.persons),
            glossary: std::mem::take(&mut file.glossary),
            chairmanships: std::mem::take(&mut file.chairmanships),
            assignments: std::mem::take(&mut file.assignments),
            ..RawFile::default()
        };
        let has_top = !(top.participants.is_empty()
            && top.persons.is_empty()
            && top.glossary.is_empty()
            && top.chairmanships.is_empty()
            && top.assignments.is_empty());
        let unit = Unit {
            diags,
            lints,
            facts,
            top: has_top.then(|| Box::new(top)),
            decls,
            unreadable: file.unreadable,
            broken: std::mem::take(&mut file.broken),
            built: None,
        };
        (text, unit, file)
    }
}
