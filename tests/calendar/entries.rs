//! The selected day's list: its cursor (J/K), Enter on an entry, on the day and in the day
//! menu, clicks, and its heading and entries on screen at every size of the 2×2 grid.

use cica_dash::app::{Action, Overlay, Pane, Target, update};
use cica_dash::calendar::CalView;
use cica_dash::dataset::ItemRef;
use cica_dash::render::{draw, to_text};

use super::{app, at, day, press, screen};

fn event(app: &cica_dash::app::App, id: &str) -> usize {
    app.data().events.iter().position(|e| e.id == id).unwrap()
}

fn meeting(app: &cica_dash::app::App, id: &str) -> usize {
    app.data().meetings.iter().position(|m| m.id == id).unwrap()
}

#[test]
fn j_and_k_move_through_the_day_s_entries_and_stop_at_the_ends() {
    let mut app = app();
    // 12 November: the council and the youth forum on the day, two entries of November
    // without a day, one of 2024 without a month, one undated event: six.
    press(&mut app, "4:2024-11-12<Enter>");
    assert_eq!(app.dashboard().entry(), 0, "the day itself at first");
    press(&mut app, "JJ");
    assert_eq!(app.dashboard().entry(), 2);
    press(&mut app, "JJJJJJJJ");
    assert_eq!(app.dashboard().entry(), 6);
    press(&mut app, "KKKKKKKKKK");
    assert_eq!(app.dashboard().entry(), 0);
    press(&mut app, "JJl");
    assert_eq!(
        app.dashboard().entry(),
        0,
        "another day starts at its heading"
    );
    press(&mut app, "h");
    assert_eq!(app.dashboard().entry(), 0, "…and so does coming back");
}

#[test]
fn enter_opens_the_selected_event() {
    let mut app = app();
    press(&mut app, "4:2024-11-12<Enter>JJ<Enter>");
    let forum = event(&app, "youth-forum");
    assert!(matches!(
        app.overlay(),
        Some(Overlay::Detail { target: Target::Item(ItemRef::Event(e)), .. }) if *e == forum
    ));
    press(&mut app, "<Esc>J<Enter>");
    let seminar = event(&app, "energy-seminar");
    assert!(
        matches!(
            app.overlay(),
            Some(Overlay::Detail { target: Target::Item(ItemRef::Event(e)), .. }) if *e == seminar
        ),
        "an entry of the month, under the day's: {:?}",
        app.overlay()
    );
}

#[test]
fn enter_on_a_meeting_s_day_offers_the_meeting_for_the_dashboard() {
    let mut app = app();
    let soc = meeting(&app, "soc-2024");
    assert_ne!(
        app.dashboard().meeting(),
        soc,
        "the dashboard shows the council"
    );
    let buf = screen(&mut app, "4:2024-11-28<Enter><Enter>", 100, 30);
    let Some(Overlay::DayMenu(menu)) = app.overlay() else {
        panic!("a menu: {:?}", app.overlay());
    };
    assert_eq!(
        (menu.day, menu.meetings.clone(), menu.cursor),
        (day("2024-11-28"), vec![soc], 0)
    );
    let text = to_text(&buf);
    // It is planned (after today): its mark is hollow here too.
    assert!(
        text.contains("Show ◇ Senior Officials Committee on the dashboard"),
        "{text}"
    );
    assert!(text.contains("The whole day in full"), "{text}");
    assert!(text.contains("Thursday 28 November 2024"), "{text}");
    press(&mut app, "<Enter>");
    assert_eq!(app.overlay(), None);
    assert_eq!(app.dashboard().meeting(), soc);
    assert_eq!(app.dashboard().focus(), Pane::Agenda);
    assert_eq!(app.notice(), Some("showing Senior Officials Committee"));
}

#[test]
fn the_day_menu_also_opens_the_whole_day_and_esc_leaves_it() {
    let mut app = app();
    press(&mut app, "4:2024-11-28<Enter><Enter>j<Enter>");
    assert!(matches!(
        app.overlay(),
        Some(Overlay::Detail { target: Target::Day(d), .. }) if *d == day("2024-11-28")
    ));
    press(&mut app, "<Esc><Enter><Esc>");
    assert_eq!(app.overlay(), None);
    assert_eq!(
        app.dashboard().focus(),
        Pane::Calendar,
        "Esc stays in the calendar"
    );
    // The entry itself, selected, offers the same.
    press(&mut app, "J<Enter>");
    assert!(matches!(app.overlay(), Some(Overlay::DayMenu(_))));
}

#[test]
fn the_meeting_on_the_dashboard_opens_in_full_and_its_day_as_before() {
    let mut app = app();
    let council = meeting(&app, "mc-2024");
    assert_eq!(app.dashboard().meeting(), council);
    press(&mut app, "4:2024-11-12<Enter><Enter>");
    assert!(matches!(
        app.overlay(),
        Some(Overlay::Detail { target: Target::Day(d), .. }) if *d == day("2024-11-12")
    ));
    press(&mut app, "<Esc>J<Enter>");
    assert!(matches!(
        app.overlay(),
        Some(Overlay::Detail { target: Target::Item(ItemRef::Meeting(m)), .. }) if *m == council
    ));
}

#[test]
fn clicks_select_an_entry_and_open_the_selected_one() {
    let mut app = app();
    let buf = screen(&mut app, "4:2024-11-12<Enter>", 160, 48);
    let (x, y) = at(&buf, "• Youth Forum");
    update(&mut app, Action::Click { x: x + 3, y });
    assert_eq!(app.dashboard().entry(), 2);
    assert_eq!(app.overlay(), None);
    update(&mut app, Action::Click { x: x + 3, y });
    assert!(matches!(app.overlay(), Some(Overlay::Detail { .. })));
    // In the week view a click on a day's column selects the day.
    press(&mut app, "<Esc>v");
    let buf = draw(&mut app, 160, 48);
    let (x, y) = at(&buf, "Fr 15 Nov");
    update(&mut app, Action::Click { x: x + 2, y: y + 5 });
    assert_eq!(app.dashboard().day(), day("2024-11-15"));
    assert_eq!(app.dashboard().calendar_view(), CalView::Week);
}

#[test]
fn the_selected_day_s_heading_and_entries_show_at_every_grid_size() {
    let mut app = app();
    press(&mut app, "4:2024-11-12<Enter>");
    for view in 0..3 {
        for w in [100, 101, 102, 103, 120, 160, 200] {
            for h in [24, 25, 27, 30, 40, 48, 60] {
                let text = to_text(&draw(&mut app, w, h));
                let pane: Vec<&str> = text
                    .lines()
                    .filter_map(|l| l.split_once('┃').map(|(_, r)| r))
                    .collect();
                let pane = pane.join("\n");
                assert!(
                    pane.contains("Tue 12 November 2024"),
                    "view {view} at {w}×{h}: the heading:\n{text}"
                );
                assert!(pane.contains("◆ Minist"), "view {view} at {w}×{h}:\n{text}");
            }
        }
        press(&mut app, "v");
    }
}

#[test]
fn a_lens_keeps_only_its_participant_s_events() {
    let mut app = app();
    // China organised the expert workshop (15 November) and the think tank forum.
    press(&mut app, "cChina<Enter>l4:2024-11-12<Enter>");
    assert_eq!(
        app.dashboard()
            .lens()
            .map(|p| app.data().participants[p].code.as_str()),
        Some("CHN")
    );
    let text = to_text(&draw(&mut app, 160, 48));
    assert!(
        !text.contains("Youth Forum"),
        "organised by Kazakhstan:\n{text}"
    );
    assert!(text.contains("Think Tank Forum"), "{text}");
    press(&mut app, "}");
    assert_eq!(
        app.dashboard().day(),
        day("2024-11-13"),
        "meetings stay under a lens"
    );
    press(&mut app, "}}");
    assert_eq!(
        app.dashboard().day(),
        day("2024-11-15"),
        "{:?}",
        app.notice()
    );
    press(&mut app, "}");
    assert_eq!(
        app.dashboard().day(),
        day("2024-11-26"),
        "past Azerbaijan's and Kazakhstan's"
    );
}

#[test]
fn a_postponed_entry_names_the_year_first_planned_when_it_is_another() {
    let files = [(
        "m.toml",
        "[meeting]\nid = \"x\"\ntitle = \"Council\"\nbody = \"Council\"\ndate = 2024-01-15\n\
         status = \"postponed\"\nplanned = 2023-12-04\n",
    )];
    let mut app = super::common::app_from(&files);
    let text = to_text(&screen(&mut app, "4:2024-01-15<Enter>", 160, 48));
    assert!(
        text.contains("◇ Council (postponed from Mon 4 Dec 2023)"),
        "{text}"
    );
}
