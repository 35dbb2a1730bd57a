//! `export --format ics` on the export fixture, read back as bytes (CRLF, folding at 75
//! octets), with the icalendar crate's parser and with the independent `ical` crate
//! (tests/export_khal.rs imports it into a calendar program).

mod common;

use std::collections::BTreeMap;

use common::export::{FIXTURE, export, export_ok, fixture_file, str_of};
use common::run::{command, stderr, stdout};
use icalendar::{Calendar, Component, DatePerhapsTime, EventLike, EventStatus};

/// The events the fixture's dated items become, in date order, worked out from its files:
/// UID, DTSTART, DTEND (the day after the last day), STATUS, LOCATION.
const EXPECTED: &[(&str, &str, &str, &str, &str)] = &[
    // held, one day, in a meeting's file
    (
        "event-business-forum-2022@cica-dash",
        "20221011",
        "20221012",
        "CONFIRMED",
        "上海, China",
    ),
    // held, 12 to 13 October
    (
        "meeting-summit-2022@cica-dash",
        "20221012",
        "20221014",
        "CONFIRMED",
        "Astana, Kazakhstan",
    ),
    // postponed
    (
        "meeting-mc-2024@cica-dash",
        "20241217",
        "20241218",
        "TENTATIVE",
        "Baku",
    ),
    // cancelled
    (
        "meeting-soc-2025@cica-dash",
        "20250305",
        "20250306",
        "CANCELLED",
        "Baku",
    ),
    // postponed, 1 to 3 July
    (
        "event-youth-camp-2025@cica-dash",
        "20250701",
        "20250704",
        "TENTATIVE",
        "Almaty",
    ),
    // no status written, after today: planned
    (
        "meeting-mc-2030@cica-dash",
        "20300520",
        "20300522",
        "TENTATIVE",
        "Baku",
    ),
];

fn ics() -> String {
    export_ok(&["--format", "ics"])
}

fn uids(text: &str) -> Vec<String> {
    let cal: Calendar = text.parse().unwrap();
    cal.events()
        .map(|e| e.get_uid().unwrap().to_owned())
        .collect()
}

#[test]
fn lines_end_in_crlf_and_fold_at_75_octets_between_characters() {
    let text = ics();
    let bytes = text.as_bytes();
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            assert_eq!(bytes.get(i.wrapping_sub(1)), Some(&b'\r'), "bare LF at {i}");
        }
        if b == b'\r' {
            assert_eq!(bytes.get(i + 1), Some(&b'\n'), "bare CR at {i}");
        }
    }
    let lines: Vec<&[u8]> = bytes
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .collect();
    for line in &lines {
        assert!(
            line.len() <= 75,
            "{} octets: {}",
            line.len(),
            String::from_utf8_lossy(line)
        );
        // Each physical line is whole UTF-8 on its own: no fold cut a character.
        assert!(std::str::from_utf8(line).is_ok(), "{line:?}");
    }
    // The 2030 title (Latin, Cyrillic and Chinese, 130 octets with "SUMMARY:") folds twice.
    let at = lines
        .iter()
        .position(|l| l.starts_with("SUMMARY:Ministerial Council —".as_bytes()))
        .unwrap();
    assert!(lines[at + 1].starts_with(b" ") && lines[at + 2].starts_with(b" "));
    assert!(!lines[at + 3].starts_with(b" "));
}

#[test]
fn parsed_back_every_dated_item_is_an_all_day_event_with_an_exclusive_end() {
    let text = ics();
    let cal: Calendar = text.parse().unwrap();
    let events: Vec<_> = cal.events().collect();
    let got_uids: Vec<&str> = events.iter().map(|e| e.get_uid().unwrap()).collect();
    let want_uids: Vec<&str> = EXPECTED.iter().map(|e| e.0).collect();
    assert_eq!(got_uids, want_uids, "the dated items, in date order");
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y%m%d").unwrap();
    for (e, (uid, start, end, status, place)) in events.iter().zip(EXPECTED) {
        assert_eq!(
            e.get_start(),
            Some(DatePerhapsTime::Date(day(start))),
            "{uid}"
        );
        assert_eq!(e.get_end(), Some(DatePerhapsTime::Date(day(end))), "{uid}");
        let want = match *status {
            "CONFIRMED" => EventStatus::Confirmed,
            "TENTATIVE" => EventStatus::Tentative,
            _ => EventStatus::Cancelled,
        };
        assert_eq!(e.get_status(), Some(want), "{uid}");
        assert_eq!(e.get_location(), Some(*place), "{uid}");
        assert!(
            e.property_value("DTSTAMP").is_some(),
            "{uid}: DTSTAMP is required"
        );
    }
    // Raw: dates are DATE values, not date-times.
    assert!(text.contains("DTSTART;VALUE=DATE:20221012\r\n"));
    assert!(text.contains("DTEND;VALUE=DATE:20221014\r\n"));
}

#[test]
fn titles_summaries_and_addresses_come_back_as_the_files_wrote_them() {
    let cal: Calendar = ics().parse().unwrap();
    let by_uid: BTreeMap<&str, _> = cal.events().map(|e| (e.get_uid().unwrap(), e)).collect();
    let summit = fixture_file("meetings/2022-10-summit.toml");
    let meeting = summit["meeting"].as_table().unwrap();
    let e = by_uid["meeting-summit-2022@cica-dash"];
    assert_eq!(e.get_summary(), Some(str_of(meeting, "title")));
    // A summary with a semicolon, a comma, double quotes and a line break.
    assert_eq!(e.get_description(), Some(str_of(meeting, "summary")));
    assert_eq!(e.get_url(), Some("https://example.org/summit"));
    let mc = fixture_file("meetings/2030-05-mc.toml");
    let e = by_uid["meeting-mc-2030@cica-dash"];
    assert_eq!(
        e.get_summary(),
        Some(str_of(mc["meeting"].as_table().unwrap(), "title"))
    );
    // The postponed camp says where and when it was first planned (2025-06-10, Astana).
    let camp = by_uid["event-youth-camp-2025@cica-dash"];
    let text = camp.get_description().unwrap();
    assert!(
        text.contains("10 Jun 2025") && text.contains("Astana"),
        "{text}"
    );
    assert_eq!(camp.get_url(), Some("https://example.org/camp"));
}

#[test]
fn items_not_dated_to_the_day_are_left_out_and_counted_on_stderr() {
    let o = export(&["--format", "ics"]);
    assert!(o.status.success());
    let text = stdout(&o);
    // Known to the month (swg-2023), to the year (conference-2023), ending in a month
    // (soc-2021), and undated (seminar-undated).
    for id in ["swg-2023", "conference-2023", "soc-2021", "seminar-undated"] {
        assert!(!text.contains(id), "{id} is in the calendar");
    }
    assert_eq!(
        stderr(&o).trim_end(),
        "cica-dash: left out 4 items not dated to the day: 3 known only to the month or year, 1 undated"
    );
}

#[test]
fn uids_are_stable_across_runs_and_the_file_is_too_with_a_fixed_today() {
    assert_eq!(ics(), ics(), "with --today, DTSTAMP is fixed too");
    let run = || {
        let o = command(&["export", "--data", FIXTURE, "--format", "ics"])
            .output()
            .unwrap();
        assert!(o.status.success());
        stdout(&o)
    };
    let (a, b) = (run(), run());
    assert_eq!(uids(&a), uids(&b));
    assert_eq!(uids(&a), EXPECTED.iter().map(|e| e.0).collect::<Vec<_>>());
}

#[test]
fn meeting_and_dates_narrow_the_calendar() {
    let one = export(&["--format", "ics", "--meeting", "summit-2022"]);
    assert_eq!(
        uids(&stdout(&one)),
        [
            "event-business-forum-2022@cica-dash",
            "meeting-summit-2022@cica-dash"
        ],
        "the summit and the event it reported"
    );
    assert_eq!(stderr(&one), "", "nothing of the summit is left out");
    let range = export_ok(&["--format", "ics", "--from", "2025", "--to", "2025-07"]);
    assert_eq!(
        uids(&range),
        [
            "meeting-soc-2025@cica-dash",
            "event-youth-camp-2025@cica-dash"
        ]
    );
}

#[test]
fn a_second_parser_reads_the_same_events() {
    let text = ics();
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let cal = parser.next().unwrap().unwrap();
    assert!(parser.next().is_none(), "one calendar");
    let value = |e: &ical::parser::ical::component::IcalEvent, name: &str| {
        let p = e.properties.iter().find(|p| p.name == name).unwrap();
        (
            p.value.clone().unwrap(),
            p.params.clone().unwrap_or_default(),
        )
    };
    assert_eq!(cal.events.len(), EXPECTED.len());
    for (e, (uid, start, end, status, _)) in cal.events.iter().zip(EXPECTED) {
        assert_eq!(value(e, "UID").0, *uid);
        let (dtstart, params) = value(e, "DTSTART");
        assert_eq!(dtstart, *start);
        assert_eq!(params, [("VALUE".to_owned(), vec!["DATE".to_owned()])]);
        assert_eq!(value(e, "DTEND").0, *end);
        assert_eq!(value(e, "STATUS").0, *status);
    }
    let mc = fixture_file("meetings/2030-05-mc.toml");
    let title = str_of(mc["meeting"].as_table().unwrap(), "title");
    assert_eq!(value(&cal.events[5], "SUMMARY").0, title, "unfolded whole");
}
