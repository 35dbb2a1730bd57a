//! Logging to a file, never to the screen.
//!
//! The dashboard owns the terminal, so diagnostics about the program itself (reloads, watch
//! errors, timings) go to the file named by `--log` (or `CICA_DASH_LOG`). Without it nothing is
//! logged and nothing is written anywhere.

use std::fs::OpenOptions;
use std::path::Path;
use std::sync::Mutex;

/// Starts logging to `path` (appending). Errors are returned for the caller to report.
pub fn init(path: &Path) -> Result<(), String> {
    let file = OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|e| format!("cannot open log file {}: {e}", path.display()))?;
    tracing_subscriber::fmt()
        .with_writer(Mutex::new(file))
        .with_ansi(false)
        .with_target(false)
        .try_init()
        .map_err(|e| format!("cannot start logging: {e}"))
}
