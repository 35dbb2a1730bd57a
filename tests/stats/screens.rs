//! The statistics screen as reviewed snapshots at 80×24 and 160×48, each with assertions of
//! what it says (the numbers against the files' facts); the same screens in the monochrome
//! theme, and in every built-in theme drawn with the theme's own colours only.

use cica_dash::app::App;
use cica_dash::keys;
use cica_dash::render::{draw, feed, to_text};
use cica_dash::text::width;
use cica_dash::theme::{NAMES, builtin};
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use super::FIXTURE;
use super::common::{app_in, screen};
use super::files::Facts;

/// A reviewed snapshot, kept with the others in `tests/snapshots`.
fn snapshot(name: &str, text: &str) {
    insta::with_settings!({ snapshot_path => "../snapshots" }, {
        insta::assert_snapshot!(name, text);
    });
}

/// The line that holds `needle`.
fn line<'a>(text: &'a str, needle: &str) -> &'a str {
    text.lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?} in\n{text}"))
}

/// The rows of bars: their text before the bar (rank, label, count), from the lines whose
/// text before a bar starts with a rank and ends with a count (not the sparkline's).
fn bar_rows(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| l.contains('█'))
        .map(|l| l.split('█').next().unwrap_or("").trim_end())
        .filter(|r| {
            let ranked = r.trim_start().starts_with(|c: char| c.is_ascii_digit());
            ranked && r.ends_with(|c: char| c.is_ascii_digit())
        })
        .collect()
}

/// The count at the end of a bar row's text.
fn count_of(row: &str) -> u32 {
    let n = row.rsplit(' ').next().unwrap().replace(',', "");
    n.parse()
        .unwrap_or_else(|_| panic!("no count at the end of {row:?}"))
}

#[test]
fn statements_per_participant_80x24() {
    let mut app = app_in(FIXTURE);
    let text = screen(&mut app, "S", 80, 24);
    let all = Facts::read(FIXTURE).expected(None, None);
    assert!(line(&text, "CICA").contains("Statistics · Statements per participant"));
    assert!(line(&text, "CICA").contains("6 meetings · 9 events"));
    let filter = line(&text, "Years:");
    assert_eq!(filter, " Years: all (2017–2024) · Participant: all");
    let caption = text.lines().nth(3).unwrap();
    let want = format!(" {} statements · most: 14 statements in 2017", all.totals.2);
    assert_eq!(caption, want, "the totals, and the peak of the sparkline");
    let rows = bar_rows(&text);
    // 24 lines: title, tabs, filter, caption, 3 of sparkline, axis, headings, 14 of
    // bars (the last saying how many more), footer.
    assert_eq!(rows.len(), 13, "{text}");
    let more = all.statements.len() - 13;
    assert!(text.contains(&format!("… and {more} more (rows 1–13 of 19; j scrolls)")));
    // Every count ends in the same column, whatever the script of the name before it.
    let ends: Vec<usize> = rows.iter().map(|r| width(r)).collect();
    assert!(ends.iter().all(|e| *e == ends[0]), "{rows:#?}");
    for r in &rows {
        let label = r[4..r.len() - 2].trim();
        assert_eq!(all.statements.get(label), Some(&count_of(r)), "{r}");
    }
    assert!(line(&text, "中华人民共和国").starts_with("  2 中华人民共和国       7 █"));
    let axis = line(&text, "2017 ");
    assert!(axis.trim_end().ends_with("2024"), "{axis}");
    assert!(
        line(&text, "Esc").contains("Tab chart"),
        "the footer's keys"
    );
    snapshot("stats_statements_80x24", &text);
}

#[test]
fn meetings_and_events_per_year_80x24() {
    let mut app = app_in(FIXTURE);
    let text = screen(&mut app, "S2", 80, 24);
    let all = Facts::read(FIXTURE).expected(None, None);
    let title = line(&text, "CICA");
    assert!(
        title.contains("per year  "),
        "the data's size apart from the title: {title}"
    );
    assert!(line(&text, "most:").starts_with(" 6 meetings · 9 events (2 undated) · "));
    for year in 2017..=2024 {
        let row = text
            .lines()
            .find(|l| l.starts_with(&format!(" {year} ")))
            .unwrap_or_else(|| panic!("no row for {year} in\n{text}"));
        let (m, e, _, _) = all.per_year.get(&year).copied().unwrap_or_default();
        // Year and count on each half: " 2019 2 ████…  2019 1 ████…".
        let counts: Vec<u32> = row
            .split_whitespace()
            .filter(|w| !w.contains('█'))
            .filter_map(|w| w.parse().ok())
            .collect();
        assert_eq!(counts, [year as u32, m, year as u32, e], "{row}");
    }
    assert!(text.contains("most: 2 meetings in 2019, 2 events in 2021"));
    snapshot("stats_years_80x24", &text);
}

/// The organisers at 160×48 in the monochrome theme.
fn organisers_mono() -> (App, Buffer) {
    let mut app = app_in(FIXTURE).with_theme(builtin("mono").unwrap());
    feed(&mut app, &keys::parse("S4").unwrap());
    let buf = draw(&mut app, 160, 48);
    (app, buf)
}

#[test]
fn events_by_organiser_160x48_in_monochrome() {
    let (_, buf) = organisers_mono();
    let text = to_text(&buf);
    let all = Facts::read(FIXTURE).expected(None, None);
    let rows = bar_rows(&text);
    assert_eq!(
        rows.len(),
        all.organisers.len(),
        "every organiser fits at 160×48"
    );
    for r in &rows {
        let label = r[2..r.len() - 2].trim();
        // A right-to-left name is drawn in visual order: read back, its characters reversed.
        let logical: String = label.chars().rev().collect();
        let count = all
            .organisers
            .get(label)
            .or(all.organisers.get(logical.as_str()));
        assert_eq!(count, Some(&count_of(r)), "{r}");
    }
    assert!(
        text.contains("Organization for Security and Co-operation in Europe 1 █"),
        "the long name whole at 160 columns"
    );
    assert!(line(&text, "most:").starts_with(" 9 events (2 undated) · 9 organisers · "));
    // Nothing is told by colour: there is none, the chosen tab is reversed, bars are blocks.
    for cell in buf.content.iter() {
        assert!(matches!(cell.fg, Color::Reset) && matches!(cell.bg, Color::Reset));
    }
    let tab = text
        .lines()
        .nth(1)
        .unwrap()
        .find("4 Events by organiser")
        .unwrap();
    let cell = &buf[(tab as u16, 1)];
    assert!(cell.modifier.contains(Modifier::REVERSED), "{cell:?}");
    let other = &buf[(3, 1)];
    assert!(!other.modifier.contains(Modifier::REVERSED), "{other:?}");
    snapshot("stats_organisers_160x48_mono", &text);
}

#[test]
fn one_participant_in_some_years_160x48() {
    let mut app = app_in(FIXTURE);
    let text = screen(&mut app, "Sy2019-2021<Enter>pрос<Enter>3", 160, 48);
    let rus = Facts::read(FIXTURE).expected(Some((2019, 2021)), Some("RUS"));
    let filter = line(&text, "Years:");
    assert!(filter.contains("Years: 2019–2021 · Participant: Российская Федерация (RUS)"));
    let plural = |n: usize, one: &str| format!("{n} {one}{}", if n == 1 { "" } else { "s" });
    let totals = format!(
        "{} · {}",
        plural(rus.totals.3 as usize, "decision"),
        plural(rus.decisions.len(), "action")
    );
    assert!(
        line(&text, "most:").starts_with(&format!(" {totals} · ")),
        "{text}"
    );
    let rows = bar_rows(&text);
    assert_eq!(rows.len(), rus.decisions.len());
    for r in &rows {
        let label = r[2..r.len() - 2].trim();
        assert_eq!(rus.decisions.get(label), Some(&count_of(r)), "{r}");
    }
    let axis = line(&text, "2019 ");
    assert!(
        axis.trim_end().ends_with("2021"),
        "the sparkline covers the range: {axis}"
    );
    snapshot("stats_narrowed_160x48", &text);
}

#[test]
fn every_theme_draws_the_charts_with_its_own_colours_only() {
    for name in NAMES {
        let theme = builtin(name).unwrap();
        let mut fgs = vec![Color::Reset];
        let mut bgs = vec![Color::Reset];
        for (_, s) in theme.styles() {
            fgs.extend(s.fg);
            bgs.extend(s.bg);
        }
        for keys in ["S", "S2", "S3", "S4", "Sy2019<Enter>"] {
            let mut app = app_in(FIXTURE).with_theme(theme.clone());
            feed(&mut app, &keys::parse(keys).unwrap());
            for (w, h) in [(80, 24), (160, 48)] {
                let buf = draw(&mut app, w, h);
                for cell in buf.content.iter() {
                    assert!(fgs.contains(&cell.fg), "{name} {keys} {w}x{h}: {cell:?}");
                    assert!(bgs.contains(&cell.bg), "{name} {keys} {w}x{h}: {cell:?}");
                }
                let bars = buf.content.iter().filter(|c| c.symbol() == "█").count();
                assert!(
                    bars > 0,
                    "{name} {keys}: bars drawn as blocks, readable without colour"
                );
            }
        }
    }
}
