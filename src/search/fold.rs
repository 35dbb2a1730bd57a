//! Folding: the one place that decides when two spellings are "the same" for search.
//!
//! Search compares words in two forms. The **folded** form keeps the script: characters are
//! decomposed (NFD), combining marks dropped and the rest lower-cased, so "Türkiye" and
//! "turkiye", or "НУРЫШЕВ" and "нурышев", fold alike. (Lower-casing stands in for full Unicode
//! case folding: the two differ only for a handful of characters such as `ß`, which do not occur
//! in CICA names.) The **ASCII** form transliterates the folded word with `any_ascii`, so that
//! "nuryshev" finds "Нурышев" and "zhang" finds "张". The matcher only ever sees these forms; the
//! offsets kept beside them map a match back to the original text for highlighting.

use std::ops::Range;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Whether `c` belongs to a script written without spaces between words (Han, kana). A run of
/// such characters is one word, separate from any Latin letters or digits touching it.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}'      // hiragana, katakana
        | '\u{3400}'..='\u{4dbf}'    // CJK extension A
        | '\u{4e00}'..='\u{9fff}'    // CJK unified ideographs
        | '\u{f900}'..='\u{faff}'    // compatibility ideographs
        | '\u{20000}'..='\u{2fa1f}') // extensions B–F, compatibility supplement
}

/// Whether a folded character is part of a word; the common scripts without a table look-up.
fn is_word_char(l: char) -> bool {
    matches!(l, 'а'..='я' | 'ё' | 'ا'..='ي') || is_cjk(l) || l.is_alphanumeric()
}

/// Folds one character, passing each resulting character to `out`.
fn fold_char(c: char, out: &mut impl FnMut(char)) {
    if c.is_ascii() {
        out(c.to_ascii_lowercase());
        return;
    }
    // Cyrillic й is a letter of its own, not и with a mark (ё does fold to е, as Russian
    // writers often do themselves).
    if c == 'й' || c == 'Й' {
        out('й');
        return;
    }
    decompose_canonical(c, |d| {
        if !is_combining_mark(d) {
            for l in d.to_lowercase() {
                out(l);
            }
        }
    });
}

/// Splits `text` into folded words and calls `f(word, offsets, range)` for each, where `word`
/// is the folded word, `offsets[i]` the byte offset in `text` of the character that produced the
/// word's `i`-th character, and `range` the word's byte range in `text`.
///
/// A word is a run of letters and digits (after folding); a run of CJK characters is a word of
/// its own. Everything else separates words.
pub fn for_each_word(text: &str, mut f: impl FnMut(&str, &[usize], Range<usize>)) {
    for_each_word_while(text, |w, offsets, range| {
        f(w, offsets, range);
        true
    });
}

/// Like [`for_each_word`], stopping after the first word for which `f` returns false.
pub fn for_each_word_while(text: &str, f: impl FnMut(&str, &[usize], Range<usize>) -> bool) {
    let mut w = Words {
        word: String::new(),
        offsets: Vec::new(),
        start: 0,
        cjk: false,
        go_on: true,
        f,
    };
    for (at, c) in text.char_indices() {
        if !w.go_on {
            return;
        }
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                w.push(c.to_ascii_lowercase(), at);
            } else {
                w.flush(at);
            }
            continue;
        }
        let mut separator = false;
        fold_char(c, &mut |l| {
            if is_word_char(l) {
                w.push(l, at);
            } else {
                separator = true;
            }
        });
        if separator {
            w.flush(at);
        }
    }
    w.flush(text.len());
}

/// The word being built by [`for_each_word_while`].
struct Words<F> {
    word: String,
    offsets: Vec<usize>,
    start: usize,
    cjk: bool,
    /// What `f` said of the last word: whether to go on.
    go_on: bool,
    f: F,
}

impl<F: FnMut(&str, &[usize], Range<usize>) -> bool> Words<F> {
    fn push(&mut self, l: char, at: usize) {
        let cjk = !l.is_ascii() && is_cjk(l);
        if !self.word.is_empty() && cjk != self.cjk {
            self.flush(at);
        }
        if self.word.is_empty() {
            self.start = at;
            self.cjk = cjk;
        }
        self.word.push(l);
        self.offsets.push(at);
    }

    fn flush(&mut self, end: usize) {
        if !self.word.is_empty() && self.go_on {
            self.go_on = (self.f)(&self.word, &self.offsets, self.start..end);
        }
        self.word.clear();
        self.offsets.clear();
    }
}

/// The folded words of `text`.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_word(text, |w, _, _| out.push(w.to_owned()));
    out
}

/// `text` folded: its folded words joined by single spaces.
pub fn fold(text: &str) -> String {
    words(text).join(" ")
}

/// The ASCII transliteration of a folded word: lower-case letters and digits only. An empty
/// string when nothing transliterates (emoji, for instance).
pub fn ascii(word: &str) -> String {
    if word.is_ascii() {
        return word.to_owned();
    }
    let mut out = any_ascii::any_ascii(word);
    out.retain(|c| c.is_ascii_alphanumeric());
    out.make_ascii_lowercase();
    out
}

/// The syllables of a CJK word in ASCII ("张红建" → zhang, hong, jian), for matching it against
/// names written in Latin letters with spaces between the syllables. Empty for other words.
pub fn cjk_syllables(word: &str) -> Vec<String> {
    if !word.chars().any(is_cjk) {
        return Vec::new();
    }
    let mut buf = [0u8; 4];
    word.chars()
        .map(|c| ascii(c.encode_utf8(&mut buf)))
        .filter(|s| !s.is_empty())
        .collect()
}

/// A 64-bit summary of which ASCII letters and digits a word contains: a word can only contain
/// a query (as a subsequence) if its mask includes the query's.
pub fn mask(ascii_word: &str) -> u64 {
    ascii_word.bytes().fold(0, |m, b| {
        m | match b {
            b'a'..=b'z' => 1 << (b - b'a'),
            b'0'..=b'9' => 1 << (26 + b - b'0'),
            _ => 1 << 63,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_marks_fold_away() {
        assert_eq!(fold("Türkiye"), fold("Turkiye"));
        assert_eq!(fold("НУРЫШЕВ"), "нурышев");
        assert_eq!(fold("Ёлка"), "елка", "ё decomposes to е + diaeresis");
        assert_eq!(fold("Déjà vu, co-coordinator!"), "deja vu co coordinator");
    }

    #[test]
    fn cjk_runs_are_words_of_their_own() {
        assert_eq!(
            words("COVID-19疫情，张红建说"),
            ["covid", "19", "疫情", "张红建说"]
        );
    }

    #[test]
    fn transliteration() {
        assert_eq!(ascii("нурышев"), "nuryshev");
        assert_eq!(ascii("张红建"), "zhanghongjian");
        assert_eq!(ascii("نجفی"), "njfy");
        assert_eq!(cjk_syllables("张红建"), ["zhang", "hong", "jian"]);
        assert!(cjk_syllables("zhang").is_empty());
    }

    #[test]
    fn offsets_point_into_the_original() {
        let text = "Ms Türkiye, НУРЫШЕВ";
        let mut seen = Vec::new();
        for_each_word(text, |w, offs, r| {
            seen.push((w.to_owned(), offs.to_vec(), r))
        });
        assert_eq!(seen[1].0, "turkiye");
        assert_eq!(&text[seen[1].2.clone()], "Türkiye");
        assert_eq!(
            seen[1].1[2],
            text.find('r').unwrap_or(0),
            "u's mark adds a byte"
        );
        assert_eq!(&text[seen[2].2.clone()], "НУРЫШЕВ");
    }

    #[test]
    fn masks() {
        assert_eq!(mask("ab") & mask("abc"), mask("ab"));
        assert_ne!(mask("az") & mask("abc"), mask("az"));
    }
}
