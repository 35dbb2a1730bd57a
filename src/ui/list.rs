//! What the three list panes share: the bordered block, the row window, the gutter that marks
//! the cursor and linked rows, and the empty state.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget, Wrap};

use crate::app::{Action, App, Pane};
use crate::bindings::{Context, key_label};

/// The block around a pane, highlighted when focused.
pub fn block(app: &App, pane: Pane, extra: Option<String>) -> Block<'static> {
    let focused = app.dashboard().focus() == pane;
    let mut title = vec![Span::styled(
        format!(" {} {} ", pane.index() + 1, pane.title()),
        if focused {
            app.theme().border_focused
        } else {
            app.theme().bold
        },
    )];
    if let Some(extra) = extra {
        title.push(Span::styled(format!("{extra} "), app.theme().dim));
    }
    if let Some(name) = app.lens_name().filter(|_| lens_narrows(pane)) {
        title.push(Span::styled(format!("· {name} "), app.theme().filter));
    }
    Block::bordered()
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Rounded
        })
        .border_style(if focused {
            app.theme().border_focused
        } else {
            app.theme().border
        })
        .title(Line::from(title))
}

/// How a row is marked in the gutter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    None,
    /// The cursor row.
    Cursor,
    /// Linked to the selection in another pane.
    Linked,
}

/// The two-cell gutter for a row's first line.
pub fn gutter(app: &App, mark: Mark, focused: bool) -> Span<'static> {
    match mark {
        Mark::Cursor if focused => Span::styled("▌ ", app.theme().accent),
        Mark::Cursor => Span::styled("› ", app.theme().bold),
        Mark::Linked => Span::styled("┃ ", app.theme().link),
        Mark::None => Span::raw("  "),
    }
}

/// Draws the pane's rows, each in the lines the pane's [`RowPlan`] gives it, from the pane's
/// offset, through `draw_row` (which gets the item index, its mark, the width available and
/// the row's lines).
///
/// [`RowPlan`]: crate::view::list_rows::RowPlan
pub fn render_rows<F>(app: &App, pane: Pane, inner: Rect, buf: &mut Buffer, mut draw_row: F)
where
    F: FnMut(usize, Mark, u16, u16) -> Vec<Line<'static>>,
{
    let rows = app.rows(pane);
    let plan = app.row_plan(pane, inner);
    let visible = plan.visible(inner.height);
    let cursor = app
        .dashboard()
        .cursor(pane)
        .min(rows.len().saturating_sub(1));
    let offset = crate::app::scrolled(app.dashboard().offset(pane), cursor, visible, rows.len());
    let focused = app.dashboard().focus() == pane;
    let mut y = inner.y;
    for pos in offset..(offset + visible).min(rows.len()) {
        let Some(item) = rows.get(pos) else { break };
        let linked = app.is_linked(pane, item)
            || (pane == Pane::Agenda && app.linked_agenda() == Some(item));
        // In a pane without focus the link is the news: it wins over the resting cursor.
        let mark = if pos == cursor && (focused || !linked) {
            Mark::Cursor
        } else if linked {
            Mark::Linked
        } else {
            Mark::None
        };
        let style = if mark == Mark::Cursor && focused {
            app.theme().selection
        } else {
            Style::new()
        };
        let lines = plan.height(pos);
        let drawn = draw_row(item, mark, inner.width.saturating_sub(2), lines);
        for line in drawn.into_iter().take(usize::from(lines)) {
            if y >= inner.bottom() {
                return;
            }
            let area = Rect::new(inner.x, y, inner.width, 1);
            buf.set_line(inner.x, y, &line, inner.width);
            // After the text, so the selection's colours win over dim or coloured spans: white
            // on blue reads on any projector.
            buf.set_style(area, style);
            y += 1;
        }
    }
}

/// A centred, wrapped message for a pane with nothing to show.
pub fn empty(inner: Rect, buf: &mut Buffer, lines: Vec<Line<'static>>) {
    let w = inner.width.saturating_sub(2);
    let wrapped: usize = lines
        .iter()
        .map(|l| crate::text::wrap(&l.to_string(), usize::from(w)).len())
        .sum();
    let h = (wrapped as u16).min(inner.height);
    let area = Rect::new(
        inner.x + 1,
        inner.y + inner.height.saturating_sub(h) / 2,
        w,
        h,
    );
    Paragraph::new(lines)
        .centered()
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// The "N of M" count for a pane title.
pub fn count(app: &App, pane: Pane) -> Option<String> {
    let rows = app.rows(pane);
    if rows.is_empty() {
        return None;
    }
    Some(format!(
        "{}/{}",
        app.dashboard().cursor(pane).min(rows.len() - 1) + 1,
        rows.len()
    ))
}

/// The empty state when the data set has no meeting at all.
pub fn no_meetings(app: &App) -> Vec<Line<'static>> {
    vec![
        Line::from("No meetings loaded."),
        Line::styled(
            "Add a meeting file to the data directory (see docs/data-format.md), or start with --data DIR.",
            app.theme().dim,
        ),
    ]
}

/// Whether the lens narrows a pane (the agenda stays whole; the calendar keeps its events).
fn lens_narrows(pane: Pane) -> bool {
    matches!(pane, Pane::Decisions | Pane::Statements | Pane::Calendar)
}

/// What an empty pane says under a lens: the meeting has nothing of the participant's.
pub fn lens_empty(app: &App, pane: Pane) -> Option<Vec<Line<'static>>> {
    let name = app.lens_name()?;
    let what = match pane {
        Pane::Decisions => "No decisions about",
        _ => "No statements for",
    };
    Some(vec![
        Line::from(format!("{what} {name} in this meeting.")),
        Line::styled(
            format!(
                "{} and {} go to its meetings; {} shows everything.",
                key_label(Context::Main, &Action::PrevMeeting),
                key_label(Context::Main, &Action::NextMeeting),
                key_label(Context::Main, &Action::Close),
            ),
            app.theme().dim,
        ),
    ])
}
