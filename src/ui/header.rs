//! The header: the meeting's title, body, dates, place, chair and chairmanship.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::dataset::{Meeting, effective_status};
use crate::text::{truncate, width};
use crate::view::when::{format_word, range};

/// Draws the two header lines.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let w = usize::from(area.width);
    let badge = Span::styled(" CICA ", app.theme().badge);
    let Some(m) = app.current() else {
        let line = Line::from(vec![
            badge,
            Span::styled(" No meetings loaded", app.theme().bold),
        ]);
        buf.set_line(area.x, area.y, &line, area.width);
        return;
    };
    let position = format!(
        " meeting {}/{} ",
        app.dashboard().meeting() + 1,
        app.data().meetings.len()
    );
    let title_w = w.saturating_sub(width(&position) + 7);
    let title = truncate(&m.title, title_w).into_owned();
    let used = 7 + width(&title);
    let first = Line::from(vec![
        badge,
        Span::raw(" "),
        Span::styled(title, app.theme().bold),
    ]);
    buf.set_line(area.x, area.y, &first, area.width);
    if w >= used + width(&position) {
        let x = area.right().saturating_sub(width(&position) as u16);
        buf.set_string(x, area.y, &position, app.theme().dim);
    }
    if area.height > 1 {
        let second = Line::styled(facts(app, m, w), app.theme().base);
        buf.set_line(area.x, area.y + 1, &second, area.width);
    }
}

/// The second line, `w` cells at most: the body, the date and the status always show (the
/// body shortened first); then place, format, chair and chairmanship as room allows, the
/// chair's title the first thing to give up.
fn facts(app: &App, m: &Meeting, w: usize) -> String {
    let mut core = vec![range(&m.date, m.end.as_ref())];
    let today = app.settings().today;
    if let Some(s) = effective_status(m.status, Some(&m.date), m.end.as_ref(), today) {
        core.push(crate::view::status_word(s).to_owned());
    }
    let core = core.join(" · ");
    let body_room = w.saturating_sub(width(&core) + 4);
    let head = format!(" {} · {core}", truncate(&m.body, body_room));
    let room = w.saturating_sub(width(&head));
    let mut tail = rest(app, m, true);
    if width(&tail) > room {
        tail = rest(app, m, false);
    }
    // The tail is cut, never the date or the status.
    let tail = if room > 4 {
        truncate(&tail, room)
    } else {
        "".into()
    };
    format!("{head}{tail}")
}

/// ` · place · format · chair · chairmanship`, each part that the meeting has.
fn rest(app: &App, m: &Meeting, chair_title: bool) -> String {
    let mut parts = Vec::new();
    if let Some(p) = &m.place {
        parts.push(p.clone());
    }
    if let Some(f) = m.format {
        parts.push(format_word(f).to_owned());
    }
    match (&m.chair, &m.chair_title) {
        (Some(c), Some(t)) if chair_title => parts.push(format!("Chair: {c}, {t}")),
        (Some(c), _) => parts.push(format!("Chair: {c}")),
        _ => {}
    }
    if let Some(p) = m.chairmanship.and_then(|p| app.data().participants.get(p)) {
        parts.push(format!("{} chairmanship", p.name));
    }
    parts.iter().map(|p| format!(" · {p}")).collect()
}
