//! Safe, width-correct text.
//!
//! Two promises live here. First, nothing from a data file reaches the terminal as a control
//! sequence: [`sanitize`] is the one gate every data string passes before a widget sees it.
//! Second, text is measured in terminal cells and cut on grapheme boundaries, so Cyrillic,
//! Chinese and Arabic names line up and never lose half a character.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

pub mod bidi;
mod osc52;
mod sanitize;

pub use osc52::osc52;
pub use sanitize::{ESC_MARK, Lines, OTHER_MARK, controls, sanitize};

/// The width of a string in terminal cells: the sum of its graphemes' widths, as ratatui's
/// buffer and terminals lay it out. (unicode-width's whole-string width counts an Arabic
/// lam-alef pair as one cell, a ligature terminals do not draw, so it would under-measure.)
pub fn width(s: &str) -> usize {
    if is_plain(s) {
        return s.len();
    }
    s.graphemes(true).map(UnicodeWidthStr::width).sum()
}

/// Printable ASCII, a cell and a grapheme per byte: measured and cut without the segmenter.
fn is_plain(s: &str) -> bool {
    s.bytes().all(|b| (b' '..=b'~').contains(&b))
}

/// Cuts `s` to at most `max` cells, ending in `…` when anything was cut. Cuts only between
/// grapheme clusters. It stops reading at the cut, so a long text costs what is shown of it.
pub fn truncate(s: &str, max: usize) -> Cow<'_, str> {
    if is_plain(s) {
        return match s.len() {
            n if n <= max => Cow::Borrowed(s),
            _ if max == 0 => Cow::Borrowed(""),
            // A cell a byte, and more cells than `max`: `max - 1` is inside the string.
            _ => Cow::Owned(format!("{}…", &s[..max - 1])),
        };
    }
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
mod tests;
