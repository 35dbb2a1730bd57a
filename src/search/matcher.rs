//! The fuzzy matcher (frizbee), run over vocabulary words that exact, prefix and substring
//! look-ups did not already accept. `nucleo-matcher` was measured against it on the same
//! prefiltered words and dropped; see `docs/search.md`.

/// Fuzzy needles longer than this many bytes are not fuzzy-matched (frizbee's scores would
/// overflow, and a long word that did not match by prefix or substring is no typo away).
pub const MAX_NEEDLE: usize = 32;

/// A compiled needle and the score it gets against itself.
pub(crate) struct Fuzzy {
    matcher: frizbee::Matcher,
    perfect: u32,
}

impl Fuzzy {
    /// Compiles `needle` (folded, at most [`MAX_NEEDLE`] bytes). Needles of five characters or
    /// more tolerate one typo.
    pub fn new(needle: &str) -> Fuzzy {
        let typos = u16::from(needle.chars().count() >= 5);
        let config = frizbee::Config::default().max_typos(Some(typos));
        let mut f = Fuzzy {
            matcher: frizbee::Matcher::new(needle, &config),
            perfect: 1,
        };
        f.perfect = f.raw(needle).unwrap_or(1).max(1);
        f
    }

    /// How many characters of the needle may be missing from a match.
    pub fn typos(&self) -> u32 {
        u32::from(self.matcher.config().max_typos.unwrap_or(0))
    }

    fn raw(&mut self, hay: &str) -> Option<u32> {
        self.matcher.match_one(hay, 0).map(|m| u32::from(m.score))
    }

    /// How well `hay` matches, from 0 to 100 (100: as well as the needle matches itself).
    pub fn score(&mut self, hay: &str) -> Option<u32> {
        Some((self.raw(hay)? * 100 / self.perfect).min(100))
    }
}
