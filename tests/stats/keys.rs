//! The statistics screen through the keymap and `update`: opening and leaving it, switching
//! charts, narrowing the years with `[` `]` `{` `}` and by typing them, narrowing to a
//! participant through the picker (and from the lens), scrolling, clicks, and a reload.

use cica_dash::app::stats::StatsState;
use cica_dash::app::{Action, App, Overlay, PickFor, Screen, update};
use cica_dash::dataset::stats::{Scope, Tally};
use cica_dash::keys;
use cica_dash::render::feed;
use cica_dash::view::stats::{self as geo, Chart};

use super::FIXTURE;
use super::common::app_in;
use super::files::texts;

fn press(app: &mut App, k: &str) {
    feed(app, &keys::parse(k).unwrap());
}

fn stats(app: &App) -> &StatsState {
    match app.screen() {
        Screen::Statistics(s) => s,
        other => panic!("not on the statistics screen: {other:?}"),
    }
}

/// The fixture at 80×24.
fn app() -> App {
    let mut app = app_in(FIXTURE);
    update(
        &mut app,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    app
}

fn participant(app: &App) -> Option<&str> {
    stats(app).participant.as_ref().map(|(_, c)| c.as_str())
}

#[test]
fn s_opens_every_year_for_everyone_and_esc_returns_to_the_dashboard_as_it_was() {
    let mut app = app();
    press(&mut app, "2j");
    let before = app.dashboard().clone();
    press(&mut app, "S");
    let s = stats(&app);
    assert_eq!(
        (s.chart, s.years, &s.participant),
        (Chart::Statements, None, &None)
    );
    let data = app.data();
    assert_eq!(s.counts, data.tally().counts(data, None));
    assert_eq!(s.counts.totals.statements, data.statement_count() as u32);
    press(&mut app, "<Esc>");
    assert!(matches!(app.screen(), Screen::Dashboard));
    assert_eq!(app.dashboard(), &before, "the dashboard kept its place");
    for close in ["q", "S"] {
        press(&mut app, "S");
        press(&mut app, close);
        assert!(matches!(app.screen(), Screen::Dashboard), "{close}");
    }
}

#[test]
fn tab_and_digits_switch_charts_and_start_them_at_the_top() {
    let mut app = app();
    press(&mut app, "S");
    let mut seen = Vec::new();
    for _ in 0..4 {
        seen.push(stats(&app).chart);
        press(&mut app, "<Tab>");
    }
    assert_eq!(seen, Chart::ALL, "Tab goes through them in order");
    assert_eq!(stats(&app).chart, Chart::Statements, "and round again");
    press(&mut app, "<S-Tab>");
    assert_eq!(stats(&app).chart, Chart::Organisers);
    for (key, chart) in ["1", "2", "3", "4"].into_iter().zip(Chart::ALL) {
        press(&mut app, "1j");
        press(&mut app, key);
        assert_eq!(stats(&app).chart, chart, "{key}");
        assert_eq!(stats(&app).scroll, 0);
    }
}

#[test]
fn the_bars_scroll_within_their_rows() {
    let mut app = app();
    press(&mut app, "S");
    let rows = stats(&app).counts.statements.len();
    let height = geo::geometry(app.screen_area()).bars.height;
    let shown = geo::shown(rows, height);
    assert!(shown < rows, "the fixture's 19 rows overflow 80×24");
    press(&mut app, "jj");
    assert_eq!(stats(&app).scroll, 2);
    press(&mut app, "G");
    assert_eq!(stats(&app).scroll, rows - shown, "the last page is full");
    press(&mut app, "jj<PageDown>");
    assert_eq!(stats(&app).scroll, rows - shown, "never past it");
    press(&mut app, "<PageUp>");
    assert_eq!(stats(&app).scroll, (rows - shown).saturating_sub(shown));
    press(&mut app, "g");
    assert_eq!(stats(&app).scroll, 0);
    press(&mut app, "kk");
    assert_eq!(stats(&app).scroll, 0);
}

#[test]
fn brackets_narrow_the_years_and_stop_at_the_data() {
    let mut app = app();
    press(&mut app, "S[");
    assert_eq!(stats(&app).years, None);
    assert_eq!(app.notice(), Some("the data starts in 2017"));
    press(&mut app, "]]");
    assert_eq!(stats(&app).years, Some((2019, 2024)));
    press(&mut app, "{{{");
    assert_eq!(stats(&app).years, Some((2019, 2021)));
    let data = app.data();
    assert_eq!(
        stats(&app).counts,
        data.tally().counts(data, Some((2019, 2021)))
    );
    press(&mut app, "}}}}");
    assert_eq!(stats(&app).years, Some((2019, 2024)));
    assert_eq!(app.notice(), Some("the data ends in 2024"));
    press(&mut app, "]]]]]");
    assert_eq!(stats(&app).years, Some((2024, 2024)));
    press(&mut app, "]");
    assert_eq!(app.notice(), Some("the range is one year: 2024"));
    press(&mut app, "[[[[[[[");
    assert_eq!(stats(&app).years, None, "the whole span again: every year");
}

#[test]
fn a_typed_range_applies_on_enter_and_a_wrong_one_says_why() {
    let mut app = app();
    press(&mut app, "Sy2018-2020");
    assert_eq!(stats(&app).typed.as_deref(), Some("2018-2020"));
    assert_eq!(
        stats(&app).chart,
        Chart::Statements,
        "digits type, not switch"
    );
    press(&mut app, "<Enter>");
    assert_eq!(stats(&app).typed, None);
    assert_eq!(stats(&app).years, Some((2018, 2020)));
    press(&mut app, "y2021-<Enter>");
    assert_eq!(stats(&app).years, Some((2021, 2024)));
    press(&mut app, "y-2019<Enter>");
    assert_eq!(stats(&app).years, Some((2017, 2019)));
    press(&mut app, "y2000-2030<Enter>");
    assert_eq!(stats(&app).years, None, "wider than the data: every year");
    press(&mut app, "y1990-1999<Enter>");
    assert_eq!(
        app.notice(),
        Some("no data in 1990–1999: it spans 2017–2024")
    );
    press(&mut app, "y2020-2018<Enter>");
    assert!(
        app.notice()
            .unwrap()
            .starts_with("not a year range: 2020-2018")
    );
    press(&mut app, "y2019<Enter>");
    assert_eq!(stats(&app).years, Some((2019, 2019)));
    press(&mut app, "y20<BS><BS>2022<Esc>");
    assert_eq!(stats(&app).typed, None, "Esc drops the range typed");
    assert_eq!(stats(&app).years, Some((2019, 2019)), "and keeps the last");
    assert!(
        matches!(app.screen(), Screen::Statistics(_)),
        "without leaving"
    );
    press(&mut app, "y<Enter>");
    assert_eq!(stats(&app).years, None, "nothing typed: every year");
}

#[test]
fn p_narrows_to_a_participant_picked_by_name_and_a_widens_again() {
    let mut app = app();
    press(&mut app, "Sy2019-<Enter>p");
    match app.overlay() {
        Some(Overlay::ProfilePicker(p)) => assert_eq!(p.purpose, PickFor::Statistics),
        other => panic!("no picker: {other:?}"),
    }
    press(&mut app, "рос<Enter>");
    assert!(app.overlay().is_none());
    assert_eq!(participant(&app), Some("RUS"), "found by its Cyrillic name");
    let data = app.data();
    let rus = data.participant_index["RUS"];
    let own = Tally::build(data, Scope::Participant(rus)).counts(data, Some((2019, 2024)));
    assert_eq!(stats(&app).counts, own, "its items in the years chosen");
    press(&mut app, "p");
    match app.overlay() {
        Some(Overlay::ProfilePicker(p)) => assert_eq!(p.matches[p.cursor], rus),
        other => panic!("no picker: {other:?}"),
    }
    press(&mut app, "<Esc>");
    assert_eq!(participant(&app), Some("RUS"), "Esc leaves the choice");
    press(&mut app, "a");
    assert_eq!((stats(&app).years, participant(&app)), (None, None));
}

#[test]
fn the_lens_opens_the_statistics_narrowed_to_its_participant() {
    let mut app = app();
    press(&mut app, "c中华<Enter>l");
    assert_eq!(app.lens_name(), Some("中华人民共和国"));
    press(&mut app, "S");
    assert_eq!(participant(&app), Some("CHN"));
    let text = super::common::screen(&mut app, "", 80, 24);
    assert!(
        !text.contains("LENS"),
        "the dashboard's lens is not this screen's filter"
    );
    assert!(text.contains("Participant: 中华人民共和国 (CHN)"), "{text}");
}

#[test]
fn a_click_on_a_tab_shows_its_chart() {
    let mut app = app();
    press(&mut app, "S");
    let tabs = geo::geometry(app.screen_area()).tabs;
    for (chart, label, at) in geo::tabs(tabs.width) {
        press(&mut app, "1");
        let x = tabs.x + at + label.len() as u16 - 2;
        update(&mut app, Action::Click { x, y: tabs.y });
        assert_eq!(stats(&app).chart, chart, "{label}");
    }
}

#[test]
fn a_reload_recounts_and_follows_the_participant_by_code() {
    let mut app = app();
    press(&mut app, "Spجمهورية<Enter>");
    assert_eq!(participant(&app), Some("EGY"));
    let mut files = texts(FIXTURE);
    // A participant that sorts first moves every index; a new statement for Egypt counts.
    let (_, people) = files
        .iter_mut()
        .find(|(p, _)| p.ends_with("participants.toml"))
        .unwrap();
    people
        .push_str("\n[[participant]]\ncode = \"AFG\"\nname = \"Afghanistan\"\nkind = \"state\"\n");
    let (_, soc) = files
        .iter_mut()
        .find(|(p, _)| p.ends_with("soc-2021.toml"))
        .unwrap();
    soc.push_str("\n[[statement]]\nparticipant = \"EGY\"\nsummary = \"One more.\"\n");
    let before = stats(&app).counts.totals.statements;
    reload(&mut app, &files);
    assert_eq!(participant(&app), Some("EGY"));
    let (p, _) = stats(&app).participant.clone().unwrap();
    assert_eq!(
        app.data().participants[p].code,
        "EGY",
        "the index moved with it"
    );
    assert_eq!(stats(&app).counts.totals.statements, before + 1);
    // Egypt leaves the data: everyone is counted, and the screen says so.
    let block = "\n[[participant]]\ncode = \"EGY\"\nname = \"جمهورية مصر العربية\"\nkind = \"state\"\nstatus = \"member\"\n";
    let gone: Vec<(String, String)> = texts(FIXTURE)
        .into_iter()
        .map(|(p, t)| {
            assert!(!p.ends_with("participants.toml") || t.contains(block));
            (p, t.replace(block, "").replace("\"EGY\"", "\"IRQ\""))
        })
        .collect();
    reload(&mut app, &gone);
    assert_eq!(participant(&app), None);
    assert_eq!(
        app.notice(),
        Some("EGY is no longer in the data: counting everyone")
    );
}

fn reload(app: &mut App, files: &[(String, String)]) {
    let loaded = super::common::load_pairs(files);
    update(app, Action::Reloaded(Box::new(loaded)));
}
