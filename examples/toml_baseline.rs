//! The baseline of the scale targets: read every `*.toml` file of a directory and parse it into
//! a plain `toml::Table`, on one thread, with no validation. `check` on the same directory is
//! measured against it (see BENCHMARKS.md):
//!
//! ```sh
//! cargo run --release --example toml_baseline -- /tmp/corpus-2000
//! ```

use std::path::{Path, PathBuf};
use std::time::Instant;

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for path in entries.flatten().map(|e| e.path()) {
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}

fn main() {
    let started = Instant::now();
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: toml_baseline DIR");
        std::process::exit(2);
    };
    let mut paths = Vec::new();
    walk(Path::new(&dir), &mut paths);
    paths.sort();
    let mut keys = 0;
    for p in &paths {
        let text = std::fs::read_to_string(p).unwrap_or_default();
        if let Ok(table) = text.parse::<toml::Table>() {
            keys += table.len();
        }
    }
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    eprintln!("{} files, {keys} top-level keys, {ms:.1} ms", paths.len());
}
