//! Counts across the data set for the statistics screen: statements per participant,
//! meetings and events per year, decisions by action, events by organiser.
//!
//! A [`Tally`] counts the items once, per year and key (participant, action), so that a year
//! range is a sum over a few rows ([`Tally::counts`]) and never a scan of 100,000 statements.
//! The data set's own tally is built on first use and kept with it ([`Dataset::tally`]); a
//! participant's is built from its item lists ([`Dataset::statements_for`] and its siblings),
//! so narrowing to one costs what its items cost.
//!
//! The rules, as the screen states them: a statement or decision counts in the year of its
//! meeting's date; a meeting or event in the year its date starts; an undated event in no
//! year, so only when every year is shown. An event with several organisers counts once for
//! each of them (once for one named twice). Actions are grouped as written, trimmed and in
//! lower case ("Approved" is "approved").

mod counts;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::Datelike;

use super::{Dataset, Event, ItemRef, Meeting, PartialDate, Statement};
pub use counts::{Bar, Counts, Key, NO_ORGANISER, NO_PARTICIPANT, YearCounts};

/// Whose items a tally counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every item of the data set.
    All,
    /// The items of one participant (the lens's rule): the statements made for it, the
    /// decisions about it, the events it organised, and the meetings where it chaired or has
    /// a decision or a statement.
    Participant(usize),
}

/// Counts of one scope's items by year (the data set's span, then a row for undated items)
/// and key.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    /// The first and last year of any dated meeting or event of the data set: the axis of
    /// every tally of it, whatever its scope.
    pub span: Option<(i32, i32)>,
    /// Meetings per row.
    meetings: Vec<u32>,
    /// Events per row.
    events: Vec<u32>,
    /// Statements per row, by participant (the column past the last participant: none named).
    statements: Table,
    /// Events per row, by organiser (the column past the last participant: none named).
    organisers: Table,
    /// The distinct actions, normalised, in the order first met.
    actions: Vec<String>,
    /// Decisions per row, by position in `actions`.
    decisions: Table,
}

/// Rows of counts by column.
#[derive(Debug, Clone, Default, PartialEq)]
struct Table(Vec<Vec<u32>>);

impl Table {
    /// `rows` rows of `cols` zeros (a row grows when a later column is counted).
    fn dense(rows: usize, cols: usize) -> Self {
        Table(vec![vec![0; cols]; rows])
    }

    fn add(&mut self, row: usize, col: usize) {
        if let Some(r) = self.0.get_mut(row) {
            if r.len() <= col {
                r.resize(col + 1, 0);
            }
            r[col] += 1;
        }
    }
}

/// The first year of a date.
fn year(d: &PartialDate) -> i32 {
    d.first_day().year()
}

/// The first and last year of every dated meeting and event.
fn span(data: &Dataset) -> Option<(i32, i32)> {
    let dated = data.meetings.iter().map(|m| &m.date);
    let years = dated.chain(data.events.iter().filter_map(|e| e.date.as_ref()));
    years.map(year).fold(None, |acc, y| match acc {
        None => Some((y, y)),
        Some((a, b)) => Some((a.min(y), b.max(y))),
    })
}

impl Tally {
    /// Counts the items of a scope.
    pub fn build(data: &Dataset, scope: Scope) -> Tally {
        let span = span(data);
        let years = span.map_or(0, |(a, b)| (b - a + 1) as usize);
        let cols = data.participants.len() + 1;
        let mut b = Builder {
            data,
            t: Tally {
                span,
                meetings: vec![0; years + 1],
                events: vec![0; years + 1],
                statements: Table::dense(years + 1, cols),
                organisers: Table::dense(years + 1, cols),
                actions: Vec::new(),
                decisions: Table::dense(years + 1, 0),
            },
            raw: Vec::new(),
            raw_map: HashMap::new(),
            normal: HashMap::new(),
            none: cols - 1,
        };
        match scope {
            Scope::All => {
                for m in &data.meetings {
                    let row = b.t.row(Some(year(&m.date)));
                    b.t.meetings[row] += 1;
                    for st in &m.statements {
                        b.statement(row, st);
                    }
                    for d in &m.decisions {
                        b.decision(row, &d.action);
                    }
                }
                for e in &data.events {
                    b.event(e);
                }
            }
            Scope::Participant(p) => b.participant(p),
        }
        b.t
    }

    /// The row of a year (`None`: the undated row, the last).
    fn row(&self, year: Option<i32>) -> usize {
        let undated = self.meetings.len().saturating_sub(1);
        match (year, self.span) {
            (Some(y), Some((first, last))) if (first..=last).contains(&y) => (y - first) as usize,
            _ => undated,
        }
    }

    /// The distinct actions, normalised, in the order first met ([`Key::Action`] indexes
    /// it).
    pub fn actions(&self) -> &[String] {
        &self.actions
    }
}

/// How many spellings of actions are looked up in a list before a map.
const RAW_LIST: usize = 32;

/// A tally being counted, with the actions met so far.
struct Builder<'d> {
    data: &'d Dataset,
    t: Tally,
    /// Actions as written to their columns: nearly always a few verbs, repeated, so a short
    /// list searched in order beats hashing (measured: 3 ms against 17 ms for the 40,000
    /// decisions of the 2,000-meeting corpus); past [`RAW_LIST`] spellings, a map.
    raw: Vec<(&'d str, usize)>,
    raw_map: HashMap<&'d str, usize>,
    /// Normalised actions to their columns, for spellings not met before.
    normal: HashMap<String, usize>,
    /// The column of items that name no participant.
    none: usize,
}

impl<'d> Builder<'d> {
    fn statement(&mut self, row: usize, st: &Statement) {
        let col = st.participant.unwrap_or(self.none).min(self.none);
        self.t.statements.add(row, col);
    }

    /// Counts a decision's action, found by its spelling (and, for a new spelling, by its
    /// normalised form), without an allocation for a spelling met before.
    fn decision(&mut self, row: usize, action: &'d str) {
        let known = match self.raw.iter().find(|(a, _)| *a == action) {
            Some(&(_, col)) => Some(col),
            None if self.raw.len() >= RAW_LIST => self.raw_map.get(action).copied(),
            None => None,
        };
        let col = match known {
            Some(col) => col,
            None => {
                let key = normalise(action).into_owned();
                let next = self.t.actions.len();
                let col = *self.normal.entry(key.clone()).or_insert(next);
                if col == next {
                    self.t.actions.push(key);
                }
                if self.raw.len() < RAW_LIST {
                    self.raw.push((action, col));
                } else {
                    self.raw_map.insert(action, col);
                }
                col
            }
        };
        self.t.decisions.add(row, col);
    }

    fn event(&mut self, e: &Event) {
        let row = self.t.row(e.date.as_ref().map(year));
        self.t.events[row] += 1;
        // An organiser named twice in one event counts once.
        for (i, &o) in e.organizers.iter().enumerate() {
            if !e.organizers[..i].contains(&o) {
                self.t.organisers.add(row, o.min(self.none));
            }
        }
        if e.organizers.is_empty() {
            self.t.organisers.add(row, self.none);
        }
    }

    /// The items of one participant, from its lists; each meeting counted once.
    fn participant(&mut self, p: usize) {
        let data = self.data;
        let mut met: Vec<usize> = data.chaired(p).iter().filter_map(|r| r.meeting()).collect();
        let row_of = |t: &Tally, m: &Meeting| t.row(Some(year(&m.date)));
        for r in data.decisions_about(p) {
            if let ItemRef::Decision(m, d) = *r
                && let Some(mt) = data.meetings.get(m)
                && let Some(dt) = mt.decisions.get(d)
            {
                let row = row_of(&self.t, mt);
                self.decision(row, &dt.action);
                met.push(m);
            }
        }
        for r in data.statements_for(p) {
            if let ItemRef::Statement(m, s) = *r
                && let Some(mt) = data.meetings.get(m)
                && let Some(st) = mt.statements.get(s)
            {
                let row = row_of(&self.t, mt);
                self.statement(row, st);
                met.push(m);
            }
        }
        met.sort_unstable();
        met.dedup();
        for m in met.into_iter().filter_map(|m| data.meetings.get(m)) {
            let row = row_of(&self.t, m);
            self.t.meetings[row] += 1;
        }
        for r in data.events_by(p) {
            if let ItemRef::Event(e) = *r
                && let Some(ev) = data.events.get(e)
            {
                self.event(ev);
            }
        }
    }
}

/// An action as it is grouped: trimmed, in lower case.
pub fn normalise(action: &str) -> Cow<'_, str> {
    let t = action.trim();
    if t.chars().any(char::is_uppercase) {
        Cow::Owned(t.to_lowercase())
    } else {
        Cow::Borrowed(t)
    }
}

/// The data set's tally, built on first use. Derived from the rest of the data set, so two
/// data sets equal in everything else are equal whether or not either has built it yet.
#[derive(Debug, Clone, Default)]
pub struct Lazy(OnceLock<Tally>);

impl PartialEq for Lazy {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Dataset {
    /// Every item counted by year and key, built the first time it is asked for.
    pub fn tally(&self) -> &Tally {
        self.stats.0.get_or_init(|| Tally::build(self, Scope::All))
    }

    /// Whether the tally is built yet (the terminal builds it off the UI thread).
    pub fn tally_built(&self) -> bool {
        self.stats.0.get().is_some()
    }
}
