//! What the statistics should count, worked out from the data files read with `toml::Table`
//! (nothing of the program's loader), from the rules the screen states: a statement or
//! decision counts in its meeting's year, a meeting or event in the year it starts, an undated
//! event only when every year is counted, an event once per organiser (named twice: once), actions trimmed and in
//! lower case; narrowed to a participant, its statements, the decisions naming it or giving it
//! a role, the events it organised, and the meetings where it chaired or has either.

use std::collections::{BTreeMap, HashMap};

use toml::{Table, Value};

pub use super::common::texts;

/// One meeting file's facts.
struct Meeting {
    year: i32,
    chair: Option<String>,
    /// Each statement's participant code.
    statements: Vec<Option<String>>,
    /// Each decision's action as written, and every code it names or gives a role.
    decisions: Vec<(String, Vec<String>)>,
}

/// One event's year and organisers' codes.
struct Event {
    year: Option<i32>,
    organizers: Vec<String>,
}

/// A data set's facts, as the files give them.
pub struct Facts {
    names: HashMap<String, String>,
    meetings: Vec<Meeting>,
    events: Vec<Event>,
}

/// What the screen should show for a filter.
#[derive(Debug, Default, PartialEq)]
pub struct Expected {
    /// Label → count, no zeros.
    pub statements: BTreeMap<String, u32>,
    pub decisions: BTreeMap<String, u32>,
    pub organisers: BTreeMap<String, u32>,
    /// Year → (meetings, events, statements, decisions), years with any.
    pub per_year: BTreeMap<i32, (u32, u32, u32, u32)>,
    /// Meetings, events (the undated too when every year is counted), statements, decisions.
    pub totals: (u32, u32, u32, u32),
    pub undated_events: u32,
}

/// The year a TOML date value starts in: a date or a `"2021-06"`/`"2021"` string.
fn year_of(v: &Value) -> Option<i32> {
    match v {
        Value::Datetime(d) => d.date.map(|d| i32::from(d.year)),
        Value::String(s) => s.get(..4)?.parse().ok(),
        _ => None,
    }
}

fn strs(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}

fn tables<'a>(t: &'a Table, key: &str) -> impl Iterator<Item = &'a Table> {
    t.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_table)
}

fn code(t: &Table, key: &str) -> Option<String> {
    t.get(key).and_then(Value::as_str).map(str::to_owned)
}

impl Facts {
    /// Reads `(path, text)` pairs.
    pub fn parse(files: &[(String, String)]) -> Facts {
        let mut facts = Facts {
            names: HashMap::new(),
            meetings: Vec::new(),
            events: Vec::new(),
        };
        for (_, text) in files {
            let t: Table = text.parse().unwrap();
            for p in tables(&t, "participant") {
                let name = code(p, "name").unwrap();
                facts.names.insert(code(p, "code").unwrap(), name);
            }
            for e in tables(&t, "event") {
                facts.events.push(Event {
                    year: e.get("date").and_then(year_of),
                    organizers: strs(e.get("organizers")),
                });
            }
            let Some(m) = t.get("meeting").and_then(Value::as_table) else {
                continue;
            };
            let decisions = tables(&t, "decision")
                .map(|d| {
                    let mut named = strs(d.get("participants"));
                    named.extend(tables(d, "assignments").filter_map(|a| code(a, "participant")));
                    (code(d, "action").unwrap(), named)
                })
                .collect();
            facts.meetings.push(Meeting {
                year: m.get("date").and_then(year_of).unwrap(),
                chair: code(m, "chairmanship"),
                statements: tables(&t, "statement")
                    .map(|s| code(s, "participant"))
                    .collect(),
                decisions,
            });
        }
        facts
    }

    /// Reads every `*.toml` file under `dir`.
    pub fn read(dir: &str) -> Facts {
        Facts::parse(&texts(dir))
    }

    /// Every participant code.
    pub fn codes(&self) -> Vec<String> {
        let mut c: Vec<String> = self.names.keys().cloned().collect();
        c.sort();
        c
    }

    /// The first and last year of any dated meeting or event.
    pub fn span(&self) -> (i32, i32) {
        let years = self.meetings.iter().map(|m| Some(m.year));
        let years = years.chain(self.events.iter().map(|e| e.year)).flatten();
        let min = years.clone().min().unwrap();
        (min, years.max().unwrap())
    }

    fn name(&self, code: &str) -> String {
        self.names[code].clone()
    }

    /// The counts of the years `years` (every year: `None`) of the items of `who` (everyone:
    /// `None`).
    pub fn expected(&self, years: Option<(i32, i32)>, who: Option<&str>) -> Expected {
        let within = |y: Option<i32>| match years {
            None => true,
            Some((a, b)) => y.is_some_and(|y| a <= y && y <= b),
        };
        let mut x = Expected::default();
        for m in self.meetings.iter().filter(|m| within(Some(m.year))) {
            let mut involved = who.is_none() || m.chair.as_deref() == who;
            let row = x.per_year.entry(m.year).or_default();
            for s in &m.statements {
                if who.is_some() && s.as_deref() != who {
                    continue;
                }
                involved = true;
                let label = s
                    .as_deref()
                    .map_or("no participant named".to_owned(), |c| self.name(c));
                *x.statements.entry(label).or_default() += 1;
                row.2 += 1;
            }
            for (action, named) in &m.decisions {
                if who.is_some_and(|w| !named.iter().any(|n| n == w)) {
                    continue;
                }
                involved = true;
                *x.decisions.entry(action.trim().to_lowercase()).or_default() += 1;
                row.3 += 1;
            }
            if involved {
                row.0 += 1;
            }
        }
        for e in &self.events {
            if !within(e.year) || who.is_some_and(|w| !e.organizers.iter().any(|o| o == w)) {
                continue;
            }
            match e.year {
                Some(y) => x.per_year.entry(y).or_default().1 += 1,
                None => x.undated_events += 1,
            }
            let distinct: std::collections::BTreeSet<&String> = e.organizers.iter().collect();
            for o in distinct {
                *x.organisers.entry(self.name(o)).or_default() += 1;
            }
            if e.organizers.is_empty() {
                *x.organisers
                    .entry("no organiser named".to_owned())
                    .or_default() += 1;
            }
        }
        x.per_year.retain(|_, r| *r != (0, 0, 0, 0));
        for r in x.per_year.values() {
            x.totals.0 += r.0;
            x.totals.1 += r.1;
            x.totals.2 += r.2;
            x.totals.3 += r.3;
        }
        x.totals.1 += x.undated_events;
        x
    }
}
