//! The glossary overlay's content and geometry: each term with its meaning wrapped beside it
//! and its aliases under it, so `update` can keep the selected term on screen and hit-test
//! clicks with the same line counts the drawing uses.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::layout;
use crate::dataset::Dataset;
use crate::text::{fit, width, wrap};
use crate::theme::Theme;

/// The lines above the list: the filter, and what is shown.
pub const HEAD: u16 = 2;

/// The overlay's popup.
pub fn frame(screen: Rect) -> Rect {
    layout::big_popup(screen)
}

/// The area of the list of terms.
pub fn list_area(screen: Rect) -> Rect {
    let inner = layout::inner(frame(screen));
    Rect {
        y: inner.y + HEAD.min(inner.height),
        height: inner.height.saturating_sub(HEAD),
        ..inner
    }
}

/// The width of the terms' column for these terms at this width.
fn term_width(data: &Dataset, shown: &[usize], w: usize) -> usize {
    let widest = shown
        .iter()
        .filter_map(|&t| data.glossary.get(t))
        .map(|t| width(&t.term))
        .max()
        .unwrap_or(4);
    widest.clamp(4, (w / 3).max(4))
}

/// The lines of one term: the term, its meaning wrapped beside it, its aliases under it.
pub fn entry(
    data: &Dataset,
    theme: &Theme,
    shown: &[usize],
    term: usize,
    w: usize,
) -> Vec<Line<'static>> {
    let Some(t) = data.glossary.get(term) else {
        return Vec::new();
    };
    let tw = term_width(data, shown, w);
    let rest = w.saturating_sub(tw + 2).max(1);
    let mut out: Vec<Line<'static>> = Vec::new();
    for (i, l) in wrap(&t.meaning, rest).into_iter().enumerate() {
        let head = if i == 0 {
            Span::styled(fit(&t.term, tw), theme.bold.patch(theme.accent))
        } else {
            Span::raw(" ".repeat(tw))
        };
        out.push(Line::from(vec![head, Span::raw("  "), Span::raw(l)]));
    }
    if !t.aliases.is_empty() {
        let also = format!("also {}", t.aliases.join(", "));
        for l in wrap(&also, rest) {
            out.push(Line::from(vec![
                Span::raw(" ".repeat(tw + 2)),
                Span::styled(l, theme.dim),
            ]));
        }
    }
    out
}

/// How many lines each shown term takes at this width.
pub fn heights(data: &Dataset, shown: &[usize], w: usize) -> Vec<usize> {
    let theme = Theme::fallback();
    shown
        .iter()
        .map(|&t| entry(data, &theme, shown, t, w).len().max(1))
        .collect()
}

/// The first term to show so that the selected one is wholly on screen, scrolling as little
/// as possible from `offset`.
pub fn offset_for(heights: &[usize], offset: usize, cursor: usize, room: usize) -> usize {
    if cursor < offset {
        return cursor;
    }
    let mut first = offset.min(cursor);
    while first < cursor && heights[first..=cursor].iter().sum::<usize>() > room {
        first += 1;
    }
    first
}

/// The term (position among those shown) on a line of the list.
pub fn term_at(heights: &[usize], offset: usize, line: usize) -> Option<usize> {
    let mut top = 0;
    for (k, h) in heights.iter().enumerate().skip(offset) {
        if line < top + h {
            return Some(k);
        }
        top += h;
    }
    None
}
