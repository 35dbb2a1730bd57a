//! The data's problems: the full-screen error screen when nothing could be loaded, the banner
//! over the header when a reload failed, and the list that `e` opens.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Widget};

use super::{footer, layout, theme};
use crate::app::App;
use crate::text::{truncate, wrap};

fn error_style() -> Style {
    Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
}

/// Where the list's text goes: the body of the error screen, or inside the popup.
pub fn text_area(app: &App, screen: Rect) -> Rect {
    if app.has_data {
        layout::inner(layout::big_popup(screen))
    } else {
        layout::inner(layout::screen(screen).body)
    }
}

/// Every problem, wrapped to `w`: location and message, then help.
pub fn lines(app: &App, w: u16) -> Vec<Line<'static>> {
    let w = usize::from(w).max(10);
    let mut out = Vec::new();
    for d in &app.problems {
        let head = format!("{}:{}:{}: ", d.file, d.line, d.col);
        let text = format!("{head}error[{}]: {}", d.code.as_str(), d.message);
        for (i, l) in wrap(&text, w).into_iter().enumerate() {
            out.push(if i == 0 && l.starts_with(&head) {
                let rest = l[head.len()..].to_owned();
                Line::from(vec![
                    Span::styled(head.clone(), theme::bold()),
                    Span::styled(rest, error_style()),
                ])
            } else {
                Line::raw(l)
            });
        }
        if let Some(h) = &d.help {
            out.extend(
                wrap(&format!("help: {h}"), w.saturating_sub(2))
                    .into_iter()
                    .map(|l| Line::styled(format!("  {l}"), theme::dim())),
            );
        }
        out.push(Line::default());
    }
    out
}

fn list(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    super::scrolled(lines(app, area.width), scroll, area, buf);
}

/// The error screen, shown instead of the panes when the data could not be loaded.
pub fn render_screen(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let screen = layout::screen(area);
    let n = app.problems.len();
    let badge = Span::styled(
        " CICA ",
        Style::new()
            .bg(Color::Red)
            .fg(Color::Black)
            .add_modifier(Modifier::BOLD),
    );
    let title = Line::from(vec![
        badge,
        Span::styled(
            format!(" The data could not be loaded: {n} error(s)"),
            theme::bold(),
        ),
    ]);
    buf.set_line(
        screen.header.x,
        screen.header.y,
        &title,
        screen.header.width,
    );
    let hint = if app.watching {
        " Fix the files and save: the dashboard reloads by itself. q quits."
    } else {
        " Fix the files, then start cica-dash again (it is not watching them). q quits."
    };
    buf.set_string(
        screen.header.x,
        screen.header.y + 1,
        truncate(hint, usize::from(area.width)),
        Style::new().fg(Color::Gray),
    );
    Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(error_style())
        .title(Span::styled(" Problems ", error_style()))
        .render(screen.body, buf);
    list(app, scroll, text_area(app, area), buf);
    footer::render(app, screen.footer, buf);
}

/// The list of problems as a popup over the last good data.
pub fn render_popup(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let popup = layout::big_popup(area);
    Clear.render(popup, buf);
    Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(error_style())
        .title(Span::styled(
            format!(
                " Problems ({}) — showing the last good data ",
                app.problems.len()
            ),
            error_style(),
        ))
        .title_bottom(Line::styled(" Esc close · j/k scroll ", theme::dim()).right_aligned())
        .render(popup, buf);
    list(app, scroll, text_area(app, area), buf);
}

/// The banner over the header's second line after a failed reload.
pub fn banner(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(first) = app.problems.first() else {
        return;
    };
    let n = app.problems.len();
    let file = std::path::Path::new(&first.file)
        .file_name()
        .map_or(first.file.clone(), |f| f.to_string_lossy().into_owned());
    let more = if n > 1 {
        format!(" (+{} more)", n - 1)
    } else {
        String::new()
    };
    let text = format!(
        " ⚠ reload failed (e: details) · {file}:{}:{}: {}{more} · showing the last good data ",
        first.line, first.col, first.message
    );
    let style = Style::new()
        .bg(Color::Red)
        .fg(Color::White)
        .add_modifier(Modifier::BOLD);
    buf.set_style(area, style);
    buf.set_stringn(
        area.x,
        area.y,
        truncate(&text, usize::from(area.width)),
        usize::from(area.width),
        style,
    );
}
