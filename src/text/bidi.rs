//! Right-to-left text (Arabic, Persian, Hebrew, …) in a grid of cells laid out left to right.
//!
//! Data strings are stored and measured in logical order. Most terminals (xterm, tmux,
//! alacritty, kitty, Windows Terminal, and those that follow the terminal-wg BiDi
//! recommendation once told to use its explicit mode) draw cells as given, so a name in
//! logical order would read backwards; those that reorder a whole row themselves can swap a
//! right-to-left name with the text beside it, across separators and even pane borders. The
//! dashboard therefore draws each right-to-left *run* in visual order itself, inside the cells
//! the run already occupies: nothing outside a run moves, no cell changes width, and a run
//! cannot reach past a separator, a border or a column gap. See docs/data-format.md, "Text".
//!
//! A run is a simplification of the Unicode Bidirectional Algorithm for a left-to-right line:
//! it starts at a strong right-to-left character and goes on over such characters, digits
//! (kept in their own order, as numbers are), and single spaces between them. Anything else
//! ends it: Latin letters, punctuation such as `·`, `(` or `—`, box drawing, two spaces.
//! Isolation marks (U+2066–U+2069) are not used: they measure zero cells, so ratatui's buffer
//! drops them before they reach the terminal, and they would change nothing in a terminal
//! that does not reorder.

use std::ops::Range;

/// Whether `c` is a strong right-to-left character (bidi class R or AL), by the blocks of the
/// right-to-left scripts; their digits are [`is_digit`] instead.
pub fn is_rtl(c: char) -> bool {
    let c = u32::from(c);
    if c < 0x0590 {
        return false;
    }
    !is_digit_code(c)
        && matches!(c,
            0x0590..=0x08FF       // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, …
            | 0xFB1D..=0xFDFF     // Hebrew and Arabic presentation forms A
            | 0xFE70..=0xFEFC     // Arabic presentation forms B
            | 0x10800..=0x10FFF   // historic right-to-left scripts, Hanifi Rohingya, Yezidi, …
            | 0x1E800..=0x1EFFF) // Mende Kikakui, Adlam, Arabic mathematical letters, …
}

/// Whether `c` is a digit that keeps its left-to-right order inside a right-to-left run:
/// ASCII, Arabic-Indic and extended (Persian) Arabic-Indic digits.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || is_digit_code(u32::from(c))
}

fn is_digit_code(c: u32) -> bool {
    matches!(c, 0x0660..=0x0669 | 0x06F0..=0x06F9)
}

/// What a cell holds, for finding runs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Rtl,
    Digit,
    Space,
    /// `…`, the mark of text cut to fit.
    Cut,
    Other,
}

fn kind(symbol: &str) -> Kind {
    match symbol.chars().next() {
        Some(' ') if symbol.len() == 1 => Kind::Space,
        Some('…') => Kind::Cut,
        Some(c) if is_rtl(c) => Kind::Rtl,
        Some(c) if is_digit(c) => Kind::Digit,
        _ => Kind::Other,
    }
}

/// The visual order of a row of cells, given each cell's symbol: `order[x]` is the cell that
/// is drawn at `x`. Cells outside right-to-left runs stay where they are.
pub fn visual_order(cells: &[&str]) -> Vec<usize> {
    let kinds: Vec<Kind> = cells.iter().map(|s| kind(s)).collect();
    let mut order: Vec<usize> = (0..cells.len()).collect();
    for run in runs(&kinds) {
        // Units: a digit sequence keeps its order; every other cell is a unit of its own.
        let mut units: Vec<Range<usize>> = Vec::new();
        for x in run.clone() {
            match units.last_mut() {
                Some(u) if kinds[x] == Kind::Digit && kinds[u.start] == Kind::Digit => {
                    u.end = x + 1
                }
                _ => units.push(x..x + 1),
            }
        }
        let mut at = run.start;
        for unit in units.into_iter().rev() {
            for x in unit {
                order[at] = x;
                at += 1;
            }
        }
    }
    order
}

/// The right-to-left runs of a row: from a strong right-to-left cell over such cells, digits
/// and single spaces, ending on a right-to-left cell or a digit, or on the `…` right after
/// one: a right-to-left text cut to fit shows the cut where its reader stops, on the left.
fn runs(kinds: &[Kind]) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut x = 0;
    while x < kinds.len() {
        if kinds[x] != Kind::Rtl {
            x += 1;
            continue;
        }
        let start = x;
        let mut end = x + 1;
        let mut at = x + 1;
        while at < kinds.len() {
            match kinds[at] {
                Kind::Rtl | Kind::Digit => end = at + 1,
                Kind::Space if matches!(kinds.get(at + 1), Some(Kind::Rtl | Kind::Digit)) => {}
                Kind::Cut if at == end => {
                    end = at + 1;
                    break;
                }
                _ => break,
            }
            at += 1;
        }
        runs.push(start..end);
        x = end;
    }
    runs
}

/// `s` with its right-to-left runs in visual order, a grapheme a cell: what the screen shows
/// for a line of text (for tests and for text printed outside the dashboard).
pub fn visual(s: &str) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    let cells: Vec<&str> = s.graphemes(true).collect();
    visual_order(&cells).into_iter().map(|i| cells[i]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_reads_right_to_left_and_the_text_around_it_stays() {
        // Reversed by hand: ر ض ا ␠ ن ج ف ی → ی ف ج ن ␠ ا ض ر; ا ی ر ا ن → ن ا ر ی ا.
        assert_eq!(visual("رضا نجفی · ایران"), "یفجن اضر · ناریا");
        assert_eq!(visual("Chair: رضا نجفی (IRN)"), "Chair: یفجن اضر (IRN)");
        assert_eq!(visual("Reza Najafi · Iran"), "Reza Najafi · Iran");
    }

    #[test]
    fn numbers_keep_their_order_and_gaps_end_a_run() {
        assert_eq!(visual("سیکا 2021"), "2021 اکیس", "a number after the name");
        assert_eq!(
            visual("2021 سیکا"),
            "2021 اکیس",
            "a number before it is not in the run"
        );
        assert_eq!(visual("سیکا ۱۴۰۰"), "۱۴۰۰ اکیس", "Persian digits");
        assert_eq!(
            visual("رضا  ایران"),
            "اضر  ناریا",
            "two spaces: two columns"
        );
        assert_eq!(visual("رضا│ایران"), "اضر│ناریا", "a border");
        assert_eq!(
            visual("سیکا ا… x"),
            "…ا اکیس x",
            "the cut where reading stops"
        );
        assert_eq!(visual("سیکا …"), "اکیس …", "not after a space");
    }

    #[test]
    fn marks_stay_on_their_letter_and_other_scripts_are_untouched() {
        // تَ (teh with fatha) is one grapheme, one cell: it moves whole.
        assert_eq!(visual("تَب"), "بتَ");
        for s in [
            "张红建 · 中华人民共和国",
            "Шахрат Нурышев",
            "a  b",
            "12 34",
            "",
        ] {
            assert_eq!(visual(s), s);
        }
    }

    #[test]
    fn classes() {
        for c in ['ا', 'ی', 'ש', 'ܐ', 'ﺍ', '\u{FB1D}'] {
            assert!(is_rtl(c), "{c}");
        }
        for c in ['a', 'Ж', '张', '·', '٣', '۳', '7', ' '] {
            assert!(!is_rtl(c), "{c}");
        }
        assert!(is_digit('٣') && is_digit('۳') && is_digit('7') && !is_digit('a'));
    }
}
