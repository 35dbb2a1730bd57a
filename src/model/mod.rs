//! The serde types of the data files, exactly as written (format version 1).
//!
//! These types mirror `docs/data-format.md` one to one. Every struct denies unknown keys, so a
//! typo is an error rather than silently dropped data. Fields that later checks must point at
//! (ids, references, dates, and the names and texts that lints read) are `Spanned`, so a
//! diagnostic can name the line and column. Turning these into the validated
//! [`crate::dataset::Dataset`] is the job of [`crate::load`]. The enums also serialise, with
//! the words the files use, for `cica-dash export --format json` and `--format csv`.

pub mod date;

use serde::{Deserialize, Serialize};
use toml::Spanned;

pub use date::{PartialDate, Precision, RawDate};

/// The top-level tables a file may hold.
pub const TOP_KEYS: &[&str] = &[
    "format",
    "participant",
    "person",
    "glossary",
    "chairmanship",
    "assignment",
    "meeting",
    "agenda",
    "decision",
    "statement",
    "event",
];

/// A string with its place in the file.
pub type SStr = Spanned<String>;
/// A date with its place in the file.
pub type SDate = Spanned<RawDate>;

/// Whether a participant is a state or an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ParticipantKind {
    /// A state.
    State,
    /// An international organisation.
    Organization,
}

/// A participant's standing in CICA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Standing {
    /// A member state.
    Member,
    /// An observer state or organisation.
    Observer,
    /// A partner organisation.
    Partner,
    /// The CICA secretariat.
    Secretariat,
    /// Any other standing.
    Other,
}

/// How a meeting or event was held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// Everyone in one room.
    InPerson,
    /// Everyone remote.
    Online,
    /// Some in the room, some remote.
    Hybrid,
}

/// Whether a meeting or event took place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// It took place.
    Held,
    /// It is yet to come.
    Planned,
    /// It was moved to a later date.
    Postponed,
    /// It will not take place.
    Cancelled,
}

/// How a statement reached the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Delivery {
    /// Spoken in the room (or live online).
    InPerson,
    /// A recorded video message.
    Video,
    /// Submitted in writing.
    Written,
    /// Read out by someone else.
    ReadOut,
    /// Reported by the source without saying how.
    Reported,
}

/// Where a fact comes from.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub title: Option<String>,
    pub url: Option<String>,
    pub date: Option<SDate>,
    pub publisher: Option<String>,
}

/// An earlier standing of a participant.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHistory {
    pub status: Standing,
    pub from: Option<SDate>,
    pub until: Option<SDate>,
}

/// `[[participant]]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawParticipant {
    pub code: SStr,
    pub name: SStr,
    pub kind: ParticipantKind,
    pub status: Option<Standing>,
    pub since: Option<SDate>,
    #[serde(default)]
    pub aliases: Vec<SStr>,
    #[serde(default)]
    pub history: Vec<RawHistory>,
    pub notes: Option<String>,
}

/// `[[chairmanship]]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChairmanship {
    pub participant: SStr,
    pub from: SDate,
    pub until: Option<SDate>,
    pub decision: Option<SStr>,
    pub notes: Option<String>,
    #[serde(default)]
    pub sources: Vec<Spanned<RawSource>>,
}

/// `[[assignment]]`, and the `assignments` of a decision (which have no decision or sources).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAssignment {
    pub participant: SStr,
    pub role: String,
    pub area: String,
    pub from: Option<SDate>,
    pub until: Option<SDate>,
    pub decision: Option<SStr>,
    pub notes: Option<String>,
    #[serde(default)]
    pub sources: Vec<Spanned<RawSource>>,
}

/// The inline `{ participant, role, area, from?, until? }` of a decision.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDecisionAssignment {
    pub participant: SStr,
    pub role: String,
    pub area: String,
    pub from: Option<SDate>,
    pub until: Option<SDate>,
}

/// `[[person]]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPerson {
    pub name: SStr,
    #[serde(default)]
    pub aliases: Vec<SStr>,
    pub participant: Option<SStr>,
}

/// `[[glossary]]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGlossary {
    pub term: SStr,
    pub meaning: String,
    #[serde(default)]
    pub aliases: Vec<SStr>,
}

/// `[meeting]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMeeting {
    pub id: SStr,
    pub title: SStr,
    pub body: String,
    pub date: SDate,
    pub end: Option<SDate>,
    pub place: Option<SStr>,
    pub format: Option<Format>,
    pub status: Option<Status>,
    pub planned: Option<SDate>,
    pub planned_place: Option<SStr>,
    #[serde(default)]
    pub related: Vec<SStr>,
    pub chairmanship: Option<SStr>,
    pub chair: Option<SStr>,
    pub chair_title: Option<SStr>,
    pub summary: Option<SStr>,
    pub notes: Option<String>,
    #[serde(default)]
    pub sources: Vec<Spanned<RawSource>>,
}

/// `[[agenda]]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAgenda {
    pub id: SStr,
    pub title: SStr,
    pub kind: Option<String>,
    pub summary: Option<SStr>,
}

/// `[[decision]]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDecision {
    pub id: Option<SStr>,
    pub agenda: Option<SStr>,
    pub action: String,
    pub subject: SStr,
    pub text: Option<String>,
    #[serde(default)]
    pub participants: Vec<SStr>,
    pub assignee: Option<String>,
    pub due: Option<SDate>,
    pub forwarded_to: Option<String>,
    #[serde(default)]
    pub assignments: Vec<RawDecisionAssignment>,
    pub notes: Option<String>,
    #[serde(default)]
    pub sources: Vec<Spanned<RawSource>>,
}

/// `[[statement]]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStatement {
    pub speaker: Option<SStr>,
    pub collective: Option<bool>,
    pub title: Option<SStr>,
    pub participant: Option<SStr>,
    pub agenda: Option<SStr>,
    pub delivery: Option<Delivery>,
    pub read_by: Option<String>,
    pub summary: Option<SStr>,
    pub quote: Option<String>,
    pub notes: Option<String>,
    #[serde(default)]
    pub sources: Vec<Spanned<RawSource>>,
}

/// `[[event]]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: SStr,
    pub title: SStr,
    pub kind: Option<String>,
    #[serde(default)]
    pub organizers: Vec<SStr>,
    pub date: Option<SDate>,
    pub end: Option<SDate>,
    pub place: Option<SStr>,
    pub format: Option<Format>,
    pub status: Option<Status>,
    pub planned: Option<SDate>,
    pub planned_place: Option<SStr>,
    pub meeting: Option<SStr>,
    pub summary: Option<SStr>,
    pub notes: Option<String>,
    #[serde(default)]
    pub sources: Vec<Spanned<RawSource>>,
}
