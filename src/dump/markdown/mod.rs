//! `export --format markdown`: the minutes of a meeting as a Markdown document — its header
//! (title, body, date, place, status, chair, chairmanship), agenda, decisions with their
//! assignments, statements with their quotes, the events it reported, and its sources.
//!
//! Every piece of data text goes through [`super::md`], so a `*`, a `#` or a `<` in a title
//! is shown as written and never turns into markup. Editorial notes (what was inferred) are
//! kept, marked as notes, because minutes that drop them would state guesses as facts.

use chrono::NaiveDate;

use super::md::{block, inline, link};
use crate::dataset::{Dataset, Meeting, PartialDate, Source, effective_status};
use crate::view::status_word;
use items::{decision, statement};

mod items;

/// The minutes of each meeting (indices into [`Dataset::meetings`]), in that order, separated
/// by a horizontal rule. `today` decides the status of a meeting that does not write one.
pub fn minutes(data: &Dataset, meetings: &[usize], today: NaiveDate) -> String {
    let docs: Vec<String> = meetings
        .iter()
        .filter_map(|&i| Some((data.meeting(i)?, data.events_of(i))))
        .map(|(m, events)| one(data, m, events, today))
        .collect();
    docs.join("\n---\n\n")
}

fn one(data: &Dataset, m: &Meeting, reported: &[usize], today: NaiveDate) -> String {
    let mut out = format!("# {}\n\n", inline(&m.title));
    header(&mut out, data, m, today);
    if let Some(s) = &m.summary {
        out.push_str(&format!("{}\n\n", block(s, "")));
    }
    note(&mut out, m.notes.as_deref());
    out.push_str("## Agenda\n\n");
    if m.agenda.is_empty() {
        out.push_str("No agenda items are recorded.\n\n");
    }
    for (i, a) in m.agenda.iter().enumerate() {
        let kind = a.kind.as_deref().map(|k| format!(" *({})*", inline(k)));
        out.push_str(&format!(
            "{}. {}{}\n",
            i + 1,
            inline(&a.title),
            kind.unwrap_or_default()
        ));
        if let Some(s) = &a.summary {
            out.push_str(&format!("\n   {}\n\n", block(s, "   ")));
        }
    }
    out.push('\n');
    section(&mut out, "Decisions", &m.decisions, |out, i, d| {
        decision(out, data, m, i, d)
    });
    section(&mut out, "Statements", &m.statements, |out, i, s| {
        statement(out, data, m, i, s)
    });
    events(&mut out, data, reported);
    out.push_str("## Sources\n\n");
    if m.sources.is_empty() {
        out.push_str("No sources are recorded.\n");
    }
    for (i, s) in m.sources.iter().enumerate() {
        out.push_str(&format!("{}. {}\n", i + 1, source(s)));
    }
    // Parts end in a blank line each; where two meet, one is enough.
    while out.contains("\n\n\n") {
        out = out.replace("\n\n\n", "\n\n");
    }
    out
}

fn header(out: &mut String, data: &Dataset, m: &Meeting, today: NaiveDate) {
    let mut line = |label: &str, value: String| out.push_str(&format!("- **{label}:** {value}\n"));
    line("Body", inline(&m.body));
    line("Date", when(&m.date, m.end.as_ref()));
    if let Some(p) = &m.place {
        line("Place", inline(p));
    }
    if let Some(f) = m.format {
        line("Format", super::word(f).replace('-', " "));
    }
    let status = effective_status(m.status, Some(&m.date), m.end.as_ref(), today);
    if let Some(s) = status {
        let derived = if m.status.is_none() {
            " (from its dates)"
        } else {
            ""
        };
        line("Status", format!("{}{derived}", status_word(s)));
    }
    if m.planned.is_some() || m.planned_place.is_some() {
        let date = m.planned.as_ref().map(PartialDate::long);
        let place = m.planned_place.as_deref().map(inline);
        line(
            "Planned",
            [date, place]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", in "),
        );
    }
    if let Some(c) = &m.chair {
        let title = m.chair_title.as_deref().map(|t| format!(", {}", inline(t)));
        line(
            "Chair",
            format!("{}{}", inline(c), title.unwrap_or_default()),
        );
    }
    if let Some(p) = m.chairmanship {
        line("Chairmanship", participant(data, p));
    }
    if !m.related.is_empty() {
        let titles: Vec<String> = m.related.iter().map(|id| related(data, id)).collect();
        line("Related", titles.join("; "));
    }
    line("Id", format!("`{}`", m.id));
    out.push('\n');
}

/// A related meeting or event by its title and date, with its id: `Ministerial Council, May
/// 2030 (`mc-2030`)`.
fn related(data: &Dataset, id: &str) -> String {
    let meeting = data.meetings.iter().find(|m| m.id == id);
    let found = meeting.map(|m| (&m.title, Some(&m.date))).or_else(|| {
        let e = data.events.iter().find(|e| e.id == id)?;
        Some((&e.title, e.date.as_ref()))
    });
    match found {
        Some((title, Some(date))) => format!("{}, {} (`{id}`)", inline(title), date.long()),
        Some((title, None)) => format!("{} (`{id}`)", inline(title)),
        None => format!("`{id}`"),
    }
}

/// A section of numbered items, or a line saying there are none.
fn section<T>(
    out: &mut String,
    title: &str,
    items: &[T],
    mut each: impl FnMut(&mut String, usize, &T),
) {
    out.push_str(&format!("## {title}\n\n"));
    if items.is_empty() {
        out.push_str(&format!("No {} are recorded.\n\n", title.to_lowercase()));
    }
    for (i, item) in items.iter().enumerate() {
        each(out, i, item);
    }
}

fn events(out: &mut String, data: &Dataset, reported: &[usize]) {
    out.push_str("## Events\n\n");
    if reported.is_empty() {
        out.push_str("No events are recorded.\n\n");
        return;
    }
    for e in reported.iter().filter_map(|&i| data.event(i)) {
        let mut parts = vec![format!("**{}**", inline(&e.title))];
        parts.extend(e.kind.as_deref().map(inline));
        if !e.organizers.is_empty() {
            let names: Vec<String> = e.organizers.iter().map(|&p| participant(data, p)).collect();
            parts.push(format!("organised by {}", names.join(", ")));
        }
        parts.push(
            e.date
                .as_ref()
                .map_or("undated".to_owned(), |d| when(d, e.end.as_ref())),
        );
        parts.extend(e.place.as_deref().map(inline));
        parts.extend(e.status.map(|s| status_word(s).to_owned()));
        out.push_str(&format!("- {}\n", parts.join(" · ")));
        // Paragraphs of the list item, indented under it.
        if let Some(s) = &e.summary {
            out.push_str(&format!("\n  {}\n", block(s, "  ")));
        }
        if let Some(n) = &e.notes {
            out.push_str(&format!("\n  *Note:* {}\n", block(n, "  ")));
        }
        if e.summary.is_some() || e.notes.is_some() {
            out.push('\n');
        }
    }
    out.push('\n');
}

/// A line listing an item's sources, if it has any.
pub(super) fn sources(out: &mut String, list: &[Source]) {
    if !list.is_empty() {
        let all: Vec<String> = list.iter().map(source).collect();
        out.push_str(&format!("Sources: {}\n\n", all.join("; ")));
    }
}

/// An editorial note, marked as one.
pub(super) fn note(out: &mut String, text: Option<&str>) {
    if let Some(n) = text {
        out.push_str(&format!("*Note:* {}\n\n", block(n, "")));
    }
}

/// A source: its title (a link when it has a web address), publisher and date.
fn source(s: &Source) -> String {
    let title = s.title.as_deref().map(inline);
    let label = match (&title, &s.url) {
        (Some(t), Some(u)) => link(t, u),
        (Some(t), None) => t.clone(),
        (None, Some(u)) => link(&inline(u), u),
        (None, None) => "untitled source".to_owned(),
    };
    let more: Vec<String> = s
        .publisher
        .as_deref()
        .map(inline)
        .into_iter()
        .chain(s.date.map(|d| d.long()))
        .collect();
    if more.is_empty() {
        label
    } else {
        format!("{label} — {}", more.join(", "))
    }
}

/// A date, or a range of dates, in full.
fn when(date: &PartialDate, end: Option<&PartialDate>) -> String {
    match end {
        Some(e) => format!("{} – {}", date.long(), e.long()),
        None => date.long(),
    }
}

/// A participant by name and code: `Kazakhstan (KAZ)`.
pub(super) fn participant(data: &Dataset, p: usize) -> String {
    data.participants.get(p).map_or_else(
        || "?".to_owned(),
        |p| format!("{} ({})", inline(&p.name), p.code),
    )
}
