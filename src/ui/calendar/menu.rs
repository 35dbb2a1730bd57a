//! The day menu: the choices Enter offers on a meeting's day — each meeting shown on the
//! dashboard, or the whole day in full.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::app::calendar::menu::DayMenu;
use crate::dataset::CalItem;
use crate::text::truncate;
use crate::ui::popup;
use crate::view::calendar::entry::describe;
use crate::view::calendar::menu::{area as menu_area, choices_area};

/// Draws the menu over the screen.
pub fn render(app: &App, m: &DayMenu, screen: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let n = m.choices();
    let frame = menu_area(screen, n);
    let inner = popup::frame(
        t,
        frame,
        "Calendar",
        t.border_focused,
        None,
        "Enter choose · Esc stay",
        buf,
    );
    if inner.height == 0 {
        return;
    }
    let heading = m.day.format("%A %-d %B %Y").to_string();
    buf.set_line(
        inner.x,
        inner.y,
        &Line::styled(heading, t.bold),
        inner.width,
    );
    let rows = choices_area(screen, n);
    let w = usize::from(rows.width);
    for (i, y) in (rows.top()..rows.bottom()).enumerate().take(n) {
        let mut line = match m.meetings.get(i) {
            Some(&mi) => {
                let e = describe(app.data(), CalItem::Meeting(mi), app.settings().today);
                let (mark, title) = e.map_or(("◆", ""), |e| (e.mark(), e.title));
                let title = truncate(title, w.saturating_sub(30)).into_owned();
                Line::from(vec![
                    Span::raw("Show "),
                    Span::styled(format!("{mark} "), t.accent),
                    Span::styled(title, t.bold),
                    Span::raw(" on the dashboard"),
                ])
            }
            None => Line::raw("The whole day in full"),
        };
        if i == m.cursor {
            line = line.patch_style(t.selection);
        }
        buf.set_line(rows.x, y, &line, rows.width);
    }
}
