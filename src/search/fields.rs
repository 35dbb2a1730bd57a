//! Which texts of which item are searchable, in one table used both to build the index and to
//! show a hit, so the two can never disagree about what field number 2 of a decision is.

use std::borrow::Cow;

use crate::dataset::{Dataset, ItemRef};

use super::Target;

/// The kinds of searchable item, in the order the results list groups and breaks ties by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A meeting.
    Meeting,
    /// An agenda item.
    Agenda,
    /// A decision.
    Decision,
    /// A statement.
    Statement,
    /// An event.
    Event,
    /// A participant (state or organisation).
    Participant,
    /// A person.
    Person,
    /// A glossary term.
    Term,
}

impl Kind {
    /// Every kind, in order.
    pub const ALL: [Kind; 8] = [
        Kind::Meeting,
        Kind::Agenda,
        Kind::Decision,
        Kind::Statement,
        Kind::Event,
        Kind::Participant,
        Kind::Person,
        Kind::Term,
    ];

    /// The singular name, as `kind:` accepts it.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Meeting => "meeting",
            Kind::Agenda => "agenda",
            Kind::Decision => "decision",
            Kind::Statement => "statement",
            Kind::Event => "event",
            Kind::Participant => "participant",
            Kind::Person => "person",
            Kind::Term => "term",
        }
    }

    /// The kind of a target.
    pub fn of(target: Target) -> Kind {
        match target {
            Target::Item(ItemRef::Meeting(_)) => Kind::Meeting,
            Target::Item(ItemRef::Agenda(..)) => Kind::Agenda,
            Target::Item(ItemRef::Decision(..)) => Kind::Decision,
            Target::Item(ItemRef::Statement(..)) => Kind::Statement,
            Target::Item(ItemRef::Event(_)) => Kind::Event,
            Target::Participant(_) => Kind::Participant,
            Target::Person(_) => Kind::Person,
            Target::Term(_) => Kind::Term,
        }
    }
}

/// The names of a kind's fields, by field number (at most 8: field numbers fit in 3 bits).
pub fn names(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Meeting => &["title", "body", "place", "summary"],
        Kind::Agenda => &["title", "summary"],
        Kind::Decision => &["subject", "action", "text", "assignments", "participants"],
        Kind::Statement => &["speaker", "title", "summary", "quote", "participant"],
        Kind::Event => &["title", "place", "summary", "organisers"],
        Kind::Participant => &["name", "code", "aliases"],
        Kind::Person => &["name", "aliases"],
        Kind::Term => &["term", "meaning", "aliases"],
    }
}

/// A bonus for matching in a field that names the item (field 0: its title, name or
/// subject) rather than in running text.
pub fn weight(field: usize) -> u32 {
    if field == 0 { 120 } else { 0 }
}

fn opt(s: &Option<String>) -> Cow<'_, str> {
    Cow::Borrowed(s.as_deref().unwrap_or(""))
}

fn joined<'a>(it: impl Iterator<Item = &'a str>) -> Cow<'a, str> {
    Cow::Owned(it.collect::<Vec<_>>().join("; "))
}

fn participant_name(data: &Dataset, p: usize) -> &str {
    data.participants.get(p).map_or("", |p| p.name.as_str())
}

/// The text of field `field` of `target`; empty when the field is absent or out of range.
pub fn text<'a>(data: &'a Dataset, target: Target, field: usize) -> Cow<'a, str> {
    let empty = Cow::Borrowed("");
    match target {
        Target::Item(ItemRef::Meeting(m)) => {
            let Some(m) = data.meetings.get(m) else {
                return empty;
            };
            match field {
                0 => Cow::Borrowed(&m.title),
                1 => Cow::Borrowed(&m.body),
                2 => opt(&m.place),
                3 => opt(&m.summary),
                _ => empty,
            }
        }
        Target::Item(ItemRef::Agenda(m, i)) => {
            let Some(a) = data.meetings.get(m).and_then(|m| m.agenda.get(i)) else {
                return empty;
            };
            match field {
                0 => Cow::Borrowed(&a.title),
                1 => opt(&a.summary),
                _ => empty,
            }
        }
        Target::Item(ItemRef::Decision(m, i)) => {
            let Some(d) = data.meetings.get(m).and_then(|m| m.decisions.get(i)) else {
                return empty;
            };
            match field {
                0 => Cow::Borrowed(&d.subject),
                1 => Cow::Borrowed(&d.action),
                2 => opt(&d.text),
                3 => Cow::Owned(
                    d.assignments
                        .iter()
                        .map(|a| {
                            let who = participant_name(data, a.participant);
                            format!("{} {}: {}", who, a.role, a.area)
                        })
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
                4 => joined(d.participants.iter().map(|&p| participant_name(data, p))),
                _ => empty,
            }
        }
        Target::Item(ItemRef::Statement(m, i)) => {
            let Some(s) = data.meetings.get(m).and_then(|m| m.statements.get(i)) else {
                return empty;
            };
            match field {
                0 => opt(&s.speaker),
                1 => opt(&s.title),
                2 => opt(&s.summary),
                3 => opt(&s.quote),
                4 => Cow::Borrowed(s.participant.map_or("", |p| participant_name(data, p))),
                _ => empty,
            }
        }
        Target::Item(ItemRef::Event(e)) => {
            let Some(e) = data.events.get(e) else {
                return empty;
            };
            match field {
                0 => Cow::Borrowed(&e.title),
                1 => opt(&e.place),
                2 => opt(&e.summary),
                3 => joined(e.organizers.iter().map(|&p| participant_name(data, p))),
                _ => empty,
            }
        }
        Target::Participant(p) => {
            let Some(p) = data.participants.get(p) else {
                return empty;
            };
            match field {
                0 => Cow::Borrowed(&p.name),
                1 => Cow::Borrowed(&p.code),
                2 => joined(p.aliases.iter().map(String::as_str)),
                _ => empty,
            }
        }
        Target::Person(p) => {
            let Some(p) = data.persons.get(p) else {
                return empty;
            };
            match field {
                0 => Cow::Borrowed(&p.name),
                1 => joined(p.aliases.iter().map(String::as_str)),
                _ => empty,
            }
        }
        Target::Term(t) => {
            let Some(t) = data.glossary.get(t) else {
                return empty;
            };
            match field {
                0 => Cow::Borrowed(&t.term),
                1 => Cow::Borrowed(&t.meaning),
                2 => joined(t.aliases.iter().map(String::as_str)),
                _ => empty,
            }
        }
    }
}
