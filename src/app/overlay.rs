//! Actions while an overlay (help, detail, picker, problems) is open: they scroll or choose
//! within it, and close it; the panes underneath keep their state.

use super::nav::step;
use super::{Action, App, Overlay};
use crate::ui::{self, layout};

/// Keys while an overlay is open.
pub(super) fn handle(app: &mut App, action: Action) {
    let Some(ov) = app.overlay else { return };
    let screen = app.screen_area();
    match (ov, action) {
        // The error screen is not an overlay one can close: there is nothing under it.
        (_, Action::Close) if !app.has_data => {}
        (_, Action::Close) | (Overlay::Help { .. }, Action::ToggleHelp) => app.overlay = None,
        (Overlay::Picker { cursor }, Action::Open) => {
            app.overlay = None;
            app.show_meeting(cursor);
        }
        (Overlay::Picker { cursor }, Action::Click { x, y }) => {
            match ui::picker::row_at(app, screen, x, y) {
                Some(row) if row == cursor => {
                    app.overlay = None;
                    app.show_meeting(row);
                }
                Some(row) => app.overlay = Some(Overlay::Picker { cursor: row }),
                None if !layout::contains(ui::picker::area(app, screen), x, y) => {
                    app.overlay = None
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
            app.overlay = Some(Overlay::Picker { cursor });
        }
        (_, Action::Click { x, y }) => {
            if app.has_data && !layout::contains(layout::big_popup(screen), x, y) {
                app.overlay = None;
            }
        }
        (
            Overlay::Help { scroll }
            | Overlay::Detail { scroll, .. }
            | Overlay::Problems { scroll },
            a,
        ) => {
            let popup = match ov {
                Overlay::Problems { .. } => ui::problems::text_area(app, screen),
                _ => layout::inner(layout::big_popup(screen)),
            };
            let total = match ov {
                Overlay::Detail { target, .. } => ui::detail::lines(app, target, popup.width).len(),
                Overlay::Problems { .. } => ui::problems::lines(app, popup.width).len(),
                _ => ui::help::lines(popup.width).len(),
            };
            let page = usize::from(popup.height).max(1);
            let max = total.saturating_sub(page);
            let scroll = match a {
                Action::Up | Action::ScrollUp { .. } => scroll.saturating_sub(1),
                Action::Down | Action::ScrollDown { .. } => scroll + 1,
                Action::PageUp => scroll.saturating_sub(page),
                Action::PageDown => scroll + page,
                Action::First => 0,
                Action::Last => max,
                _ => scroll,
            }
            .min(max);
            app.overlay = Some(match ov {
                Overlay::Detail { target, .. } => Overlay::Detail { target, scroll },
                Overlay::Problems { .. } => Overlay::Problems { scroll },
                _ => Overlay::Help { scroll },
            });
        }
    }
}
