//! What the lints across files need from each file, taken when it is parsed.
//!
//! Validation moves the strings of the parsed files into the data set and frees each file's
//! tables as soon as they are built, while the lints across files run beside it on another
//! core. So these lints read their own small copy of each file: its person and participant
//! spellings, its distinct statement speakers, its meeting's id and last day, and its events
//! marked held. [`super::lints::lint_across`] runs them.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::lints::Lints;
use super::parse::RawFile;
use super::spelt::Spelt;
use crate::load::Code;
use crate::model::{PartialDate, SStr, Status};

/// One file's share of the lints across files.
#[derive(Debug, Default, Clone)]
pub struct Facts {
    /// Each person's spellings: the name, then the aliases.
    pub persons: Vec<Vec<SStr>>,
    /// Each participant's spellings: the name, then the aliases.
    pub participants: Vec<Vec<SStr>>,
    /// Each distinct statement speaker, at its first statement in the file.
    pub speakers: Spelt,
    /// The file's meeting: its id and last day (when its dates read).
    meeting: Option<(String, Option<PartialDate>)>,
    /// Events marked held with a date that reads.
    held: Vec<Held>,
}

#[derive(Debug, Clone)]
struct Held {
    id: String,
    date: PartialDate,
    span: Range<usize>,
    /// The event's own `meeting`, if it names one.
    meeting: Option<String>,
}

impl Facts {
    /// Takes the facts of a parsed file.
    pub fn of(f: &RawFile) -> Self {
        let spellings =
            |name: &SStr, aliases: &[SStr]| std::iter::once(name).chain(aliases).cloned().collect();
        let mut seen = HashSet::new();
        let speakers = f
            .statements
            .iter()
            .filter_map(|s| s.get_ref().speaker.as_ref())
            .filter(|s| seen.insert(s.get_ref().as_str()))
            .map(|s| (s.get_ref().as_str(), s.span()))
            .collect();
        let meeting = f.meeting.as_ref().map(|m| {
            let r = m.get_ref();
            let end = r.end.as_ref().and_then(|e| e.get_ref().to_date().ok());
            let last = end.or_else(|| r.date.get_ref().to_date().ok());
            (r.id.get_ref().clone(), last)
        });
        let held = f.events.iter().filter_map(|e| {
            let r = e.get_ref();
            let (Some(Status::Held), Some(raw)) = (r.status, &r.date) else {
                return None;
            };
            Some(Held {
                id: r.id.get_ref().clone(),
                date: raw.get_ref().to_date().ok()?,
                span: raw.span(),
                meeting: r.meeting.as_ref().map(|m| m.get_ref().clone()),
            })
        });
        Self {
            persons: (f.persons.iter().map(|p| p.get_ref()))
                .map(|p| spellings(&p.name, &p.aliases))
                .collect(),
            participants: (f.participants.iter().map(|p| p.get_ref()))
                .map(|p| spellings(&p.name, &p.aliases))
                .collect(),
            speakers,
            meeting,
            held: held.collect(),
        }
    }
}

/// `held-after-report`: an event marked held that starts after the last day of the meeting
/// that reported it. Dates compare by whole periods, so `"2021-06"` is not after 2021-06-23.
pub fn held_after_report(l: &mut Lints, files: &[Facts]) {
    let mut meetings: HashMap<&str, PartialDate> = HashMap::new();
    for (id, last) in files.iter().filter_map(|f| f.meeting.as_ref()) {
        if let Some(last) = last {
            meetings.entry(id).or_insert(*last);
        }
    }
    for (fi, f) in files.iter().enumerate() {
        let own = f.meeting.as_ref().map(|(id, _)| id.as_str());
        for e in &f.held {
            let explicit = e.meeting.as_deref();
            let Some(mid) = explicit.or(own) else {
                continue;
            };
            let date = e.date;
            let Some(last) = meetings.get(mid).filter(|last| last.ends_before(&date)) else {
                continue;
            };
            let how = if explicit.is_some() {
                "its `meeting`"
            } else {
                "this file's meeting"
            };
            let msg = format!(
                "event `{}` is marked held on {date}, after the meeting `{mid}` ({last}) that reported it",
                e.id
            );
            let help = format!(
                "{how} can report as held only what took place by {last}: check the event's date, or mark it `status = \"planned\"`"
            );
            l.warn(fi, e.span.clone(), Code::HeldAfterReport, msg, help);
        }
    }
}
