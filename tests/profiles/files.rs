//! What the data files say, read with `toml::Table` and nothing of the program's loader, so
//! the profiles' lists are checked against counts computed independently of the code under
//! test.

use toml::{Table, Value};

pub use super::common::texts;

/// A data set's files as plain TOML tables, in path order.
pub struct Files(pub Vec<Table>);

impl Files {
    /// Reads `(path, text)` pairs.
    pub fn parse(files: &[(String, String)]) -> Files {
        let mut sorted: Vec<&(String, String)> = files.iter().collect();
        sorted.sort_by(|a, b| a.0.cmp(&b.0));
        Files(sorted.iter().map(|(_, t)| t.parse().unwrap()).collect())
    }

    /// Reads every `*.toml` file under `dir`.
    pub fn read(dir: &str) -> Files {
        Files::parse(&texts(dir))
    }

    /// Every entry of an array of tables, with the meeting id of its file (if any).
    fn entries(&self, key: &str) -> Vec<(Option<String>, &Table)> {
        let mut out = Vec::new();
        for t in &self.0 {
            let meeting = t
                .get("meeting")
                .and_then(|m| m.get("id"))
                .and_then(Value::as_str)
                .map(str::to_owned);
            for v in t.get(key).and_then(Value::as_array).into_iter().flatten() {
                if let Some(e) = v.as_table() {
                    out.push((meeting.clone(), e));
                }
            }
        }
        out
    }

    /// Statements made for `code`: (meeting id, summary or quote).
    pub fn statements_for(&self, code: &str) -> Vec<(String, String)> {
        self.entries("statement")
            .into_iter()
            .filter(|(_, s)| s.get("participant").and_then(Value::as_str) == Some(code))
            .map(|(m, s)| (m.unwrap_or_default(), said(s)))
            .collect()
    }

    /// Statements whose speaker is one of `spellings`.
    pub fn statements_by(&self, spellings: &[&str]) -> Vec<(String, String)> {
        self.entries("statement")
            .into_iter()
            .filter(|(_, s)| {
                let speaker = s.get("speaker").and_then(Value::as_str);
                speaker.is_some_and(|sp| spellings.contains(&sp))
            })
            .map(|(m, s)| (m.unwrap_or_default(), said(s)))
            .collect()
    }

    /// Decisions naming `code` among their participants or giving it a role:
    /// (meeting id, subject).
    pub fn decisions_about(&self, code: &str) -> Vec<(String, String)> {
        self.entries("decision")
            .into_iter()
            .filter(|(_, d)| {
                codes(d.get("participants")).contains(&code) || assignment_codes(d).contains(&code)
            })
            .map(|(m, d)| (m.unwrap_or_default(), str_of(d, "subject")))
            .collect()
    }

    /// Titles of the events `code` organised.
    pub fn events_by(&self, code: &str) -> Vec<String> {
        self.entries("event")
            .into_iter()
            .filter(|(_, e)| codes(e.get("organizers")).contains(&code))
            .map(|(_, e)| str_of(e, "title"))
            .collect()
    }

    /// Roles of `code`: (role, area), standing ones and decisions' ones.
    pub fn roles(&self, code: &str) -> Vec<(String, String)> {
        let standing = self.entries("assignment").into_iter().map(|(_, a)| a);
        let given = self.entries("decision").into_iter().flat_map(|(_, d)| {
            d.get("assignments")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_table)
        });
        standing
            .chain(given)
            .filter(|a| a.get("participant").and_then(Value::as_str) == Some(code))
            .map(|a| (str_of(a, "role"), str_of(a, "area")))
            .collect()
    }

    /// How many chairmanship terms `code` held.
    pub fn terms(&self, code: &str) -> usize {
        self.entries("chairmanship")
            .into_iter()
            .filter(|(_, c)| c.get("participant").and_then(Value::as_str) == Some(code))
            .count()
    }

    /// Ids of the meetings held under `code`'s chairmanship.
    pub fn chaired(&self, code: &str) -> Vec<String> {
        self.0
            .iter()
            .filter_map(|t| t.get("meeting")?.as_table())
            .filter(|m| m.get("chairmanship").and_then(Value::as_str) == Some(code))
            .map(|m| str_of(m, "id"))
            .collect()
    }

    /// Every participant code.
    pub fn codes(&self) -> Vec<String> {
        self.entries("participant")
            .into_iter()
            .map(|(_, p)| str_of(p, "code"))
            .collect()
    }

    /// Every person: name, then aliases.
    pub fn persons(&self) -> Vec<Vec<String>> {
        self.entries("person")
            .into_iter()
            .map(|(_, p)| {
                let mut names = vec![str_of(p, "name")];
                names.extend(codes(p.get("aliases")).into_iter().map(str::to_owned));
                names
            })
            .collect()
    }
}

fn str_of(t: &Table, key: &str) -> String {
    t.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

fn said(s: &Table) -> String {
    s.get("summary")
        .or_else(|| s.get("quote"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

fn codes(v: Option<&Value>) -> Vec<&str> {
    v.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

fn assignment_codes(d: &Table) -> Vec<&str> {
    d.get("assignments")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|a| a.get("participant")?.as_str())
        .collect()
}
