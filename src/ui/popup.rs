//! The frame every popup shares: it clears its area, keeps a wide character of the screen
//! underneath from covering its left border, and shows the title, the scroll position and a
//! hint of the keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Widget};
use unicode_width::UnicodeWidthStr;

use crate::theme::Theme;

/// Where a scrolled text is: first line shown, lines shown, lines in all.
pub type Position = (usize, usize, usize);

/// Draws the frame of a popup over `area` and returns its inside.
pub fn frame(
    theme: &Theme,
    area: Rect,
    title: &str,
    style: Style,
    position: Option<Position>,
    hint: &str,
    buf: &mut Buffer,
) -> Rect {
    blank_cut_wide(area, buf);
    Clear.render(area, buf);
    let pos = match position {
        Some((first, shown, total)) if total > shown => {
            format!(" {}–{}/{} ", first + 1, (first + shown).min(total), total)
        }
        _ => String::new(),
    };
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(style)
        .title(Span::styled(format!(" {title} "), style))
        .title_bottom(
            Line::from(vec![
                Span::styled(pos, theme.dim),
                Span::styled(format!(" {hint} "), theme.dim),
            ])
            .right_aligned(),
        );
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

/// A wide character (CJK) just left of the popup has its right half under the popup's left
/// border, and a terminal would draw it over the border: such characters become a space.
fn blank_cut_wide(area: Rect, buf: &mut Buffer) {
    if area.x <= buf.area.x {
        return;
    }
    for y in area.top()..area.bottom().min(buf.area.bottom()) {
        if let Some(cell) = buf.cell_mut((area.x - 1, y))
            && cell.symbol().width() > 1
        {
            cell.set_symbol(" ");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wide_character_cut_by_the_left_border_becomes_a_space() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 20, 5));
        buf.set_string(0, 2, "会议会议会议", Style::new());
        let popup = Rect::new(5, 1, 10, 3);
        frame(
            &Theme::fallback(),
            popup,
            "t",
            Style::new(),
            None,
            "",
            &mut buf,
        );
        assert_eq!(
            buf[(4, 2)].symbol(),
            " ",
            "议 at column 4 would cover column 5"
        );
        assert_eq!(buf[(2, 2)].symbol(), "议", "whole characters stay");
        assert_eq!(buf[(5, 2)].symbol(), "┃", "the border shows");
    }

    #[test]
    fn the_position_shows_only_when_the_text_does_not_fit() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 40, 6));
        let area = Rect::new(0, 0, 40, 6);
        frame(
            &Theme::fallback(),
            area,
            "t",
            Style::new(),
            Some((2, 4, 10)),
            "Esc",
            &mut buf,
        );
        let bottom: String = (0..40).map(|x| buf[(x, 5)].symbol().to_owned()).collect();
        assert!(bottom.contains("3–6/10"), "{bottom}");
        frame(
            &Theme::fallback(),
            area,
            "t",
            Style::new(),
            Some((0, 4, 4)),
            "Esc",
            &mut buf,
        );
        let bottom: String = (0..40).map(|x| buf[(x, 5)].symbol().to_owned()).collect();
        assert!(!bottom.contains('/'), "{bottom}");
    }
}
