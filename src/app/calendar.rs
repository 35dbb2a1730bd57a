//! The calendar pane's state and what its keys do: the view (month, week or year), moving the
//! selected day, jumping to busy days, the cursor in the day's list, Enter, clicks and the
//! go-to-date line.
//!
//! The cursor is kept with the day it was moved on, so a day chosen any other way (a search
//! result, another meeting, a click) starts at its heading without every such place having
//! to reset it.

use chrono::{Duration, NaiveDate};

pub mod menu;

use super::{Action, App, Dashboard, Pane, Target};
use crate::calendar::{CalView, add_months, goto, month_end, month_start, week, year_bounds};
use crate::dataset::{CalItem, Dataset, ItemRef};
use crate::view::calendar::{CalLayout, DayList, layout};
use crate::view::layout as screen;
use menu::DayMenu;

/// The calendar's own state on the dashboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalState {
    view: CalView,
    /// The day the list's cursor was moved on, and its entry there (0: the day's heading).
    entry: (NaiveDate, usize),
    /// The go-to-date line, while it is open.
    input: Option<DateInput>,
}

impl CalState {
    /// The month view, its cursor on the heading.
    pub(super) fn new(day: NaiveDate) -> Self {
        CalState {
            view: CalView::Month,
            entry: (day, 0),
            input: None,
        }
    }
}

/// The go-to-date line: what has been typed, and what was wrong with it after Enter.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DateInput {
    pub text: String,
    pub error: Option<String>,
}

impl Dashboard {
    /// The calendar's view.
    pub fn calendar_view(&self) -> CalView {
        self.cal.view
    }

    /// The selected entry of the day's list: 0 for the day itself, then from 1.
    pub fn entry(&self) -> usize {
        if self.cal.entry.0 == self.day {
            self.cal.entry.1
        } else {
            0
        }
    }

    /// The go-to-date line, while it is open.
    pub fn date_input(&self) -> Option<&DateInput> {
        self.cal.input.as_ref()
    }

    /// The selected day's list, as the lens narrows it.
    pub fn day_list<'d>(&self, data: &'d Dataset) -> DayList<'d> {
        DayList::new(
            data,
            self.day,
            |c| self.calendar_keeps(data, c),
            self.undated(data),
        )
    }
}

impl App {
    /// Where the calendar pane's grid and list are on the current screen.
    pub fn calendar_layout(&self) -> CalLayout {
        let inner = screen::inner(screen::pane_area(self.screen_area(), Pane::Calendar));
        let d = &self.dashboard;
        layout(d.cal.view, d.day, self.settings.week_start, inner)
    }
}

/// A calendar key on the dashboard.
pub(super) fn handle(app: &mut App, action: Action) {
    let d = app.dashboard.day;
    let days = |n: i64| d.checked_add_signed(Duration::days(n)).unwrap_or(d);
    let view = app.dashboard.cal.view;
    let day = match action {
        Action::CalendarView => {
            app.dashboard.cal.view = view.next();
            return;
        }
        Action::NextBusyDay => return busy(app, true),
        Action::PrevBusyDay => return busy(app, false),
        Action::NextEntry => return step_entry(app, true),
        Action::PrevEntry => return step_entry(app, false),
        Action::GoToDate => {
            app.dashboard.cal.input = Some(DateInput::default());
            return;
        }
        Action::Left => days(-1),
        Action::Right => days(1),
        Action::Up => days(-7),
        Action::Down => days(7),
        Action::First | Action::Last => {
            let (first, last) = match view {
                CalView::Month => (month_start(d), month_end(d)),
                CalView::Week => {
                    let w = week(d, app.settings.week_start);
                    (w[0], w[6])
                }
                CalView::Year => year_bounds(d),
            };
            if matches!(action, Action::First) {
                first
            } else {
                last
            }
        }
        Action::PageUp | Action::PrevMonth => add_months(d, -1),
        Action::PageDown | Action::NextMonth => add_months(d, 1),
        Action::PrevYear => add_months(d, -12),
        Action::NextYear => add_months(d, 12),
        Action::Today => app.settings.today,
        _ => d,
    };
    set_day(app, day);
}

/// Selects a day, the list's cursor on its heading.
fn set_day(app: &mut App, day: NaiveDate) {
    app.dashboard.day = day;
    app.dashboard.cal.entry = (day, 0);
}

/// The nearest later (or earlier) day on which the calendar shows an entry.
fn busy(app: &mut App, forward: bool) {
    let cal = &app.data.calendar;
    let mut from = app.dashboard.day;
    while let Some(next) = cal.next_busy_day(from, forward) {
        let kept = cal.on(next);
        if kept
            .iter()
            .any(|&c| app.dashboard.calendar_keeps(&app.data, c))
        {
            return set_day(app, next);
        }
        from = next;
    }
    app.notify(if forward {
        "no later day with entries"
    } else {
        "no earlier day with entries"
    });
}

/// Moves the list's cursor, from the day's heading (0) to its last entry.
fn step_entry(app: &mut App, forward: bool) {
    let len = app.dashboard.day_list(&app.data).len();
    if len == 0 {
        return app.notify("nothing to select on this day");
    }
    let n = app.dashboard.entry().min(len);
    let n = if forward {
        (n + 1).min(len)
    } else {
        n.saturating_sub(1)
    };
    app.dashboard.cal.entry = (app.dashboard.day, n);
}

/// Enter in the calendar: an event opens in full; a meeting — the one selected, or on the
/// day's heading any the day has — is offered for the dashboard; otherwise the day opens in
/// full.
pub(super) fn open(app: &mut App) {
    let (day, current) = (app.dashboard.day, app.dashboard.meeting);
    let (selected, on_day) = {
        let list = app.dashboard.day_list(&app.data);
        let on_day: Vec<usize> = (1..=list.on_day())
            .filter_map(|n| match list.get(n) {
                Some(CalItem::Meeting(m)) => Some(m),
                _ => None,
            })
            .collect();
        (list.get(app.dashboard.entry()), on_day)
    };
    let target = match selected {
        Some(CalItem::Event(e)) => Target::Item(ItemRef::Event(e)),
        Some(CalItem::Meeting(m)) if m == current => Target::Item(ItemRef::Meeting(m)),
        Some(CalItem::Meeting(m)) => {
            let meetings = if on_day.contains(&m) { on_day } else { vec![m] };
            let cursor = meetings.iter().position(|&i| i == m).unwrap_or(0);
            return menu::open(app, DayMenu::new(day, meetings, cursor));
        }
        None if on_day.iter().any(|&m| m != current) => {
            return menu::open(app, DayMenu::new(day, on_day, 0));
        }
        None => Target::Day(day),
    };
    super::follow::push_detail(app, target);
}

/// A click inside the calendar pane: on a day selects it, on an entry of the list selects
/// that; on what is already selected in the focused pane, opens it.
pub(super) fn click(app: &mut App, x: u16, y: u16, was_focused: bool) {
    let lay = app.calendar_layout();
    if let Some(day) = lay.day_at(x, y) {
        if was_focused && day == app.dashboard.day {
            return open(app);
        }
        return set_day(app, day);
    }
    if !screen::contains(lay.list, x, y) {
        return;
    }
    let n = app.dashboard.entry();
    let row = usize::from(y - lay.list.y);
    let hit = app
        .dashboard
        .day_list(&app.data)
        .entry_at(n, usize::from(lay.list.height), row);
    match hit {
        Some(e) if was_focused && e == n => open(app),
        Some(e) => app.dashboard.cal.entry = (app.dashboard.day, e),
        None => {}
    }
}

/// A key while the go-to-date line is open: typing, Enter to go, Esc to cancel.
pub(super) fn input(app: &mut App, action: Action) {
    let Some(line) = app.dashboard.cal.input.as_mut() else {
        return;
    };
    match action {
        Action::Input(c) if !c.is_control() && line.text.chars().count() < goto::MAX_LEN => {
            line.text.push(c);
            line.error = None;
        }
        Action::Backspace => {
            line.text.pop();
            line.error = None;
        }
        Action::ClearInput => *line = DateInput::default(),
        Action::Open => match goto::parse(&line.text) {
            Ok(date) => {
                set_day(app, date.first_day());
                app.dashboard.cal.input = None;
            }
            Err(why) => line.error = Some(why),
        },
        Action::Close => app.dashboard.cal.input = None,
        _ => {}
    }
}
