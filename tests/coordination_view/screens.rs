//! The coordination view as reviewed snapshots: the fixture's roles as a list at 80×24 and a
//! grid of every period at 160×48 (names in Cyrillic, Chinese, Arabic, Persian and Thai keep
//! the frame's borders in place), and the bundled data's five co-coordinators.

use cica_dash::text::width;
use unicode_segmentation::UnicodeSegmentation;

use super::app_on;
use super::common::*;

/// A reviewed snapshot, kept with the others in `tests/snapshots`.
fn snapshot(name: &str, text: &str) {
    insta::with_settings!({ snapshot_path => "../snapshots" }, {
        insta::assert_snapshot!(name, text);
    });
}

/// The text of the cell at column `x` of a screen line (a wide character's second cell is
/// empty), counting cells as the terminal does.
fn cell(line: &str, x: usize) -> String {
    let mut at = 0;
    for g in line.graphemes(true) {
        if at == x {
            return g.to_owned();
        }
        at += width(g);
        if at > x {
            return String::new();
        }
    }
    " ".to_owned()
}

/// Every line of the view's frame has its left and right borders in place: no wide or
/// combining character from a name pushed or covered them.
pub fn assert_borders(text: &str, w: usize, h: usize) {
    // The frame leaves one cell (two when the screen is wider than 4) each side, one row above.
    let (left, right) = (2, w - 3);
    for (i, line) in text.lines().enumerate().take(h - 1).skip(2) {
        for x in [left, right] {
            assert!(
                matches!(cell(line, x).as_str(), "┃" | "┗" | "┛"),
                "line {i}, column {x}: {:?} in {line:?}",
                cell(line, x)
            );
        }
    }
}

#[test]
fn coordination_80x24_lists_roles_by_area() {
    let mut app = app_on("2022-06-01");
    let text = screen(&mut app, "C", 80, 24);
    assert!(text.contains(" Coordination "));
    assert!(text.contains("Roles on Wed 1 Jun 2022 · 10 roles · 5 areas × 8 states"));
    for head in ["State", "Role", "Period", "Source"] {
        assert!(text.contains(head), "{head}");
    }
    // Right-to-left names are drawn in visual order (docs/data-format.md, "Text"): ایران
    // reads ناریا left to right on screen.
    let iran = text.lines().find(|l| l.contains("ناریا")).unwrap();
    assert!(
        iran.contains("co-coordinator") && iran.contains("10 Apr 2019 – 2022"),
        "{iran}"
    );
    assert!(
        iran.contains("10 Apr 2019 · SOC"),
        "the body by its glossary term: {iran}"
    );
    let india = text.lines().find(|l| l.contains("India")).unwrap();
    assert!(
        india.contains("no dates") && india.contains("standing"),
        "{india}"
    );
    assert!(
        text.contains("ناریا (IRN): co-coordinator, Energy security"),
        "the selection in full under the list"
    );
    assert_borders(&text, 80, 24);
    snapshot("coordination_80x24", &text);
}

#[test]
fn coordination_160x48_grid_of_every_period() {
    let mut app = app_on("2022-06-01");
    let text = screen(&mut app, "Ca", 160, 48);
    assert!(text.contains("Roles in every period · 14 roles · 5 areas × 8 states"));
    // Five of the eight states fit, from the first by name.
    assert!(text.contains("areas 5 · states 1–5/8"), "{text}");
    let header = text.lines().find(|l| l.contains("Area ")).unwrap();
    for name in [
        "India",
        "Türkiye",
        "Казахстан",
        "Российская Федерация",
        // الأردن in visual order.
        "ندرألا",
    ] {
        assert!(header.contains(name), "{name} in {header}");
    }
    assert!(!header.contains("ناریا"), "the sixth state is to the right");
    assert!(
        text.contains("co-coordinator +1"),
        "Jordan's two food security roles"
    );
    assert!(
        text.contains("2015 – Jun 2020"),
        "Kazakhstan's standing energy role"
    );
    assert!(text.contains("23 Jun 2021 · Ministe…"), "cut to the cell");
    assert!(text.contains("no dates"), "India's standing role");
    assert_borders(&text, 160, 48);
    snapshot("coordination_160x48", &text);
}

#[test]
fn coordination_160x48_bundled() {
    // China's transport corridors role selected, one right of the empty corner.
    let text = screen(&mut bundled_app(), "Cl", 160, 48);
    assert!(text.contains("Roles on Sat 28 Nov 2026 · 5 roles · 4 areas × 3 states"));
    let header = text.lines().find(|l| l.contains("Area ")).unwrap();
    let names: Vec<usize> = ["Bangladesh", "China", "Jordan"]
        .iter()
        .map(|n| header.find(n).unwrap())
        .collect();
    assert!(names.windows(2).all(|w| w[0] < w[1]), "by name: {header}");
    let epi = text
        .lines()
        .position(|l| l.contains("Epidemiological safety"))
        .unwrap();
    let row = text.lines().nth(epi).unwrap();
    assert_eq!(
        row.matches("co-coordinator").count(),
        2,
        "China and Jordan: {row}"
    );
    assert_eq!(
        text.matches("from 23 Jun 2021").count(),
        6,
        "five cells, and the selection in full"
    );
    assert_eq!(text.matches("23 Jun 2021 · SOC").count(), 5);
    assert!(text.contains("Source: adopted List of coordinating and co-coordinating"));
    snapshot("coordination_bundled_160x48", &text);
}
