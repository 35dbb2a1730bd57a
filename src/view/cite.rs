//! `Y`: a citation of an item, the line an analyst pastes into a report — what it is, the
//! meeting and date it belongs to, and the source that reports it (the item's own sources,
//! or else its meeting's).

use crate::dataset::{Dataset, ItemRef, Source};

/// A one-line citation of `item`, or `None` when it does not exist.
pub fn citation(data: &Dataset, item: ItemRef) -> Option<String> {
    let meeting = item.meeting().and_then(|m| data.meetings.get(m));
    let (what, own): (String, &[Source]) = match item {
        ItemRef::Meeting(m) => {
            let m = data.meetings.get(m)?;
            (format!("“{}”", m.title), &m.sources)
        }
        ItemRef::Agenda(m, a) => {
            let a = data.meetings.get(m)?.agenda.get(a)?;
            (format!("Agenda item “{}”", a.title), &[])
        }
        ItemRef::Decision(m, d) => {
            let d = data.meetings.get(m)?.decisions.get(d)?;
            (
                format!("Decision ({}) “{}”", d.action, d.subject),
                &d.sources,
            )
        }
        ItemRef::Statement(m, s) => {
            let s = data.meetings.get(m)?.statements.get(s)?;
            (format!("Statement: {}", s.who(data)), &s.sources)
        }
        ItemRef::Event(e) => {
            let e = data.events.get(e)?;
            let when = e
                .date
                .map(|d| format!(", {}", d.human()))
                .unwrap_or_default();
            (format!("“{}”{when}", e.title), &e.sources)
        }
    };
    let mut out = what;
    if let Some(m) = meeting.filter(|_| !matches!(item, ItemRef::Meeting(_))) {
        out.push_str(&format!(". {}, {}", m.title, m.date.human()));
    } else if let (ItemRef::Meeting(_), Some(m)) = (item, meeting) {
        out.push_str(&format!(", {}, {}", m.body, m.date.human()));
    }
    let sources = if own.is_empty() {
        meeting.map_or(&[][..], |m| m.sources.as_slice())
    } else {
        own
    };
    if let Some(s) = sources.first() {
        out.push_str(". Source: ");
        out.push_str(&source(s));
    }
    out.push('.');
    Some(out)
}

/// A source as `title, publisher, date, url` (the parts it has).
fn source(s: &Source) -> String {
    let date = s.date.map(|d| d.human());
    [
        s.title.as_deref(),
        s.publisher.as_deref(),
        date.as_deref(),
        s.url.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ")
}
