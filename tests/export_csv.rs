//! `export --format csv --kind KIND`: each table parsed back with the csv crate, so that
//! fields holding commas, double quotes and line breaks come back exactly as the fixture's
//! files (read with `toml`) write them, and every table has as many rows as the files have
//! entries.

mod common;

use common::export::{export_ok, fixture_file, str_of};

/// A table parsed by the csv crate (RFC 4180, every record as long as the header): header
/// and rows.
fn table(kind: &str, more: &[&str]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut args = vec!["--format", "csv", "--kind", kind];
    args.extend_from_slice(more);
    let text = export_ok(&args);
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

/// The cell of `row` under `column`.
fn cell<'a>(header: &[String], row: &'a [String], column: &str) -> &'a str {
    let at = header
        .iter()
        .position(|h| h == column)
        .unwrap_or_else(|| panic!("{column}"));
    &row[at]
}

#[test]
fn commas_quotes_and_line_breaks_come_back_exactly() {
    let summit = fixture_file("meetings/2022-10-summit.toml");
    let statement = summit["statement"].as_array().unwrap()[0]
        .as_table()
        .unwrap();
    let (header, rows) = table("statements", &[]);
    // `Line one,\nline "two"`: a comma, a line break and double quotes in one field.
    assert_eq!(cell(&header, &rows[0], "quote"), str_of(statement, "quote"));
    assert_eq!(cell(&header, &rows[0], "speaker"), "Kairat Sarybay");
    let event = summit["event"].as_array().unwrap()[0].as_table().unwrap();
    let (header, rows) = table("events", &[]);
    let forum = rows.iter().find(|r| r[0] == "business-forum-2022").unwrap();
    assert_eq!(cell(&header, forum, "summary"), str_of(event, "summary"));
    assert_eq!(cell(&header, forum, "place"), "上海, China");
    assert_eq!(cell(&header, forum, "organizers"), "KAZ; CHN");
    let standing = fixture_file("participants.toml");
    let role = standing["assignment"].as_array().unwrap()[0]
        .as_table()
        .unwrap();
    let (header, rows) = table("assignments", &[]);
    let row = rows.iter().find(|r| r[0] == "standing").unwrap();
    assert_eq!(cell(&header, row, "area"), str_of(role, "area"));
    assert_eq!(cell(&header, row, "notes"), str_of(role, "notes"));
}

#[test]
fn records_end_in_crlf_and_quoted_fields_keep_their_own_line_breaks() {
    let text = export_ok(&["--format", "csv", "--kind", "statements"]);
    assert!(text.starts_with(
        "meeting,meeting_date,number,speaker,collective,title,participant,participant_name,agenda,delivery,read_by,summary,quote,notes,sources\r\n"
    ));
    assert!(text.ends_with("\r\n"));
    assert!(
        text.contains(",\"Line one,\nline \"\"two\"\"\","),
        "RFC 4180 quoting:\n{text}"
    );
}

#[test]
fn every_table_has_a_row_per_entry_of_the_files() {
    let files = [
        "participants.toml",
        "events.toml",
        "meetings/2021-11-soc.toml",
        "meetings/2022-10-summit.toml",
        "meetings/2023-06-swg.toml",
        "meetings/2024-12-mc.toml",
        "meetings/2025-03-soc.toml",
        "meetings/2030-05-mc.toml",
    ]
    .map(fixture_file);
    let count = |key: &str| -> usize {
        files
            .iter()
            .map(|f| f.get(key).and_then(|v| v.as_array()).map_or(0, Vec::len))
            .sum()
    };
    let roles_of_decisions: usize = files
        .iter()
        .filter_map(|f| f.get("decision")?.as_array())
        .flatten()
        .map(|d| {
            d.get("assignments")
                .and_then(|a| a.as_array())
                .map_or(0, Vec::len)
        })
        .sum();
    let meetings = files.iter().filter(|f| f.contains_key("meeting")).count();
    for (kind, want) in [
        ("meetings", meetings),
        ("agenda", count("agenda")),
        ("decisions", count("decision")),
        ("assignments", roles_of_decisions + count("assignment")),
        ("statements", count("statement")),
        ("events", count("event")),
        ("participants", count("participant")),
        ("persons", count("person")),
        ("glossary", count("glossary")),
        ("chairmanships", count("chairmanship")),
    ] {
        assert_eq!(table(kind, &[]).1.len(), want, "{kind}");
    }
}

#[test]
fn rows_name_their_meeting_and_status_is_the_one_shown() {
    let (header, rows) = table("meetings", &[]);
    let status: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (cell(&header, r, "id"), cell(&header, r, "status")))
        .collect();
    // Written statuses as written; mc-2030 writes none and is after today: planned.
    assert_eq!(
        status,
        [
            ("soc-2021", "held"),
            ("summit-2022", "held"),
            ("swg-2023", "held"),
            ("mc-2024", "postponed"),
            ("soc-2025", "cancelled"),
            ("mc-2030", "planned"),
        ]
    );
    let (header, rows) = table("decisions", &["--meeting", "summit-2022"]);
    assert_eq!(rows.len(), 3);
    for r in &rows {
        assert_eq!(cell(&header, r, "meeting"), "summit-2022");
        assert_eq!(cell(&header, r, "meeting_date"), "2022-10-12");
    }
    assert_eq!(cell(&header, &rows[1], "id"), "summit-2022-decision-2");
    assert_eq!(cell(&header, &rows[0], "due"), "2024-06");
    assert_eq!(cell(&header, &rows[1], "due"), "by the next summit");
    // A date range keeps the reference tables whole.
    assert_eq!(table("participants", &["--from", "2030"]).1.len(), 5);
    assert_eq!(table("meetings", &["--from", "2030"]).1.len(), 1);
}
