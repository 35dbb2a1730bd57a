//! Tests of the text helpers: measuring in cells, cutting and wrapping (the sanitiser's are in
//! `sanitize.rs`).

use super::*;

#[test]
fn width_counts_cells_as_the_buffer_does() {
    // Lam + alef is one glyph when shaped, but two cells in a terminal grid.
    assert_eq!(width("الأردن"), 6);
    assert_eq!(width("张红"), 4);
    assert_eq!(width("e\u{301}"), 1);
    assert_eq!(width("abc"), 3);
    assert_eq!(
        UnicodeWidthStr::width("الأردن"),
        5,
        "the whole-string width this replaces"
    );
}

#[test]
fn truncate_counts_cells_and_respects_graphemes() {
    assert_eq!(truncate("张红建先生", 5), "张红…");
    assert_eq!(width(&truncate("张红建先生", 5)), 5);
    // e + combining acute is one grapheme: never split.
    assert_eq!(truncate("e\u{301}e\u{301}e\u{301}", 2), "e\u{301}…");
    assert_eq!(truncate("short", 10), "short");
    assert_eq!(truncate("abc", 0), "");
}

#[test]
fn wrap_breaks_at_spaces_and_inside_long_words() {
    assert_eq!(wrap("one two three", 7), vec!["one two", "three"]);
    assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    assert_eq!(wrap("a\n\nb", 10), vec!["a", "", "b"]);
    assert_eq!(
        wrap("statements (toggle)", 12),
        vec!["statements", "(toggle)"],
        "punctuation stays with its word"
    );
    assert_eq!(wrap("张红建说中国", 4), vec!["张红", "建说", "中国"]);
}

proptest::proptest! {
    #[test]
    fn truncate_never_exceeds_width(s in "\\PC{0,40}", max in 0usize..30) {
        let t = truncate(&s, max);
        proptest::prop_assert!(width(&t) <= max);
    }

    #[test]
    fn printable_ascii_is_measured_and_cut_as_graphemes_are(s in "[ -~]{0,40}", max in 0usize..45) {
        let cells: usize = s.graphemes(true).map(UnicodeWidthStr::width).sum();
        proptest::prop_assert_eq!(width(&s), cells);
        let kept: String = s.graphemes(true).take(max.saturating_sub(1)).collect();
        let expected = match max {
            _ if cells <= max => s.clone(),
            0 => String::new(),
            _ => format!("{kept}…"),
        };
        proptest::prop_assert_eq!(truncate(&s, max), expected);
    }

    #[test]
    fn wrapped_lines_fit(s in "[a-z \u{4e00}-\u{4e10}\u{0410}-\u{044f}]{0,80}", max in 2usize..20) {
        for line in wrap(&s, max) {
            proptest::prop_assert!(width(&line) <= max, "{line:?} wider than {max}");
        }
    }
}
