//! Colours and styles, in one place.
//!
//! Only the sixteen named terminal colours are used, so the dashboard looks right in any
//! terminal and on any projector, and every state (focus, selection, link) also has a
//! non-colour cue (a gutter mark, bold text) for monochrome screens.

use ratatui::style::{Color, Modifier, Style};

pub const ACCENT: Color = Color::Cyan;
pub const LINK: Color = Color::Yellow;
pub const DIM: Color = Color::DarkGray;

/// The border of the focused pane.
pub fn focused_border() -> Style {
    Style::new().fg(ACCENT).add_modifier(Modifier::BOLD)
}

/// The border of other panes.
pub fn border() -> Style {
    Style::new().fg(Color::Gray)
}

/// The selected row of the focused pane.
pub fn cursor() -> Style {
    Style::new()
        .bg(Color::Blue)
        .fg(Color::White)
        .add_modifier(Modifier::BOLD)
}

/// Secondary text.
pub fn dim() -> Style {
    Style::new().fg(DIM)
}

/// Bold text.
pub fn bold() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

/// A field label in detail popups.
pub fn label() -> Style {
    Style::new().fg(ACCENT).add_modifier(Modifier::BOLD)
}

/// The colour of a decision's action verb, by kind of action.
pub fn action(verb: &str) -> Style {
    let v = verb.to_lowercase();
    let color = if v.contains("approv") || v.contains("adopt") {
        Color::Green
    } else if v.contains("recommend") || v.contains("forward") {
        Color::Blue
    } else if v.contains("task") {
        Color::Magenta
    } else if v.contains("note") {
        Color::Gray
    } else {
        Color::White
    };
    Style::new().fg(color).add_modifier(Modifier::BOLD)
}

/// A short notice in the footer.
pub fn notice() -> Style {
    Style::new().fg(Color::Black).bg(LINK)
}
