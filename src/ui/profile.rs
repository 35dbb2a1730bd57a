//! A profile, full screen: a title line, the identity block (beside the list on a wide
//! screen, above it on a narrow one), the list of sections with the selected row, and the
//! key hints. Only the rows on screen are built.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;
use ratatui::widgets::Widget;

use crate::app::{App, ProfileState};
use crate::dataset::{ItemRef, RoleRef};
use crate::text::{fit, truncate, width};
use crate::view::profile::{self, Row, Rows, Subject};

/// Cells of the date column.
const DATE_W: usize = 10;

/// Draws the profile over the whole screen.
pub fn render(app: &App, s: &ProfileState, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    Clear.render(area, buf);
    buf.set_style(area, t.base);
    let (layout, identity) = profile::layout(app.ctx(), &s.subject, area);
    let rows = Rows::new(app.data(), &s.subject);
    let title = Line::from(vec![
        Span::styled(" CICA ", t.badge),
        Span::styled(format!(" {} · ", s.subject.kind()), t.dim),
        Span::styled(s.subject.name(app.data()), t.bold),
    ]);
    buf.set_line(layout.title.x, layout.title.y, &title, layout.title.width);
    for (i, line) in identity.iter().enumerate() {
        let y = layout.identity.y + i as u16;
        if y < layout.identity.bottom() {
            buf.set_line(layout.identity.x, y, line, layout.identity.width);
        }
    }
    if layout.side_by_side {
        let x = layout.list.x.saturating_sub(2);
        for y in layout.list.top()..layout.list.bottom() {
            buf.set_string(x, y, "│", t.dim);
        }
    } else if layout.list.y > layout.identity.bottom() {
        let rule = "─".repeat(usize::from(layout.list.width));
        buf.set_string(layout.list.x, layout.list.y - 1, rule, t.dim);
    }
    let h = usize::from(layout.list.height);
    let cursor = s.cursor.min(rows.len().saturating_sub(1));
    let offset = crate::app::scrolled(s.offset, cursor, h, rows.len());
    let w = usize::from(layout.list.width);
    for (i, at) in (offset..rows.len()).take(h).enumerate() {
        let Some(row) = rows.get(at) else { break };
        let y = layout.list.y + i as u16;
        let selected = at == cursor && row.selectable();
        let gutter = if selected {
            Span::styled("▌ ", t.accent)
        } else {
            Span::raw("  ")
        };
        let mut spans = vec![gutter];
        spans.extend(row_spans(app, &s.subject, row, w.saturating_sub(2)));
        buf.set_line(layout.list.x, y, &Line::from(spans), layout.list.width);
        if selected {
            buf.set_style(
                Rect::new(layout.list.x, y, layout.list.width, 1),
                t.selection,
            );
        }
    }
    super::footer::render(app, layout.footer, buf);
}

/// One row's text, at most `w` cells.
fn row_spans(app: &App, subject: &Subject, row: Row, w: usize) -> Vec<Span<'static>> {
    let t = app.theme();
    let data = app.data();
    let dated = |date: String, text: String, style: Style| {
        let rest = w.saturating_sub(DATE_W + 2);
        vec![
            Span::styled(format!("{}  ", fit(&date, DATE_W)), t.dim),
            Span::styled(truncate(&text, rest).into_owned(), style),
        ]
    };
    let date_of = |m: usize| data.meetings.get(m).map(|m| m.date.to_string());
    match row {
        Row::Heading(section, 0) => {
            vec![Span::styled(format!("{} — none", section.title()), t.dim)]
        }
        Row::Heading(section, n) => {
            vec![Span::styled(format!("{} ({n})", section.title()), t.bold)]
        }
        Row::Outside(n) => vec![Span::styled(
            truncate(
                &format!("Meetings chaired outside any recorded term ({n})"),
                w,
            )
            .into_owned(),
            t.label,
        )],
        Row::Item(ItemRef::Statement(m, i)) => {
            let Some(st) = data.meetings.get(m).and_then(|x| x.statements.get(i)) else {
                return Vec::new();
            };
            let said = st
                .summary
                .clone()
                .or_else(|| st.quote.as_ref().map(|q| format!("“{q}”")));
            let said = said.unwrap_or_default().replace('\n', " ");
            let who = match subject {
                Subject::Participant(_) => st
                    .speaker
                    .clone()
                    .or_else(|| st.title.clone())
                    .unwrap_or_else(|| "collective statement".into()),
                Subject::Person(p) => {
                    let canonical = data.persons.get(*p).map(|p| p.name.as_str());
                    match st.speaker.as_deref() {
                        Some(sp) if Some(sp) != canonical => format!("as {sp}"),
                        _ => String::new(),
                    }
                }
                Subject::Speaker(_) => String::new(),
            };
            let text = if who.is_empty() {
                said
            } else {
                format!("{who}: {said}")
            };
            dated(date_of(m).unwrap_or_default(), text, t.base)
        }
        Row::Item(ItemRef::Decision(m, i)) => {
            let Some(d) = data.meetings.get(m).and_then(|x| x.decisions.get(i)) else {
                return Vec::new();
            };
            let mut spans = dated(date_of(m).unwrap_or_default(), String::new(), t.base);
            spans.pop();
            let room = w.saturating_sub(DATE_W + 2);
            let action = truncate(&d.action, room).into_owned();
            let subject = truncate(&d.subject, room.saturating_sub(width(&action) + 1));
            spans.push(Span::styled(format!("{action} "), t.decision(&d.action)));
            spans.push(Span::raw(subject.into_owned()));
            spans
        }
        Row::Item(ItemRef::Event(e)) => {
            let Some(e) = data.events.get(e) else {
                return Vec::new();
            };
            let date = e
                .date
                .map_or_else(|| "undated".to_owned(), |d| d.to_string());
            let place = e
                .place
                .as_ref()
                .map(|p| format!(" · {p}"))
                .unwrap_or_default();
            dated(date, format!("{}{place}", e.title), t.base)
        }
        Row::Item(ItemRef::Meeting(m)) => {
            let Some(x) = data.meetings.get(m) else {
                return Vec::new();
            };
            let mut spans = vec![Span::raw("  ")];
            spans.extend(dated(x.date.to_string(), x.title.clone(), t.base));
            spans
        }
        Row::Item(ItemRef::Agenda(..)) => Vec::new(),
        Row::Role(r) => role(app, r, w),
        Row::Term(c, n) => {
            let Some(term) = data.chairmanships.get(c) else {
                return Vec::new();
            };
            let until = term.until.map_or_else(|| "…".to_owned(), |u| u.human());
            let meetings = crate::view::count(n, "meeting", "meetings");
            let text = format!("{} – {until} · {meetings} held under it", term.from.human());
            vec![Span::styled(truncate(&text, w).into_owned(), t.base)]
        }
        Row::Participant(p) => {
            let Some(p) = data.participants.get(p) else {
                return Vec::new();
            };
            vec![Span::raw(
                truncate(&format!("{} ({})", p.name, p.code), w).into_owned(),
            )]
        }
    }
}

/// A role: what, where, when, and whether standing or given by a decision (and when).
fn role(app: &App, r: RoleRef, w: usize) -> Vec<Span<'static>> {
    let data = app.data();
    let (a, origin) = match r {
        RoleRef::Standing(i) => match data.assignments.get(i) {
            Some(a) => (a, "standing".to_owned()),
            None => return Vec::new(),
        },
        RoleRef::Decision(m, d, k) => {
            let meeting = data.meetings.get(m);
            match meeting.and_then(|x| x.decisions.get(d)?.assignments.get(k)) {
                Some(a) => {
                    let date = meeting.map(|x| x.date.human()).unwrap_or_default();
                    (a, format!("decision of {date}"))
                }
                None => return Vec::new(),
            }
        }
    };
    let period = match (a.from, a.until) {
        (Some(f), Some(u)) => format!(" · {} – {}", f.human(), u.human()),
        (Some(f), None) => format!(" · from {}", f.human()),
        (None, Some(u)) => format!(" · until {}", u.human()),
        (None, None) => String::new(),
    };
    let text = format!("{} — {}{period}", a.role, a.area);
    let tail = format!(" · {origin}");
    let main = truncate(&text, w.saturating_sub(width(&tail).min(w / 2))).into_owned();
    let tail = truncate(&tail, w.saturating_sub(width(&main))).into_owned();
    vec![Span::raw(main), Span::styled(tail, app.theme().dim)]
}
