//! The presenter view: what the speaker sees on a second terminal while the audience sees
//! the deck. The current slide and the next one are drawn small (slides re-flow to any
//! size), beside the speaker notes, the timer, the clock and the state of the link.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget};

use super::footer::timer_span;
use crate::app::{App, Presentation};
use crate::text::{truncate, wrap};

/// Draws the presenter view.
pub fn render(app: &App, p: &Presentation, area: Rect, buf: &mut Buffer) {
    let [top, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    status(app, p, top, buf);
    let [left, notes] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body);
    let [now_box, next_box] =
        Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(left);
    let n = p.deck().len();
    let at = p.slide();
    slide_box(app, p, at, &format!(" Now {}/{} ", at + 1, n), now_box, buf);
    if at + 1 < n {
        let title = p.deck().title(app.data(), at + 1);
        let label = format!(
            " Next: {} ",
            truncate(&title, usize::from(next_box.width / 2))
        );
        slide_box(app, p, at + 1, &label, next_box, buf);
    } else {
        let block = frame(app, " Next ", false);
        let inner = block.inner(next_box);
        block.render(next_box, buf);
        Paragraph::new(Line::styled("This is the last slide.", app.theme().dim)).render(inner, buf);
    }
    speaker_notes(app, p, notes, buf);
}

fn frame<'a>(app: &App, title: &'a str, strong: bool) -> Block<'a> {
    let t = app.theme();
    Block::bordered()
        .border_type(if strong {
            BorderType::Thick
        } else {
            BorderType::Rounded
        })
        .border_style(if strong { t.border_focused } else { t.border })
        .title(Span::styled(
            title,
            if strong { t.border_focused } else { t.bold },
        ))
}

/// One slide, small, in a frame.
fn slide_box(app: &App, p: &Presentation, index: usize, title: &str, area: Rect, buf: &mut Buffer) {
    let block = frame(app, title, index == p.slide());
    let inner = block.inner(area);
    block.render(area, buf);
    if p.blank() && index == p.slide() {
        buf.set_style(inner, app.theme().blank);
        let msg = " the audience screen is blank (b) ";
        if inner.height > 0 {
            buf.set_stringn(
                inner.x,
                inner.y,
                msg,
                usize::from(inner.width),
                app.theme().notice,
            );
        }
        return;
    }
    super::super::slides::render(
        app.data(),
        p.deck(),
        index,
        app.settings().today,
        app.theme(),
        inner,
        buf,
    );
}

/// The first row: role, position, link, timer and clock.
fn status(app: &App, p: &Presentation, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let now = app.now();
    let link = if p.peer().connected {
        Span::styled(" ⇄ audience view connected ", t.accent)
    } else if let Some(why) = &p.peer().refused {
        Span::styled(format!(" ✗ {why} "), t.error)
    } else {
        Span::styled(
            " ⇄ waiting for the audience view (`cica-dash present`)… ",
            t.error,
        )
    };
    let mut left = vec![Span::styled(" PRESENTER ", t.badge), link];
    if let Some(msg) = app.notice() {
        left.push(Span::styled(format!(" {msg} "), t.notice));
    }
    let right = Line::from(vec![
        timer_span(app, p, now.mono),
        Span::styled(format!(" {} ", now.wall.format("%H:%M")), t.bold),
    ]);
    let w = right.width() as u16;
    // The timer and clock always show; the left part gives way.
    let room = if area.width > w {
        area.width - w
    } else {
        area.width
    };
    buf.set_line(area.x, area.y, &Line::from(left), room);
    if area.width > w {
        buf.set_line(area.right() - w, area.y, &right, w);
    }
}

/// The speaker notes of the current slide, wrapped.
fn speaker_notes(app: &App, p: &Presentation, area: Rect, buf: &mut Buffer) {
    let block = frame(app, " Notes ", false);
    let inner = block.inner(area);
    block.render(area, buf);
    let notes = p.deck().notes(app.data(), p.slide());
    let w = usize::from(inner.width).max(1);
    let mut lines: Vec<Line> = Vec::new();
    if notes.is_empty() {
        lines.push(Line::styled("No notes for this slide.", app.theme().dim));
    }
    for (i, para) in notes.iter().enumerate() {
        if i > 0 {
            lines.push(Line::default());
        }
        lines.extend(wrap(para, w).into_iter().map(Line::raw));
    }
    Paragraph::new(lines).render(inner, buf);
}
