//! The coordination view (`c`): priority areas × states, the roles in force on a day (today
//! at first) or in every period. `[` and `]` step to the previous or next day on which the
//! roles change, digits type a date, `a` shows every period, `v` switches between grid and
//! list, and Enter opens the decision that gave the selected role (or the standing
//! assignment); the mouse, scrolling and reloads are in `place`. The index of roles is built once per data set and cached in the app; a new
//! day filters it into a [`Grid`] once, in `update`, never per frame.

use std::sync::Arc;

use chrono::NaiveDate;

mod place;

pub(super) use place::{capture, keep_visible, reloaded};

use super::nav::step;
use super::{Action, App, Effect, Overlay, Target};
use crate::dataset::PartialDate;
use crate::dataset::coord::{Coordination, Grid, RoleSource};
use crate::view::coord::{self as geo, Layout};

/// The longest date that can be typed (`2021-06-23`).
const DATE_LEN: usize = 10;

/// The coordination view's state.
#[derive(Debug, Clone, PartialEq)]
pub struct CoordState {
    /// The roles shown: in force on `grid.day`, or in every period when it is `None`.
    pub grid: Grid,
    /// The day chosen (kept while every period is shown, so `a` comes back to it).
    pub day: NaiveDate,
    /// Grid or list, or as the screen allows.
    pub layout: Layout,
    /// The grid's selected row and column.
    pub cursor: (usize, usize),
    /// The list's selected role: a position in `grid.roles`.
    pub pick: usize,
    /// The grid's first visible row and column.
    pub offset: (usize, usize),
    /// The list's first visible line.
    pub list_offset: usize,
    /// A date being typed (digits and `-`), applied by Enter.
    pub typed: String,
}

impl CoordState {
    /// The roles in force today, from the grid's top left corner.
    fn new(coord: &Coordination, today: NaiveDate) -> Self {
        CoordState {
            grid: coord.grid(Some(today)),
            cursor: (0, 0),
            day: today,
            layout: Layout::Auto,
            pick: 0,
            offset: (0, 0),
            list_offset: 0,
            typed: String::new(),
        }
    }

    /// The selected roles (indices into the coordination's roles), newest first: the grid's
    /// cell, or the list's one role.
    pub fn selected(&self, list: bool) -> &[usize] {
        if list {
            let k = self.pick.min(self.grid.roles.len());
            let end = (k + 1).min(self.grid.roles.len());
            &self.grid.roles[k..end]
        } else {
            self.grid.cell(self.cursor.0, self.cursor.1)
        }
    }
}

impl App {
    /// The data set's roles, once the coordination view has been opened on it (shared, so a
    /// caller can tell whether a later one is the same).
    pub fn coordination(&self) -> Option<&Arc<Coordination>> {
        self.coordination.as_ref()
    }
}

/// The cached index of roles, built on first use.
fn index(app: &mut App) -> Arc<Coordination> {
    let data = &app.data;
    Arc::clone(
        app.coordination
            .get_or_insert_with(|| Arc::new(Coordination::build(data))),
    )
}

/// `c`: opens the view on today's roles.
pub(super) fn open(app: &mut App) -> Effect {
    let coord = index(app);
    let s = CoordState::new(&coord, app.settings.today);
    app.overlays.push(Overlay::Coordination(Box::new(s)));
    Effect::None
}

/// Keys while the view is on top.
pub(super) fn handle(app: &mut App, action: Action) -> Effect {
    let coord = index(app);
    let screen = app.screen_area();
    let today = app.settings.today;
    let Some(Overlay::Coordination(s)) = app.overlays.last_mut() else {
        return Effect::None;
    };
    let g = geo::geometry(screen, s.layout);
    match action {
        Action::Close if !s.typed.is_empty() => s.typed.clear(),
        Action::Close => {
            app.overlays.pop();
            return Effect::None;
        }
        Action::ToggleHelp => app.overlays.push(Overlay::Help { scroll: 0 }),
        Action::Input(c) if (c.is_ascii_digit() || c == '-') && s.typed.len() < DATE_LEN => {
            s.typed.push(c)
        }
        Action::Backspace => {
            s.typed.pop();
        }
        Action::Open if !s.typed.is_empty() => match PartialDate::parse(&s.typed) {
            Some(d) => {
                s.typed.clear();
                s.day = d.first_day();
                regrid(s, &coord, Some(d.first_day()));
            }
            None => {
                let typed = std::mem::take(&mut s.typed);
                app.notify(format!("not a date: {typed} (2015, 2015-06 or 2015-06-01)"));
            }
        },
        Action::Open => return open_selected(app, &coord, g.list),
        Action::Today => {
            s.day = today;
            regrid(s, &coord, Some(today));
        }
        Action::ToggleAllDates => {
            let day = if s.grid.day.is_some() {
                None
            } else {
                Some(s.day)
            };
            regrid(s, &coord, day);
        }
        Action::PrevChange | Action::NextChange => {
            let back = matches!(action, Action::PrevChange);
            let from = s.grid.day.unwrap_or(s.day);
            let to = if back {
                coord.prev_change(from)
            } else {
                coord.next_change(from)
            };
            match to {
                Some(day) => {
                    s.day = day;
                    regrid(s, &coord, Some(day));
                }
                None => app.notify(if back {
                    "no earlier change of roles"
                } else {
                    "no later change of roles"
                }),
            }
        }
        Action::ToggleLayout => {
            s.layout = if g.list { Layout::Grid } else { Layout::List };
        }
        Action::Click { x, y } => return place::click(app, &coord, x, y),
        Action::ScrollUp { .. } => move_by(s, &g, Action::Up),
        Action::ScrollDown { .. } => move_by(s, &g, Action::Down),
        other => move_by(s, &g, other),
    }
    place::keep_visible(app);
    Effect::None
}

/// Moves the selection: by role in the list, by cell in the grid.
fn move_by(s: &mut CoordState, g: &geo::Geometry, action: Action) {
    let (rows, cols) = (s.grid.rows.len(), s.grid.cols.len());
    if g.list {
        let n = s.grid.roles.len();
        let page = g.lines_fit() as isize;
        s.pick = match action {
            Action::Up | Action::Left => step(s.pick, -1, n),
            Action::Down | Action::Right => step(s.pick, 1, n),
            Action::PageUp => step(s.pick, -page, n),
            Action::PageDown => step(s.pick, page, n),
            Action::First => 0,
            Action::Last => n.saturating_sub(1),
            _ => return,
        };
        s.cursor = s.grid.place(s.pick).unwrap_or((0, 0));
        return;
    }
    let (r, c) = s.cursor;
    let page = g.rows_fit as isize;
    s.cursor = match action {
        Action::Up => (step(r, -1, rows), c),
        Action::Down => (step(r, 1, rows), c),
        Action::Left => (r, step(c, -1, cols)),
        Action::Right => (r, step(c, 1, cols)),
        Action::PageUp => (step(r, -page, rows), c),
        Action::PageDown => (step(r, page, rows), c),
        Action::First => (0, c),
        Action::Last => (rows.saturating_sub(1), c),
        _ => return,
    };
    s.pick = s.grid.first_at(s.cursor.0, s.cursor.1);
}

/// Shows another selection of roles, keeping the selected area and state (or the nearest
/// ones that have roles) and, in the list, the selected role when it is still shown.
fn regrid(s: &mut CoordState, coord: &Coordination, day: Option<NaiveDate>) {
    let grid = coord.grid(day);
    let area = s.grid.rows.get(s.cursor.0).copied();
    let state = s.grid.cols.get(s.cursor.1).copied();
    let role = s.grid.roles.get(s.pick).copied();
    s.cursor = (near(&grid.rows, area), near(&grid.cols, state));
    // Both lists of roles are in the index's order, so a role is found by bisection.
    s.pick = match role.map(|r| grid.roles.binary_search(&r)) {
        Some(Ok(k)) => k,
        _ => grid.first_at(s.cursor.0, s.cursor.1),
    };
    s.grid = grid;
}

/// Opens the selected role's source: the decision that gave it, or the standing assignment.
fn open_selected(app: &mut App, coord: &Coordination, list: bool) -> Effect {
    let Some(Overlay::Coordination(s)) = app.overlays.last() else {
        return Effect::None;
    };
    let Some(role) = s.selected(list).first().and_then(|&i| coord.roles.get(i)) else {
        app.notify("no role here");
        return Effect::None;
    };
    let target = match (role.decision(), role.source) {
        (Some(item), _) => Target::Item(item),
        (None, RoleSource::Standing { index, .. }) => Target::Assignment(index),
        (None, RoleSource::Decision { .. }) => return Effect::None,
    };
    super::follow::push_detail(app, target);
    Effect::None
}

/// The position in a sorted list of indices of `x`, or of the next one after it.
fn near(v: &[usize], x: Option<usize>) -> usize {
    x.map_or(0, |x| v.binary_search(&x).unwrap_or_else(|i| i))
        .min(v.len().saturating_sub(1))
}
