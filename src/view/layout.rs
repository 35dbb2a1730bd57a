//! Where everything goes on screen, as pure functions of the terminal size.
//!
//! Both drawing and [`crate::app::update`] use these functions: the drawing to place widgets,
//! `update` to know how many rows a page holds and which pane, row or day a mouse click hit.
//! One source of truth keeps clicks and scrolling exact.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::action::Pane;

/// Below this size the dashboard shows only a "terminal too small" message.
pub const MIN_SIZE: (u16, u16) = (40, 12);
/// From this width on, the four panes are shown at once in a 2×2 grid.
pub const GRID_MIN_WIDTH: u16 = 100;
/// …and from this height: below it a quarter of the screen cannot hold the calendar's month
/// grid and the selected day, so the panes become tabs.
pub const GRID_MIN_HEIGHT: u16 = 24;

/// From this width on (in the grid layout), a preview pane beside the panes shows the
/// selected item in full, word-wrapped.
pub const PREVIEW_MIN_WIDTH: u16 = 180;

/// The rows of the header.
pub const HEADER_HEIGHT: u16 = 2;

/// The main screen's regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    pub header: Rect,
    /// The tab bar, in the narrow layout only.
    pub tabs: Option<Rect>,
    /// The area of the panes: the 2×2 grid, or the one focused tab.
    pub body: Rect,
    pub footer: Rect,
}

/// Whether the terminal is too small for anything but a message.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1
}

/// Whether all four panes fit side by side.
pub fn is_grid(area: Rect) -> bool {
    area.width >= GRID_MIN_WIDTH && area.height >= GRID_MIN_HEIGHT
}

/// Splits the screen into header, tab bar (narrow only), body and footer.
pub fn screen(area: Rect) -> Screen {
    let tabs_height = if is_grid(area) { 0 } else { 1 };
    let [header, tabs, body, footer] = Layout::vertical([
        Constraint::Length(HEADER_HEIGHT),
        Constraint::Length(tabs_height),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    Screen {
        header,
        tabs: (tabs_height > 0).then_some(tabs),
        body,
        footer,
    }
}

/// The body split into the panes' part and, on a wide screen, the preview beside it.
fn split_body(area: Rect) -> (Rect, Option<Rect>) {
    let body = screen(area).body;
    if !is_grid(area) || area.width < PREVIEW_MIN_WIDTH {
        return (body, None);
    }
    let [panes, preview] =
        Layout::horizontal([Constraint::Fill(3), Constraint::Fill(2)]).areas(body);
    (panes, Some(preview))
}

/// The preview pane, on screens at least [`PREVIEW_MIN_WIDTH`] wide in the grid layout.
pub fn preview_area(area: Rect) -> Option<Rect> {
    split_body(area).1
}

/// The area of a pane: its grid cell, or the whole body in the narrow layout.
pub fn pane_area(area: Rect, pane: Pane) -> Rect {
    let (body, _) = split_body(area);
    if !is_grid(area) {
        return body;
    }
    let [top, bottom] = Layout::vertical([Constraint::Fill(1); 2]).areas(body);
    let [tl, tr] = Layout::horizontal([Constraint::Fill(1); 2]).areas(top);
    let [bl, br] = Layout::horizontal([Constraint::Fill(1); 2]).areas(bottom);
    match pane {
        Pane::Agenda => tl,
        Pane::Decisions => tr,
        Pane::Statements => bl,
        Pane::Calendar => br,
    }
}

/// The panes on screen with their areas: all four, or only the focused one.
pub fn visible_panes(area: Rect, focus: Pane) -> Vec<(Pane, Rect)> {
    if is_grid(area) {
        Pane::ALL.iter().map(|&p| (p, pane_area(area, p))).collect()
    } else {
        vec![(focus, pane_area(area, focus))]
    }
}

/// The inside of a bordered block.
pub fn inner(area: Rect) -> Rect {
    area.inner(ratatui::layout::Margin::new(1, 1))
}

/// Rows each item takes in a list pane.
pub fn item_height(pane: Pane) -> u16 {
    match pane {
        Pane::Agenda => 1,
        Pane::Decisions => 2,
        Pane::Statements => 3,
        Pane::Calendar => 1,
    }
}

/// How many items of a list pane fit on screen.
pub fn visible_items(area: Rect, pane: Pane) -> usize {
    usize::from(inner(pane_area(area, pane)).height / item_height(pane)).max(1)
}

/// The label of a tab on a bar `width` cells wide: ` 1 Agenda `, or the title shortened so
/// that all four tabs fit (` 1 Age… `), or just the number on a very narrow bar.
pub fn tab_label(pane: Pane, width: u16) -> String {
    let full = |p: Pane| format!(" {} {} ", p.index() + 1, p.title());
    let total: usize = Pane::ALL.iter().map(|&p| full(p).len() + 1).sum();
    if total <= usize::from(width) + 1 {
        return full(pane);
    }
    // Four tabs and three gaps: each tab gets an equal share; " N " and the ellipsis take 4.
    let share = (usize::from(width).saturating_sub(3) / 4).saturating_sub(4);
    if share < 2 {
        return format!(" {} ", pane.index() + 1);
    }
    format!(
        " {} {} ",
        pane.index() + 1,
        crate::text::truncate(pane.title(), share)
    )
}

/// Which tab a click at column `x` of the tab bar hit.
pub fn tab_at(bar: Rect, x: u16) -> Option<Pane> {
    let mut left = bar.x;
    for p in Pane::ALL {
        let w = crate::text::width(&tab_label(p, bar.width)) as u16;
        if x >= left && x < left + w {
            return Some(p);
        }
        left += w + 1;
    }
    None
}

/// A centred popup of at most `width`×`height`, leaving a margin.
pub fn popup(area: Rect, width: u16, height: u16) -> Rect {
    let w = width
        .min(area.width.saturating_sub(4))
        .max(area.width.min(20));
    let h = height
        .min(area.height.saturating_sub(2))
        .max(area.height.min(6));
    Rect {
        x: area.x + (area.width.saturating_sub(w)) / 2,
        y: area.y + (area.height.saturating_sub(h)) / 2,
        width: w,
        height: h,
    }
}

/// The popup used for details and help: most of the screen.
pub fn big_popup(area: Rect) -> Rect {
    popup(
        area,
        (area.width * 4 / 5).max(60),
        (area.height * 4 / 5).max(10),
    )
}

/// Whether a point is inside a rectangle.
pub fn contains(r: Rect, x: u16, y: u16) -> bool {
    x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height
}

/// The meeting picker's area on a screen with `count` meetings.
pub fn picker_area(count: usize, screen: Rect) -> Rect {
    let rows = u16::try_from(count).unwrap_or(u16::MAX).saturating_add(2);
    popup(screen, 100, rows.max(5))
}

/// The picker's first visible row, keeping `cursor` on screen.
pub fn picker_offset(cursor: usize, inner: Rect) -> usize {
    let h = usize::from(inner.height).max(1);
    cursor.saturating_sub(h - 1)
}

/// The meeting row of the picker under a click, if any.
pub fn picker_row_at(count: usize, cursor: usize, screen: Rect, x: u16, y: u16) -> Option<usize> {
    let inner = inner(picker_area(count, screen));
    if !contains(inner, x, y) {
        return None;
    }
    let row = picker_offset(cursor, inner) + usize::from(y - inner.y);
    (row < count).then_some(row)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_terminals_get_a_grid_and_narrow_ones_tabs() {
        let wide = Rect::new(0, 0, 160, 48);
        assert!(screen(wide).tabs.is_none());
        assert_eq!(visible_panes(wide, Pane::Agenda).len(), 4);
        let narrow = Rect::new(0, 0, 80, 24);
        assert!(screen(narrow).tabs.is_some());
        assert_eq!(
            visible_panes(narrow, Pane::Calendar),
            vec![(Pane::Calendar, pane_area(narrow, Pane::Calendar))]
        );
    }

    #[test]
    fn short_wide_terminals_get_tabs_too() {
        assert!(is_grid(Rect::new(0, 0, 100, 24)));
        assert!(
            !is_grid(Rect::new(0, 0, 100, 23)),
            "a pane of 10 rows cannot hold the calendar"
        );
        assert!(!is_grid(Rect::new(0, 0, 99, 48)));
    }

    #[test]
    fn grid_cells_do_not_overlap_and_fill_the_body() {
        let area = Rect::new(0, 0, 101, 31);
        let cells: Vec<Rect> = Pane::ALL.iter().map(|&p| pane_area(area, p)).collect();
        for (i, a) in cells.iter().enumerate() {
            for b in &cells[i + 1..] {
                assert!(!a.intersects(*b), "{a:?} overlaps {b:?}");
            }
        }
        let total: u32 = cells.iter().map(|r| r.area()).sum();
        assert_eq!(total, screen(area).body.area());
    }

    #[test]
    fn tabs_shrink_to_fit_a_narrow_bar() {
        let all = |w: u16| {
            Pane::ALL
                .iter()
                .map(|&p| tab_label(p, w))
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(
            all(80),
            " 1 Agenda   2 Decisions   3 Statements   4 Calendar "
        );
        let narrow = all(40);
        assert!(crate::text::width(&narrow) <= 40, "{narrow}");
        assert!(narrow.contains(" 4 Cal"), "the fourth tab shows: {narrow}");
        assert!(crate::text::width(&all(16)) <= 16, "{}", all(16));
        let bar = Rect::new(0, 2, 40, 1);
        let last = crate::text::width(&narrow) as u16 - 2;
        assert_eq!(tab_at(bar, last), Some(Pane::Calendar));
    }

    #[test]
    fn tab_clicks_map_to_panes() {
        let bar = Rect::new(0, 2, 80, 1);
        assert_eq!(tab_at(bar, 0), Some(Pane::Agenda));
        let second = tab_label(Pane::Agenda, 80).len() as u16 + 1;
        assert_eq!(tab_at(bar, second), Some(Pane::Decisions));
        assert_eq!(tab_at(bar, 79), None);
    }
}
