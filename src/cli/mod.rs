//! The command line: what each subcommand runs. The options themselves are in [`args`] and
//! [`options`].

mod args;
mod export;
mod headless;
mod options;
mod plain;
mod present;
mod progress;
mod session;

use std::io::IsTerminal;

use chrono::{Local, Weekday};

pub use args::{Cli, Command, DashboardArgs, PresentArgs, RenderArgs, ReportFormat};
pub use export::{ExportArgs, ExportFormat};
pub use options::{
    Options, ScreenArgs, ThemeArg, TimingsArg, TodayArg, WatchArg, WeekStart, WeekStartArg,
};
use session::{load_app, watch, watching};

use crate::app::Settings;
use crate::load::{self, DataSource, Loaded};
use crate::theme::Theme;
use crate::tui;

impl Options {
    fn settings(&self) -> Settings {
        Settings {
            today: self.today.unwrap_or_else(|| Local::now().date_naive()),
            week_start: match self.week_start {
                WeekStart::Monday => Weekday::Mon,
                WeekStart::Sunday => Weekday::Sun,
            },
        }
    }

    /// The theme asked for, or the default (mono when `NO_COLOR` is set and not empty).
    fn theme(&self) -> Result<Theme, String> {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let name = self
            .theme
            .clone()
            .unwrap_or_else(|| crate::theme::default_name(no_color).to_owned());
        if name.ends_with(".toml") {
            return theme_file(&name);
        }
        crate::theme::builtin(&name)
    }

    fn source(&self) -> DataSource {
        self.data
            .clone()
            .map_or(DataSource::Bundled, DataSource::Dir)
    }
}

/// A theme file of one's own; its problems are reported at file:line:col, like the data's.
fn theme_file(path: &str) -> Result<Theme, String> {
    const MAX: u64 = 1 << 20;
    let too_big = std::fs::metadata(path).is_ok_and(|m| m.len() > MAX);
    if too_big {
        return Err(format!("theme file {path} is larger than 1 MiB"));
    }
    let text =
        std::fs::read_to_string(path).map_err(|e| format!("cannot read theme file {path}: {e}"))?;
    crate::theme::parse(path, &text).map_err(|diags| {
        let lines: Vec<String> = diags
            .into_iter()
            .map(|mut d| {
                d.sanitize();
                d.to_string()
            })
            .collect();
        lines.join("\n")
    })
}

pub(super) fn print_timings(loaded: &Loaded, frame: Option<std::time::Duration>) {
    let t = loaded.timings;
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    let frame = frame
        .map(|f| format!(", first frame {:.2} ms", ms(f)))
        .unwrap_or_default();
    eprintln!(
        "timings: read {:.2} ms, parse {:.2} ms, validate {:.2} ms, index {:.2} ms{frame} ({}, {})",
        ms(t.read),
        ms(t.parse),
        ms(t.validate),
        ms(t.index),
        crate::text::count(loaded.files, "file", "files"),
        crate::text::count(loaded.statements, "statement", "statements"),
    );
}

/// The exit code of a run in the terminal: 0, 128 + the signal that ended it, or 1 when the
/// terminal failed.
pub(super) fn exit_code(
    cli: &Options,
    loaded: &Loaded,
    result: std::io::Result<tui::Outcome>,
) -> i32 {
    match result {
        Ok(outcome) => {
            if cli.timings {
                print_timings(loaded, Some(outcome.first_frame));
            }
            outcome.signal.map_or(0, |sig| 128 + sig)
        }
        Err(e) => {
            eprintln!("cica-dash: terminal error: {e}");
            1
        }
    }
}

/// `check`: exit 0 without errors, 1 with errors, 2 when the directory cannot be read.
fn check(cli: &Options, format: ReportFormat, deny_warnings: bool) -> i32 {
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
    let mut loaded = loaded;
    if loaded.files == 0 {
        let dir = cli
            .data
            .as_ref()
            .map_or_else(|| "data".to_owned(), |d| d.display().to_string());
        let message = format!("no data files (*.toml) in {dir}");
        let help = "check the path, or add files as docs/data-format.md describes";
        let d = load::Diagnostic::file(&dir, load::Code::NoData, message);
        loaded.diagnostics.push(d.warning().with_help(help));
        loaded
            .diagnostics
            .iter_mut()
            .for_each(load::Diagnostic::sanitize);
    }
    match format {
        ReportFormat::Human => print!("{}", crate::check::human(&loaded, deny_warnings)),
        ReportFormat::Json => println!("{}", crate::check::json(&loaded, deny_warnings)),
    }
    if cli.timings {
        print_timings(&loaded, None);
    }
    let code = i32::from(crate::check::counts(&loaded, deny_warnings).0 > 0);
    // The process ends right after: freeing every string of a large data set one by one is
    // wasted work (6% of `check`'s time on the 2,000-meeting corpus), the system reclaims it.
    std::mem::forget(loaded);
    code
}

/// Runs the parsed command line; returns the process exit code.
pub fn run(cli: Cli) -> i32 {
    let opts = cli.options();
    if let Some(path) = &opts.log
        && let Err(e) = crate::log::init(path)
    {
        eprintln!("cica-dash: {e}");
        return 2;
    }
    tracing::info!(data = ?opts.source(), "start");
    match &cli.command {
        Some(Command::Check {
            format,
            deny_warnings,
            ..
        }) => check(&opts, *format, *deny_warnings),
        Some(Command::Present(args)) => present::run(&opts, args),
        Some(Command::Export(args)) => export::run(&opts, args),
        Some(Command::Render(args)) => headless::run(&opts, args),
        None => {
            if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
                eprintln!(
                    "cica-dash: not a terminal; use `cica-dash render` to print the dashboard as text"
                );
                return 2;
            }
            let (app, loaded, cache) = match load_app(&opts, watching(&opts)) {
                Ok(l) => l,
                Err(code) => return code,
            };
            let watch = watch(&opts, cache);
            let mut app = app.watching(watch.is_some());
            let result = tui::run(&mut app, watch.as_ref(), None);
            exit_code(&opts, &loaded, result)
        }
    }
}
