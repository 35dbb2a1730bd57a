//! `update`: the one place where actions change the dashboard's state.

use chrono::Duration;

use super::nav::{self, scrolled, step};
use super::{Action, App, Effect, Overlay, Pane, Target};
use crate::calendar::{add_months, month_end, month_start};
use crate::ui::{self, layout};

/// Applies an action. Returns what the event loop must do; performs no I/O.
pub fn update(app: &mut App, action: Action) -> Effect {
    match action {
        Action::Quit => return Effect::Quit,
        Action::Resize { width, height } => app.size = (width, height),
        Action::Tick => tick(app),
        _ if app.overlay.is_some() => super::overlay::handle(app, action),
        Action::FocusNext => app.focus = app.focus.cycle(1),
        Action::FocusPrev => app.focus = app.focus.cycle(-1),
        Action::Focus(p) => app.focus = p,
        Action::PrevMeeting | Action::NextMeeting => {
            switch_meeting(app, action == Action::NextMeeting)
        }
        Action::OpenPicker if app.data.meetings.is_empty() => {
            app.notify("no meetings to pick from")
        }
        Action::OpenPicker => {
            app.overlay = Some(Overlay::Picker {
                cursor: app.meeting,
            })
        }
        Action::ToggleHelp => app.overlay = Some(Overlay::Help { scroll: 0 }),
        Action::ShowProblems if app.problems.is_empty() => app.notify("the data has no problems"),
        Action::ShowProblems => app.overlay = Some(Overlay::Problems { scroll: 0 }),
        Action::ToggleFilter => toggle_filter(app),
        Action::ShowMeeting if app.current().is_none() => app.notify("no meeting to show"),
        Action::ShowMeeting => {
            app.overlay = Some(Overlay::Detail {
                target: Target::Meeting,
                scroll: 0,
            });
        }
        Action::Open => open(app),
        Action::Click { x, y } => click(app, x, y),
        Action::ScrollUp { x, y } | Action::ScrollDown { x, y } => {
            if let Some(p) = pane_at(app, x, y) {
                app.focus = p;
                let down = matches!(action, Action::ScrollDown { .. });
                move_in(app, p, if down { Action::Down } else { Action::Up });
            }
        }
        Action::Close => {}
        other => move_in(app, app.focus, other),
    }
    keep_visible(app);
    Effect::None
}

fn tick(app: &mut App) {
    if let Some((_, left)) = &mut app.notice {
        *left = left.saturating_sub(1);
        if *left == 0 {
            app.notice = None;
        }
    }
}

/// Moves within a pane: rows in the lists, days in the calendar.
fn move_in(app: &mut App, pane: Pane, action: Action) {
    let Some(slot) = nav::slot(pane) else {
        return move_day(app, action);
    };
    let len = app.rows(pane).len();
    let page = layout::visible_items(app.screen_area(), pane) as isize;
    let cur = app.cursor[slot];
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
        app.cursor[slot] = next;
        if pane == Pane::Agenda && app.filter {
            app.cursor[1] = 0;
            app.cursor[2] = 0;
        }
    }
}

fn move_day(app: &mut App, action: Action) {
    let d = app.day;
    app.day = match action {
        Action::Left => d - Duration::days(1),
        Action::Right => d + Duration::days(1),
        Action::Up => d - Duration::days(7),
        Action::Down => d + Duration::days(7),
        Action::First => month_start(d),
        Action::Last => month_end(d),
        Action::PageUp | Action::PrevMonth => add_months(d, -1),
        Action::PageDown | Action::NextMonth => add_months(d, 1),
        Action::Today => app.settings.today,
        _ => d,
    };
}

fn switch_meeting(app: &mut App, forward: bool) {
    let n = app.data.meetings.len();
    let next = if forward {
        app.meeting + 1
    } else {
        app.meeting.wrapping_sub(1)
    };
    if next < n {
        app.show_meeting(next);
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
    let focused_item = nav::slot(app.focus).and_then(|slot| Some((slot, app.selected(app.focus)?)));
    if !app.filter
        && let Some(a) = app.linked_agenda()
    {
        app.cursor[0] = a;
    }
    app.filter = !app.filter;
    app.cursor[1] = 0;
    app.cursor[2] = 0;
    app.offset[1] = 0;
    app.offset[2] = 0;
    if let Some((slot, item)) = focused_item.filter(|(slot, _)| *slot > 0) {
        app.cursor[slot] = app.rows(app.focus).position(item).unwrap_or(0);
    }
    app.notify(if app.filter {
        "filtered to the selected agenda item (f: show all)"
    } else {
        "showing all decisions and statements"
    });
}

/// The detail popup's target for the focused pane's selection.
fn target(app: &App) -> Option<Target> {
    Some(match app.focus {
        Pane::Agenda => Target::Agenda(app.selected(Pane::Agenda)?),
        Pane::Decisions => Target::Decision(app.selected(Pane::Decisions)?),
        Pane::Statements => Target::Statement(app.selected(Pane::Statements)?),
        Pane::Calendar => Target::Day(app.day),
    })
}

fn open(app: &mut App) {
    match target(app) {
        Some(target) => app.overlay = Some(Overlay::Detail { target, scroll: 0 }),
        None => app.notify("nothing selected"),
    }
}

/// The pane under a screen cell, if any.
fn pane_at(app: &App, x: u16, y: u16) -> Option<Pane> {
    let screen = app.screen_area();
    if layout::too_small(screen) {
        return None;
    }
    layout::visible_panes(screen, app.focus)
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
            app.focus = p;
        }
        return;
    }
    let Some(pane) = pane_at(app, x, y) else {
        return;
    };
    let was_focused = app.focus == pane;
    app.focus = pane;
    let inner = layout::inner(layout::pane_area(screen, pane));
    if !layout::contains(inner, x, y) {
        return;
    }
    let Some(slot) = nav::slot(pane) else {
        if let Some(day) = ui::calendar::day_at(app, inner, x, y) {
            if was_focused && day == app.day {
                open(app);
            }
            app.day = day;
        }
        return;
    };
    let row = app.offset[slot] + usize::from((y - inner.y) / layout::item_height(pane));
    if row < app.rows(pane).len() {
        if was_focused && row == app.cursor[slot] {
            return open(app);
        }
        app.cursor[slot] = row;
        if pane == Pane::Agenda && app.filter {
            app.cursor[1] = 0;
            app.cursor[2] = 0;
        }
    }
}

/// Keeps each list's cursor inside its rows and on screen.
fn keep_visible(app: &mut App) {
    let screen = app.screen_area();
    for pane in [Pane::Agenda, Pane::Decisions, Pane::Statements] {
        let Some(slot) = nav::slot(pane) else {
            continue;
        };
        let len = app.rows(pane).len();
        app.cursor[slot] = app.cursor[slot].min(len.saturating_sub(1));
        let visible = layout::visible_items(screen, pane);
        app.offset[slot] = scrolled(app.offset[slot], app.cursor[slot], visible, len);
    }
}
