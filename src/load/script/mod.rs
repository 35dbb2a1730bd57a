//! Which writing system a letter belongs to, for the `mixed-script` lint.
//!
//! Names in this data come from press releases in several languages, and a Cyrillic `С` or a
//! Greek `ο` typed into a Latin word looks right on screen but makes search, links and sorting
//! miss it. A word whose letters come from two scripts is almost always such a slip. The tables
//! in `tables` are deliberately small (the blocks of the scripts this data meets, not all of
//! Unicode) so that the check needs no extra dependency; a letter outside them is reported by
//! code point.
//!
//! Chinese, Japanese and Korean are written without spaces and mix Han, kana and Latin
//! acronyms in one run by design, so CJK characters end a word instead of joining it.

use tables::{BLOCKS, CJK, COMMON_LETTERS, CONFUSABLES};

mod tables;
#[cfg(test)]
mod tests;

/// What a character counts as inside a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A letter of a named script (or `"another script"` when outside the table).
    Letter(&'static str),
    /// Digits, modifier letters and the like: fit in a word of any script.
    Neutral,
    /// Ends a word: spaces, punctuation, and CJK (see the module docs).
    Break,
}

fn class(c: char) -> Class {
    if c.is_ascii() {
        return if c.is_ascii_alphabetic() {
            Class::Letter("Latin")
        } else if c.is_ascii_digit() {
            Class::Neutral
        } else {
            Class::Break
        };
    }
    let u = u32::from(c);
    if let Some(&(_, _, script)) = COMMON_LETTERS
        .iter()
        .find(|&&(lo, hi, _)| (lo..=hi).contains(&u))
    {
        return Class::Letter(script);
    }
    class_general(c)
}

/// [`class`] without the fast paths: right for every character, but slow.
fn class_general(c: char) -> Class {
    let u = u32::from(c);
    if CJK.iter().any(|&(lo, hi)| (lo..=hi).contains(&u)) || !c.is_alphanumeric() {
        return Class::Break;
    }
    // Digits, µ and the spacing modifier letters (ʻ in Oʻzbekiston) belong to no one script.
    if !c.is_alphabetic() || u == 0xB5 || (0x02B0..=0x02FF).contains(&u) {
        return Class::Neutral;
    }
    let script = BLOCKS
        .iter()
        .find(|&&(lo, hi, _)| (lo..=hi).contains(&u))
        .map_or("another script", |&(_, _, s)| s);
    Class::Letter(script)
}

/// A word whose letters come from more than one script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mixed<'a> {
    pub word: &'a str,
    /// The script most of its letters are in (Latin on a tie).
    pub base: &'static str,
    /// Every script in the word, `base` first.
    pub scripts: Vec<&'static str>,
    /// The letters not in `base`, each once, in order.
    pub odd: Vec<char>,
}

/// The words of `text` that mix scripts, each distinct word once.
pub fn mixed_words(text: &str) -> Vec<Mixed<'_>> {
    let mut out: Vec<Mixed<'_>> = Vec::new();
    // ASCII letters are all Latin: most text needs no closer look.
    if text.is_ascii() {
        return out;
    }
    // One pass: a word is looked at again only when its letters come from two scripts.
    let (mut start, mut first, mut mixed) = (0, None, false);
    let ends = text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')));
    for (i, c) in ends {
        match class(c) {
            Class::Break => {
                let word = &text[start..i];
                if mixed && !out.iter().any(|m| m.word == word) {
                    out.push(examine(word));
                }
                (start, first, mixed) = (i + c.len_utf8(), None, false);
            }
            Class::Letter(s) => match first {
                None => first = Some(s),
                Some(f) => mixed |= f != s,
            },
            Class::Neutral => {}
        }
    }
    out
}

/// The scripts of a word known to mix them, and its odd letters.
fn examine(word: &str) -> Mixed<'_> {
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for c in word.chars() {
        if let Class::Letter(s) = class(c) {
            match counts.iter_mut().find(|(k, _)| *k == s) {
                Some((_, n)) => *n += 1,
                None => counts.push((s, 1)),
            }
        }
    }
    // Stable: on a tie, Latin (the usual base here) and then the first seen come first.
    counts.sort_by_key(|&(s, n)| (std::cmp::Reverse(n), s != "Latin"));
    // A mixed word has letters of two scripts at least, so `counts` is not empty.
    let base = counts.first().map_or("Latin", |&(s, _)| s);
    let mut odd: Vec<char> = Vec::new();
    for c in word.chars() {
        if matches!(class(c), Class::Letter(s) if s != base) && !odd.contains(&c) {
            odd.push(c);
        }
    }
    Mixed {
        word,
        base,
        scripts: counts.iter().map(|&(s, _)| s).collect(),
        odd,
    }
}

/// Says what an odd letter is and what to type instead:
/// "`С` is CYRILLIC CAPITAL LETTER ES (U+0421) in a Latin word; type the Latin `C`".
pub fn describe(c: char, base: &str) -> String {
    let code = format!("U+{:04X}", u32::from(c));
    let script = match class(c) {
        Class::Letter(s) => s,
        _ => "another script",
    };
    if let Some(&(_, name, latin)) = CONFUSABLES.iter().find(|(k, _, _)| *k == c) {
        let fix = if base == "Latin" {
            format!("; type the Latin `{latin}`")
        } else {
            String::new()
        };
        return format!("`{c}` is {name} ({code}) in a {base} word{fix}");
    }
    if c.is_ascii_alphabetic() {
        let case = if c.is_ascii_uppercase() {
            "CAPITAL"
        } else {
            "SMALL"
        };
        let name = format!("LATIN {case} LETTER {}", c.to_ascii_uppercase());
        let fix = CONFUSABLES
            .iter()
            .find(|&&(_, n, l)| l == c && n.starts_with(&base.to_ascii_uppercase()))
            .map(|&(k, _, _)| format!("; type the {base} `{k}`"))
            .unwrap_or_default();
        return format!("`{c}` is {name} ({code}) in a {base} word{fix}");
    }
    match script {
        "another script" => {
            format!("`{c}` ({code}) is a letter of another script in a {base} word")
        }
        s if s.starts_with(['A', 'E', 'I', 'O', 'U']) => {
            format!("`{c}` ({code}) is an {s} letter in a {base} word")
        }
        s => format!("`{c}` ({code}) is a {s} letter in a {base} word"),
    }
}
