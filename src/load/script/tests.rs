//! The script classes, the mixed-word scan and the descriptions of odd letters.

use super::*;

proptest::proptest! {
    /// The one-pass scan finds the words a plain split on breaks finds to mix scripts.
    #[test]
    fn mixed_words_are_the_split_words_of_two_scripts(
        text in "[a-zA-Zé0-9 ,.Ссоа中文ب-]{0,40}"
    ) {
        let mut expected: Vec<&str> = Vec::new();
        for word in text.split(|c| class(c) == Class::Break) {
            let mut scripts: Vec<&str> = word
                .chars()
                .filter_map(|c| match class(c) {
                    Class::Letter(s) => Some(s),
                    _ => None,
                })
                .collect();
            scripts.sort_unstable();
            scripts.dedup();
            if scripts.len() > 1 && !expected.contains(&word) {
                expected.push(word);
            }
        }
        let found: Vec<&str> = mixed_words(&text).iter().map(|m| m.word).collect();
        proptest::prop_assert_eq!(found, expected);
    }
}

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
