//! Taking in a fresh load of the data: keep the user's place, or keep the last good data.
//!
//! Like presenterm's presenter, a failed reload never replaces what is on screen: the last good
//! data stays, and a banner says what is wrong until the files are fixed. A successful reload
//! keeps the meeting, focus, selections and calendar day wherever their ids still exist.

use super::{App, Overlay, Pane, Target};
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
        statement: app.cursor[2],
    }
}

fn restore(app: &mut App, place: Place) {
    let (focus, filter, day, cursor) = (app.focus, app.filter, app.day, app.cursor);
    let meeting = place
        .meeting
        .and_then(|id| app.data.meetings.iter().position(|m| m.id == id));
    app.show_meeting(meeting.unwrap_or(app.meeting.min(app.data.meetings.len().saturating_sub(1))));
    app.focus = focus;
    app.day = day;
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
    app.cursor[0] = agenda.unwrap_or(cursor[0]);
    app.filter = filter && has_agenda;
    app.cursor[1] = decision
        .and_then(|d| app.rows(Pane::Decisions).position(d))
        .unwrap_or(cursor[1]);
    app.cursor[2] = place.statement;
    for (slot, pane) in [Pane::Agenda, Pane::Decisions, Pane::Statements]
        .into_iter()
        .enumerate()
    {
        app.cursor[slot] = app.cursor[slot].min(app.rows(pane).len().saturating_sub(1));
    }
}

/// Whether an overlay still points at something that exists.
fn overlay_valid(app: &App, overlay: Overlay) -> bool {
    let Some(m) = app.current() else {
        return matches!(overlay, Overlay::Help { .. });
    };
    match overlay {
        Overlay::Detail {
            target: Target::Agenda(i),
            ..
        } => i < m.agenda.len(),
        Overlay::Detail {
            target: Target::Decision(i),
            ..
        } => i < m.decisions.len(),
        Overlay::Detail {
            target: Target::Statement(i),
            ..
        } => i < m.statements.len(),
        Overlay::Picker { cursor } => cursor < app.data.meetings.len(),
        Overlay::Problems { .. } => !app.problems.is_empty(),
        Overlay::Detail {
            target: Target::Day(_) | Target::Meeting,
            ..
        }
        | Overlay::Help { .. } => true,
    }
}

/// Applies the result of a reload.
pub fn apply(app: &mut App, loaded: Loaded) {
    let was_error_screen = !app.has_data;
    let errors: Vec<Diagnostic> = loaded
        .diagnostics
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect();
    if !errors.is_empty() {
        let n = errors.len();
        app.problems = errors;
        if app.has_data {
            app.notify(format!(
                "reload failed with {n} error(s); showing the last good data"
            ));
        }
        return;
    }
    let recovered = !app.has_data || !app.problems.is_empty();
    if !recovered && loaded.dataset == app.data {
        return;
    }
    let place = capture(app);
    app.data = loaded.dataset;
    app.has_data = true;
    app.problems.clear();
    restore(app, place);
    if was_error_screen {
        app.overlay = None;
    }
    if let Some(o) = app.overlay
        && !overlay_valid(app, o)
    {
        app.overlay = None;
    }
    app.notify("reloaded");
}

/// Applies a reload that could not read the directory at all (it was deleted, say).
pub fn apply_failure(app: &mut App, message: String) {
    let d = Diagnostic::file("data", crate::load::Code::Io, message);
    app.problems = vec![d];
    if app.has_data {
        app.notify("reload failed; showing the last good data");
    }
}
