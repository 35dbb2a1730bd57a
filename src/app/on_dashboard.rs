//! Actions on the dashboard screen: focus, moving in the lists and the calendar, meetings,
//! the filter, opening popups, and the mouse.

use super::nav::{self, scrolled, step};
use super::{Action, App, Overlay, Pane, Target};
use crate::dataset::ItemRef;
use crate::view::layout;

/// Applies an action to the dashboard (no overlay open).
pub(super) fn handle(app: &mut App, action: Action) -> super::Effect {
    if app.dashboard.date_input().is_some() {
        super::calendar::input(app, action);
        return super::Effect::None;
    }
    match action {
        Action::Search => return super::search::open(app),
        Action::OpenCoordination => return super::coord::open(app),
        Action::OpenGlossary => return super::glossary::open(app, None),
        Action::OpenTimeline => return super::timeline::open(app),
        Action::OpenStatistics => super::stats::open(app),
        Action::SearchNext => super::search::step(app, true),
        Action::SearchPrev => super::search::step(app, false),
        Action::FocusNext => app.dashboard.focus = app.dashboard.focus.cycle(1),
        Action::FocusPrev => app.dashboard.focus = app.dashboard.focus.cycle(-1),
        Action::Focus(p) => app.dashboard.focus = p,
        Action::PrevMeeting => switch_meeting(app, false),
        Action::NextMeeting => switch_meeting(app, true),
        Action::OpenPicker if app.data.meetings.is_empty() => {
            app.notify("no meetings to pick from")
        }
        Action::OpenPicker => app.overlays.push(Overlay::Picker {
            cursor: app.dashboard.meeting,
        }),
        Action::ToggleHelp => app.overlays.push(Overlay::Help { scroll: 0 }),
        Action::ShowProblems if app.problems.is_empty() => app.notify("the data has no problems"),
        Action::ShowProblems => app.overlays.push(Overlay::Problems { scroll: 0 }),
        Action::ToggleFilter => toggle_filter(app),
        Action::ShowMeeting if app.current().is_none() => app.notify("no meeting to show"),
        Action::ShowMeeting => {
            let meeting = ItemRef::Meeting(app.dashboard.meeting);
            super::follow::push_detail(app, Target::Item(meeting));
        }
        Action::PickProfile => super::pick::open(app),
        Action::Back => super::follow::back(app),
        Action::Close if app.dashboard.lens.is_some() => {
            super::lens::set(app, None);
            app.notify("lens cleared: showing everything");
        }
        Action::Open => open(app),
        Action::Present { meeting } => present(app, meeting),
        Action::Click { x, y } => click(app, x, y),
        Action::ScrollUp { x, y } | Action::ScrollDown { x, y } => {
            if let Some(p) = pane_at(app, x, y) {
                app.dashboard.focus = p;
                let down = matches!(action, Action::ScrollDown { .. });
                move_in(app, p, if down { Action::Down } else { Action::Up });
            }
        }
        other => move_in(app, app.dashboard.focus, other),
    }
    super::Effect::None
}

/// Opens the deck of a meeting (the one on the dashboard by default).
pub(super) fn present(app: &mut App, meeting: Option<usize>) {
    let meeting = meeting.unwrap_or(app.dashboard.meeting);
    if app.data.meetings.get(meeting).is_none() {
        return app.notify("no meeting to present");
    }
    let p = super::Presentation::new(&app.data, meeting, app.present, app.now.mono);
    app.screen = super::Screen::Presentation(Box::new(p));
}

/// Moves within a pane: rows in the lists, days in the calendar.
fn move_in(app: &mut App, pane: Pane, action: Action) {
    let Some(slot) = nav::slot(pane) else {
        return super::calendar::handle(app, action);
    };
    let len = app.rows(pane).len();
    let page = visible(app, pane) as isize;
    let cur = app.dashboard.cursor[slot];
    let next = match action {
        Action::Up => step(cur, -1, len),
        Action::Down => step(cur, 1, len),
        Action::PageUp => step(cur, -page, len),
        Action::PageDown => step(cur, page, len),
        Action::First => 0,
        Action::Last => len.saturating_sub(1),
        _ => cur,
    };
    if next != cur {
        app.dashboard.cursor[slot] = next;
        if pane == Pane::Agenda && app.dashboard.filter {
            app.dashboard.cursor[1] = 0;
            app.dashboard.cursor[2] = 0;
        }
    }
}

fn switch_meeting(app: &mut App, forward: bool) {
    if let Some(name) = app.lens_name() {
        let name = name.to_owned();
        match app.dashboard.lens_meeting(&app.data, forward) {
            Some(m) => app.dashboard.show_meeting(&app.data, m),
            None if forward => app.notify(format!("no later meeting with {name}'s items")),
            None => app.notify(format!("no earlier meeting with {name}'s items")),
        }
        return;
    }
    let n = app.data.meetings.len();
    let next = if forward {
        app.dashboard.meeting + 1
    } else {
        app.dashboard.meeting.wrapping_sub(1)
    };
    if next < n {
        app.dashboard.show_meeting(&app.data, next);
    } else if n == 0 {
        app.notify("no meetings in the data set");
    } else {
        app.notify(if forward {
            "this is the last meeting"
        } else {
            "this is the first meeting"
        });
    }
}

/// Filters to an agenda item, or stops filtering. From a decision or statement, the filter
/// is its own agenda item, and the selection stays on it.
fn toggle_filter(app: &mut App) {
    let Some(m) = app.current() else {
        return app.notify("no meeting to filter");
    };
    if m.agenda.is_empty() {
        return app.notify("this meeting has no agenda to filter by");
    }
    let focused_item = nav::slot(app.dashboard.focus)
        .and_then(|slot| Some((slot, app.selected(app.dashboard.focus)?)));
    if !app.dashboard.filter
        && let Some(a) = app.linked_agenda()
    {
        app.dashboard.cursor[0] = a;
    }
    app.dashboard.filter = !app.dashboard.filter;
    app.dashboard.cursor[1] = 0;
    app.dashboard.cursor[2] = 0;
    app.dashboard.offset[1] = 0;
    app.dashboard.offset[2] = 0;
    if let Some((slot, item)) = focused_item.filter(|(slot, _)| *slot > 0) {
        app.dashboard.cursor[slot] = app.rows(app.dashboard.focus).position(item).unwrap_or(0);
    }
    app.notify(if app.dashboard.filter {
        "filtered to the selected agenda item (f: show all)"
    } else {
        "showing all decisions and statements"
    });
}

/// The detail popup's target for the focused pane's selection.
pub(super) fn target(app: &App) -> Option<Target> {
    match app.dashboard.focus {
        Pane::Calendar => Some(Target::Day(app.dashboard.day)),
        _ => app.dashboard.selected_ref(&app.data).map(Target::Item),
    }
}

fn open(app: &mut App) {
    if app.dashboard.focus == Pane::Calendar {
        return super::calendar::open(app);
    }
    match target(app) {
        Some(target) => super::follow::push_detail(app, target),
        None => app.notify("nothing selected"),
    }
}

/// The pane under a screen cell, if any.
fn pane_at(app: &App, x: u16, y: u16) -> Option<Pane> {
    let screen = app.screen_area();
    if layout::too_small(screen) {
        return None;
    }
    layout::visible_panes(screen, app.dashboard.focus)
        .into_iter()
        .find(|(_, r)| layout::contains(*r, x, y))
        .map(|(p, _)| p)
}

fn click(app: &mut App, x: u16, y: u16) {
    let screen = app.screen_area();
    if let Some(bar) = layout::screen(screen).tabs
        && layout::contains(bar, x, y)
    {
        if let Some(p) = layout::tab_at(bar, x) {
            app.dashboard.focus = p;
        }
        return;
    }
    let Some(pane) = pane_at(app, x, y) else {
        return;
    };
    let was_focused = app.dashboard.focus == pane;
    app.dashboard.focus = pane;
    let inner = layout::inner(layout::pane_area(screen, pane));
    if !layout::contains(inner, x, y) {
        return;
    }
    let Some(slot) = nav::slot(pane) else {
        return super::calendar::click(app, x, y, was_focused);
    };
    let plan = app.row_plan(pane, inner);
    let Some(row) = plan.at(app.dashboard.offset[slot], y - inner.y, inner.height) else {
        return;
    };
    if row < app.rows(pane).len() {
        if was_focused && row == app.dashboard.cursor[slot] {
            return open(app);
        }
        app.dashboard.cursor[slot] = row;
        if pane == Pane::Agenda && app.dashboard.filter {
            app.dashboard.cursor[1] = 0;
            app.dashboard.cursor[2] = 0;
        }
    }
}

/// How many rows of a list pane show at once.
fn visible(app: &App, pane: Pane) -> usize {
    let inner = layout::inner(layout::pane_area(app.screen_area(), pane));
    app.row_plan(pane, inner).visible(inner.height)
}

/// Keeps each list's cursor inside its rows and on screen.
pub(super) fn keep_visible(app: &mut App) {
    for pane in [Pane::Agenda, Pane::Decisions, Pane::Statements] {
        let Some(slot) = nav::slot(pane) else {
            continue;
        };
        let len = app.rows(pane).len();
        app.dashboard.cursor[slot] = app.dashboard.cursor[slot].min(len.saturating_sub(1));
        let visible = visible(app, pane);
        app.dashboard.offset[slot] = scrolled(
            app.dashboard.offset[slot],
            app.dashboard.cursor[slot],
            visible,
            len,
        );
    }
}
