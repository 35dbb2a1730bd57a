//! The profile picker (`c`): type part of a state's or organisation's name, in any script or
//! spelling, and Enter opens its profile. Names are compared the way the search compares
//! them ([`crate::search::fold`]: case, accents, transliteration, so `rossiya` finds
//! `Россия` and `turkiye` finds `Türkiye`), against the name, every alias and the code, with
//! the search's typo-tolerant matcher as the last resort.

use super::{Action, App, Effect, Overlay, Pane};
use crate::dataset::Dataset;
use crate::search::{Fuzzy, fold};
use crate::view::profile::{self, Subject};

/// What choosing a participant in the picker does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PickFor {
    /// Opens its profile.
    #[default]
    Profile,
    /// Narrows the statistics to its items.
    Statistics,
}

/// The picker's state: the query, the participants it matches (best first) and the cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickState {
    pub query: String,
    /// Indices into the data set's participants; recomputed when the query changes.
    pub matches: Vec<usize>,
    /// Position in `matches`.
    pub cursor: usize,
    /// What Enter does with the participant chosen.
    pub purpose: PickFor,
}

/// The participants matching `query`, best first; every participant, by name, for an empty
/// query.
pub fn matches(data: &Dataset, query: &str) -> Vec<usize> {
    let q = fold::fold(query);
    let mut scored: Vec<(u32, String, usize)> = Vec::new();
    let qa: String = q.split(' ').map(fold::ascii).collect();
    let mut fuzzy = (!qa.is_empty() && qa.len() <= 32).then(|| Fuzzy::new(&qa));
    for (i, p) in data.participants.iter().enumerate() {
        let name = fold::fold(&p.name);
        let score = if q.is_empty() {
            Some(0)
        } else if p.code.eq_ignore_ascii_case(query.trim()) {
            Some(1000)
        } else {
            std::iter::once(&p.name)
                .chain(&p.aliases)
                .chain(std::iter::once(&p.code))
                .filter_map(|s| score(&fold::fold(s), &q, &qa, fuzzy.as_mut()))
                .max()
        };
        if let Some(s) = score {
            scored.push((s, name, i));
        }
    }
    scored.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, _, i)| i).collect()
}

/// How well one folded spelling matches the folded query `q` (`qa`: its ASCII form).
fn score(s: &str, q: &str, qa: &str, fuzzy: Option<&mut Fuzzy>) -> Option<u32> {
    if s == q {
        return Some(900);
    }
    if s.starts_with(q) {
        return Some(800);
    }
    if s.contains(&format!(" {q}")) {
        return Some(700);
    }
    if s.contains(q) {
        return Some(600);
    }
    let sa: String = s.split(' ').map(fold::ascii).collect();
    if qa.is_empty() {
        return None;
    }
    if sa.starts_with(qa) {
        return Some(500);
    }
    if sa.contains(qa) {
        return Some(400);
    }
    let f = fuzzy?.score(&sa)?;
    (f >= 60).then_some(100 + f)
}

/// `c`: opens the picker on every participant, the cursor on the one the dashboard's
/// selection names (a statement's participant, a decision's first one) when there is one.
pub(super) fn open(app: &mut App) {
    let named = app.current().and_then(|m| match app.dashboard.focus {
        Pane::Statements => {
            m.statements
                .get(app.selected(Pane::Statements)?)?
                .participant
        }
        Pane::Decisions => {
            let d = m.decisions.get(app.selected(Pane::Decisions)?)?;
            d.participants.first().copied()
        }
        _ => m.chairmanship,
    });
    open_for(app, PickFor::Profile, named);
}

/// Opens the picker on every participant for a purpose, the cursor on `named` if given.
pub(super) fn open_for(app: &mut App, purpose: PickFor, named: Option<usize>) {
    if app.data.participants.is_empty() {
        return app.notify("no states or organisations in the data");
    }
    let matches = matches(&app.data, "");
    let cursor = named
        .and_then(|p| matches.iter().position(|&i| i == p))
        .unwrap_or(0);
    app.overlays
        .push(Overlay::ProfilePicker(Box::new(PickState {
            query: String::new(),
            matches,
            cursor,
            purpose,
        })));
}

/// Closes the picker on a participant: opens its profile, or narrows the statistics to it.
fn choose(app: &mut App, participant: usize, purpose: PickFor) {
    app.overlays.pop();
    match purpose {
        PickFor::Profile => super::profile::open(app, Subject::Participant(participant)),
        PickFor::Statistics => super::stats::chosen(app, participant),
    }
}

/// Keys while the picker is on top.
pub(super) fn handle(app: &mut App, action: Action) -> Effect {
    let data = std::sync::Arc::clone(&app.data);
    let Some(Overlay::ProfilePicker(s)) = app.overlays.last_mut() else {
        return Effect::None;
    };
    let last = s.matches.len().saturating_sub(1);
    let requery = |s: &mut PickState| {
        s.matches = matches(&data, &s.query);
        s.cursor = 0;
    };
    match action {
        Action::Input(c) if !c.is_control() && s.query.chars().count() < 100 => {
            s.query.push(c);
            requery(s);
        }
        Action::Backspace => {
            s.query.pop();
            requery(s);
        }
        Action::ClearInput => {
            s.query.clear();
            requery(s);
        }
        Action::Down | Action::ScrollDown { .. } => s.cursor = (s.cursor + 1).min(last),
        Action::Up | Action::ScrollUp { .. } => s.cursor = s.cursor.saturating_sub(1),
        Action::PageDown => s.cursor = (s.cursor + 10).min(last),
        Action::PageUp => s.cursor = s.cursor.saturating_sub(10),
        Action::First => s.cursor = 0,
        Action::Last => s.cursor = last,
        Action::Open => {
            let Some(&p) = s.matches.get(s.cursor) else {
                app.notify("no state or organisation matches");
                return Effect::None;
            };
            let purpose = s.purpose;
            choose(app, p, purpose);
        }
        Action::Close | Action::Back => {
            app.overlays.pop();
        }
        Action::Click { x, y } => click(app, x, y),
        _ => {}
    }
    Effect::None
}

/// A click on a row selects it (on the selected row: opens it); outside the picker closes it.
fn click(app: &mut App, x: u16, y: u16) {
    let area = profile::pick_area(app.data.participants.len(), app.screen_area());
    let Some(Overlay::ProfilePicker(s)) = app.overlays.last_mut() else {
        return;
    };
    if !crate::view::layout::contains(area, x, y) {
        app.overlays.pop();
        return;
    }
    let (list, first) = profile::pick_list(area, s.cursor);
    if !crate::view::layout::contains(list, x, y) {
        return;
    }
    let row = first + usize::from(y - list.y);
    if row == s.cursor {
        if let Some(&p) = s.matches.get(row) {
            let purpose = s.purpose;
            choose(app, p, purpose);
        }
    } else if row < s.matches.len() {
        s.cursor = row;
    }
}
