//! A guard against nesting deep enough to exhaust a parser's stack (`a = [[[[…`), checked on
//! the raw text before parsing. The data format needs three levels; files are refused beyond
//! [`MAX_NESTING`].
//!
//! Brackets inside strings and comments do not count, so the scan follows TOML's four kinds
//! of string exactly: `"…"` and `"""…"""` with backslash escapes, `'…'` and `'''…'''` without.

use memchr::{memchr, memchr2, memchr3};

/// How deeply arrays and tables may nest before a file is refused.
pub const MAX_NESTING: usize = 64;

/// The bytes the scan stops at; everything else is skipped in bulk.
const SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    let special = b"\"'#[]{}";
    while i < special.len() {
        t[special[i] as usize] = true;
        i += 1;
    }
    t
};

/// The offset of the first bracket that opens more than [`MAX_NESTING`] levels, if any.
pub fn too_deep(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(skip) = b.get(i..)?.iter().position(|&c| SPECIAL[usize::from(c)]) {
        i += skip;
        match b[i] {
            q @ (b'"' | b'\'') => i = after_string(b, i, q),
            b'#' => i = memchr(b'\n', &b[i..]).map_or(b.len(), |n| i + n),
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
                i += 1;
            }
            // `]` or `}`.
            _ => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
        }
    }
    None
}

/// The offset just past the string opened at `start` by quote `q`, or the end of the text. An
/// unclosed one-line string ends at its line, as the parser will say.
fn after_string(b: &[u8], start: usize, q: u8) -> usize {
    let triple = [q, q, q];
    let multi = b[start..].starts_with(&triple);
    let escapes = q == b'"';
    let mut i = start + if multi { 3 } else { 1 };
    while i < b.len() {
        // Only the bytes that can end the string or escape a quote matter.
        let rest = &b[i..];
        let next = match (escapes, multi) {
            (true, true) => memchr2(b'\\', q, rest),
            (true, false) => memchr3(b'\\', b'\n', q, rest),
            (false, true) => memchr(q, rest),
            (false, false) => memchr2(b'\n', q, rest),
        };
        let Some(n) = next else { return b.len() };
        i += n;
        match b[i] {
            b'\\' if escapes => i += 2,
            b'\n' if !multi => return i + 1,
            _ if !multi => return i + 1,
            _ if b[i..].starts_with(&triple) => {
                // Up to two quotes right before the closing three belong to the string.
                let mut end = i + 3;
                while end < b.len() && end < i + 5 && b[end] == q {
                    end += 1;
                }
                return end;
            }
            _ => i += 1,
        }
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_arrays_and_inline_tables() {
        let ok = format!(
            "x = {}1{}",
            "[".repeat(MAX_NESTING),
            "]".repeat(MAX_NESTING)
        );
        assert_eq!(too_deep(&ok), None);
        let deep = format!("x = {}", "[{".repeat(MAX_NESTING));
        assert_eq!(too_deep(&deep), Some(4 + MAX_NESTING));
        // Closing brackets bring the depth back down.
        assert_eq!(too_deep(&"[a]\n".repeat(1000)), None);
    }

    #[test]
    fn brackets_in_strings_and_comments_do_not_count() {
        let many = "[".repeat(100);
        for text in [
            format!("a = \"{many}\""),
            format!("a = \"\\\"{many}\""),
            format!("a = '{many}'"),
            format!("a = '\\'\nb = '{many}'"),
            format!("a = \"\"\"it \" is {many}\"\"\""),
            format!("a = '''it's {many}'''"),
            format!("a = '''x''''\nb = \"{many}\""),
            format!("a = \"\"\"x\"\"\"\"\"\nb = \"{many}\""),
            format!("# {many}\na = 1"),
        ] {
            assert_eq!(too_deep(&text), None, "{text}");
        }
    }

    #[test]
    fn brackets_after_strings_still_count() {
        let many = "[".repeat(100);
        for text in [
            format!("a = \"x\"\nb = {many}"),
            format!("a = '''it's'''\nb = {many}"),
            format!("a = \"\"\"x \" y\"\"\"\nb = {many}"),
            format!("a = \"unclosed\nb = {many}"),
        ] {
            assert!(too_deep(&text).is_some(), "{text}");
        }
    }
}
