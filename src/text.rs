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
/// grapheme clusters.
pub fn truncate(s: &str, max: usize) -> Cow<'_, str> {
    if width(s) <= max {
        return Cow::Borrowed(s);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    if is_plain(s) {
        // A cell a byte, and more cells than `max`: `max - 1` is inside the string.
        return Cow::Owned(format!("{}…", &s[..max - 1]));
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = width(g);
        if used + w > max - 1 {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    Cow::Owned(out)
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
