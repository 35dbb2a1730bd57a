//! Finding glossary terms in an item's text, so a detail popup can open the glossary at the
//! terms its item uses. A term or alias matches as a whole word: `SOC` is found in "The SOC
//! adopted" but not in "SOCIAL". Spellings without lower-case letters (acronyms such as
//! `SOC`, `СВМДА`) match in their own case only; others in any case. Scripts written without
//! spaces (Chinese, Japanese, Korean, Thai) have no word boundaries to check.

use super::{Dataset, ItemRef};

impl Dataset {
    /// The glossary terms (indices, in glossary order) that `texts` use, by their term or
    /// one of their aliases.
    pub fn terms_in<'a>(&self, texts: impl IntoIterator<Item = &'a str>) -> Vec<usize> {
        let text: String = texts.into_iter().collect::<Vec<_>>().join("\n");
        let lower = text.to_lowercase();
        (0..self.glossary.len())
            .filter(|&i| {
                let t = &self.glossary[i];
                std::iter::once(&t.term)
                    .chain(&t.aliases)
                    .any(|s| uses(&text, &lower, s))
            })
            .collect()
    }

    /// What a reader of an item's detail sees as prose: its title or subject, summary, full
    /// text, quote, notes and the like.
    pub fn item_texts(&self, item: ItemRef) -> Vec<&str> {
        let m = item.meeting().and_then(|m| self.meetings.get(m));
        let texts: Vec<Option<&String>> = match item {
            ItemRef::Meeting(_) => m.map_or_else(Vec::new, |m| {
                vec![
                    Some(&m.title),
                    Some(&m.body),
                    m.chair_title.as_ref(),
                    m.summary.as_ref(),
                    m.notes.as_ref(),
                ]
            }),
            ItemRef::Agenda(_, i) => m
                .and_then(|m| m.agenda.get(i))
                .map_or_else(Vec::new, |a| vec![Some(&a.title), a.summary.as_ref()]),
            ItemRef::Decision(_, i) => {
                m.and_then(|m| m.decisions.get(i))
                    .map_or_else(Vec::new, |d| {
                        vec![
                            Some(&d.subject),
                            d.text.as_ref(),
                            d.assignee.as_ref(),
                            d.forwarded_to.as_ref(),
                            d.notes.as_ref(),
                        ]
                    })
            }
            ItemRef::Statement(_, i) => {
                m.and_then(|m| m.statements.get(i))
                    .map_or_else(Vec::new, |s| {
                        vec![
                            s.title.as_ref(),
                            s.summary.as_ref(),
                            s.quote.as_ref(),
                            s.notes.as_ref(),
                        ]
                    })
            }
            ItemRef::Event(e) => self.events.get(e).map_or_else(Vec::new, |e| {
                vec![Some(&e.title), e.summary.as_ref(), e.notes.as_ref()]
            }),
        };
        texts.into_iter().flatten().map(String::as_str).collect()
    }
}

/// Whether `text` (with `lower`, its lower-case form) uses `spelling` as a whole word.
fn uses(text: &str, lower: &str, spelling: &str) -> bool {
    if spelling.trim().is_empty() {
        return false;
    }
    if spelling.chars().any(char::is_lowercase) {
        word_in(lower, &spelling.to_lowercase())
    } else {
        word_in(text, spelling)
    }
}

/// Whether `needle` occurs in `hay` with a word boundary on both sides.
pub fn word_in(hay: &str, needle: &str) -> bool {
    let (Some(first), Some(last)) = (needle.chars().next(), needle.chars().next_back()) else {
        return false;
    };
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        apart(before, first) && apart(after, last)
    })
}

/// Whether a neighbouring character leaves a boundary at a match's edge character.
fn apart(neighbour: Option<char>, edge: char) -> bool {
    neighbour.is_none_or(|n| {
        !n.is_alphanumeric() || !edge.is_alphanumeric() || spaceless(n) || spaceless(edge)
    })
}

/// Whether a character belongs to a script written without spaces between words.
fn spaceless(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0E7F}'       // Thai
        | '\u{3040}'..='\u{30FF}'     // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}'     // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'     // CJK unified ideographs
        | '\u{AC00}'..='\u{D7AF}'     // Hangul syllables
        | '\u{F900}'..='\u{FAFF}'     // CJK compatibility ideographs
        | '\u{20000}'..='\u{2FA1F}'   // CJK extensions B–F, compatibility supplement
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Term;

    fn glossary(terms: &[(&str, &[&str])]) -> Dataset {
        let mut d = Dataset::default();
        for (term, aliases) in terms {
            d.glossary.push(Term {
                term: (*term).to_owned(),
                meaning: format!("meaning of {term}"),
                aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
            });
        }
        d
    }

    #[test]
    fn a_term_matches_as_a_whole_word_only() {
        assert!(word_in("The SOC adopted", "SOC"));
        assert!(word_in("SOC", "SOC"));
        assert!(word_in("(SOC),", "SOC"));
        assert!(word_in("the SOC's decision", "SOC"));
        assert!(!word_in("SOCIAL affairs", "SOC"));
        assert!(!word_in("ASOC", "SOC"));
        assert!(!word_in("SOC2", "SOC"), "a digit continues the word");
        assert!(word_in("ASOC and SOC", "SOC"), "a later occurrence counts");
    }

    #[test]
    fn acronyms_keep_their_case_and_words_do_not() {
        let d = glossary(&[("SOC", &["Committee of Senior Officials"]), ("MFA", &[])]);
        assert_eq!(d.terms_in(["the soc met"]), Vec::<usize>::new());
        assert_eq!(d.terms_in(["the committee of senior officials met"]), [0]);
        assert_eq!(d.terms_in(["Iran MFA"]), [1]);
        assert_eq!(d.terms_in(["Iran Mfa"]), Vec::<usize>::new());
    }

    #[test]
    fn aliases_in_other_scripts_are_found() {
        let d = glossary(&[("CICA", &["СВМДА", "亚信"]), ("CBM", &["CBMs"])]);
        assert_eq!(d.terms_in(["Совещание СВМДА в Астане"]), [0]);
        assert_eq!(
            d.terms_in(["亚信会议第二次高官会"]),
            [0],
            "no spaces in Chinese"
        );
        assert_eq!(d.terms_in(["СВМДАх"]), Vec::<usize>::new());
        assert_eq!(d.terms_in(["implementing CBMs"]), [1]);
        assert_eq!(
            d.terms_in(["CBMS"]),
            [1],
            "an alias with lower case matches any case"
        );
    }

    #[test]
    fn terms_come_in_glossary_order_from_every_text() {
        let d = glossary(&[("CICA", &[]), ("SOC", &[]), ("MFA", &[])]);
        assert_eq!(d.terms_in(["MFA of Iran", "SOC of CICA"]), [0, 1, 2]);
        assert_eq!(
            d.terms_in(["ends with SO", "C starts"]),
            Vec::<usize>::new()
        );
    }
}
