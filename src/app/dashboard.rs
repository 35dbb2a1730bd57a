//! The dashboard screen's state: which meeting, which pane has focus, the cursor and scroll
//! of each list, the agenda filter, the lens and the calendar's day.
//!
//! It lives apart from [`super::App`] so that other screens (the error screen, a
//! presentation) can be shown and left without disturbing it. Reading is public; only
//! `update` (in this module's parent) changes it.

use chrono::NaiveDate;

use super::Pane;
use super::nav::{self, Rows};
use crate::dataset::{Dataset, Meeting};
use crate::view::list_rows::{self, RowPlan};

/// Where the user is on the dashboard.
#[derive(Debug, Clone, PartialEq)]
pub struct Dashboard {
    /// Index of the shown meeting in the data set's meetings (0 when there are none).
    pub(super) meeting: usize,
    pub(super) focus: Pane,
    /// Cursor row in the agenda, decisions and statements panes (positions in their rows).
    pub(super) cursor: [usize; 3],
    /// First visible row in those panes.
    pub(super) offset: [usize; 3],
    /// Whether decisions and statements are filtered to the selected agenda item.
    pub(super) filter: bool,
    /// The selected calendar day.
    pub(super) day: NaiveDate,
    /// The participant the dashboard is narrowed to (see [`super::lens`]).
    pub(super) lens: Option<usize>,
    /// The overlays left by the latest jump from a profile to the dashboard, which
    /// Backspace brings back.
    pub(super) trail: Vec<super::Overlay>,
    /// The calendar's view, the cursor in its day's list and its go-to-date line.
    pub(super) cal: super::calendar::CalState,
}

impl Dashboard {
    /// The dashboard on the latest meeting that is not after `today`.
    pub fn new(data: &Dataset, today: NaiveDate) -> Self {
        let meeting = data
            .meetings
            .iter()
            .rposition(|m| m.date.first_day() <= today)
            .unwrap_or(0);
        let mut d = Dashboard {
            meeting,
            focus: Pane::Agenda,
            cursor: [0; 3],
            offset: [0; 3],
            filter: false,
            day: today,
            lens: None,
            trail: Vec::new(),
            cal: super::calendar::CalState::new(today),
        };
        d.show_meeting(data, meeting);
        d
    }

    /// Index of the meeting shown.
    pub fn meeting(&self) -> usize {
        self.meeting
    }

    /// The focused pane.
    pub fn focus(&self) -> Pane {
        self.focus
    }

    /// The cursor's row in a list pane (0 for the calendar).
    pub fn cursor(&self, pane: Pane) -> usize {
        nav::slot(pane).map_or(0, |s| self.cursor[s])
    }

    /// The first visible row of a list pane (0 for the calendar).
    pub fn offset(&self, pane: Pane) -> usize {
        nav::slot(pane).map_or(0, |s| self.offset[s])
    }

    /// Whether decisions and statements are filtered to the selected agenda item.
    pub fn filter(&self) -> bool {
        self.filter
    }

    /// The calendar's selected day.
    pub fn day(&self) -> NaiveDate {
        self.day
    }

    /// The meeting on screen, if the data set has any.
    pub fn current<'d>(&self, data: &'d Dataset) -> Option<&'d Meeting> {
        data.meeting(self.meeting)
    }

    /// Switches to a meeting and resets the panes to its start.
    pub(super) fn show_meeting(&mut self, data: &Dataset, index: usize) {
        self.meeting = index;
        self.cursor = [0; 3];
        self.offset = [0; 3];
        if let Some(m) = data.meetings.get(index) {
            self.day = m.date.first_day();
        }
    }

    /// The selected agenda item.
    pub fn agenda_selected(&self, data: &Dataset) -> Option<usize> {
        let m = self.current(data)?;
        (self.cursor[0] < m.agenda.len()).then_some(self.cursor[0])
    }

    /// The rows a list pane shows: all items, or those of the selected agenda item when
    /// filtering, of the lens's participant only when there is a lens.
    pub fn rows<'d>(&self, data: &'d Dataset, pane: Pane) -> Rows<'d> {
        let Some(m) = self.current(data) else {
            return Rows::All(0);
        };
        let filtered = |per_item: &[Vec<usize>]| -> Option<usize> {
            if self.filter && !m.agenda.is_empty() {
                self.agenda_selected(data).filter(|a| *a < per_item.len())
            } else {
                None
            }
        };
        if let Some(refs) = self.lens_refs(data, pane) {
            let per_item = match pane {
                Pane::Decisions => &m.agenda_decisions,
                _ => &m.agenda_statements,
            };
            let within = filtered(per_item).map(|a| per_item[a].as_slice());
            return Rows::Refs { refs, within };
        }
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
    pub fn selected(&self, data: &Dataset, pane: Pane) -> Option<usize> {
        let slot = nav::slot(pane)?;
        self.rows(data, pane).get(self.cursor[slot])
    }

    /// The focused selection as a data-set-wide reference (None in the calendar).
    pub fn selected_ref(&self, data: &Dataset) -> Option<super::ItemRef> {
        use super::ItemRef;
        let m = self.meeting;
        Some(match self.focus {
            Pane::Agenda => ItemRef::Agenda(m, self.selected(data, Pane::Agenda)?),
            Pane::Decisions => ItemRef::Decision(m, self.selected(data, Pane::Decisions)?),
            Pane::Statements => ItemRef::Statement(m, self.selected(data, Pane::Statements)?),
            Pane::Calendar => return None,
        })
    }

    /// The agenda item that the focused decision or statement belongs to (to highlight it).
    pub fn linked_agenda(&self, data: &Dataset) -> Option<usize> {
        let m = self.current(data)?;
        match self.focus {
            Pane::Decisions => {
                m.decisions
                    .get(self.selected(data, Pane::Decisions)?)?
                    .agenda
            }
            Pane::Statements => {
                m.statements
                    .get(self.selected(data, Pane::Statements)?)?
                    .agenda
            }
            _ => None,
        }
    }

    /// Whether an item of a list pane belongs to the focused agenda item (to highlight it).
    pub fn is_linked(&self, data: &Dataset, pane: Pane, item: usize) -> bool {
        if self.focus != Pane::Agenda {
            return false;
        }
        let (Some(m), Some(a)) = (self.current(data), self.agenda_selected(data)) else {
            return false;
        };
        match pane {
            Pane::Decisions => m.decisions.get(item).is_some_and(|d| d.agenda == Some(a)),
            Pane::Statements => m.statements.get(item).is_some_and(|s| s.agenda == Some(a)),
            _ => false,
        }
    }
}

/// The dashboard's lists as the app shows them (the data is the app's).
impl super::App {
    /// The rows a list pane shows (see [`Dashboard::rows`]).
    pub fn rows(&self, pane: Pane) -> Rows<'_> {
        self.dashboard.rows(&self.data, pane)
    }

    /// How a list pane drawn in `inner` shares its lines among its rows: the drawing and
    /// the mouse read the same plan (see [`crate::view::list_rows`]).
    pub fn row_plan(&self, pane: Pane, inner: ratatui::layout::Rect) -> RowPlan {
        let rows = self.rows(pane);
        let said = |pos| {
            let m = self.current()?;
            Some(list_rows::said_text(m.statements.get(rows.get(pos)?)?))
        };
        list_rows::plan(pane, inner, rows.len(), |pos| said(pos).unwrap_or_default())
    }

    /// The item index under a list pane's cursor.
    pub fn selected(&self, pane: Pane) -> Option<usize> {
        self.dashboard.selected(&self.data, pane)
    }

    /// The agenda item that the focused decision or statement belongs to (to highlight it).
    pub fn linked_agenda(&self) -> Option<usize> {
        self.dashboard.linked_agenda(&self.data)
    }

    /// Whether an item of a list pane belongs to the focused agenda item (to highlight it).
    pub fn is_linked(&self, pane: Pane, item: usize) -> bool {
        self.dashboard.is_linked(&self.data, pane, item)
    }
}
