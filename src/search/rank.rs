//! Choosing the hits to show: the best `limit` of the matched items, by score, then newer
//! first, then kind order, without sorting all of them.
//!
//! A one-letter query matches most of a large archive (160,000 items of 184,000 in the
//! generated corpus); ordering them all would cost a keystroke several milliseconds. Only
//! items whose score is at least the `limit`-th best score can be shown, so a histogram of the
//! scores finds that threshold and only the items above it are ordered, each by one number:
//! its score and its place by recency, computed once when the index is built.

use super::eval::{Packed, score_of};
use super::index::{Item, SearchIndex};

/// Scores above this are not counted in a histogram (the ordering then looks at every item).
const MAX_HISTOGRAM: usize = 1 << 16;

/// Each item's place among all items when their scores tie (newer first, then kind order,
/// then item order; undated items count as oldest), and the items by place.
pub(crate) fn recency(items: &[Item]) -> (Vec<u32>, Vec<u32>) {
    let when = |it: &Item| it.first.max(0);
    let mut by_place: Vec<u32> = (0..items.len() as u32).collect();
    by_place.sort_by_key(|&i| {
        let it = &items[i as usize];
        (std::cmp::Reverse(when(it)), it.kind, i)
    });
    let mut place = vec![0; items.len()];
    for (n, &i) in by_place.iter().enumerate() {
        if let Some(p) = place.get_mut(i as usize) {
            *p = n as u32;
        }
    }
    (place, by_place)
}

/// The best `limit` of `found` (items with their packed results, by item id), best first.
pub(crate) fn best(ix: &SearchIndex, found: &[(u32, Packed)], limit: usize) -> Vec<(u32, Packed)> {
    let limit = limit.min(found.len());
    if limit == 0 {
        return Vec::new();
    }
    // One number per item, smaller is better: its score, then its place by recency; and the
    // item's result, to hand back without looking for it.
    let key = |&(i, p): &(u32, Packed)| -> (u64, Packed) {
        let place = ix.place.get(i as usize).copied().unwrap_or(u32::MAX);
        (
            u64::from(u32::MAX - score_of(p)) << 32 | u64::from(place),
            p,
        )
    };
    // Often the best score alone is shared by enough items: one pass keeps those.
    let (mut keys, mut max) = (Vec::new(), 0);
    for f in found {
        let score = score_of(f.1);
        if score >= max {
            if score > max {
                max = score;
                keys.clear();
            }
            keys.push(key(f));
        }
    }
    if keys.len() < limit {
        let (floor, above) = threshold(found, limit);
        keys = Vec::with_capacity(above);
        keys.extend(found.iter().filter(|f| score_of(f.1) >= floor).map(key));
    }
    if limit < keys.len() {
        keys.select_nth_unstable_by_key(limit - 1, |k| k.0);
    }
    keys.truncate(limit);
    keys.sort_unstable_by_key(|k| k.0);
    keys.into_iter()
        .filter_map(|(k, p)| Some((*ix.by_place.get((k & 0xffff_ffff) as usize)?, p)))
        .collect()
}

/// The `limit`-th best score of `found` (0 when the scores are too large to count), so that
/// at least `limit` items score at least that, and how many do.
fn threshold(found: &[(u32, Packed)], limit: usize) -> (u32, usize) {
    let max = found.iter().map(|f| score_of(f.1)).max().unwrap_or(0) as usize;
    if found.len() <= limit || max >= MAX_HISTOGRAM {
        return (0, found.len());
    }
    let mut counts = vec![0u32; max + 1];
    for f in found {
        if let Some(c) = counts.get_mut(score_of(f.1) as usize) {
            *c += 1;
        }
    }
    let mut seen = 0usize;
    for (score, &n) in counts.iter().enumerate().rev() {
        seen += n as usize;
        if seen >= limit {
            return (score as u32, seen);
        }
    }
    (0, found.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::eval::pack;
    use crate::search::fields::Kind;
    use proptest::prelude::*;

    #[test]
    fn the_threshold_keeps_at_least_limit_items() {
        let found: Vec<(u32, Packed)> = [5, 9, 9, 1, 7, 9, 3]
            .iter()
            .enumerate()
            .map(|(i, &s)| (i as u32, pack(s, false, 0)))
            .collect();
        assert_eq!(
            threshold(&found, 1),
            (9, 3),
            "three items share the best score"
        );
        assert_eq!(threshold(&found, 3), (9, 3));
        assert_eq!(threshold(&found, 4), (7, 4));
        assert_eq!(threshold(&found, 6), (3, 6));
        assert_eq!(threshold(&found, 7), (0, 7), "all of them: no threshold");
    }

    proptest! {
        /// `best` against sorting every item by the rule: score, newer, kind order, item order.
        #[test]
        fn best_is_the_head_of_the_full_order(
            items in proptest::collection::vec((0usize..8, -3i32..40), 0..120),
            scores in proptest::collection::vec(proptest::option::of(1u32..6), 120),
            limit in 0usize..50,
        ) {
            let items: Vec<Item> = items
                .iter()
                .map(|&(k, day)| Item {
                    kind: Kind::ALL[k],
                    a: 0,
                    b: 0,
                    // A negative day stands for an undated item.
                    first: if day < 0 { i32::MIN } else { 738_000 + day },
                    last: 0,
                })
                .collect();
            let (place, by_place) = recency(&items);
            let ix = SearchIndex { items: items.clone(), place, by_place, ..SearchIndex::default() };
            let found: Vec<(u32, Packed)> = (0..items.len())
                .filter_map(|i| Some((i as u32, pack(scores[i]? * 100, false, 0))))
                .collect();
            let mut all = found.clone();
            all.sort_by_key(|&(i, p)| {
                let it = &items[i as usize];
                let day = if it.first == i32::MIN { 0 } else { it.first };
                (std::cmp::Reverse(score_of(p)), std::cmp::Reverse(day), it.kind, i)
            });
            all.truncate(limit);
            prop_assert_eq!(best(&ix, &found, limit), all);
        }
    }
}
