//! Placing a slide's content: the readable column inside the margins, and a cursor that
//! writes lines down it and never past its bottom, with lists that end in "… N more" when
//! they do not fit.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::big;
pub use super::runs::{Runs, clip, cut, hanging, wrap_runs};
use crate::text::width;
use crate::theme::Theme;

/// The widest column of text a slide uses, however wide the terminal.
pub const MAX_COLUMN: u16 = 100;

/// The readable column of a slide: margins on each side (more on wider screens), one blank
/// row at the top and one at the bottom when there is room, centred, at most
/// [`MAX_COLUMN`] wide.
pub fn column(area: Rect) -> Rect {
    let side = match area.width {
        0..20 => 0,
        20..40 => 1,
        40..60 => 2,
        60..120 => 4,
        w => w / 12,
    };
    let w = area.width.saturating_sub(2 * side).min(MAX_COLUMN);
    let top = u16::from(area.height >= 8);
    let bottom = u16::from(area.height >= 16);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + top,
        width: w,
        height: area.height.saturating_sub(top + bottom),
    }
}

/// Writes lines down a column, never past its bottom. In a dry run nothing is written, so a
/// slide can be measured (to centre it vertically) by the same code that draws it.
pub struct Col<'a> {
    pub area: Rect,
    pub y: u16,
    pub theme: &'a Theme,
    buf: Option<&'a mut Buffer>,
}

impl<'a> Col<'a> {
    /// A cursor at the top of `area`, drawing into `buf` (or measuring, when `None`).
    pub fn new(area: Rect, theme: &'a Theme, buf: Option<&'a mut Buffer>) -> Self {
        Col {
            area,
            y: area.y,
            theme,
            buf,
        }
    }

    /// The rows used so far.
    pub fn used(&self) -> u16 {
        self.y - self.area.y
    }

    /// Rows left below the cursor.
    pub fn left(&self) -> u16 {
        self.area.bottom().saturating_sub(self.y)
    }

    /// The column's width in cells.
    pub fn width(&self) -> usize {
        usize::from(self.area.width)
    }

    /// One line, cut to the width; false (and nothing drawn) when there is no row left.
    pub fn runs(&mut self, runs: Runs, align: Alignment) -> bool {
        if self.left() == 0 {
            return false;
        }
        let runs = clip(runs, self.width());
        let w: usize = runs.iter().map(|(t, _)| width(t)).sum();
        let pad = u16::try_from(self.width().saturating_sub(w)).unwrap_or(0);
        let x = self.area.x
            + match align {
                Alignment::Left => 0,
                Alignment::Center => pad / 2,
                Alignment::Right => pad,
            };
        if let Some(buf) = self.buf.as_deref_mut() {
            let line = Line::from(
                runs.into_iter()
                    .map(|(t, s)| Span::styled(t, s))
                    .collect::<Vec<_>>(),
            );
            buf.set_line(x, self.y, &line, self.area.right() - x);
        }
        self.y += 1;
        true
    }

    /// Styled text, wrapped to the width (less `indent` on continuation lines). When the rows
    /// run out, the last row drawn ends in `…`. Returns false if anything was cut.
    pub fn flow(&mut self, runs: &[(&str, Style)], indent: usize, align: Alignment) -> bool {
        let lines = hanging(runs, self.width(), indent);
        self.lines(lines, align)
    }

    /// Pre-wrapped lines; the last one that fits ends in `…` if any are left over. Returns
    /// false if anything was cut.
    pub fn lines(&mut self, lines: Vec<Runs>, align: Alignment) -> bool {
        let (lines, cut) = cut(lines, usize::from(self.left()));
        for l in lines {
            self.runs(l, align);
        }
        !cut
    }

    /// `Label: value`, the value wrapped under itself.
    pub fn field(&mut self, label: &str, value: &str) {
        let head = format!("{label}: ");
        let runs = [
            (head.as_str(), self.theme.label),
            (value, self.theme.slide_text),
        ];
        self.flow(&runs, crate::text::width(&head), Alignment::Left);
    }

    /// A paragraph in one style.
    pub fn para(&mut self, text: &str, style: Style, align: Alignment) -> bool {
        self.flow(&[(text, style)], 0, align)
    }

    /// A blank row, unless at the top of the column or out of rows.
    pub fn gap(&mut self) {
        if self.y > self.area.y && self.left() > 0 {
            self.y += 1;
        }
    }

    /// Big text (or its bold fallback), using at most `big_rows` rows when big.
    pub fn big(&mut self, runs: &[(&str, Style)], big_rows: u16, align: Alignment) {
        let rect = Rect {
            y: self.y,
            height: self.left(),
            ..self.area
        };
        let plan = big::plan(runs, rect.width, big_rows, rect.height);
        if let Some(buf) = self.buf.as_deref_mut() {
            plan.render(rect, align, buf);
        }
        self.y += plan.height().min(rect.height);
    }

    /// A slide's heading: big on tall screens, else a bold line; then a blank row.
    pub fn heading(&mut self, text: &str) {
        let big_rows = if self.area.height >= 36 { 4 } else { 0 };
        self.big(&[(text, self.theme.slide_title)], big_rows, Alignment::Left);
        self.gap();
    }

    /// A list of items, each a block of lines. Items are drawn whole while they fit, with a
    /// blank row between them when everything fits that way; what does not fit is counted in
    /// a last "… N more" row.
    pub fn list(&mut self, items: Vec<Vec<Runs>>) {
        let total: usize = items.iter().map(Vec::len).sum();
        let room = usize::from(self.left());
        let spaced = total + items.len().saturating_sub(1) <= room;
        let n = items.len();
        for (i, item) in items.into_iter().enumerate() {
            let rest = n - i - 1;
            let need = item.len() + usize::from(rest > 0);
            if need > usize::from(self.left()) {
                if item.len() <= usize::from(self.left()) && rest == 0 {
                    self.lines(item, Alignment::Left);
                    return;
                }
                let more = format!("… {} more", n - i);
                self.runs(vec![(more, self.theme.dim)], Alignment::Left);
                return;
            }
            if spaced && i > 0 {
                self.gap();
            }
            self.lines(item, Alignment::Left);
        }
    }
}
