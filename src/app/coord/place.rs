//! Where the coordination view is: the selection kept inside the grid and on screen, the
//! mouse (a click selects a cell or a role, a second click opens it), and the selected area
//! and state kept, by name, across a reload of the data.

use std::sync::Arc;

use super::super::nav::scrolled;
use super::super::{App, Effect, Overlay};
use super::{index, near, open_selected};
use crate::dataset::coord::Coordination;
use crate::view::coord as geo;
use crate::view::layout;

/// Where an open view is, by name (area, participant code), so it survives a reload.
#[derive(Debug, Clone, Default)]
pub(in crate::app) struct Anchor {
    area: Option<String>,
    code: Option<String>,
}

/// The place of every open view, bottom first, before a reload.
pub(in crate::app) fn capture(app: &App) -> Vec<Anchor> {
    let Some(coord) = app.coordination() else {
        return Vec::new();
    };
    let views = app.overlays.iter().filter_map(|o| match o {
        Overlay::Coordination(s) => Some(s),
        _ => None,
    });
    views
        .map(|s| Anchor {
            area: s.grid.rows.get(s.cursor.0).map(|&a| coord.areas[a].clone()),
            code: s
                .grid
                .cols
                .get(s.cursor.1)
                .and_then(|&c| app.data.participants.get(coord.states[c]))
                .map(|p| p.code.clone()),
        })
        .collect()
}

/// The data changed: build the index again, and show each open view's day on it, keeping
/// the selected area and state (or the nearest ones that have roles).
pub(in crate::app) fn reloaded(app: &mut App, anchors: Vec<Anchor>) {
    app.coordination = None;
    if !app
        .overlays
        .iter()
        .any(|o| matches!(o, Overlay::Coordination(_)))
    {
        return;
    }
    let coord = index(app);
    let data = Arc::clone(&app.data);
    let views = app.overlays.iter_mut().filter_map(|o| match o {
        Overlay::Coordination(s) => Some(s),
        _ => None,
    });
    for (s, anchor) in views.zip(
        anchors
            .into_iter()
            .chain(std::iter::repeat_with(Anchor::default)),
    ) {
        let area = anchor
            .area
            .and_then(|a| coord.areas.iter().position(|x| *x == a));
        let state = anchor
            .code
            .and_then(|c| data.participant_index.get(&c).copied())
            .and_then(|p| coord.states.iter().position(|&x| x == p));
        s.grid = coord.grid(s.grid.day);
        s.cursor = (near(&s.grid.rows, area), near(&s.grid.cols, state));
        s.pick = s.grid.first_at(s.cursor.0, s.cursor.1);
    }
}

/// A click selects a cell or a role; a click on the selection opens it; a click outside
/// the view closes it.
pub(super) fn click(app: &mut App, coord: &Coordination, x: u16, y: u16) -> Effect {
    let screen = app.screen_area();
    let Some(Overlay::Coordination(s)) = app.overlays.last_mut() else {
        return Effect::None;
    };
    let g = geo::geometry(screen, s.layout);
    if !layout::contains(g.frame, x, y) {
        app.overlays.pop();
        return Effect::None;
    }
    let hit = if g.list {
        let line = s.list_offset + usize::from(y.saturating_sub(g.body.y));
        let lines = geo::list_lines(&s.grid, line, 1);
        match (layout::contains(g.body, x, y), lines.first()) {
            (true, Some(geo::ListLine::Role(k))) => Some((*k == s.pick, Some(*k), None)),
            _ => None,
        }
    } else {
        g.cell_at(x, y).and_then(|(r, c)| {
            let cell = (s.offset.0 + r, s.offset.1 + c);
            (cell.0 < s.grid.rows.len() && cell.1 < s.grid.cols.len()).then_some((
                cell == s.cursor,
                None,
                Some(cell),
            ))
        })
    };
    match hit {
        Some((true, ..)) => return open_selected(app, coord, g.list),
        Some((false, Some(k), _)) => {
            s.pick = k;
            s.cursor = s.grid.place(k).unwrap_or((0, 0));
        }
        Some((false, None, Some(cell))) => {
            s.cursor = cell;
            s.pick = s.grid.first_at(cell.0, cell.1);
        }
        _ => {}
    }
    keep_visible(app);
    Effect::None
}

/// Keeps the selection inside the grid and on screen.
pub(in crate::app) fn keep_visible(app: &mut App) {
    let screen = app.screen_area();
    let Some(Overlay::Coordination(s)) = app.overlays.last_mut() else {
        return;
    };
    let g = geo::geometry(screen, s.layout);
    let (rows, cols, n) = (s.grid.rows.len(), s.grid.cols.len(), s.grid.roles.len());
    s.cursor = (
        s.cursor.0.min(rows.saturating_sub(1)),
        s.cursor.1.min(cols.saturating_sub(1)),
    );
    s.pick = s.pick.min(n.saturating_sub(1));
    s.offset = (
        scrolled(s.offset.0, s.cursor.0, g.rows_fit, rows),
        scrolled(s.offset.1, s.cursor.1, g.cols_fit, cols),
    );
    let line = geo::list_line(&s.grid, s.pick);
    let total = geo::list_total(&s.grid);
    s.list_offset = scrolled(s.list_offset, line, g.lines_fit(), total);
    // The first role of an area brings its heading into sight with it.
    let row = |k: usize| s.grid.place(k).map(|(r, _)| r);
    let first_of_area = s.pick == 0 || row(s.pick - 1) != row(s.pick);
    if first_of_area && s.list_offset == line {
        s.list_offset = line.saturating_sub(1);
    }
}
