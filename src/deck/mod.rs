//! A meeting as a deck of slides, for presenting in a meeting room.
//!
//! The deck is model-level: it says which slides a meeting makes and in what order, gives each
//! a short title for the overview grid and the presenter view, and the speaker notes that go
//! with it. Items are named by their index into the meeting, so a deck is cheap to rebuild
//! after a reload; every lookup tolerates a stale or out-of-range index.

use crate::dataset::{Dataset, Due, Meeting, Statement};
use crate::text::count;

/// One slide of a meeting's deck.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    /// The meeting's title, body, date, place and chair.
    Title,
    /// The agenda, numbered.
    Agenda,
    /// One decision, by index into the meeting's decisions.
    Decision(usize),
    /// One statement, by index into the meeting's statements.
    Statement(usize),
    /// Every assignment the meeting's decisions made, as a table.
    Coordination,
    /// The events the meeting reported.
    Events,
    /// The title again, with the sources.
    Closing,
}

/// The slides of one meeting, in presentation order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deck {
    /// Index into [`Dataset::meetings`].
    pub meeting: usize,
    pub slides: Vec<Slide>,
}

impl Deck {
    /// Title, Agenda (if any items), one slide per decision, one per statement, Coordination
    /// (if any decision has assignments), Events (if the meeting reported any), Closing.
    /// A meeting index out of range gives an empty deck.
    pub fn build(data: &Dataset, meeting: usize) -> Deck {
        let Some(m) = data.meetings.get(meeting) else {
            return Deck {
                meeting,
                slides: Vec::new(),
            };
        };
        let mut slides = vec![Slide::Title];
        if !m.agenda.is_empty() {
            slides.push(Slide::Agenda);
        }
        slides.extend((0..m.decisions.len()).map(Slide::Decision));
        slides.extend((0..m.statements.len()).map(Slide::Statement));
        if m.decisions.iter().any(|d| !d.assignments.is_empty()) {
            slides.push(Slide::Coordination);
        }
        if !data.events_of(meeting).is_empty() {
            slides.push(Slide::Events);
        }
        slides.push(Slide::Closing);
        Deck { meeting, slides }
    }

    /// The number of slides.
    pub fn len(&self) -> usize {
        self.slides.len()
    }

    /// True for the deck of a meeting that does not exist.
    pub fn is_empty(&self) -> bool {
        self.slides.is_empty()
    }

    /// The slide at `index`, if there is one.
    pub fn get(&self, index: usize) -> Option<Slide> {
        self.slides.get(index).copied()
    }

    /// The deck's meeting, if it still exists.
    pub fn meeting<'a>(&self, data: &'a Dataset) -> Option<&'a Meeting> {
        data.meeting(self.meeting)
    }

    /// A short, informative title for the overview grid and the presenter view, such as
    /// `Decision 1: approved CICA Observer Status for Turkmenistan`. Not truncated: callers
    /// cut it to their width with [`crate::text::truncate`]. Empty for an index out of range.
    pub fn title(&self, data: &Dataset, index: usize) -> String {
        let (Some(slide), Some(m)) = (self.get(index), self.meeting(data)) else {
            return String::new();
        };
        match slide {
            Slide::Title => "Title".to_owned(),
            Slide::Agenda => format!("Agenda ({})", count(m.agenda.len(), "item", "items")),
            Slide::Decision(i) => match m.decisions.get(i) {
                Some(d) => format!("Decision {}: {} {}", i + 1, d.action, d.subject),
                None => format!("Decision {}", i + 1),
            },
            Slide::Statement(i) => match m.statements.get(i) {
                Some(s) => format!("Statement {}: {}", i + 1, speaker(data, s)),
                None => format!("Statement {}", i + 1),
            },
            Slide::Coordination => {
                let n: usize = m.decisions.iter().map(|d| d.assignments.len()).sum();
                format!("Coordination ({})", count(n, "assignment", "assignments"))
            }
            Slide::Events => format!("Events ({})", data.events_of(self.meeting).len()),
            Slide::Closing => "Closing".to_owned(),
        }
    }

    /// Speaker notes for the presenter view, one paragraph per entry: the meeting's summary
    /// and notes on the title and closing slides, a decision's full text and notes, a
    /// statement's summary and notes, the agenda items' summaries, the notes on the
    /// coordination decisions and on the events. Empty for an index out of range.
    pub fn notes(&self, data: &Dataset, index: usize) -> Vec<String> {
        let (Some(slide), Some(m)) = (self.get(index), self.meeting(data)) else {
            return Vec::new();
        };
        let mut out: Vec<String> = Vec::new();
        match slide {
            Slide::Title | Slide::Closing => {
                out.extend(m.summary.clone());
                out.extend(m.notes.clone());
            }
            Slide::Agenda => {
                for (i, a) in m.agenda.iter().enumerate() {
                    if let Some(s) = &a.summary {
                        out.push(format!("{}. {}: {s}", i + 1, a.title));
                    }
                }
            }
            Slide::Decision(i) => {
                if let Some(d) = m.decisions.get(i) {
                    out.extend(d.text.clone());
                    if let Some(a) = &d.assignee {
                        out.push(format!("Assignee: {a}"));
                    }
                    match &d.due {
                        Some(Due::Date(date)) => out.push(format!("Due: {}", date.human())),
                        Some(Due::Words(w)) => out.push(format!("Due: {w}")),
                        None => {}
                    }
                    out.extend(d.notes.clone());
                }
            }
            Slide::Statement(i) => {
                if let Some(s) = m.statements.get(i) {
                    out.extend(s.summary.clone());
                    out.extend(s.notes.clone());
                }
            }
            Slide::Coordination => {
                for d in m.decisions.iter().filter(|d| !d.assignments.is_empty()) {
                    if let Some(n) = &d.notes {
                        out.push(format!("{} {}: {n}", d.action, d.subject));
                    }
                }
            }
            Slide::Events => {
                for e in (data.events_of(self.meeting).iter()).filter_map(|&e| data.event(e)) {
                    for t in [&e.summary, &e.notes].into_iter().flatten() {
                        out.push(format!("{}: {t}", e.title));
                    }
                }
            }
        }
        out
    }
}

/// Who spoke, and for whom: `Harsh Vardhan Shringla (India)`, the statement's title
/// (`Member States`) when it has no speaker, or what the data says of its voice (`On behalf
/// of Russia`).
pub fn speaker(data: &Dataset, s: &Statement) -> String {
    let who = s.who(data);
    match s.participant.and_then(|p| data.participants.get(p)) {
        Some(p) if p.name != who && !s.who_names_participant() => format!("{who} ({})", p.name),
        _ => who,
    }
}

#[cfg(test)]
mod tests;
