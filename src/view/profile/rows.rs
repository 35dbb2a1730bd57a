//! A profile's list: its sections (statements, decisions, events, roles, chairmanship terms
//! with their meetings; for a person, whom they represent and their statements) as rows read
//! on demand from the indexes built at load, so a profile of 5,000 statements costs a frame
//! only the rows on screen.

use super::Subject;
use crate::dataset::{Dataset, ItemRef, RoleRef};
use crate::view::detail::Link;

/// A part of a profile's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The participants a person speaks for.
    Represents,
    /// Statements made (for a participant, or by a person).
    Statements,
    /// Decisions about a participant.
    Decisions,
    /// Events a participant organised.
    Events,
    /// Roles a participant held, standing or given by decisions.
    Roles,
    /// A participant's chairmanship terms and the meetings held under them.
    Chair,
}

impl Section {
    /// The heading's words.
    pub fn title(self) -> &'static str {
        match self {
            Section::Represents => "Represents",
            Section::Statements => "Statements",
            Section::Decisions => "Decisions about it",
            Section::Events => "Events organised",
            Section::Roles => "Roles held",
            Section::Chair => "Chairmanship terms",
        }
    }
}

/// One row of a profile's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A section's heading and how many entries it has.
    Heading(Section, usize),
    /// A meeting's item, an event, or a meeting held under a chairmanship.
    Item(ItemRef),
    /// A role held.
    Role(RoleRef),
    /// A chairmanship term (index into the data set's chairmanships) and its meetings' count.
    Term(usize, usize),
    /// The heading of the meetings chaired outside every recorded term, and their count.
    Outside(usize),
    /// A participant a person speaks for.
    Participant(usize),
}

impl Row {
    /// Whether the cursor can rest on the row (headings it skips).
    pub fn selectable(self) -> bool {
        !matches!(self, Row::Heading(..) | Row::Outside(_))
    }

    /// Where Enter on the row leads, if anywhere.
    pub fn link(self, data: &Dataset) -> Option<Link> {
        match self {
            Row::Item(r) => Some(Link::Item(r)),
            Row::Role(RoleRef::Standing(i)) => data
                .links()
                .role_decision
                .get(i)
                .copied()
                .flatten()
                .map(Link::Item),
            Row::Role(RoleRef::Decision(m, d, _)) => Some(Link::Item(ItemRef::Decision(m, d))),
            Row::Term(c, _) => data
                .links()
                .chair_decision
                .get(c)
                .copied()
                .flatten()
                .map(Link::Item),
            Row::Participant(p) => Some(Link::Participant(p)),
            Row::Heading(..) | Row::Outside(_) => None,
        }
    }
}

/// A run of rows.
#[derive(Debug, Clone, Copy)]
enum Part<'a> {
    One(Row),
    Items(&'a [ItemRef]),
    /// Items of `all` at these positions.
    Picked(&'a [ItemRef], &'a [usize]),
    Roles(&'a [RoleRef]),
    Participants(&'a [usize]),
}

impl Part<'_> {
    fn len(&self) -> usize {
        match self {
            Part::One(_) => 1,
            Part::Items(s) => s.len(),
            Part::Picked(_, at) => at.len(),
            Part::Roles(s) => s.len(),
            Part::Participants(s) => s.len(),
        }
    }

    fn get(&self, i: usize) -> Option<Row> {
        match self {
            Part::One(r) => (i == 0).then_some(*r),
            Part::Items(s) => s.get(i).map(|r| Row::Item(*r)),
            Part::Picked(all, at) => all.get(*at.get(i)?).map(|r| Row::Item(*r)),
            Part::Roles(s) => s.get(i).map(|r| Row::Role(*r)),
            Part::Participants(s) => s.get(i).map(|p| Row::Participant(*p)),
        }
    }
}

/// A profile's rows.
#[derive(Debug, Clone)]
pub struct Rows<'a> {
    parts: Vec<Part<'a>>,
    len: usize,
}

impl<'a> Rows<'a> {
    /// The rows of a subject's profile.
    pub fn new(data: &'a Dataset, subject: &'a Subject) -> Rows<'a> {
        let mut parts = Vec::new();
        let section = |parts: &mut Vec<Part<'a>>, s: Section, body: Part<'a>| {
            parts.push(Part::One(Row::Heading(s, body.len())));
            parts.push(body);
        };
        match subject {
            Subject::Participant(p) => {
                let p = *p;
                section(
                    &mut parts,
                    Section::Statements,
                    Part::Items(data.statements_for(p)),
                );
                section(
                    &mut parts,
                    Section::Decisions,
                    Part::Items(data.decisions_about(p)),
                );
                section(&mut parts, Section::Events, Part::Items(data.events_by(p)));
                let roles = data.links().roles.get(p).map_or(&[][..], Vec::as_slice);
                section(&mut parts, Section::Roles, Part::Roles(roles));
                chair(data, p, &mut parts);
            }
            Subject::Person(p) => {
                let party = data.persons.get(*p).and_then(|p| p.participant.as_ref());
                let party = party.map_or(&[][..], std::slice::from_ref);
                section(&mut parts, Section::Represents, Part::Participants(party));
                let said = data.statements_of(*p);
                section(&mut parts, Section::Statements, Part::Items(said));
            }
            Subject::Speaker(s) => {
                section(
                    &mut parts,
                    Section::Represents,
                    Part::Participants(&s.participants),
                );
                section(&mut parts, Section::Statements, Part::Items(&s.statements));
            }
        }
        let len = parts.iter().map(Part::len).sum();
        Rows { parts, len }
    }

    /// How many rows.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are none (never: every section has its heading).
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Row `i`.
    pub fn get(&self, mut i: usize) -> Option<Row> {
        for part in &self.parts {
            let n = part.len();
            if i < n {
                return part.get(i);
            }
            i -= n;
        }
        None
    }

    /// The selectable row nearest to `from` in the direction of `forward`, `from` itself
    /// included; failing that, the nearest in the other direction.
    pub fn selectable(&self, from: usize, forward: bool) -> Option<usize> {
        let from = from.min(self.len.saturating_sub(1));
        let ok = |i: &usize| self.get(*i).is_some_and(Row::selectable);
        let after = || (from..self.len).find(ok);
        let before = || (0..=from).rev().find(ok);
        if forward {
            after().or_else(before)
        } else {
            before().or_else(after)
        }
    }

    /// The first selectable row of the next section after row `from` that has one (of the
    /// previous such section when `forward` is false).
    pub fn section(&self, from: usize, forward: bool) -> Option<usize> {
        let mut headings = Vec::new();
        let mut at = 0;
        for part in &self.parts {
            if matches!(part, Part::One(Row::Heading(..))) {
                headings.push(at);
            }
            at += part.len();
        }
        let own = headings.iter().rposition(|&h| h <= from);
        let first_in = |k: usize| {
            let end = headings.get(k + 1).copied().unwrap_or(self.len);
            (headings[k]..end).find(|i| self.get(*i).is_some_and(Row::selectable))
        };
        if forward {
            let next = own.map_or(0, |k| k + 1);
            (next..headings.len()).find_map(first_in)
        } else {
            (0..own?).rev().find_map(first_in)
        }
    }
}

/// The chairmanship section: each term and the meetings under it, then the meetings chaired
/// outside every recorded term.
fn chair<'a>(data: &'a Dataset, p: usize, parts: &mut Vec<Part<'a>>) {
    let terms = data.links().terms.get(p).map_or(&[][..], Vec::as_slice);
    let chaired = data.chaired(p);
    parts.push(Part::One(Row::Heading(Section::Chair, terms.len())));
    for t in terms {
        let meetings = chaired.get(t.meetings.clone()).unwrap_or(&[]);
        parts.push(Part::One(Row::Term(t.chairmanship, meetings.len())));
        parts.push(Part::Items(meetings));
    }
    let outside = data
        .links()
        .outside_terms
        .get(p)
        .map_or(&[][..], Vec::as_slice);
    if !outside.is_empty() {
        parts.push(Part::One(Row::Outside(outside.len())));
        parts.push(Part::Picked(chaired, outside));
    }
}
