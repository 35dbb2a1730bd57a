//! `v` and the keys of each view: days, weeks, months, years, the ends of the month, week or
//! year, today, and the jumps to the next and previous day with entries.

use chrono::Weekday;
use cica_dash::calendar::CalView;
use cica_dash::render::to_text;

use super::{app, app_with, day, press, screen};

#[test]
fn v_cycles_month_week_year_and_back() {
    let mut app = app();
    press(&mut app, "4");
    assert_eq!(app.dashboard().calendar_view(), CalView::Month);
    let title = |app: &mut cica_dash::app::App, keys: &str| {
        let text = to_text(&screen(app, keys, 80, 24));
        text.lines().nth(3).unwrap().to_owned()
    };
    // The dashboard opens on the latest meeting before today: the council of 12 November.
    assert!(title(&mut app, "").contains("Calendar Nov 2024"));
    assert!(title(&mut app, "v").contains("Calendar week 11–17 Nov 2024"));
    assert_eq!(app.dashboard().calendar_view(), CalView::Week);
    assert!(title(&mut app, "v").contains("Calendar year 2024"));
    assert!(title(&mut app, "v").contains("Calendar Nov 2024"));
    assert_eq!(app.dashboard().day(), day("2024-11-12"), "the day stays");
}

#[test]
fn g_and_capital_g_go_to_the_ends_of_what_is_shown() {
    let mut app = app();
    press(&mut app, "4:2024-11-13<Enter>");
    press(&mut app, "g");
    assert_eq!(
        app.dashboard().day(),
        day("2024-11-01"),
        "month: its first day"
    );
    press(&mut app, "G");
    assert_eq!(app.dashboard().day(), day("2024-11-30"));
    press(&mut app, ":2024-11-13<Enter>vg");
    assert_eq!(app.dashboard().day(), day("2024-11-11"), "week: its Monday");
    press(&mut app, "G");
    assert_eq!(app.dashboard().day(), day("2024-11-17"), "…and its Sunday");
    press(&mut app, "vg");
    assert_eq!(app.dashboard().day(), day("2024-01-01"), "year: 1 January");
    press(&mut app, "G");
    assert_eq!(app.dashboard().day(), day("2024-12-31"));
}

#[test]
fn days_weeks_months_years_and_today() {
    let mut app = app();
    press(&mut app, "4:2024-01-31<Enter>");
    press(&mut app, "l");
    assert_eq!(app.dashboard().day(), day("2024-02-01"));
    press(&mut app, "hj");
    assert_eq!(app.dashboard().day(), day("2024-02-07"));
    press(&mut app, "k");
    assert_eq!(app.dashboard().day(), day("2024-01-31"));
    press(&mut app, "L");
    assert_eq!(
        app.dashboard().day(),
        day("2024-02-29"),
        "31 January + a month"
    );
    press(&mut app, ")");
    assert_eq!(
        app.dashboard().day(),
        day("2025-02-28"),
        "+ a year: no 29 February"
    );
    press(&mut app, "((");
    assert_eq!(app.dashboard().day(), day("2023-02-28"));
    press(&mut app, "t");
    assert_eq!(app.dashboard().day(), day(super::TODAY));
}

#[test]
fn busy_day_jumps_skip_empty_days_and_say_when_there_is_none() {
    let mut app = app();
    press(&mut app, "4:2024-11-15<Enter>}");
    assert_eq!(
        app.dashboard().day(),
        day("2024-11-17"),
        "Saturday 16 is empty"
    );
    press(&mut app, "}");
    assert_eq!(app.dashboard().day(), day("2024-11-18"));
    press(&mut app, "}");
    assert_eq!(
        app.dashboard().day(),
        day("2024-11-26"),
        "the cancelled seminar"
    );
    press(&mut app, "{{{{");
    assert_eq!(app.dashboard().day(), day("2024-11-14"));
    // From the last busy day on there is none later.
    press(&mut app, ":2024-12-17<Enter>}");
    assert_eq!(app.dashboard().day(), day("2024-12-17"));
    assert_eq!(app.notice(), Some("no later day with entries"));
    press(&mut app, ":2024-03-05<Enter>{");
    assert_eq!(app.dashboard().day(), day("2024-03-05"));
    assert_eq!(app.notice(), Some("no earlier day with entries"));
    // March: the 5th, 12th, 19th and 26th in turn.
    press(&mut app, "}}}");
    assert_eq!(app.dashboard().day(), day("2024-03-26"));
}

#[test]
fn the_week_starts_on_the_day_configured() {
    let mut app = app_with(super::TODAY, Weekday::Sun);
    let text = to_text(&screen(&mut app, "4:2024-11-13<Enter>v", 80, 24));
    assert!(text.contains("Calendar week 10–16 Nov 2024"), "{text}");
    let head = text.lines().nth(4).unwrap();
    assert!(
        head.trim_start_matches('┃').starts_with("Su 10 Nov"),
        "{head}"
    );
    press(&mut app, "g");
    assert_eq!(app.dashboard().day(), day("2024-11-10"));
    let text = to_text(&screen(&mut app, "vv", 80, 24));
    assert!(
        text.contains("Su Mo Tu We Th Fr Sa"),
        "the month's too:\n{text}"
    );
}
