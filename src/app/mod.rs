//! The dashboard's state, and the one function that changes it.
//!
//! State is stored as indices (meeting, cursor per pane, calendar day); everything drawn is
//! derived from it and the data set each frame. [`update`] applies an [`Action`] and returns an
//! [`Effect`] for the event loop, doing no I/O itself, so the same code drives the real
//! terminal, the headless `render` command and the tests.

mod action;
mod nav;
mod overlay;
pub mod reload;
mod update;

use chrono::{NaiveDate, Weekday};

pub use action::{Action, Effect, Pane};
pub use nav::{Rows, scrolled};
pub use update::update;

use crate::dataset::{Dataset, Meeting};
use crate::load::Diagnostic;

/// What a detail popup shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The current meeting: summary, notes, sources.
    Meeting,
    /// An agenda item of the current meeting.
    Agenda(usize),
    /// A decision of the current meeting.
    Decision(usize),
    /// A statement of the current meeting.
    Statement(usize),
    /// A calendar day, with the undated events.
    Day(NaiveDate),
}

/// A window over the main screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// Every key binding.
    Help { scroll: usize },
    /// The full text of one item.
    Detail { target: Target, scroll: usize },
    /// The list of meetings to choose from.
    Picker { cursor: usize },
    /// The problems of the latest load (a failed reload).
    Problems { scroll: usize },
}

/// Options fixed at start-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// The date taken as today (injected for reproducible output).
    pub today: NaiveDate,
    /// The first day of the calendar week.
    pub week_start: Weekday,
}

/// The whole state of the dashboard.
#[derive(Debug, Clone)]
pub struct App {
    pub data: Dataset,
    pub settings: Settings,
    /// Index of the shown meeting in `data.meetings` (0 when there are none).
    pub meeting: usize,
    pub focus: Pane,
    /// Cursor row in the agenda, decisions and statements panes (positions in their rows).
    pub cursor: [usize; 3],
    /// First visible row in those panes.
    pub offset: [usize; 3],
    /// Whether decisions and statements are filtered to the selected agenda item.
    pub filter: bool,
    /// The selected calendar day.
    pub day: NaiveDate,
    pub overlay: Option<Overlay>,
    /// The terminal size, as last reported.
    pub size: (u16, u16),
    /// A short message in the footer and the ticks it has left.
    pub notice: Option<(String, u16)>,
    /// Whether `data` came from a load without errors. When false the dashboard shows the
    /// error screen instead of the panes.
    pub has_data: bool,
    /// The errors of the latest load. With `has_data` they describe a failed reload while the
    /// last good data stays on screen.
    pub problems: Vec<Diagnostic>,
    /// Whether the data directory is watched (so the error screen can promise a reload).
    pub watching: bool,
}

impl App {
    /// A dashboard on `data`, showing the latest meeting that is not in the future.
    pub fn new(data: Dataset, settings: Settings) -> Self {
        let meeting = data
            .meetings
            .iter()
            .rposition(|m| m.date.first_day() <= settings.today)
            .unwrap_or(0);
        let mut app = App {
            data,
            settings,
            meeting,
            focus: Pane::Agenda,
            cursor: [0; 3],
            offset: [0; 3],
            filter: false,
            day: settings.today,
            overlay: None,
            size: (120, 40),
            notice: None,
            has_data: true,
            problems: Vec::new(),
            watching: false,
        };
        app.show_meeting(meeting);
        app
    }

    /// A dashboard whose data failed to load: it opens on the error screen, and a later
    /// successful reload ([`reload::apply`]) brings up the panes.
    pub fn with_problems(problems: Vec<Diagnostic>, settings: Settings) -> Self {
        let mut app = App::new(Dataset::default(), settings);
        app.has_data = false;
        app.problems = problems.into_iter().filter(Diagnostic::is_error).collect();
        app.overlay = Some(Overlay::Problems { scroll: 0 });
        app
    }

    /// The meeting on screen, if the data set has any.
    pub fn current(&self) -> Option<&Meeting> {
        self.data.meetings.get(self.meeting)
    }

    /// Switches to a meeting and resets the panes to its start.
    pub fn show_meeting(&mut self, index: usize) {
        self.meeting = index;
        self.cursor = [0; 3];
        self.offset = [0; 3];
        if let Some(m) = self.current() {
            self.day = m.date.first_day();
        }
    }

    /// The selected agenda item.
    pub fn agenda_selected(&self) -> Option<usize> {
        let m = self.current()?;
        (self.cursor[0] < m.agenda.len()).then_some(self.cursor[0])
    }

    /// The rows a list pane shows: all items, or those of the selected agenda item when
    /// filtering.
    pub fn rows(&self, pane: Pane) -> Rows<'_> {
        let Some(m) = self.current() else {
            return Rows::All(0);
        };
        let filtered = |per_item: &'_ [Vec<usize>]| -> Option<usize> {
            if self.filter && !m.agenda.is_empty() {
                self.agenda_selected().filter(|a| *a < per_item.len())
            } else {
                None
            }
        };
        match pane {
            Pane::Agenda => Rows::All(m.agenda.len()),
            Pane::Decisions => match filtered(&m.agenda_decisions) {
                Some(a) => Rows::Some(&m.agenda_decisions[a]),
                None => Rows::All(m.decisions.len()),
            },
            Pane::Statements => match filtered(&m.agenda_statements) {
                Some(a) => Rows::Some(&m.agenda_statements[a]),
                None => Rows::All(m.statements.len()),
            },
            Pane::Calendar => Rows::All(0),
        }
    }

    /// The item index under a list pane's cursor.
    pub fn selected(&self, pane: Pane) -> Option<usize> {
        let slot = nav::slot(pane)?;
        self.rows(pane).get(self.cursor[slot])
    }

    /// The agenda item that the focused decision or statement belongs to (to highlight it).
    pub fn linked_agenda(&self) -> Option<usize> {
        let m = self.current()?;
        match self.focus {
            Pane::Decisions => m.decisions.get(self.selected(Pane::Decisions)?)?.agenda,
            Pane::Statements => m.statements.get(self.selected(Pane::Statements)?)?.agenda,
            _ => None,
        }
    }

    /// Whether an item of a list pane belongs to the focused agenda item (to highlight it).
    pub fn is_linked(&self, pane: Pane, item: usize) -> bool {
        if self.focus != Pane::Agenda {
            return false;
        }
        let (Some(m), Some(a)) = (self.current(), self.agenda_selected()) else {
            return false;
        };
        match pane {
            Pane::Decisions => m.decisions.get(item).is_some_and(|d| d.agenda == Some(a)),
            Pane::Statements => m.statements.get(item).is_some_and(|s| s.agenda == Some(a)),
            _ => false,
        }
    }

    /// The whole terminal, as last reported.
    pub fn screen_area(&self) -> ratatui::layout::Rect {
        ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1)
    }

    /// Shows a message in the footer for about three seconds.
    pub fn notify(&mut self, message: impl Into<String>) {
        self.notice = Some((message.into(), 12));
    }
}
