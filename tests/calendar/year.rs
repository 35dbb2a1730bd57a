//! The year view in the buffer, cell by cell: each day's glyph and style for its number of
//! entries, the months' counts of entries without a day, the legend, monochrome, clicks, and
//! the one-line strips of a small pane.

use chrono::Weekday;
use cica_dash::app::{Action, update};
use cica_dash::render::{draw, to_text};
use cica_dash::theme::{Theme, builtin};
use ratatui::style::{Color, Modifier};

use super::{app, app_with, at, day, press, row, screen};

/// March 2024 began on a Friday. In a Monday-first grid the 5th, 12th, 19th and 26th (all
/// Tuesdays) are in column 1 of weeks 1 to 4; the 4th is the Monday before the 5th.
const MARCH: [(u16, &str); 4] = [(1, "█"), (2, "▓"), (3, "▒"), (4, "░")];

#[test]
fn each_day_is_shaded_by_its_entries() {
    let mut app = app();
    let buf = screen(&mut app, "4:2024-11-13<Enter>vv", 160, 48);
    let t = Theme::fallback();
    // 160×48: one cell a day, so a small month is seven cells wide.
    let (mx, my) = at(&buf, "Mar");
    for (week, glyph) in MARCH {
        let cell = &buf[(mx + 1, my + 1 + week)];
        assert_eq!(cell.symbol(), glyph, "week {week}:\n{}", to_text(&buf));
    }
    assert_eq!(buf[(mx, my + 2)].symbol(), "·", "Monday 4 March: nothing");
    assert_eq!(
        buf[(mx + 4, my + 1)].symbol(),
        "·",
        "Friday 1 March is in week 0"
    );
    assert_eq!(
        buf[(mx + 3, my + 1)].symbol(),
        " ",
        "no 29 February in March"
    );
    assert_eq!(buf[(mx + 1, my + 2)].fg, t.heat_4.fg.unwrap(), "5 entries");
    assert_eq!(buf[(mx + 1, my + 3)].fg, t.heat_3.fg.unwrap(), "3 entries");
    assert_eq!(buf[(mx + 1, my + 4)].fg, t.heat_2.fg.unwrap(), "2 entries");
    assert_eq!(buf[(mx + 1, my + 5)].fg, t.heat_1.fg.unwrap(), "1 entry");
    assert_eq!(buf[(mx, my + 2)].fg, t.heat_0.fg.unwrap());
    // November: Tuesday 12 has the council and the youth forum; each of the council's days
    // counts it.
    let (nx, ny) = at(&buf, "Nov +2");
    // 1 November 2024 was a Friday: 11–17 November is week 2.
    let week: String = (nx..nx + 7)
        .map(|x| buf[(nx.max(x), ny + 3)].symbol())
        .collect();
    assert_eq!(week, "░▒░░░·░", "Mon 11 … Sun 17");
    // Entries known only to the month are counted by its name: the range of months in each.
    for name in ["Oct +1", "Nov +2", "Dec +1"] {
        at(&buf, name);
    }
    assert!(!to_text(&buf).contains("Sep +"), "September has none");
    let legend = row(&buf, at(&buf, "·0 ░1 ▒2 ▓3–4 █5+").1);
    assert!(legend.contains("+N no day"), "{legend}");
}

#[test]
fn the_selected_day_and_today_are_marked() {
    let mut app = app();
    let buf = screen(&mut app, "4:2024-11-13<Enter>vv", 160, 48);
    let (nx, ny) = at(&buf, "Nov +2");
    let t = Theme::fallback();
    // Wednesday 13 (selected) is column 2 of week 2; Wednesday 20 (today) of week 3.
    assert_eq!(buf[(nx + 2, ny + 3)].bg, t.selection.bg.unwrap());
    assert!(
        buf[(nx + 2, ny + 4)]
            .modifier
            .contains(t.today.add_modifier)
    );
    assert!(
        !buf[(nx + 3, ny + 4)]
            .modifier
            .contains(Modifier::UNDERLINED)
    );
}

#[test]
fn a_sunday_first_week_moves_the_days_one_column_right() {
    let mut app = app_with(super::TODAY, Weekday::Sun);
    let buf = screen(&mut app, "4:2024-11-13<Enter>vv", 160, 48);
    let (mx, my) = at(&buf, "Mar");
    // Sunday first: 1 March is in column 5 of week 0, the 5th in column 2 of week 1.
    assert_eq!(buf[(mx + 5, my + 1)].symbol(), "·");
    assert_eq!(buf[(mx + 4, my + 1)].symbol(), " ");
    assert_eq!(buf[(mx + 2, my + 2)].symbol(), "█");
}

#[test]
fn two_cells_a_day_on_a_large_pane_and_clicks_select_a_day() {
    let mut app = app();
    // Under 180 columns: from 180 on, the preview pane takes two fifths of the width.
    let buf = screen(&mut app, "4:2024-11-13<Enter>vv", 178, 60);
    let (mx, my) = at(&buf, "Mar");
    for (week, glyph) in MARCH {
        assert_eq!(buf[(mx + 2, my + 1 + week)].symbol(), glyph);
        assert_eq!(buf[(mx + 3, my + 1 + week)].symbol(), " ");
    }
    update(
        &mut app,
        Action::Click {
            x: mx + 2,
            y: my + 2,
        },
    );
    assert_eq!(app.dashboard().day(), day("2024-03-05"));
    update(
        &mut app,
        Action::Click {
            x: mx + 3,
            y: my + 3,
        },
    );
    assert_eq!(
        app.dashboard().day(),
        day("2024-03-12"),
        "the cell's blank half too"
    );
    let text = to_text(&draw(&mut app, 200, 60));
    assert!(
        text.contains("Tue 12 March 2024"),
        "the list follows:\n{text}"
    );
    assert!(text.contains("• March twelfth A"), "{text}");
}

#[test]
fn mono_reads_from_the_glyphs() {
    let mut app = app().with_theme(builtin("mono").unwrap());
    let buf = screen(&mut app, "4:2024-11-13<Enter>vv", 160, 48);
    for cell in buf.content.iter() {
        assert!(matches!(cell.fg, Color::Reset) && matches!(cell.bg, Color::Reset));
    }
    let (mx, my) = at(&buf, "Mar");
    for (week, glyph) in MARCH {
        assert_eq!(buf[(mx + 1, my + 1 + week)].symbol(), glyph);
    }
    assert!(
        buf[(mx + 1, my + 2)].modifier.contains(Modifier::BOLD),
        "the busiest"
    );
    assert!(
        buf[(mx, my + 2)].modifier.contains(Modifier::DIM),
        "an empty day"
    );
}

#[test]
fn a_small_pane_shows_the_months_as_strips() {
    let mut app = app();
    // 100×24: the calendar is a quarter of the screen, 48×8 inside.
    press(&mut app, "4:2024-03-20<Enter>vv");
    let buf = draw(&mut app, 100, 24);
    let (x, y) = at(&buf, "Mar ");
    let strip: String = row(&buf, y).chars().skip(x as usize + 4).take(31).collect();
    let want: String = (1..=31)
        .map(|d| match d {
            5 => '█',
            12 => '▓',
            19 => '▒',
            26 => '░',
            _ => '·',
        })
        .collect();
    assert_eq!(strip, want);
    let text = to_text(&buf);
    assert!(text.contains("Wed 20 March 2024"), "the list shows: {text}");
    press(&mut app, ":2024-11-01<Enter>");
    let text = to_text(&draw(&mut app, 100, 24));
    let nov = text.lines().find(|l| l.contains("Nov ·")).unwrap();
    assert!(
        nov.contains("· +2"),
        "the month's count after its days: {nov}"
    );
}
