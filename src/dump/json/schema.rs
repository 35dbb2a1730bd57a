//! The types of the JSON document, one per table of the data format, with the data format's
//! keys: `docs/json-schema.md` describes them key by key. They only serialise: built from the
//! data set in [`super`], they borrow its strings.

use serde::Serialize;

use crate::model::{Delivery, Format, ParticipantKind, Standing, Status};

#[derive(Serialize)]
pub struct Doc<'a> {
    pub format: &'static str,
    pub schema_version: u32,
    pub data_format: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selection: Option<Narrowed<'a>>,
    pub participants: Vec<Participant<'a>>,
    pub persons: Vec<Person<'a>>,
    pub glossary: Vec<Term<'a>>,
    pub chairmanships: Vec<Chairmanship<'a>>,
    pub assignments: Vec<StandingRole<'a>>,
    pub meetings: Vec<MeetingOut<'a>>,
    pub events: Vec<EventOut<'a>>,
}

/// `--meeting`, `--from` and `--to` as given, when the export was narrowed.
#[derive(Serialize)]
pub struct Narrowed<'a> {
    pub meeting: Option<&'a str>,
    pub from: Option<String>,
    pub to: Option<String>,
}

#[derive(Serialize)]
pub struct Participant<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub kind: ParticipantKind,
    pub status: Option<Standing>,
    pub since: Option<String>,
    pub aliases: &'a [String],
    pub history: Vec<History>,
    pub notes: Option<&'a str>,
}

#[derive(Serialize)]
pub struct History {
    pub status: Standing,
    pub from: Option<String>,
    pub until: Option<String>,
}

#[derive(Serialize)]
pub struct Person<'a> {
    pub name: &'a str,
    pub aliases: &'a [String],
    pub participant: Option<&'a str>,
}

#[derive(Serialize)]
pub struct Term<'a> {
    pub term: &'a str,
    pub meaning: &'a str,
    pub aliases: &'a [String],
}

#[derive(Serialize)]
pub struct Chairmanship<'a> {
    pub participant: &'a str,
    pub from: String,
    pub until: Option<String>,
    pub decision: Option<&'a str>,
    pub notes: Option<&'a str>,
    pub sources: Vec<SourceOut<'a>>,
}

#[derive(Serialize)]
pub struct StandingRole<'a> {
    pub participant: &'a str,
    pub role: &'a str,
    pub area: &'a str,
    pub from: Option<String>,
    pub until: Option<String>,
    pub decision: Option<&'a str>,
    pub notes: Option<&'a str>,
    pub sources: Vec<SourceOut<'a>>,
}

#[derive(Serialize)]
pub struct SourceOut<'a> {
    pub title: Option<&'a str>,
    pub url: Option<&'a str>,
    pub date: Option<String>,
    pub publisher: Option<&'a str>,
}

#[derive(Serialize)]
pub struct MeetingOut<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub body: &'a str,
    pub date: String,
    pub end: Option<String>,
    pub place: Option<&'a str>,
    pub format: Option<Format>,
    pub status: Option<Status>,
    pub planned: Option<String>,
    pub planned_place: Option<&'a str>,
    pub related: &'a [String],
    pub chairmanship: Option<&'a str>,
    pub chair: Option<&'a str>,
    pub chair_title: Option<&'a str>,
    pub summary: Option<&'a str>,
    pub notes: Option<&'a str>,
    pub sources: Vec<SourceOut<'a>>,
    pub agenda: Vec<Agenda<'a>>,
    pub decisions: Vec<DecisionOut<'a>>,
    pub statements: Vec<StatementOut<'a>>,
}

#[derive(Serialize)]
pub struct Agenda<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub kind: Option<&'a str>,
    pub summary: Option<&'a str>,
}

#[derive(Serialize)]
pub struct DecisionOut<'a> {
    pub id: &'a str,
    pub agenda: Option<&'a str>,
    pub action: &'a str,
    pub subject: &'a str,
    pub text: Option<&'a str>,
    pub participants: Vec<&'a str>,
    pub assignee: Option<&'a str>,
    pub due: Option<String>,
    pub forwarded_to: Option<&'a str>,
    pub assignments: Vec<Role<'a>>,
    pub notes: Option<&'a str>,
    pub sources: Vec<SourceOut<'a>>,
}

/// A role a decision gives.
#[derive(Serialize)]
pub struct Role<'a> {
    pub participant: &'a str,
    pub role: &'a str,
    pub area: &'a str,
    pub from: Option<String>,
    pub until: Option<String>,
}

#[derive(Serialize)]
pub struct StatementOut<'a> {
    pub speaker: Option<&'a str>,
    pub collective: bool,
    pub title: Option<&'a str>,
    pub participant: Option<&'a str>,
    pub agenda: Option<&'a str>,
    pub delivery: Option<Delivery>,
    pub read_by: Option<&'a str>,
    pub summary: Option<&'a str>,
    pub quote: Option<&'a str>,
    pub notes: Option<&'a str>,
    pub sources: Vec<SourceOut<'a>>,
}

#[derive(Serialize)]
pub struct EventOut<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub kind: Option<&'a str>,
    pub organizers: Vec<&'a str>,
    pub date: Option<String>,
    pub end: Option<String>,
    pub place: Option<&'a str>,
    pub format: Option<Format>,
    pub status: Option<Status>,
    pub planned: Option<String>,
    pub planned_place: Option<&'a str>,
    pub meeting: Option<&'a str>,
    pub summary: Option<&'a str>,
    pub notes: Option<&'a str>,
    pub sources: Vec<SourceOut<'a>>,
}
