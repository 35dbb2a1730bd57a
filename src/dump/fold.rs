//! Content lines of an iCalendar file folded as RFC 5545 §3.1 says: no line longer than 75
//! octets, not counting its CRLF; a longer one goes on in lines that begin with one space.
//! A fold never falls inside a UTF-8 sequence.
//!
//! Why our own: the icalendar crate (0.17) folds, but leaves a 76-octet line whenever what
//! remains of a folded line is exactly 75 octets (a 150-octet SUMMARY line, for one). So
//! [`super::ics`] unfolds what the crate writes and folds it again here.

/// The longest line, in octets, not counting its CRLF.
pub const MAX_OCTETS: usize = 75;

/// Folds one content line (given without its CRLF) into lines of at most [`MAX_OCTETS`]
/// octets joined by CRLF and a space.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 24);
    let mut rest = line;
    // The first line holds 75 octets; the others 74 after their leading space.
    let mut room = MAX_OCTETS;
    while rest.len() > room {
        let mut cut = room;
        // A UTF-8 character is at most 4 octets and `room` is at least 74, so this stops
        // at a boundary above 0.
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = MAX_OCTETS - 1;
    }
    out.push_str(rest);
    out
}

/// Joins folded lines: a CRLF followed by one space or tab is removed, with that space
/// (RFC 5545 §3.1).
pub fn unfold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("\r\n") {
        let (head, tail) = rest.split_at(at);
        out.push_str(head);
        match tail.as_bytes().get(2) {
            Some(b' ' | b'\t') => rest = &tail[3..],
            _ => {
                out.push_str("\r\n");
                rest = &tail[2..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The octets of each physical line, CRLF excluded.
    fn lengths(folded: &str) -> Vec<usize> {
        folded.split("\r\n").map(str::len).collect()
    }

    #[test]
    fn short_lines_stay_whole() {
        assert_eq!(fold("SUMMARY:short"), "SUMMARY:short");
        let exactly = "x".repeat(75);
        assert_eq!(fold(&exactly), exactly);
    }

    #[test]
    fn ascii_folds_at_75_then_74_plus_the_space() {
        // 150 octets: 75 on the first line, then " " + 74, then " " + 1. (The icalendar crate
        // writes " " + 75 = 76 octets here.)
        let line = "y".repeat(150);
        let folded = fold(&line);
        assert_eq!(lengths(&folded), [75, 75, 2]);
        assert!(folded.split("\r\n").skip(1).all(|l| l.starts_with(' ')));
        assert_eq!(unfold(&folded), line);
    }

    #[test]
    fn never_inside_a_utf8_sequence() {
        // 73 ASCII octets, then three-octet characters: the first fits only whole (73 + 3 > 75
        // would split it), so the first line ends at 73 octets.
        let line = format!("{}{}", "a".repeat(73), "主席".repeat(40));
        let folded = fold(&line);
        for l in folded.split("\r\n") {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        assert_eq!(lengths(&folded)[0], 73);
        assert_eq!(unfold(&folded), line);
        // Four-octet characters too.
        let emoji = "🗓".repeat(60);
        assert!(fold(&emoji).split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(unfold(&fold(&emoji)), emoji);
    }

    #[test]
    fn unfold_keeps_line_ends_that_are_not_folds() {
        assert_eq!(unfold("A:1\r\nB:2\r\n"), "A:1\r\nB:2\r\n");
        assert_eq!(unfold("A:1\r\n 2\r\n\t3\r\nB"), "A:123\r\nB");
    }
}
