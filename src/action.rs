//! The action vocabulary: everything a user, the clock or the file watcher can ask of the app.
//!
//! Keys and mouse events are translated into actions by [`crate::keymap`]; the event loop adds
//! ticks and reload results; [`crate::app::update`] is the only place actions change state, and
//! it answers with an [`Effect`] for the loop to carry out. Keeping the vocabulary in one
//! documented enum lets the key table, the help overlay, the footer and the headless `render`
//! command share it. Like television's `action.rs`, it sits below everything that uses it.

use std::time::Duration;

use chrono::NaiveDateTime;

use std::sync::Arc;

use crate::dataset::Dataset;
use crate::load::Loaded;
use crate::search::SearchIndex;
use crate::sync::protocol::Msg;

/// One of the four panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    /// The meeting's agenda items.
    Agenda,
    /// What the meeting decided.
    Decisions,
    /// Who said what.
    Statements,
    /// The month grid and the day's events.
    Calendar,
}

impl Pane {
    /// All panes, in tab order.
    pub const ALL: [Pane; 4] = [
        Pane::Agenda,
        Pane::Decisions,
        Pane::Statements,
        Pane::Calendar,
    ];

    /// The pane's title.
    pub fn title(self) -> &'static str {
        match self {
            Pane::Agenda => "Agenda",
            Pane::Decisions => "Decisions",
            Pane::Statements => "Statements",
            Pane::Calendar => "Calendar",
        }
    }

    /// Position in tab order (0-based).
    pub fn index(self) -> usize {
        Pane::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    /// The pane `step` places further in tab order, wrapping around.
    pub fn cycle(self, step: isize) -> Pane {
        let n = Pane::ALL.len() as isize;
        Pane::ALL[(self.index() as isize + step).rem_euclid(n) as usize]
    }
}

/// The time, as the event loop's injected clock reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Now {
    /// Monotonic time since the program started: timers and notices count with it.
    pub mono: Duration,
    /// The wall clock, for the clock on screen.
    pub wall: NaiveDateTime,
}

/// Something the user, the clock or the file watcher asked for.
#[derive(Debug, Clone)]
pub enum Action {
    /// Leave the program.
    Quit,
    /// Suspend the program (Ctrl-Z): give the terminal back to the shell until `fg`.
    Suspend,
    /// Focus the next pane (Tab).
    FocusNext,
    /// Focus the previous pane (Shift-Tab).
    FocusPrev,
    /// Focus a given pane (1–4).
    Focus(Pane),
    /// Move the selection up one row (in the calendar: one week back).
    Up,
    /// Move the selection down one row (in the calendar: one week on).
    Down,
    /// Move to the previous day (calendar).
    Left,
    /// Move to the next day (calendar).
    Right,
    /// Go to the first row (in the calendar: the first day of the month, week or year shown).
    First,
    /// Go to the last row (in the calendar: the last day of the month, week or year shown).
    Last,
    /// Move up one page (in the calendar: one month back).
    PageUp,
    /// Move down one page (in the calendar: one month on).
    PageDown,
    /// Go to the previous month (calendar).
    PrevMonth,
    /// Go to the next month (calendar).
    NextMonth,
    /// Jump the calendar to today.
    Today,
    /// Open the selection's detail, or choose the picker's selection.
    Open,
    /// Close the open popup or overlay.
    Close,
    /// Show the previous meeting by date.
    PrevMeeting,
    /// Show the next meeting by date.
    NextMeeting,
    /// Open the meeting picker.
    OpenPicker,
    /// Show the meeting itself: its summary, editorial notes and sources.
    ShowMeeting,
    /// Show or hide the help overlay.
    ToggleHelp,
    /// List the problems of the latest load (after a failed reload).
    ShowProblems,
    /// Filter the decisions and statements to the selected agenda item, or stop filtering.
    ToggleFilter,
    /// A mouse click at a terminal cell.
    Click { x: u16, y: u16 },
    /// The mouse wheel turned up over a terminal cell.
    ScrollUp { x: u16, y: u16 },
    /// The mouse wheel turned down over a terminal cell.
    ScrollDown { x: u16, y: u16 },
    /// The terminal now has this size.
    Resize { width: u16, height: u16 },
    /// Open the search over every meeting (`/`).
    Search,
    /// A character typed into the search field.
    Input(char),
    /// Clear the search field.
    ClearInput,
    /// Go to the next result of the last search, after it was closed (`n`).
    SearchNext,
    /// Go to the previous result of the last search (`N`).
    SearchPrev,
    /// The search index, built off the UI thread, is ready; with the data it was built from.
    IndexReady(Arc<SearchIndex>, Arc<Dataset>),
    /// Open the picker of states and organisations, to show one's profile (`c`).
    PickProfile,
    /// Go back the way you came: the popup or profile before the link followed or the jump
    /// made (Backspace).
    Back,
    /// Select the next link of a detail popup (in a profile: the next section).
    NextLink,
    /// Select the previous link of a detail popup (in a profile: the previous section).
    PrevLink,
    /// Narrow the dashboard to the profile's participant (the lens), and show it.
    Lens,
    /// Show the profile's whole record in a popup: every name, the history, the notes.
    Record,
    /// Show a meeting as a slide deck: the given one, or the dashboard's.
    Present { meeting: Option<usize> },
    /// The next slide.
    NextSlide,
    /// The previous slide.
    PrevSlide,
    /// Space: the next slide; in kiosk mode, pause or resume the automatic advance.
    Advance,
    /// A digit of a slide number to jump to (Enter goes there).
    Digit(u8),
    /// Erase the last digit typed, or go to the previous slide when none was typed.
    Backspace,
    /// Open or close the overview grid of slide titles.
    ToggleOverview,
    /// Blank the screen (black), or bring the slide back.
    ToggleBlank,
    /// Start or pause the presentation timer.
    TimerToggle,
    /// Stop the presentation timer and set it back to zero.
    TimerReset,
    /// Show or hide the wall clock.
    ToggleClock,
    /// Show or hide the presentation's footer.
    ToggleFooter,
    /// Open the coordination view: priority areas × states, who holds which role.
    OpenCoordination,
    /// Step the coordination view back to the previous day on which the roles changed.
    PrevChange,
    /// Step the coordination view on to the next day on which the roles change.
    NextChange,
    /// Show the roles of every period in the coordination view, or of the chosen day again.
    ToggleAllDates,
    /// Lay the coordination view out as a grid or as a list.
    ToggleLayout,
    /// Open the glossary: every term, or (from a detail popup) the terms the item's text uses.
    OpenGlossary,
    /// In the glossary opened from an item: show every term, or the item's terms again.
    ToggleScope,
    /// Copy the selected item (or the open popup's) as plain text to the clipboard.
    Copy,
    /// Copy a citation of the selected item: its title, meeting, date and source.
    CopyCitation,
    /// Show the calendar's next view: month, week, year, then month again (`v`).
    CalendarView,
    /// Move the calendar to the nearest later day with entries.
    NextBusyDay,
    /// Move the calendar to the nearest earlier day with entries.
    PrevBusyDay,
    /// Select the next entry in the list of the calendar's day.
    NextEntry,
    /// Select the previous entry in the list of the calendar's day (before the first: the day).
    PrevEntry,
    /// Open the calendar's input line to type a date to go to (`:`).
    GoToDate,
    /// Open the timeline: every meeting and event across the years, with the chairmanships.
    OpenTimeline,
    /// In the timeline: one row a year with its counts, or every item again.
    ToggleZoom,
    /// A year back: the calendar moves a year; the timeline goes to the previous year's first item.
    PrevYear,
    /// A year on: the calendar moves a year; the timeline goes to the next year's first item.
    NextYear,
    /// Open the statistics screen: charts of counts across meetings and years (`S`).
    OpenStatistics,
    /// Show one of the statistics' charts, by position in tab order (0-based).
    ShowChart(usize),
    /// Move the first year of the statistics' range by this many years.
    StartYear(i32),
    /// Move the last year of the statistics' range by this many years.
    EndYear(i32),
    /// Start typing a year range for the statistics (`2015`, `2015-2020`; Enter applies).
    TypeYears,
    /// Count every year and every participant again (the statistics' filters cleared).
    ClearFilters,
    /// The other view of the presentation (audience or presenter) said something.
    Peer(PeerEvent),
    /// Time passed: the loop's clock now reads this. Expires notices, runs timers.
    Tick(Now),
    /// The data directory was read again (after a change on disk).
    Reloaded(Box<Loaded>),
    /// The data directory could not be read again; the message says why.
    ReloadFailed(String),
}

/// What the link to the other view of a presentation reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeerEvent {
    /// The other view is there (the handshake is done).
    Connected,
    /// The other view went away.
    Disconnected,
    /// The other view refused this one; the text says why.
    Refused(String),
    /// A slide position or command from the other view.
    Msg(Msg),
}

/// What the event loop must do after an update; `update` itself does no I/O.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Nothing beyond redrawing.
    None,
    /// Restore the terminal and exit.
    Quit,
    /// Tell the other view of the presentation (when there is one).
    Sync(Vec<Msg>),
    /// Restore the terminal and stop the process until the shell continues it.
    Suspend,
    /// Build the search index of this data (on a thread: it can take seconds), and answer
    /// with [`Action::IndexReady`].
    BuildIndex(Arc<Dataset>),
    /// Put this text on the terminal's clipboard (an OSC 52 sequence the loop writes).
    Copy(String),
}
