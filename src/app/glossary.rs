//! The glossary overlay (`w`): every term with its meaning and aliases, filtered as you type.
//! Opened from a detail popup it shows the terms that item's text uses (Tab: every term).
//! Enter opens the selected term's detail popup.

use super::{Action, App, Effect, ItemRef, Overlay, Target};
use crate::view::{glossary as geo, layout};

/// The longest filter that can be typed.
const FILTER_LEN: usize = 100;

/// The glossary overlay's state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GlossaryState {
    /// What was typed: terms whose term, meaning or aliases contain it are shown.
    pub filter: String,
    /// The item the glossary was opened from, and the terms its text uses.
    pub scope: Option<(ItemRef, Vec<usize>)>,
    /// Whether every term is shown although the glossary was opened from an item.
    pub all: bool,
    /// The terms shown (indices into the glossary), in glossary order.
    pub shown: Vec<usize>,
    /// The selected term: a position in `shown`.
    pub cursor: usize,
    /// The first term on screen: a position in `shown`.
    pub offset: usize,
}

impl GlossaryState {
    /// Whether only the item's terms are shown.
    pub fn scoped(&self) -> bool {
        self.scope.is_some() && !self.all
    }
}

/// `w`: the glossary, at the terms of the item a detail popup shows (every term otherwise).
pub(super) fn open(app: &mut App, from: Option<Target>) -> Effect {
    let scope = match from {
        Some(Target::Item(item)) => Some((item, app.data.terms_in(app.data.item_texts(item)))),
        _ => None,
    };
    let mut s = GlossaryState {
        scope,
        ..GlossaryState::default()
    };
    refilter(app, &mut s);
    app.overlays.push(Overlay::Glossary(Box::new(s)));
    Effect::None
}

/// The terms that pass the scope and the filter.
fn refilter(app: &App, s: &mut GlossaryState) {
    let needle = s.filter.to_lowercase();
    let has = |text: &str| text.to_lowercase().contains(&needle);
    let candidates: Vec<usize> = match (&s.scope, s.all) {
        (Some((_, terms)), false) => terms.clone(),
        _ => (0..app.data.glossary.len()).collect(),
    };
    s.shown = candidates
        .into_iter()
        .filter(|&i| {
            let t = &app.data.glossary[i];
            needle.is_empty() || has(&t.term) || has(&t.meaning) || t.aliases.iter().any(|a| has(a))
        })
        .collect();
    s.cursor = s.cursor.min(s.shown.len().saturating_sub(1));
}

/// The data changed: the item's terms are found again (if it is still there), and the
/// filter runs again.
pub(super) fn reloaded(app: &mut App) {
    let mut overlays = std::mem::take(&mut app.overlays);
    for o in &mut overlays {
        if let Overlay::Glossary(s) = o {
            s.scope = s.scope.take().and_then(|(item, _)| {
                super::reload::item_exists(&app.data, item)
                    .then(|| (item, app.data.terms_in(app.data.item_texts(item))))
            });
            refilter(app, s);
            s.offset = s.offset.min(s.cursor);
        }
    }
    app.overlays = overlays;
}

/// Keys while the glossary is on top.
pub(super) fn handle(app: &mut App, action: Action) -> Effect {
    let screen = app.screen_area();
    let list = geo::list_area(screen);
    let Some(Overlay::Glossary(mut s)) = app.overlays.last().cloned() else {
        return Effect::None;
    };
    let n = s.shown.len();
    let page = usize::from(list.height / 2).max(1) as isize;
    let cur = s.cursor;
    let step = |d: isize| super::nav::step(cur, d, n);
    match action {
        Action::Close => {
            app.overlays.pop();
            return Effect::None;
        }
        Action::Input(c) if !c.is_control() && s.filter.chars().count() < FILTER_LEN => {
            s.filter.push(c);
            s.cursor = 0;
            refilter(app, &mut s);
        }
        Action::Backspace => {
            s.filter.pop();
            refilter(app, &mut s);
        }
        Action::ClearInput => {
            s.filter.clear();
            refilter(app, &mut s);
        }
        Action::ToggleScope if s.scope.is_some() => {
            s.all = !s.all;
            s.cursor = 0;
            refilter(app, &mut s);
        }
        Action::ToggleScope => app.notify("every term is shown"),
        Action::Up | Action::ScrollUp { .. } => s.cursor = step(-1),
        Action::Down | Action::ScrollDown { .. } => s.cursor = step(1),
        Action::PageUp => s.cursor = step(-page),
        Action::PageDown => s.cursor = step(page),
        Action::First => s.cursor = 0,
        Action::Last => s.cursor = n.saturating_sub(1),
        Action::Open => return open_term(app, &s),
        Action::Click { x, y } => {
            if !layout::contains(geo::frame(screen), x, y) {
                app.overlays.pop();
                return Effect::None;
            }
            if layout::contains(list, x, y) {
                let heights = geo::heights(&app.data, &s.shown, usize::from(list.width));
                let line = usize::from(y - list.y);
                match geo::term_at(&heights, s.offset, line) {
                    Some(k) if k == s.cursor => return open_term(app, &s),
                    Some(k) => s.cursor = k,
                    None => {}
                }
            }
        }
        _ => {}
    }
    let heights = geo::heights(&app.data, &s.shown, usize::from(list.width));
    s.offset = geo::offset_for(&heights, s.offset, s.cursor, usize::from(list.height));
    if let Some(top) = app.overlays.last_mut() {
        *top = Overlay::Glossary(s);
    }
    Effect::None
}

/// Opens the selected term's detail popup.
fn open_term(app: &mut App, s: &GlossaryState) -> Effect {
    match s.shown.get(s.cursor) {
        Some(&t) => super::follow::push_detail(app, Target::Term(t)),
        None => app.notify("no term to open"),
    }
    Effect::None
}
