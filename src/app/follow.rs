//! Following links: a detail popup's lines that name other items (an agenda item's decisions
//! and statements, a decision's participants, a statement's speaker and participant, an
//! event's organisers, a meeting's related meetings and events) are links; Tab highlights
//! one, Enter follows it into another popup or a profile, stacked on the overlays;
//! Backspace goes back down the stack one step, Esc closes the whole chain. A jump from a profile to the dashboard keeps the
//! stack aside ([`super::Dashboard::trail`]) so Backspace there brings it back.

use super::nav::scroll_by;
use super::{Action, App, Effect, ItemRef, Overlay, Target};
use crate::view::detail::{self, Content};
use crate::view::layout;

/// Opens a detail popup on top, its first link highlighted.
pub(super) fn push_detail(app: &mut App, target: Target) {
    app.overlays.push(Overlay::Detail {
        target,
        scroll: 0,
        link: Some(0),
    });
}

/// Shows an item on the dashboard (switching meeting and pane, narrowed to `lens`), keeping
/// the overlays it was chosen in for Backspace.
pub(super) fn jump(app: &mut App, item: ItemRef, lens: Option<usize>) {
    to_dashboard(app);
    super::lens::set(app, lens);
    super::search::show(app, crate::search::Target::Item(item));
}

/// Leaves the overlays for the dashboard, keeping them for Backspace; from over the timeline,
/// the dashboard comes up (it is where the jump shows its item).
pub(super) fn to_dashboard(app: &mut App) {
    app.dashboard.trail = std::mem::take(&mut app.overlays);
    if matches!(app.screen, super::Screen::Timeline(_)) {
        app.screen = super::Screen::Dashboard;
    }
}

/// Backspace on the dashboard: the overlays of the last jump come back.
pub(super) fn back(app: &mut App) {
    if app.dashboard.trail.is_empty() {
        return app.notify("nothing to go back to");
    }
    app.overlays = std::mem::take(&mut app.dashboard.trail);
}

/// Esc on a popup or profile: it closes, and so do the popups and profiles it was reached
/// through (Backspace goes back one at a time).
pub(super) fn close_chain(app: &mut App) {
    while let Some(Overlay::Detail { .. } | Overlay::Profile(_) | Overlay::ProfilePicker(_)) =
        app.overlays.last()
    {
        app.overlays.pop();
    }
}

/// Keys while a detail popup is on top.
pub(super) fn detail(app: &mut App, action: Action) -> Effect {
    let Some(Overlay::Detail {
        target,
        scroll,
        link,
    }) = app.overlays.last().cloned()
    else {
        return Effect::None;
    };
    let screen = app.screen_area();
    let popup = layout::inner(layout::big_popup(screen));
    let c = detail::content(app.ctx(), target, popup.width);
    let page = usize::from(popup.height).max(1);
    let shown = c.visible(link, scroll, page);
    let (mut scroll, mut link) = (scroll, link);
    match action {
        Action::Open => return follow(app, &c, shown),
        Action::Click { x, y } if layout::contains(popup, x, y) => {
            let line = scroll + usize::from(y - popup.y);
            let hit = c.links.iter().position(|(l, _)| l.contains(&line));
            return match hit {
                Some(i) => follow(app, &c, Some(i)),
                None => Effect::None,
            };
        }
        Action::Click { x, y } if !layout::contains(layout::big_popup(screen), x, y) => {
            app.overlays.pop();
            return Effect::None;
        }
        Action::NextLink | Action::PrevLink if c.links.is_empty() => {
            app.notify("nothing to follow in this popup");
            return Effect::None;
        }
        Action::NextLink | Action::PrevLink => {
            let forward = matches!(action, Action::NextLink);
            let n = c.links.len();
            let next = match shown {
                Some(i) if forward => (i + 1) % n,
                Some(i) => (i + n - 1) % n,
                None if forward => c.nearest(scroll, true).unwrap_or(0),
                None => c.nearest(scroll + page - 1, false).unwrap_or(n - 1),
            };
            link = Some(next);
            let lines = &c.links[next].0;
            if lines.start < scroll {
                scroll = lines.start;
            } else if lines.end > scroll + page {
                scroll = (lines.end - page.min(lines.end)).min(lines.start);
            }
        }
        Action::Back => {
            app.overlays.pop();
            return Effect::None;
        }
        Action::Close => {
            close_chain(app);
            return Effect::None;
        }
        Action::ToggleHelp => {
            app.overlays.push(Overlay::Help { scroll: 0 });
            return Effect::None;
        }
        a => {
            scroll = scroll_by(scroll, &a, c.lines.len(), popup.height);
            // A highlight that scrolled away moves to a link on screen, if there is one.
            if c.visible(link, scroll, page).is_none() {
                link = c
                    .nearest(scroll, true)
                    .filter(|&i| c.visible(Some(i), scroll, page).is_some());
            }
        }
    }
    if let Some(top) = app.overlays.last_mut() {
        *top = Overlay::Detail {
            target,
            scroll,
            link,
        };
    }
    Effect::None
}

/// Follows link `i` of a popup (none highlighted: closes the popup).
fn follow(app: &mut App, c: &Content, i: Option<usize>) -> Effect {
    let Some((_, link)) = i.and_then(|i| c.links.get(i)) else {
        app.overlays.pop();
        return Effect::None;
    };
    if !super::profile::open_link(app, link)
        && let detail::Link::Item(item) = link
    {
        push_detail(app, Target::Item(*item));
    }
    Effect::None
}
