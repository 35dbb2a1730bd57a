//! The data's problems on screen: the full-screen error screen when nothing could be loaded,
//! the banner over the header when a reload failed, and the list that `e` opens. The lines
//! themselves come from [`crate::view::problems`].

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Widget};

use super::footer;
use crate::app::App;
use crate::text::truncate;
use crate::view::{count, layout, problems};

fn list(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let text = problems::text_area(app.has_data(), area);
    let lines = problems::lines(app.problems(), app.theme(), text.width);
    super::scrolled(lines, scroll, text, buf);
}

/// The error screen, shown instead of the panes when the data could not be loaded.
pub fn render_screen(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let screen = layout::screen(area);
    let n = app.problems().len();
    let title = Line::from(vec![
        Span::styled(" CICA ", t.error_banner),
        Span::styled(
            format!(
                " The data could not be loaded: {}",
                count(n, "error", "errors")
            ),
            t.bold,
        ),
    ]);
    buf.set_line(
        screen.header.x,
        screen.header.y,
        &title,
        screen.header.width,
    );
    let hint = if app.is_watching() {
        " Fix the files and save: the dashboard reloads by itself. q quits."
    } else {
        " Fix the files, then start cica-dash again (it is not watching them). q quits."
    };
    buf.set_string(
        screen.header.x,
        screen.header.y + 1,
        truncate(hint, usize::from(area.width)),
        t.base,
    );
    Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(t.error)
        .title(Span::styled(" Problems ", t.error))
        .render(screen.body, buf);
    list(app, scroll, area, buf);
    footer::render(app, screen.footer, buf);
}

/// The list of problems as a popup over the last good data.
pub fn render_popup(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let popup = layout::big_popup(area);
    let text = problems::text_area(true, area);
    let lines = problems::lines(app.problems(), t, text.width);
    let h = usize::from(text.height);
    let scroll = scroll.min(lines.len().saturating_sub(h));
    let title = format!(
        "Problems ({}) — showing the last good data",
        app.problems().len()
    );
    let hint = "Esc close · j/k scroll";
    super::popup::frame(
        t,
        popup,
        &title,
        t.error,
        Some((scroll, h, lines.len())),
        hint,
        buf,
    );
    super::scrolled(lines, scroll, text, buf);
}

/// The banner over the header's second line after a failed reload.
pub fn banner(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(first) = app.problems().first() else {
        return;
    };
    let n = app.problems().len();
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
    let style = app.theme().error_banner;
    buf.set_style(area, style);
    buf.set_stringn(
        area.x,
        area.y,
        truncate(&text, usize::from(area.width)),
        usize::from(area.width),
        style,
    );
}
