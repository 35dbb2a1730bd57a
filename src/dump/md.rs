//! Data text made safe to put in Markdown: what a renderer would read as markup (emphasis,
//! links, code, HTML, headings, lists, quotes) is escaped with a backslash, which CommonMark
//! allows before any ASCII punctuation and shows as the character itself.
//!
//! Characters that are markup anywhere in a line are always escaped; those that are markup
//! only at the start of a line (`-`, `+`, `=`, `1.`) are escaped there. Leading spaces are
//! dropped, so no line of data becomes an indented code block.

/// Characters escaped wherever they are.
const ALWAYS: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~'];

/// One line of text (a title, a name), escaped.
pub fn inline(s: &str) -> String {
    escape_line(s.trim_start())
}

/// Text of several lines (a summary, a quote): each line escaped, and every line after the
/// first prefixed with `indent` so it stays inside the list item or quote it belongs to.
pub fn block(s: &str, indent: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for (i, line) in s.trim().split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            // A blank line keeps only what marks it as inside a quote (`>`), no spaces.
            out.push_str(if line.trim().is_empty() {
                indent.trim_end()
            } else {
                indent
            });
        }
        out.push_str(&escape_line(line.trim()));
    }
    out
}

/// A link to `url` labelled `label` (already escaped), when the URL is a web or mail address
/// a link can carry as it is; otherwise the label followed by the address as text, so no
/// `javascript:` or malformed address becomes something to click.
pub fn link(label: &str, url: &str) -> String {
    let scheme_ok = ["https://", "http://", "mailto:"]
        .iter()
        .any(|s| url.len() > s.len() && url[..s.len()].eq_ignore_ascii_case(s));
    let plain = url
        .chars()
        .all(|c| c.is_ascii_graphic() && !matches!(c, '<' | '>' | '(' | ')' | '\\' | '`'));
    if scheme_ok && plain {
        format!("[{label}]({url})")
    } else {
        format!("{label} ({})", inline(url))
    }
}

fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 4);
    // A line that starts a list, a heading underline or a numbered list item.
    let ordinal = line.find(|c: char| !c.is_ascii_digit()).filter(|&n| n > 0);
    if line.starts_with(['-', '+', '=']) {
        out.push('\\');
    }
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let entity = c == '&'
            && chars
                .peek()
                .is_some_and(|&(_, n)| n.is_alphanumeric() || n == '#');
        let numbered = Some(i) == ordinal && matches!(c, '.' | ')');
        if ALWAYS.contains(&c) || entity || numbered {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_and_plain_text_is_left_alone() {
        assert_eq!(inline("Turkmenistan"), "Turkmenistan");
        assert_eq!(
            inline("«Natural disaster management»"),
            "«Natural disaster management»"
        );
        assert_eq!(inline("a *b* _c_ `d`"), r"a \*b\* \_c\_ \`d\`");
        assert_eq!(
            inline("[x](y) <b> a|b ~~s~~"),
            r"\[x\](y) \<b\> a\|b \~\~s\~\~"
        );
        assert_eq!(inline("R&D &amp; A & B"), r"R\&D \&amp; A & B");
        assert_eq!(inline("# not a heading #"), r"\# not a heading \#");
        assert_eq!(inline(r"back\slash"), r"back\\slash");
    }

    #[test]
    fn line_starts_that_would_make_a_list_or_heading() {
        assert_eq!(inline("- item"), r"\- item");
        assert_eq!(inline("+ item"), r"\+ item");
        assert_eq!(inline("==="), r"\===");
        assert_eq!(inline("2021. A year"), r"2021\. A year");
        assert_eq!(inline("3) third"), r"3\) third");
        assert_eq!(inline("in 2021. Then"), "in 2021. Then");
        assert_eq!(inline("    code?"), "code?");
    }

    #[test]
    fn blocks_keep_their_lines_inside_the_item() {
        assert_eq!(
            block("one\n- two\n\nthree", "   "),
            "one\n   \\- two\n\n   three"
        );
        assert_eq!(block("a\n\nb", "> "), "a\n>\n> b");
    }

    #[test]
    fn only_plain_web_addresses_become_links() {
        assert_eq!(
            link("Release", "https://example.org/a?b=1"),
            "[Release](https://example.org/a?b=1)"
        );
        assert_eq!(link("X", "javascript:alert(1)"), "X (javascript:alert(1))");
        assert_eq!(link("X", "https://e.org/a b"), "X (https://e.org/a b)");
        assert_eq!(link("X", "https://e.org/(x)"), "X (https://e.org/(x))");
    }
}
