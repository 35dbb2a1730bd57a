//! Which writing system a letter belongs to, for the `mixed-script` lint.
//!
//! Names in this data come from press releases in several languages, and a Cyrillic `С` or a
//! Greek `ο` typed into a Latin word looks right on screen but makes search, links and sorting
//! miss it. A word whose letters come from two scripts is almost always such a slip. The table
//! below is deliberately small (the blocks of the scripts this data meets, not all of Unicode)
//! so that the check needs no extra dependency; a letter outside it is reported by code point.
//!
//! Chinese, Japanese and Korean are written without spaces and mix Han, kana and Latin
//! acronyms in one run by design, so CJK characters end a word instead of joining it.

/// The script of a letter, by Unicode block: `(first, last, script)`.
const BLOCKS: &[(u32, u32, &str)] = &[
    (0x0041, 0x005A, "Latin"),
    (0x0061, 0x007A, "Latin"),
    (0x00AA, 0x00AA, "Latin"),
    (0x00BA, 0x00BA, "Latin"),
    (0x00C0, 0x024F, "Latin"),
    (0x0250, 0x02AF, "Latin"),
    (0x0370, 0x03FF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"),
    (0x0530, 0x058F, "Armenian"),
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0750, 0x077F, "Arabic"),
    (0x08A0, 0x08FF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0B80, 0x0BFF, "Tamil"),
    (0x0D80, 0x0DFF, "Sinhala"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Lao"),
    (0x0F00, 0x0FFF, "Tibetan"),
    (0x1000, 0x109F, "Myanmar"),
    (0x10A0, 0x10FF, "Georgian"),
    (0x13A0, 0x13FF, "Cherokee"),
    (0x1780, 0x17FF, "Khmer"),
    (0x1800, 0x18AF, "Mongolian"),
    (0x1C80, 0x1C8F, "Cyrillic"),
    (0x1C90, 0x1CBF, "Georgian"),
    (0x1D00, 0x1DBF, "Latin"),
    (0x1E00, 0x1EFF, "Latin"),
    (0x1F00, 0x1FFF, "Greek"),
    (0x2C60, 0x2C7F, "Latin"),
    (0x2DE0, 0x2DFF, "Cyrillic"),
    (0xA640, 0xA69F, "Cyrillic"),
    (0xA720, 0xA7FF, "Latin"),
    (0xAB30, 0xAB6F, "Latin"),
    (0xAB70, 0xABBF, "Cherokee"),
    (0xFB1D, 0xFB4F, "Hebrew"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
    (0xFF21, 0xFF3A, "Latin"),
    (0xFF41, 0xFF5A, "Latin"),
];

/// CJK blocks: Hangul Jamo, CJK radicals to Hangul syllables, compatibility ideographs,
/// halfwidth kana and the supplementary ideograph planes.
const CJK: &[(u32, u32)] = &[
    (0x1100, 0x11FF),
    (0x2E80, 0xA4CF),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7FF),
    (0xF900, 0xFAFF),
    (0xFF66, 0xFFDC),
    (0x20000, 0x3FFFF),
];

/// The lookalikes people type by mistake: `(letter, its Unicode name, the Latin letter it
/// imitates)`. Cyrillic and Greek letters that are drawn like Latin ones.
const CONFUSABLES: &[(char, &str, char)] = &[
    ('А', "CYRILLIC CAPITAL LETTER A", 'A'),
    ('В', "CYRILLIC CAPITAL LETTER VE", 'B'),
    ('Е', "CYRILLIC CAPITAL LETTER IE", 'E'),
    ('К', "CYRILLIC CAPITAL LETTER KA", 'K'),
    ('М', "CYRILLIC CAPITAL LETTER EM", 'M'),
    ('Н', "CYRILLIC CAPITAL LETTER EN", 'H'),
    ('О', "CYRILLIC CAPITAL LETTER O", 'O'),
    ('Р', "CYRILLIC CAPITAL LETTER ER", 'P'),
    ('С', "CYRILLIC CAPITAL LETTER ES", 'C'),
    ('Т', "CYRILLIC CAPITAL LETTER TE", 'T'),
    ('У', "CYRILLIC CAPITAL LETTER U", 'Y'),
    ('Х', "CYRILLIC CAPITAL LETTER HA", 'X'),
    ('Ѕ', "CYRILLIC CAPITAL LETTER DZE", 'S'),
    ('І', "CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I", 'I'),
    ('Ј', "CYRILLIC CAPITAL LETTER JE", 'J'),
    ('Ү', "CYRILLIC CAPITAL LETTER STRAIGHT U", 'Y'),
    ('а', "CYRILLIC SMALL LETTER A", 'a'),
    ('е', "CYRILLIC SMALL LETTER IE", 'e'),
    ('о', "CYRILLIC SMALL LETTER O", 'o'),
    ('р', "CYRILLIC SMALL LETTER ER", 'p'),
    ('с', "CYRILLIC SMALL LETTER ES", 'c'),
    ('у', "CYRILLIC SMALL LETTER U", 'y'),
    ('х', "CYRILLIC SMALL LETTER HA", 'x'),
    ('ѕ', "CYRILLIC SMALL LETTER DZE", 's'),
    ('і', "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I", 'i'),
    ('ј', "CYRILLIC SMALL LETTER JE", 'j'),
    ('һ', "CYRILLIC SMALL LETTER SHHA", 'h'),
    ('ԁ', "CYRILLIC SMALL LETTER KOMI DE", 'd'),
    ('ӏ', "CYRILLIC SMALL LETTER PALOCHKA", 'l'),
    ('Α', "GREEK CAPITAL LETTER ALPHA", 'A'),
    ('Β', "GREEK CAPITAL LETTER BETA", 'B'),
    ('Ε', "GREEK CAPITAL LETTER EPSILON", 'E'),
    ('Ζ', "GREEK CAPITAL LETTER ZETA", 'Z'),
    ('Η', "GREEK CAPITAL LETTER ETA", 'H'),
    ('Ι', "GREEK CAPITAL LETTER IOTA", 'I'),
    ('Κ', "GREEK CAPITAL LETTER KAPPA", 'K'),
    ('Μ', "GREEK CAPITAL LETTER MU", 'M'),
    ('Ν', "GREEK CAPITAL LETTER NU", 'N'),
    ('Ο', "GREEK CAPITAL LETTER OMICRON", 'O'),
    ('Ρ', "GREEK CAPITAL LETTER RHO", 'P'),
    ('Τ', "GREEK CAPITAL LETTER TAU", 'T'),
    ('Υ', "GREEK CAPITAL LETTER UPSILON", 'Y'),
    ('Χ', "GREEK CAPITAL LETTER CHI", 'X'),
    ('α', "GREEK SMALL LETTER ALPHA", 'a'),
    ('ι', "GREEK SMALL LETTER IOTA", 'i'),
    ('ν', "GREEK SMALL LETTER NU", 'v'),
    ('ο', "GREEK SMALL LETTER OMICRON", 'o'),
    ('ρ', "GREEK SMALL LETTER RHO", 'p'),
    ('υ', "GREEK SMALL LETTER UPSILON", 'u'),
];

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

/// The letters most of this data is written in, every one of them alphabetic: Latin-1 and
/// Latin Extended-A/B, basic Cyrillic, basic Arabic. They skip the slow look-ups of
/// `char::is_alphanumeric` (a large share of `check`'s time on a big corpus).
const COMMON_LETTERS: &[(u32, u32, &str)] = &[
    (0x00C0, 0x00D6, "Latin"),
    (0x00D8, 0x00F6, "Latin"),
    (0x00F8, 0x024F, "Latin"),
    (0x0400, 0x0481, "Cyrillic"),
    (0x0621, 0x063A, "Arabic"),
    (0x0641, 0x064A, "Arabic"),
];

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
    for word in text.split(|c| class(c) == Class::Break) {
        if word.is_ascii() {
            continue;
        }
        let mut counts: Vec<(&'static str, usize)> = Vec::new();
        for c in word.chars() {
            if let Class::Letter(s) = class(c) {
                match counts.iter_mut().find(|(k, _)| *k == s) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((s, 1)),
                }
            }
        }
        if counts.len() < 2 || out.iter().any(|m| m.word == word) {
            continue;
        }
        // Stable: on a tie, Latin (the usual base here) and then the first seen come first.
        counts.sort_by_key(|&(s, n)| (std::cmp::Reverse(n), s != "Latin"));
        let base = counts[0].0;
        let mut odd: Vec<char> = Vec::new();
        for c in word.chars() {
            if matches!(class(c), Class::Letter(s) if s != base) && !odd.contains(&c) {
                odd.push(c);
            }
        }
        out.push(Mixed {
            word,
            base,
            scripts: counts.iter().map(|&(s, _)| s).collect(),
            odd,
        });
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_paths_classify_every_character_as_the_slow_one_does() {
        for c in (0..=0x3_0000u32).filter_map(char::from_u32) {
            assert_eq!(class(c), class_general(c), "{c:?} U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn one_script_words_and_neutral_characters_pass() {
        for ok in [
            "Kazakhstan",
            "Москва",
            "Türkiye",
            "Nguyễn",
            "COVID-19",
            "Oʻzbekiston",
            "ساريباي",
            "亚信CICA会议",
            "G20",
        ] {
            assert_eq!(mixed_words(ok), vec![], "{ok}");
        }
    }

    #[test]
    fn a_homoglyph_is_the_odd_letter_of_the_majority_script() {
        let m = mixed_words("the Сhina delegation");
        assert_eq!(m.len(), 1);
        assert_eq!((m[0].word, m[0].base), ("Сhina", "Latin"));
        assert_eq!(m[0].odd, vec!['С']);
        assert_eq!(
            describe('С', "Latin"),
            "`С` is CYRILLIC CAPITAL LETTER ES (U+0421) in a Latin word; type the Latin `C`"
        );
        let m = mixed_words("Мoсква");
        assert_eq!((m[0].base, m[0].odd.clone()), ("Cyrillic", vec!['o']));
        assert_eq!(
            describe('o', "Cyrillic"),
            "`o` is LATIN SMALL LETTER O (U+006F) in a Cyrillic word; type the Cyrillic `о`"
        );
        assert_eq!(
            describe('ש', "Latin"),
            "`ש` (U+05E9) is a Hebrew letter in a Latin word"
        );
        assert_eq!(
            describe('օ', "Latin"),
            "`օ` (U+0585) is an Armenian letter in a Latin word"
        );
        assert_eq!(
            describe('ܐ', "Latin"),
            "`ܐ` (U+0710) is a letter of another script in a Latin word"
        );
    }
}
