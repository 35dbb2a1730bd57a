//! Where a key binding applies: a screen or an overlay, with the heading the help overlay
//! gives it.

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Everywhere, even in overlays.
    Always,
    /// On the main screen, whatever pane has focus.
    Main,
    /// In the agenda, decisions and statements panes.
    Lists,
    /// In the calendar pane.
    Calendar,
    /// In the help overlay.
    Help,
    /// In a detail popup.
    Detail,
    /// In the meeting picker.
    Picker,
    /// In the list of data problems (after a failed reload).
    Problems,
    /// On the error screen shown when the data could not be loaded at all.
    ErrorScreen,
    /// On a presentation (audience or presenter view).
    Presentation,
    /// In the presentation's overview grid.
    Overview,
    /// In the search: printable keys are typed into the query.
    Search,
    /// In a participant's or person's profile.
    Profile,
    /// In the picker of states and organisations: printable keys are typed into the query.
    ProfilePicker,
    /// In the coordination view: digits and `-` type a date.
    Coordination,
    /// In the glossary: printable keys are typed into the filter.
    Glossary,
    /// The calendar's go-to-date line: printable keys are typed into the date.
    DateInput,
    /// The choices Enter offers on a meeting's day in the calendar.
    DayMenu,
    /// On the timeline of every meeting and event.
    Timeline,
    /// On the statistics screen.
    Statistics,
    /// On the statistics screen while a year range is typed: digits and `-` type it.
    StatsYears,
}

impl Context {
    /// The heading in the help overlay.
    pub fn title(self) -> &'static str {
        match self {
            Context::Always => "Everywhere",
            Context::Main => "Main screen",
            Context::Lists => "Agenda, Decisions, Statements",
            Context::Calendar => "Calendar",
            Context::Help => "Help",
            Context::Detail => "Detail popup",
            Context::Picker => "Meeting picker",
            Context::Problems => "Data problems",
            Context::ErrorScreen => "Error screen",
            Context::Presentation => "Presentation",
            Context::Overview => "Slide overview",
            Context::Search => "Search (letters type into the query)",
            Context::Profile => "Profile",
            Context::ProfilePicker => "Profile picker (letters type into the query)",
            Context::Coordination => "Coordination (digits and - type a date, Enter goes there)",
            Context::Glossary => "Glossary (letters type into the filter)",
            Context::DateInput => "Calendar: go to a date (digits and - type it)",
            Context::DayMenu => "Calendar: a meeting's day",
            Context::Timeline => "Timeline",
            Context::Statistics => "Statistics",
            Context::StatsYears => {
                "Statistics, typing a year range (2015, 2015-2020, 2015-, -2020)"
            }
        }
    }
}
