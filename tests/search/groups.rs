//! What a results list says beyond its best hits: how many items of each kind matched in all,
//! and, for a match outside an item's name, which item it is.

use cica_dash::dataset::ItemRef;
use cica_dash::search::{Kind, Target};

use super::bundled;

#[test]
fn counts_by_kind_cover_every_match_not_only_the_hits_kept() {
    let (data, ix) = bundled();
    let all = ix.search(&data, "the", 10_000);
    assert!(all.total > 20, "a common word: {}", all.total);
    assert_eq!(
        all.hits.len(),
        all.total,
        "a limit above the total keeps all"
    );
    // Counted from the hits themselves, where nothing was left out.
    for (k, &n) in Kind::ALL.iter().zip(&all.by_kind) {
        let hits = all.hits.iter().filter(|h| h.kind() == *k).count();
        assert_eq!(n, hits, "{k:?}");
    }
    let few = ix.search(&data, "the", 3);
    assert_eq!(few.hits.len(), 3);
    assert_eq!(
        few.by_kind, all.by_kind,
        "the counts do not depend on the limit"
    );
    assert_eq!(few.by_kind.iter().sum::<usize>(), few.total);
}

#[test]
fn a_match_in_the_organisers_names_the_event() {
    let (data, ix) = bundled();
    let turkey = data
        .participants
        .iter()
        .position(|p| p.code == "TUR")
        .expect("Turkey in the bundled data");
    let organised: Vec<(usize, &str)> = (data.events.iter().enumerate())
        .filter(|(_, e)| e.organizers.contains(&turkey))
        .map(|(i, e)| (i, e.title.as_str()))
        .collect();
    assert!(
        !organised.is_empty(),
        "the seed names events Turkey organised"
    );
    let r = ix.search(&data, "turkey", 50);
    for (e, title) in organised {
        let hit = (r.hits.iter())
            .find(|h| h.target == Target::Item(ItemRef::Event(e)))
            .unwrap_or_else(|| panic!("event {title} found: {:?}", r.hits));
        assert_eq!(hit.field, "organisers");
        let context = hit
            .context
            .as_deref()
            .expect("the event's title beside the match");
        let shown = context.trim_end_matches('…');
        assert!(
            !shown.is_empty() && title.starts_with(shown),
            "{context:?} is the start of {title:?}"
        );
    }
    let participant = (r.hits.iter())
        .find(|h| h.target == Target::Participant(turkey))
        .expect("the participant itself");
    assert_eq!(participant.field, "name");
    assert_eq!(
        participant.context, None,
        "a match in the name needs no context"
    );
}
