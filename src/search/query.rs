//! Reading what the user typed: filters (`by:`, `in:`, `kind:`), free text, and the alias
//! expansion that turns one spelling of a name into all of them.
//!
//! Parsing never fails: a filter value that names nothing becomes a note for the screen to show
//! ("no participant XYZ"), control characters are separators, and anything else is text.

use chrono::NaiveDate;

use super::alias::Aliases;
use super::fields::Kind;
use super::fold;
use crate::text::{Lines, OTHER_MARK, sanitize};

/// The longest query read, in characters; the rest is ignored.
const MAX_QUERY: usize = 512;
/// The most entities one query word expands to.
const MAX_EXPANSIONS: usize = 8;

/// One word to look up.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Word {
    /// The folded word.
    pub folded: String,
    /// Its transliteration ([`fold::ascii`]).
    pub ascii: String,
    /// Only whole-word matches count (a spelling of a name, not something typed).
    pub whole: bool,
}

impl Word {
    fn new(folded: &str, whole: bool) -> Word {
        Word {
            folded: folded.to_owned(),
            ascii: fold::ascii(folded),
            whole,
        }
    }
}

/// Words of which an item must contain every one (one spelling).
pub(crate) type Alternative = Vec<Word>;

/// One typed word (or phrase) and the spellings it expands to: an item matches the group
/// when it matches any alternative.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Group {
    pub alternatives: Vec<Alternative>,
}

/// Whom a `by:` filter names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum By {
    Participant(usize),
    Person(usize),
}

/// A parsed query.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Query {
    /// Every group must match.
    pub groups: Vec<Group>,
    /// Allowed kinds (`kind:`); empty for all.
    pub kinds: Vec<Kind>,
    /// The period (`in:`), as days from the common era, inclusive.
    pub period: Option<(i32, i32)>,
    pub by: Option<By>,
    /// Messages about filters that named nothing.
    pub notes: Vec<String>,
    /// A filter was given, even if it named nothing.
    pub filtered: bool,
}

/// Parses `input` against the spellings in `aliases`.
pub(crate) fn parse(input: &str, aliases: &Aliases) -> Query {
    // Escape sequences go as a whole (as in data files); what stands in for them separates.
    let short: String = input.chars().take(MAX_QUERY).collect();
    let clean: String = sanitize(&short, Lines::Single)
        .chars()
        .map(|c| {
            if is_placeholder(c) || c.is_control() || is_bidi(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    let mut q = Query::default();
    let mut text: Vec<&str> = Vec::new();
    for token in clean.split_whitespace() {
        let Some((key, value)) = token.split_once(':') else {
            text.push(token);
            continue;
        };
        match key.to_lowercase().as_str() {
            "by" => by(&mut q, value, aliases),
            "in" => period(&mut q, value),
            "kind" => kinds(&mut q, value),
            _ => {
                text.push(token);
                continue;
            }
        }
        q.filtered = true;
    }
    q.groups = groups(&text, aliases);
    q
}

/// The characters [`sanitize`] puts in place of control characters and escape sequences.
fn is_placeholder(c: char) -> bool {
    matches!(c, '\u{2400}'..='\u{2426}' | OTHER_MARK)
}

fn is_bidi(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn by(q: &mut Query, value: &str, aliases: &Aliases) {
    let value = value.replace('_', " ");
    if value.trim().is_empty() {
        q.notes.push("by: needs a participant, e.g. by:KAZ".into());
    } else if let Some(p) = aliases.participant(&value) {
        q.by = Some(By::Participant(p));
    } else if let Some(p) = aliases.person(&value) {
        q.by = Some(By::Person(p));
    } else {
        q.notes.push(format!("no participant {value}"));
        // Nothing matches an unknown participant: an impossible period says so.
        q.period = Some((1, 0));
    }
}

fn period(q: &mut Query, value: &str) {
    let mut parts = value.splitn(2, '-');
    let year = parts.next().and_then(|y| y.parse::<i32>().ok());
    let month = parts.next().map(|m| m.parse::<u32>().ok());
    let range = match (year, month) {
        (Some(y), None) => NaiveDate::from_ymd_opt(y, 1, 1).zip(NaiveDate::from_ymd_opt(y, 12, 31)),
        (Some(y), Some(Some(m))) => NaiveDate::from_ymd_opt(y, m, 1).zip(
            NaiveDate::from_ymd_opt(y + i32::from(m == 12), m % 12 + 1, 1)
                .and_then(|d| d.pred_opt()),
        ),
        _ => None,
    };
    use chrono::Datelike;
    match range {
        Some((a, b)) if (1..=9999).contains(&a.year()) => {
            q.period = Some((a.num_days_from_ce(), b.num_days_from_ce()));
        }
        _ => {
            q.notes.push(format!(
                "in:{value}: give a year or a month, e.g. in:2021 or in:2021-06"
            ));
            q.period = Some((1, 0));
        }
    }
}

/// The kind a `kind:` value names, or a message.
pub(crate) fn kind(value: &str) -> Result<Kind, String> {
    let v = value.to_lowercase();
    let v = match v.as_str() {
        "people" => "person",
        "glossary" | "acronym" | "acronyms" => "term",
        "agendas" | "item" | "items" => "agenda",
        "states" | "state" | "organisations" | "organizations" => "participant",
        s => s.strip_suffix('s').filter(|s| !s.is_empty()).unwrap_or(s),
    };
    let found: Vec<Kind> = Kind::ALL
        .into_iter()
        .filter(|k| !v.is_empty() && k.name().starts_with(v))
        .collect();
    match found.as_slice() {
        [one] => Ok(*one),
        [] => Err(format!(
            "no kind {value} (meeting, agenda, decision, statement, event, participant, person, term)"
        )),
        many => {
            let names: Vec<&str> = many.iter().map(|k| k.name()).collect();
            Err(format!("kind:{value} could be {}", names.join(" or ")))
        }
    }
}

fn kinds(q: &mut Query, value: &str) {
    for v in value.split(',').filter(|v| !v.is_empty()) {
        match kind(v) {
            Ok(k) if !q.kinds.contains(&k) => q.kinds.push(k),
            Ok(_) => {}
            Err(e) => q.notes.push(e),
        }
    }
    if value.is_empty() {
        q.notes
            .push("kind: needs a kind, e.g. kind:decision".into());
    }
}

/// The groups for the free text: the whole text as one group when it is a spelling of a
/// name, otherwise one group per word.
fn groups(text: &[&str], aliases: &Aliases) -> Vec<Group> {
    let all: Vec<String> = text.iter().flat_map(|t| fold::words(t)).collect();
    if all.len() > 1 {
        let named = aliases.phrase(&all.join(" "));
        if !named.is_empty() {
            let typed: Alternative = all.iter().map(|w| Word::new(w, false)).collect();
            return vec![expand(typed, named, aliases)];
        }
    }
    let mut out = Vec::new();
    let last = text.len().saturating_sub(1);
    for (n, raw) in text.iter().enumerate() {
        let code = aliases
            .code(raw)
            .filter(|_| raw.chars().all(|c| c.is_ascii_uppercase()));
        for w in fold::words(raw) {
            let mut named: Vec<u32> = code.into_iter().collect();
            named.extend_from_slice(aliases.phrase(&w));
            if w.chars().count() >= 3 {
                named.extend_from_slice(aliases.person_word(&w));
            }
            // A word of one or two letters before the last ("in", "of") is complete: matching
            // it as a prefix would touch most of the data for little.
            let whole = n < last && w.chars().count() <= 2;
            let mut group = expand(vec![Word::new(&w, whole)], &named, aliases);
            let syllables = fold::cjk_syllables(&w);
            if syllables.len() > 1 {
                let alt = syllables.iter().map(|s| Word::new(s, false)).collect();
                group.alternatives.push(alt);
            }
            out.push(group);
        }
    }
    out
}

/// A group of the typed words and every spelling of the `named` entities, leaving out
/// spellings that contain another alternative's words (they could only match less).
fn expand(typed: Alternative, named: &[u32], aliases: &Aliases) -> Group {
    let mut alternatives = vec![typed];
    let mut seen = Vec::new();
    for &e in named {
        if seen.contains(&e) || seen.len() >= MAX_EXPANSIONS {
            continue;
        }
        seen.push(e);
        let Some(entity) = aliases.entities.get(e as usize) else {
            continue;
        };
        for spelling in &entity.spellings {
            // Two-letter words ("of", "in") say little and cost much; keep them only when
            // they are all there is ("UN").
            let long: Vec<&String> = spelling.iter().filter(|w| w.chars().count() > 2).collect();
            let words: Vec<&String> = if long.is_empty() {
                spelling.iter().collect()
            } else {
                long
            };
            let alt: Alternative = words.into_iter().map(|w| Word::new(w, true)).collect();
            alternatives.push(alt);
        }
    }
    // Drop an alternative when another one's words are a subset of its own.
    let contains = |big: &Alternative, small: &Alternative| {
        small
            .iter()
            .all(|s| big.iter().any(|b| b.folded == s.folded))
    };
    let mut kept: Vec<Alternative> = Vec::new();
    for (i, alt) in alternatives.iter().enumerate() {
        let subsumed = alternatives
            .iter()
            .enumerate()
            .any(|(j, other)| j != i && contains(alt, other) && (!contains(other, alt) || j < i));
        if !subsumed {
            kept.push(alt.clone());
        }
    }
    Group { alternatives: kept }
}
