//! The Statements pane: who spoke, for whom, how, and what they said: the summary on one
//! line, or word-wrapped over the lines the pane has to spare (see [`list_rows`]).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::list::{self, Mark};
use crate::app::{App, Pane};
use crate::dataset::{Meeting, Statement};
use crate::text::{truncate, width};
use crate::view::list_rows;

/// Draws the statements pane.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let extra = list::count(app, Pane::Statements).map(|c| {
        if app.dashboard().filter() {
            format!("{c} filtered")
        } else {
            c
        }
    });
    let block = list::block(app, Pane::Statements, extra);
    let inner = block.inner(area);
    block.render(area, buf);
    let Some(m) = app.current() else {
        return list::empty(inner, buf, list::no_meetings(app));
    };
    if app.rows(Pane::Statements).is_empty() {
        let message = list::lens_empty(app, Pane::Statements);
        return list::empty(inner, buf, message.unwrap_or_else(|| empty_message(app, m)));
    }
    let focused = app.dashboard().focus() == Pane::Statements;
    list::render_rows(app, Pane::Statements, inner, buf, |i, mark, w, lines| {
        let s = &m.statements[i];
        let w = usize::from(w);
        let mut out = vec![
            first_line(app, s, mark, focused, w),
            Line::from(vec![
                Span::raw("  "),
                Span::styled(truncate(&subtitle(app, s), w).into_owned(), app.theme().dim),
            ]),
        ];
        let style = said_style(s);
        let text = list_rows::said_text(s);
        let summary = usize::from(lines.saturating_sub(list_rows::STATEMENT_HEAD)).max(1);
        if summary == 1 {
            out.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(truncate(&text, w).into_owned(), style),
            ]));
        } else {
            for l in list_rows::summary_lines(&text, w, summary) {
                out.push(Line::from(vec![Span::raw("  "), Span::styled(l, style)]));
            }
        }
        out
    });
}

/// The speaker (or the title a statement without one has, or what the data says of its
/// voice: "On behalf of Russia"), whom they represent, and how the statement was delivered.
fn first_line(app: &App, s: &Statement, mark: Mark, focused: bool, w: usize) -> Line<'static> {
    let name = s.who(app.data());
    let party = s
        .participant
        .filter(|_| !s.who_names_participant())
        .and_then(|p| app.data().participants.get(p))
        .map(|p| p.name.clone());
    let badge = crate::view::delivery_badge(s.delivery, app.theme());
    let right = party.as_deref().map_or(0, |p| width(p) + 3)
        + badge.as_ref().map_or(0, |(b, _)| width(b) + 1);
    let name_style = if mark == Mark::Linked {
        app.theme().bold.patch(app.theme().link)
    } else {
        app.theme().bold
    };
    let room = w.saturating_sub(right).max(8);
    // A speaker written under an alias gets the person's canonical name beside it.
    let canonical = s
        .person
        .and_then(|p| app.data().persons.get(p))
        .filter(|p| s.speaker.as_deref() != Some(p.name.as_str()))
        .map(|p| format!(" ({})", p.name));
    let name = truncate(
        &name,
        room.saturating_sub(canonical.as_deref().map_or(0, width).min(room / 2)),
    );
    let canonical = canonical.map(|c| truncate(&c, room.saturating_sub(width(&name))).into_owned());
    let mut spans = vec![
        list::gutter(app, mark, focused),
        Span::styled(name.into_owned(), name_style),
    ];
    if let Some(c) = canonical {
        spans.push(Span::styled(c, app.theme().dim));
    }
    if let Some(p) = party {
        spans.push(Span::styled(" · ", app.theme().dim));
        spans.push(Span::styled(p, app.theme().accent));
    }
    if let Some((b, style)) = badge {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(b, style));
    }
    Line::from(spans)
}

/// The speaker's title, and what the data says of the statement's voice (collective, on
/// behalf of a participant, speaker not named).
fn subtitle(app: &App, s: &Statement) -> String {
    let mut parts = Vec::new();
    if let (Some(_), Some(t)) = (&s.speaker, &s.title) {
        parts.push(t.clone());
    }
    parts.extend(s.voice_note(app.data()));
    if let Some(r) = &s.read_by {
        parts.push(format!("read out by {r}"));
    }
    parts.join(" · ")
}

/// A statement without a summary shows its quote in italics.
fn said_style(s: &Statement) -> Style {
    if s.summary.is_none() {
        Style::new().add_modifier(Modifier::ITALIC)
    } else {
        Style::new()
    }
}

fn empty_message(app: &App, m: &Meeting) -> Vec<Line<'static>> {
    match app
        .dashboard()
        .agenda_selected(app.data())
        .filter(|_| app.dashboard().filter())
    {
        Some(a) => vec![
            Line::from(format!(
                "No statements under “{}”.",
                truncate(&m.agenda[a].title, 40)
            )),
            Line::styled("Press f to show all statements.", app.theme().dim),
        ],
        None => vec![Line::from("No statements recorded for this meeting.")],
    }
}
