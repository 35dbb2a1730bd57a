//! A meeting as a deck of slides, for presenting in a meeting room.
//!
//! The deck is model-level: it says which slides a meeting makes and in what order, gives each
//! a short title for the overview grid and the presenter view, and the speaker notes that go
//! with it. Items are named by their index into the meeting, so a deck is cheap to rebuild
//! after a reload; every lookup tolerates a stale or out-of-range index.

use crate::dataset::{Dataset, Due, Meeting, Statement};

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
        if !m.events.is_empty() {
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
        data.meetings.get(self.meeting)
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
            Slide::Agenda => format!("Agenda ({})", count(m.agenda.len(), "item")),
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
                format!("Coordination ({})", count(n, "assignment"))
            }
            Slide::Events => format!("Events ({})", m.events.len()),
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
                for e in m.events.iter().filter_map(|&e| data.events.get(e)) {
                    for t in [&e.summary, &e.notes].into_iter().flatten() {
                        out.push(format!("{}: {t}", e.title));
                    }
                }
            }
        }
        out
    }
}

/// `1 item`, `3 items`.
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Who spoke, and for whom: `Harsh Vardhan Shringla (India)`, or the statement's title
/// (`Member States`) for a collective statement.
pub fn speaker(data: &Dataset, s: &Statement) -> String {
    let who = s
        .speaker
        .as_deref()
        .or(s.title.as_deref())
        .unwrap_or("Collective statement");
    match s.participant.and_then(|p| data.participants.get(p)) {
        Some(p) if p.name != who => format!("{who} ({})", p.name),
        _ => who.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{self, DataSource};

    fn bundled() -> Dataset {
        let loaded = load::load(&DataSource::Bundled, load::DEFAULT_MAX_FILE_SIZE).unwrap();
        assert!(!loaded.has_errors());
        loaded.dataset
    }

    fn from(text: &str) -> Dataset {
        let loaded = load::load_str("m.toml", text);
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        loaded.dataset
    }

    #[test]
    fn bundled_meeting_deck_order() {
        let data = bundled();
        let deck = Deck::build(&data, 0);
        let mut want = vec![Slide::Title, Slide::Agenda];
        want.extend((0..6).map(Slide::Decision));
        want.extend((0..11).map(Slide::Statement));
        want.extend([Slide::Coordination, Slide::Events, Slide::Closing]);
        assert_eq!(deck.slides, want);
        assert_eq!(deck.len(), 22);
        assert!(!deck.is_empty());
    }

    #[test]
    fn empty_kinds_are_skipped() {
        let data = from(
            "[meeting]\nid = \"m\"\ntitle = \"Bare\"\nbody = \"SOC\"\ndate = 2021-06-23\n\n\
             [[decision]]\naction = \"noted\"\nsubject = \"A report\"\n",
        );
        let deck = Deck::build(&data, 0);
        assert_eq!(
            deck.slides,
            vec![Slide::Title, Slide::Decision(0), Slide::Closing],
            "no agenda, statements, assignments or events"
        );
    }

    #[test]
    fn titles_are_informative() {
        let data = bundled();
        let deck = Deck::build(&data, 0);
        assert_eq!(deck.title(&data, 0), "Title");
        assert_eq!(deck.title(&data, 1), "Agenda (7 items)");
        assert_eq!(
            deck.title(&data, 2),
            "Decision 1: approved CICA Observer Status for Turkmenistan"
        );
        assert_eq!(
            deck.title(&data, 10),
            "Statement 3: Harsh Vardhan Shringla (India)"
        );
        assert_eq!(deck.title(&data, 9), "Statement 2: Member States");
        assert_eq!(
            deck.title(&data, 18),
            "Statement 11: Vladimir Voronkov (United Nations)"
        );
        assert_eq!(deck.title(&data, 19), "Coordination (5 assignments)");
        assert_eq!(deck.title(&data, 20), "Events (12)");
        assert_eq!(deck.title(&data, 21), "Closing");
    }

    #[test]
    fn notes_carry_the_full_text() {
        let data = bundled();
        let deck = Deck::build(&data, 0);
        let title = deck.notes(&data, 0);
        assert_eq!(title.len(), 2, "summary and notes");
        assert!(title[0].starts_with("The Second Senior Officials Committee"));
        assert!(title[1].starts_with("Agenda reconstructed"));
        assert_eq!(
            deck.notes(&data, 21),
            title,
            "closing repeats the meeting's"
        );
        let d = deck.notes(&data, 6); // the first Special Working Group task
        assert!(d[0].starts_with("The SOC tasked the Special Working Group"));
        assert!(d.contains(&"Assignee: Special Working Group".to_owned()));
        assert!(d.contains(&"Due: before the next SOC meeting".to_owned()));
        assert!(d.last().unwrap().contains("read here as applying to both"));
        let s = deck.notes(&data, 18); // Voronkov
        assert!(s[0].starts_with("Elaborated on issues of global terrorism"));
        assert!(s[1].starts_with("The release gives the title Ambassador"));
        let agenda = deck.notes(&data, 1);
        assert_eq!(agenda.len(), 1);
        assert!(agenda[0].starts_with("6. Growing role of Asia"));
        let coordination = deck.notes(&data, 19);
        assert!(coordination[0].contains("only the new co-coordinating countries"));
        let events = deck.notes(&data, 20);
        assert!(events[0].starts_with("COVID-9 and SME"), "{events:?}");
        assert!(events[1].starts_with("Meeting with the Founder of CICA"));
        assert!(events[1].contains(": The Founder shared his vision"));
    }

    #[test]
    fn out_of_range_never_panics() {
        let data = bundled();
        let deck = Deck::build(&data, 0);
        assert_eq!(deck.title(&data, 22), "");
        assert!(deck.notes(&data, 22).is_empty());
        assert_eq!(deck.get(usize::MAX), None);
        let none = Deck::build(&data, 99);
        assert!(none.is_empty());
        assert_eq!(none.title(&data, 0), "");
        // A stale deck after a reload that dropped items.
        let stale = Deck {
            meeting: 0,
            slides: vec![Slide::Decision(40), Slide::Statement(40)],
        };
        assert_eq!(stale.title(&data, 0), "Decision 41");
        assert_eq!(stale.title(&data, 1), "Statement 41");
        assert!(stale.notes(&data, 0).is_empty());
        let empty = Dataset::default();
        assert_eq!(deck.title(&empty, 0), "");
    }
}
