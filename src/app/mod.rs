//! The app's state, and the one function that changes it.
//!
//! The [`App`] shows one [`Screen`] at a time — the dashboard, the error screen of data that
//! could not be loaded, or a presentation — with a stack of [`Overlay`]s above it, so closing a
//! popup returns to what was under it. The dashboard is the home screen: its state is kept
//! while another screen is shown, so leaving that screen returns to the same place.
//!
//! State names items by data-set-wide references ([`ItemRef`]) or by indices into the data,
//! never by screen positions; everything drawn is derived from it each frame. [`update`]
//! applies an [`Action`] and returns an [`Effect`] for the event loop, doing no I/O itself, so
//! the same code drives the real terminal, the headless `render` command and the tests. The
//! fields are private: reading is open to everyone, changing only to `update`.

pub mod calendar;
pub mod coord;
mod copy;
mod dashboard;
mod follow;
pub mod glossary;
mod lens;
mod nav;
mod notice;
mod on_dashboard;
mod on_presentation;
mod overlay;
mod pick;
mod presentation;
mod profile;
mod reload;
mod remap;
mod search;
mod settings;
pub mod stats;
pub mod timeline;
mod timer;
mod update;

pub use crate::action::{Action, Effect, Now, Pane, PeerEvent};
pub use crate::dataset::ItemRef;
pub use crate::view::detail::Target;
pub use dashboard::Dashboard;
pub use nav::{Rows, scrolled};
pub use notice::Notice;
pub use pick::{PickFor, PickState, matches as pick_matches};
pub use presentation::{Peer, PresentOptions, Presentation};
pub use profile::ProfileState;
pub use search::SearchState;
pub use settings::Settings;
pub use timer::{AutoAdvance, Phase, Timer, clock_text};
pub use update::update;

use crate::dataset::{Dataset, Meeting};
use crate::load::Diagnostic;
use crate::theme::Theme;
use crate::view::Ctx;

/// A window over the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    /// Every key binding.
    Help { scroll: usize },
    /// The full text of one item; `link` is the selected link among the lines that name
    /// other items (Enter follows it).
    Detail {
        target: Target,
        scroll: usize,
        link: Option<usize>,
    },
    /// The list of meetings to choose from.
    Picker { cursor: usize },
    /// The problems of the latest load (a failed reload).
    Problems { scroll: usize },
    /// The presentation's slides as a grid of numbered titles.
    Overview { cursor: usize },
    /// The search over every meeting: the query, its results and the selected one.
    Search(Box<SearchState>),
    /// A participant's or a person's profile: who they are and what they did, across meetings.
    Profile(Box<ProfileState>),
    /// The fuzzy picker of states and organisations, to open one's profile.
    ProfilePicker(Box<PickState>),
    /// Priority areas × states: who held which role on a day.
    Coordination(Box<coord::CoordState>),
    /// Glossary terms with their meanings and aliases, filtered as typed.
    Glossary(Box<glossary::GlossaryState>),
    /// What Enter offers on a meeting's day in the calendar: to show a meeting, or the day.
    DayMenu(Box<calendar::menu::DayMenu>),
}

/// What fills the terminal under the overlays.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    /// The four panes of one meeting (state in [`App::dashboard`]).
    Dashboard,
    /// The data could not be loaded: every problem, until a reload succeeds.
    Error { scroll: usize },
    /// A meeting as a slide deck, full screen (the audience view) or with notes and the next
    /// slide (the presenter view).
    Presentation(Box<Presentation>),
    /// Every meeting and event across the years, with the chairmanship band.
    Timeline(Box<timeline::TimelineState>),
    /// Charts of counts across meetings and years, filtered by years and participant.
    Statistics(Box<stats::StatsState>),
}

/// The whole state of the program.
#[derive(Debug, Clone)]
pub struct App {
    /// Shared, so a worker thread can index it without a copy; replaced whole on reload.
    data: std::sync::Arc<Dataset>,
    settings: Settings,
    theme: Theme,
    screen: Screen,
    dashboard: Dashboard,
    overlays: Vec<Overlay>,
    /// The terminal size, as last reported.
    size: (u16, u16),
    notice: Option<Notice>,
    /// The errors of the latest load. On the dashboard they describe a failed reload while
    /// the last good data stays on screen.
    problems: Vec<Diagnostic>,
    /// Whether the data directory is watched (so the error screen can promise a reload).
    watching: bool,
    /// The time of the latest tick.
    now: Now,
    /// How presentations open.
    present: PresentOptions,
    /// The search index of `data`, once built (it is built on the first search, off the UI
    /// thread, and dropped when the data is reloaded).
    index: Option<std::sync::Arc<crate::search::SearchIndex>>,
    /// Whether an index is being built.
    indexing: bool,
    /// The results of the last search, for `n` and `N` after it was closed, and the one shown.
    last_search: Option<(Vec<crate::search::Target>, usize)>,
    coordination: Option<std::sync::Arc<crate::dataset::coord::Coordination>>,
}

impl App {
    /// A dashboard on `data`, showing the latest meeting that is not in the future.
    pub fn new(data: Dataset, settings: Settings) -> Self {
        let dashboard = Dashboard::new(&data, settings.today);
        App {
            data: std::sync::Arc::new(data),
            settings,
            theme: Theme::fallback(),
            screen: Screen::Dashboard,
            dashboard,
            overlays: Vec::new(),
            size: (120, 40),
            notice: None,
            problems: Vec::new(),
            watching: false,
            now: Now::default(),
            present: PresentOptions::default(),
            index: None,
            indexing: false,
            last_search: None,
            coordination: None,
        }
    }

    /// An app whose data failed to load: it opens on the error screen, and a later
    /// successful reload brings up the dashboard.
    pub fn with_problems(problems: Vec<Diagnostic>, settings: Settings) -> Self {
        let mut app = App::new(Dataset::default(), settings);
        app.screen = Screen::Error { scroll: 0 };
        app.problems = problems.into_iter().filter(Diagnostic::is_error).collect();
        app
    }

    /// The same app drawn with another theme.
    pub fn with_theme(mut self, theme: Theme) -> Self {
        self.theme = theme;
        self
    }

    /// The same app, opening presentations this way.
    pub fn with_present_options(mut self, options: PresentOptions) -> Self {
        self.present = options;
        self
    }

    /// The same app, told whether its data directory is watched.
    pub fn watching(mut self, watching: bool) -> Self {
        self.watching = watching;
        self
    }

    /// The data on screen.
    pub fn data(&self) -> &Dataset {
        &self.data
    }

    /// The data on screen, shared, for a worker thread to prepare without a copy.
    pub fn shared_data(&self) -> std::sync::Arc<Dataset> {
        std::sync::Arc::clone(&self.data)
    }

    /// The start-up options.
    pub fn settings(&self) -> Settings {
        self.settings
    }

    /// The colours and attributes to draw with.
    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    /// What the content builders of [`crate::view`] read.
    pub fn ctx(&self) -> Ctx<'_> {
        Ctx {
            data: &self.data,
            today: self.settings.today,
            week_start: self.settings.week_start,
            theme: &self.theme,
        }
    }

    /// The screen under the overlays.
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// The presentation on screen, if one is.
    pub fn presentation(&self) -> Option<&Presentation> {
        match &self.screen {
            Screen::Presentation(p) => Some(p),
            _ => None,
        }
    }

    /// Whether the search index is ready.
    pub fn search_ready(&self) -> bool {
        self.index.is_some()
    }

    /// The dashboard's state (kept while other screens are shown).
    pub fn dashboard(&self) -> &Dashboard {
        &self.dashboard
    }

    /// The open overlays, bottom first.
    pub fn overlays(&self) -> &[Overlay] {
        &self.overlays
    }

    /// The overlay on top, which gets the keys.
    pub fn overlay(&self) -> Option<&Overlay> {
        self.overlays.last()
    }

    /// The errors of the latest load.
    pub fn problems(&self) -> &[Diagnostic] {
        &self.problems
    }

    /// Whether the data directory is watched for changes.
    pub fn is_watching(&self) -> bool {
        self.watching
    }

    /// Whether good data is on screen (false on the error screen).
    pub fn has_data(&self) -> bool {
        !matches!(self.screen, Screen::Error { .. })
    }

    /// The time of the latest tick.
    pub fn now(&self) -> Now {
        self.now
    }

    /// The whole terminal, as last reported.
    pub fn screen_area(&self) -> ratatui::layout::Rect {
        ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1)
    }

    /// What the dashboard's selection opens: an item, or the calendar's day (the preview
    /// pane shows it).
    pub fn selected_target(&self) -> Option<Target> {
        on_dashboard::target(self)
    }

    /// The meeting on the dashboard, if the data set has any.
    pub fn current(&self) -> Option<&Meeting> {
        self.data.meeting(self.dashboard.meeting())
    }
}
