//! `text::truncate` reads a text only up to its cut; it must give exactly what measuring the
//! whole text first and then cutting gives, on any text, in any script.

use cica_dash::text::{truncate, width};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

/// The plain definition: fits whole, else the longest run of whole graphemes that leaves a
/// cell for the ellipsis, then the ellipsis.
fn reference(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_owned();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    for g in s.graphemes(true) {
        if width(&out) + width(g) > max - 1 {
            break;
        }
        out.push_str(g);
    }
    out + "…"
}

proptest! {
    #[test]
    fn truncate_matches_the_plain_definition(
        s in "(\\PC|[\u{301}\u{200d}\u{4e00}-\u{4e10}])*",
        max in 0usize..40,
    ) {
        prop_assert_eq!(truncate(&s, max).into_owned(), reference(&s, max));
    }
}

#[test]
fn examples() {
    assert_eq!(truncate("张红建先生", 5), "张红…");
    assert_eq!(truncate("abcde", 5), "abcde", "exactly full is not cut");
    assert_eq!(truncate("abcdef", 5), "abcd…");
    assert_eq!(truncate("e\u{301}e\u{301}e\u{301}", 2), "e\u{301}…");
    assert_eq!(truncate("", 0), "");
}
