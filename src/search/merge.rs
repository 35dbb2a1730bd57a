//! Combining per-word result lists (sorted by item id): all of them (the words of a query) or
//! any of them (the spellings of a name).

use super::eval::{Packed, field_of, pack, score_of, translit_of};

/// Items in every list: scores summed, translit if any, the field of the best-scoring list.
pub(crate) fn intersect(lists: Vec<Vec<(u32, Packed)>>) -> Vec<(u32, Packed)> {
    let mut lists = lists.into_iter();
    let Some(mut acc) = lists.next() else {
        return Vec::new();
    };
    for list in lists {
        let mut out = Vec::with_capacity(acc.len().min(list.len()));
        let (mut i, mut j) = (0, 0);
        while i < acc.len() && j < list.len() {
            let (a, b) = (acc[i], list[j]);
            match a.0.cmp(&b.0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let field = if score_of(b.1) > score_of(a.1) {
                        b.1
                    } else {
                        a.1
                    };
                    let score = score_of(a.1) + score_of(b.1);
                    let t = translit_of(a.1) || translit_of(b.1);
                    out.push((a.0, pack(score, t, field_of(field) as u32)));
                    i += 1;
                    j += 1;
                }
            }
        }
        acc = out;
    }
    acc
}

/// Items in either list, each with the better of its two results.
pub(crate) fn union(a: Vec<(u32, Packed)>, b: Vec<(u32, Packed)>) -> Vec<(u32, Packed)> {
    if a.is_empty() {
        return b;
    }
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x.0 == y.0 => {
                out.push((x.0, x.1.max(y.1)));
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x.0 < y.0 => {
                out.push(*x);
                i += 1;
            }
            (Some(x), None) => {
                out.push(*x);
                i += 1;
            }
            (_, Some(y)) => {
                out.push(*y);
                j += 1;
            }
            (None, None) => break,
        }
    }
    out
}
