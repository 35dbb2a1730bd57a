//! Where a presentation's parts go: the slide, the footer, and the overview grid's tiles, as
//! pure functions of the terminal size, shared by drawing and by `update` (which moves the
//! overview's cursor by rows and hit-tests clicks on its tiles).

use ratatui::layout::{Constraint, Layout, Rect};

use super::layout::contains;
use crate::text::wrap;

/// The presentation's slide area and its footer row (none when the footer is off or the
/// terminal has a single row).
pub fn slide_and_footer(area: Rect, footer: bool) -> (Rect, Option<Rect>) {
    if !footer || area.height < 2 {
        return (area, None);
    }
    let slide = Rect {
        height: area.height - 1,
        ..area
    };
    let bar = Rect {
        y: area.bottom() - 1,
        height: 1,
        ..area
    };
    (slide, Some(bar))
}

/// The parts of the presenter view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PresenterAreas {
    /// The first row: role, link, timer, clock.
    pub status: Rect,
    /// The current slide, small, in a frame.
    pub now: Rect,
    /// The next slide, small, in a frame.
    pub next: Rect,
    /// The speaker notes, in a frame.
    pub notes: Rect,
}

/// Where the presenter view puts its parts.
pub fn presenter_areas(area: Rect) -> PresenterAreas {
    let [status, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    let [left, notes] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body);
    let [now, next] =
        Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(left);
    PresenterAreas {
        status,
        now,
        next,
        notes,
    }
}

/// Speaker notes wrapped to `width`, a blank line between paragraphs.
pub fn notes_lines(notes: &[String], width: u16) -> Vec<String> {
    let w = usize::from(width).max(1);
    let mut out = Vec::new();
    for (i, para) in notes.iter().enumerate() {
        if i > 0 {
            out.push(String::new());
        }
        out.extend(wrap(para, w));
    }
    out
}

/// Rows of one overview tile: number and title on two lines, and a gap.
const TILE_H: u16 = 3;
/// The narrowest tile.
const TILE_MIN_W: u16 = 24;

/// The overview grid: tiles of numbered slide titles, scrolled by whole rows so the cursor's
/// tile is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overview {
    /// The inside of the overview's frame.
    pub inner: Rect,
    /// Tiles per row.
    pub cols: usize,
    /// The first row of tiles shown.
    pub first_row: usize,
    /// How many tiles there are.
    pub count: usize,
}

impl Overview {
    /// The grid for `count` slides on `screen`, with `cursor` on screen.
    pub fn new(screen: Rect, count: usize, cursor: usize) -> Self {
        let inner = super::layout::inner(screen);
        let cols = usize::from((inner.width / TILE_MIN_W).max(1)).min(6);
        let visible = usize::from((inner.height / TILE_H).max(1));
        let row = cursor / cols;
        let first_row = row.saturating_sub(visible - 1);
        Overview {
            inner,
            cols,
            first_row,
            count,
        }
    }

    /// The area of tile `i`, when it is on screen.
    pub fn tile(&self, i: usize) -> Option<Rect> {
        if i >= self.count {
            return None;
        }
        let row = (i / self.cols).checked_sub(self.first_row)?;
        let col = i % self.cols;
        let w = self.inner.width / self.cols as u16;
        let y = self.inner.y + u16::try_from(row).ok()?.checked_mul(TILE_H)?;
        if y + TILE_H - 1 > self.inner.bottom() {
            return None;
        }
        let x = self.inner.x + w * col as u16;
        Some(Rect::new(x, y, w.saturating_sub(1), TILE_H - 1))
    }

    /// The tile under a click.
    pub fn at(&self, x: u16, y: u16) -> Option<usize> {
        (0..self.count)
            .skip(self.first_row * self.cols)
            .take_while(|&i| self.tile(i).is_some())
            .find(|&i| self.tile(i).is_some_and(|r| contains(r, x, y)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiles_fill_rows_and_scroll_to_the_cursor() {
        let o = Overview::new(Rect::new(0, 0, 80, 24), 24, 0);
        assert_eq!(o.cols, 3, "78 inner columns hold three 24-column tiles");
        assert_eq!(o.tile(0).unwrap().y, 1);
        assert_eq!(
            o.tile(3).unwrap().y,
            4,
            "the fourth tile starts the second row"
        );
        assert!(o.tile(24).is_none());
        let far = Overview::new(Rect::new(0, 0, 80, 24), 24, 23);
        assert!(far.tile(0).is_none(), "scrolled past the first row");
        assert!(far.tile(23).is_some(), "the cursor's tile is shown");
    }

    #[test]
    fn a_click_finds_its_tile() {
        let o = Overview::new(Rect::new(0, 0, 80, 24), 10, 0);
        let t = o.tile(4).unwrap();
        assert_eq!(o.at(t.x + 1, t.y + 1), Some(4));
        assert_eq!(o.at(0, 0), None, "the frame is no tile");
    }

    #[test]
    fn the_footer_takes_the_last_row_only_when_shown() {
        let area = Rect::new(0, 0, 80, 24);
        assert_eq!(
            slide_and_footer(area, true).1,
            Some(Rect::new(0, 23, 80, 1))
        );
        assert_eq!(slide_and_footer(area, false), (area, None));
        assert_eq!(slide_and_footer(Rect::new(0, 0, 5, 1), true).1, None);
    }
}
