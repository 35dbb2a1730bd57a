//! The command line: options, subcommands, and what each one runs.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Instant;

use chrono::{Local, NaiveDate, Weekday};
use clap::{Parser, Subcommand, ValueEnum};

use crate::app::{App, Settings};
use crate::load::{self, DataSource, Loaded};
use crate::{keys, render, tui};

/// A terminal dashboard for CICA meetings: agenda, decisions, statements and calendar.
#[derive(Debug, Parser)]
#[command(name = "cica-dash", version, about)]
pub struct Cli {
    /// Data directory to load instead of the bundled data set.
    #[arg(long, global = true, env = "CICA_DASH_DATA", value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// The date taken as today (YYYY-MM-DD), for reproducible screens.
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
    /// The first day of the calendar week.
    #[arg(long, global = true, value_enum, default_value_t = WeekStart::Monday)]
    pub week_start: WeekStart,
    /// Largest data file read, in bytes.
    #[arg(long, global = true, value_name = "BYTES", default_value_t = load::DEFAULT_MAX_FILE_SIZE)]
    pub max_file_size: u64,
    /// Print how long loading and the first frame took, on stderr.
    #[arg(long, global = true)]
    pub timings: bool,
    /// Append a log of what the program does (loads, reloads, errors) to this file.
    #[arg(long, global = true, env = "CICA_DASH_LOG", value_name = "FILE")]
    pub log: Option<PathBuf>,
    /// Do not watch the data directory for changes.
    #[arg(long, global = true)]
    pub no_watch: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The first day of the week in the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum WeekStart {
    /// ISO 8601 weeks.
    Monday,
    /// North American weeks.
    Sunday,
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
    },
    /// Draw the dashboard headless and print the screen as text.
    Render {
        /// Screen size.
        #[arg(long, default_value = "120x40", value_parser = parse_size, value_name = "COLSxROWS")]
        size: (u16, u16),
        /// Keys to press first: literal characters, <Tab> <S-Tab> <Enter> <Esc> <Up> <Down>
        /// <Left> <Right> <PageUp> <PageDown> <Home> <End> <Space> <BS> <C-x>.
        #[arg(long, default_value = "", value_name = "KEYS")]
        keys: String,
    },
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date like 2021-06-23"))
}

fn parse_size(s: &str) -> Result<(u16, u16), String> {
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

impl Cli {
    fn settings(&self) -> Settings {
        Settings {
            today: self.today.unwrap_or_else(|| Local::now().date_naive()),
            week_start: match self.week_start {
                WeekStart::Monday => Weekday::Mon,
                WeekStart::Sunday => Weekday::Sun,
            },
        }
    }

    fn source(&self) -> DataSource {
        self.data
            .clone()
            .map_or(DataSource::Bundled, DataSource::Dir)
    }
}

/// Loads the data into an app: the dashboard on good data, the error screen on bad data.
/// `Err` is the exit code (2) for a data directory that cannot be read.
fn load_app(cli: &Cli) -> Result<(App, Loaded), i32> {
    let mut loaded = load::load(&cli.source(), cli.max_file_size).map_err(|e| {
        eprintln!(
            "cica-dash: {}",
            crate::text::sanitize(&e, crate::text::Lines::Single)
        );
        2
    })?;
    let t = loaded.timings;
    tracing::info!(
        files = loaded.files,
        meetings = loaded.dataset.meetings.len(),
        problems = loaded.diagnostics.len(),
        read = ?t.read,
        parse = ?t.parse,
        validate = ?t.validate,
        index = ?t.index,
        "loaded"
    );
    let app = if loaded.has_errors() {
        App::with_problems(std::mem::take(&mut loaded.diagnostics), cli.settings())
    } else {
        App::new(loaded.dataset.clone(), cli.settings())
    };
    Ok((app, loaded))
}

fn print_timings(loaded: &Loaded, frame: Option<std::time::Duration>) {
    let t = loaded.timings;
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    let frame = frame
        .map(|f| format!(", first frame {:.2} ms", ms(f)))
        .unwrap_or_default();
    eprintln!(
        "timings: read {:.2} ms, parse {:.2} ms, validate {:.2} ms, index {:.2} ms{frame} ({} files, {} statements)",
        ms(t.read),
        ms(t.parse),
        ms(t.validate),
        ms(t.index),
        loaded.files,
        loaded.dataset.statement_count()
    );
}

/// `check`: exit 0 without errors, 1 with errors, 2 when the directory cannot be read.
fn check(cli: &Cli, format: ReportFormat, deny_warnings: bool) -> i32 {
    let loaded = match load::load(&cli.source(), cli.max_file_size) {
        Ok(l) => l,
        Err(e) => {
            eprintln!(
                "cica-dash: {}",
                crate::text::sanitize(&e, crate::text::Lines::Single)
            );
            return 2;
        }
    };
    match format {
        ReportFormat::Human => print!("{}", crate::check::human(&loaded, deny_warnings)),
        ReportFormat::Json => println!("{}", crate::check::json(&loaded, deny_warnings)),
    }
    if cli.timings {
        print_timings(&loaded, None);
    }
    i32::from(crate::check::counts(&loaded, deny_warnings).0 > 0)
}

/// Runs the parsed command line; returns the process exit code.
pub fn run(cli: Cli) -> i32 {
    if let Some(path) = &cli.log
        && let Err(e) = crate::log::init(path)
    {
        eprintln!("cica-dash: {e}");
        return 2;
    }
    tracing::info!(data = ?cli.source(), "start");
    match &cli.command {
        Some(Command::Check {
            format,
            deny_warnings,
        }) => check(&cli, *format, *deny_warnings),
        Some(Command::Render { size, keys }) => {
            let keys = match keys::parse(keys) {
                Ok(k) => k,
                Err(e) => {
                    eprintln!("cica-dash: {e}");
                    return 2;
                }
            };
            let (mut app, loaded) = match load_app(&cli) {
                Ok(l) => l,
                Err(code) => return code,
            };
            let started = Instant::now();
            let text = render::render_text(&mut app, &keys, size.0, size.1);
            if cli.timings {
                print_timings(&loaded, Some(started.elapsed()));
            }
            print!("{text}");
            i32::from(!app.has_data())
        }
        None => {
            if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
                eprintln!(
                    "cica-dash: not a terminal; use `cica-dash render` to print the dashboard as text"
                );
                return 2;
            }
            let (app, loaded) = match load_app(&cli) {
                Ok(l) => l,
                Err(code) => return code,
            };
            let watch = match (&cli.data, cli.no_watch) {
                (Some(dir), false) => crate::watch::watch(dir.clone(), cli.max_file_size)
                    .map_err(|e| eprintln!("cica-dash: not watching {}: {e}", dir.display()))
                    .ok(),
                _ => None,
            };
            let mut app = app.watching(watch.is_some());
            match tui::run(&mut app, watch.as_ref()) {
                Ok(frame) => {
                    if cli.timings {
                        print_timings(&loaded, Some(frame));
                    }
                    0
                }
                Err(e) => {
                    eprintln!("cica-dash: terminal error: {e}");
                    1
                }
            }
        }
    }
}
