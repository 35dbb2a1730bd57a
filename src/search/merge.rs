//! Combining per-word result lists (sorted by item id): all of them (the words of a query) or
//! any of them (the spellings of a name).

use std::sync::Arc;

use super::cache::List;
use super::eval::{Packed, field_of, pack, score_of, translit_of};

/// Items in every list: scores summed, translit if any, the field of the best-scoring list.
///
/// `scratch` has a zeroed slot per item and is left zeroed. Each list is spread into it and the
/// running intersection looks its items up there: no comparison of two lists' items, whose
/// outcome a processor cannot predict. (Every entry of a list has a score, so its packed result
/// is never 0, which marks an empty slot.)
pub(crate) fn intersect(lists: &[List], scratch: &mut [Packed]) -> List {
    let Some((first, rest)) = lists.split_first() else {
        return List::default();
    };
    if rest.is_empty() {
        return Arc::clone(first);
    }
    // The running intersection: the first list itself until the second is merged in.
    let mut acc: Vec<(u32, Packed)> = Vec::new();
    for (n, list) in rest.iter().enumerate() {
        let acc_in: &[(u32, Packed)] = if n == 0 { first } else { &acc };
        for &(i, p) in list.iter() {
            if let Some(slot) = scratch.get_mut(i as usize) {
                *slot = p;
            }
        }
        // Every item is written; only those found in `list` move the end on.
        let mut out = vec![(0, 0); acc_in.len().min(list.len()) + 1];
        let mut len = 0;
        for &(i, a) in acc_in {
            let b = scratch.get(i as usize).copied().unwrap_or(0);
            let field = if score_of(b) > score_of(a) { b } else { a };
            let t = translit_of(a) || translit_of(b);
            if let Some(o) = out.get_mut(len) {
                *o = (
                    i,
                    pack(score_of(a) + score_of(b), t, field_of(field) as u32),
                );
            }
            len += usize::from(b != 0);
        }
        out.truncate(len);
        for &(i, _) in list.iter() {
            if let Some(slot) = scratch.get_mut(i as usize) {
                *slot = 0;
            }
        }
        acc = out;
    }
    Arc::new(acc)
}

/// Items in either list, each with the better of its two results.
pub(crate) fn union(a: &[(u32, Packed)], b: &[(u32, Packed)]) -> Vec<(u32, Packed)> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    /// Lists of up to 40 items out of 60, with scores, translit flags and fields.
    fn lists() -> impl Strategy<Value = Vec<Vec<(u32, Packed)>>> {
        let list =
            proptest::collection::btree_map(0u32..60, (1u32..50, any::<bool>(), 0u32..8), 0..40)
                .prop_map(|m| {
                    m.into_iter()
                        .map(|(i, (s, t, f))| (i, pack(s, t, f)))
                        .collect()
                });
        proptest::collection::vec(list, 0..5)
    }

    proptest! {
        /// The intersection through a scratch array against one through ordered maps.
        #[test]
        fn intersect_agrees_with_maps(lists in lists()) {
            let mut expected: Option<BTreeMap<u32, Packed>> = None;
            for list in &lists {
                let next: BTreeMap<u32, Packed> = list.iter().copied().collect();
                expected = Some(match expected {
                    None => next,
                    Some(acc) => acc
                        .into_iter()
                        .filter_map(|(i, a)| {
                            let b = *next.get(&i)?;
                            let best = if score_of(b) > score_of(a) { b } else { a };
                            let t = translit_of(a) || translit_of(b);
                            Some((i, pack(score_of(a) + score_of(b), t, field_of(best) as u32)))
                        })
                        .collect(),
                });
            }
            let expected: Vec<(u32, Packed)> = expected.unwrap_or_default().into_iter().collect();
            let mut scratch = vec![0; 60];
            let shared: Vec<List> = lists.into_iter().map(Arc::new).collect();
            let got = intersect(&shared, &mut scratch);
            prop_assert_eq!(got.as_slice(), expected.as_slice());
            prop_assert!(scratch.iter().all(|&s| s == 0), "the scratch is left zeroed");
        }
    }
}
