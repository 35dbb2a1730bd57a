//! The corpus generator behind `examples/gen_corpus`, also included (with `#[path]`) by
//! `tests/gen_corpus.rs` and `benches/corpus.rs`: it is dev tooling, not library API.
//!
//! Shape of a generated data set: `participants.toml` (60 states and organisations, a few
//! hundred persons with aliases in other scripts, the glossary, chairmanships and standing
//! assignments), `events.toml` (events reported at no meeting), and one file per meeting,
//! `meetings/<date>-<id>.toml`, with about 50 statements, 20 decisions and 10 events over
//! 1992–2030. About a tenth of the prose is Cyrillic, Chinese or Arabic. Speaker names are
//! built so that no two are near-duplicates (see [`names`]), so `check` stays silent.

mod events;
mod items;
mod meeting;
mod names;
mod words;
mod world;

use std::fmt::Write as _;
use std::path::Path;

/// splitmix64: small, fast and the same on every platform, so a seed fixes every byte.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with a probability of `percent` in 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// One of `items`, as the string itself.
    pub fn word<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// A generated data set: its files (path relative to the data directory, text) and counts.
#[derive(Debug, PartialEq, Eq)]
pub struct Corpus {
    pub files: Vec<(String, String)>,
    pub meetings: usize,
    pub statements: usize,
    pub decisions: usize,
    pub events: usize,
    pub persons: usize,
    pub participants: usize,
}

impl Corpus {
    /// Total size of the files in bytes.
    pub fn bytes(&self) -> usize {
        self.files.iter().map(|(_, t)| t.len()).sum()
    }

    /// Writes every file under `dir` (created if needed). Files already there are overwritten;
    /// nothing else is removed.
    pub fn write(&self, dir: &Path) -> std::io::Result<()> {
        for (path, text) in &self.files {
            let path = dir.join(path);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(path, text)?;
        }
        Ok(())
    }
}

/// Generates `meetings` meetings from `seed`. The same arguments give the same bytes.
pub fn generate(meetings: usize, seed: u64) -> Corpus {
    let mut rng = Rng::new(seed);
    let plans = meeting::plan(&mut rng, meetings);
    let people = names::pool(&mut rng);
    let cited = plans.iter().take(50).map(|p| items::decision_id(&p.id, 1));
    let world = world::World::new(&people, cited.collect());
    let mut corpus = Corpus {
        files: vec![(
            "participants.toml".into(),
            world.participants_file(&mut rng),
        )],
        meetings,
        statements: 0,
        decisions: 0,
        events: 0,
        persons: world.persons.len(),
        participants: world.participants.len(),
    };
    for (i, plan) in plans.iter().enumerate() {
        let previous = i.checked_sub(1).map(|p| plans[p].id.as_str());
        let m = meeting::write(&mut rng, &world, plan, previous);
        corpus.statements += m.statements;
        corpus.decisions += m.decisions;
        corpus.events += m.events;
        corpus.files.push((plan.file_name(), m.text));
    }
    let (events_file, standalone) = events::standalone_events(&mut rng, &world, &plans);
    corpus.events += standalone;
    corpus.files.push(("events.toml".into(), events_file));
    corpus
}

/// A TOML basic string.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A paragraph as a multi-line basic string, wrapped at spaces near 95 columns with
/// line-ending backslashes (as people write long text by hand), or one line when short.
pub fn paragraph(s: &str) -> String {
    if s.chars().count() < 90 {
        return quote(s);
    }
    let body = quote(s);
    let body = &body[1..body.len() - 1];
    let mut out = String::from("\"\"\"\n");
    let mut line = 0usize;
    for (i, word) in body.split(' ').enumerate() {
        let w = word.chars().count();
        if i > 0 {
            if line + 1 + w > 95 {
                out.push_str(" \\\n");
                line = 0;
            } else {
                out.push(' ');
                line += 1;
            }
        }
        out.push_str(word);
        line += w;
    }
    out.push_str("\"\"\"");
    out
}

/// Appends `key = value` and a newline.
pub fn kv(out: &mut String, key: &str, value: &str) {
    let _ = writeln!(out, "{key} = {value}");
}

/// "1st", "2nd", "3rd", "11th", "22nd"…
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}
