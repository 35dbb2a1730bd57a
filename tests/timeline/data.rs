//! The timeline's data against the fixture's files read by hand: the order with partial dates,
//! the band of six terms, the chair of every meeting (its own, or the band's, derived), and
//! each year's counts.

use chrono::NaiveDate;
use cica_dash::dataset::timeline::{BandAt, Chair, Timeline};
use cica_dash::dataset::{CalItem, Dataset};

use super::{ORDER, app, day, event, id};

/// A participant's code.
fn code(data: &Dataset, p: usize) -> &str {
    &data.participants[p].code
}

/// The band's terms at an entry as codes: `KAZ`, `KAZ→TUR`, or empty.
fn at_codes(data: &Dataset, t: &Timeline, at: BandAt) -> String {
    let c = |k: usize| code(data, t.band.terms[k].participant).to_owned();
    match at {
        BandAt::None => String::new(),
        BandAt::One(a) => c(a),
        BandAt::Across(a, b) => format!("{}→{}", c(a), c(b)),
    }
}

#[test]
fn every_meeting_and_event_in_order_with_partial_dates_and_the_undated_last() {
    let app = app();
    let data = app.data();
    let t = data.timeline();
    let ids: Vec<&str> = t.entries.iter().map(|e| id(data, e.item)).collect();
    assert_eq!(ids, ORDER);
    assert_eq!(t.entries.len(), data.meetings.len() + data.events.len());
    for (k, e) in t.entries.iter().enumerate() {
        assert_eq!(t.position(e.item), Some(k), "{}", id(data, e.item));
    }
}

#[test]
fn the_band_is_the_six_terms_in_order_and_the_open_one_has_no_end() {
    let app = app();
    let data = app.data();
    let terms: Vec<(&str, NaiveDate, Option<NaiveDate>)> = data
        .timeline()
        .band
        .terms
        .iter()
        .map(|t| (code(data, t.participant), t.from, t.until))
        .collect();
    let d = |s| Some(day(s));
    assert_eq!(
        terms,
        [
            ("KAZ", day("1992-10-05"), d("2010-06-08")),
            ("TUR", day("2010-06-08"), d("2014-05-21")),
            ("CHN", day("2014-05-21"), d("2018-09-28")),
            ("TJK", day("2018-09-28"), d("2020-09-30")),
            ("KAZ", day("2020-09-30"), d("2022-10-13")),
            ("AZE", day("2022-10-13"), None),
        ]
    );
}

#[test]
fn a_meeting_without_a_chairmanship_shows_the_bands_marked_derived() {
    let app = app();
    let data = app.data();
    let t = data.timeline();
    // From the files: the meetings' own `chairmanship`, or the terms over their dates (a
    // handover day, or a month or year holding one, falls across two terms).
    let expected = [
        ("mc-1999-09-14", "KAZ"),
        ("summit-2002-06", "KAZ (derived)"),
        ("summit-2010-06-08", "KAZ→TUR (derived)"),
        ("mc-2012-09-12", "TUR"),
        ("soc-2014", "TUR→CHN (derived)"),
        ("summit-2014-05-20", "TUR"),
        ("soc-2016-04", "CHN (derived)"),
        ("mc-2016-04-28", "CHN"),
        ("summit-2019-06-15", "TJK"),
        ("mc-2020-09-22", "TJK (derived)"),
        ("soc-2021-06-23", "KAZ"),
        ("summit-2022-10-12", "KAZ"),
        ("swg-2023-05", "AZE (derived)"),
        ("mc-2024-12-17", "AZE (derived)"),
        ("soc-2025-03-10", "AZE"),
        ("summit-2026-12", "AZE (derived)"),
    ];
    let mut got = Vec::new();
    for (k, e) in t.entries.iter().enumerate() {
        let chair = match t.chair(data, k) {
            None => continue,
            Some(Chair::Own(p)) => code(data, p).to_owned(),
            Some(Chair::Derived(at)) => format!("{} (derived)", at_codes(data, t, at)),
        };
        got.push((id(data, e.item).to_owned(), chair));
    }
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, expected);
    // Events have no chair, but the band still stands beside them.
    let forum = t
        .position(CalItem::Event(event(data, "youth-forum-2021")))
        .unwrap();
    assert_eq!(t.chair(data, forum), None);
    assert_eq!(at_codes(data, t, t.entries[forum].at), "KAZ");
    let undated = t
        .position(CalItem::Event(event(data, "think-tank-forum")))
        .unwrap();
    assert_eq!(t.entries[undated].at, BandAt::None);
}

#[test]
fn each_year_counts_its_items_and_planned_depends_on_today() {
    let app = app();
    let t = app.data().timeline();
    let years: Vec<Option<i32>> = t.years.iter().map(|y| y.year).collect();
    let y = |n: i32| Some(n);
    assert_eq!(
        years,
        [
            y(1992),
            y(1999),
            y(2002),
            y(2010),
            y(2012),
            y(2014),
            y(2016),
            y(2019),
            y(2020),
            y(2021),
            y(2022),
            y(2023),
            y(2024),
            y(2025),
            y(2026),
            None
        ]
    );
    let of = |n: Option<i32>| t.years.iter().find(|y| y.year == n).unwrap();
    let y2014 = of(Some(2014));
    assert_eq!(
        (
            y2014.meetings,
            y2014.events,
            y2014.decisions,
            y2014.statements
        ),
        (2, 0, 4, 3)
    );
    assert_eq!(at_codes(app.data(), t, y2014.at), "TUR→CHN");
    let y2021 = of(Some(2021));
    assert_eq!(
        (y2021.meetings, y2021.events),
        (1, 2),
        "the webinar in a meeting file counts"
    );
    assert_eq!((of(Some(2023)).postponed, of(Some(2025)).cancelled), (1, 1));
    // The Dec 2026 summit gives no status: planned until its month is over.
    let y2026 = of(Some(2026));
    assert_eq!(y2026.planned_on(day("2026-11-28")), 1);
    assert_eq!(y2026.planned_on(day("2026-12-31")), 1);
    assert_eq!(y2026.planned_on(day("2027-01-01")), 0);
    let undated = of(None);
    assert_eq!((undated.meetings, undated.events), (0, 2));
    assert_eq!(undated.entries, 22..24);
}
