//! Lints: warnings about data that loads but is probably a slip.
//!
//! Validation refuses data that breaks the format. Some data keeps the format and is still
//! almost certainly not what its editor meant: a Cyrillic `С` inside a Latin name, one person
//! spelt two ways, an event "held" after the meeting that reported it, a decision left off an
//! agenda that exists, a name with a stray space. Each of these is a warning with a stable
//! code: the dashboard still opens, and `check --deny-warnings` can hold a data set to clean.
//!
//! Lints read the raw files, so that every warning points at the value as it is written (file,
//! line and column of the string, or of the word inside it), and they never change the data
//! set. Those that read one file run right after it is parsed, while its text is at hand; those
//! across files run beside validation on [`super::cross::Facts`] taken from each file. Near
//! duplicates live in [`super::names`]; scripts in [`super::script`].

use std::ops::Range;

use super::cross::{self, Facts};
use super::diag::{Code, Diagnostic};
use super::lines::FileText;
use super::meetings::auto_decision_id;
use super::names;
use super::parse::RawFile;
use super::script;
use crate::model::SStr;

/// Runs the lints that read one file only, with its text at hand (right after parsing it),
/// and returns their warnings in the order [`lint`] used to give them.
pub fn lint_file(text: &FileText, f: &RawFile) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut l = Lints {
        sources: std::slice::from_ref(text),
        out: &mut out,
    };
    for (what, value, trimmed) in text_fields(f) {
        if trimmed {
            l.whitespace(0, what, value);
        }
        l.mixed_script(0, what, value);
    }
    l.no_agenda_link(0, f);
    out
}

/// Runs the lints across files, over the facts taken from each file when it was parsed, and
/// appends their warnings to `out` (after every file's [`lint_file`] warnings).
pub fn lint_across(sources: &[FileText], facts: &[Facts], out: &mut Vec<Diagnostic>) {
    let mut l = Lints { sources, out };
    cross::held_after_report(&mut l, facts);
    names::near_duplicates(&mut l, facts);
}

/// Where warnings go, with the texts to find positions in.
pub struct Lints<'a> {
    sources: &'a [FileText<'a>],
    out: &'a mut Vec<Diagnostic>,
}

impl Lints<'_> {
    /// Reports a warning at a span of file `file`.
    pub fn warn(&mut self, file: usize, span: Range<usize>, code: Code, msg: String, help: String) {
        let Some(src) = self.sources.get(file) else {
            return;
        };
        let d = Diagnostic::placed(&src.path, src.line_col(span.start), span, code, msg);
        self.out.push(d.warning().with_help(help));
    }

    /// `path:line:col` of a span, for "first written at" notes.
    pub fn location(&self, file: usize, span: &Range<usize>) -> String {
        self.sources.get(file).map_or_else(
            || "?".into(),
            |s| {
                let (line, col) = s.line_col(span.start);
                format!("{}:{line}:{col}", s.path)
            },
        )
    }

    /// The span of `word` as a whole word inside `within` (a string literal), when the source
    /// writes it as is; otherwise (an escape inside it) the whole literal.
    fn find_word(&self, file: usize, within: Range<usize>, word: &str) -> Range<usize> {
        let text = self
            .sources
            .get(file)
            .and_then(|s| s.text()?.get(within.clone()))
            .unwrap_or("");
        let alone = |i: usize| {
            let before = text[..i].chars().next_back();
            let after = text[i + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        };
        match text.match_indices(word).map(|(i, _)| i).find(|&i| alone(i)) {
            Some(i) => within.start + i..within.start + i + word.len(),
            None => within,
        }
    }

    /// `whitespace`: a name or title that starts or ends with whitespace, or has a run of
    /// several between its words.
    fn whitespace(&mut self, file: usize, what: &str, value: &SStr) {
        let s = value.get_ref();
        let trimmed = s.trim();
        let lead = s.trim_start().len() != s.len();
        let trail = s.trim_end().len() != s.len();
        let doubled = trimmed
            .split(char::is_whitespace)
            .skip(1)
            .any(str::is_empty);
        let ends = match (lead, trail) {
            _ if trimmed.is_empty() && !s.is_empty() => "only whitespace",
            (true, true) => "leading and trailing whitespace",
            (true, false) => "leading whitespace",
            (false, true) => "trailing whitespace",
            (false, false) => "",
        };
        let place = match (ends, doubled) {
            ("", false) => return,
            ("", true) => "several spaces between words".to_owned(),
            (ends, false) => ends.to_owned(),
            (ends, true) => format!("{ends} and several spaces between words"),
        };
        let help = if trimmed.is_empty() {
            "write the text itself, or leave the key out where it is optional".to_owned()
        } else {
            let single = trimmed.split_whitespace().collect::<Vec<_>>().join(" ");
            format!(
                "write `{single}`: names are matched exactly, so the extra space breaks links, duplicate checks and search"
            )
        };
        let msg = format!("{what} `{s}` has {place}");
        self.warn(file, value.span(), Code::Whitespace, msg, help);
    }

    /// `mixed-script`: each word of the value that mixes scripts, at the word itself.
    fn mixed_script(&mut self, file: usize, what: &str, value: &SStr) {
        for m in script::mixed_words(value.get_ref()) {
            let span = self.find_word(file, value.span(), m.word);
            let scripts = match m.scripts.split_last() {
                Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
                _ => m.scripts.join(""),
            };
            let msg = format!(
                "the word `{}` in this {what} mixes {scripts} letters",
                m.word
            );
            let odd: Vec<String> = m.odd.iter().map(|&c| script::describe(c, m.base)).collect();
            let help = format!(
                "{}. Search and links do not match lookalike letters",
                odd.join("; ")
            );
            self.warn(file, span, Code::MixedScript, msg, help);
        }
    }

    /// `no-agenda-link`: a decision without `agenda` in a meeting that has an agenda.
    fn no_agenda_link(&mut self, file: usize, f: &RawFile) {
        let Some(meeting) = &f.meeting else {
            return;
        };
        if f.agenda.is_empty() {
            return;
        }
        for (n, d) in f.decisions.iter().enumerate() {
            let r = d.get_ref();
            if r.agenda.is_some() {
                continue;
            }
            let id = r.id.as_ref().map_or_else(
                || auto_decision_id(meeting.get_ref().id.get_ref(), n + 1),
                |i| i.get_ref().clone(),
            );
            let subject = r.subject.get_ref().to_lowercase();
            let closest = f
                .agenda
                .iter()
                .map(|a| a.get_ref())
                .map(|a| {
                    let title = a.title.get_ref().to_lowercase();
                    (strsim::normalized_levenshtein(&title, &subject), a)
                })
                .filter(|(sim, _)| *sim >= 0.5)
                .max_by(|a, b| a.0.total_cmp(&b.0));
            let help = match closest {
                Some((_, a)) => format!(
                    "add `agenda = \"{}\"` if it was decided under “{}”, or name another of this meeting's agenda items",
                    a.id.get_ref(),
                    a.title.get_ref().trim()
                ),
                None => {
                    let ids: Vec<String> = f
                        .agenda
                        .iter()
                        .map(|a| format!("`{}`", a.get_ref().id.get_ref()))
                        .collect();
                    format!(
                        "add `agenda = \"…\"` naming the item it was decided under: {}",
                        ids.join(", ")
                    )
                }
            };
            let msg = format!("decision `{id}` is not linked to an agenda item");
            self.warn(file, d.span(), Code::NoAgendaLink, msg, help);
        }
    }
}

/// The strings the text lints read: what each is, its value, and whether surrounding
/// whitespace matters (names and titles, which are matched or shown as keys).
fn text_fields(f: &RawFile) -> Vec<(&'static str, &SStr, bool)> {
    let mut v: Vec<(&'static str, &SStr, bool)> = Vec::new();
    for p in f.participants.iter().map(|p| p.get_ref()) {
        v.push(("participant name", &p.name, true));
        v.extend(p.aliases.iter().map(|a| ("participant alias", a, true)));
    }
    for p in f.persons.iter().map(|p| p.get_ref()) {
        v.push(("person name", &p.name, true));
        v.extend(p.aliases.iter().map(|a| ("person alias", a, true)));
    }
    for g in f.glossary.iter().map(|g| g.get_ref()) {
        v.push(("glossary term", &g.term, true));
        v.extend(g.aliases.iter().map(|a| ("glossary alias", a, true)));
    }
    if let Some(m) = f.meeting.as_ref().map(|m| m.get_ref()) {
        v.push(("meeting title", &m.title, true));
        for (what, s, trimmed) in [
            ("meeting place", &m.place, true),
            ("meeting planned place", &m.planned_place, true),
            ("meeting chair", &m.chair, true),
            ("chair title", &m.chair_title, true),
            ("meeting summary", &m.summary, false),
        ] {
            v.extend(s.iter().map(|s| (what, s, trimmed)));
        }
    }
    for a in f.agenda.iter().map(|a| a.get_ref()) {
        v.push(("agenda title", &a.title, true));
        v.extend(a.summary.iter().map(|s| ("agenda summary", s, false)));
    }
    for d in f.decisions.iter().map(|d| d.get_ref()) {
        v.push(("decision subject", &d.subject, true));
    }
    for s in f.statements.iter().map(|s| s.get_ref()) {
        v.extend(s.speaker.iter().map(|x| ("statement speaker", x, true)));
        v.extend(s.title.iter().map(|x| ("statement title", x, true)));
        v.extend(s.summary.iter().map(|x| ("statement summary", x, false)));
    }
    for e in f.events.iter().map(|e| e.get_ref()) {
        v.push(("event title", &e.title, true));
        for (what, s, trimmed) in [
            ("event place", &e.place, true),
            ("event planned place", &e.planned_place, true),
            ("event summary", &e.summary, false),
        ] {
            v.extend(s.iter().map(|s| (what, s, trimmed)));
        }
    }
    v
}
