//! `export --format json`: the validated data set as one JSON document, in the schema
//! `docs/json-schema.md` describes (`"format": "cica-dash-data"`, `"schema_version": 1`).
//!
//! The schema is the data format's own: the same tables, the same keys with the same
//! meaning, references by id or code (never by position), dates in the form the files use
//! (`"2021-06-23"`, `"2021-06"`, `"2021"`). A meeting carries its agenda, decisions and
//! statements, as its file does. Every key is always present, `null` or `[]` when the data
//! does not give it. What validation fills in is written out (a decision's id made from its
//! meeting's, `collective` false when not written); what it derives (a status from the dates,
//! a speaker's person) is not. So writing the document back as TOML files gives the same data
//! set, and the tests do exactly that.

use super::Selection;
use crate::dataset::{Assignment, Dataset, Decision, Due, Event, Meeting, Source, Statement};
use crate::model::PartialDate;
use schema::{
    Agenda, Chairmanship, DecisionOut, Doc, EventOut, History, MeetingOut, Narrowed, Participant,
    Person, Role, SourceOut, StandingRole, StatementOut, Term,
};

mod schema;

/// What the document says it is.
pub const FORMAT: &str = "cica-dash-data";
/// The version of the schema; it changes when a key changes meaning or goes away.
pub const SCHEMA_VERSION: u32 = 1;

/// The data set, or the selected part of it, as JSON (pretty-printed, ending in a newline).
pub fn json(data: &Dataset, sel: &Selection) -> String {
    let codes = Codes(data);
    let doc = Doc {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        data_format: 1,
        selection: (!sel.filter.is_empty()).then(|| Narrowed {
            meeting: sel
                .filter
                .meeting
                .and_then(|m| data.meetings.get(m))
                .map(|m| m.id.as_str()),
            from: sel.filter.from.map(|d| d.to_string()),
            to: sel.filter.to.map(|d| d.to_string()),
        }),
        participants: data
            .participants
            .iter()
            .map(|p| Participant {
                code: &p.code,
                name: &p.name,
                kind: p.kind,
                status: p.status,
                since: date(p.since.as_ref()),
                aliases: &p.aliases,
                history: p
                    .history
                    .iter()
                    .map(|h| History {
                        status: h.status,
                        from: date(h.from.as_ref()),
                        until: date(h.until.as_ref()),
                    })
                    .collect(),
                notes: p.notes.as_deref(),
            })
            .collect(),
        persons: data
            .persons
            .iter()
            .map(|p| Person {
                name: &p.name,
                aliases: &p.aliases,
                participant: p.participant.map(|p| codes.of(p)),
            })
            .collect(),
        glossary: data
            .glossary
            .iter()
            .map(|t| Term {
                term: &t.term,
                meaning: &t.meaning,
                aliases: &t.aliases,
            })
            .collect(),
        chairmanships: data
            .chairmanships
            .iter()
            .map(|c| Chairmanship {
                participant: codes.of(c.participant),
                from: c.from.to_string(),
                until: date(c.until.as_ref()),
                decision: c.decision.as_deref(),
                notes: c.notes.as_deref(),
                sources: sources(&c.sources),
            })
            .collect(),
        assignments: data
            .assignments
            .iter()
            .map(|a| standing(a, codes))
            .collect(),
        meetings: sel
            .meetings
            .iter()
            .filter_map(|&i| data.meetings.get(i))
            .map(|m| meeting(m, codes))
            .collect(),
        events: sel
            .events
            .iter()
            .filter_map(|&i| data.events.get(i))
            .map(|e| event(e, codes))
            .collect(),
    };
    // Serialising these types cannot fail: every map key is a string, every value plain data.
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

/// Participant codes and meeting ids by index.
#[derive(Clone, Copy)]
struct Codes<'a>(&'a Dataset);

impl<'a> Codes<'a> {
    fn of(self, p: usize) -> &'a str {
        self.0.participants.get(p).map_or("", |p| p.code.as_str())
    }

    fn all(self, ps: &[usize]) -> Vec<&'a str> {
        ps.iter().map(|&p| self.of(p)).collect()
    }

    fn meeting(self, m: usize) -> &'a str {
        self.0.meetings.get(m).map_or("", |m| m.id.as_str())
    }
}

fn date(d: Option<&PartialDate>) -> Option<String> {
    d.map(ToString::to_string)
}

fn sources(list: &[Source]) -> Vec<SourceOut<'_>> {
    list.iter()
        .map(|s| SourceOut {
            title: s.title.as_deref(),
            url: s.url.as_deref(),
            date: date(s.date.as_ref()),
            publisher: s.publisher.as_deref(),
        })
        .collect()
}

fn standing<'a>(a: &'a Assignment, codes: Codes<'a>) -> StandingRole<'a> {
    StandingRole {
        participant: codes.of(a.participant),
        role: &a.role,
        area: &a.area,
        from: date(a.from.as_ref()),
        until: date(a.until.as_ref()),
        decision: a.decision.as_deref(),
        notes: a.notes.as_deref(),
        sources: sources(&a.sources),
    }
}

fn meeting<'a>(m: &'a Meeting, codes: Codes<'a>) -> MeetingOut<'a> {
    let agenda_id = |a: Option<usize>| a.and_then(|a| m.agenda.get(a)).map(|a| a.id.as_str());
    MeetingOut {
        id: &m.id,
        title: &m.title,
        body: &m.body,
        date: m.date.to_string(),
        end: date(m.end.as_ref()),
        place: m.place.as_deref(),
        format: m.format,
        status: m.status,
        planned: date(m.planned.as_ref()),
        planned_place: m.planned_place.as_deref(),
        related: &m.related,
        chairmanship: m.chairmanship.map(|p| codes.of(p)),
        chair: m.chair.as_deref(),
        chair_title: m.chair_title.as_deref(),
        summary: m.summary.as_deref(),
        notes: m.notes.as_deref(),
        sources: sources(&m.sources),
        agenda: m
            .agenda
            .iter()
            .map(|a| Agenda {
                id: &a.id,
                title: &a.title,
                kind: a.kind.as_deref(),
                summary: a.summary.as_deref(),
            })
            .collect(),
        decisions: m
            .decisions
            .iter()
            .map(|d| decision(d, agenda_id(d.agenda), codes))
            .collect(),
        statements: m
            .statements
            .iter()
            .map(|s| statement(s, agenda_id(s.agenda), codes))
            .collect(),
    }
}

fn decision<'a>(d: &'a Decision, agenda: Option<&'a str>, codes: Codes<'a>) -> DecisionOut<'a> {
    DecisionOut {
        id: &d.id,
        agenda,
        action: &d.action,
        subject: &d.subject,
        text: d.text.as_deref(),
        participants: codes.all(&d.participants),
        assignee: d.assignee.as_deref(),
        due: d.due.as_ref().map(|due| match due {
            Due::Date(d) => d.to_string(),
            Due::Words(w) => w.clone(),
        }),
        forwarded_to: d.forwarded_to.as_deref(),
        assignments: d
            .assignments
            .iter()
            .map(|a| Role {
                participant: codes.of(a.participant),
                role: &a.role,
                area: &a.area,
                from: date(a.from.as_ref()),
                until: date(a.until.as_ref()),
            })
            .collect(),
        notes: d.notes.as_deref(),
        sources: sources(&d.sources),
    }
}

fn statement<'a>(s: &'a Statement, agenda: Option<&'a str>, codes: Codes<'a>) -> StatementOut<'a> {
    StatementOut {
        speaker: s.speaker.as_deref(),
        collective: s.collective,
        title: s.title.as_deref(),
        participant: s.participant.map(|p| codes.of(p)),
        agenda,
        delivery: s.delivery,
        read_by: s.read_by.as_deref(),
        summary: s.summary.as_deref(),
        quote: s.quote.as_deref(),
        notes: s.notes.as_deref(),
        sources: sources(&s.sources),
    }
}

fn event<'a>(e: &'a Event, codes: Codes<'a>) -> EventOut<'a> {
    EventOut {
        id: &e.id,
        title: &e.title,
        kind: e.kind.as_deref(),
        organizers: codes.all(&e.organizers),
        date: date(e.date.as_ref()),
        end: date(e.end.as_ref()),
        place: e.place.as_deref(),
        format: e.format,
        status: e.status,
        planned: date(e.planned.as_ref()),
        planned_place: e.planned_place.as_deref(),
        meeting: e.meeting.map(|m| codes.meeting(m)),
        summary: e.summary.as_deref(),
        notes: e.notes.as_deref(),
        sources: sources(&e.sources),
    }
}
