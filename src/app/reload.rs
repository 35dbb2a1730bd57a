//! Taking in a fresh load of the data: keep the user's place, or keep the last good data.
//!
//! Like presenterm's presenter, a failed reload never replaces what is on screen: the last good
//! data stays, and a banner says what is wrong until the files are fixed. A successful reload
//! keeps the meeting, focus, selections and calendar day wherever their ids still exist.

use super::{App, ItemRef, Overlay, Pane, Screen, Target};
use crate::load::{Diagnostic, Loaded};

/// Where the user is, by id rather than by index, so it survives a reload.
struct Place {
    meeting: Option<String>,
    agenda: Option<String>,
    decision: Option<String>,
    statement: usize,
}

fn capture(app: &App) -> Place {
    let m = app.current();
    Place {
        meeting: m.map(|m| m.id.clone()),
        agenda: m
            .and_then(|m| m.agenda.get(app.selected(Pane::Agenda)?))
            .map(|a| a.id.clone()),
        decision: m
            .and_then(|m| m.decisions.get(app.selected(Pane::Decisions)?))
            .map(|d| d.id.clone()),
        statement: app.dashboard.cursor[2],
    }
}

fn restore(app: &mut App, place: Place) {
    let d = &app.dashboard;
    let (focus, filter, day, cursor) = (d.focus, d.filter, d.day, d.cursor);
    let meeting = place
        .meeting
        .and_then(|id| app.data.meetings.iter().position(|m| m.id == id));
    let fallback = d.meeting.min(app.data.meetings.len().saturating_sub(1));
    app.dashboard
        .show_meeting(&app.data, meeting.unwrap_or(fallback));
    app.dashboard.focus = focus;
    app.dashboard.day = day;
    if meeting.is_none() {
        return;
    }
    let Some(m) = app.current() else { return };
    let agenda = place
        .agenda
        .and_then(|id| m.agenda.iter().position(|a| a.id == id));
    let decision = place
        .decision
        .and_then(|id| m.decisions.iter().position(|d| d.id == id));
    let has_agenda = !m.agenda.is_empty();
    app.dashboard.cursor[0] = agenda.unwrap_or(cursor[0]);
    app.dashboard.filter = filter && has_agenda;
    app.dashboard.cursor[1] = decision
        .and_then(|d| app.rows(Pane::Decisions).position(d))
        .unwrap_or(cursor[1]);
    app.dashboard.cursor[2] = place.statement;
    for (slot, pane) in [Pane::Agenda, Pane::Decisions, Pane::Statements]
        .into_iter()
        .enumerate()
    {
        let len = app.rows(pane).len();
        app.dashboard.cursor[slot] = app.dashboard.cursor[slot].min(len.saturating_sub(1));
    }
}

/// Whether an item is in the data.
pub(super) fn item_exists(data: &crate::dataset::Dataset, item: ItemRef) -> bool {
    match item {
        ItemRef::Meeting(m) => m < data.meetings.len(),
        ItemRef::Agenda(m, i) => data.meetings.get(m).is_some_and(|m| i < m.agenda.len()),
        ItemRef::Decision(m, i) => data.meetings.get(m).is_some_and(|m| i < m.decisions.len()),
        ItemRef::Statement(m, i) => data.meetings.get(m).is_some_and(|m| i < m.statements.len()),
        ItemRef::Event(e) => e < data.events.len(),
    }
}

/// Whether an overlay still points at something that exists.
fn overlay_valid(app: &App, overlay: &Overlay) -> bool {
    let data = &app.data;
    match overlay {
        Overlay::Detail {
            target: Target::Item(item),
            ..
        } => item_exists(data, *item),
        Overlay::Picker { cursor } => *cursor < data.meetings.len(),
        Overlay::Overview { cursor } => {
            app.presentation().is_some_and(|p| *cursor < p.deck().len())
        }
        Overlay::Problems { .. } => !app.problems.is_empty(),
        Overlay::Detail {
            target: Target::Participant(p),
            ..
        } => *p < data.participants.len(),
        Overlay::Detail {
            target: Target::Person(p),
            ..
        } => *p < data.persons.len(),
        Overlay::Detail {
            target: Target::Term(t),
            ..
        } => *t < data.glossary.len(),
        Overlay::Detail {
            target: Target::Assignment(a),
            ..
        } => *a < data.assignments.len(),
        Overlay::Detail {
            target: Target::Day(_),
            ..
        }
        | Overlay::Search(_)
        | Overlay::Help { .. }
        | Overlay::Coordination(_)
        | Overlay::Glossary(_)
        // Profiles and the profile picker were remapped (see [`super::remap`]).
        | Overlay::Profile(_)
        | Overlay::ProfilePicker(_) => true,
        Overlay::DayMenu(m) => m.meetings.iter().all(|&i| i < data.meetings.len()),
    }
}

/// Applies the result of a reload; returns whether the data on screen changed.
pub(super) fn apply(app: &mut App, loaded: Loaded) -> bool {
    let was_error_screen = !app.has_data();
    let errors: Vec<Diagnostic> = loaded
        .diagnostics
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect();
    if !errors.is_empty() {
        let n = errors.len();
        app.problems = errors;
        if app.has_data() {
            let errors = crate::view::count(n, "error", "errors");
            app.notify(format!(
                "reload failed with {errors}; showing the last good data"
            ));
        }
        return false;
    }
    let recovered = was_error_screen || !app.problems.is_empty();
    if !recovered && loaded.dataset == *app.data {
        return false;
    }
    let place = capture(app);
    let presented = app
        .presentation()
        .and_then(|p| app.data.meetings.get(p.deck().meeting))
        .map(|m| m.id.clone());
    let old = std::mem::replace(&mut app.data, std::sync::Arc::new(loaded.dataset));
    super::remap::apply(app, &old);
    if was_error_screen {
        app.screen = Screen::Dashboard;
    }
    app.problems.clear();
    restore(app, place);
    if let Screen::Presentation(p) = &mut app.screen {
        let data = &app.data;
        match presented.and_then(|id| data.meetings.iter().position(|m| m.id == id)) {
            Some(meeting) => p.rebuild(data, meeting),
            // The meeting is gone: back to the dashboard rather than an empty deck.
            None => app.screen = Screen::Dashboard,
        }
    }
    if was_error_screen {
        app.overlays.clear();
    }
    // An overlay whose item is gone closes, and so does everything above it.
    if let Some(gone) = app.overlays.iter().position(|o| !overlay_valid(app, o)) {
        app.overlays.truncate(gone);
    }
    let trail = &app.dashboard.trail;
    if let Some(gone) = trail.iter().position(|o| !overlay_valid(app, o)) {
        app.dashboard.trail.truncate(gone);
    }
    app.notify("reloaded");
    true
}

/// Applies a reload that could not read the directory at all (it was deleted, say).
pub(super) fn apply_failure(app: &mut App, message: String) {
    let d = Diagnostic::file("data", crate::load::Code::Io, message);
    app.problems = vec![d];
    if app.has_data() {
        app.notify("reload failed; showing the last good data");
    }
}
