//! The Decisions pane: the action verb (coloured by kind), the subject, and who it concerns.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::list::{self, Mark};
use crate::app::{App, Pane};
use crate::dataset::{Decision, Due, Meeting};
use crate::text::{fit, truncate, width};

/// The narrowest verb column: enough for "recommended".
const VERB_MIN: usize = 11;

/// The verb column's width: the meeting's longest verb, up to a third of the row.
fn verb_width(m: &Meeting, row: usize) -> usize {
    let longest = m.decisions.iter().map(|d| width(&d.action)).max();
    longest
        .unwrap_or(0)
        .clamp(VERB_MIN, (row / 3).max(VERB_MIN))
}

/// Draws the decisions pane.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let extra = list::count(app, Pane::Decisions).map(|c| {
        if app.dashboard().filter() {
            format!("{c} filtered")
        } else {
            c
        }
    });
    let block = list::block(app, Pane::Decisions, extra);
    let inner = block.inner(area);
    block.render(area, buf);
    let Some(m) = app.current() else {
        return list::empty(inner, buf, list::no_meetings(app));
    };
    if app.rows(Pane::Decisions).is_empty() {
        let message = list::lens_empty(app, Pane::Decisions);
        return list::empty(inner, buf, message.unwrap_or_else(|| empty_message(app, m)));
    }
    let focused = app.dashboard().focus() == Pane::Decisions;
    let verb_w = verb_width(m, usize::from(inner.width));
    list::render_rows(app, Pane::Decisions, inner, buf, |i, mark, w, _| {
        let d = &m.decisions[i];
        let subject_w = usize::from(w).saturating_sub(verb_w + 1);
        let subject_style = if mark == Mark::Linked {
            app.theme().bold.patch(app.theme().link)
        } else {
            app.theme().bold
        };
        vec![
            Line::from(vec![
                list::gutter(app, mark, focused),
                Span::styled(fit(&d.action, verb_w), app.theme().decision(&d.action)),
                Span::raw(" "),
                Span::styled(truncate(&d.subject, subject_w).into_owned(), subject_style),
            ]),
            Line::from(vec![
                Span::raw(" ".repeat(verb_w + 3)),
                Span::styled(
                    truncate(&details(app, d), subject_w).into_owned(),
                    app.theme().dim,
                ),
            ]),
        ]
    });
}

/// The second line: participants, assignee, due date, next body.
pub fn details(app: &App, d: &Decision) -> String {
    let mut parts = Vec::new();
    let names: Vec<&str> = d
        .participants
        .iter()
        .filter_map(|&p| app.data().participants.get(p))
        .map(|p| p.name.as_str())
        .collect();
    if !names.is_empty() {
        parts.push(names.join(", "));
    }
    if !d.assignments.is_empty() {
        parts.push(crate::view::count(
            d.assignments.len(),
            "assignment",
            "assignments",
        ));
    }
    if let Some(a) = &d.assignee {
        parts.push(format!("→ {a}"));
    }
    match &d.due {
        Some(Due::Date(date)) => parts.push(format!("due {}", date.human())),
        Some(Due::Words(w)) => parts.push(format!("due {w}")),
        None => {}
    }
    if let Some(f) = &d.forwarded_to {
        parts.push(format!("⇒ {f}"));
    }
    if parts.is_empty() && width(d.text.as_deref().unwrap_or("")) > 0 {
        parts.push(d.text.as_deref().unwrap_or("").replace('\n', " "));
    }
    parts.join(" · ")
}

fn empty_message(app: &App, m: &Meeting) -> Vec<Line<'static>> {
    match app
        .dashboard()
        .agenda_selected(app.data())
        .filter(|_| app.dashboard().filter())
    {
        Some(a) => vec![
            Line::from(format!(
                "No decisions under “{}”.",
                truncate(&m.agenda[a].title, 40)
            )),
            Line::styled("Press f to show all decisions.", app.theme().dim),
        ],
        None => vec![Line::from("No decisions recorded for this meeting.")],
    }
}
