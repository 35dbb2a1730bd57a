//! Names in Cyrillic, Chinese and Arabic script, in a fixture where persons have aliases in
//! those scripts.

use cica_dash::dataset::Dataset;
use cica_dash::load;
use cica_dash::search::SearchIndex;

use super::{bundled, of_kind, rank, statement, targets};
use cica_dash::search::Kind;

const FIXTURE: &str = r#"
format = 1

[[participant]]
code = "KAZ"
name = "Kazakhstan"
kind = "state"

[[participant]]
code = "CHN"
name = "China"
kind = "state"

[[participant]]
code = "IRN"
name = "Iran"
kind = "state"

[[person]]
name = "Shakhrat Nuryshev"
aliases = ["Шахрат Нурышев"]
participant = "KAZ"

[[person]]
name = "Zhang Hongjian"
aliases = ["张红建"]
participant = "CHN"

[[person]]
name = "Reza Najafi"
aliases = ["رضا نجفی"]
participant = "IRN"

[meeting]
id = "soc-2030-05-20"
title = "Example Council session"
body = "Example Council"
date = 2030-05-20

[[statement]]
speaker = "Шахрат Нурышев"
participant = "KAZ"
summary = "Opened the session."

[[statement]]
speaker = "张红建"
participant = "CHN"
summary = "Spoke on trade."

[[statement]]
speaker = "رضا نجفی"
participant = "IRN"
summary = "Spoke on security."

[[statement]]
title = "Note by the Secretariat"
summary = "Nuryshev thanked the hosts."

[[statement]]
title = "Press summary"
summary = "Г-н Нурышев поблагодарил."
"#;

pub fn fixture() -> (Dataset, SearchIndex) {
    let loaded = load::load_str("fixture.toml", FIXTURE);
    let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let ix = SearchIndex::build(&loaded.dataset);
    (loaded.dataset, ix)
}

#[test]
fn cyrillic_and_latin_find_the_chair() {
    let (data, ix) = fixture();
    let chair = statement(&data, "Шахрат Нурышев");
    for q in ["Нурышев", "НУРЫШЕВ", "nuryshev", "Nuryshev"] {
        let r = ix.search(&data, q, 20);
        assert!(targets(&r).contains(&chair), "{q}: {:?}", targets(&r));
    }
    // And on the bundled data, where the Chair is spelled in Latin letters only.
    let (data, ix) = bundled();
    let chair = statement(&data, "Shakhrat Nuryshev");
    let r = ix.search(&data, "Нурышев", 20);
    assert_eq!(
        of_kind(&r, Kind::Statement).first().map(|h| h.target),
        Some(chair)
    );
    assert!(!r.hits[0].exact_script, "found through transliteration");
}

#[test]
fn chinese_name_in_either_script() {
    let (data, ix) = fixture();
    let zhang = statement(&data, "张红建");
    for q in ["zhang hongjian", "zhang", "张红建", "Zhang"] {
        let r = ix.search(&data, q, 20);
        assert!(targets(&r).contains(&zhang), "{q}: {:?}", targets(&r));
    }
    let (data, ix) = bundled();
    let zhang = statement(&data, "Zhang Hongjian");
    let r = ix.search(&data, "张红建", 20);
    assert!(targets(&r).contains(&zhang), "{:?}", targets(&r));
}

#[test]
fn arabic_query_and_its_transliteration() {
    let (data, ix) = fixture();
    let najafi = statement(&data, "رضا نجفی");
    let r = ix.search(&data, "نجفی", 20);
    assert_eq!(rank(&r, najafi), Some(0));
    assert!(r.hits[0].exact_script);
    let h = &r.hits[0];
    assert_eq!(h.field, "speaker");
    assert_eq!(&h.text[h.highlights[0].clone()], "نجفی");
    // The Latin spelling reaches it through the person's aliases.
    let r = ix.search(&data, "najafi", 20);
    assert!(targets(&r).contains(&najafi));
}

#[test]
fn transliterated_matches_rank_below_exact_script_ones() {
    let (data, ix) = fixture();
    let latin = statement(&data, "Note by the Secretariat");
    let cyrillic = statement(&data, "Press summary");
    let r = ix.search(&data, "nuryshev", 20);
    let (l, c) = (
        rank(&r, latin).expect("latin"),
        rank(&r, cyrillic).expect("cyrillic"),
    );
    assert!(l < c, "{:?}", targets(&r));
    assert!(r.hits[l].exact_script);
    assert!(!r.hits[c].exact_script);
    // The other way round for a Cyrillic query.
    let r = ix.search(&data, "нурышев", 20);
    let (l, c) = (
        rank(&r, latin).expect("latin"),
        rank(&r, cyrillic).expect("cyrillic"),
    );
    assert!(c < l, "{:?}", targets(&r));
}

proptest::proptest! {
    #[test]
    fn any_query_is_safe(q in "\\PC{0,30}|[a-z:_ ]{0,20}|.{0,20}") {
        let (data, ix) = fixture();
        let r = ix.search(&data, &q, 10);
        proptest::prop_assert!(r.hits.len() <= 10);
        for h in &r.hits {
            for x in &h.highlights {
                proptest::prop_assert!(h.text.get(x.clone()).is_some());
            }
        }
    }
}
