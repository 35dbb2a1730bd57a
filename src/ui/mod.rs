//! Drawing: a pure function from the state to a screen.
//!
//! `impl Widget for &App` draws everything; each pane and overlay has its own module.
//! Nothing here changes state or performs I/O, so a frame can be drawn on a real terminal or
//! on ratatui's `TestBackend` with identical results.

mod agenda;
mod bidi;
mod calendar;
mod coord;
mod coord_body;
mod decisions;
mod detail;
mod footer;
mod glossary;
mod header;
mod help;
mod list;
mod picker;
mod popup;
mod present;
mod preview;
mod problems;
mod profile;
mod profile_picker;
mod search;
pub mod slides;
mod statements;
mod stats;
mod stats_chart;
mod timeline;
mod timeline_rows;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::{App, Overlay, Pane, Screen};
use crate::bindings::{Context, key_label};
use crate::view::layout;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        buf.set_style(area, self.theme().base);
        // Slides re-flow to any size; the dashboard needs room for its panes.
        if layout::too_small(area) && self.presentation().is_none() {
            return too_small(self, area, buf);
        }
        match self.screen() {
            Screen::Error { scroll } => problems::render_screen(self, *scroll, area, buf),
            Screen::Dashboard => dashboard(self, area, buf),
            Screen::Presentation(p) => present::render(self, p, area, buf),
            Screen::Timeline(s) => timeline::render(self, s, area, buf),
            Screen::Statistics(s) => stats::render(self, s, area, buf),
        }
        for overlay in self.overlays() {
            match overlay {
                Overlay::Help { scroll } => {
                    let presenting = self.presentation().is_some();
                    help::render(self.theme(), presenting, *scroll, area, buf)
                }
                Overlay::Search(s) => search::render(self, s, area, buf),
                Overlay::Coordination(s) => coord::render(self, s, area, buf),
                Overlay::Glossary(s) => glossary::render(self, s, area, buf),
                Overlay::Overview { cursor } => {
                    if let Some(p) = self.presentation() {
                        present::overview(self, p, *cursor, area, buf)
                    }
                }
                Overlay::Detail {
                    target,
                    scroll,
                    link,
                } => detail::render(self, *target, *scroll, *link, area, buf),
                Overlay::Profile(p) => profile::render(self, p, area, buf),
                Overlay::ProfilePicker(p) => profile_picker::render(self, p, area, buf),
                Overlay::Picker { cursor } => picker::render(self, *cursor, area, buf),
                Overlay::Problems { scroll } => problems::render_popup(self, *scroll, area, buf),
                Overlay::DayMenu(m) => calendar::render_menu(self, m, area, buf),
            }
        }
        bidi::visual_rows(area, buf);
    }
}

/// The dashboard screen: header, tabs or grid of panes, footer.
fn dashboard(app: &App, area: Rect, buf: &mut Buffer) {
    let screen = layout::screen(area);
    header::render(app, screen.header, buf);
    if !app.problems().is_empty() && screen.header.height > 1 {
        let line = Rect {
            y: screen.header.y + 1,
            height: 1,
            ..screen.header
        };
        problems::banner(app, line, buf);
    }
    // The search screen leaves only a one-cell margin of what is under it: the panes are not
    // drawn under it, as they would be at every keystroke (a fifth of one on a large archive).
    if app
        .overlays()
        .iter()
        .any(|o| matches!(o, Overlay::Search(_)))
    {
        return footer::render(app, screen.footer, buf);
    }
    if let Some(bar) = screen.tabs {
        tabs(app, bar, buf);
    }
    for (pane, rect) in layout::visible_panes(area, app.dashboard().focus()) {
        match pane {
            Pane::Agenda => agenda::render(app, rect, buf),
            Pane::Decisions => decisions::render(app, rect, buf),
            Pane::Statements => statements::render(app, rect, buf),
            Pane::Calendar => calendar::render(app, rect, buf),
        }
    }
    if let Some(rect) = layout::preview_area(area) {
        preview::render(app, rect, buf);
    }
    footer::render(app, screen.footer, buf);
}

/// The message below the smallest size, which also says that keys wait (only quitting works:
/// see [`crate::app::update`]), centred in as many lines as the terminal has.
fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    let (w, h) = layout::MIN_SIZE;
    let quit = key_label(Context::Main, &crate::app::Action::Quit);
    let text = vec![
        Line::styled("terminal too small", app.theme().bold),
        Line::from(format!(
            "(need {w}×{h}, have {}×{})",
            area.width, area.height
        )),
        Line::styled(format!("{quit} quits; other keys wait"), app.theme().dim),
    ];
    let wrapped: usize = text
        .iter()
        .map(|l| crate::text::wrap(&l.to_string(), usize::from(area.width)).len())
        .sum();
    let height = u16::try_from(wrapped).unwrap_or(u16::MAX).min(area.height);
    let y = area.y + (area.height - height) / 2;
    Paragraph::new(text)
        .centered()
        .wrap(Wrap { trim: true })
        .render(Rect::new(area.x, y, area.width, height), buf);
}

/// The tab bar of the narrow layout, with each pane's number.
fn tabs(app: &App, area: Rect, buf: &mut Buffer) {
    let mut spans = Vec::new();
    for p in Pane::ALL {
        let style = if p == app.dashboard().focus() {
            app.theme().tab_active
        } else {
            app.theme().tab
        };
        spans.push(Span::styled(layout::tab_label(p, area.width), style));
        spans.push(Span::raw(" "));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

/// Draws `lines` from row `scroll` on, clamped so the last page stays full: the scrolling
/// that the detail popup, the help and the problem list share.
pub fn scrolled(lines: Vec<Line<'static>>, scroll: usize, area: Rect, buf: &mut Buffer) {
    let height = usize::from(area.height);
    let scroll = scroll.min(lines.len().saturating_sub(height));
    let visible: Vec<Line> = lines.into_iter().skip(scroll).take(height).collect();
    Paragraph::new(visible).render(area, buf);
}
