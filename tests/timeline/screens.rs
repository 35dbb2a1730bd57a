//! The timeline as reviewed snapshots (items at 80×24 and 160×48, years at 80×24, the table at
//! 200×60), each with what can be read in it; and the screen at every size from the smallest,
//! drawn inside a larger buffer, never touching a cell outside its area.

use cica_dash::text::width;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::app;
use super::common::*;
use cica_dash::app::{Action, update};

/// A reviewed snapshot, kept with the others in `tests/snapshots`.
fn snapshot(name: &str, text: &str) {
    insta::with_settings!({ snapshot_path => "../snapshots" }, {
        insta::assert_snapshot!(name, text);
    });
}

/// The line holding `needle`, or its characters reversed: a right-to-left run is drawn in
/// visual order.
fn line_with<'a>(text: &'a str, needle: &str) -> &'a str {
    text.lines()
        .nth(line_index(text, needle))
        .unwrap_or_default()
}

/// Which line holds `needle`, written in either order: a right-to-left needle is drawn
/// reversed, in visual order.
fn line_index(text: &str, needle: &str) -> usize {
    let visual: String = needle.chars().rev().collect();
    text.lines()
        .position(|l| l.contains(needle) || l.contains(visual.as_str()))
        .unwrap_or_else(|| panic!("no line with {needle:?} in\n{text}"))
}

/// The line after the one holding `needle` (a two-line row's second line).
fn line_after<'a>(text: &'a str, needle: &str) -> &'a str {
    text.lines()
        .nth(line_index(text, needle) + 1)
        .unwrap_or_default()
}

/// The column, in cells, at which `needle` starts on `line`.
fn column(line: &str, needle: &str) -> usize {
    width(&line[..line.find(needle).unwrap()])
}

#[test]
fn timeline_80x24_from_the_start() {
    let text = screen(&mut app(), "Tg", 80, 24);
    let first = text.lines().next().unwrap();
    assert!(
        first.contains("Timeline · 1992–2026 · 16 meetings · 8 events"),
        "{first}"
    );
    assert!(first.ends_with("1/24"), "the position: {first}");
    assert!(text.contains("(derived) chair from the band"), "the legend");
    // The band names the first term on the first row and gives its years on the next line.
    assert!(line_with(&text, "5 Oct 1992").starts_with(" ▌KAZ"));
    assert!(line_after(&text, "5 Oct 1992").starts_with(" ▌1992–2010"));
    // A month-precision summit with no chairmanship of its own, before the days of its month.
    let summit = line_after(&text, "First CICA Summit");
    assert!(
        summit.contains("1 decision · chair KAZ (derived)"),
        "{summit}"
    );
    assert!(
        !summit.contains("statement"),
        "none recorded, none said: {summit}"
    );
    assert!(text.find("Jun 2002").unwrap() < text.find("4 Jun 2002").unwrap());
    // The handover day falls across two terms, in the band and in the derived chair.
    assert!(line_with(&text, "8 Jun 2010").starts_with(" ╪KAZ → TUR"));
    // Where "chair" does not fit before it, the chair goes without the word.
    let handover = line_after(&text, "Third CICA Summit");
    assert!(
        handover.ends_with("  3 decisions · 2 statements · KAZ → TUR (derived)"),
        "{handover}"
    );
    // A meeting that names its chairmanship shows it underived.
    assert!(line_after(&text, "Fourth Ministerial Council").contains("1 statement · chair TUR"));
    assert!(!line_after(&text, "Fourth Ministerial Council").contains("derived"));
    // The Chinese title keeps the date and the title in their columns.
    let chinese = line_with(&text, "上海峰会筹备会议");
    assert_eq!(
        column(chinese, "2014"),
        column(line_with(&text, "12 Sep 2012"), "12 Sep")
    );
    assert_eq!(
        column(chinese, "上海峰会"),
        column(line_with(&text, "Fourth Min"), "Fourth")
    );
    assert!(
        line_after(&text, "上海峰会筹备会议").contains("SOC · 上海 · chair TUR → CHN (derived)")
    );
    assert!(
        text.lines().last().unwrap().contains("Esc back"),
        "the footer's way out"
    );
    snapshot("timeline_80x24", &text);
}

#[test]
fn timeline_160x48_around_the_chinese_and_tajik_terms() {
    let text = screen(&mut app(), "Tg]]]]]", 160, 48);
    assert!(
        line_with(&text, "Timeline").ends_with("7/24"),
        "2014's first item"
    );
    // Names in full on a wide screen, and the dates as ranges.
    assert!(line_with(&text, "20–21 May 2014").contains("Fourth CICA Summit"));
    assert!(line_with(&text, "28 Jun – 2 Jul 2021").contains("Молодёжный форум СВМДА"));
    assert!(line_after(&text, "Молодёжный форум").contains("forum · Москва · by RUS"));
    assert!(
        line_with(&text, "2016  ").starts_with(" ▌China"),
        "a year-long event heads 2016"
    );
    assert!(line_after(&text, "Seminar on energy").starts_with(" ▌2014–2018"));
    assert!(line_with(&text, "Apr 2016").contains("SOC meeting in Beijing"));
    assert!(
        line_after(&text, "SOC meeting in Beijing")
            .contains("Senior Officials Committee · 北京 · chair China (derived)")
    );
    assert!(
        line_after(&text, "Special Ministerial").contains("online · chair Tajikistan (derived)")
    );
    assert!(line_with(&text, "Special Working Group").ends_with("postponed"));
    assert!(line_with(&text, "SOC meeting in Baku").ends_with("cancelled"));
    assert!(line_after(&text, "SOC meeting in Baku").contains("chair Azerbaijan"));
    // The Azerbaijani term, open, and the Arabic title under it.
    assert!(line_with(&text, "Special Working Group").starts_with(" ▌Azerbaijan"));
    assert!(line_after(&text, "Special Working Group").starts_with(" ▌2022–  "));
    assert!(line_with(&text, "اجتماع المجلس الوزاري السابع").contains("17 Dec 2024"));
    assert!(
        line_after(&text, "اجتماع المجلس الوزاري السابع")
            .contains("Ministerial Council · online · 1 statement · chair Azerbaijan (derived)")
    );
    snapshot("timeline_160x48", &text);
}

#[test]
fn timeline_years_80x24() {
    let text = screen(&mut app(), "Tz", 80, 24);
    assert!(
        text.contains("year 14/16"),
        "2025, the dashboard's meeting's year"
    );
    assert!(line_with(&text, " 1992 ").contains("1 event"));
    assert!(
        !line_with(&text, " 1992 ").contains("meeting"),
        "no meeting that year"
    );
    assert!(line_with(&text, " 2014 ").starts_with(" ╪TUR → CHN"));
    assert!(line_with(&text, " 2014 ").contains("2 meetings · 4 decisions · 3 statements"));
    assert!(line_with(&text, " 2021 ").contains("1 meeting · 2 events"));
    assert!(line_with(&text, " 2023 ").contains("1 postponed"));
    assert!(line_with(&text, " 2026 ").contains("1 planned"));
    assert!(line_with(&text, "undated").contains("2 events"));
    // The busiest years (three items) fill the bar; a year of one item a third of it.
    let bar = |y: &str| line_with(&text, y).matches('█').count();
    assert_eq!((bar(" 2016 "), bar(" 2021 "), bar(" 1999 ")), (10, 10, 4));
    snapshot("timeline_years_80x24", &text);
}

#[test]
fn timeline_200x60_is_a_table() {
    let text = screen(&mut app(), "Tg", 200, 60);
    let head = line_with(&text, "Chairmanship");
    for h in [
        "Date",
        "Title",
        "Body",
        "Status",
        "Place",
        "Decisions",
        "Statements",
        "Chair",
    ] {
        assert!(head.contains(h), "{h} in {head}");
    }
    let col = |line: &str, s: &str| column(line, s);
    // Each cell under its heading.
    let row = line_with(&text, "Third CICA Summit");
    let last = |line: &str, s: &str| width(&line[..line.rfind(s).unwrap()]);
    assert_eq!(
        last(row, "Summit"),
        col(head, "Body"),
        "the body after the title"
    );
    for (cell, h) in [
        ("8 Jun 2010", "Date"),
        ("İstanbul", "Place"),
        ("3 decisions", "Decisions"),
        ("2 statements", "Statements"),
        ("KAZ → TUR (derived)", "Chair"),
    ] {
        assert_eq!(col(row, cell), last(head, h), "{cell} under {h}: {row}");
    }
    let baku = line_with(&text, "SOC meeting in Baku");
    assert_eq!(col(baku, "cancelled"), col(head, "Status"));
    // The body column starts at one place after Arabic, Chinese and Latin titles.
    let arabic = line_with(&text, "اجتماع");
    let chinese = line_with(&text, "上海峰会");
    assert_eq!(col(arabic, "Ministerial"), col(chinese, "SOC"));
    assert_eq!(col(arabic, "Ministerial"), col(head, "Body"));
    let rows: String = text.lines().skip(3).collect();
    assert_eq!(
        rows.matches("(derived)").count(),
        8,
        "the eight meetings naming no chair"
    );
    snapshot("timeline_200x60", &text);
}

/// Drawn in the middle of a larger buffer at every size, the screen never writes outside
/// its area (the too-small message below 40×12 included), in both zooms.
#[test]
fn nothing_is_drawn_outside_the_area_at_any_size() {
    let mut app = app();
    for zoom in ["T", "Tz"] {
        for (w, h) in [
            (1, 1),
            (20, 5),
            (39, 11),
            (40, 12),
            (41, 13),
            (55, 17),
            (80, 24),
            (99, 30),
            (120, 40),
            (157, 33),
            (200, 60),
        ] {
            let mut a = super::app();
            update(
                &mut a,
                Action::Resize {
                    width: w,
                    height: h,
                },
            );
            cica_dash::render::feed(&mut a, &cica_dash::keys::parse(zoom).unwrap());
            let outer = Rect::new(0, 0, w + 6, h + 4);
            let mut buf = Buffer::empty(outer);
            for cell in buf.content.iter_mut() {
                cell.set_symbol("X");
            }
            let area = Rect::new(3, 2, w, h);
            (&a).render(area, &mut buf);
            for y in 0..outer.height {
                for x in 0..outer.width {
                    if !area.contains((x, y).into()) {
                        assert_eq!(buf[(x, y)].symbol(), "X", "{zoom} at {w}×{h}: ({x}, {y})");
                    }
                }
            }
        }
        // And through the text renderer, every line within the width.
        for w in (40..=200).step_by(23) {
            for h in (12..=60).step_by(16) {
                screen(&mut app, &format!("<Esc>{zoom}"), w, h);
            }
        }
    }
}
