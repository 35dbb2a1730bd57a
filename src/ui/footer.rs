//! The footer: key hints from the live keymap, the filter and the lens, and any notice.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use crate::app::{Action, App, Screen};
use crate::bindings::{Context, key_label};
use crate::keymap;
use crate::text::{truncate, width};

/// Draws the footer line.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let mut right: Vec<Span> = Vec::new();
    // The dashboard's filter and lens are shown on the dashboard only.
    let dashboard = matches!(app.screen(), Screen::Dashboard);
    if dashboard && app.dashboard().filter() {
        right.push(Span::styled(" FILTER ", app.theme().filter));
    }
    if let Some(name) = app.lens_name().filter(|_| dashboard) {
        let room = usize::from(area.width) / 3;
        let text = format!(
            " LENS {} · {} clears ",
            truncate(name, room.saturating_sub(20)),
            key_label(Context::Main, &Action::Close)
        );
        right.push(Span::styled(text, app.theme().filter));
    }
    if let Some(msg) = app.notice() {
        let room = usize::from(area.width) / 2;
        right.push(Span::styled(
            format!(" {} ", truncate(msg, room.saturating_sub(2))),
            app.theme().notice,
        ));
    }
    let right_w: usize = right.iter().map(|s| width(&s.content)).sum();
    let room = usize::from(area.width).saturating_sub(right_w + 1);
    let mut hints = keymap::hints(app);
    let cost = |(keys, hint): &(String, &str)| width(keys) + width(hint) + 3;
    // Drop hints from the end until they fit, but keep the ways out: help, close and quit.
    while hints.iter().map(cost).sum::<usize>() > room {
        let Some(i) = hints
            .iter()
            .rposition(|(_, h)| !matches!(*h, "help" | "quit" | "close"))
        else {
            break;
        };
        hints.remove(i);
    }
    let mut spans = Vec::new();
    let mut used = 0;
    for h in &hints {
        if used + cost(h) > room {
            break;
        }
        used += cost(h);
        spans.push(Span::styled(
            format!(" {}", h.0),
            app.theme().accent.add_modifier(Modifier::BOLD),
        ));
        spans.push(Span::styled(format!(" {} ", h.1), app.theme().dim));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
    if right_w > 0 {
        // Filter, lens and notice together may be wider than a narrow footer: they start at
        // its left edge then, and are cut at its right one.
        let w = u16::try_from(right_w).unwrap_or(u16::MAX).min(area.width);
        let x = area.right() - w;
        buf.set_line(x, area.y, &Line::from(right), w);
    }
}
