//! The statements pane on tall screens: when every statement fits with lines to spare, the
//! summaries wrap over them (snapshots at 160×48 and 200×60, read when accepted; the
//! assertions state what the reader checked), the cursor stays in view, and a click on any
//! line of a wrapped statement selects that statement.

mod common;

use cica_dash::app::{Action, App, Overlay, Pane, update};
use cica_dash::render::feed;
use cica_dash::text::width;
use cica_dash::view::layout;
use common::*;
use ratatui::layout::Rect;

/// Four statements: a one-word summary, a long English one, a Chinese quote and a Persian
/// summary (right to left).
const WRAP: &[(&str, &str)] = &[(
    "m.toml",
    r#"
[meeting]
id = "wrap"
title = "Statements that wrap"
body = "Senior Officials Committee"
date = 2021-06-23

[[statement]]
speaker = "Ada Short"
title = "Envoy"
summary = "Agreed."

[[statement]]
speaker = "Bea Long"
title = "Deputy Minister"
summary = "Underlined the intensification of the activities within the conference, mentioning the meetings held since the last session, the work done to make the process better known, the new coordinating countries for confidence building measures, the guidelines for events, and closed by thanking the hosts for a well prepared meeting that ended with a zebra."

[[statement]]
speaker = "张红建"
title = "欧亚司参赞"
quote = "亚信应努力促进贸易和投资便利化，深化区域经济合作，加强各国经济复苏领域的合作，推动互联互通，支持多边主义，维护地区和平稳定。"

[[statement]]
speaker = "رضا نجفی"
summary = "بر اهمیت سیکا در سیاست خارجی ایران تأکید کرد و بر لزوم همکاری بیشتر میان کشورهای عضو در زمینه امنیت منطقه ای و توسعه اقتصادی پایدار تاکید نمود"
"#,
)];

/// The dashboard on [`WRAP`] in a terminal of 160×48.
fn wrap_at_160x48() -> App {
    let mut app = app_from(WRAP);
    update(
        &mut app,
        Action::Resize {
            width: 160,
            height: 48,
        },
    );
    app
}

fn press(app: &mut App, k: &str) {
    feed(app, &cica_dash::keys::parse(k).unwrap());
}

/// The statements pane's lines (inside its border) of a screen, trimmed.
fn pane_lines(text: &str, w: u16, h: u16) -> Vec<String> {
    let inner = layout::inner(layout::pane_area(Rect::new(0, 0, w, h), Pane::Statements));
    text.lines()
        .skip(usize::from(inner.y))
        .take(usize::from(inner.height))
        .map(|l| cells(l, inner.x, inner.right()).trim_end().to_owned())
        .collect()
}

/// The characters of a screen line in the cells `from..to` (a wide character takes two).
fn cells(line: &str, from: u16, to: u16) -> String {
    let mut x = 0;
    let mut out = String::new();
    for c in line.chars() {
        if x >= from && x < to {
            out.push(c);
        }
        x += width(&c.to_string()) as u16;
    }
    out
}

/// The line numbers (in the pane) of the line holding `needle`.
fn line_of(lines: &[String], needle: &str) -> usize {
    lines
        .iter()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle} not in the pane:\n{}", lines.join("\n")))
}

/// What the reader of both snapshots checked: every statement shows with its whole text,
/// the long summary over several lines, word-wrapped (no word cut, no ellipsis).
fn check_wrapped(text: &str, w: u16, h: u16) -> Vec<String> {
    let lines = pane_lines(text, w, h);
    let (ada, bea, zhang) = (
        line_of(&lines, "Ada Short"),
        line_of(&lines, "Bea Long"),
        line_of(&lines, "张红建"),
    );
    assert_eq!(bea - ada, 3, "a one-line summary keeps one line");
    let bea_summary = &lines[bea + 2..zhang];
    assert!(
        bea_summary.len() >= 4,
        "the long summary wraps: {bea_summary:?}"
    );
    assert!(bea_summary[0].trim_start().starts_with("Underlined the"));
    assert!(bea_summary.last().unwrap().ends_with("ended with a zebra."));
    let words: Vec<&str> = bea_summary
        .iter()
        .flat_map(|l| l.split_whitespace())
        .collect();
    assert!(words.contains(&"intensification") && words.contains(&"coordinating"));
    assert!(
        !lines.iter().any(|l| l.contains('…')),
        "nothing is cut:\n{}",
        lines.join("\n")
    );
    assert!(
        lines.iter().any(|l| l.trim_end().ends_with("和平稳定。”")),
        "the Chinese quote ends on its last line:\n{}",
        lines.join("\n")
    );
    lines
}

#[test]
fn summaries_wrap_over_the_spare_lines_at_160x48() {
    let text = screen(&mut app_from(WRAP), "", 160, 48);
    let lines = check_wrapped(&text, 160, 48);
    let quote = line_of(&lines, "“亚信应");
    assert!(
        lines[quote + 1].contains("推动互联互通"),
        "the quote goes on, on the next line"
    );
    insta::assert_snapshot!("statements_wrap_160x48", text);
}

#[test]
fn summaries_wrap_over_the_spare_lines_at_200x60() {
    let text = screen(&mut app_from(WRAP), "", 200, 60);
    check_wrapped(&text, 200, 60);
    insta::assert_snapshot!("statements_wrap_200x60", text);
}

#[test]
fn the_bundled_meeting_stays_compact_where_its_statements_do_not_all_fit() {
    // Eleven statements at three lines need 33: more than the pane has at 200×60.
    let text = screen(&mut bundled_app(), "", 200, 60);
    let lines = pane_lines(&text, 200, 60);
    let first = line_of(&lines, "Shakhrat Nuryshev");
    let second = line_of(&lines, "Member States");
    assert_eq!(
        second - first,
        3,
        "one summary line each:\n{}",
        lines.join("\n")
    );
}

#[test]
fn the_cursor_moves_through_wrapped_statements_without_scrolling() {
    let mut app = wrap_at_160x48();
    press(&mut app, "3jjj");
    assert_eq!(app.dashboard().cursor(Pane::Statements), 3);
    assert_eq!(
        app.dashboard().offset(Pane::Statements),
        0,
        "all four are in view"
    );
    let text = screen(&mut app, "", 160, 48);
    assert!(text.contains("3 Statements 4/4"), "{text}");
}

#[test]
fn a_click_on_a_wrapped_summary_line_selects_its_statement() {
    let mut app = wrap_at_160x48();
    let text = screen(&mut app, "", 160, 48);
    let lines = pane_lines(&text, 160, 48);
    let inner = layout::inner(layout::pane_area(
        Rect::new(0, 0, 160, 48),
        Pane::Statements,
    ));
    let at = |line: usize| (inner.x + 4, inner.y + line as u16);

    // The last line of Bea Long's summary, four lines below her name: the second statement.
    let zebra = line_of(&lines, "ended with a zebra.");
    assert!(zebra > line_of(&lines, "Bea Long") + 3);
    let (x, y) = at(zebra);
    update(&mut app, Action::Click { x, y });
    assert_eq!(app.dashboard().focus(), Pane::Statements);
    assert_eq!(app.dashboard().cursor(Pane::Statements), 1);

    // The Chinese quote's second line: the third statement.
    let (x, y) = at(line_of(&lines, "推动互联互通"));
    update(&mut app, Action::Click { x, y });
    assert_eq!(app.dashboard().cursor(Pane::Statements), 2);

    // The blank lines below the last statement select nothing.
    let (x, y) = at(lines.len() - 1);
    assert!(lines[lines.len() - 1].is_empty());
    update(&mut app, Action::Click { x, y });
    assert_eq!(app.dashboard().cursor(Pane::Statements), 2);
    assert!(app.overlays().is_empty());

    // A second click on the selected statement opens it.
    let (x, y) = at(zebra - 1);
    update(&mut app, Action::Click { x, y });
    assert_eq!(app.dashboard().cursor(Pane::Statements), 1);
    update(&mut app, Action::Click { x, y });
    assert!(
        matches!(app.overlays(), [Overlay::Detail { .. }]),
        "{:?}",
        app.overlays()
    );
    let popup = screen(&mut app, "", 160, 48);
    assert!(
        popup.contains("Deputy Minister") && popup.contains("Summary"),
        "{popup}"
    );
}

#[test]
fn the_statements_tab_at_80x24_uses_its_spare_lines() {
    // 4 statements take 12 of the tab's 18 lines on one line each; the 6 to spare go to the
    // summaries that want them, here the long one.
    let text = screen(&mut app_from(WRAP), "3", 80, 24);
    let lines = pane_lines(&text, 80, 24);
    let bea = line_of(&lines, "Bea Long");
    let all = lines.join("\n");
    // Bea Long's summary in five lines, to its last word, then the next speaker.
    assert_eq!(line_of(&lines, "张红建") - bea, 7, "{all}");
    assert!(
        lines[bea + 2].trim_start().starts_with("Underlined the"),
        "{all}"
    );
    assert!(lines[bea + 6].ends_with("ended with a zebra."), "{all}");
    // The Chinese quote in two lines, closed; nothing anywhere is cut.
    let zhang = line_of(&lines, "张红建");
    assert!(lines[zhang + 3].ends_with("维护地区和平稳定。”"), "{all}");
    assert!(!all.contains('…'), "{all}");
}
