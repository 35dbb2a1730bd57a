//! Where the calendar's day menu goes (the choices Enter offers on a meeting's day), and
//! which choice a click hits.

use ratatui::layout::Rect;

use crate::view::layout::{contains, inner, popup};

/// The menu's frame on a screen, for `choices` choices: a heading, a blank line, the choices.
pub fn area(screen: Rect, choices: usize) -> Rect {
    let rows = u16::try_from(choices).unwrap_or(u16::MAX).saturating_add(4);
    popup(screen, 72, rows)
}

/// The rows of the choices inside the frame.
pub fn choices_area(screen: Rect, choices: usize) -> Rect {
    let i = inner(area(screen, choices));
    let top = (i.y + 2).min(i.bottom());
    Rect::new(i.x, top, i.width, i.bottom() - top)
}

/// The choice under a click, if any.
pub fn choice_at(screen: Rect, choices: usize, x: u16, y: u16) -> Option<usize> {
    let rows = choices_area(screen, choices);
    if !contains(rows, x, y) {
        return None;
    }
    let i = usize::from(y - rows.y);
    (i < choices).then_some(i)
}
