//! `y` and `Y`: the selected item, or the open popup's, as plain text or as a citation, for
//! the loop to put on the terminal's clipboard. The text comes from the data set, which was
//! sanitised when loaded, and is sanitised again here: nothing raw reaches the terminal.

use super::{App, Effect, Overlay, Screen, Target};
use crate::text::{Lines, sanitize};
use crate::view::{cite, plain};

/// The most text one copy sends: terminals cap OSC 52 (xterm at about 100,000 bytes).
pub const MAX_COPY: usize = 74_000;

/// Copies the item on view: the top popup's, or the dashboard's selection.
pub(super) fn copy(app: &mut App, citation: bool) -> Effect {
    let target = match app.overlays.last() {
        Some(Overlay::Detail { target, .. }) => Some(*target),
        Some(_) => None,
        None if matches!(app.screen, Screen::Dashboard) => super::on_dashboard::target(app),
        None => None,
    };
    let Some(target) = target else {
        app.notify("nothing to copy here");
        return Effect::None;
    };
    let text = if citation {
        match target {
            Target::Item(item) => cite::citation(&app.data, item),
            _ => None,
        }
    } else {
        Some(plain::text(app.ctx(), target))
    };
    let Some(text) = text.filter(|t| !t.is_empty()) else {
        app.notify("a citation needs a meeting, agenda item, decision, statement or event");
        return Effect::None;
    };
    let text = sanitize(&text, Lines::Multi).into_owned();
    if text.len() > MAX_COPY {
        app.notify(format!(
            "too long to copy ({} bytes; terminals take about {MAX_COPY})",
            text.len()
        ));
        return Effect::None;
    }
    let what = if citation { "a citation" } else { "the item" };
    let chars = text.chars().count();
    app.notify(format!("copied {what}: {chars} characters (OSC 52)"));
    Effect::Copy(text)
}
