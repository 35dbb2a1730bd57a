//! The week view in the buffer, cell by cell: the days' headings, entries of several days as
//! bands across their columns (◂ ▸ where they run past the week), one-day entries under
//! their day, planned ones hollow and styled apart, the selected day and today; and on a
//! narrow pane, the week as rows.

use cica_dash::render::{draw, to_text};
use cica_dash::theme::{Theme, builtin};
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use super::{app, at, press, row, screen};

/// The columns of the week as found on screen: each heading's column, and the width of a
/// column (the distance between two headings, less the rule).
fn columns(buf: &Buffer, headings: [&str; 7]) -> ([u16; 7], u16, u16) {
    let xs = headings.map(|h| at(buf, h).0);
    let y = at(buf, headings[0]).1;
    let step = xs[1] - xs[0];
    for i in 1..7 {
        assert_eq!(xs[i] - xs[i - 1], step, "columns of equal width: {xs:?}");
    }
    (xs, step - 1, y)
}

const WEEK_46: [&str; 7] = [
    "Mo 11 Nov",
    "Tu 12 Nov",
    "We 13 Nov",
    "Th 14 Nov",
    "Fr 15 Nov",
    "Sa 16 Nov",
    "Su 17 Nov",
];

#[test]
fn bands_span_their_days_and_say_when_they_run_past_the_week() {
    let mut app = app();
    let buf = screen(&mut app, "4:2024-11-13<Enter>v", 160, 48);
    let (x, w, y) = columns(&buf, WEEK_46);
    // Lane 1: the youth forum (Sunday 10 to Tuesday 12) from Monday's column, begun before.
    let lane = row(&buf, y + 1);
    assert_eq!(buf[(x[0], y + 1)].symbol(), "◂", "{lane}");
    assert!(lane[..].contains("◂• Youth Forum"), "{lane}");
    for cx in x[0] + 14..x[1] + w {
        assert_eq!(
            buf[(cx, y + 1)].symbol(),
            "─",
            "the band fills Mon–Tue at {cx}: {lane}"
        );
    }
    assert_eq!(
        buf[(x[2] - 1, y + 1)].symbol(),
        "│",
        "…and stops at Wednesday's rule"
    );
    // …and in the same lane, the business council (Sunday 17 to Monday 18): it goes on.
    assert_eq!(buf[(x[6], y + 1)].symbol(), "•");
    assert_eq!(buf[(x[6] + w - 1, y + 1)].symbol(), "▸", "{lane}");
    // Lane 2: the council, Tuesday to Thursday, across the rules between them.
    let lane = row(&buf, y + 2);
    assert_eq!(
        buf[(x[0], y + 2)].symbol(),
        " ",
        "nothing on Monday: {lane}"
    );
    assert_eq!(buf[(x[1], y + 2)].symbol(), "◆");
    assert!(lane.contains("◆ Ministerial Council"), "{lane}");
    assert_ne!(
        buf[(x[2] - 1, y + 2)].symbol(),
        "│",
        "over the rule Tue|Wed"
    );
    assert_ne!(
        buf[(x[3] - 1, y + 2)].symbol(),
        "│",
        "over the rule Wed|Thu"
    );
    assert_eq!(
        buf[(x[3] + w - 1, y + 2)].symbol(),
        "─",
        "to Thursday's last cell"
    );
    assert_eq!(
        buf[(x[4] - 1, y + 2)].symbol(),
        "│",
        "Friday's rule is its own"
    );
    assert!(
        !lane.contains('◂') && !lane.contains('▸'),
        "it is all in the week"
    );
    // Under the bands, Friday's one-day workshop, its title wrapped in the column.
    assert_eq!(buf[(x[4], y + 3)].symbol(), "•");
    let friday: String = (x[4]..x[4] + w)
        .map(|cx| buf[(cx, y + 3)].symbol())
        .collect();
    let next: String = (x[4]..x[4] + w)
        .map(|cx| buf[(cx, y + 4)].symbol())
        .collect();
    assert_eq!(friday.trim_end(), "• Expert");
    assert_eq!(next.trim_end(), "  Workshop");
    // The selected day's heading is drawn selected (the pane has focus).
    let sel = Theme::fallback().selection;
    assert_eq!(buf[(x[2], y)].bg, sel.bg.unwrap());
    assert_ne!(buf[(x[1], y)].bg, sel.bg.unwrap());
}

#[test]
fn planned_entries_are_hollow_and_styled_apart_and_cancelled_ones_struck_out() {
    let mut app = app();
    let buf = screen(&mut app, "4:2024-11-27<Enter>v", 160, 48);
    let headings = [
        "Mo 25 Nov",
        "Tu 26 Nov",
        "We 27 Nov",
        "Th 28 Nov",
        "Fr 29 Nov",
        "Sa 30 Nov",
        "Su 1 Dec",
    ];
    let (x, w, y) = columns(&buf, headings);
    let t = Theme::fallback();
    // The SOC of 28–29 November, after today and with no status: planned, a hollow band.
    assert_eq!(buf[(x[3], y + 1)].symbol(), "◇", "{}", row(&buf, y + 1));
    assert_ne!(buf[(x[4] - 1, y + 1)].symbol(), "│", "across Thu|Fri");
    assert_eq!(
        buf[(x[4] + w - 1, y + 1)].symbol(),
        "…",
        "its title cut at Friday's end"
    );
    assert_eq!(buf[(x[5] - 1, y + 1)].symbol(), "│", "not into Saturday");
    assert!(
        buf[(x[3] + 2, y + 1)].modifier.contains(Modifier::ITALIC),
        "planned style"
    );
    // The training course (status planned) and the cancelled seminar, one-day.
    assert_eq!(buf[(x[2], y + 2)].symbol(), "○");
    assert_eq!(buf[(x[2] + 2, y + 2)].symbol(), "T");
    assert_eq!(buf[(x[2] + 2, y + 2)].fg, t.planned.fg.unwrap());
    assert_eq!(buf[(x[1], y + 2)].symbol(), "○");
    assert!(
        buf[(x[1] + 2, y + 2)]
            .modifier
            .contains(Modifier::CROSSED_OUT)
    );
    // A held entry looks otherwise: the council's band of the week before.
    let held = screen(&mut app, "kk", 160, 48);
    let (x, _, y) = columns(&held, WEEK_46);
    assert_eq!(held[(x[1], y + 2)].symbol(), "◆");
    assert!(!held[(x[1] + 2, y + 2)].modifier.contains(Modifier::ITALIC));
}

#[test]
fn today_is_marked_in_its_heading() {
    let mut app = app();
    // Today is Wednesday 20 November; select the Monday so that today is not also selected.
    let buf = screen(&mut app, "4:2024-11-18<Enter>v", 160, 48);
    let (x, y) = at(&buf, "We 20 Nov");
    let today = Theme::fallback().today.add_modifier;
    assert!(buf[(x, y)].modifier.contains(today), "{:?}", buf[(x, y)]);
    let (x, y) = at(&buf, "Th 21 Nov");
    assert!(!buf[(x, y)].modifier.contains(Modifier::UNDERLINED));
}

#[test]
fn a_postponed_entry_shows_both_dates_in_the_list() {
    let mut app = app();
    let text = to_text(&screen(&mut app, "4:2024-12-17<Enter>v", 160, 48));
    let line = text
        .lines()
        .find(|l| l.contains("◇ Summit") && l.contains("(postponed"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(line.contains("(postponed from Tue 26 Nov)"), "{line}");
    assert!(
        text.contains("Tue 17 December 2024"),
        "its own date heads the list"
    );
}

#[test]
fn a_narrow_pane_shows_the_week_as_rows_saying_which_day_of_an_entry_each_is() {
    let mut app = app();
    // 100×30: a quarter of the screen, 48 columns inside: too narrow for seven columns.
    let buf = screen(&mut app, "4:2024-11-13<Enter>v", 100, 30);
    let text = to_text(&buf);
    let line = |head: &str| -> String {
        let (x, y) = at(&buf, head);
        let text: String = row(&buf, y).chars().skip(x as usize).take(22).collect();
        text.trim_end().to_owned()
    };
    assert!(line("Mo 11").starts_with("Mo 11 • Youth"), "{text}");
    assert!(line("Mo 11").ends_with(" 2/3"), "Sunday to Tuesday: {text}");
    assert!(
        line("Tu 12").ends_with("+1"),
        "two entries, one shown: {text}"
    );
    assert!(line("We 13").contains("◆ Minister") && line("We 13").ends_with("2/3"));
    assert!(line("Th 14").ends_with("3/3"), "{text}");
    assert!(line("Fr 15").starts_with("Fr 15 • Expert Worksh"));
    assert!(line("Sa 16").starts_with("Sa 16 ·"), "an empty day");
    assert!(line("Su 17").ends_with("1/2"));
    // The list beside it keeps the selected day.
    assert!(text.contains("Wed 13 November 2024"), "{text}");
}

#[test]
fn mono_has_no_colour_and_keeps_every_mark() {
    let mut app = app().with_theme(builtin("mono").unwrap());
    press(&mut app, "4:2024-11-27<Enter>v");
    let buf = draw(&mut app, 160, 48);
    for cell in buf.content.iter() {
        assert!(matches!(cell.fg, Color::Reset) && matches!(cell.bg, Color::Reset));
    }
    let text = to_text(&buf);
    for mark in ["◇ Senior Officials", "○ Training", "○ Cancel"] {
        assert!(text.contains(mark), "{mark}:\n{text}");
    }
    let (x, y) = at(&buf, "◇ Senior");
    assert!(
        buf[(x + 2, y)].modifier.contains(Modifier::ITALIC),
        "planned: italic"
    );
}
