//! Loading the data into an app, and watching the data directory while the app runs: the
//! first load goes through the reload cache, which the watcher then keeps (see
//! [`crate::load::load_cached`]), so that a reload redoes only the files that changed.

use super::{Options, progress};
use crate::app::App;
use crate::load::{self, Loaded};

/// Whether the data directory is watched: unless the data is bundled or `--no-watch` is given.
pub(super) fn watching(cli: &Options) -> bool {
    cli.data.is_some() && !cli.no_watch
}

/// The watcher of the data directory (see [`watching`]), reloading through the cache the
/// first load kept.
pub(super) fn watch(cli: &Options, cache: Option<load::Cache>) -> Option<crate::watch::Watch> {
    let dir = cli.data.as_ref().filter(|_| watching(cli))?;
    crate::watch::watch(dir.clone(), cli.max_file_size, cache.unwrap_or_default())
        .map_err(|e| eprintln!("cica-dash: not watching {}: {e}", dir.display()))
        .ok()
}

/// The app, the load, and the cache the load went through when it was kept.
pub(super) type AppLoad = (App, Loaded, Option<load::Cache>);

/// Loads the data into an app: the dashboard on good data, the error screen on bad data.
/// `Err` is the exit code (2) for a data directory that cannot be read. With `keep`, also
/// the cache the load went through, for the watcher (see [`watch`]).
pub(super) fn load_app(cli: &Options, keep: bool) -> Result<AppLoad, i32> {
    let theme = cli.theme().map_err(|e| {
        eprintln!("cica-dash: {e}");
        2
    })?;
    let load = progress::load_keeping(&cli.source(), cli.max_file_size, keep);
    let (mut loaded, cache) = load.map_err(|e| {
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
        // The app takes the data set: a second copy would double the memory held.
        App::new(std::mem::take(&mut loaded.dataset), cli.settings())
    };
    progress::warm(app.shared_data());
    Ok((app.with_theme(theme), loaded, cache))
}
