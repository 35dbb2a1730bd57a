//! Every valid fixture loads with no diagnostic, and dates keep what was written.

use super::*;

#[rstest]
#[case("agenda-ids-per-meeting")]
#[case("all-keys")]
#[case("auto-decision-id")]
#[case("bom")]
#[case("brackets-in-strings")]
#[case("comments-only")]
#[case("crlf")]
#[case("date-as-string")]
#[case("dot-files")]
#[case("due")]
#[case("empty-file")]
#[case("event-in-meeting-file")]
#[case("multiline")]
#[case("multilingual-meeting")]
#[case("nested-order")]
#[case("non-toml-ignored")]
#[case("one-file-holds-everything")]
#[case("partial-dates")]
#[case("scripts")]
#[case("speaker-alias")]
#[case("status-derived")]
fn valid_fixture_loads_without_diagnostics(#[case] case: &str) {
    let loaded = valid(case);
    assert!(
        loaded.files > 0 || case == "empty-dir",
        "{case}: no file read"
    );
}

#[test]
fn partial_dates_keep_their_precision() {
    let data = valid("partial-dates").dataset;
    let ids: Vec<&str> = data.meetings.iter().map(|m| m.id.as_str()).collect();
    // Sorted by start: June 2021 starts on the 1st, before the 23rd.
    assert_eq!(ids, ["soc-2021-06", "soc-2021-06-23"]);
    let june = &data.meetings[0];
    assert_eq!(
        (june.date.to_string(), june.date.precision()),
        ("2021-06".into(), Precision::Month)
    );
    assert_eq!(june.date.human(), "Jun 2021", "no day is invented");
    let end = data.meetings[1].end.unwrap();
    assert_eq!(
        (end.to_string(), end.precision()),
        ("2021-06".into(), Precision::Month)
    );
    let youth = event(&data, "youth-council");
    assert_eq!(
        youth.date.map(|d| (d.to_string(), d.precision())),
        Some(("2021".into(), Precision::Year))
    );
    assert_eq!(youth.end.map(|d| d.to_string()).as_deref(), Some("2022-03"));
    assert_eq!(data.calendar.in_year(2021).len(), 1);
    assert_eq!(data.calendar.in_month(2021, 6).len(), 1);
    assert_eq!(data.calendar.undated.len(), 1);
}

#[test]
fn a_date_as_a_string_equals_the_toml_date() {
    let data = valid("date-as-string").dataset;
    let m = &data.meetings[0];
    assert_eq!(
        m.date.first_day(),
        NaiveDate::from_ymd_opt(2021, 6, 23).unwrap()
    );
    assert_eq!(m.date.precision(), Precision::Day);
    assert_eq!(
        m.planned.map(|d| d.to_string()).as_deref(),
        Some("2021-06-22")
    );
    assert_eq!(
        event(&data, "founder-meeting").date.map(|d| d.precision()),
        Some(Precision::Day)
    );
}

#[test]
fn brackets_inside_strings_are_text_not_nesting() {
    let data = valid("brackets-in-strings").dataset;
    let e = &data.events[0];
    assert_eq!(
        e.summary.as_deref(),
        Some(format!("The organisers' notes: {}\n", "[".repeat(100)).as_str())
    );
    assert!(
        e.notes
            .as_deref()
            .unwrap()
            .contains(&format!("\"{}\"", "[".repeat(100)))
    );
}

#[test]
fn every_valid_fixture_has_a_case() {
    super::invalid::assert_every_fixture_has_a_case("valid", include_str!("valid.rs"));
}
