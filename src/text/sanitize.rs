//! The one gate every data string passes before a widget sees it: control characters,
//! escape sequences and bidi overrides become visible placeholders.

use std::borrow::Cow;

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

/// Whether `s` is already safe for `lines`, as `!s.chars().any(needs_cleaning)` says with a
/// line feed allowed in multi-line fields, but fast: every string of a data set passes here
/// (100 MB on the scale corpus), and most of them are clean.
fn is_clean(s: &str, lines: Lines) -> bool {
    let lf_ok = lines == Lines::Multi;
    // No short cut, so that it runs a vector at a time: bytes at or above a space (every byte
    // of a non-ASCII character is) other than DEL, and a line feed where lines are kept.
    let bytes_ok = s.bytes().fold(true, |ok, b| {
        ok & ((b >= b' ' && b != 0x7f) | (lf_ok & (b == b'\n')))
    });
    // The non-ASCII characters to clean are C1 controls (U+0080–U+009F: first byte 0xC2) and
    // bidi overrides (U+202A–U+202E and U+2066–U+2069: first byte 0xE2). Those bytes only ever
    // start a character, so each is a char boundary.
    bytes_ok
        && memchr::memchr2_iter(0xC2, 0xE2, s.as_bytes())
            .all(|i| !s[i..].chars().next().is_some_and(needs_cleaning))
}

/// The characters of `s` that [`sanitize`] would replace in a multi-line field (every control
/// character but a line break, and bidi controls), with their byte offsets.
pub fn controls(s: &str) -> Vec<(usize, char)> {
    if is_clean(s, Lines::Multi) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let crlf = c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n');
        if needs_cleaning(c) && c != '\n' && !crlf {
            out.push((i, c));
        }
    }
    out
}

/// Replaces control characters, escape sequences, DEL and bidi overrides with visible
/// placeholders. CR LF and lone CR count as line breaks.
pub fn sanitize(s: &str, lines: Lines) -> Cow<'_, str> {
    if is_clean(s, lines) {
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

    proptest::proptest! {
        #[test]
        fn sanitized_text_has_no_controls(s in ".*") {
            let clean = sanitize(&s, Lines::Single);
            proptest::prop_assert!(!clean.chars().any(needs_cleaning));
        }

        /// What `controls` finds is what makes a multi-line field unclean.
        #[test]
        fn controls_are_the_characters_sanitize_replaces(
            s in "[a-z\\n\\r\\t\u{1b}\u{85}\u{202e}\u{2067}€]{0,20}"
        ) {
            let found = controls(&s);
            // A CR LF line break is a line break, not a control character.
            let lf = s.replace("\r\n", "\n");
            let clean = sanitize(&lf, Lines::Multi);
            proptest::prop_assert_eq!(found.is_empty(), matches!(clean, Cow::Borrowed(_)));
            for (i, c) in found {
                proptest::prop_assert_eq!(s[i..].chars().next(), Some(c));
            }
        }

        /// The fast test agrees with a character-by-character one, on text rich in the
        /// characters that need cleaning and in their near neighbours.
        #[test]
        fn the_fast_test_agrees_with_every_character(
            s in "[a-zа-я\\n\\r\\t\u{0}\u{1b}\u{7f}\u{80}-\u{a0}\u{2029}-\u{202f}\u{2065}-\u{206a}€“”]{0,30}",
            multi in proptest::bool::ANY,
        ) {
            let lines = if multi { Lines::Multi } else { Lines::Single };
            let slow = !s.chars().any(|c| needs_cleaning(c) && !(multi && c == '\n'));
            proptest::prop_assert_eq!(is_clean(&s, lines), slow);
        }
    }
}
