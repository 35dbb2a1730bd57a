//! The calendar index against the fixture's dates, as written in its files.

use cica_dash::dataset::{CalItem, Dataset};

use super::{app, day};

fn titles(data: &Dataset, items: &[CalItem]) -> Vec<String> {
    items
        .iter()
        .map(|c| match *c {
            CalItem::Meeting(m) => data.meetings[m].title.clone(),
            CalItem::Event(e) => data.events[e].title.clone(),
        })
        .collect()
}

#[test]
fn a_range_of_days_is_on_each_of_its_days() {
    let app = app();
    let data = app.data();
    // The council runs 12–14 November; the youth forum 10–12 November.
    for (d, want) in [
        ("2024-11-10", vec!["Youth Forum"]),
        ("2024-11-11", vec!["Youth Forum"]),
        ("2024-11-12", vec!["Ministerial Council", "Youth Forum"]),
        ("2024-11-13", vec!["Ministerial Council"]),
        ("2024-11-14", vec!["Ministerial Council"]),
        ("2024-11-15", vec!["Expert Workshop"]),
        ("2024-11-16", vec![]),
    ] {
        let mut got = titles(data, data.calendar.on(day(d)));
        got.sort();
        assert_eq!(got, want, "{d}");
    }
}

#[test]
fn a_range_of_months_is_under_each_month_it_covers() {
    let app = app();
    let data = app.data();
    let cal = &data.calendar;
    assert_eq!(titles(data, cal.in_month(2024, 9)), Vec::<String>::new());
    assert_eq!(titles(data, cal.in_month(2024, 10)), ["Think Tank Forum"]);
    let mut nov = titles(data, cal.in_month(2024, 11));
    nov.sort();
    assert_eq!(nov, ["Energy Seminar", "Think Tank Forum"]);
    assert_eq!(titles(data, cal.in_month(2024, 12)), ["Think Tank Forum"]);
    assert_eq!(titles(data, cal.in_month(2025, 1)), Vec::<String>::new());
    assert!(
        cal.days
            .values()
            .flatten()
            .all(|c| titles(data, &[*c])[0] != "Think Tank Forum"),
        "a month range is on no day"
    );
    assert_eq!(titles(data, cal.in_year(2024)), ["Annual Report"]);
    assert_eq!(titles(data, cal.in_year(2025)), Vec::<String>::new());
}

#[test]
fn a_range_of_years_is_under_each_year_and_a_long_one_stops() {
    let files = [(
        "e.toml",
        "[[event]]\nid = \"plan\"\ntitle = \"Plan\"\ndate = \"2020\"\nend = \"2022\"\n\n\
         [[event]]\nid = \"typo\"\ntitle = \"Typo\"\ndate = \"2021-01\"\nend = \"2201-01\"\n",
    )];
    let app = super::common::app_from(&files);
    let cal = &app.data().calendar;
    for y in [2020, 2021, 2022] {
        assert_eq!(cal.in_year(y).len(), 1, "{y}");
    }
    assert!(cal.in_year(2019).is_empty() && cal.in_year(2023).is_empty());
    // 2021-01 to 2201-01: listed under 36 months from January 2021, no further.
    assert_eq!(cal.in_month(2023, 12).len(), 1);
    assert_eq!(cal.in_month(2024, 1).len(), 0);
    assert_eq!(cal.months.len(), 36);
}

#[test]
fn busy_days_are_found_both_ways() {
    let app = app();
    let cal = &app.data().calendar;
    assert_eq!(
        cal.next_busy_day(day("2024-11-15"), true),
        Some(day("2024-11-17"))
    );
    assert_eq!(
        cal.next_busy_day(day("2024-11-15"), false),
        Some(day("2024-11-14"))
    );
    assert_eq!(cal.next_busy_day(day("2024-12-17"), true), None);
    assert_eq!(cal.next_busy_day(day("2024-03-05"), false), None);
}
