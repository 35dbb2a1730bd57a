//! The coordination index: which state holds which role in which priority area, and when,
//! gathered from the `assignments` of decisions and the standing `[[assignment]]`s.
//!
//! [`Coordination::build`] reads the whole data set once (the app caches the result per data
//! set and builds it again after a reload); [`Coordination::grid`] then picks the roles in
//! force on one day, or all of them, as a grid of areas × states whose cells are runs of one
//! sorted list, so neither a frame nor a key press scans the data set.

use chrono::NaiveDate;

use super::{Assignment, Dataset, ItemRef, PartialDate};

mod grid;

pub use grid::Grid;

/// Where a role comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleSource {
    /// One of a decision's `assignments`: meeting, decision, position in the list.
    Decision {
        meeting: usize,
        decision: usize,
        at: usize,
    },
    /// A standing `[[assignment]]` by index, with the decision that made it (meeting,
    /// decision) when the data names one.
    Standing {
        index: usize,
        decision: Option<(usize, usize)>,
    },
}

/// One role of one state in one area, for a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Role {
    /// Index into [`Coordination::areas`].
    pub area: usize,
    /// Index into [`Coordination::states`].
    pub state: usize,
    pub source: RoleSource,
    /// When it began: its `from`, else the date of the meeting whose decision gave it.
    pub start: Option<PartialDate>,
    /// Its `until`, if the data gives one.
    pub until: Option<PartialDate>,
}

impl Role {
    /// Whether the role is in force on `day`: from the first day of its start period to the
    /// last day of its `until` period (an unknown start or end leaves that side open).
    pub fn in_force(&self, day: NaiveDate) -> bool {
        self.start.is_none_or(|s| s.first_day() <= day)
            && self.until.is_none_or(|u| day <= u.last_day())
    }

    /// The assignment as written in the data.
    pub fn assignment<'a>(&self, data: &'a Dataset) -> Option<&'a Assignment> {
        match self.source {
            RoleSource::Decision {
                meeting,
                decision,
                at,
            } => data
                .meetings
                .get(meeting)?
                .decisions
                .get(decision)?
                .assignments
                .get(at),
            RoleSource::Standing { index, .. } => data.assignments.get(index),
        }
    }

    /// The decision that gave the role, when the data names it.
    pub fn decision(&self) -> Option<ItemRef> {
        match self.source {
            RoleSource::Decision {
                meeting, decision, ..
            }
            | RoleSource::Standing {
                decision: Some((meeting, decision)),
                ..
            } => Some(ItemRef::Decision(meeting, decision)),
            RoleSource::Standing { decision: None, .. } => None,
        }
    }
}

/// Every role in the data set, sorted by area, state, then newest first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Coordination {
    /// The areas (priority areas or dimensions) as written, sorted without regard to case.
    pub areas: Vec<String>,
    /// Participant indices of everyone holding a role, sorted by name.
    pub states: Vec<usize>,
    pub roles: Vec<Role>,
    /// The days on which the roles in force change, sorted.
    changes: Vec<NaiveDate>,
}

impl Coordination {
    /// Reads every decision's assignments and every standing assignment.
    pub fn build(data: &Dataset) -> Self {
        let mut named = Named::new(
            data.assignments
                .iter()
                .filter_map(|a| a.decision.as_deref()),
        );
        // Each role with the index of its area among `exact` (areas as written, in the order
        // met): there are few areas, so a linear look-up beats hashing every role's.
        let mut found: Vec<(&Assignment, RoleSource, Option<PartialDate>, usize)> = Vec::new();
        let mut exact: Vec<&str> = Vec::new();
        for (mi, m) in data.meetings.iter().enumerate() {
            for (di, d) in m.decisions.iter().enumerate() {
                named.found(&d.id, (mi, di));
                for (at, a) in d.assignments.iter().enumerate() {
                    let source = RoleSource::Decision {
                        meeting: mi,
                        decision: di,
                        at,
                    };
                    found.push((a, source, Some(m.date), intern(&mut exact, &a.area)));
                }
            }
        }
        for (index, a) in data.assignments.iter().enumerate() {
            let decision = a.decision.as_deref().and_then(|id| named.get(id));
            let made = decision
                .and_then(|(m, _)| data.meetings.get(m))
                .map(|m| m.date);
            let source = RoleSource::Standing { index, decision };
            found.push((a, source, made, intern(&mut exact, &a.area)));
        }
        // Areas are shown sorted without regard to case.
        let mut order: Vec<usize> = (0..exact.len()).collect();
        order.sort_by_cached_key(|&i| (exact[i].to_lowercase(), exact[i]));
        let mut area_of = vec![0; exact.len()];
        for (pos, &i) in order.iter().enumerate() {
            area_of[i] = pos;
        }
        let areas: Vec<String> = order.iter().map(|&i| exact[i].to_owned()).collect();
        // States by name; a participant's index leads to its column directly.
        let mut state_of = vec![usize::MAX; data.participants.len()];
        for (a, ..) in &found {
            if let Some(slot) = state_of.get_mut(a.participant) {
                *slot = 0;
            }
        }
        let mut states: Vec<usize> = (0..state_of.len()).filter(|&p| state_of[p] == 0).collect();
        let name = |p: &usize| data.participants.get(*p).map(|p| p.name.to_lowercase());
        states.sort_by_cached_key(|p| (name(p), *p));
        for (pos, &p) in states.iter().enumerate() {
            state_of[p] = pos;
        }
        let mut roles: Vec<Role> = found
            .iter()
            .map(|&(a, source, made, area)| Role {
                area: area_of[area],
                state: state_of.get(a.participant).copied().unwrap_or(0),
                source,
                start: a.from.or(made),
                until: a.until,
            })
            .collect();
        roles.sort_by_key(|r| {
            let newest = std::cmp::Reverse(r.start.map(|s| s.first_day()));
            (r.area, r.state, newest)
        });
        let mut changes: Vec<NaiveDate> = roles
            .iter()
            .flat_map(|r| {
                let end = r.until.and_then(|u| u.last_day().succ_opt());
                [r.start.map(|s| s.first_day()), end]
            })
            .flatten()
            .collect();
        changes.sort();
        changes.dedup();
        Coordination {
            areas,
            states,
            roles,
            changes,
        }
    }

    /// The first day after `day` on which the roles in force change.
    pub fn next_change(&self, day: NaiveDate) -> Option<NaiveDate> {
        let k = self.changes.partition_point(|&c| c <= day);
        self.changes.get(k).copied()
    }

    /// The first day of the roles in force before those of `day`: the change before the
    /// last one, or the day before the first change.
    pub fn prev_change(&self, day: NaiveDate) -> Option<NaiveDate> {
        match self.changes.partition_point(|&c| c <= day) {
            0 => None,
            1 => self.changes[0].pred_opt(),
            k => Some(self.changes[k - 2]),
        }
    }
}

/// The position of `area` among the areas met so far, adding it when new.
fn intern<'a>(exact: &mut Vec<&'a str>, area: &'a str) -> usize {
    exact.iter().position(|x| *x == area).unwrap_or_else(|| {
        exact.push(area);
        exact.len() - 1
    })
}

/// The few decision ids that standing assignments name, and where those decisions are. A
/// large archive has tens of thousands of decisions: a bit per fingerprint (length, first
/// and last byte) turns away almost all of them before any comparison of whole ids.
struct Named<'a> {
    ids: Vec<(&'a str, Option<(usize, usize)>)>,
    prints: [u64; 16],
}

impl<'a> Named<'a> {
    fn new(ids: impl Iterator<Item = &'a str>) -> Self {
        let mut ids: Vec<(&str, Option<(usize, usize)>)> = ids.map(|id| (id, None)).collect();
        ids.sort_unstable();
        ids.dedup();
        let mut prints = [0u64; 16];
        for (id, _) in &ids {
            let p = print(id);
            prints[p / 64] |= 1 << (p % 64);
        }
        Named { ids, prints }
    }

    /// Notes where decision `id` is, if it is one of the named.
    fn found(&mut self, id: &str, at: (usize, usize)) {
        let p = print(id);
        if self.prints[p / 64] & (1 << (p % 64)) == 0 {
            return;
        }
        if let Ok(k) = self.ids.binary_search_by(|(n, _)| (*n).cmp(id)) {
            self.ids[k].1 = Some(at);
        }
    }

    /// Where the named decision `id` is.
    fn get(&self, id: &str) -> Option<(usize, usize)> {
        let k = self.ids.binary_search_by(|(n, _)| (*n).cmp(id)).ok()?;
        self.ids[k].1
    }
}

/// A fingerprint of an id, below 1024.
fn print(id: &str) -> usize {
    let b = id.as_bytes();
    let (first, last) = (b.first().copied(), b.last().copied());
    let mixed = b.len().wrapping_mul(0x9E37)
        ^ usize::from(first.unwrap_or(0)) << 3
        ^ usize::from(last.unwrap_or(0)) << 6;
    mixed % 1024
}
