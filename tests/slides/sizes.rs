//! Slides at every size: nothing drawn outside the area, and wide characters never split.

use super::*;

/// A buffer filled with a marker, to see what was written.
fn marked(area: Rect) -> Buffer {
    let mut cell = Cell::new("·");
    cell.set_style(Style::new().fg(Color::Red));
    Buffer::filled(area, cell)
}

#[test]
fn any_size_draws_without_panic_and_only_inside_its_area() {
    let widths = [1u16, 2, 3, 5, 8, 12, 20, 31, 40, 59, 80, 101, 160, 300, 400];
    let heights = [1u16, 2, 3, 4, 5, 7, 8, 12, 15, 16, 24, 41, 60, 100, 150];
    for data in [bundled(), multilingual()] {
        let deck = Deck::build(&data, 0);
        for &w in &widths {
            for &h in &heights {
                for i in 0..=deck.len() {
                    let outer = Rect::new(0, 0, w + 7, h + 5);
                    let area = Rect::new(4, 2, w, h);
                    let mut buf = marked(outer);
                    slides::render(&data, &deck, i, today(), &Theme::fallback(), area, &mut buf);
                    let blank = marked(outer);
                    for y in 0..outer.height {
                        for x in 0..outer.width {
                            let inside = area.contains((x, y).into());
                            assert!(
                                inside || buf[(x, y)] == blank[(x, y)],
                                "slide {i} at {w}x{h} wrote outside its area at ({x}, {y})"
                            );
                        }
                    }
                    for line in to_text(&buf).lines() {
                        assert!(width(line) <= usize::from(outer.width));
                    }
                }
            }
        }
    }
}

#[test]
fn wide_characters_are_never_split() {
    let data = multilingual();
    let deck = Deck::build(&data, 0);
    let title = squeezed(&data.meetings[0].title);
    for w in 10u16..=70 {
        let h = 40;
        let buf = draw(&data, 0, 0, w, h);
        let text = to_text(&buf);
        assert!(
            squeezed(&text).contains(&title),
            "the whole title at width {w}:\n{text}"
        );
        for (y, line) in text.lines().enumerate() {
            assert!(
                width(line) <= usize::from(w),
                "row {y} at width {w}: {line:?}"
            );
            // A wide character in the last column would have its right half cut off.
            let last = buf[(w - 1, u16::try_from(y).unwrap())].symbol();
            assert!(
                width(last) <= 1,
                "row {y} at width {w} ends in half of {last:?}"
            );
        }
        for i in 0..deck.len() {
            let buf = draw(&data, 0, i, w, 24);
            for y in 0..24 {
                assert!(width(buf[(w - 1, y)].symbol()) <= 1, "slide {i}, width {w}");
            }
        }
    }
}
