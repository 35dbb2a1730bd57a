//! `:` and a date: what is accepted (the data files' three precisions, leniently), what each
//! mistake is told, and the input line through keys.

use cica_dash::calendar::goto::parse;
use cica_dash::render::to_text;
use rstest::rstest;

use super::{app, day, press, screen};

#[rstest]
#[case("2021-06-23", "2021-06-23")]
#[case("2021-06", "2021-06")]
#[case("2021", "2021")]
#[case(" 2021-06 ", "2021-06")]
#[case("2021-6-3", "2021-06-03")]
#[case("2024-02-29", "2024-02-29")]
fn dates_that_are_taken(#[case] typed: &str, #[case] want: &str) {
    assert_eq!(parse(typed).map(|d| d.to_string()), Ok(want.to_owned()));
}

#[rstest]
#[case("", "type 2021-06-23, 2021-06 or 2021")]
#[case("21-06-23", "the year has four digits (2021), not `21`")]
#[case("2021-13", "there is no month 13: months run from 01 to 12")]
#[case("2021-00", "there is no month 0: months run from 01 to 12")]
#[case("2021-02-30", "February 2021 has 28 days, not 30")]
#[case("2023-02-29", "February 2023 has 28 days, not 29")]
#[case("2021-04-31", "April 2021 has 30 days, not 31")]
#[case("2021-06-00", "June 2021 has 30 days, not 0")]
#[case("2021-123", "the month has two digits (06), not `123`")]
#[case("2021-06-", "the day has two digits (23), not ``")]
#[case(
    "2021/06",
    "`/` cannot be in a date: use digits and -, as in 2021-06-23"
)]
#[case("june", "`j` cannot be in a date: use digits and -, as in 2021-06-23")]
#[case(
    "2021-06-23-1",
    "too many parts: a date is 2021-06-23, 2021-06 or 2021"
)]
fn mistakes_say_what_is_wrong(#[case] typed: &str, #[case] why: &str) {
    assert_eq!(parse(typed), Err(why.to_owned()));
}

#[test]
fn the_line_goes_to_a_day_a_month_or_a_year() {
    let mut app = app();
    press(&mut app, "4:2024-03-12<Enter>");
    assert_eq!(app.dashboard().day(), day("2024-03-12"));
    assert!(
        app.dashboard().date_input().is_none(),
        "Enter closes the line"
    );
    press(&mut app, ":2021-06<Enter>");
    assert_eq!(
        app.dashboard().day(),
        day("2021-06-01"),
        "a month: its first day"
    );
    press(&mut app, ":2019<Enter>");
    assert_eq!(
        app.dashboard().day(),
        day("2019-01-01"),
        "a year: its first day"
    );
}

#[test]
fn a_mistake_stays_on_the_line_until_it_is_fixed_and_esc_cancels() {
    let mut app = app();
    let before = app.dashboard().day();
    let buf = screen(&mut app, "4:2024-02-30<Enter>", 80, 24);
    let text = to_text(&buf);
    let line = text
        .lines()
        .find(|l| l.contains("Go to 2024-02-30"))
        .unwrap_or_else(|| panic!("the line shows what was typed:\n{text}"));
    assert!(line.contains("February 2024 has 29 days, not 30"), "{line}");
    assert_eq!(app.dashboard().day(), before, "a mistake goes nowhere");
    // Backspace drops the message with the character; typing goes on.
    press(&mut app, "<BS><BS>28");
    assert_eq!(app.dashboard().date_input().unwrap().text, "2024-02-28");
    assert_eq!(app.dashboard().date_input().unwrap().error, None);
    press(&mut app, "<Enter>");
    assert_eq!(app.dashboard().day(), day("2024-02-28"));
    // Letters are typed into the line, not taken as keys: `q` does not quit, `v` no view.
    press(&mut app, ":qv<Esc>");
    assert!(app.dashboard().date_input().is_none());
    assert_eq!(app.dashboard().day(), day("2024-02-28"), "Esc goes nowhere");
    assert_eq!(
        app.dashboard().calendar_view(),
        cica_dash::calendar::CalView::Month
    );
}

#[test]
fn the_footer_names_the_line_s_keys() {
    let mut app = app();
    let text = to_text(&screen(&mut app, "4:", 100, 30));
    let footer = text.lines().last().unwrap();
    assert!(
        footer.contains("Enter go") && footer.contains("Esc cancel"),
        "{footer}"
    );
    assert!(text.contains("type 2021-06-23, 2021-06 or 2021"), "{text}");
}
