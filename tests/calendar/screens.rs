//! The three views as whole screens at 80×24 and 160×48: reviewed snapshots, and beside each
//! what was read in it when it was accepted.

use cica_dash::render::to_text;

use super::{app, screen};

/// A reviewed snapshot, kept with the others in `tests/snapshots`.
fn snapshot(name: &str, text: &str) {
    insta::with_settings!({ snapshot_path => "../snapshots" }, {
        insta::assert_snapshot!(name, text);
    });
}

fn view(keys: &str, w: u16, h: u16) -> String {
    let mut app = app();
    let text = to_text(&screen(
        &mut app,
        &format!("4:2024-11-13<Enter>{keys}"),
        w,
        h,
    ));
    assert_eq!(text.lines().count(), usize::from(h));
    for line in text.lines() {
        assert!(cica_dash::text::width(line) <= usize::from(w), "{line}");
    }
    text
}

#[test]
fn month_80x24() {
    let text = view("", 80, 24);
    assert!(text.contains("4 Calendar Nov 2024"));
    assert!(text.contains("Mo Tu We Th Fr Sa Su"));
    assert!(text.contains("Wed 13 November 2024"));
    assert!(text.contains("◆ Ministerial Council (day 2/3)"));
    assert!(text.contains("November 2024, day not given"));
    assert!(text.contains("○ Energy Seminar — Kazakhstan (planned)"));
    assert!(text.contains("2024, month not given"));
    assert!(text.contains("Undated (1)"));
    assert!(text.contains("v view"), "the footer names the views' key");
    snapshot("calendar_month_80x24", &text);
}

#[test]
fn month_160x48() {
    let text = view("", 160, 48);
    assert!(text.contains("┃    November 2024      Wed 13 November 2024"));
    assert!(text.contains("• Study Visit — Azerbaijan"));
    snapshot("calendar_month_160x48", &text);
}

#[test]
fn week_80x24() {
    let text = view("v", 80, 24);
    assert!(text.contains("4 Calendar week 11–17 Nov 2024"));
    assert!(
        text.contains(
            "┃Mo 11 Nov │Tu 12 Nov │We 13 Nov │Th 14 Nov │Fr 15 Nov │Sa 16 Nov │Su 17 Nov"
        )
    );
    assert!(text.contains("┃◂• Youth Forum───────│"));
    assert!(text.contains("│◆ Ministerial Council───────────│"));
    assert!(text.contains("│• Busine…▸"));
    assert!(
        text.contains("Wed 13 November 2024"),
        "the list under the week"
    );
    snapshot("calendar_week_80x24", &text);
}

#[test]
fn week_160x48() {
    let text = view("v", 160, 48);
    // The calendar is the bottom right quarter: the week as columns there too.
    assert!(text.contains("┃Mo 11 Nov │Tu 12 Nov │"));
    assert!(text.contains("│• Expert  │"));
    assert!(text.contains("│  Workshop│"));
    snapshot("calendar_week_160x48", &text);
}

#[test]
fn year_80x24() {
    let text = view("vv", 80, 24);
    assert!(text.contains("4 Calendar year 2024"));
    for name in ["Jan", "Jun", "Jul", "Oct +1", "Nov +2", "Dec +1"] {
        assert!(text.contains(name), "{name}");
    }
    assert!(text.contains("·0 ░1 ▒2 ▓3–4 █5+ a day; +N no day"));
    assert!(text.contains("░▒░░░·░"), "Mon 11 to Sun 17 November");
    assert!(text.contains("Wed 13 November 2024"));
    snapshot("calendar_year_80x24", &text);
}

#[test]
fn year_160x48() {
    let text = view("vv", 160, 48);
    assert!(text.contains("·█·····"), "the week of 5 March");
    assert!(text.contains("·▓·····"), "…of 12 March");
    snapshot("calendar_year_160x48", &text);
}
