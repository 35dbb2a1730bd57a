//! Turning a matched item into a [`Hit`]: the field's text, shortened around the match, and
//! the byte ranges to highlight in it.

use std::collections::HashMap;
use std::ops::Range;

use super::eval::{How, Matched};
use super::fold;
use super::index::SearchIndex;
use super::vocab::BuildFx;

/// Each matched word (folded) and its best match; looked up for every word of every hit shown.
pub(crate) type Table<'a> = HashMap<&'a str, &'a Matched, BuildFx>;

/// Field texts longer than this many characters are shortened to a window around the first
/// highlight.
pub const WINDOW: usize = 160;
/// How many cells of an item's name a hit in another of its fields shows before it.
pub const CONTEXT: usize = 48;
/// How many characters of context the window keeps before the first highlight.
const LEAD: usize = 40;

/// For each matched vocabulary word (folded), its best match.
pub(crate) fn table<'a>(ix: &'a SearchIndex, matched: &'a [Matched]) -> Table<'a> {
    let mut t = Table::default();
    for m in matched {
        let w = ix.vocab.word(m.word as usize);
        let e = t.entry(w).or_insert(m);
        if m.score > e.score {
            *e = m;
        }
    }
    t
}

/// The byte ranges of `text` to highlight: all of those [`window`] can keep.
///
/// The window ends at most [`WINDOW`] characters after the first highlight: the words after
/// that are not looked at (a long text costs what its start does). A text that short is never
/// cut, and every highlight in it is found.
pub(crate) fn highlights(text: &str, table: &Table) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    // From the first highlight on: a byte offset and how many characters precede it since.
    let mut since: Option<(usize, usize)> = None;
    fold::for_each_word_while(text, |w, offsets, range| {
        if let Some((at, chars)) = since.as_mut() {
            *chars += text.get(*at..range.start).map_or(0, |s| s.chars().count());
            *at = range.start;
            if *chars >= WINDOW {
                return false;
            }
        }
        let Some(m) = table.get(w) else { return true };
        let at = |i: usize| offsets.get(i).copied().unwrap_or(range.end);
        let r = match m.how {
            How::Prefix(n) => range.start..at(n),
            How::Substring => match w.find(m.query.as_str()) {
                Some(b) => {
                    let first = w[..b].chars().count();
                    let n = m.query.chars().count();
                    at(first)..at(first + n)
                }
                None => range.clone(),
            },
            How::Exact | How::Fuzzy | How::Translit => range.clone(),
        };
        since.get_or_insert((r.start, 0));
        match out.last_mut() {
            Some(last) if last.end >= r.start => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
        true
    });
    out
}

/// `text` cut to about [`WINDOW`] characters around the first highlight, with `…` where it was
/// cut, and the highlights moved to match. Short texts come back whole.
pub(crate) fn window(text: &str, hl: Vec<Range<usize>>) -> (String, Vec<Range<usize>>) {
    let chars = text.chars().count();
    if chars <= WINDOW {
        return (text.to_owned(), hl);
    }
    let first = hl.first().map_or(0, |r| r.start);
    let before = text[..first].chars().count();
    let start_char = before.saturating_sub(LEAD).min(chars - WINDOW);
    let byte_at = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(b, _)| b);
    let mut start = byte_at(start_char);
    // Start at a word when one begins near by.
    if start > 0
        && let Some(sp) = text[start..first.max(start)].find(' ')
    {
        start += sp + 1;
    }
    let end = byte_at(text[..start].chars().count() + WINDOW);
    let mut out = String::new();
    let mut shift = start as isize;
    if start > 0 {
        out.push('…');
        shift -= '…'.len_utf8() as isize;
    }
    out.push_str(&text[start..end]);
    if end < text.len() {
        out.push('…');
    }
    let moved = hl
        .into_iter()
        .filter(|r| r.start >= start && r.start < end)
        .map(|r| {
            let (s, e) = (r.start as isize - shift, r.end.min(end) as isize - shift);
            s as usize..e as usize
        })
        .collect();
    (out, moved)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matched(how: How, query: &str) -> Matched {
        let query = query.to_owned();
        Matched {
            word: 0,
            score: 1,
            how,
            query,
        }
    }

    /// Every highlight of `text`, looking at every word (what [`highlights`] finds before it
    /// stops early).
    fn all_highlights(text: &str, table: &Table) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        fold::for_each_word(text, |w, _, range| {
            if table.contains_key(w) {
                out.push(range);
            }
        });
        out
    }

    proptest::proptest! {
        #[test]
        fn stopping_early_keeps_every_highlight_of_the_window(
            words in proptest::collection::vec("(asia|peace|мир|亚洲|[a-z]{1,9}|[а-я]{1,6})", 0..160),
        ) {
            let text = words.join(" ");
            let (asia, mir, yazhou) = (
                matched(How::Exact, "asia"),
                matched(How::Exact, "мир"),
                matched(How::Exact, "亚洲"),
            );
            let table: Table =
                [("asia", &asia), ("мир", &mir), ("亚洲", &yazhou)].into_iter().collect();
            let early = window(&text, highlights(&text, &table));
            let full = window(&text, all_highlights(&text, &table));
            proptest::prop_assert_eq!(early, full);
        }
    }
}
