//! The command line's subcommands and their options, as clap declares them (the options
//! several commands share are in [`super::options`]), and the parsers of their values
//! (dates, sizes, durations).

use std::path::PathBuf;
use std::time::Duration;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use super::options::{ScreenArgs, ThemeArg, TimingsArg, TodayArg, WatchArg};
use crate::load;

/// A terminal dashboard for CICA meetings: agenda, decisions, statements and calendar.
///
/// Without a command it opens the dashboard; each command takes only its own options (see
/// `cica-dash COMMAND --help`), after its name. --data, --max-file-size and --log go with
/// every command, before or after it.
#[derive(Debug, Parser)]
#[command(name = "cica-dash", version, about)]
pub struct Cli {
    /// Data directory to load instead of the bundled data set.
    #[arg(long, global = true, env = "CICA_DASH_DATA", value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Largest data file read, in bytes.
    #[arg(long, global = true, value_name = "BYTES", default_value_t = load::DEFAULT_MAX_FILE_SIZE)]
    pub max_file_size: u64,
    /// Append a log of what the program does (loads, reloads, errors) to this file.
    #[arg(long, global = true, env = "CICA_DASH_LOG", value_name = "FILE")]
    pub log: Option<PathBuf>,
    /// The dashboard's own options.
    #[command(flatten)]
    pub dashboard: DashboardArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The options of the dashboard (no command): those of a drawn dashboard, and watching.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct DashboardArgs {
    #[command(flatten)]
    pub screen: ScreenArgs,
    #[command(flatten)]
    pub watch: WatchArg,
}

/// How `check` prints its report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// `path:line:col: error[code]: message`, the source line, and help.
    Human,
    /// A JSON array of diagnostics.
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate the data set and report every problem (exit 0: no errors, 1: errors, 2: I/O).
    Check {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
        format: ReportFormat,
        /// Treat warnings as errors.
        #[arg(long)]
        deny_warnings: bool,
        #[command(flatten)]
        timings: TimingsArg,
    },
    /// Draw the dashboard headless and print the screen as text.
    Render(RenderArgs),
    /// Present a meeting as full-screen slides built from the data.
    Present(PresentArgs),
    /// Write the data as a calendar (ics), meeting minutes (markdown), JSON or CSV tables.
    Export(super::export::ExportArgs),
}

/// The options of `render`.
#[derive(Debug, Clone, clap::Args)]
pub struct RenderArgs {
    /// Screen size.
    #[arg(long, default_value = "120x40", value_parser = parse_size, value_name = "COLSxROWS")]
    pub size: (u16, u16),
    /// Keys to press first: literal characters, <Tab> <S-Tab> <Enter> <Esc> <Up> <Down>
    /// <Left> <Right> <PageUp> <PageDown> <Home> <End> <Space> <BS> <C-x>.
    #[arg(long, default_value = "", value_name = "KEYS")]
    pub keys: String,
    /// Render the presentation of the meeting instead of the dashboard.
    #[arg(long)]
    pub present: bool,
    /// Print the meeting as plain, labelled text for a screen reader: no box drawing, no
    /// colour, one paragraph per line.
    #[arg(long, conflicts_with_all = ["present", "svg", "keys"])]
    pub plain: bool,
    /// The meeting to present or print, by id (default: the dashboard's).
    #[arg(long, value_name = "ID")]
    pub meeting: Option<String>,
    /// Also write the screen as an SVG picture to FILE.
    #[arg(long, value_name = "FILE")]
    pub svg: Option<PathBuf>,
    #[command(flatten)]
    pub screen: ScreenArgs,
}

/// The options of `present`.
#[derive(Debug, Clone, clap::Args)]
pub struct PresentArgs {
    /// The meeting to present, by id (default: the latest one not in the future).
    #[arg(long, value_name = "ID")]
    pub meeting: Option<String>,
    /// Present every meeting, newest first.
    #[arg(long, conflicts_with = "meeting")]
    pub all: bool,
    /// The planned length of the talk, like 30m or 1h15m: the timer counts down from it.
    #[arg(long, value_parser = parse_duration, value_name = "TIME")]
    pub duration: Option<Duration>,
    /// Kiosk mode: move to the next slide every TIME (like 20s); any key pauses, Space resumes.
    #[arg(long, value_parser = parse_duration, value_name = "TIME", conflicts_with = "presenter")]
    pub auto_advance: Option<Duration>,
    /// With --auto-advance: start again after the last slide (with --all: the next meeting).
    #[arg(long = "loop", requires = "auto_advance")]
    pub looping: bool,
    /// Be the presenter view: follow the audience view (started by `present`) over its socket.
    #[arg(long)]
    pub presenter: bool,
    /// The socket the audience and presenter views share (default: in the runtime directory).
    #[arg(long, value_name = "PATH")]
    pub socket: Option<PathBuf>,
    /// Write one SVG per slide and an index.html handout to DIR, then exit.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["presenter", "auto_advance", "all"])]
    pub export_svg: Option<PathBuf>,
    /// The size of exported slides, in terminal cells.
    #[arg(long, default_value = "120x34", value_parser = parse_size, value_name = "COLSxROWS")]
    pub size: (u16, u16),
    #[command(flatten)]
    pub today: TodayArg,
    #[command(flatten)]
    pub theme: ThemeArg,
    #[command(flatten)]
    pub timings: TimingsArg,
    #[command(flatten)]
    pub watch: WatchArg,
}

pub(super) fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date like 2021-06-23"))
}

pub(super) fn parse_size(s: &str) -> Result<(u16, u16), String> {
    let err = || format!("`{s}` is not a size like 120x40");
    let (w, h) = s.split_once(['x', 'X']).ok_or_else(err)?;
    let (w, h): (u16, u16) = (w.parse().map_err(|_| err())?, h.parse().map_err(|_| err())?);
    if w == 0 || h == 0 || w > 1000 || h > 1000 {
        return Err(format!(
            "`{s}`: width and height must be between 1 and 1000"
        ));
    }
    Ok((w, h))
}

/// A length of time like `30m`, `1h15m`, `90s` or `1h`.
pub(super) fn parse_duration(s: &str) -> Result<Duration, String> {
    let err = || format!("`{s}` is not a time like 30m, 1h15m or 20s");
    let mut total = 0u64;
    let mut digits = String::new();
    for c in s.trim().chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let n: u64 = digits.parse().map_err(|_| err())?;
        digits.clear();
        let unit = match c {
            'h' => 3600,
            'm' => 60,
            's' => 1,
            _ => return Err(err()),
        };
        total = n
            .checked_mul(unit)
            .and_then(|v| total.checked_add(v))
            .ok_or_else(err)?;
    }
    if !digits.is_empty() {
        return Err(err());
    }
    if total == 0 {
        return Err(format!("`{s}`: the time must be more than zero"));
    }
    if total > 7 * 24 * 3600 {
        return Err(format!("`{s}`: the time can be a week at most"));
    }
    Ok(Duration::from_secs(total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_accepts_the_declarations() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    #[test]
    fn durations_take_hours_minutes_and_seconds() {
        assert_eq!(parse_duration("30m"), Ok(Duration::from_secs(1800)));
        assert_eq!(parse_duration("1h15m"), Ok(Duration::from_secs(4500)));
        assert_eq!(parse_duration("20s"), Ok(Duration::from_secs(20)));
        for bad in ["", "30", "m", "3x", "0s", "-5m", "99999999999999999999h"] {
            assert!(parse_duration(bad).is_err(), "{bad:?}");
        }
    }
}
