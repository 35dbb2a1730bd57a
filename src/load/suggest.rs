//! "Did you mean …?" — the nearest known word to a misspelt key, id or code.

/// The candidate closest to `word`, if any is close enough to be a plausible typo. A match
/// that differs only in case wins outright (`kaz` → `KAZ`), since references are exact.
///
/// Closeness is the edit distance counting a swap of two neighbours as one edit, so short
/// codes with swapped letters (`KZA` → `KAZ`) and keys with a letter missing (`planed` →
/// `planned`) are found; ties go to the more similar by Jaro–Winkler.
pub fn nearest<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let lower = word.to_lowercase();
    let len = lower.chars().count();
    // One edit in a one-letter word would make any one-letter word a typo of it.
    let allowed = match len {
        0..=4 => 1,
        5..=8 => 2,
        _ => 3,
    }
    .min(len.saturating_sub(1));
    let mut best: Option<(usize, f64, &str)> = None;
    for c in candidates {
        let cl = c.to_lowercase();
        if cl == lower {
            return Some(c);
        }
        let dist = strsim::osa_distance(&lower, &cl);
        let sim = strsim::jaro_winkler(&lower, &cl);
        if dist > allowed && sim < 0.9 {
            continue;
        }
        if best.is_none_or(|(d, s, _)| dist < d || (dist == d && sim > s)) {
            best = Some((dist, sim, c));
        }
    }
    best.map(|(_, _, c)| c)
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
        1..=20 => Some(format!(
            "{what}: {}",
            all.iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )),
        n => Some(format!("none of the {n} {what} is close")),
    }
}

/// A help line for a value of the wrong type, from serde's message (`… expected a date`).
pub fn wrong_type_help(message: &str) -> Option<&'static str> {
    if message.contains("expected a date") {
        Some("dates look like 2021-06-23, \"2021-06\" or \"2021\"")
    } else if message.contains("expected a boolean") {
        Some("write `true` or `false`, without quotes")
    } else {
        None
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
        assert_eq!(nearest("KZA", ["CHN", "KAZ", "KGZ"]), Some("KAZ"));
        assert_eq!(
            nearest("planed", ["held", "planned", "postponed", "cancelled"]),
            Some("planned")
        );
        assert_eq!(nearest("UN", ["KAZ", "CHN"]), None);
        assert_eq!(nearest("e", ["m"]), None);
    }

    #[test]
    fn help_lists_a_short_set_when_nothing_is_near() {
        assert_eq!(
            help("xyz", ["a", "b"], "valid values").as_deref(),
            Some("valid values: `a`, `b`")
        );
        assert_eq!(
            help("KZA", ["KAZ", "CHN"], "codes").as_deref(),
            Some("did you mean `KAZ`?")
        );
    }
}
