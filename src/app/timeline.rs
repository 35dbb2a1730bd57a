//! The timeline screen (`T`): every meeting and event across the years in one list, with the
//! chairmanship band beside it. It opens on the dashboard's meeting; `z` zooms out to one row
//! a year (Enter or `z` zooms back in), `[` and `]` step a year, `t` goes to today, `g`/`G` to
//! the ends; Enter shows a meeting on the dashboard or opens an event's popup; a click selects
//! and a second click opens; Esc, `q` or `T` go back to the dashboard.
//!
//! The ordered rows and the band are built once per data set and kept with it
//! ([`Dataset::timeline`]); keys and frames read slices of them.

use std::sync::Arc;

use super::nav::{scrolled, step};
use super::{Action, App, Effect, ItemRef, Overlay, Screen, Target};
use crate::dataset::timeline::Timeline;
use crate::dataset::{CalItem, Dataset};
use crate::view::timeline::{self as geo, Zoom};

/// The timeline screen's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineState {
    /// Items, or years.
    pub zoom: Zoom,
    /// The selected entry (a position in [`Timeline::entries`]); zoomed out, its year is
    /// the one selected.
    pub cursor: usize,
    /// The first entry shown.
    pub offset: usize,
    /// The first year shown, zoomed out.
    pub year_offset: usize,
}

/// The data on screen, whose timeline is built on first use and kept with it.
fn index(app: &App) -> Arc<Dataset> {
    Arc::clone(&app.data)
}

/// `T`: opens the timeline on the dashboard's meeting.
pub(super) fn open(app: &mut App) -> Effect {
    let data = index(app);
    let t = data.timeline();
    if t.entries.is_empty() {
        app.notify("no meetings or events to show");
        return Effect::None;
    }
    let here = CalItem::Meeting(app.dashboard.meeting());
    let cursor = t.position(here).unwrap_or(0);
    // The selection starts in the middle of the screen rather than at its foot.
    let rows = geo::geometry(app.screen_area(), Zoom::Items).rows_fit();
    app.screen = Screen::Timeline(Box::new(TimelineState {
        zoom: Zoom::Items,
        cursor,
        offset: cursor.saturating_sub(rows / 2),
        year_offset: 0,
    }));
    keep_visible(app);
    Effect::None
}

/// Keys on the timeline (no overlay open).
pub(super) fn handle(app: &mut App, action: Action) -> Effect {
    let data = index(app);
    let t = data.timeline();
    let (screen, today) = (app.screen_area(), app.settings.today);
    let Screen::Timeline(s) = &mut app.screen else {
        return Effect::None;
    };
    match action {
        Action::Close => app.screen = Screen::Dashboard,
        Action::ToggleHelp => {
            let scroll = help_at_timeline(app);
            app.overlays.push(Overlay::Help { scroll });
        }
        Action::ToggleZoom | Action::Open if s.zoom == Zoom::Years => s.zoom = Zoom::Items,
        Action::ToggleZoom => s.zoom = Zoom::Years,
        Action::Open => return open_entry(app, t),
        Action::Click { x, y } => return click(app, t, x, y),
        other => {
            let page = geo::geometry(screen, s.zoom).rows_fit() as isize;
            match moved(t, s, page, &other, today) {
                Some(Ok(k)) => s.cursor = k,
                Some(Err(why)) => app.notify(why),
                None => {}
            }
        }
    }
    Effect::None
}

/// Where a moving key takes the selection (by entry, or by year when zoomed out), or why it
/// cannot; `None` for keys that do not move.
fn moved(
    t: &Timeline,
    s: &TimelineState,
    page: isize,
    action: &Action,
    today: chrono::NaiveDate,
) -> Option<Result<usize, &'static str>> {
    let year = t.year_of(s.cursor);
    let start = |y: usize| Ok(t.years.get(y).map_or(0, |y| y.entries.start));
    let (n, years) = (t.entries.len(), t.years.len());
    Some(match action {
        Action::PrevYear if year == 0 => Err("this is the first year"),
        Action::PrevYear => start(year - 1),
        Action::NextYear if year + 1 >= years => Err("this is the last year"),
        Action::NextYear => start(year + 1),
        Action::Today => t.first_from(today).ok_or("nothing is dated today or later"),
        a if s.zoom == Zoom::Years => start(match a {
            Action::Up | Action::ScrollUp { .. } => step(year, -1, years),
            Action::Down | Action::ScrollDown { .. } => step(year, 1, years),
            Action::PageUp => step(year, -page, years),
            Action::PageDown => step(year, page, years),
            Action::First => 0,
            Action::Last => years.saturating_sub(1),
            _ => return None,
        }),
        a => Ok(match a {
            Action::Up | Action::ScrollUp { .. } => step(s.cursor, -1, n),
            Action::Down | Action::ScrollDown { .. } => step(s.cursor, 1, n),
            Action::PageUp => step(s.cursor, -page, n),
            Action::PageDown => step(s.cursor, page, n),
            Action::First => 0,
            Action::Last => n.saturating_sub(1),
            _ => return None,
        }),
    })
}

/// The help's line that heads the timeline's keys, so `?` opens on them.
fn help_at_timeline(app: &App) -> usize {
    let popup = crate::view::layout::inner(crate::view::layout::big_popup(app.screen_area()));
    let title = crate::bindings::Context::Timeline.title();
    let lines = crate::view::help::lines(&app.theme, popup.width, false);
    let at = lines.iter().position(|l| l.to_string() == title);
    at.unwrap_or(0)
}

/// Enter on an entry: a meeting on the dashboard, an event in its popup.
fn open_entry(app: &mut App, t: &Timeline) -> Effect {
    let Screen::Timeline(s) = &app.screen else {
        return Effect::None;
    };
    match t.entries.get(s.cursor).map(|e| e.item) {
        Some(CalItem::Meeting(m)) => {
            app.dashboard.show_meeting(&app.data, m);
            app.screen = Screen::Dashboard;
        }
        Some(CalItem::Event(e)) => {
            super::follow::push_detail(app, Target::Item(ItemRef::Event(e)));
        }
        None => {}
    }
    Effect::None
}

/// A click selects a row; a click on the selected row opens it.
fn click(app: &mut App, t: &Timeline, x: u16, y: u16) -> Effect {
    let screen = app.screen_area();
    let Screen::Timeline(s) = &mut app.screen else {
        return Effect::None;
    };
    let g = geo::geometry(screen, s.zoom);
    let Some(row) = g.row_at(x, y) else {
        return Effect::None;
    };
    match s.zoom {
        Zoom::Items => {
            let k = s.offset + row;
            if k >= t.entries.len() {
                return Effect::None;
            }
            if k == s.cursor {
                return open_entry(app, t);
            }
            s.cursor = k;
        }
        Zoom::Years => {
            let y = s.year_offset + row;
            let Some(year) = t.years.get(y) else {
                return Effect::None;
            };
            if y == t.year_of(s.cursor) {
                s.zoom = Zoom::Items;
            } else {
                s.cursor = year.entries.start;
            }
        }
    }
    Effect::None
}

/// Keeps the selection inside the timeline and on screen.
pub(super) fn keep_visible(app: &mut App) {
    let screen = app.screen_area();
    let Screen::Timeline(s) = &mut app.screen else {
        return;
    };
    let t = app.data.timeline();
    let g = geo::geometry(screen, s.zoom);
    let n = t.entries.len();
    s.cursor = s.cursor.min(n.saturating_sub(1));
    if s.zoom == Zoom::Items {
        s.offset = scrolled(s.offset, s.cursor, g.rows_fit(), n);
    } else {
        let y = t.year_of(s.cursor);
        s.year_offset = scrolled(s.year_offset, y, g.rows_fit(), t.years.len());
    }
}

/// The selected item before a reload, to find it again after.
pub(super) fn capture(app: &App) -> Option<String> {
    let Screen::Timeline(s) = &app.screen else {
        return None;
    };
    Some(match app.data.timeline().entries.get(s.cursor)?.item {
        CalItem::Meeting(m) => app.data.meetings.get(m)?.id.clone(),
        CalItem::Event(e) => app.data.events.get(e)?.id.clone(),
    })
}

/// The data changed (and its timeline with it): an open timeline keeps its selected item by
/// id (or its position, when the item is gone).
pub(super) fn reloaded(app: &mut App, selected: Option<String>) {
    if !matches!(app.screen, Screen::Timeline(_)) {
        return;
    }
    let data = index(app);
    let t = data.timeline();
    let found = selected.and_then(|id| {
        let item = match data.meetings.iter().position(|m| m.id == id) {
            Some(m) => CalItem::Meeting(m),
            None => CalItem::Event(data.events.iter().position(|e| e.id == id)?),
        };
        t.position(item)
    });
    if t.entries.is_empty() {
        app.screen = Screen::Dashboard;
        return;
    }
    if let (Screen::Timeline(s), Some(k)) = (&mut app.screen, found) {
        s.cursor = k;
    }
    keep_visible(app);
}
