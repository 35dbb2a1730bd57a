//! The search overlay: the query, the results grouped by kind with their meeting's date and
//! the matched characters highlighted, and a preview of the selected result beside them on a
//! wide screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use crate::app::{App, SearchState, Target};
use crate::dataset::ItemRef;
use crate::search::{self, Hit, Kind};
use crate::text::{truncate, width};
use crate::view::{detail, layout};

/// A row of the results list.
enum Row {
    /// A kind, how many of its hits are listed, and how many matched.
    Header(Kind, usize, usize),
    Hit(usize),
}

fn plural(k: Kind) -> &'static str {
    match k {
        Kind::Meeting => "Meetings",
        Kind::Agenda => "Agenda items",
        Kind::Decision => "Decisions",
        Kind::Statement => "Statements",
        Kind::Event => "Events",
        Kind::Participant => "Participants",
        Kind::Person => "Persons",
        Kind::Term => "Glossary",
    }
}

/// The detail popup's target for a hit.
pub fn target(t: search::Target) -> Target {
    match t {
        search::Target::Item(i) => Target::Item(i),
        search::Target::Participant(p) => Target::Participant(p),
        search::Target::Person(p) => Target::Person(p),
        search::Target::Term(t) => Target::Term(t),
    }
}

/// Draws the overlay.
pub fn render(app: &App, s: &SearchState, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let popup = layout::popup(
        area,
        area.width.saturating_sub(2),
        area.height.saturating_sub(2),
    );
    let hint = "type to search · ↑↓ choose · Enter show · Esc close";
    let inner = super::popup::frame(t, popup, "Search", t.border_focused, None, hint, buf);
    if inner.height < 3 || inner.width < 10 {
        return;
    }
    let status = match (&s.results.note, app.search_ready(), s.results.total) {
        (Some(note), _, _) => note.clone(),
        (None, false, _) => "indexing…".to_owned(),
        (None, true, _) if s.query.trim().is_empty() => {
            "words, or by:RUS in:2021 kind:decision".to_owned()
        }
        (None, true, n) => crate::text::count(n, "result", "results"),
    };
    let query = Line::from(vec![
        Span::styled("/ ", t.accent.add_modifier(Modifier::BOLD)),
        Span::styled(format!("{}▏", s.query), t.bold),
    ]);
    buf.set_line(inner.x, inner.y, &query, inner.width);
    let sw = width(&status) as u16;
    if inner.width > sw + width(&s.query) as u16 + 6 {
        buf.set_string(inner.right() - sw, inner.y, &status, t.dim);
    }
    let body = Rect::new(inner.x, inner.y + 2, inner.width, inner.height - 2);
    let (list, preview) = if body.width >= 100 {
        let lw = body.width * 3 / 5;
        (
            Rect { width: lw, ..body },
            Some(Rect::new(
                body.x + lw + 1,
                body.y,
                body.width - lw - 1,
                body.height,
            )),
        )
    } else {
        (body, None)
    };
    results(app, s, list, buf);
    if let Some(area) = preview {
        for y in area.top()..area.bottom() {
            buf.set_string(area.x - 1, y, "│", app.theme().dim);
        }
    }
    if let (Some(area), Some(hit)) = (
        preview.map(|a| Rect {
            x: a.x + 1,
            width: a.width.saturating_sub(1),
            ..a
        }),
        s.selected(),
    ) {
        let lines = detail::lines(app.ctx(), target(hit.target), area.width);
        super::scrolled(lines, 0, area, buf);
    }
}

fn results(app: &App, s: &SearchState, area: Rect, buf: &mut Buffer) {
    let order = s.order();
    let mut rows = Vec::new();
    for (pos, &i) in order.iter().enumerate() {
        let k = s.results.hits[i].kind();
        if pos == 0 || s.results.hits[order[pos - 1]].kind() != k {
            let n = order
                .iter()
                .filter(|&&j| s.results.hits[j].kind() == k)
                .count();
            let all = s.results.by_kind.get(k as usize).copied().unwrap_or(n);
            rows.push(Row::Header(k, n, all));
        }
        rows.push(Row::Hit(pos));
    }
    let at = rows
        .iter()
        .position(|r| matches!(r, Row::Hit(p) if *p == s.cursor))
        .unwrap_or(0);
    let h = usize::from(area.height);
    let first = at.saturating_sub(h.saturating_sub(1));
    for (y, row) in rows.iter().skip(first).take(h).enumerate() {
        let y = area.y + y as u16;
        match row {
            Row::Header(k, n, all) => {
                let line = if all > n {
                    format!("{} ({n} best of {all})", plural(*k))
                } else {
                    format!("{} ({n})", plural(*k))
                };
                buf.set_string(area.x, y, line, app.theme().label);
            }
            Row::Hit(pos) => {
                let hit = &s.results.hits[order[*pos]];
                let selected = *pos == s.cursor;
                let t = app.theme();
                let line = hit_line(app, hit, selected, usize::from(area.width));
                let (end, _) = buf.set_line(area.x, y, &line, area.width);
                // The rest of the row in the row's ground (cheaper than padding with spaces).
                let rest = Rect::new(end, y, area.right().saturating_sub(end), 1);
                buf.set_style(rest, if selected { t.selection } else { t.base });
            }
        }
    }
}

/// One result: its meeting's date, then the matched text with the matches highlighted.
fn hit_line(app: &App, hit: &Hit, selected: bool, w: usize) -> Line<'static> {
    let t = app.theme();
    let base = if selected { t.selection } else { t.base };
    let mark: Style = base.add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
    let data = app.data();
    let date = match hit.target {
        search::Target::Item(ItemRef::Event(e)) => data.events.get(e).and_then(|e| e.date),
        _ => hit
            .meeting
            .and_then(|m| data.meetings.get(m))
            .map(|m| m.date),
    };
    let date = date.map(|d| d.to_string()).unwrap_or_default();
    let dim = if selected { base } else { t.dim };
    let mut spans = vec![Span::styled(format!("  {date:<10}  "), dim)];
    let mut room = w.saturating_sub(14);
    // A match outside the item's name: the name first, so the row says which item it is.
    if let Some(name) = &hit.context {
        let name = truncate(name, room.saturating_sub(3) / 2);
        room = room.saturating_sub(width(&name) + 3);
        spans.push(Span::styled(name.into_owned(), base));
        spans.push(Span::styled(" · ", dim));
    }
    let text = truncate(&hit.text, room).into_owned();
    let mut at = 0;
    for r in hit.highlights.iter().filter(|r| r.end <= text.len()) {
        if r.start < at || !text.is_char_boundary(r.start) || !text.is_char_boundary(r.end) {
            continue;
        }
        spans.push(Span::styled(text[at..r.start].to_owned(), base));
        spans.push(Span::styled(text[r.start..r.end].to_owned(), mark));
        at = r.end;
    }
    spans.push(Span::styled(text[at..].to_owned(), base));
    Line::from(spans)
}
