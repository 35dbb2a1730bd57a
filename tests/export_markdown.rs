//! `export --format markdown`: the minutes of the bundled meeting and of the fixture's summit
//! as reviewed snapshots, their parts counted against the data files read with `toml`, and
//! rendered by a CommonMark parser to check that data text never turns into markup.

mod common;

use common::export::{export_bundled, export_ok, str_of};
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

/// The lines after `## title`, up to the next `## ` heading.
fn section<'a>(doc: &'a str, title: &str) -> Vec<&'a str> {
    let lines = doc
        .lines()
        .skip_while(|l| *l != format!("## {title}"))
        .skip(1);
    lines.take_while(|l| !l.starts_with("## ")).collect()
}

/// The text of each heading of `level`, as a renderer reads it (escapes undone).
fn headings(doc: &str, level: HeadingLevel) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for event in Parser::new(doc) {
        match event {
            Event::Start(Tag::Heading { level: l, .. }) if l == level => {
                current = Some(String::new())
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(c) = current.as_mut() {
                    c.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(l)) if l == level => out.extend(current.take()),
            _ => {}
        }
    }
    out
}

#[test]
fn the_bundled_meeting_in_full() {
    let doc = export_bundled(&["--format", "markdown"]);
    let file: toml::Table = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/meetings/2021-06-23-soc.toml"
    ))
    .unwrap()
    .parse()
    .unwrap();
    let meeting = file["meeting"].as_table().unwrap();
    let count = |key: &str| file[key].as_array().unwrap().len();
    assert_eq!(
        doc.lines().next(),
        Some(format!("# {}", str_of(meeting, "title")).as_str())
    );
    for line in [
        "- **Body:** Senior Officials Committee",
        "- **Date:** Wednesday 23 June 2021",
        "- **Status:** held",
        "- **Chair:** Shakhrat Nuryshev, First Deputy Minister of Foreign Affairs of Kazakhstan",
        "- **Chairmanship:** Kazakhstan (KAZ)",
    ] {
        assert!(doc.contains(&format!("{line}\n")), "{line}");
    }
    // Every agenda item numbered in order; one heading per decision and per statement.
    let agenda: Vec<&str> = section(&doc, "Agenda")
        .into_iter()
        .filter(|l| l.contains(". "))
        .collect();
    assert_eq!(agenda.len(), count("agenda"));
    assert!(agenda[6].starts_with("7. Tasks of the Special Working Group"));
    let h3 = headings(&doc, HeadingLevel::H3);
    assert_eq!(h3.len(), count("decision") + count("statement"));
    assert_eq!(h3[0], "1. approved: CICA Observer Status for Turkmenistan");
    assert_eq!(h3[6], "1. Shakhrat Nuryshev — Kazakhstan (KAZ)");
    // The five roles of the coordinators' list, and both quotes (Stepkina's and Zhang's).
    assert!(doc.contains("Assignments (5):\n\n- China (CHN): co-coordinator for Epidemiological"));
    let quotes = doc.lines().filter(|l| l.starts_with("> “")).count();
    assert_eq!(quotes, 2);
    // Every event the meeting reported, and its one source.
    let events = section(&doc, "Events")
        .into_iter()
        .filter(|l| l.starts_with("- **"))
        .count();
    assert_eq!(events, count("event"));
    assert!(section(&doc, "Sources")[1].starts_with("1. Second Senior Officials Committee (SOC)"));
    insta::assert_snapshot!("minutes_bundled", doc);
}

#[test]
fn data_text_never_becomes_markup() {
    let doc = export_ok(&["--format", "markdown", "--meeting", "summit-2022"]);
    let h3 = headings(&doc, HeadingLevel::H3);
    // The decision's subject, as the file writes it, is read back as text.
    assert_eq!(
        h3[1],
        "2. welcomed: Türkiye's proposal *draft* [v2] #1 <b>bold</b>"
    );
    let mut list_items = Vec::new();
    let mut in_item = false;
    for event in Parser::new(&doc) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => panic!("HTML reached the document: {h}"),
            Event::Start(Tag::Link { dest_url, .. }) => {
                assert!(dest_url.starts_with("https://"), "a link to {dest_url}");
            }
            Event::Start(Tag::Item) => in_item = true,
            Event::Text(t) if in_item => {
                list_items.push(t.to_string());
                in_item = false;
            }
            _ => {}
        }
    }
    // "- not a list item" and "2021. not a numbered item" in a summary stay in its paragraph.
    assert!(
        !list_items.iter().any(|t| t.starts_with("not a")),
        "{list_items:?}"
    );
    assert!(doc.contains("Opened the Summit.\n\\- not a list item\n2021\\. not a numbered item"));
    // The javascript: address of a source is shown as text, not linked.
    assert!(doc.contains("Sources: Astana Statement (javascript:alert(1))"));
    // A quote of two lines stays one quote.
    assert!(doc.contains("> “Line one,\n> line \"two\"”"));
    // The escape sequence in the UN's greeting is a visible placeholder.
    assert!(doc.contains("Sent greetings ␛") && !doc.contains('\u{1b}'));
    insta::assert_snapshot!("minutes_fixture_summit", doc);
}

#[test]
fn by_default_the_dashboards_meeting_and_with_dates_each_meeting_in_them() {
    // The dashboard opens on the latest meeting not after today (2026-11-28): soc-2025.
    let doc = export_ok(&["--format", "markdown"]);
    assert_eq!(doc.lines().next(), Some("# SOC meeting"));
    assert!(doc.contains("- **Status:** cancelled\n"));
    assert!(doc.contains("No decisions are recorded."));
    let doc = export_ok(&["--format", "markdown", "--from", "2022", "--to", "2024"]);
    let titles = headings(&doc, HeadingLevel::H1);
    assert_eq!(
        titles,
        [
            "Sixth CICA Summit",
            "Special Working Group, June 2023",
            "Ministerial Council"
        ]
    );
    assert_eq!(doc.matches("\n---\n").count(), 2, "a rule between meetings");
    assert!(
        doc.contains(
            "- **Status:** postponed\n- **Planned:** Monday 11 November 2024, in Shusha\n"
        )
    );
}
