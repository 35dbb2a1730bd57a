//! The options that several commands share, each declared once as its own clap group so that
//! every command takes (and its `--help` lists) only those it reads; and [`Options`], what a
//! run was given, gathered from the top level and from its subcommand.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::error::ErrorKind;
use clap::parser::ValueSource;
use clap::{Args, CommandFactory, FromArgMatches, ValueEnum};

use super::args::{Cli, Command, parse_date};

/// The first day of the week in the calendar.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum WeekStart {
    /// ISO 8601 weeks.
    #[default]
    Monday,
    /// North American weeks.
    Sunday,
}

/// `--today`: the dashboard, `render`, `present` and `export`.
#[derive(Debug, Clone, Default, Args)]
pub struct TodayArg {
    /// The date taken as today (YYYY-MM-DD), for reproducible screens and files.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
}

/// `--week-start`: what shows a calendar (the dashboard and `render`).
#[derive(Debug, Clone, Default, Args)]
pub struct WeekStartArg {
    /// The first day of the calendar week.
    #[arg(long, value_enum, default_value_t = WeekStart::Monday)]
    pub week_start: WeekStart,
}

/// `--theme`: what draws in colour (the dashboard, `render` and `present`).
#[derive(Debug, Clone, Default, Args)]
pub struct ThemeArg {
    /// Colours: dark, light, high-contrast, mono, or a theme file (a path ending in .toml).
    /// The default is dark, or mono when NO_COLOR is set.
    #[arg(long, env = "CICA_DASH_THEME", value_name = "NAME")]
    pub theme: Option<String>,
}

/// `--timings`: what loads the data and says how long it took.
#[derive(Debug, Clone, Default, Args)]
pub struct TimingsArg {
    /// Print how long loading (and the first frame) took, on stderr.
    #[arg(long)]
    pub timings: bool,
}

/// `--no-watch`: what stays open on a data directory (the dashboard and `present`).
#[derive(Debug, Clone, Default, Args)]
pub struct WatchArg {
    /// Do not watch the data directory for changes.
    #[arg(long)]
    pub no_watch: bool,
}

/// The options of a drawn dashboard (in the terminal, or by `render`).
#[derive(Debug, Clone, Default, Args)]
pub struct ScreenArgs {
    #[command(flatten)]
    pub today: TodayArg,
    #[command(flatten)]
    pub week_start: WeekStartArg,
    #[command(flatten)]
    pub theme: ThemeArg,
    #[command(flatten)]
    pub timings: TimingsArg,
}

/// What a run was given: the global options, and those of its command. An option the
/// command does not take keeps its default here (clap refuses it on the command line).
#[derive(Debug, Clone)]
pub struct Options {
    pub data: Option<PathBuf>,
    pub max_file_size: u64,
    pub log: Option<PathBuf>,
    pub today: Option<NaiveDate>,
    pub week_start: WeekStart,
    pub theme: Option<String>,
    pub timings: bool,
    pub no_watch: bool,
}

impl Cli {
    /// The command line of this process, parsed; on a mistake, clap's message and exit.
    pub fn parse_args() -> Cli {
        Cli::try_parse_args(std::env::args_os()).unwrap_or_else(|e| e.exit())
    }

    /// Parses a command line as clap does, and refuses a dashboard option written before a
    /// command (`cica-dash --no-watch check`): clap would accept it there and nothing would
    /// read it. The global options (--data, --max-file-size, --log) go anywhere.
    pub fn try_parse_args<I, T>(args: I) -> Result<Cli, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        let mut cmd = Cli::command();
        let matches = cmd.try_get_matches_from_mut(args)?;
        if let Some((name, _)) = matches.subcommand() {
            let misplaced = cmd.get_arguments().find(|a| {
                !a.is_global_set()
                    && matches.value_source(a.get_id().as_str()) == Some(ValueSource::CommandLine)
            });
            if let Some(arg) = misplaced {
                let flag = arg.get_long().unwrap_or_else(|| arg.get_id().as_str());
                let takes = cmd
                    .find_subcommand(name)
                    .is_some_and(|sub| sub.get_arguments().any(|a| a.get_id() == arg.get_id()));
                let message = if takes {
                    format!("--{flag} goes after the command: `cica-dash {name} --{flag} …`")
                } else {
                    format!("`{name}` does not take --{flag} (see `cica-dash {name} --help`)")
                };
                return Err(cmd.error(ErrorKind::ArgumentConflict, message));
            }
        }
        Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut cmd))
    }

    /// The options of this run, from the top level and the subcommand's own.
    pub fn options(&self) -> Options {
        let mut o = Options {
            data: self.data.clone(),
            max_file_size: self.max_file_size,
            log: self.log.clone(),
            today: None,
            week_start: WeekStart::default(),
            theme: None,
            timings: false,
            no_watch: false,
        };
        match &self.command {
            None => {
                o.screen(&self.dashboard.screen);
                o.no_watch = self.dashboard.watch.no_watch;
            }
            Some(Command::Check { timings, .. }) => o.timings = timings.timings,
            Some(Command::Render(r)) => o.screen(&r.screen),
            Some(Command::Present(p)) => {
                o.today = p.today.today;
                o.theme.clone_from(&p.theme.theme);
                o.timings = p.timings.timings;
                o.no_watch = p.watch.no_watch;
            }
            Some(Command::Export(e)) => o.today = e.today.today,
        }
        o
    }
}

impl Options {
    fn screen(&mut self, s: &ScreenArgs) {
        self.today = s.today.today;
        self.week_start = s.week_start.week_start;
        self.theme.clone_from(&s.theme.theme);
        self.timings = s.timings.timings;
    }
}
