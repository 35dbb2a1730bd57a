//! The day menu: what Enter offers on a meeting's day in the calendar — to show each of the
//! day's meetings on the dashboard, or the whole day in full — chosen with the arrows and
//! Enter, or a click.

use chrono::NaiveDate;

use crate::app::{Action, App, Effect, Overlay, Pane, Target};
use crate::view::calendar::menu;

/// The menu's day, the meetings it offers and the chosen row (after the meetings: the day).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayMenu {
    pub day: NaiveDate,
    /// Indices into the data set's meetings.
    pub meetings: Vec<usize>,
    pub cursor: usize,
}

impl DayMenu {
    /// A menu on `day` offering `meetings`, row `cursor` chosen.
    pub fn new(day: NaiveDate, meetings: Vec<usize>, cursor: usize) -> Self {
        DayMenu {
            day,
            meetings,
            cursor,
        }
    }

    /// How many choices: each meeting, and the day.
    pub fn choices(&self) -> usize {
        self.meetings.len() + 1
    }
}

/// Opens the menu over the dashboard.
pub(in crate::app) fn open(app: &mut App, menu: DayMenu) {
    app.overlays.push(Overlay::DayMenu(Box::new(menu)));
}

/// Keys while the menu is on top.
pub(in crate::app) fn handle(app: &mut App, action: Action) -> Effect {
    let screen = app.screen_area();
    let Some(Overlay::DayMenu(m)) = app.overlays.last_mut() else {
        return Effect::None;
    };
    let last = m.choices() - 1;
    match action {
        Action::Down | Action::ScrollDown { .. } => m.cursor = (m.cursor + 1).min(last),
        Action::Up | Action::ScrollUp { .. } => m.cursor = m.cursor.saturating_sub(1),
        Action::Open => {
            let i = m.cursor;
            choose(app, i);
        }
        Action::Click { x, y } => match menu::choice_at(screen, m.choices(), x, y) {
            Some(i) if i == m.cursor => choose(app, i),
            Some(i) => m.cursor = i,
            None if !crate::view::layout::contains(menu::area(screen, m.choices()), x, y) => {
                app.overlays.pop();
            }
            None => {}
        },
        Action::Close | Action::Back => {
            app.overlays.pop();
        }
        _ => {}
    }
    Effect::None
}

/// Does what choice `i` says, closing the menu.
fn choose(app: &mut App, i: usize) {
    let Some(Overlay::DayMenu(m)) = app.overlays.pop() else {
        return;
    };
    match m.meetings.get(i) {
        Some(&meeting) => {
            app.dashboard.show_meeting(&app.data, meeting);
            app.dashboard.focus = Pane::Agenda;
            if let Some(title) = app.current().map(|m| m.title.clone()) {
                app.notify(format!("showing {title}"));
            }
        }
        None => crate::app::follow::push_detail(app, Target::Day(m.day)),
    }
}
