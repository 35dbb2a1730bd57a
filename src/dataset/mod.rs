//! The validated, indexed data set that the whole program reads.
//!
//! Everything here has passed validation: references resolve (and are stored as indices),
//! dates are [`PartialDate`]s, and every display string has gone through
//! [`crate::text::sanitize`], so no widget ever sees a control character from a data file.
//! The indexes are built once at load time, so no frame has to scan the data set.

pub mod coord;
mod index;
mod links;
pub mod stats;
mod terms;
pub mod timeline;
mod voice;

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

pub use crate::model::{Delivery, Format, PartialDate, ParticipantKind, Standing, Status};
pub use index::{CalItem, Calendar, ItemRef, in_meeting};
pub use links::{ChairTerm, Links, RoleRef};
pub use voice::Voice;

/// Where a fact comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub title: Option<String>,
    pub url: Option<String>,
    pub date: Option<PartialDate>,
    pub publisher: Option<String>,
}

/// An earlier (or current) standing of a participant.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    pub status: Standing,
    pub from: Option<PartialDate>,
    pub until: Option<PartialDate>,
}

/// A state or an organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    pub code: String,
    pub name: String,
    pub kind: ParticipantKind,
    pub status: Option<Standing>,
    pub since: Option<PartialDate>,
    pub aliases: Vec<String>,
    pub history: Vec<History>,
    pub notes: Option<String>,
}

/// A person named in statements, unified across spellings.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub name: String,
    pub aliases: Vec<String>,
    pub participant: Option<usize>,
}

/// A glossary term.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub term: String,
    pub meaning: String,
    pub aliases: Vec<String>,
}

/// Who chaired CICA when.
#[derive(Debug, Clone, PartialEq)]
pub struct Chairmanship {
    pub participant: usize,
    pub from: PartialDate,
    pub until: Option<PartialDate>,
    pub decision: Option<String>,
    pub notes: Option<String>,
    pub sources: Vec<Source>,
}

/// A role given to a participant (standing, or by a decision).
#[derive(Debug, Clone, PartialEq)]
pub struct Assignment {
    pub participant: usize,
    pub role: String,
    pub area: String,
    pub from: Option<PartialDate>,
    pub until: Option<PartialDate>,
    pub decision: Option<String>,
    pub notes: Option<String>,
    pub sources: Vec<Source>,
}

/// One item of a meeting's agenda.
#[derive(Debug, Clone, PartialEq)]
pub struct AgendaItem {
    pub id: String,
    pub title: String,
    pub kind: Option<String>,
    pub summary: Option<String>,
}

/// A decision's deadline: a date or words.
#[derive(Debug, Clone, PartialEq)]
pub enum Due {
    /// A date (possibly partial).
    Date(PartialDate),
    /// Words such as "before the next SOC meeting".
    Words(String),
}

/// What a meeting decided.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub id: String,
    /// Index into the meeting's agenda.
    pub agenda: Option<usize>,
    pub action: String,
    pub subject: String,
    pub text: Option<String>,
    pub participants: Vec<usize>,
    pub assignee: Option<String>,
    pub due: Option<Due>,
    pub forwarded_to: Option<String>,
    pub assignments: Vec<Assignment>,
    pub notes: Option<String>,
    pub sources: Vec<Source>,
}

/// Who said what.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub speaker: Option<String>,
    /// Made jointly (`collective = true`): "Member States expressed …".
    pub collective: bool,
    /// Index into the data set's persons, when the speaker matches one.
    pub person: Option<usize>,
    pub title: Option<String>,
    pub participant: Option<usize>,
    /// Index into the meeting's agenda.
    pub agenda: Option<usize>,
    pub delivery: Option<Delivery>,
    pub read_by: Option<String>,
    pub summary: Option<String>,
    pub quote: Option<String>,
    pub notes: Option<String>,
    pub sources: Vec<Source>,
}

/// A meeting with its agenda, decisions and statements, and the links between them.
#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    pub id: String,
    /// The data file it came from, for messages.
    pub file: String,
    pub title: String,
    pub body: String,
    pub date: PartialDate,
    pub end: Option<PartialDate>,
    pub place: Option<String>,
    pub format: Option<Format>,
    pub status: Option<Status>,
    pub planned: Option<PartialDate>,
    pub planned_place: Option<String>,
    pub related: Vec<String>,
    pub chairmanship: Option<usize>,
    pub chair: Option<String>,
    pub chair_title: Option<String>,
    pub summary: Option<String>,
    pub notes: Option<String>,
    pub sources: Vec<Source>,
    pub agenda: Vec<AgendaItem>,
    pub decisions: Vec<Decision>,
    pub statements: Vec<Statement>,
    /// For each agenda item, the indices of its decisions.
    pub agenda_decisions: Vec<Vec<usize>>,
    /// For each agenda item, the indices of its statements.
    pub agenda_statements: Vec<Vec<usize>>,
}

/// A calendar entry that is not a meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: String,
    pub title: String,
    pub kind: Option<String>,
    pub organizers: Vec<usize>,
    pub date: Option<PartialDate>,
    pub end: Option<PartialDate>,
    pub place: Option<String>,
    pub format: Option<Format>,
    pub status: Option<Status>,
    pub planned: Option<PartialDate>,
    pub planned_place: Option<String>,
    /// Index into [`Dataset::meetings`] of the meeting that reported it.
    pub meeting: Option<usize>,
    pub summary: Option<String>,
    pub notes: Option<String>,
    pub sources: Vec<Source>,
}

/// The status to show: the one written, or held/planned from the dates when absent.
pub fn effective_status(
    written: Option<Status>,
    date: Option<&PartialDate>,
    end: Option<&PartialDate>,
    today: NaiveDate,
) -> Option<Status> {
    written.or_else(|| {
        let last = end.or(date)?.last_day();
        Some(if last < today {
            Status::Held
        } else {
            Status::Planned
        })
    })
}

/// Everything loaded, validated and indexed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dataset {
    pub participants: Vec<Participant>,
    pub persons: Vec<Person>,
    pub glossary: Vec<Term>,
    pub chairmanships: Vec<Chairmanship>,
    pub assignments: Vec<Assignment>,
    /// Sorted by start date, then id; shared with the reload cache ([`crate::load::Cache`]).
    pub meetings: Vec<Arc<Meeting>>,
    pub events: Vec<Arc<Event>>,
    /// For each meeting, the indices into [`Dataset::events`] of the events it reported: here,
    /// not in the meeting, so that events added elsewhere leave a meeting as it is.
    pub meeting_events: Vec<Vec<usize>>,
    /// Participant code to index.
    pub participant_index: HashMap<String, usize>,
    /// For each participant, the items that name it, grouped by kind (see
    /// [`Dataset::chaired`] and the methods beside it).
    pub participant_items: Vec<Vec<ItemRef>>,
    pub calendar: Calendar,
    /// Roles, chairmanship terms, persons' statements and resolved ids, for the profiles:
    /// built on first use ([`Dataset::links`]), so loading does not pay for them.
    pub links: links::Lazy,
    /// Every meeting and event in order, with the chairmanship band: built on first use
    /// ([`Dataset::timeline`]).
    pub timeline: timeline::Lazy,
    /// Every item counted by year and key, for the statistics: built on first use
    /// ([`Dataset::tally`]).
    pub stats: stats::Lazy,
}

impl Dataset {
    /// The participant with this code.
    pub fn participant(&self, code: &str) -> Option<&Participant> {
        self.participant_index
            .get(code)
            .and_then(|&i| self.participants.get(i))
    }

    /// The meeting at an index.
    pub fn meeting(&self, i: usize) -> Option<&Meeting> {
        self.meetings.get(i).map(|m| &**m)
    }

    /// The event at an index.
    pub fn event(&self, i: usize) -> Option<&Event> {
        self.events.get(i).map(|e| &**e)
    }

    /// The indices into [`Dataset::events`] of the events meeting `i` reported.
    pub fn events_of(&self, i: usize) -> &[usize] {
        self.meeting_events.get(i).map_or(&[], Vec::as_slice)
    }

    /// Total statements over all meetings.
    pub fn statement_count(&self) -> usize {
        self.meetings.iter().map(|m| m.statements.len()).sum()
    }

    /// Total decisions over all meetings.
    pub fn decision_count(&self) -> usize {
        self.meetings.iter().map(|m| m.decisions.len()).sum()
    }

    /// Total agenda items over all meetings.
    pub fn agenda_count(&self) -> usize {
        self.meetings.iter().map(|m| m.agenda.len()).sum()
    }

    /// Builds the cross-item indexes (calendar, participant → items). Called once by the
    /// loader.
    pub fn build_indexes(&mut self) {
        self.participant_items = index::participant_items(self);
        self.calendar = Calendar::build(self);
        self.links = links::Lazy::default();
        self.timeline = timeline::Lazy::default();
        self.stats = stats::Lazy::default();
    }
}
