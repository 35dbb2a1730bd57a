//! The key table: which key does what, per context (screen or overlay), as one data table.
//!
//! The table is the single source of truth: [`crate::keymap`] looks keys up in it for the event
//! loop and `render --keys`, the help overlay lists it, and the footer shows its hints.
//! Changing a binding here changes all three. It is pure data over the action vocabulary, so
//! it sits below the app: the help's line count is measured from it.

use ratatui::crossterm::event::KeyCode;

use crate::action::{Action, Pane};
pub use crate::keys::Key;

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
            Context::Statistics => "Statistics",
            Context::StatsYears => {
                "Statistics, typing a year range (2015, 2015-2020, 2015-, -2020)"
            }
        }
    }
}

/// One row of the key table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    /// What it does, for the help overlay.
    pub help: &'static str,
    /// A short word for the footer; bindings in a row with the same hint share one entry.
    pub hint: Option<&'static str>,
}

const fn b(
    context: Context,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        context,
        keys,
        action,
        help,
        hint,
    }
}

use Context::*;
use KeyCode as K;

const SCROLL_DOWN: &[Key] = &[Key::ch('j'), Key::plain(K::Down)];
const SCROLL_UP: &[Key] = &[Key::ch('k'), Key::plain(K::Up)];
const TOP: &[Key] = &[Key::ch('g'), Key::plain(K::Home)];
const BOTTOM: &[Key] = &[Key::ch('G'), Key::plain(K::End)];
const PG_UP: &[Key] = &[Key::plain(K::PageUp)];
const PG_DOWN: &[Key] = &[Key::plain(K::PageDown)];

/// Every binding, in the order the help overlay lists them. One line per binding: this is a
/// table, and reads best as one.
#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    b(Always, &[Key::ctrl('c')], Action::Quit, "quit", None),
    b(Always, &[Key::ctrl('z')], Action::Suspend, "suspend to the shell (fg returns)", None),
    b(Main, &[Key::plain(K::Tab)], Action::FocusNext, "focus the next pane", Some("pane")),
    b(Main, &[Key::plain(K::BackTab)], Action::FocusPrev, "focus the previous pane", None),
    b(Main, &[Key::ch('1')], Action::Focus(Pane::Agenda), "focus Agenda", None),
    b(Main, &[Key::ch('2')], Action::Focus(Pane::Decisions), "focus Decisions", None),
    b(Main, &[Key::ch('3')], Action::Focus(Pane::Statements), "focus Statements", None),
    b(Main, &[Key::ch('4')], Action::Focus(Pane::Calendar), "focus Calendar", None),
    b(Lists, SCROLL_DOWN, Action::Down, "move down", Some("move")),
    b(Lists, SCROLL_UP, Action::Up, "move up", Some("move")),
    b(Lists, TOP, Action::First, "first row", None),
    b(Lists, BOTTOM, Action::Last, "last row", None),
    b(Lists, PG_UP, Action::PageUp, "page up", None),
    b(Lists, PG_DOWN, Action::PageDown, "page down", None),
    b(Calendar, &[Key::ch('h'), Key::plain(K::Left)], Action::Left, "previous day", Some("day")),
    b(Calendar, &[Key::ch('l'), Key::plain(K::Right)], Action::Right, "next day", Some("day")),
    b(Calendar, SCROLL_DOWN, Action::Down, "next week", Some("week")),
    b(Calendar, SCROLL_UP, Action::Up, "previous week", Some("week")),
    b(Calendar, &[Key::ch('H'), Key::plain(K::PageUp)], Action::PrevMonth, "previous month", Some("month")),
    b(Calendar, &[Key::ch('L'), Key::plain(K::PageDown)], Action::NextMonth, "next month", Some("month")),
    b(Calendar, TOP, Action::First, "first day of the month", None),
    b(Calendar, BOTTOM, Action::Last, "last day of the month", None),
    b(Calendar, &[Key::ch('t')], Action::Today, "today", Some("today")),
    b(Main, &[Key::plain(K::Enter)], Action::Open, "open the selection in full", Some("open")),
    b(Main, &[Key::ch('f')], Action::ToggleFilter, "show only the agenda item's decisions and statements (toggle)", Some("filter")),
    b(Main, &[Key::ch('[')], Action::PrevMeeting, "previous meeting", Some("meeting")),
    b(Main, &[Key::ch(']')], Action::NextMeeting, "next meeting", Some("meeting")),
    b(Main, &[Key::ch('m')], Action::OpenPicker, "pick a meeting", Some("meetings")),
    b(Main, &[Key::ch('i')], Action::ShowMeeting, "the meeting: summary, editorial notes, sources", Some("info")),
    b(Main, &[Key::ch('p')], Action::Present { meeting: None }, "present the meeting as slides", Some("present")),
    b(Main, &[Key::ch('/')], Action::Search, "search every meeting", Some("search")),
    b(Main, &[Key::ch('c')], Action::PickProfile, "profile of a state or organisation", Some("profile")),
    b(Main, &[Key::ch('n')], Action::SearchNext, "next result of the last search", None),
    b(Main, &[Key::ch('N')], Action::SearchPrev, "previous result of the last search", None),
    b(Main, &[Key::ch('C')], Action::OpenCoordination, "coordination: who held which role in each priority area", None),
    b(Main, &[Key::ch('w')], Action::OpenGlossary, "glossary: terms, meanings, aliases", None),
    b(Main, &[Key::ch('S')], Action::OpenStatistics, "statistics: charts across meetings and years", None),
    b(Main, &[Key::ch('?')], Action::ToggleHelp, "this help", Some("help")),
    b(Main, &[Key::ch('e')], Action::ShowProblems, "list the data's problems (after a failed reload)", None),
    b(Main, &[Key::ch('q')], Action::Quit, "quit", Some("quit")),
    b(Main, &[Key::plain(K::Esc)], Action::Close, "close a popup or overlay; on the dashboard, clear the lens", None),
    b(Main, &[Key::plain(K::Backspace)], Action::Back, "back to the profile or popup left by the last jump", None),
    b(Help, &[Key::plain(K::Esc), Key::ch('q'), Key::ch('?')], Action::Close, "close help", Some("close")),
    b(Help, SCROLL_DOWN, Action::Down, "scroll down", Some("scroll")),
    b(Help, SCROLL_UP, Action::Up, "scroll up", Some("scroll")),
    b(Help, PG_DOWN, Action::PageDown, "page down", None),
    b(Help, PG_UP, Action::PageUp, "page up", None),
    b(Help, TOP, Action::First, "top", None),
    b(Help, BOTTOM, Action::Last, "bottom", None),
    b(Detail, &[Key::plain(K::Enter)], Action::Open, "follow the highlighted link (none highlighted: close)", Some("follow")),
    b(Detail, &[Key::plain(K::Tab)], Action::NextLink, "highlight the next link", Some("link")),
    b(Detail, &[Key::plain(K::BackTab)], Action::PrevLink, "highlight the previous link", None),
    b(Detail, &[Key::plain(K::Backspace)], Action::Back, "back to where the link was followed from", Some("back")),
    b(Detail, &[Key::plain(K::Esc), Key::ch('q')], Action::Close, "close, with the popups and profiles it was reached through", Some("close")),
    b(Detail, SCROLL_DOWN, Action::Down, "scroll down", Some("scroll")),
    b(Detail, SCROLL_UP, Action::Up, "scroll up", Some("scroll")),
    b(Detail, PG_DOWN, Action::PageDown, "page down", Some("page")),
    b(Detail, PG_UP, Action::PageUp, "page up", Some("page")),
    b(Detail, &[Key::ch('w')], Action::OpenGlossary, "the glossary of the terms this item's text uses", None),
    b(Detail, TOP, Action::First, "top", None),
    b(Detail, BOTTOM, Action::Last, "bottom", None),
    b(Profile, SCROLL_DOWN, Action::Down, "move down", Some("move")),
    b(Profile, SCROLL_UP, Action::Up, "move up", Some("move")),
    b(Profile, TOP, Action::First, "first row", None),
    b(Profile, BOTTOM, Action::Last, "last row", None),
    b(Profile, PG_DOWN, Action::PageDown, "page down", None),
    b(Profile, PG_UP, Action::PageUp, "page up", None),
    b(Profile, &[Key::plain(K::Tab)], Action::NextLink, "next section", Some("section")),
    b(Profile, &[Key::plain(K::BackTab)], Action::PrevLink, "previous section", None),
    b(Profile, &[Key::plain(K::Enter)], Action::Open, "show the item on the dashboard (narrowed to the participant), or open the profile", Some("open")),
    b(Profile, &[Key::ch('l')], Action::Lens, "narrow the dashboard to this participant", Some("lens")),
    b(Profile, &[Key::ch('i')], Action::Record, "the whole record: every name, the history, the notes", Some("record")),
    b(Profile, &[Key::plain(K::Backspace)], Action::Back, "back to where it was opened from", Some("back")),
    b(Profile, &[Key::ch('?')], Action::ToggleHelp, "help", Some("help")),
    b(Profile, &[Key::plain(K::Esc), Key::ch('q')], Action::Close, "close, with the popups and profiles it was reached through", Some("close")),
    b(ProfilePicker, &[Key::plain(K::Down), Key::ctrl('n')], Action::Down, "next", Some("move")),
    b(ProfilePicker, &[Key::plain(K::Up), Key::ctrl('p')], Action::Up, "previous", Some("move")),
    b(ProfilePicker, PG_DOWN, Action::PageDown, "ten down", None),
    b(ProfilePicker, PG_UP, Action::PageUp, "ten up", None),
    b(ProfilePicker, &[Key::plain(K::Enter)], Action::Open, "open the profile", Some("open")),
    b(ProfilePicker, &[Key::plain(K::Backspace)], Action::Backspace, "erase a character", None),
    b(ProfilePicker, &[Key::ctrl('u')], Action::ClearInput, "clear the query", Some("clear")),
    b(ProfilePicker, &[Key::plain(K::Esc)], Action::Close, "close", Some("close")),
    b(Picker, SCROLL_DOWN, Action::Down, "move down", Some("move")),
    b(Picker, SCROLL_UP, Action::Up, "move up", Some("move")),
    b(Picker, TOP, Action::First, "first meeting", None),
    b(Picker, BOTTOM, Action::Last, "last meeting", None),
    b(Picker, PG_DOWN, Action::PageDown, "page down", None),
    b(Picker, PG_UP, Action::PageUp, "page up", None),
    b(Picker, &[Key::plain(K::Enter)], Action::Open, "show the meeting", Some("show")),
    b(Picker, &[Key::plain(K::Esc), Key::ch('q'), Key::ch('m')], Action::Close, "close", Some("close")),
    b(ErrorScreen, &[Key::ch('q')], Action::Quit, "quit", Some("quit")),
    b(Problems, SCROLL_DOWN, Action::Down, "scroll down", Some("scroll")),
    b(Problems, SCROLL_UP, Action::Up, "scroll up", Some("scroll")),
    b(Problems, PG_DOWN, Action::PageDown, "page down", None),
    b(Problems, PG_UP, Action::PageUp, "page up", None),
    b(Problems, TOP, Action::First, "top", None),
    b(Problems, BOTTOM, Action::Last, "bottom", None),
    b(Problems, &[Key::plain(K::Esc), Key::ch('q'), Key::ch('e')], Action::Close, "close", Some("close")),
    b(Presentation, &[Key::plain(K::Right), Key::ch('l'), Key::plain(K::PageDown), Key::ch('n')], Action::NextSlide, "next slide", Some("next")),
    b(Presentation, &[Key::plain(K::Left), Key::ch('h'), Key::plain(K::PageUp), Key::ch('N')], Action::PrevSlide, "previous slide", Some("back")),
    b(Presentation, &[Key::ch(' ')], Action::Advance, "next slide; in kiosk mode pause or resume", None),
    b(Presentation, &[Key::plain(K::Backspace)], Action::Backspace, "previous slide (or erase a digit typed)", None),
    b(Presentation, TOP, Action::First, "first slide", None),
    b(Presentation, SCROLL_DOWN, Action::Down, "scroll the speaker notes (presenter view)", None),
    b(Presentation, SCROLL_UP, Action::Up, "scroll the speaker notes back (presenter view)", None),
    b(Presentation, BOTTOM, Action::Last, "last slide", None),
    b(Presentation, &[Key::ch('0')], Action::Digit(0), "type a slide number, then Enter", None),
    b(Presentation, &[Key::ch('1')], Action::Digit(1), "type a slide number, then Enter", None),
    b(Presentation, &[Key::ch('2')], Action::Digit(2), "type a slide number, then Enter", None),
    b(Presentation, &[Key::ch('3')], Action::Digit(3), "type a slide number, then Enter", None),
    b(Presentation, &[Key::ch('4')], Action::Digit(4), "type a slide number, then Enter", None),
    b(Presentation, &[Key::ch('5')], Action::Digit(5), "type a slide number, then Enter", None),
    b(Presentation, &[Key::ch('6')], Action::Digit(6), "type a slide number, then Enter", None),
    b(Presentation, &[Key::ch('7')], Action::Digit(7), "type a slide number, then Enter", None),
    b(Presentation, &[Key::ch('8')], Action::Digit(8), "type a slide number, then Enter", None),
    b(Presentation, &[Key::ch('9')], Action::Digit(9), "type a slide number, then Enter", None),
    b(Presentation, &[Key::plain(K::Enter)], Action::Open, "go to the slide number typed", None),
    b(Presentation, &[Key::ch('o')], Action::ToggleOverview, "overview of every slide", Some("overview")),
    b(Presentation, &[Key::ch('b')], Action::ToggleBlank, "blank the screen (again: back)", None),
    b(Presentation, &[Key::ch('t')], Action::TimerToggle, "start or pause the timer", Some("timer")),
    b(Presentation, &[Key::ch('T')], Action::TimerReset, "reset the timer", None),
    b(Presentation, &[Key::ch('c')], Action::ToggleClock, "wall clock on or off", None),
    b(Presentation, &[Key::ch('F')], Action::ToggleFooter, "footer on or off", None),
    b(Presentation, &[Key::ch('?')], Action::ToggleHelp, "this help", Some("keys")),
    b(Presentation, &[Key::plain(K::Esc), Key::ch('q')], Action::Close, "back to the dashboard (quit when started with present)", Some("leave")),
    b(Overview, &[Key::plain(K::Right), Key::ch('l')], Action::Right, "next slide", Some("move")),
    b(Overview, &[Key::plain(K::Left), Key::ch('h')], Action::Left, "previous slide", Some("move")),
    b(Overview, &[Key::plain(K::Down), Key::ch('j')], Action::Down, "a row down", Some("move")),
    b(Overview, &[Key::plain(K::Up), Key::ch('k')], Action::Up, "a row up", Some("move")),
    b(Overview, TOP, Action::First, "first slide", None),
    b(Overview, BOTTOM, Action::Last, "last slide", None),
    b(Overview, &[Key::plain(K::Enter)], Action::Open, "go to the slide", Some("go")),
    b(Overview, &[Key::plain(K::Esc), Key::ch('q'), Key::ch('o')], Action::Close, "close the overview", Some("close")),
    b(Search, &[Key::plain(K::Down), Key::ctrl('n')], Action::Down, "next result", Some("move")),
    b(Search, &[Key::plain(K::Up), Key::ctrl('p')], Action::Up, "previous result", Some("move")),
    b(Search, PG_DOWN, Action::PageDown, "ten results down", None),
    b(Search, PG_UP, Action::PageUp, "ten results up", None),
    b(Search, &[Key::plain(K::Enter)], Action::Open, "show the result where it is", Some("show")),
    b(Search, &[Key::plain(K::Backspace)], Action::Backspace, "erase a character", None),
    b(Search, &[Key::ctrl('u')], Action::ClearInput, "clear the query", Some("clear")),
    b(Search, &[Key::plain(K::Esc)], Action::Close, "close, leaving the view as it was", Some("close")),
    b(Coordination, &[Key::plain(K::Down), Key::ch('j')], Action::Down, "an area down", Some("move")),
    b(Coordination, &[Key::plain(K::Up), Key::ch('k')], Action::Up, "an area up", Some("move")),
    b(Coordination, &[Key::plain(K::Right), Key::ch('l')], Action::Right, "a state right (in the list: a role down)", Some("move")),
    b(Coordination, &[Key::plain(K::Left), Key::ch('h')], Action::Left, "a state left (in the list: a role up)", Some("move")),
    b(Coordination, PG_DOWN, Action::PageDown, "a page down", None),
    b(Coordination, PG_UP, Action::PageUp, "a page up", None),
    b(Coordination, TOP, Action::First, "first area", None),
    b(Coordination, BOTTOM, Action::Last, "last area", None),
    b(Coordination, &[Key::ch('[')], Action::PrevChange, "back to the previous change of roles", Some("change")),
    b(Coordination, &[Key::ch(']')], Action::NextChange, "on to the next change of roles", Some("change")),
    b(Coordination, &[Key::ch('t')], Action::Today, "today's roles", None),
    b(Coordination, &[Key::ch('a')], Action::ToggleAllDates, "every period (again: the chosen day)", Some("all")),
    b(Coordination, &[Key::ch('v')], Action::ToggleLayout, "grid or list", Some("layout")),
    b(Coordination, &[Key::plain(K::Enter)], Action::Open, "the decision that gave the role (or the standing assignment); after a date: go there", Some("open")),
    b(Coordination, &[Key::plain(K::Backspace)], Action::Backspace, "erase a character of the date", None),
    b(Coordination, &[Key::ch('?')], Action::ToggleHelp, "keys", None),
    b(Coordination, &[Key::plain(K::Esc), Key::ch('q'), Key::ch('C')], Action::Close, "close (Esc first drops a date being typed)", Some("close")),
    b(Glossary, &[Key::plain(K::Down), Key::ctrl('n')], Action::Down, "next term", Some("move")),
    b(Glossary, &[Key::plain(K::Up), Key::ctrl('p')], Action::Up, "previous term", Some("move")),
    b(Glossary, PG_DOWN, Action::PageDown, "a page down", None),
    b(Glossary, PG_UP, Action::PageUp, "a page up", None),
    b(Glossary, &[Key::plain(K::Home)], Action::First, "first term", None),
    b(Glossary, &[Key::plain(K::End)], Action::Last, "last term", None),
    b(Glossary, &[Key::plain(K::Enter)], Action::Open, "the term in full", Some("open")),
    b(Glossary, &[Key::plain(K::Tab)], Action::ToggleScope, "every term, or the item's terms again", Some("all")),
    b(Glossary, &[Key::plain(K::Backspace)], Action::Backspace, "erase a character", None),
    b(Glossary, &[Key::ctrl('u')], Action::ClearInput, "clear the filter", None),
    b(Glossary, &[Key::plain(K::Esc)], Action::Close, "close", Some("close")),
    b(Statistics, &[Key::plain(K::Tab)], Action::FocusNext, "next chart", Some("chart")),
    b(Statistics, &[Key::plain(K::BackTab)], Action::FocusPrev, "previous chart", None),
    b(Statistics, &[Key::ch('1')], Action::ShowChart(0), "statements per participant", None),
    b(Statistics, &[Key::ch('2')], Action::ShowChart(1), "meetings and events per year", None),
    b(Statistics, &[Key::ch('3')], Action::ShowChart(2), "decisions by action", None),
    b(Statistics, &[Key::ch('4')], Action::ShowChart(3), "events by organiser", None),
    b(Statistics, &[Key::ch('y')], Action::TypeYears, "type a year range", Some("years")),
    b(Statistics, &[Key::ch('p')], Action::PickProfile, "count only one participant's items (pick it by name)", Some("participant")),
    b(Statistics, &[Key::ch('a')], Action::ClearFilters, "every year and every participant", Some("all")),
    b(Statistics, &[Key::ch('[')], Action::StartYear(-1), "first year one earlier", Some("from")),
    b(Statistics, &[Key::ch(']')], Action::StartYear(1), "first year one later", Some("from")),
    b(Statistics, &[Key::ch('{')], Action::EndYear(-1), "last year one earlier", Some("to")),
    b(Statistics, &[Key::ch('}')], Action::EndYear(1), "last year one later", Some("to")),
    b(Statistics, SCROLL_DOWN, Action::Down, "scroll down", None),
    b(Statistics, SCROLL_UP, Action::Up, "scroll up", None),
    b(Statistics, PG_DOWN, Action::PageDown, "page down", None),
    b(Statistics, PG_UP, Action::PageUp, "page up", None),
    b(Statistics, TOP, Action::First, "top", None),
    b(Statistics, BOTTOM, Action::Last, "bottom", None),
    b(Statistics, &[Key::ch('?')], Action::ToggleHelp, "keys", Some("help")),
    b(Statistics, &[Key::plain(K::Esc), Key::ch('q'), Key::ch('S')], Action::Close, "back to the dashboard", Some("close")),
    b(StatsYears, &[Key::plain(K::Enter)], Action::Open, "count those years", Some("apply")),
    b(StatsYears, &[Key::plain(K::Backspace)], Action::Backspace, "erase a character", None),
    b(StatsYears, &[Key::plain(K::Esc)], Action::Close, "drop the range typed", Some("cancel")),
];

/// The label of the first key bound to an action in a context (`?` when none is), for the
/// messages that name a key, so that they follow the table too.
pub fn key_label(context: Context, action: &Action) -> String {
    let kind = std::mem::discriminant(action);
    BINDINGS
        .iter()
        .find(|b| b.context == context && std::mem::discriminant(&b.action) == kind)
        .and_then(|b| b.keys.first())
        .map_or_else(|| "?".to_owned(), Key::label)
}
