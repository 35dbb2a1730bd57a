//! Every spelling of every participant, person and glossary term, so that a query naming one
//! of them finds the others: "Turkey" finds "Türkiye", "SOC" finds "Senior Officials
//! Committee", a person's Cyrillic alias finds the statements that spell them in Latin letters.
//! The same table resolves the value of a `by:` filter.

use std::collections::HashMap;

use super::Target;
use super::fold;
use crate::dataset::Dataset;

/// A participant, person or term and its spellings, each as folded words.
#[derive(Debug)]
pub(crate) struct Entity {
    pub target: Target,
    pub spellings: Vec<Vec<String>>,
}

/// The spellings table.
#[derive(Debug, Default)]
pub(crate) struct Aliases {
    pub entities: Vec<Entity>,
    /// A whole spelling, folded (words joined by one space) → entities.
    phrases: HashMap<String, Vec<u32>>,
    /// A word of a person's spelling (three letters or more) → persons.
    person_words: HashMap<String, Vec<u32>>,
    /// A participant's code, as written → entity.
    codes: HashMap<String, u32>,
}

impl Aliases {
    /// Collects the spellings of `data`'s participants, persons and terms.
    pub fn build(data: &Dataset) -> Aliases {
        let mut a = Aliases::default();
        for (i, p) in data.participants.iter().enumerate() {
            let e = a.add(
                Target::Participant(i),
                [&p.name].into_iter().chain(&p.aliases),
            );
            a.codes.insert(p.code.clone(), e);
        }
        for (i, p) in data.persons.iter().enumerate() {
            let e = a.add(Target::Person(i), [&p.name].into_iter().chain(&p.aliases));
            for spelling in &a.entities[e as usize].spellings {
                for w in spelling.iter().filter(|w| w.chars().count() >= 3) {
                    let list = a.person_words.entry(w.clone()).or_default();
                    if list.last() != Some(&e) {
                        list.push(e);
                    }
                }
            }
        }
        for (i, t) in data.glossary.iter().enumerate() {
            let names = [&t.term, &t.meaning].into_iter().chain(&t.aliases);
            a.add(Target::Term(i), names);
        }
        a
    }

    fn add<'a>(&mut self, target: Target, names: impl Iterator<Item = &'a String>) -> u32 {
        let e = self.entities.len() as u32;
        let mut spellings: Vec<Vec<String>> = Vec::new();
        for name in names {
            let words = fold::words(name);
            if words.is_empty() || spellings.contains(&words) {
                continue;
            }
            let list = self.phrases.entry(words.join(" ")).or_default();
            if !list.contains(&e) {
                list.push(e);
            }
            spellings.push(words);
        }
        self.entities.push(Entity { target, spellings });
        e
    }

    /// The entities one of whose spellings is exactly `folded` (folded words, one space apart).
    pub fn phrase(&self, folded: &str) -> &[u32] {
        self.phrases.get(folded).map_or(&[], Vec::as_slice)
    }

    /// The persons one of whose spellings contains the folded word `w`.
    pub fn person_word(&self, w: &str) -> &[u32] {
        self.person_words.get(w).map_or(&[], Vec::as_slice)
    }

    /// The participant whose code is `raw`, exactly as written.
    pub fn code(&self, raw: &str) -> Option<u32> {
        self.codes.get(raw).copied()
    }

    /// The participant a `by:` value names: its code in any case, or one of its spellings.
    /// (`_` stands for a space, so `by:viet_nam` works.)
    pub fn participant(&self, value: &str) -> Option<usize> {
        if let Some(&e) = self.codes.get(&value.to_uppercase()) {
            return self.participant_of(e);
        }
        let folded = fold::fold(value);
        self.phrase(&folded)
            .iter()
            .find_map(|&e| self.participant_of(e))
    }

    /// The person a `by:` value names by one of their spellings, or by a word of them when
    /// only one person has that word.
    pub fn person(&self, value: &str) -> Option<usize> {
        let folded = fold::fold(value);
        let of = |e: &u32| match self.entities.get(*e as usize)?.target {
            Target::Person(p) => Some(p),
            _ => None,
        };
        if let Some(p) = self.phrase(&folded).iter().find_map(of) {
            return Some(p);
        }
        match self.person_word(&folded) {
            [one] => of(one),
            _ => None,
        }
    }

    fn participant_of(&self, e: u32) -> Option<usize> {
        match self.entities.get(e as usize)?.target {
            Target::Participant(p) => Some(p),
            _ => None,
        }
    }

    /// An estimate of the heap memory held, in bytes.
    pub fn heap_bytes(&self) -> usize {
        let words: usize = self
            .entities
            .iter()
            .flat_map(|e| &e.spellings)
            .flatten()
            .map(|w| w.capacity() + 24)
            .sum();
        words * 2 + self.entities.len() * 48 + (self.phrases.len() + self.person_words.len()) * 64
    }
}
