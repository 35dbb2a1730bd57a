//! The fuzzy matcher, run over vocabulary words that exact, prefix and substring look-ups did
//! not already accept. Two candidate crates are wrapped here so the bench can compare them on
//! the same prefiltered words.

use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
use nucleo_matcher::{Config as NucleoConfig, Matcher as NucleoMatcher, Utf32Str};

/// Fuzzy needles longer than this many bytes are not fuzzy-matched (frizbee's scores would
/// overflow, and a long word that did not match by prefix or substring is no typo away).
pub const MAX_NEEDLE: usize = 32;

/// Which fuzzy matcher to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Engine {
    /// `frizbee`: Smith-Waterman, SIMD, with typo tolerance (one typo here).
    #[default]
    Frizbee,
    /// `nucleo-matcher`: fzf-like subsequence matching, no typos.
    Nucleo,
}

/// A compiled needle.
pub(crate) enum Fuzzy {
    Frizbee(frizbee::Matcher, u32),
    Nucleo(Box<NucleoMatcher>, Atom, Vec<char>, u32),
}

impl Fuzzy {
    /// Compiles `needle` (folded, at most [`MAX_NEEDLE`] bytes) for `engine`.
    pub fn new(engine: Engine, needle: &str) -> Fuzzy {
        let mut f = match engine {
            Engine::Frizbee => {
                let typos = u16::from(needle.chars().count() >= 5);
                let config = frizbee::Config::default().max_typos(Some(typos));
                Fuzzy::Frizbee(frizbee::Matcher::new(needle, &config), 1)
            }
            Engine::Nucleo => {
                let atom = Atom::new(
                    needle,
                    CaseMatching::Ignore,
                    Normalization::Never,
                    AtomKind::Fuzzy,
                    false,
                );
                let m = Box::new(NucleoMatcher::new(NucleoConfig::DEFAULT));
                Fuzzy::Nucleo(m, atom, Vec::new(), 1)
            }
        };
        let perfect = f.raw(needle).unwrap_or(1).max(1);
        match &mut f {
            Fuzzy::Frizbee(_, p) | Fuzzy::Nucleo(_, _, _, p) => *p = perfect,
        }
        f
    }

    /// Whether the engine tolerates a missing character (so a mask prefilter must allow one).
    pub fn typos(&self) -> u32 {
        match self {
            Fuzzy::Frizbee(m, _) => u32::from(m.config().max_typos.unwrap_or(0)),
            Fuzzy::Nucleo(..) => 0,
        }
    }

    fn raw(&mut self, hay: &str) -> Option<u32> {
        match self {
            Fuzzy::Frizbee(m, _) => m.match_one(hay, 0).map(|m| u32::from(m.score)),
            Fuzzy::Nucleo(m, atom, buf, _) => atom.score(Utf32Str::new(hay, buf), m).map(u32::from),
        }
    }

    /// How well `hay` matches, from 0 to 100 (100: as well as the needle matches itself).
    pub fn score(&mut self, hay: &str) -> Option<u32> {
        let raw = self.raw(hay)?;
        let perfect = match self {
            Fuzzy::Frizbee(_, p) | Fuzzy::Nucleo(_, _, _, p) => *p,
        };
        Some((raw * 100 / perfect).min(100))
    }
}
