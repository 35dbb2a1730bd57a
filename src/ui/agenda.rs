//! The Agenda pane: numbered items with their kind.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::list::{self, Mark};
use crate::app::{App, Pane};
use crate::text::{fit, truncate, width};

/// Draws the agenda pane.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let block = list::block(app, Pane::Agenda, list::count(app, Pane::Agenda));
    let inner = block.inner(area);
    block.render(area, buf);
    let Some(m) = app.current() else {
        return list::empty(inner, buf, list::no_meetings(app));
    };
    if m.agenda.is_empty() {
        return list::empty(
            inner,
            buf,
            vec![Line::from("No agenda recorded for this meeting.")],
        );
    }
    let num_width = m.agenda.len().to_string().len() + 1;
    let focused = app.dashboard().focus() == Pane::Agenda;
    list::render_rows(app, Pane::Agenda, inner, buf, |i, mark, w, _| {
        let item = &m.agenda[i];
        let number = format!("{:>num_width$} ", format!("{}.", i + 1));
        let kind = item
            .kind
            .as_deref()
            .map(|k| truncate(k, 20).into_owned())
            .unwrap_or_default();
        let right = if kind.is_empty() { 0 } else { width(&kind) + 1 };
        let title_w = usize::from(w).saturating_sub(width(&number) + right);
        let title_style = if mark == Mark::Linked {
            app.theme().bold.patch(app.theme().link)
        } else {
            app.theme().bold
        };
        vec![Line::from(vec![
            list::gutter(app, mark, focused),
            Span::styled(number, app.theme().dim),
            Span::styled(fit(&item.title, title_w), title_style),
            Span::styled(
                if kind.is_empty() {
                    kind
                } else {
                    format!(" {kind}")
                },
                app.theme().dim,
            ),
        ])]
    });
}
