//! The columns of each CSV table, and its rows. A row of an agenda item, decision or
//! statement repeats its meeting's id and date, so a spreadsheet can sort and filter any
//! table alone. Lists (organisers, aliases, sources) are joined with `; `; absent values are
//! empty fields; enum values are the data format's words; `status` is the one shown on the
//! dashboard (written, or worked out from the dates).

use chrono::NaiveDate;

use super::csv::Kind;
use super::{Selection, word};
use crate::dataset::{Dataset, Meeting, PartialDate, Source, effective_status};

mod items;

/// A table: its header (the column names, comma-separated) and its rows, made one at a
/// time as they are written, so a table of 100,000 statements is never held twice.
pub type Table<'a> = (&'static str, Box<dyn Iterator<Item = Vec<String>> + 'a>);

/// The table of `kind`.
pub fn table<'a>(data: &'a Dataset, sel: &'a Selection, kind: Kind, today: NaiveDate) -> Table<'a> {
    match kind {
        Kind::Meetings => items::meetings(data, sel, today),
        Kind::Agenda => items::agenda(data, sel),
        Kind::Decisions => items::decisions(data, sel),
        Kind::Assignments => items::assignments(data, sel),
        Kind::Statements => items::statements(data, sel),
        Kind::Events => events(data, sel, today),
        Kind::Participants => participants(data),
        Kind::Persons => persons(data),
        Kind::Glossary => glossary(data),
        Kind::Chairmanships => chairmanships(data),
    }
}

/// The `events` table.
pub fn events<'a>(data: &'a Dataset, sel: &'a Selection, today: NaiveDate) -> Table<'a> {
    let c = Cells(data);
    (
        "id,title,kind,organizers,date,end,place,format,status,planned,planned_place,meeting,summary,notes,sources",
        Box::new(
            sel.events
                .iter()
                .filter_map(move |&i| data.events.get(i))
                .map(move |e| {
                    vec![
                        e.id.clone(),
                        e.title.clone(),
                        text(e.kind.as_ref()),
                        c.codes(&e.organizers),
                        date(e.date.as_ref()),
                        date(e.end.as_ref()),
                        text(e.place.as_ref()),
                        e.format.map(word).unwrap_or_default(),
                        effective_status(e.status, e.date.as_ref(), e.end.as_ref(), today)
                            .map(word)
                            .unwrap_or_default(),
                        date(e.planned.as_ref()),
                        text(e.planned_place.as_ref()),
                        e.meeting
                            .and_then(|m| data.meetings.get(m))
                            .map(move |m| m.id.clone())
                            .unwrap_or_default(),
                        text(e.summary.as_ref()),
                        text(e.notes.as_ref()),
                        sources(&e.sources),
                    ]
                }),
        ),
    )
}

/// The `participants` table.
pub fn participants(data: &Dataset) -> Table<'_> {
    (
        "code,name,kind,status,since,aliases,notes",
        Box::new(data.participants.iter().map(move |p| {
            vec![
                p.code.clone(),
                p.name.clone(),
                word(p.kind),
                p.status.map(word).unwrap_or_default(),
                date(p.since.as_ref()),
                p.aliases.join("; "),
                text(p.notes.as_ref()),
            ]
        })),
    )
}

/// The `persons` table.
pub fn persons(data: &Dataset) -> Table<'_> {
    let c = Cells(data);
    (
        "name,aliases,participant",
        Box::new(data.persons.iter().map(move |p| {
            let code = p.participant.map(move |p| c.code(p)).unwrap_or_default();
            vec![p.name.clone(), p.aliases.join("; "), code]
        })),
    )
}

/// The `glossary` table.
pub fn glossary(data: &Dataset) -> Table<'_> {
    (
        "term,meaning,aliases",
        Box::new(
            data.glossary
                .iter()
                .map(move |t| vec![t.term.clone(), t.meaning.clone(), t.aliases.join("; ")]),
        ),
    )
}

/// The `chairmanships` table.
pub fn chairmanships(data: &Dataset) -> Table<'_> {
    let c = Cells(data);
    (
        "participant,participant_name,from,until,decision,notes,sources",
        Box::new(data.chairmanships.iter().map(move |ch| {
            vec![
                c.code(ch.participant),
                c.name(ch.participant),
                ch.from.to_string(),
                date(ch.until.as_ref()),
                text(ch.decision.as_ref()),
                text(ch.notes.as_ref()),
                sources(&ch.sources),
            ]
        })),
    )
}

/// Participants' codes and names by index.
#[derive(Clone, Copy)]
pub(super) struct Cells<'a>(&'a Dataset);

impl Cells<'_> {
    pub(super) fn code(self, p: usize) -> String {
        self.0
            .participants
            .get(p)
            .map(move |p| p.code.clone())
            .unwrap_or_default()
    }

    pub(super) fn name(self, p: usize) -> String {
        self.0
            .participants
            .get(p)
            .map(move |p| p.name.clone())
            .unwrap_or_default()
    }

    pub(super) fn codes(self, ps: &[usize]) -> String {
        ps.iter()
            .map(move |&p| self.code(p))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// participant, participant_name, role, area.
    pub(super) fn role(self, p: usize, role: &str, area: &str) -> [String; 4] {
        [self.code(p), self.name(p), role.to_owned(), area.to_owned()]
    }
}

/// The first cells of a row of a meeting's item: the meeting's id and date.
pub(super) fn of(m: &Meeting) -> Vec<String> {
    vec![m.id.clone(), m.date.to_string()]
}

pub(super) fn agenda_id(m: &Meeting, a: Option<usize>) -> String {
    a.and_then(|a| m.agenda.get(a))
        .map(move |a| a.id.clone())
        .unwrap_or_default()
}

pub(super) fn text(s: Option<&String>) -> String {
    s.cloned().unwrap_or_default()
}

pub(super) fn date(d: Option<&PartialDate>) -> String {
    d.map(ToString::to_string).unwrap_or_default()
}

/// Each source as `title <url>` (or whichever of the two it has), joined with `; `.
pub(super) fn sources(list: &[Source]) -> String {
    let each = list.iter().map(move |s| match (&s.title, &s.url) {
        (Some(t), Some(u)) => format!("{t} <{u}>"),
        (Some(t), None) => t.clone(),
        (None, Some(u)) => u.clone(),
        (None, None) => String::new(),
    });
    each.collect::<Vec<_>>().join("; ")
}
