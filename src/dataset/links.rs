//! Who did what across meetings, for the profiles and the lens: a participant's roles and
//! chairmanship terms (with the meetings held under each), a person's statements, and the ids
//! that chairmanships, standing roles and meetings cite, resolved to items.
//!
//! Built once, on first use (the first profile or meeting popup), so a profile reads a slice
//! instead of scanning the data set (an archive holds 100,000 statements), and loading does
//! not pay for links nobody looked at: on a 2,000-meeting archive they take as long as the
//! rest of the indexes together.

use std::collections::HashMap;
use std::ops::Range;

use super::{Dataset, ItemRef, index};

/// A role held by a participant: a standing `[[assignment]]`, or one a decision gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RoleRef {
    /// A standing role, by index into [`Dataset::assignments`].
    Standing(usize),
    /// A decision's assignment: meeting, decision, position among its assignments.
    Decision(usize, usize, usize),
}

/// A chairmanship term of a participant and the meetings held under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChairTerm {
    /// Index into [`Dataset::chairmanships`].
    pub chairmanship: usize,
    /// The meetings the participant chaired within the term: positions in
    /// [`Dataset::chaired`] of the participant.
    pub meetings: Range<usize>,
}

/// The links, built on first use. Derived from the rest of the data set, so two data sets
/// equal in everything else are equal whether or not either has built them yet.
#[derive(Debug, Clone, Default)]
pub struct Lazy(std::sync::OnceLock<Links>);

impl PartialEq for Lazy {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// The cross-meeting links, by participant, person, chairmanship, standing role and meeting.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Links {
    /// For each participant, its roles: standing ones in data order, then decisions' ones in
    /// meeting order.
    pub roles: Vec<Vec<RoleRef>>,
    /// For each participant, its chairmanship terms, earliest first.
    pub terms: Vec<Vec<ChairTerm>>,
    /// For each participant, the meetings it chaired outside every recorded term: positions
    /// in [`Dataset::chaired`].
    pub outside_terms: Vec<Vec<usize>>,
    /// For each person, the statements whose speaker is one of their spellings.
    pub person_statements: Vec<Vec<ItemRef>>,
    /// For each chairmanship, the decision that conferred it, when its id names one.
    pub chair_decision: Vec<Option<ItemRef>>,
    /// For each standing role, the decision that made it, when its id names one.
    pub role_decision: Vec<Option<ItemRef>>,
    /// For each meeting, its related meetings and events.
    pub related: Vec<Vec<ItemRef>>,
}

impl Dataset {
    fn items_of(&self, p: usize, rank: u8) -> &[ItemRef] {
        let items = self.participant_items.get(p).map_or(&[][..], Vec::as_slice);
        index::of_rank(items, rank)
    }

    /// The meetings held under a participant's chairmanship (`ItemRef::Meeting`), by date.
    pub fn chaired(&self, p: usize) -> &[ItemRef] {
        self.items_of(p, 0)
    }

    /// The decisions about a participant (naming it among their participants or giving it a
    /// role), by meeting.
    pub fn decisions_about(&self, p: usize) -> &[ItemRef] {
        self.items_of(p, 2)
    }

    /// The statements made for a participant, by meeting.
    pub fn statements_for(&self, p: usize) -> &[ItemRef] {
        self.items_of(p, 3)
    }

    /// The events a participant organised (`ItemRef::Event`), by date, the undated last.
    pub fn events_by(&self, p: usize) -> &[ItemRef] {
        self.items_of(p, 4)
    }

    /// The cross-meeting links, built the first time they are asked for.
    pub fn links(&self) -> &Links {
        self.links.0.get_or_init(|| build(self))
    }

    /// Whether the links are built yet: the terminal builds them off the UI thread, so that
    /// no frame pays for them.
    pub fn links_built(&self) -> bool {
        self.links.0.get().is_some()
    }

    /// The statements of a person, in any of their spellings, by meeting.
    pub fn statements_of(&self, person: usize) -> &[ItemRef] {
        self.links()
            .person_statements
            .get(person)
            .map_or(&[], Vec::as_slice)
    }
}

/// Builds the links. `participant_items` must be built already (the chaired meetings come
/// from it).
pub fn build(data: &Dataset) -> Links {
    let ids = cited(data);
    let resolve = |id: &Option<String>| id.as_deref().and_then(|id| ids.get(id).copied());
    let mut links = Links {
        roles: vec![Vec::new(); data.participants.len()],
        terms: vec![Vec::new(); data.participants.len()],
        outside_terms: vec![Vec::new(); data.participants.len()],
        person_statements: vec![Vec::new(); data.persons.len()],
        chair_decision: data
            .chairmanships
            .iter()
            .map(|c| resolve(&c.decision))
            .collect(),
        role_decision: data
            .assignments
            .iter()
            .map(|a| resolve(&a.decision))
            .collect(),
        related: data
            .meetings
            .iter()
            .map(|m| {
                m.related
                    .iter()
                    .filter_map(|id| ids.get(id.as_str()).copied())
                    .collect()
            })
            .collect(),
    };
    for (i, a) in data.assignments.iter().enumerate() {
        if let Some(list) = links.roles.get_mut(a.participant) {
            list.push(RoleRef::Standing(i));
        }
    }
    for (mi, m) in data.meetings.iter().enumerate() {
        for (di, d) in m.decisions.iter().enumerate() {
            for (k, a) in d.assignments.iter().enumerate() {
                if let Some(list) = links.roles.get_mut(a.participant) {
                    list.push(RoleRef::Decision(mi, di, k));
                }
            }
        }
        for (si, s) in m.statements.iter().enumerate() {
            if let Some(list) = s.person.and_then(|p| links.person_statements.get_mut(p)) {
                list.push(ItemRef::Statement(mi, si));
            }
        }
    }
    for p in 0..data.participants.len() {
        let (terms, outside) = terms_of(data, p);
        links.terms[p] = terms;
        links.outside_terms[p] = outside;
    }
    links
}

/// The ids that chairmanships, standing roles and meetings cite (few), resolved to items
/// in one walk (meeting, decision and event ids share one namespace).
fn cited(data: &Dataset) -> HashMap<&str, ItemRef> {
    let mut wanted: HashMap<&str, Option<ItemRef>> = HashMap::new();
    let decisions = data.chairmanships.iter().map(|c| &c.decision);
    let roles = data.assignments.iter().map(|a| &a.decision);
    for id in decisions.chain(roles).flatten() {
        wanted.insert(id, None);
    }
    for id in data.meetings.iter().flat_map(|m| &m.related) {
        wanted.insert(id, None);
    }
    if wanted.is_empty() {
        return HashMap::new();
    }
    let mut found = |id: &str, item: ItemRef| {
        if let Some(slot) = wanted.get_mut(id) {
            *slot = Some(item);
        }
    };
    for (mi, m) in data.meetings.iter().enumerate() {
        found(&m.id, ItemRef::Meeting(mi));
        for (di, d) in m.decisions.iter().enumerate() {
            found(&d.id, ItemRef::Decision(mi, di));
        }
    }
    for (ei, e) in data.events.iter().enumerate() {
        found(&e.id, ItemRef::Event(ei));
    }
    wanted
        .into_iter()
        .filter_map(|(id, item)| Some((id, item?)))
        .collect()
}

/// A participant's terms with the meetings it chaired in each (meetings are sorted by date,
/// so each term's are a run), and the chaired meetings outside every term.
fn terms_of(data: &Dataset, p: usize) -> (Vec<ChairTerm>, Vec<usize>) {
    let chaired = data.chaired(p);
    let date = |r: &ItemRef| {
        r.meeting()
            .and_then(|m| data.meetings.get(m))
            .map(|m| m.date.first_day())
    };
    let mut mine: Vec<usize> = (0..data.chairmanships.len())
        .filter(|&c| data.chairmanships[c].participant == p)
        .collect();
    mine.sort_by_key(|&c| (data.chairmanships[c].from.first_day(), c));
    let mut covered = vec![false; chaired.len()];
    let terms = mine
        .into_iter()
        .map(|c| {
            let term = &data.chairmanships[c];
            let (from, until) = (term.from.first_day(), term.until.map(|u| u.last_day()));
            let start = chaired.partition_point(|r| date(r).is_some_and(|d| d < from));
            let end = chaired.partition_point(|r| {
                date(r).is_some_and(|d| d < from || until.is_none_or(|u| d <= u))
            });
            let end = end.max(start);
            covered[start..end].iter_mut().for_each(|c| *c = true);
            ChairTerm {
                chairmanship: c,
                meetings: start..end,
            }
        })
        .collect();
    let outside = (0..chaired.len()).filter(|&i| !covered[i]).collect();
    (terms, outside)
}
