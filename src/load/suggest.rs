//! "Did you mean …?" — the nearest known word to a misspelt key, id or code.

/// The candidate closest to `word`, if any is close enough to be a plausible typo. A match
/// that differs only in case wins outright (`kaz` → `KAZ`), since references are exact.
pub fn nearest<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let lower = word.to_lowercase();
    let mut best: Option<(f64, &str)> = None;
    for c in candidates {
        if c.to_lowercase() == lower {
            return Some(c);
        }
        let score = strsim::jaro_winkler(&lower, &c.to_lowercase());
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, c));
        }
    }
    best.filter(|(s, _)| *s >= 0.8).map(|(_, c)| c)
}

/// A help line for an unknown word: the nearest candidate, or the list when it is short.
pub fn help<'a, I>(word: &str, candidates: I, what: &str) -> Option<String>
where
    I: IntoIterator<Item = &'a str> + Clone,
{
    if let Some(n) = nearest(word, candidates.clone()) {
        return Some(format!("did you mean `{n}`?"));
    }
    let all: Vec<&str> = candidates.into_iter().collect();
    match all.len() {
        0 => None,
        1..=12 => Some(format!("{what}: {}", all.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", "))),
        n => Some(format!("no {what} is close; there are {n}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_and_case_slips() {
        let keys = ["title", "summary", "kind", "id"];
        assert_eq!(nearest("titel", keys), Some("title"));
        assert_eq!(nearest("sumary", keys), Some("summary"));
        assert_eq!(nearest("zzzz", keys), None);
        assert_eq!(nearest("kaz", ["KAZ", "KGZ"]), Some("KAZ"));
    }

    #[test]
    fn help_lists_a_short_set_when_nothing_is_near() {
        assert_eq!(help("xyz", ["a", "b"], "valid values").as_deref(), Some("valid values: `a`, `b`"));
        assert_eq!(help("KZA", ["KAZ", "CHN"], "codes").as_deref(), Some("did you mean `KAZ`?"));
    }
}
