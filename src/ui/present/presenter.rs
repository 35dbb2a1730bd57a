//! The presenter view: what the speaker sees on a second terminal while the audience sees
//! the deck. The current slide and the next one are drawn small (slides re-flow to any
//! size), beside the speaker notes, the timer, the clock and the state of the link.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget};

use super::footer::timer_span;
use crate::app::{App, Presentation};
use crate::text::truncate;
use crate::view::deck::{notes_lines, presenter_areas};

/// Draws the presenter view.
pub fn render(app: &App, p: &Presentation, area: Rect, buf: &mut Buffer) {
    let areas = presenter_areas(area);
    let (now_box, next_box, notes) = (areas.now, areas.next, areas.notes);
    status(app, p, areas.status, buf);
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

/// The speaker notes of the current slide, wrapped and scrolled, with a mark where more
/// follows.
fn speaker_notes(app: &App, p: &Presentation, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let notes = p.deck().notes(app.data(), p.slide());
    let inner = crate::view::layout::inner(area);
    let lines = notes_lines(&notes, inner.width);
    let h = usize::from(inner.height);
    let scroll = p.notes_scroll().min(lines.len().saturating_sub(h));
    let more = lines.len() > scroll + h;
    let mut block = frame(app, " Notes ", false);
    if more || scroll > 0 {
        let mark = if more { " more ↓ " } else { "" };
        block = block.title_bottom(
            Line::from(vec![
                Span::styled(mark, t.border_focused),
                Span::styled(" j/k scroll ", t.dim),
            ])
            .right_aligned(),
        );
    }
    block.render(area, buf);
    if notes.is_empty() {
        Paragraph::new(Line::styled("No notes for this slide.", t.dim)).render(inner, buf);
        return;
    }
    let shown: Vec<Line> = lines
        .into_iter()
        .skip(scroll)
        .take(h)
        .map(Line::raw)
        .collect();
    Paragraph::new(shown).render(inner, buf);
}
