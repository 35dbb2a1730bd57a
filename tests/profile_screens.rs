//! The profiles and their picker as whole screens (insta snapshots at 80×24 and 160×48),
//! on the three meetings of `tests/fixtures/profiles`, with what was read in them stated as
//! assertions.

mod common;

use common::screen;

fn fixture_app() -> cica_dash::app::App {
    common::app_in("tests/fixtures/profiles")
}

#[test]
fn russia_s_profile_160x48() {
    let text = screen(&mut fixture_app(), "cRUS<Enter>", 160, 48);
    for fact in [
        "Participant · Russia (RUS)",
        "state · member since 1999",
        "History: observer 1996 – 1999, then member from",
        "Российская",
        "Statements (7)",
        "2019-05-14  Наталья Степкина: Spoke on the coordinators, in Russian.",
        "Decisions about it (3)",
        "Events organised (3)",
        "undated     Workshop, date unknown",
        "Roles held (4)",
        "co-coordinator — Transport · 2020 – 2023 · decision of Fri 20 Mar 2020",
        "Chairmanship terms (1)",
        "2019 – Jun 2020 · 2 meetings held under it",
        "Meetings chaired outside any recorded term (1)",
        "2021-06-23  SOC after the term",
    ] {
        assert!(text.contains(fact), "{fact} missing:\n{text}");
    }
    let cursor = text.lines().find(|l| l.contains('▌')).unwrap();
    assert!(
        cursor.contains("Opened for Russia."),
        "the first statement is selected: {cursor}"
    );
    insta::assert_snapshot!("profile_russia_160x48", text);
}

#[test]
fn russia_s_profile_80x24() {
    let text = screen(&mut fixture_app(), "cRUS<Enter>", 80, 24);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].contains("Russia (RUS)"), "{}", lines[0]);
    assert!(
        text.contains("Notes: Joined as an observer, then became a member."),
        "the whole identity fits in a third of the screen:\n{text}"
    );
    assert!(
        lines[6].starts_with(" Notes:"),
        "five lines of identity: {}",
        lines[6]
    );
    assert_eq!(lines[7].trim(), "─".repeat(78), "a rule under it");
    assert!(lines[8].contains("Statements (7)"), "{}", lines[8]);
    assert!(lines[9].contains("▌ 2019-05-14  Natalya Stepkina: Opened for Russia."));
    assert!(
        lines[23].contains("Enter open") && lines[23].contains("Esc close"),
        "{}",
        lines[23]
    );
    insta::assert_snapshot!("profile_russia_80x24", text);
}

#[test]
fn a_short_screen_cuts_the_identity_and_says_where_the_rest_is() {
    let text = screen(&mut fixture_app(), "cRUS<Enter>", 80, 16);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[5].trim(), "… i shows the whole record", "{text}");
    assert!(lines[7].contains("Statements (7)"), "{text}");
    let full = screen(&mut fixture_app(), "cRUS<Enter>iG", 80, 16);
    assert!(
        full.contains("┏ Participant"),
        "i opens the record:\n{full}"
    );
    assert!(
        full.contains("Joined as an observer"),
        "scrolled to its end:\n{full}"
    );
}

#[test]
fn a_person_s_profile_80x24_and_160x48() {
    // The 2019 meeting's second statement is under a Cyrillic alias: Enter, then Enter on
    // the speaker.
    let keys = "[[3j<Enter><Enter>";
    let narrow = screen(&mut fixture_app(), keys, 80, 24);
    assert!(
        narrow
            .lines()
            .next()
            .unwrap()
            .contains("Person · Natalya Stepkina")
    );
    for fact in [
        "For: Russia (RUS)",
        "• Natalya Stepkina · canonical · 1 statement",
        "• Наталья Степкина · 1 statement",
        "• N. Stepkina · 1 statement",
        "Represents (1)",
        "Statements (3)",
        "2019-05-14  as Наталья Степкина: Spoke on the coordinators, in Russian.",
        "2021-06-23  as N. Stepkina: Abbreviated spelling.",
    ] {
        assert!(narrow.contains(fact), "{fact} missing:\n{narrow}");
    }
    insta::assert_snapshot!("profile_person_80x24", narrow);
    let wide = screen(&mut fixture_app(), keys, 160, 48);
    assert!(
        wide.contains("│   Statements (3)"),
        "the list beside the identity:\n{wide}"
    );
    insta::assert_snapshot!("profile_person_160x48", wide);
}

#[test]
fn the_picker_80x24() {
    let text = screen(&mut fixture_app(), "cрос", 80, 24);
    assert!(text.contains("Profile of…"));
    assert!(text.contains("› рос▏"));
    assert!(text.contains("1 of 4"), "{text}");
    assert!(text.contains("Russia"));
    assert!(!text.contains("Kazakhstan"), "{text}");
    insta::assert_snapshot!("profile_picker_80x24", text);
}
