//! The last step of every frame: right-to-left runs are put in visual order in the cells they
//! occupy (see [`crate::text::bidi`] for why and what a run is), after everything else is
//! drawn, so panes, popups and slides need not know about direction.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::text::bidi::{is_rtl, visual_order};

/// Puts every right-to-left run of `area` in visual order. A row without a right-to-left
/// character costs a look at each cell's first character.
pub fn visual_rows(area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    let stride = usize::from(buf.area.width);
    for y in area.top()..area.bottom() {
        let start = usize::from(y - buf.area.y) * stride + usize::from(area.x - buf.area.x);
        let row = &mut buf.content[start..start + usize::from(area.width)];
        if !row
            .iter()
            .any(|c| c.symbol().chars().next().is_some_and(is_rtl))
        {
            continue;
        }
        let order = visual_order(&row.iter().map(|c| c.symbol()).collect::<Vec<_>>());
        let cells = row.to_vec();
        for (i, from) in order.into_iter().enumerate() {
            if i != from {
                row[i] = cells[from].clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Style;

    #[test]
    fn runs_turn_in_their_own_cells_with_their_styles() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 24, 2));
        buf.set_string(0, 0, "│رضا نجفی · ایران│", Style::new());
        // The highlighted letter ض keeps its highlight where it is drawn.
        buf[(2, 0)].set_style(Style::new().underlined());
        buf.set_string(0, 1, "│张红 رضا│", Style::new());
        let before = buf.clone();
        visual_rows(buf.area, &mut buf);
        let row = |y: u16| -> String { (0..24).map(|x| buf[(x, y)].symbol().to_owned()).collect() };
        assert_eq!(row(0).trim_end(), "│یفجن اضر · ناریا│");
        // ض was the cell at x = 2 and is drawn at x = 7 (the run covers x = 1..=8).
        assert_eq!(buf[(7, 0)].symbol(), "ض");
        assert!(
            buf[(7, 0)]
                .modifier
                .contains(ratatui::style::Modifier::UNDERLINED)
        );
        // Borders, separators and the wide characters keep their cells and widths.
        let kept = [
            (0, 0),
            (9, 0),
            (10, 0),
            (11, 0),
            (17, 0),
            (0, 1),
            (1, 1),
            (2, 1),
            (3, 1),
        ];
        for (x, y) in kept.into_iter().chain([(4, 1), (5, 1), (9, 1)]) {
            assert_eq!(buf[(x, y)], before[(x, y)], "cell {x},{y}");
        }
        // 张 and 红 take two cells each (x = 1..=4); the run is x = 6..=8.
        let run: Vec<&str> = (6..9).map(|x| buf[(x, 1)].symbol()).collect();
        assert_eq!(run, ["ا", "ض", "ر"]);
    }

    #[test]
    fn isolation_marks_never_reach_a_cell() {
        // Why runs are turned here rather than wrapped in FSI … PDI: the marks measure zero
        // cells, and the buffer drops zero-width graphemes, so the terminal would never see them.
        let mut buf = Buffer::empty(Rect::new(0, 0, 8, 1));
        buf.set_string(0, 0, "a\u{2068}رضا\u{2069}b", Style::new());
        let row: String = (0..8).map(|x| buf[(x, 0)].symbol().to_owned()).collect();
        assert_eq!(row, "aرضاb   ");
    }
}
