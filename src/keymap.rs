//! Keys → actions in the current state: which contexts of the key table
//! ([`crate::bindings`]) are active on the screen and overlay shown, the action a key asks for
//! there, and the footer's hints.

use crate::app::{Action, App, Overlay, Pane, Screen};
pub use crate::bindings::{BINDINGS, Binding, Context, Key};
use Context::*;

/// The contexts active in a state, most specific first: the overlay on top, else the screen.
pub fn contexts(app: &App) -> &'static [Context] {
    match (app.overlay(), app.screen()) {
        (Some(Overlay::Help { .. }), _) => &[Help, Always],
        (Some(Overlay::Detail { .. }), _) => &[Detail, Always],
        (Some(Overlay::Picker { .. }), _) => &[Picker, Always],
        (Some(Overlay::Problems { .. }), _) => &[Problems, Always],
        (Some(Overlay::Overview { .. }), _) => &[Overview, Always],
        (Some(Overlay::Search(_)), _) => &[Search, Always],
        (Some(Overlay::Profile(_)), _) => &[Profile, Always],
        (Some(Overlay::ProfilePicker(_)), _) => &[ProfilePicker, Always],
        (Some(Overlay::Coordination(_)), _) => &[Coordination, Always],
        (Some(Overlay::Glossary(_)), _) => &[Glossary, Always],
        (Some(Overlay::DayMenu { .. }), _) => &[DayMenu, Always],
        (None, Screen::Statistics(s)) if s.typed.is_some() => &[StatsYears, Always],
        (None, Screen::Statistics(_)) => &[Statistics, Always],
        (None, Screen::Presentation(_)) => &[Presentation, Always],
        (None, Screen::Timeline(_)) => &[Timeline, Always],
        (None, Screen::Error { .. }) => &[ErrorScreen, Problems, Always],
        (None, Screen::Dashboard) if app.dashboard().date_input().is_some() => &[DateInput, Always],
        (None, Screen::Dashboard) if app.dashboard().focus() == Pane::Calendar => {
            &[Calendar, Main, Always]
        }
        (None, Screen::Dashboard) => &[Lists, Main, Always],
    }
}

/// The action bound to a key in the current state. In the search and the profile picker, a
/// printable key that is bound to nothing there is typed into the query.
pub fn action_for(app: &App, key: Key) -> Option<Action> {
    let ctxs = contexts(app);
    let bound = ctxs.iter().find_map(|ctx| {
        BINDINGS
            .iter()
            .find(|b| b.context == *ctx && b.keys.contains(&key))
            .map(|b| b.action.clone())
    });
    match (bound, key.code) {
        (None, ratatui::crossterm::event::KeyCode::Char(c))
            if ctxs.iter().any(|c| {
                matches!(
                    c,
                    Search | ProfilePicker | Coordination | Glossary | DateInput | StatsYears
                )
            }) && !key.ctrl =>
        {
            Some(Action::Input(c))
        }
        (bound, _) => bound,
    }
}

/// Footer hints for the current state: `("j/k", "move")`, … A binding whose keys a more
/// specific context binds to something else is not hinted: those keys do the other thing.
pub fn hints(app: &App) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = Vec::new();
    let ctxs = contexts(app);
    for (i, ctx) in ctxs.iter().enumerate() {
        let shadowed = |k: &Key| {
            BINDINGS
                .iter()
                .any(|b| ctxs[..i].contains(&b.context) && b.keys.contains(k))
        };
        for b in BINDINGS.iter().filter(|b| b.context == *ctx) {
            let (Some(hint), Some(key)) = (b.hint, b.keys.first()) else {
                continue;
            };
            if b.keys.iter().all(shadowed) {
                continue;
            }
            if matches!(b.action, Action::Close) && !app.has_data() {
                continue;
            }
            match out.last_mut() {
                Some((keys, h)) if *h == hint => {
                    keys.push('/');
                    keys.push_str(&key.label());
                }
                _ => out.push((key.label(), hint)),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                if a.context == b.context {
                    for k in a.keys {
                        assert!(
                            !b.keys.contains(k),
                            "{:?} bound twice in {:?}",
                            k,
                            a.context
                        );
                    }
                }
            }
        }
    }
}
