//! Moving through lists: the rows a pane shows, and keeping the cursor on screen.

use super::{Action, ItemRef, Pane};

/// The rows of a list pane: every item, or a subset (when filtered), by item index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rows<'a> {
    /// Items `0..n`.
    All(usize),
    /// These items, in order.
    Some(&'a [usize]),
    /// The items of one meeting named by these references, in order (the lens); when
    /// `within` is given, only those among its items (the agenda filter: sorted indices).
    Refs {
        refs: &'a [ItemRef],
        within: Option<&'a [usize]>,
    },
}

/// The index within its meeting of a decision, statement or agenda item.
fn index(item: &ItemRef) -> usize {
    match *item {
        ItemRef::Agenda(_, i) | ItemRef::Decision(_, i) | ItemRef::Statement(_, i) => i,
        ItemRef::Meeting(i) | ItemRef::Event(i) => i,
    }
}

impl Rows<'_> {
    /// How many rows.
    pub fn len(&self) -> usize {
        match self {
            Rows::All(n) => *n,
            Rows::Some(s) => s.len(),
            Rows::Refs { refs, within: None } => refs.len(),
            Rows::Refs { .. } => self.kept().count(),
        }
    }

    /// The items of [`Rows::Refs`] that the agenda filter keeps, in order.
    fn kept(&self) -> impl Iterator<Item = usize> + '_ {
        let (refs, within) = match self {
            Rows::Refs { refs, within } => (*refs, *within),
            _ => (&[][..], None),
        };
        refs.iter()
            .map(index)
            .filter(move |i| within.is_none_or(|w| w.binary_search(i).is_ok()))
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item shown at row `pos`.
    pub fn get(&self, pos: usize) -> Option<usize> {
        match self {
            Rows::All(n) => (pos < *n).then_some(pos),
            Rows::Some(s) => s.get(pos).copied(),
            Rows::Refs { refs, within: None } => refs.get(pos).map(index),
            Rows::Refs { .. } => self.kept().nth(pos),
        }
    }

    /// The row showing item `item`, if shown.
    pub fn position(&self, item: usize) -> Option<usize> {
        match self {
            Rows::All(n) => (item < *n).then_some(item),
            Rows::Some(s) => s.iter().position(|&i| i == item),
            Rows::Refs { refs, within: None } => refs.binary_search_by_key(&item, index).ok(),
            Rows::Refs { .. } => self.kept().position(|i| i == item),
        }
    }
}

/// The cursor slot of a list pane (the calendar has none).
pub fn slot(pane: Pane) -> Option<usize> {
    match pane {
        Pane::Agenda => Some(0),
        Pane::Decisions => Some(1),
        Pane::Statements => Some(2),
        Pane::Calendar => None,
    }
}

/// Moves a cursor by `delta` rows within `len`, stopping at the ends.
pub fn step(cursor: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    cursor.saturating_add_signed(delta).min(len - 1)
}

/// The first visible row that keeps `cursor` on screen, scrolling as little as possible from
/// `offset`. `visible` is how many rows fit.
pub fn scrolled(offset: usize, cursor: usize, visible: usize, len: usize) -> usize {
    let visible = visible.max(1);
    let max_offset = len.saturating_sub(visible);
    let offset = if cursor < offset {
        cursor
    } else if cursor >= offset + visible {
        cursor + 1 - visible
    } else {
        offset
    };
    offset.min(max_offset)
}

/// A text's new first line after a scrolling action, clamped so the last page stays full.
/// `total` lines are shown `page` at a time.
pub fn scroll_by(scroll: usize, action: &Action, total: usize, page: u16) -> usize {
    let page = usize::from(page).max(1);
    let max = total.saturating_sub(page);
    match action {
        Action::Up | Action::ScrollUp { .. } => scroll.saturating_sub(1),
        Action::Down | Action::ScrollDown { .. } => scroll + 1,
        Action::PageUp => scroll.saturating_sub(page),
        Action::PageDown => scroll + page,
        Action::First => 0,
        Action::Last => max,
        _ => scroll,
    }
    .min(max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_stops_at_both_ends() {
        assert_eq!(step(0, -1, 5), 0);
        assert_eq!(step(4, 1, 5), 4);
        assert_eq!(step(2, 10, 5), 4);
        assert_eq!(step(3, 1, 0), 0);
    }

    #[test]
    fn scrolling_moves_only_when_the_cursor_leaves_the_view() {
        assert_eq!(scrolled(0, 3, 5, 20), 0, "inside the view");
        assert_eq!(scrolled(0, 5, 5, 20), 1, "one below the view");
        assert_eq!(scrolled(10, 4, 5, 20), 4, "above the view");
        assert_eq!(scrolled(18, 19, 5, 20), 15, "never past the end");
    }

    #[test]
    fn subset_rows_map_positions_to_items() {
        let items = [2, 5, 7];
        let rows = Rows::Some(&items);
        assert_eq!(rows.get(1), Some(5));
        assert_eq!(rows.position(7), Some(2));
        assert_eq!(rows.position(3), None);
        assert_eq!(Rows::All(3).get(3), None);
    }

    #[test]
    fn lens_rows_keep_the_agenda_filter() {
        let refs = [
            ItemRef::Statement(4, 1),
            ItemRef::Statement(4, 3),
            ItemRef::Statement(4, 6),
        ];
        let all = Rows::Refs {
            refs: &refs,
            within: None,
        };
        assert_eq!(
            (all.len(), all.get(2), all.position(3)),
            (3, Some(6), Some(1))
        );
        let agenda_item = [0, 3, 5, 6];
        let both = Rows::Refs {
            refs: &refs,
            within: Some(&agenda_item),
        };
        assert_eq!(both.len(), 2, "statement 1 is under another agenda item");
        assert_eq!(
            (both.get(0), both.get(1), both.get(2)),
            (Some(3), Some(6), None)
        );
        assert_eq!((both.position(6), both.position(1)), (Some(1), None));
    }
}
