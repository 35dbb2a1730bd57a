//! Whole screens on ratatui's TestBackend, as insta snapshots. Each snapshot was read line by
//! line when accepted; the assertions beside them state what the reader checked, so a change
//! that breaks those facts fails even if someone accepts a new snapshot blindly.

mod common;

use cica_dash::{app::App, dataset::Dataset, text::width};
use common::*;

#[test]
fn dashboard_160x48_shows_the_four_panes() {
    let text = screen(&mut bundled_app(), "", 160, 48);
    for title in ["1 Agenda", "2 Decisions", "3 Statements", "4 Calendar"] {
        assert!(text.contains(title), "{title} missing");
    }
    for fact in [
        "Turkmenistan",
        "Shringla",
        "Think Tank Forum",
        "Council of Eminent Persons",
        "Undated (11)",
    ] {
        assert!(text.contains(fact), "{fact} missing");
    }
    insta::assert_snapshot!("dashboard_160x48", text);
}

#[test]
fn dashboard_80x24_uses_tabs() {
    let text = screen(&mut bundled_app(), "", 80, 24);
    let tab_bar = text.lines().nth(2).unwrap();
    assert!(
        tab_bar.contains("1 Agenda") && tab_bar.contains("4 Calendar"),
        "{tab_bar}"
    );
    assert!(
        !text.contains("2 Decisions 1/6"),
        "only the focused pane is drawn"
    );
    insta::assert_snapshot!("dashboard_80x24", text);
}

#[test]
fn statements_tab_80x24() {
    let text = screen(&mut bundled_app(), "3G", 80, 24);
    let voronkov = text
        .lines()
        .find(|l| l.contains("Vladimir Voronkov"))
        .expect("the last statement is on screen");
    assert!(
        voronkov.contains("United Nations") && voronkov.contains("[video]"),
        "{voronkov}"
    );
    assert!(
        text.contains("“When Member States seat at common table"),
        "quotes are in quotation marks"
    );
    insta::assert_snapshot!("statements_80x24", text);
}

#[test]
fn calendar_tab_80x24() {
    let text = screen(&mut bundled_app(), "4", 80, 24);
    assert!(
        text.contains("Mo Tu We Th Fr Sa Su"),
        "Monday-first by default"
    );
    assert!(text.contains("Wed 23 June 2021"));
    insta::assert_snapshot!("calendar_80x24", text);
}

#[test]
fn help_overlay() {
    let text = screen(&mut bundled_app(), "?", 100, 40);
    assert!(text.contains(" Keys "));
    assert!(text.contains("focus the next pane"));
    assert!(text.contains(" 1–30/"), "the help says where it is: {text}");
    assert!(text.contains("T                 timeline: every meeting and event"));
    insta::assert_snapshot!("help_100x40", text);
}

#[test]
fn detail_popup_of_the_coordinators_decision() {
    let text = screen(&mut bundled_app(), "2jj<Enter>", 120, 40);
    assert!(text.contains("Assignments"));
    assert!(text.contains("Jordan (JOR): co-coordinator"));
    insta::assert_snapshot!("detail_decision_120x40", text);
}

#[test]
fn filtered_statements_160x48() {
    let text = screen(&mut bundled_app(), "jjjjjf", 160, 48);
    assert!(text.contains("FILTER"));
    assert!(text.contains("No decisions under"));
    insta::assert_snapshot!("filtered_160x48", text);
}

#[test]
fn empty_data_set_has_designed_empty_states() {
    let mut app = App::new(Dataset::default(), settings());
    let text = screen(&mut app, "", 120, 30);
    assert!(text.contains("No meetings loaded"));
    insta::assert_snapshot!("empty_120x30", text);
}

#[test]
fn too_small_terminal() {
    let text = screen(&mut bundled_app(), "", 39, 11);
    assert!(text.contains("terminal too small"));
    assert!(text.contains("need 40×12"));
    assert!(text.contains("q quits; other keys wait"), "{text}");
    // A one-row terminal shows the first line.
    let text = screen(&mut bundled_app(), "", 30, 1);
    assert_eq!(text.trim(), "terminal too small");
    let text = screen(&mut bundled_app(), "", 40, 12);
    assert!(!text.contains("terminal too small"), "40×12 is enough");
}

#[test]
fn every_small_size_draws_without_panic() {
    let mut app = bundled_app();
    for w in [1u16, 2, 10, 39, 40, 41, 60, 99, 100, 101] {
        for h in [1u16, 2, 5, 11, 12, 13, 20] {
            for keys in ["", "?", "2<Enter>", "4<Enter>", "m"] {
                let mut a = app.clone();
                screen(&mut a, keys, w, h);
            }
        }
    }
    screen(&mut app, "", 1000, 3);
}

/// Names in Cyrillic, Chinese and Arabic, and a long CJK title: every pane stays inside its
/// borders and cuts between characters, never through one.
const MULTILINGUAL: &[(&str, &str)] = &[
    (
        "p.toml",
        "[[participant]]\ncode = \"KAZ\"\nname = \"Казахстан\"\nkind = \"state\"\n\n[[participant]]\ncode = \"CHN\"\nname = \"中华人民共和国\"\nkind = \"state\"\n\n[[participant]]\ncode = \"IRN\"\nname = \"ایران\"\nkind = \"state\"\n",
    ),
    (
        "m.toml",
        concat!(
            "[meeting]\nid = \"m\"\ntitle = \"Совещание старших должностных лиц СВМДА — 第二次高官会议\"\nbody = \"Комитет старших должностных лиц\"\ndate = 2021-06-23\nchair = \"Шахрат Нурышев\"\n\n",
            "[[agenda]]\nid = \"a\"\ntitle = \"亚洲在国际事务中日益增长的作用以及亚信会议的相应调整亚洲在国际事务中日益增长的作用\"\nkind = \"专题讨论\"\n\n",
            "[[decision]]\nagenda = \"a\"\naction = \"一致通过\"\nsubject = \"关于土库曼斯坦获得亚信观察员地位的决定关于土库曼斯坦获得亚信观察员地位的决定\"\nparticipants = [\"CHN\"]\n\n",
            "[[statement]]\nspeaker = \"张红建\"\nparticipant = \"CHN\"\nagenda = \"a\"\nquote = \"亚信应努力促进贸易和投资便利化，深化区域经济合作，加强各国经济复苏领域的合作。亚信应努力促进贸易和投资便利化\"\n\n",
            "[[statement]]\nspeaker = \"رضا نجفی\"\nparticipant = \"IRN\"\nagenda = \"a\"\nsummary = \"بر اهمیت سیکا در سیاست خارجی ایران تأکید کرد و به ضرورت تحول ساختاری سیکا اشاره کرد\"\n\n",
            "[[statement]]\nspeaker = \"Шахрат Нурышев\"\nparticipant = \"KAZ\"\nsummary = \"Подчеркнул значительную активизацию деятельности в рамках СВМДА и упомянул успешные мероприятия\"\n",
        ),
    ),
];

#[test]
fn multilingual_names_fit_their_panes() {
    for (w, h, keys) in [
        (80u16, 24u16, "3"),
        (160, 48, ""),
        (100, 30, "2<Enter>"),
        (81, 24, "1<Enter>"),
        (60, 14, "3"),
    ] {
        let text = screen(&mut app_from(MULTILINGUAL), keys, w, h);
        // `screen` already checks that no line is wider than the terminal; a wide character cut
        // in half would leave a stray half cell, which `to_text` cannot produce, so check that
        // every right border sits in the last column of a 2x2 grid or tab pane.
        for line in text.lines().skip(3).take(usize::from(h) - 5) {
            let last = line.chars().last().unwrap_or(' ');
            assert!(
                matches!(last, '┃' | '│' | '┓' | '╮' | '┛' | '╯'),
                "the right border is in place at {w}x{h}: {line:?}"
            );
            assert_eq!(width(line), usize::from(w), "{line:?}");
        }
        if keys == "3" {
            assert!(text.contains("张红建 · 中华人民共和国"));
            // Drawn in visual order, each run in its own cells: the name (رضا نجفی) and the
            // state (ایران) each read right to left, and stay on either side of the `·`.
            assert!(text.contains("یفجن اضر · ناریا"), "{text}");
            // The summary's first words (بر اهمیت) at the right, where its reader starts.
            assert!(text.contains("تیمها رب"), "{text}");
        }
        if (w, keys) == (80, "3") {
            // The three statements fit with lines to spare: every summary wraps in full, the
            // Persian one over two lines ending in its last words (اشاره کرد), nothing cut.
            assert!(text.contains("┃  درک هراشا "), "{text}");
            assert!(text.contains("تیمها رب   ┃"), "{text}");
            let pane: Vec<&str> = text.lines().skip(4).take(18).collect();
            assert!(pane.iter().all(|l| !l.contains('…')), "{text}");
            insta::assert_snapshot!("multilingual_statements_80x24", text);
        }
        if (w, keys) == (60, "3") {
            // Too few lines to wrap: one line each, the Persian summary cut on the left,
            // where its reader stops.
            assert!(text.contains("┃  …"), "{text}");
            assert!(text.contains("تیمها رب┃"), "{text}");
        }
    }
}

#[test]
fn a_popup_over_chinese_text_keeps_its_left_border() {
    let mut meeting = String::from(
        "[meeting]\nid = \"m\"\ntitle = \"高官会议\"\nbody = \"高官委员会\"\ndate = 2021-06-23\n",
    );
    for i in 0..20 {
        meeting.push_str(&format!(
            "[[agenda]]\nid = \"a{i}\"\ntitle = \"上海合作组织第二次高官会议上海合作组织第二次高官会议上海合作组织\"\n"
        ));
    }
    // Odd and even widths put the popup's left border under either half of a wide character.
    for w in [81, 82, 101, 120] {
        let mut app = app_from(&[("m.toml", meeting.as_str())]);
        let text = screen(&mut app, "?", w, 24);
        let popup = cica_dash::view::layout::big_popup(ratatui::layout::Rect::new(0, 0, w, 24));
        let rows = text.lines().enumerate().skip(usize::from(popup.y));
        for (row, line) in rows.take(usize::from(popup.height)) {
            // The character that starts at the popup's left column, counting cells.
            let mut x = 0;
            let mut at_border = None;
            for c in line.chars() {
                if x == usize::from(popup.x) {
                    at_border = Some(c);
                }
                x += width(&c.to_string());
            }
            assert!(
                matches!(at_border, Some('┃' | '┏' | '┗')),
                "width {w}, row {row}: the left border is covered: {line:?}"
            );
        }
    }
}

#[test]
fn long_decision_verbs_get_their_width_and_counts_agree_with_their_number() {
    let meeting = "[meeting]\nid = \"m\"\ntitle = \"T\"\nbody = \"B\"\ndate = 2021-06-23\n\
        [[participant]]\ncode = \"KAZ\"\nname = \"Kazakhstan\"\nkind = \"state\"\n\
        [[decision]]\naction = \"welcomed and took note of\"\nsubject = \"The report\"\n\
        [[decision.assignments]]\nparticipant = \"KAZ\"\nrole = \"coordinator\"\narea = \"Energy\"\n";
    let mut app = app_from(&[("m.toml", meeting)]);
    let wide = screen(&mut app, "2", 160, 48);
    assert!(
        wide.contains("welcomed and took note of The report"),
        "{wide}"
    );
    assert!(
        wide.contains("1 assignment") && !wide.contains("1 assignments"),
        "{wide}"
    );
    let narrow = screen(&mut app, "", 100, 30);
    assert!(
        narrow.contains("welcomed and to… The report"),
        "a third of the row at most: {narrow}"
    );
}

#[test]
fn the_header_keeps_body_date_and_status_when_the_place_is_long() {
    let meeting = "[meeting]\nid = \"m\"\ntitle = \"Ministerial Council\"\nbody = \"Council of Ministers of Foreign Affairs\"\n\
        date = 2021-10-12\nstatus = \"held\"\nplace = \"Nur-Sultan, Palace of Independence, Hall of the Republic, second floor\"\n\
        format = \"hybrid\"\nchair = \"Mukhtar Tileuberdi\"\n";
    let mut app = app_from(&[("m.toml", meeting)]);
    for w in [80, 60, 40] {
        let text = screen(&mut app, "", w, 24);
        let facts = text.lines().nth(1).unwrap();
        assert!(facts.contains("Tue 12 Oct 2021 · held"), "{w}: {facts}");
        assert!(facts.starts_with(" Council"), "{w}: {facts}");
    }
    let wide = screen(&mut app, "", 200, 30);
    assert!(
        wide.contains("· held · Nur-Sultan, Palace of Independence"),
        "{wide}"
    );
    assert!(
        wide.contains("hybrid · Chair: Mukhtar Tileuberdi"),
        "{wide}"
    );
}
