//! The timeline through the keymap and `update`, as a user drives it: `T` and the ways back,
//! moving by item, year and page, zooming, Enter on a meeting and on an event, a profile
//! reached from an event's popup, the mouse, and a reload.

use cica_dash::app::{Action, Overlay, Screen, Target, update};
use cica_dash::dataset::ItemRef;
use cica_dash::dataset::timeline::Timeline;
use cica_dash::load::{self, Source};
use cica_dash::view::timeline::Zoom;

use super::{ORDER, app, event, press, selected, sources, state};

#[test]
fn t_opens_on_the_dashboards_meeting_and_esc_or_q_go_back() {
    let mut app = app();
    // The dashboard opens on the latest meeting that is not in the future.
    assert_eq!(app.current().unwrap().id, "soc-2025-03-10");
    press(&mut app, "T");
    assert_eq!(selected(&app), "soc-2025-03-10");
    assert_eq!(state(&app).zoom, Zoom::Items);
    press(&mut app, "<Esc>");
    assert!(matches!(app.screen(), Screen::Dashboard));
    press(&mut app, "Tq");
    assert!(
        matches!(app.screen(), Screen::Dashboard),
        "q goes back, not out"
    );
    press(&mut app, "TT");
    assert!(
        matches!(app.screen(), Screen::Dashboard),
        "T again goes back"
    );
}

#[test]
fn keys_move_by_item_by_year_to_the_ends_and_to_today() {
    let mut app = app();
    press(&mut app, "Tg");
    assert_eq!(selected(&app), "un-proposal-1992");
    press(&mut app, "k");
    assert_eq!(selected(&app), "un-proposal-1992", "stops at the top");
    press(&mut app, "jj");
    assert_eq!(selected(&app), "summit-2002-06");
    press(&mut app, "]");
    assert_eq!(
        selected(&app),
        "summit-2010-06-08",
        "the first item of 2010"
    );
    press(&mut app, "]]");
    assert_eq!(
        selected(&app),
        "soc-2014",
        "2012, then 2014 headed by its year-long item"
    );
    press(&mut app, "j[");
    assert_eq!(
        selected(&app),
        "mc-2012-09-12",
        "from inside 2014 back to 2012"
    );
    press(&mut app, "G");
    assert_eq!(selected(&app), "water-workshop");
    press(&mut app, "]");
    assert_eq!(app.notice(), Some("this is the last year"));
    press(&mut app, "[");
    assert_eq!(
        selected(&app),
        "summit-2026-12",
        "from the undated back to 2026"
    );
    press(&mut app, "gt");
    assert_eq!(
        selected(&app),
        "summit-2026-12",
        "the first item from 28 Nov 2026 on"
    );
    press(&mut app, "g[");
    assert_eq!(app.notice(), Some("this is the first year"));
    // A page is the rows that fit: 10 two-line rows at 80×24.
    update(
        &mut app,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    press(&mut app, "<PageDown>");
    assert_eq!(selected(&app), ORDER[10]);
    press(&mut app, "<PageUp>");
    assert_eq!(selected(&app), ORDER[0]);
}

#[test]
fn zoomed_out_a_row_is_a_year_and_enter_zooms_back_in_at_its_first_item() {
    let mut app = app();
    press(&mut app, "Tgz");
    assert_eq!(state(&app).zoom, Zoom::Years);
    press(&mut app, "jj");
    assert_eq!(selected(&app), "summit-2002-06", "1992, 1999, then 2002");
    press(&mut app, "G");
    assert_eq!(selected(&app), "think-tank-forum", "the undated");
    press(&mut app, "k<Enter>");
    assert_eq!(state(&app).zoom, Zoom::Items);
    assert_eq!(selected(&app), "summit-2026-12");
    press(&mut app, "zz");
    assert_eq!(state(&app).zoom, Zoom::Items, "z toggles");
}

#[test]
fn enter_shows_a_meeting_on_the_dashboard_and_an_event_in_its_popup() {
    let mut app = app();
    press(&mut app, "Tgj<Enter>");
    assert!(matches!(app.screen(), Screen::Dashboard));
    assert_eq!(app.current().unwrap().id, "mc-1999-09-14");
    // Back on the timeline at that meeting; the next item is an event.
    press(&mut app, "Tjj");
    assert_eq!(selected(&app), "business-forum-2002");
    press(&mut app, "<Enter>");
    let e = event(app.data(), "business-forum-2002");
    assert_eq!(
        app.overlay(),
        Some(&Overlay::Detail {
            target: Target::Item(ItemRef::Event(e)),
            scroll: 0,
            link: Some(0)
        })
    );
    assert!(
        matches!(app.screen(), Screen::Timeline(_)),
        "over the timeline"
    );
    press(&mut app, "<Esc>");
    assert_eq!(app.overlay(), None);
    assert_eq!(selected(&app), "business-forum-2002");
}

#[test]
fn a_click_selects_a_second_opens_and_the_wheel_moves() {
    let mut app = app();
    update(
        &mut app,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    press(&mut app, "Tg");
    // At 80×24 the rows start on line 3, two lines each, beside an 11-cell band from column 1.
    update(&mut app, Action::Click { x: 40, y: 8 });
    assert_eq!(
        selected(&app),
        ORDER[2],
        "the third row, on its second line"
    );
    update(&mut app, Action::Click { x: 2, y: 5 });
    assert_eq!(
        selected(&app),
        ORDER[1],
        "a click on the band selects its row"
    );
    update(&mut app, Action::ScrollDown { x: 40, y: 10 });
    update(&mut app, Action::ScrollDown { x: 40, y: 10 });
    assert_eq!(selected(&app), ORDER[3]);
    update(&mut app, Action::ScrollUp { x: 40, y: 10 });
    assert_eq!(selected(&app), ORDER[2]);
    update(&mut app, Action::Click { x: 40, y: 1 });
    assert_eq!(selected(&app), ORDER[2], "the header selects nothing");
    update(&mut app, Action::Click { x: 40, y: 7 });
    assert!(matches!(app.screen(), Screen::Dashboard));
    assert_eq!(app.current().unwrap().id, ORDER[2]);
}

#[test]
fn a_reload_keeps_the_selected_item_and_builds_the_timeline_again() {
    let mut app = app();
    press(&mut app, "Tgjjjj");
    assert_eq!(selected(&app), "summit-2010-06-08");
    let before = app.data().timeline() as *const Timeline;
    press(&mut app, "jk");
    assert_eq!(
        app.data().timeline() as *const Timeline,
        before,
        "keys read the timeline built once"
    );
    // A meeting added before it moves it one row down.
    let mut edited = sources();
    edited.push(Source {
        path: "meetings/2005-01-soc.toml".into(),
        text: "[meeting]\nid = \"soc-2005-01\"\ntitle = \"SOC\"\nbody = \"Senior Officials Committee\"\ndate = \"2005-01\"\n".into(),
    });
    update(
        &mut app,
        Action::Reloaded(Box::new(load::load_sources(&edited, Vec::new()))),
    );
    assert_eq!(app.data().timeline().entries.len(), 25);
    assert_eq!(selected(&app), "summit-2010-06-08");
    assert_eq!(state(&app).cursor, 5);
}

#[test]
fn a_profile_reached_from_an_events_popup_leads_to_the_dashboard() {
    let mut app = app();
    // The forum's popup, then its first link: its organiser, Kazakhstan.
    press(&mut app, "Tgjjj<Enter><Enter>");
    assert!(matches!(app.overlay(), Some(Overlay::Profile(_))));
    assert!(matches!(app.screen(), Screen::Timeline(_)));
    press(&mut app, "l");
    assert!(
        matches!(app.screen(), Screen::Dashboard),
        "the lens is the dashboard's"
    );
    assert_eq!(app.lens_name(), Some("Kazakhstan"));
    press(&mut app, "<Esc>Tgjjj<Enter><Enter><Enter>");
    assert!(
        matches!(app.screen(), Screen::Dashboard),
        "its first row, on the dashboard"
    );
    assert_eq!(app.overlay(), None);
    assert_eq!(
        app.current().unwrap().id,
        "mc-1999-09-14",
        "the first meeting it chaired"
    );
}
