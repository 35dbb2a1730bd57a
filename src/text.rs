//! Safe, width-correct text.
//!
//! Two promises live here. First, nothing from a data file reaches the terminal as a control
//! sequence: [`sanitize`] is the one gate every data string passes before a widget sees it.
//! Second, text is measured in terminal cells and cut on grapheme boundaries, so Cyrillic,
//! Chinese and Arabic names line up and never lose half a character.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The placeholder shown for ESC and the whole sequence it starts.
pub const ESC_MARK: char = '␛';
/// The placeholder for C1 controls and bidi overrides, which have no control picture.
pub const OTHER_MARK: char = '�';

/// Whether a line break in the string is kept (multi-line fields) or shown as a placeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    /// Titles, names: a line break is shown as `␤`.
    Single,
    /// Summaries, notes, quotes: a line break is kept.
    Multi,
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn needs_cleaning(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// Replaces control characters, escape sequences, DEL and bidi overrides with visible
/// placeholders. CR LF and lone CR count as line breaks.
pub fn sanitize(s: &str, lines: Lines) -> Cow<'_, str> {
    if !s.chars().any(needs_cleaning) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                match lines {
                    Lines::Multi => out.push('\n'),
                    Lines::Single => out.push('␤'),
                }
            }
            '\u{1b}' => {
                skip_escape_sequence(&mut chars);
                out.push(ESC_MARK);
            }
            // The 8-bit forms of CSI and of the control strings start sequences too.
            '\u{9b}' => {
                skip_csi(&mut chars);
                out.push(OTHER_MARK);
            }
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => {
                skip_string(&mut chars);
                out.push(OTHER_MARK);
            }
            '\u{7f}' => out.push('␡'),
            // C0 controls have pictures at U+2400 + code.
            '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or(OTHER_MARK)),
            c if needs_cleaning(c) => out.push(OTHER_MARK),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Consumes what follows an ESC: a CSI (`[` … final byte), an OSC/DCS/APC/PM/SOS string
/// (ending in BEL or ESC `\`), or one intermediate character.
fn skip_escape_sequence(chars: &mut Chars<'_>) {
    match chars.peek().copied() {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']' | 'P' | '_' | '^' | 'X') => {
            chars.next();
            skip_string(chars);
        }
        Some(c) if !c.is_control() => {
            chars.next();
        }
        _ => {}
    }
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// Consumes a control sequence's parameters up to and including its final byte.
fn skip_csi(chars: &mut Chars<'_>) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) {
            break;
        }
    }
}

/// Consumes a control string (OSC, DCS, APC, PM, SOS) up to BEL, ST or ESC `\`.
fn skip_string(chars: &mut Chars<'_>) {
    while let Some(c) = chars.next() {
        if c == '\u{7}' || c == '\u{9c}' {
            break;
        }
        if c == '\u{1b}' {
            if chars.peek() == Some(&'\\') {
                chars.next();
            }
            break;
        }
    }
}

/// The width of a string in terminal cells: the sum of its graphemes' widths, as ratatui's
/// buffer and terminals lay it out. (unicode-width's whole-string width counts an Arabic
/// lam-alef pair as one cell, a ligature terminals do not draw, so it would under-measure.)
pub fn width(s: &str) -> usize {
    s.graphemes(true).map(UnicodeWidthStr::width).sum()
}

/// Cuts `s` to at most `max` cells, ending in `…` when anything was cut. Cuts only between
/// grapheme clusters. It stops reading at the cut, so a long text costs what is shown of it.
pub fn truncate(s: &str, max: usize) -> Cow<'_, str> {
    let mut used = 0;
    // Where the text is cut when it does not fit: after the graphemes that fit in `max - 1`
    // cells, leaving one for the ellipsis.
    let mut cut = None;
    for (at, g) in s.grapheme_indices(true) {
        let w = UnicodeWidthStr::width(g);
        if cut.is_none() && used + w > max.saturating_sub(1) {
            cut = Some(at);
        }
        used += w;
        if used > max {
            if max == 0 {
                return Cow::Borrowed("");
            }
            return Cow::Owned(format!("{}…", &s[..cut.unwrap_or(at)]));
        }
    }
    Cow::Borrowed(s)
}

/// Pads `s` with spaces to exactly `cells` cells, truncating first if needed.
pub fn fit(s: &str, cells: usize) -> String {
    let t = truncate(s, cells);
    let pad = cells.saturating_sub(width(&t));
    format!("{t}{}", " ".repeat(pad))
}

/// Wraps `s` into lines of at most `max` cells. Breaks at spaces where it can, inside words
/// (between graphemes) where it must, and keeps the string's own line breaks. Text in wide
/// (CJK) characters may break between any two characters, as those scripts do.
pub fn wrap(s: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut out = Vec::new();
    for para in s.split('\n') {
        let mut line = String::new();
        let mut used = 0;
        for (i, word) in para.split(' ').enumerate() {
            let w = width(word);
            let space = usize::from(i > 0 && used > 0);
            if used > 0 && used + space + w > max && !has_wide(word) {
                out.push(std::mem::take(&mut line).trim_end().to_owned());
                used = 0;
            } else if space == 1 && used < max {
                line.push(' ');
                used += 1;
            }
            if used + w <= max {
                line.push_str(word);
                used += w;
                continue;
            }
            for g in word.graphemes(true) {
                let gw = width(g);
                if used + gw > max && used > 0 {
                    out.push(std::mem::take(&mut line).trim_end().to_owned());
                    used = 0;
                }
                line.push_str(g);
                used += gw;
            }
        }
        out.push(line.trim_end().to_owned());
    }
    out
}

fn has_wide(word: &str) -> bool {
    word.graphemes(true).any(|g| width(g) > 1)
}

/// A count with its noun, singular or plural: "1 assignment", "5 assignments".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_one_placeholder() {
        let s = "a\u{1b}]52;c;SGVsbG8=\u{7}b\u{1b}[2Jc";
        assert_eq!(sanitize(s, Lines::Single), "a␛b␛c");
    }

    #[test]
    fn c0_c1_del_and_bidi_are_replaced() {
        let s = "x\u{0}\u{7f}\u{85}\u{202e}y\tz";
        assert_eq!(sanitize(s, Lines::Single), "x␀␡��y␉z");
        assert_eq!(
            sanitize("a\u{9b}31mb\u{9d}0;t\u{9c}c", Lines::Single),
            "a�b�c",
            "8-bit CSI and OSC"
        );
    }

    #[test]
    fn newlines_kept_only_in_multi_line_fields() {
        assert_eq!(sanitize("a\r\nb", Lines::Multi), "a\nb");
        assert_eq!(sanitize("a\nb", Lines::Single), "a␤b");
    }

    #[test]
    fn clean_text_is_borrowed_unchanged() {
        assert!(matches!(
            sanitize("Нурышев 张 نجفی", Lines::Single),
            Cow::Borrowed(_)
        ));
    }

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
        fn sanitized_text_has_no_controls(s in ".*") {
            let clean = sanitize(&s, Lines::Single);
            proptest::prop_assert!(!clean.chars().any(needs_cleaning));
        }

        #[test]
        fn truncate_never_exceeds_width(s in "\\PC{0,40}", max in 0usize..30) {
            let t = truncate(&s, max);
            proptest::prop_assert!(width(&t) <= max);
        }

        #[test]
        fn wrapped_lines_fit(s in "[a-z \u{4e00}-\u{4e10}\u{0410}-\u{044f}]{0,80}", max in 2usize..20) {
            for line in wrap(&s, max) {
                proptest::prop_assert!(width(&line) <= max, "{line:?} wider than {max}");
            }
        }
    }
}
