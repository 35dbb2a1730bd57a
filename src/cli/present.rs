//! `cica-dash present`: a meeting's deck full screen (the audience view), the presenter view
//! that follows it over a socket, kiosk mode, and the SVG handout export.

use std::io::IsTerminal;
use std::path::Path;

use super::session::{load_app, watch, watching};
use super::{Options, PresentArgs, exit_code};
use crate::app::{Action, App, PresentOptions, update};
use crate::dataset::Dataset;
use crate::export::{self, Palette};
use crate::sync::{self, Link, SyncError};
use crate::{render, tui};

/// The meeting with this id, or the dashboard's default when none is given; an unknown id
/// is an error (exit 2) with the nearest id.
pub(super) fn meeting_index(data: &Dataset, id: Option<&str>) -> Result<Option<usize>, i32> {
    let Some(id) = id else { return Ok(None) };
    meeting_by_id(data, id).map(Some).map_err(|e| {
        eprintln!("cica-dash: {e}");
        2
    })
}

/// The index of the meeting with this id, or a message naming the nearest id (or, with none
/// near, every id).
pub(super) fn meeting_by_id(data: &Dataset, id: &str) -> Result<usize, String> {
    if let Some(i) = data.meetings.iter().position(|m| m.id == id) {
        return Ok(i);
    }
    let ids: Vec<&str> = data.meetings.iter().map(|m| m.id.as_str()).collect();
    let hint = crate::load::suggest::nearest(id, ids.iter().copied())
        .map(|s| format!("; did you mean `{s}`?"))
        .unwrap_or_else(|| format!("; the meetings are: {}", ids.join(", ")));
    Err(format!(
        "no meeting `{}`{hint}",
        crate::text::sanitize(id, crate::text::Lines::Single)
    ))
}

/// Runs `present`; returns the exit code.
pub(super) fn run(cli: &Options, args: &PresentArgs) -> i32 {
    let (app, loaded, cache) = match load_app(cli, watching(cli)) {
        Ok(l) => l,
        Err(code) => return code,
    };
    if !app.has_data() {
        eprintln!(
            "cica-dash: the data has errors; `cica-dash check` lists them, and the slides need good data"
        );
        return 1;
    }
    let meeting = match meeting_index(app.data(), args.meeting.as_deref()) {
        Ok(m) => m,
        Err(code) => return code,
    };
    if let Some(dir) = &args.export_svg {
        return export(app, args, meeting, dir);
    }
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        eprintln!(
            "cica-dash: not a terminal; use `cica-dash render --present` or `present --export-svg DIR`"
        );
        return 2;
    }
    let path = args
        .socket
        .clone()
        .unwrap_or_else(sync::default_socket_path);
    let link = match open_link(args.presenter, &path) {
        Ok(link) => link,
        Err(code) => return code,
    };
    let watch = watch(cli, cache);
    let mut app = app
        .with_present_options(options(args, true, link.is_some()))
        .watching(watch.is_some());
    update(&mut app, Action::Present { meeting });
    let result = tui::run(&mut app, watch.as_ref(), link.as_ref());
    exit_code(cli, &loaded, result)
}

fn options(args: &PresentArgs, standalone: bool, linked: bool) -> PresentOptions {
    PresentOptions {
        duration: args.duration,
        auto_advance: args.auto_advance,
        looping: args.looping,
        all: args.all,
        standalone,
        presenter: args.presenter,
        linked,
    }
}

/// The link to the other view. The audience view owns the socket; a second audience view is
/// refused. Where the socket cannot be made at all, the deck runs without a presenter view.
fn open_link(presenter: bool, path: &Path) -> Result<Option<Link>, i32> {
    if presenter {
        eprintln!(
            "cica-dash: following the audience view at {}",
            path.display()
        );
        return Ok(Some(Link::presenter(path)));
    }
    match Link::audience(path) {
        Ok(link) => {
            eprintln!(
                "cica-dash: presenting; follow with `cica-dash present --presenter` (socket {})",
                path.display()
            );
            Ok(Some(link))
        }
        Err(e @ SyncError::AlreadyServing(_)) => {
            eprintln!(
                "cica-dash: {e}; start this one with --presenter to follow it, or give another --socket"
            );
            Err(2)
        }
        Err(e) => {
            eprintln!("cica-dash: no presenter view: {e}");
            tracing::warn!(error = %e, "presenting without a socket");
            Ok(None)
        }
    }
}

/// The colours that `Reset` stands for in an exported picture, by theme.
fn palette(app: &App) -> Palette {
    if app.theme().name == "light" {
        Palette::light()
    } else {
        Palette::dark()
    }
}

/// A handout written over an older, longer one would keep the old deck's last slides beside
/// the new index: slide files past the new deck's end are removed. Only names this program
/// writes (`slide-NN.svg`) are touched.
fn remove_stale_slides(dir: &Path, n: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(number) = name
            .to_str()
            .and_then(|s| s.strip_prefix("slide-")?.strip_suffix(".svg"))
            .filter(|d| d.len() >= 2 && d.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|d| d.parse::<usize>().ok())
        else {
            continue;
        };
        if number > n && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// `render --svg FILE`: the screen as drawn, as an SVG picture.
pub(super) fn write_svg(app: &mut App, (w, h): (u16, u16), path: &Path) -> Result<(), i32> {
    let svg = export::svg(&render::draw(app, w, h), &palette(app));
    std::fs::write(path, svg).map_err(|e| {
        eprintln!("cica-dash: cannot write {}: {e}", path.display());
        2
    })
}

/// `--export-svg DIR`: one SVG per slide and an `index.html` handout.
fn export(app: App, args: &PresentArgs, meeting: Option<usize>, dir: &Path) -> i32 {
    let (w, h) = args.size;
    let palette = palette(&app);
    let mut app = app.with_present_options(options(args, true, false));
    update(&mut app, Action::Present { meeting });
    let Some(p) = app.presentation() else {
        eprintln!("cica-dash: no meeting to present");
        return 1;
    };
    let n = p.deck().len();
    let title = p
        .deck()
        .meeting(app.data())
        .map_or_else(String::new, |m| m.title.clone());
    let mut files = Vec::new();
    let mut slides = Vec::new();
    update(&mut app, Action::First);
    for i in 0..n {
        let name = format!("slide-{:02}.svg", i + 1);
        let svg = export::svg(&render::draw(&mut app, w, h), &palette);
        let slide_title = app
            .presentation()
            .map(|p| p.deck().title(app.data(), i))
            .unwrap_or_default();
        files.push((name.clone(), svg));
        slides.push((name, slide_title));
        update(&mut app, Action::NextSlide);
    }
    files.push(("index.html".to_owned(), export::index_html(&title, &slides)));
    match export::write_all(dir, &files) {
        Ok(()) => {
            remove_stale_slides(dir, n);
            let slides = crate::text::count(n, "slide", "slides");
            println!("wrote {slides} and index.html to {}", dir.display());
            0
        }
        Err(e) => {
            eprintln!("cica-dash: cannot write to {}: {e}", dir.display());
            2
        }
    }
}
