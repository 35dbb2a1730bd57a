//! The coordination index: which state holds which role in which priority area, and when,
//! gathered from the `assignments` of decisions and the standing `[[assignment]]`s.
//!
//! [`Coordination::build`] reads the whole data set once (the app caches the result per data
//! set and builds it again after a reload); [`Coordination::grid`] then picks the roles in
//! force on one day, or all of them, as a grid of areas × states whose cells are runs of one
//! sorted list, so neither a frame nor a key press scans the data set.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{Assignment, Dataset, ItemRef, PartialDate};

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
        let mut found: Vec<(&Assignment, RoleSource, Option<PartialDate>)> = Vec::new();
        let mut decisions: HashMap<&str, (usize, usize)> = HashMap::new();
        for (mi, m) in data.meetings.iter().enumerate() {
            for (di, d) in m.decisions.iter().enumerate() {
                decisions.insert(d.id.as_str(), (mi, di));
                for (at, a) in d.assignments.iter().enumerate() {
                    let source = RoleSource::Decision {
                        meeting: mi,
                        decision: di,
                        at,
                    };
                    found.push((a, source, Some(m.date)));
                }
            }
        }
        for (index, a) in data.assignments.iter().enumerate() {
            let decision = a
                .decision
                .as_deref()
                .and_then(|id| decisions.get(id).copied());
            let made = decision
                .and_then(|(m, _)| data.meetings.get(m))
                .map(|m| m.date);
            found.push((a, RoleSource::Standing { index, decision }, made));
        }
        let mut areas: Vec<String> = found.iter().map(|(a, ..)| a.area.clone()).collect();
        areas.sort_by_cached_key(|a| (a.to_lowercase(), a.clone()));
        areas.dedup();
        let mut states: Vec<usize> = found.iter().map(|(a, ..)| a.participant).collect();
        let name = |p: &usize| data.participants.get(*p).map(|p| p.name.to_lowercase());
        states.sort_by_cached_key(|p| (name(p), *p));
        states.dedup();
        let area_at: HashMap<&str, usize> = areas
            .iter()
            .enumerate()
            .map(|(i, a)| (a.as_str(), i))
            .collect();
        let state_at: HashMap<usize, usize> =
            states.iter().enumerate().map(|(i, &p)| (p, i)).collect();
        let mut roles: Vec<Role> = found
            .iter()
            .map(|&(a, source, made)| Role {
                area: area_at.get(a.area.as_str()).copied().unwrap_or(0),
                state: state_at.get(&a.participant).copied().unwrap_or(0),
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

    /// The roles in force on `day`, or every role when `day` is `None`.
    pub fn grid(&self, day: Option<NaiveDate>) -> Grid {
        let roles: Vec<usize> = (0..self.roles.len())
            .filter(|&i| day.is_none_or(|d| self.roles[i].in_force(d)))
            .collect();
        let mut rows: Vec<usize> = roles.iter().map(|&i| self.roles[i].area).collect();
        rows.dedup();
        let mut cols: Vec<usize> = roles.iter().map(|&i| self.roles[i].state).collect();
        cols.sort_unstable();
        cols.dedup();
        let mut cells: Vec<Cell> = Vec::new();
        for (k, &i) in roles.iter().enumerate() {
            let r = &self.roles[i];
            let row = rows.binary_search(&r.area).unwrap_or(0);
            let col = cols.binary_search(&r.state).unwrap_or(0);
            match cells.last_mut() {
                Some(c) if c.row == row && c.col == col => c.len += 1,
                _ => cells.push(Cell {
                    row,
                    col,
                    first: k,
                    len: 1,
                }),
            }
        }
        Grid {
            day,
            rows,
            cols,
            roles,
            cells,
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

/// A run of [`Grid::roles`] that share a row and a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cell {
    row: usize,
    col: usize,
    first: usize,
    len: usize,
}

/// The roles in force on one day (or at any time) as areas × states.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Grid {
    /// The day it shows, or `None` for every role whatever its period.
    pub day: Option<NaiveDate>,
    /// Indices into [`Coordination::areas`], in order.
    pub rows: Vec<usize>,
    /// Indices into [`Coordination::states`], in order.
    pub cols: Vec<usize>,
    /// Indices into [`Coordination::roles`], by row, then column, newest first.
    pub roles: Vec<usize>,
    cells: Vec<Cell>,
}

impl Grid {
    /// The roles of a cell (indices into [`Coordination::roles`]), newest first.
    pub fn cell(&self, row: usize, col: usize) -> &[usize] {
        match self
            .cells
            .binary_search_by_key(&(row, col), |c| (c.row, c.col))
        {
            Ok(i) => {
                let c = self.cells[i];
                &self.roles[c.first..c.first + c.len]
            }
            Err(_) => &[],
        }
    }

    /// The row and column of the `k`th role of [`Grid::roles`].
    pub fn place(&self, k: usize) -> Option<(usize, usize)> {
        let i = self.cells.partition_point(|c| c.first + c.len <= k);
        self.cells
            .get(i)
            .filter(|c| c.first <= k)
            .map(|c| (c.row, c.col))
    }

    /// The position in [`Grid::roles`] of a cell's newest role, or of the first role of the
    /// nearest cell after it.
    pub fn first_at(&self, row: usize, col: usize) -> usize {
        let i = self.cells.partition_point(|c| (c.row, c.col) < (row, col));
        self.cells
            .get(i)
            .map_or(self.roles.len().saturating_sub(1), |c| c.first)
    }
}
