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
    // Right-aligned text too long for the border loses its start: on a narrow popup the hint
    // goes first, then the position, rather than show "5–412/412" for "405–412/412".
    let room = usize::from(area.width.saturating_sub(2));
    let pos = if pos.width() <= room {
        pos
    } else {
        String::new()
    };
    let hint = format!(" {hint} ");
    let hint = if pos.width() + hint.width() <= room {
        hint
    } else {
        String::new()
    };
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(style)
        .title(Span::styled(format!(" {title} "), style))
        .title_bottom(
            Line::from(vec![
                Span::styled(pos, theme.dim),
                Span::styled(hint, theme.dim),
            ])
            .right_aligned(),
        );
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

/// A wide character (CJK) just left of the popup has its right half under the popup's left
/// border, and a terminal would draw it over the border: such characters become a space. (One
/// under the right border loses its left half to the border, and ratatui leaves its right
/// half blank: nothing to do there.)
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
    fn a_wide_character_cut_by_the_frame_becomes_a_space_at_odd_and_even_columns() {
        // 会议… from column 0 puts wide characters at even columns; from column 1, at odd ones.
        for (start, popup_x) in [(0u16, 5u16), (1, 6)] {
            let mut buf = Buffer::empty(Rect::new(0, 0, 24, 5));
            for y in 0..5 {
                buf.set_string(start, y, "会议会议会议会议会议会议", Style::new());
            }
            // The right border, at popup_x + 9, falls on the left half of a wide character.
            let popup = Rect::new(popup_x, 1, 10, 3);
            frame(
                &Theme::fallback(),
                popup,
                "t",
                Style::new(),
                None,
                "",
                &mut buf,
            );
            let left = popup_x - 1;
            for y in 1..4 {
                assert_eq!(
                    buf[(left, y)].symbol(),
                    " ",
                    "{popup_x}: cut at {left}, row {y}"
                );
                assert_eq!(
                    buf[(left - 2, y)].symbol().width(),
                    2,
                    "{popup_x}: whole characters stay"
                );
                let border = buf[(popup_x, y)].symbol();
                assert!(
                    matches!(border, "┏" | "┃" | "┗"),
                    "{popup_x}, row {y}: {border}"
                );
                let right = buf[(popup_x + 9, y)].symbol();
                assert!(
                    matches!(right, "┓" | "┃" | "┛"),
                    "{popup_x}, row {y}: {right}"
                );
                // Right of the frame: the blank half of the character the border replaced.
                assert_eq!(buf[(popup_x + 10, y)].symbol(), " ");
                assert_eq!(buf[(popup_x + 11, y)].symbol().width(), 2);
            }
            assert_eq!(
                buf[(left, 0)].symbol().width(),
                2,
                "rows outside the popup are untouched"
            );
        }
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

    #[test]
    fn a_narrow_popup_drops_the_hint_before_the_position() {
        let bottom = |w: u16| {
            let area = Rect::new(0, 0, w, 6);
            let mut buf = Buffer::empty(area);
            let position = Some((404, 8, 412));
            let hint = "Esc close · j/k scroll";
            frame(
                &Theme::fallback(),
                area,
                "t",
                Style::new(),
                position,
                hint,
                &mut buf,
            );
            (0..w)
                .map(|x| buf[(x, 5)].symbol().to_owned())
                .collect::<String>()
        };
        let wide = bottom(60);
        assert!(
            wide.contains(" 405–412/412  Esc close · j/k scroll ┛"),
            "{wide}"
        );
        // 13 cells for the position and 24 for the hint do not fit in 34.
        let narrow = bottom(36);
        assert!(narrow.contains(" 405–412/412 ┛"), "{narrow}");
        assert!(!narrow.contains("Esc"), "{narrow}");
        let tiny = bottom(12);
        assert!(!tiny.contains('/'), "no cut position: {tiny}");
    }
}
