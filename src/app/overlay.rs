//! Actions while an overlay (help, detail, picker, problems) is on top: they scroll or choose
//! within it, open another overlay above it, or close it, returning to what was under it. The
//! screen underneath keeps its state. Detail popups, profiles and the profile picker have
//! modules of their own.

use super::nav::{scroll_by, step};
use super::{Action, App, Effect, Overlay, Screen};
use crate::view::deck::Overview;
use crate::view::{help, layout, problems};

/// Keys while an overlay is open: the top one gets them.
pub(super) fn handle(app: &mut App, action: Action) -> Effect {
    match app.overlays.last() {
        Some(&Overlay::Detail { target, .. }) if matches!(action, Action::OpenGlossary) => {
            return super::glossary::open(app, Some(target));
        }
        Some(Overlay::Detail { .. }) => return super::follow::detail(app, action),
        Some(Overlay::Profile(_)) => return super::profile::handle(app, action),
        Some(Overlay::ProfilePicker(_)) => return super::pick::handle(app, action),
        Some(Overlay::DayMenu(_)) => return super::calendar::menu::handle(app, action),
        Some(_) if matches!(action, Action::Back) => {
            app.overlays.pop();
            return Effect::None;
        }
        _ => {}
    }
    let Some(top) = app.overlays.last().cloned() else {
        return Effect::None;
    };
    let screen = app.screen_area();
    match (top, action) {
        (Overlay::Search(_), a) => return super::search::handle(app, a),
        (Overlay::Coordination(_), a) => return super::coord::handle(app, a),
        (Overlay::Glossary(_), a) => return super::glossary::handle(app, a),
        (Overlay::Overview { .. }, Action::ToggleOverview) => {
            app.overlays.pop();
        }
        (Overlay::Overview { cursor }, a) => return overview(app, cursor, a),
        (Overlay::Help { .. }, Action::ToggleHelp) | (_, Action::Close) => {
            app.overlays.pop();
        }
        (_, Action::ToggleHelp) => app.overlays.push(Overlay::Help { scroll: 0 }),
        (Overlay::Picker { cursor }, Action::Open) => choose(app, cursor),
        (Overlay::Picker { cursor }, Action::Click { x, y }) => {
            let count = app.data.meetings.len();
            match layout::picker_row_at(count, cursor, screen, x, y) {
                Some(row) if row == cursor => choose(app, row),
                Some(row) => set_top(app, Overlay::Picker { cursor: row }),
                None if !layout::contains(layout::picker_area(count, screen), x, y) => {
                    app.overlays.pop();
                }
                None => {}
            }
        }
        (Overlay::Picker { cursor }, a) => {
            let len = app.data.meetings.len();
            let cursor = match a {
                Action::Up | Action::ScrollUp { .. } => step(cursor, -1, len),
                Action::Down | Action::ScrollDown { .. } => step(cursor, 1, len),
                Action::PageUp => step(cursor, -10, len),
                Action::PageDown => step(cursor, 10, len),
                Action::First => 0,
                Action::Last => len.saturating_sub(1),
                _ => cursor,
            };
            set_top(app, Overlay::Picker { cursor });
        }
        (_, Action::Click { x, y }) => {
            if !layout::contains(layout::big_popup(screen), x, y) {
                app.overlays.pop();
            }
        }
        // Handled above, by their own modules.
        (
            Overlay::Detail { .. }
            | Overlay::Profile(_)
            | Overlay::ProfilePicker(_)
            | Overlay::DayMenu(_),
            _,
        ) => {}
        (ov @ (Overlay::Help { .. } | Overlay::Problems { .. }), a) => {
            let popup = layout::inner(layout::big_popup(screen));
            let total = match &ov {
                Overlay::Problems { .. } => {
                    problems::lines(&app.problems, &app.theme, popup.width).len()
                }
                _ => help::lines(&app.theme, popup.width, app.presentation().is_some()).len(),
            };
            let next = match ov {
                Overlay::Problems { scroll } => Overlay::Problems {
                    scroll: scroll_by(scroll, &a, total, popup.height),
                },
                Overlay::Help { scroll } => Overlay::Help {
                    scroll: scroll_by(scroll, &a, total, popup.height),
                },
                Overlay::Picker { .. }
                | Overlay::Overview { .. }
                | Overlay::Search(_)
                | Overlay::Detail { .. }
                | Overlay::Profile(_)
                | Overlay::ProfilePicker(_)
                | Overlay::Coordination(_)
                | Overlay::Glossary(_)
                | Overlay::DayMenu(_) => {
                    return Effect::None;
                }
            };
            set_top(app, next);
        }
    }
    Effect::None
}

/// The overview grid: arrows move by tile and by row, Enter or a click goes to the slide.
fn overview(app: &mut App, cursor: usize, action: Action) -> Effect {
    let Screen::Presentation(p) = &app.screen else {
        app.overlays.pop();
        return Effect::None;
    };
    let n = p.deck().len();
    let grid = Overview::new(app.screen_area(), n, cursor);
    let cols = grid.cols as isize;
    let cursor = match action {
        Action::Left | Action::PrevSlide | Action::ScrollUp { .. } => step(cursor, -1, n),
        Action::Right | Action::NextSlide | Action::ScrollDown { .. } => step(cursor, 1, n),
        Action::Up => step(cursor, -cols, n),
        Action::Down => step(cursor, cols, n),
        Action::First => 0,
        Action::Last => n.saturating_sub(1),
        Action::Open => return go(app, cursor),
        Action::Click { x, y } => match grid.at(x, y) {
            Some(i) => return go(app, i),
            None => cursor,
        },
        Action::Close => {
            app.overlays.pop();
            return Effect::None;
        }
        _ => cursor,
    };
    set_top(app, Overlay::Overview { cursor });
    Effect::None
}

/// Closes the overview on a slide.
fn go(app: &mut App, slide: usize) -> Effect {
    app.overlays.pop();
    super::on_presentation::goto(app, slide)
}

/// Replaces the overlay on top.
fn set_top(app: &mut App, overlay: Overlay) {
    if let Some(top) = app.overlays.last_mut() {
        *top = overlay;
    }
}

/// Shows the meeting chosen in the picker and closes the picker.
fn choose(app: &mut App, meeting: usize) {
    app.overlays.pop();
    app.dashboard.show_meeting(&app.data, meeting);
}
