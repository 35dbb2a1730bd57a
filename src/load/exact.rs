//! Parsed strings without spare capacity.
//!
//! The TOML parser builds a string that holds escapes or line continuations (most multi-line
//! summaries and quotes) by pushing onto it, so it may hold up to twice the memory its text
//! needs; deserializing then moves that string, capacity and all, into the parsed tables and
//! from there into the data set. Shrinking each such string once, right after parsing, while
//! the file is still one worker's own, keeps a large corpus from carrying that slack.

use std::borrow::Cow;

use toml::de::{DeTable, DeValue};

/// Shrinks every string the parser built (borrowed ones are copied exactly later).
pub fn shrink(mut doc: DeTable<'_>) -> DeTable<'_> {
    doc.iter_mut().for_each(|(_, v)| value(v.get_mut()));
    doc
}

/// Recursion is bounded: files nested too deep are refused before they are parsed.
fn value(v: &mut DeValue<'_>) {
    match v {
        DeValue::String(Cow::Owned(s)) => s.shrink_to_fit(),
        DeValue::Array(a) => a.iter_mut().for_each(|x| value(x.get_mut())),
        DeValue::Table(t) => t.iter_mut().for_each(|(_, x)| value(x.get_mut())),
        _ => {}
    }
}
