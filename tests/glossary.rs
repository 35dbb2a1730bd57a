//! The glossary overlay through the keymap and `update`: `w` lists every term, typing filters,
//! `w` in a detail popup shows the terms the item's text uses (Tab: every term), Enter opens a
//! term, the mouse, a reload, and reviewed snapshots at 80×24 and 160×48.

mod common;

use cica_dash::app::glossary::GlossaryState;
use cica_dash::app::{Action, App, Overlay, Target, update};
use cica_dash::keys;
use cica_dash::render::feed;
use common::*;

fn press(app: &mut App, k: &str) {
    feed(app, &keys::parse(k).unwrap());
}

fn glossary(app: &App) -> &GlossaryState {
    match app.overlay() {
        Some(Overlay::Glossary(s)) => s,
        other => panic!("the glossary is not on top: {other:?}"),
    }
}

/// The terms shown, as written.
fn shown(app: &App) -> Vec<String> {
    glossary(app)
        .shown
        .iter()
        .map(|&t| app.data().glossary[t].term.clone())
        .collect()
}

/// A glossary with aliases in other scripts, and a meeting whose texts use some of them.
const DATA: &[(&str, &str)] = &[
    (
        "participants.toml",
        concat!(
            "[[participant]]\ncode = \"KAZ\"\nname = \"Казахстан\"\nkind = \"state\"\n\n",
            "[[glossary]]\nterm = \"CICA\"\nmeaning = \"Conference on Interaction and Confidence Building Measures in Asia\"\n",
            "aliases = [\"СВМДА\", \"亚信\"]\n\n",
            "[[glossary]]\nterm = \"SOC\"\nmeaning = \"Senior Officials Committee\"\n",
            "aliases = [\"CSO\", \"Committee of Senior Officials\"]\n\n",
            "[[glossary]]\nterm = \"CBM\"\nmeaning = \"Confidence Building Measures\"\naliases = [\"CBMs\"]\n\n",
            "[[glossary]]\nterm = \"SWG\"\nmeaning = \"Special Working Group\"\n",
        ),
    ),
    (
        "m.toml",
        concat!(
            "[meeting]\nid = \"m\"\ntitle = \"Совещание СВМДА\"\nbody = \"Senior Officials Committee\"\ndate = 2021-06-23\n\n",
            "[[decision]]\naction = \"adopted\"\nsubject = \"A catalogue of CBMs\"\n",
            "text = \"The committee of senior officials adopted it; the SOCIAL side is for later.\"\n\n",
            "[[statement]]\nspeaker = \"张红建\"\nparticipant = \"KAZ\"\nsummary = \"亚信会议很重要。\"\n\n",
            "[[statement]]\nspeaker = \"Somebody\"\nsummary = \"Spoke briefly about socks.\"\n",
        ),
    ),
];

#[test]
fn w_lists_every_term_and_typing_filters_them() {
    let mut app = app_from(DATA);
    press(&mut app, "w");
    assert_eq!(shown(&app), ["CICA", "SOC", "CBM", "SWG"]);
    // Meanings and aliases are searched too, in any case.
    press(&mut app, "working");
    assert_eq!(shown(&app), ["SWG"]);
    press(&mut app, "<C-u>свмда");
    assert_eq!(shown(&app), ["CICA"], "an alias in Cyrillic");
    press(&mut app, "<BS><BS><BS><BS><BS>cso");
    assert_eq!(shown(&app), ["SOC"]);
    press(&mut app, "<Enter>");
    assert_eq!(
        app.overlay(),
        Some(&Overlay::Detail {
            target: Target::Term(1),
            scroll: 0,
            link: Some(0)
        })
    );
    press(&mut app, "<Esc>");
    assert_eq!(shown(&app), ["SOC"], "back to the filtered glossary");
    press(&mut app, "<Esc>");
    assert_eq!(app.overlay(), None);
}

#[test]
fn w_in_a_detail_popup_shows_the_terms_its_item_uses() {
    let mut app = app_from(DATA);
    // The decision: "CBMs" (an alias of CBM) and "committee of senior officials" (an
    // alias of SOC, in another case); "SOCIAL" is not SOC.
    press(&mut app, "2<Enter>w");
    assert_eq!(shown(&app), ["SOC", "CBM"]);
    press(&mut app, "<Tab>");
    assert_eq!(
        shown(&app),
        ["CICA", "SOC", "CBM", "SWG"],
        "Tab: every term"
    );
    press(&mut app, "<Tab>");
    assert_eq!(shown(&app), ["SOC", "CBM"], "Tab again: the item's");
    press(&mut app, "<Esc><Esc>");
    // The statement's summary is Chinese: 亚信 (an alias of CICA) with no space around it.
    press(&mut app, "3<Enter>w");
    assert_eq!(shown(&app), ["CICA"]);
    // The meeting (i): its title uses СВМДА, its body is the meaning of SOC, not the term.
    press(&mut app, "<Esc><Esc>i");
    press(&mut app, "w");
    assert_eq!(shown(&app), ["CICA"]);
}

#[test]
fn an_item_without_terms_says_so() {
    let mut app = app_from(DATA);
    press(&mut app, "3j<Enter>w");
    assert!(shown(&app).is_empty(), "\"socks\" is not SOC");
    let text = screen(&mut app, "", 80, 24);
    assert!(
        text.contains("No glossary term appears in this item's text."),
        "{text}"
    );
    assert!(text.contains("terms used in this statement: 0"), "{text}");
}

#[test]
fn a_click_selects_a_term_and_a_second_click_opens_it() {
    let mut app = app_from(DATA);
    let text = screen(&mut app, "w", 100, 30);
    let y = text.lines().position(|l| l.contains("SWG")).unwrap();
    let line = text.lines().nth(y).unwrap();
    let x = cica_dash::text::width(&line[..line.find("SWG").unwrap()]);
    let (x, y) = (x as u16, y as u16);
    update(&mut app, Action::Click { x, y });
    assert_eq!(glossary(&app).cursor, 3);
    update(&mut app, Action::Click { x, y });
    assert_eq!(
        app.overlay(),
        Some(&Overlay::Detail {
            target: Target::Term(3),
            scroll: 0,
            link: Some(0)
        })
    );
}

#[test]
fn a_reload_finds_the_items_terms_again() {
    let mut app = app_from(DATA);
    press(&mut app, "2<Enter>w");
    assert_eq!(shown(&app), ["SOC", "CBM"]);
    let sources: Vec<cica_dash::load::Source> = DATA
        .iter()
        .map(|(p, t)| cica_dash::load::Source {
            path: p.to_string(),
            text: t.replace("A catalogue of CBMs", "A catalogue of SWG papers"),
        })
        .collect();
    let loaded = cica_dash::load::load_sources(&sources, Vec::new());
    update(&mut app, Action::Reloaded(Box::new(loaded)));
    assert_eq!(shown(&app), ["SOC", "SWG"]);
}

#[test]
fn glossary_80x24() {
    let mut app = bundled_app();
    let text = screen(&mut app, "w", 80, 24);
    assert!(text.contains(" Glossary "));
    assert!(text.contains("3 of 3 terms"));
    let soc = text.lines().find(|l| l.contains("┃SOC ")).unwrap();
    assert!(soc.contains("Senior Officials Committee"), "{soc}");
    // CICA's meaning wraps under itself, clear of the terms' column.
    assert!(text.contains("CICA  Conference on Interaction and Confidence Building"));
    assert!(text.contains("      Measures in Asia"));
    assert!(text.contains("MFA   Ministry of Foreign Affairs"));
    insta::assert_snapshot!("glossary_80x24", text);
}

#[test]
fn glossary_160x48_from_a_decision() {
    let mut app = bundled_app();
    // The List of coordinating countries: its text says "SOC" and "CICA", not "MFA".
    let text = screen(&mut app, "2jj<Enter>w", 160, 48);
    assert!(text.contains("terms used in this decision: 2"), "{text}");
    assert!(
        text.contains("CICA  Conference on Interaction and Confidence Building Measures in Asia")
    );
    assert!(text.contains("SOC   Senior Officials Committee"));
    assert!(!text.contains("Ministry of Foreign Affairs"));
    assert!(
        text.contains("Tab all/item"),
        "the popup says how to see every term"
    );
    insta::assert_snapshot!("glossary_160x48", text);
}
