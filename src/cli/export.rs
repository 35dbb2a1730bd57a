//! `cica-dash export`: the data set as a calendar, minutes, JSON or CSV, on standard output
//! or in a file written whole. Every mistake (a bad date, an unknown meeting, a path that
//! cannot be written, data with errors) is one line on standard error and exit status 1.

use std::io::Write;
use std::path::PathBuf;

use chrono::{NaiveTime, Utc};
use clap::ValueEnum;

use super::{Options, present::meeting_by_id, progress};
use crate::dump::{self, Filter, csv::Kind};
use crate::model::PartialDate;
use crate::text::{Lines, sanitize};

/// The formats `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// iCalendar (RFC 5545): the meetings and events known to the day, as all-day events.
    Ics,
    /// The minutes of a meeting (--meeting, or those in --from/--to; by default the
    /// dashboard's meeting).
    Markdown,
    /// The validated data set, in the schema of docs/json-schema.md.
    Json,
    /// One table for a spreadsheet, chosen by --kind.
    Csv,
}

/// The options of `export`.
#[derive(Debug, Clone, clap::Args)]
#[command(after_help = "\
Examples:
  cica-dash export --format ics -o cica.ics
  cica-dash export --format markdown --meeting soc-2021-06-23
  cica-dash export --format json --from 2021 --to 2022-06
  cica-dash export --format csv --kind statements -o statements.csv

--meeting, --from and --to narrow the meetings and what belongs to them, and the events;
the participants, persons, glossary, chairmanships and standing roles are always whole.
An item counts as in the range when any day of it is. Errors exit with status 1.")]
pub struct ExportArgs {
    /// What to write.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: ExportFormat,
    /// Only this meeting (by id) and the events it reported.
    #[arg(long, value_name = "ID")]
    pub meeting: Option<String>,
    /// Only what ends on or after DATE: 2021-06-23, 2021-06 (its first day) or 2021.
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only what begins on or before DATE: 2021-06-23, 2021-06 (its last day) or 2021.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// With --format csv: the table to write.
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Option<Kind>,
    /// Write to FILE (whole: through a temporary file renamed into place) instead of
    /// standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub today: super::options::TodayArg,
}

/// Runs `export`; returns the exit code.
pub(super) fn run(cli: &Options, args: &ExportArgs) -> i32 {
    match export(cli, args) {
        Ok(()) => 0,
        Err(message) => {
            eprintln!("cica-dash: {message}");
            1
        }
    }
}

fn export(cli: &Options, args: &ExportArgs) -> Result<(), String> {
    let (from, to) = (date("--from", &args.from)?, date("--to", &args.to)?);
    if let (Some(f), Some(t)) = (from, to)
        && t.ends_before(&f)
    {
        return Err(format!("--to {t} is before --from {f}"));
    }
    let job = job(args)?;
    if let (Some(out), Some(dir)) = (&args.output, &cli.data)
        && dump::write::is_inside(out, dir)
    {
        return Err(format!(
            "not writing {} inside the data directory {}: cica-dash never writes there",
            out.display(),
            dir.display()
        ));
    }
    let loaded = progress::load(&cli.source(), cli.max_file_size)
        .map_err(|e| sanitize(&e, Lines::Single).into_owned())?;
    if loaded.has_errors() {
        return Err("the data has errors; `cica-dash check` lists them".to_owned());
    }
    let data = &loaded.dataset;
    let meeting = args
        .meeting
        .as_deref()
        .map(|id| meeting_by_id(data, id))
        .transpose()?;
    let today = cli.settings().today;
    let sel = Filter { meeting, from, to }.select(data);
    // Said once the export is written: after a failure only the failure matters.
    let mut notice = None;
    let text = match job {
        Job::Ics => {
            let stamp = cli
                .today
                .map_or_else(Utc::now, |d| d.and_time(NaiveTime::MIN).and_utc());
            let ics = dump::ics::ics(data, &sel, today, stamp);
            notice = left_out(ics.partial, ics.undated);
            ics.text
        }
        Job::Markdown => {
            let meetings = if sel.filter.is_empty() {
                // The dashboard's meeting: the latest one not after today.
                let dashboard = crate::app::Dashboard::new(data, today);
                if data.meetings.is_empty() {
                    Vec::new()
                } else {
                    vec![dashboard.meeting()]
                }
            } else {
                sel.meetings.clone()
            };
            if meetings.is_empty() {
                return Err("no meeting to write the minutes of".to_owned());
            }
            dump::markdown::minutes(data, &meetings, today)
        }
        Job::Json => dump::json::json(data, &sel),
        Job::Csv(kind) => dump::csv::csv(data, &sel, kind, today),
    };
    match &args.output {
        Some(path) => dump::write::atomic(path, text.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?,
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())
                .and_then(|()| out.flush())
                .map_err(|e| format!("cannot write to standard output: {e}"))?;
        }
    }
    if let Some(notice) = notice {
        eprintln!("cica-dash: {notice}");
    }
    Ok(())
}

/// What to write, with the table for CSV.
#[derive(Debug, Clone, Copy)]
enum Job {
    Ics,
    Markdown,
    Json,
    Csv(Kind),
}

/// The format asked for, checked against `--kind`, which CSV needs and nothing else takes.
fn job(args: &ExportArgs) -> Result<Job, String> {
    match (args.format, args.kind) {
        (ExportFormat::Csv, Some(kind)) => Ok(Job::Csv(kind)),
        (ExportFormat::Csv, None) => {
            let kinds: Vec<String> = Kind::value_variants()
                .iter()
                .filter_map(|k| k.to_possible_value().map(|v| v.get_name().to_owned()))
                .collect();
            Err(format!(
                "--format csv needs --kind, one of: {}",
                kinds.join(", ")
            ))
        }
        (_, Some(_)) => Err("--kind goes with --format csv only".to_owned()),
        (ExportFormat::Ics, None) => Ok(Job::Ics),
        (ExportFormat::Markdown, None) => Ok(Job::Markdown),
        (ExportFormat::Json, None) => Ok(Job::Json),
    }
}

/// A `--from` or `--to` date, if given.
fn date(option: &str, text: &Option<String>) -> Result<Option<PartialDate>, String> {
    let Some(text) = text else { return Ok(None) };
    PartialDate::parse(text).map(Some).ok_or_else(|| {
        format!(
            "{option} `{}` is not a date like 2021-06-23, 2021-06 or 2021",
            sanitize(text, Lines::Single)
        )
    })
}

/// What the calendar could not hold, if anything.
fn left_out(partial: usize, undated: usize) -> Option<String> {
    if partial + undated == 0 {
        return None;
    }
    let mut why = Vec::new();
    if partial > 0 {
        why.push(format!("{partial} known only to the month or year"));
    }
    if undated > 0 {
        why.push(format!("{undated} undated"));
    }
    Some(format!(
        "left out {} not dated to the day: {}",
        crate::text::count(partial + undated, "item", "items"),
        why.join(", ")
    ))
}
