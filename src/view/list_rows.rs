//! How a list pane's inside is shared among its rows.
//!
//! An agenda item takes a line and a decision two. A statement takes its speaker line, its
//! subtitle and its summary: when every statement of the pane fits with lines to spare, the
//! spare lines go to the summaries, word-wrapped and shared out evenly (a summary that needs
//! one line keeps one, and what it does not need goes to the longer ones), at any size;
//! otherwise every summary keeps one line and the list scrolls. Drawing, paging, keeping the cursor on screen and mouse clicks all read this one
//! [`RowPlan`], so a click lands on the statement drawn under it.

use ratatui::layout::Rect;

use super::layout::item_height;
use crate::action::Pane;
use crate::dataset::Statement;
use crate::text::{truncate, width, wrap};

/// The lines of a statement besides its summary: the speaker and the subtitle.
pub const STATEMENT_HEAD: u16 = 2;

/// How many lines each row of a list pane takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowPlan {
    /// Every row takes this many lines; as many rows as fit show, scrolled to the cursor.
    Uniform(u16),
    /// Every row shows, each taking its own number of lines (in row order).
    Each(Vec<u16>),
}

impl RowPlan {
    /// How many rows show at once in an inside `height` lines tall (at least one).
    pub fn visible(&self, height: u16) -> usize {
        match self {
            RowPlan::Uniform(h) => usize::from(height / (*h).max(1)).max(1),
            RowPlan::Each(lines) => lines.len().max(1),
        }
    }

    /// The lines row `pos` takes.
    pub fn height(&self, pos: usize) -> u16 {
        match self {
            RowPlan::Uniform(h) => *h,
            RowPlan::Each(lines) => lines.get(pos).copied().unwrap_or(0),
        }
    }

    /// The row drawn on line `dy` of an inside `height` lines tall, the list drawn from row
    /// `offset`: `None` on the blank lines below the last row drawn. The row may be past the
    /// end of the list; the caller knows its length.
    pub fn at(&self, offset: usize, dy: u16, height: u16) -> Option<usize> {
        let mut top = 0u16;
        for pos in offset..offset + self.visible(height) {
            let h = self.height(pos);
            if dy < top.saturating_add(h) {
                return Some(pos);
            }
            top = top.saturating_add(h);
        }
        None
    }
}

/// The plan of `pane` drawn in `inner` with `len` rows; `said(pos)` is the summary line of
/// the statement at row `pos` (see [`said_text`]), asked for only when the rows may wrap.
pub fn plan(pane: Pane, inner: Rect, len: usize, said: impl Fn(usize) -> String) -> RowPlan {
    let compact = item_height(pane);
    let height = usize::from(inner.height);
    let head = usize::from(STATEMENT_HEAD);
    if pane != Pane::Statements || len == 0 || len * (head + 1) > height {
        return RowPlan::Uniform(compact);
    }
    let room = height - len * head;
    let w = usize::from(inner.width.saturating_sub(2));
    // No summary can get more than the room less a line for each of the others.
    let most = room + 1 - len;
    let needs: Vec<usize> = (0..len)
        .map(|pos| summary_lines(&said(pos), w, most + 1).len())
        .collect();
    let lines = share(&needs, room);
    RowPlan::Each(
        lines
            .into_iter()
            // At most the inside's height, which is a u16.
            .map(|l| u16::try_from(l + head).unwrap_or(u16::MAX))
            .collect(),
    )
}

/// Shares `room` lines among summaries that want `needs` lines each: one each first (the
/// caller makes sure there is room for that), then a line more to each that wants more, in
/// turn, until the room or the wants run out.
pub fn share(needs: &[usize], room: usize) -> Vec<usize> {
    let mut lines = vec![1; needs.len()];
    let mut spare = room.saturating_sub(needs.len());
    while spare > 0 {
        let mut gave = false;
        for (l, need) in lines.iter_mut().zip(needs) {
            if spare > 0 && *l < *need {
                *l += 1;
                spare -= 1;
                gave = true;
            }
        }
        if !gave {
            break;
        }
    }
    lines
}

/// What the statements pane shows under the speaker: the summary, then any quote in
/// quotation marks, as one paragraph.
pub fn said_text(s: &Statement) -> String {
    let summary = s.summary.as_deref().map(|t| t.replace('\n', " "));
    let quote = s
        .quote
        .as_deref()
        .map(|q| format!("“{}”", q.replace('\n', " ")));
    match (summary, quote) {
        (Some(s), Some(q)) => format!("{s} {q}"),
        (Some(s), None) => s,
        (None, Some(q)) => q,
        (None, None) => String::new(),
    }
}

/// `text` word-wrapped to `w` cells, at most `cap` lines (at least one); when text is left
/// out the last line ends in `…`. Only the start of a long text is read: what could fill the
/// lines, with room for wide and combining characters.
pub fn summary_lines(text: &str, w: usize, cap: usize) -> Vec<String> {
    let cap = cap.max(1);
    let budget = (cap + 1).saturating_mul(w + 1).saturating_mul(4);
    let (head, cut) = match text.char_indices().nth(budget) {
        Some((at, _)) => (&text[..at], true),
        None => (text, false),
    };
    let mut lines = wrap(head, w);
    if lines.len() > cap || cut {
        lines.truncate(cap);
        if let Some(last) = lines.last_mut() {
            let marked = format!("{last}…");
            *last = if width(&marked) <= w {
                marked
            } else {
                truncate(&marked, w).into_owned()
            };
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spare_lines_go_in_turn_to_the_summaries_that_want_them() {
        // Ten lines for four summaries: one each, then the six spare a line at a time, in
        // turn, to those that want more (the second wants only one, the third two).
        assert_eq!(share(&[5, 1, 2, 9], 10), vec![4, 1, 2, 3]);
        // Room for all that is wanted: the rest stays blank.
        assert_eq!(share(&[2, 1, 3], 20), vec![2, 1, 3]);
        // No spare line: one each.
        assert_eq!(share(&[4, 4], 2), vec![1, 1]);
        assert_eq!(share(&[], 7), Vec::<usize>::new());
    }

    #[test]
    fn statements_wrap_only_when_all_fit_with_lines_to_spare() {
        let text = |_| "word ".repeat(40);
        // 3 statements in 20 lines: 6 for the heads, 14 for the summaries.
        let tall = Rect::new(0, 0, 42, 20);
        let RowPlan::Each(h) = plan(Pane::Statements, tall, 3, text) else {
            panic!("three statements fit in twenty lines");
        };
        // 200 characters at 40 cells: 5 lines each; 14 shared as 5, 5, 4.
        assert_eq!(h, vec![7, 7, 6]);
        // 7 statements need 21 lines even on one line each: compact, as before.
        assert_eq!(plan(Pane::Statements, tall, 7, text), RowPlan::Uniform(3));
        assert_eq!(plan(Pane::Decisions, tall, 1, text), RowPlan::Uniform(2));
        // The statements tab at 80×24 has 18 lines: one statement's 200 characters take three
        // lines of its 76 cells, and it gets them.
        let tab = Rect::new(1, 4, 78, 18);
        assert_eq!(plan(Pane::Statements, tab, 1, text), RowPlan::Each(vec![5]));
    }

    #[test]
    fn a_click_maps_to_the_row_drawn_there() {
        let each = RowPlan::Each(vec![3, 5, 4]);
        let rows: Vec<Option<usize>> = (0..14).map(|dy| each.at(0, dy, 14)).collect();
        let mut want = vec![Some(0); 3];
        want.extend([Some(1); 5]);
        want.extend([Some(2); 4]);
        want.extend([None; 2]);
        assert_eq!(rows, want);
        // Compact: 3 lines a row, 8 rows in 26 lines, the last two lines blank.
        let compact = RowPlan::Uniform(3);
        assert_eq!(compact.at(4, 0, 26), Some(4));
        assert_eq!(compact.at(4, 23, 26), Some(11));
        assert_eq!(compact.at(4, 24, 26), None);
    }

    #[test]
    fn summaries_wrap_on_words_and_mark_what_is_left_out() {
        let lines = summary_lines("one two three four five six", 9, 2);
        assert_eq!(lines, vec!["one two", "three…"]);
        let all = summary_lines("one two three", 9, 3);
        assert_eq!(all, vec!["one two", "three"]);
        // Wide characters: at most 6 cells a line, never half a character.
        let cjk = summary_lines("亚洲相互协作与信任措施会议", 6, 2);
        assert_eq!(cjk, vec!["亚洲相", "互协…"]);
        // A long text is read only as far as the lines need.
        let long = "abc ".repeat(1_000_000);
        assert_eq!(summary_lines(&long, 10, 2), vec!["abc abc", "abc abc…"]);
    }
}
