//! `update`: the one place where actions change the app's state. It dispatches on the screen,
//! then on the overlay on top, and does no I/O: what the loop must do comes back as an
//! [`Effect`].

use super::{Action, App, Effect, Screen, on_dashboard, on_presentation, overlay, reload};
use crate::view::{layout, problems};

/// Applies an action. Returns what the event loop must do; performs no I/O.
pub fn update(app: &mut App, action: Action) -> Effect {
    // A notice answers the previous key; the next key makes it stale.
    if from_the_user(&action) {
        app.notice = None;
    }
    let effect = match action {
        Action::Quit => return Effect::Quit,
        Action::Suspend => return Effect::Suspend,
        Action::Resize { width, height } => {
            app.size = (width, height);
            Effect::None
        }
        Action::Tick(now) => {
            tick(app, now);
            on_presentation::tick(app)
        }
        Action::Reloaded(loaded) => {
            let anchors = super::coord::capture(app);
            let selected = super::timeline::capture(app);
            if reload::apply(app, *loaded) {
                super::coord::reloaded(app, anchors);
                super::timeline::reloaded(app, selected);
                super::glossary::reloaded(app);
                super::stats::reloaded(app);
                super::search::forget(app)
            } else {
                Effect::None
            }
        }
        Action::IndexReady(index, of) => {
            super::search::index_ready(app, index, of);
            Effect::None
        }
        Action::ReloadFailed(message) => {
            reload::apply_failure(app, message);
            Effect::None
        }
        // The other view's messages apply whatever is on top.
        Action::Peer(_) => on_presentation::handle(app, action),
        // Keys act on nothing invisible: on the "too small" message only quitting works.
        _ if layout::too_small(app.screen_area()) && app.presentation().is_none() => Effect::None,
        Action::Copy | Action::CopyCitation => {
            super::copy::copy(app, matches!(action, Action::CopyCitation))
        }
        _ if !app.overlays.is_empty() => overlay::handle(app, action),
        _ => match app.screen {
            Screen::Dashboard => on_dashboard::handle(app, action),
            Screen::Presentation(_) => on_presentation::handle(app, action),
            Screen::Timeline(_) => super::timeline::handle(app, action),
            Screen::Statistics(_) => super::stats::handle(app, action),
            Screen::Error { scroll } => {
                let area = problems::text_area(false, app.screen_area());
                let total = problems::lines(&app.problems, &app.theme, area.width).len();
                let scroll = super::nav::scroll_by(scroll, &action, total, area.height);
                app.screen = Screen::Error { scroll };
                Effect::None
            }
        },
    };
    on_dashboard::keep_visible(app);
    super::coord::keep_visible(app);
    super::timeline::keep_visible(app);
    effect
}

/// Whether an action comes from the user's keys or mouse (not the clock, the watcher, the
/// terminal or the other presentation view).
fn from_the_user(action: &Action) -> bool {
    !matches!(
        action,
        Action::Tick(_)
            | Action::Resize { .. }
            | Action::Reloaded(_)
            | Action::ReloadFailed(_)
            | Action::Peer(_)
    )
}

/// The clock moved on: notices expire.
fn tick(app: &mut App, now: super::Now) {
    app.now = now;
    if app.notice.as_ref().is_some_and(|n| n.until <= now.mono) {
        app.notice = None;
    }
}
