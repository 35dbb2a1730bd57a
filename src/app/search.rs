//! The search over every meeting (`/`): typing runs the query on the index at each key, the
//! arrows choose a result, Enter shows it on the dashboard (switching meeting if needed) and
//! Esc leaves the view as it was. After the search is closed, `n` and `N` go through its
//! results. The index is built on the first search, on a thread (it takes seconds on a large
//! archive); until it is ready the overlay says so.

use std::sync::Arc;

use super::{Action, App, Effect, ItemRef, Overlay, Pane, Target};
use crate::search::{self, Results, SearchIndex};

/// The most results kept for one query.
pub const LIMIT: usize = 200;

/// The search overlay's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchState {
    /// What was typed.
    pub query: String,
    /// The results of `query` (empty until the index is ready).
    pub results: Results,
    /// The selected result: an index into [`SearchState::order`].
    pub cursor: usize,
    /// What the last keystrokes' searches keep for the next one.
    pub cache: search::Cache,
}

impl SearchState {
    /// The hits in the order they are shown: grouped by kind, the groups in the order of
    /// their best hit (on a tie, what was decided and said before where it was said), and
    /// by rank within a group. Indices into `results.hits`.
    pub fn order(&self) -> Vec<usize> {
        let hits = &self.results.hits;
        let mut kinds: Vec<(u32, usize, search::Kind)> = Vec::new();
        for h in hits {
            if !kinds.iter().any(|k| k.2 == h.kind()) {
                kinds.push((h.score, priority(h.kind()), h.kind()));
            }
        }
        kinds.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        kinds
            .iter()
            .flat_map(|k| (0..hits.len()).filter(move |&i| hits[i].kind() == k.2))
            .collect()
    }

    /// The selected hit.
    pub fn selected(&self) -> Option<&search::Hit> {
        let i = *self.order().get(self.cursor)?;
        self.results.hits.get(i)
    }
}

/// Which kind of result comes first when two kinds match equally well.
fn priority(k: search::Kind) -> usize {
    use search::Kind::*;
    [
        Decision,
        Statement,
        Meeting,
        Agenda,
        Event,
        Participant,
        Person,
        Term,
    ]
    .iter()
    .position(|x| *x == k)
    .unwrap_or(usize::MAX)
}

/// `/`: opens the search, and asks for the index when there is none yet.
pub(super) fn open(app: &mut App) -> Effect {
    app.overlays.push(Overlay::Search(Box::default()));
    ask_for_index(app)
}

/// The index is wanted: build it unless it exists or is being built.
fn ask_for_index(app: &mut App) -> Effect {
    if app.index.is_some() || app.indexing {
        return Effect::None;
    }
    app.indexing = true;
    Effect::BuildIndex(Arc::clone(&app.data))
}

/// The index arrived: keep it (unless the data changed while it was built) and answer the
/// query typed meanwhile.
pub(super) fn index_ready(
    app: &mut App,
    index: Arc<SearchIndex>,
    of: Arc<crate::dataset::Dataset>,
) {
    if !Arc::ptr_eq(&of, &app.data) {
        return;
    }
    app.index = Some(index);
    app.indexing = false;
    rerun(app);
}

/// The data changed: the index and the last results no longer match it.
pub(super) fn forget(app: &mut App) -> Effect {
    app.index = None;
    app.indexing = false;
    app.last_search = None;
    if matches!(app.overlays.last(), Some(Overlay::Search(_))) {
        return ask_for_index(app);
    }
    Effect::None
}

/// Runs the query again on the current index.
fn rerun(app: &mut App) {
    let Some(Overlay::Search(s)) = app.overlays.last_mut() else {
        return;
    };
    s.results = match &app.index {
        Some(index) => index.search_with(&app.data, &s.query, LIMIT, &mut s.cache),
        None => Results::default(),
    };
    s.cursor = 0;
}

/// Keys while the search overlay is on top.
pub(super) fn handle(app: &mut App, action: Action) -> Effect {
    let Some(Overlay::Search(s)) = app.overlays.last_mut() else {
        return Effect::None;
    };
    let n = s.results.hits.len();
    match action {
        Action::Input(c) if !c.is_control() && s.query.chars().count() < 200 => {
            s.query.push(c);
            rerun(app);
        }
        Action::Backspace => {
            s.query.pop();
            rerun(app);
        }
        Action::ClearInput => {
            s.query.clear();
            rerun(app);
        }
        Action::Down | Action::ScrollDown { .. } => {
            s.cursor = (s.cursor + 1).min(n.saturating_sub(1))
        }
        Action::Up | Action::ScrollUp { .. } => s.cursor = s.cursor.saturating_sub(1),
        Action::PageDown => s.cursor = (s.cursor + 10).min(n.saturating_sub(1)),
        Action::PageUp => s.cursor = s.cursor.saturating_sub(10),
        Action::First => s.cursor = 0,
        Action::Last => s.cursor = n.saturating_sub(1),
        Action::Open => {
            let order = s.order();
            let targets: Vec<search::Target> =
                order.iter().map(|&i| s.results.hits[i].target).collect();
            let at = s.cursor;
            let Some(&target) = targets.get(at) else {
                app.notify("no result to show");
                return Effect::None;
            };
            app.overlays.pop();
            app.last_search = Some((targets, at));
            show(app, target);
        }
        Action::Close => {
            app.overlays.pop();
        }
        _ => {}
    }
    Effect::None
}

/// `n` and `N`: the next or previous result of the last search.
pub(super) fn step(app: &mut App, forward: bool) {
    let Some((targets, at)) = &mut app.last_search else {
        return app.notify("no search yet: / searches");
    };
    let n = targets.len();
    if n == 0 {
        return app.notify("the last search found nothing");
    }
    *at = if forward {
        (*at + 1) % n
    } else {
        (*at + n - 1) % n
    };
    let (target, k) = (targets[*at], *at);
    show(app, target);
    app.notify(format!("result {} of {n}", k + 1));
}

/// Shows a result where it lives: a meeting's items on the dashboard, in their pane, with
/// the meeting switched if needed; an event on its calendar day; participants and persons
/// in their profiles, glossary terms in a detail popup.
pub(super) fn show(app: &mut App, target: search::Target) {
    use crate::view::profile::Subject;
    let d = &mut app.dashboard;
    let item = match target {
        search::Target::Item(item) => item,
        search::Target::Participant(p) => {
            return super::profile::open(app, Subject::Participant(p));
        }
        search::Target::Person(p) => return super::profile::open(app, Subject::Person(p)),
        search::Target::Term(t) => return detail(app, Target::Term(t)),
    };
    if let Some(m) = item.meeting()
        && m != d.meeting
    {
        d.show_meeting(&app.data, m);
    }
    d.filter = false;
    match item {
        ItemRef::Meeting(_) => d.focus = Pane::Agenda,
        ItemRef::Agenda(_, i) => super::lens::select(app, Pane::Agenda, i),
        ItemRef::Decision(_, i) => super::lens::select(app, Pane::Decisions, i),
        ItemRef::Statement(_, i) => super::lens::select(app, Pane::Statements, i),
        ItemRef::Event(e) => {
            if let Some(date) = app.data.events.get(e).and_then(|e| e.date) {
                d.focus = Pane::Calendar;
                d.day = date.first_day();
            }
            detail(app, Target::Item(item));
        }
    }
}

fn detail(app: &mut App, target: Target) {
    super::follow::push_detail(app, target);
}
