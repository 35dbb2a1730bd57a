//! Finding and reading the data files: from a directory on disk, or from the copy embedded in
//! the binary.
//!
//! Reading is defensive: files over the size limit are refused before they are read, bytes
//! that are not UTF-8 are reported with their line and column, a BOM is dropped, and directory
//! symlink loops are cut. Nothing here ever writes.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use rayon::prelude::*;

use include_dir::{Dir, include_dir};

use super::diag::{Code, Diagnostic, line_col};

/// The data set bundled with the binary.
static BUNDLED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/data");

/// The default largest file read, in bytes (64 MiB).
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// How deep directories are walked; deeper trees are reported, not followed.
const MAX_DEPTH: usize = 32;

/// One data file's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The path as shown in messages.
    pub path: String,
    /// The text, without a BOM.
    pub text: String,
}

/// The bundled data set's files, sorted by path.
pub fn bundled() -> Vec<Source> {
    let mut files = Vec::new();
    collect_bundled(&BUNDLED, &mut files);
    // By path components, as on disk: `a/x.toml` before `a-b/x.toml`.
    files.sort_by(|a, b| Path::new(&a.path).cmp(Path::new(&b.path)));
    files
}

fn collect_bundled(dir: &Dir<'static>, out: &mut Vec<Source>) {
    for f in dir.files() {
        let path = f.path();
        if is_data_file(path) {
            let shown = format!("data/{}", path.display());
            // The bundled files are checked by the test suite, so decoding cannot fail in a
            // released binary; if it ever did, the error is reported like any other.
            out.push(Source {
                path: shown,
                text: String::from_utf8_lossy(f.contents())
                    .trim_start_matches('\u{feff}')
                    .to_owned(),
            });
        }
    }
    for d in dir.dirs() {
        if !is_hidden(d.path()) {
            collect_bundled(d, out);
        }
    }
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

fn is_data_file(path: &Path) -> bool {
    !is_hidden(path) && path.extension().is_some_and(|e| e == "toml")
}

/// Reads every `*.toml` under `root` (recursively, sorted by path, dot-entries skipped), in
/// parallel. Problems with single files come back as diagnostics next to the files that could
/// be read.
pub fn read_dir(root: &Path, max_file_size: u64) -> Result<(Vec<Source>, Vec<Diagnostic>), String> {
    let (paths, mut diags) = list_dir(root)?;
    let read: Vec<Result<Source, Diagnostic>> = paths
        .par_iter()
        .map(|p| read_file(p, max_file_size))
        .collect();
    let sources = split(read, &mut diags);
    Ok((sources, diags))
}

/// What could be read, in order; the problems of what could not go to `diags`.
pub(crate) fn split<T>(results: Vec<Result<T, Diagnostic>>, diags: &mut Vec<Diagnostic>) -> Vec<T> {
    let mut ok = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(v) => ok.push(v),
            Err(d) => diags.push(d),
        }
    }
    ok
}

/// The paths of every `*.toml` under `root` (recursively, sorted, dot-entries skipped), and a
/// diagnostic for each directory that could not be walked. `Err` when `root` itself cannot be
/// read or is not a directory.
pub fn list_dir(root: &Path) -> Result<(Vec<PathBuf>, Vec<Diagnostic>), String> {
    let meta = std::fs::metadata(root)
        .map_err(|e| format!("cannot read data directory {}: {e}", root.display()))?;
    if !meta.is_dir() {
        return Err(format!("{} is not a directory", root.display()));
    }
    let mut paths = Vec::new();
    let mut diags = Vec::new();
    let mut seen = HashSet::new();
    walk(root, 0, &mut seen, &mut paths, &mut diags);
    paths.sort();
    Ok((paths, diags))
}

fn walk(
    dir: &Path,
    depth: usize,
    seen: &mut HashSet<PathBuf>,
    files: &mut Vec<PathBuf>,
    diags: &mut Vec<Diagnostic>,
) {
    let shown = dir.display().to_string();
    // A directory reached twice (a symlink loop or a link to a parent) is read once.
    match std::fs::canonicalize(dir) {
        Ok(real) => {
            if !seen.insert(real) {
                return;
            }
        }
        Err(e) => {
            return diags.push(Diagnostic::file(
                &shown,
                Code::Io,
                format!("cannot read: {e}"),
            ));
        }
    }
    if depth > MAX_DEPTH {
        let msg = format!("directories nested deeper than {MAX_DEPTH} levels are not read");
        return diags.push(Diagnostic::file(&shown, Code::Io, msg));
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            return diags.push(Diagnostic::file(
                &shown,
                Code::Io,
                format!("cannot read: {e}"),
            ));
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if is_hidden(&path) {
            continue;
        }
        if path.is_dir() {
            walk(&path, depth + 1, seen, files, diags);
        } else if is_data_file(&path) {
            files.push(path);
        }
    }
}

/// Reads one file, refusing it when too large, not a regular file, not UTF-8 or holding a NUL
/// byte. The limit holds even for a file that grows while it is read.
pub fn read_file(path: &Path, max_file_size: u64) -> Result<Source, Diagnostic> {
    read_stamped(path, max_file_size).map(|(s, _)| s)
}

/// A file's size and modification time when it was opened: what the reload cache compares.
pub type Stamp = (u64, Option<SystemTime>);

/// [`read_file`], with the file's [`Stamp`] taken from the open file (so a later change to the
/// file always shows as a different stamp).
pub fn read_stamped(path: &Path, max_file_size: u64) -> Result<(Source, Stamp), Diagnostic> {
    let shown = path.display().to_string();
    let io = |e: std::io::Error| Diagnostic::file(&shown, Code::Io, format!("cannot read: {e}"));
    let file = std::fs::File::open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if !meta.is_file() {
        // A device or a pipe named `*.toml` could block or never end.
        return Err(Diagnostic::file(
            &shown,
            Code::Io,
            "not a regular file".into(),
        ));
    }
    let too_large = |size: u64| {
        let msg = format!(
            "file is {}, over the limit of {}",
            bytes(size),
            bytes(max_file_size)
        );
        Diagnostic::file(&shown, Code::TooLarge, msg)
            .with_help("split the file, or raise the limit with --max-file-size BYTES")
    };
    if meta.len() > max_file_size {
        return Err(too_large(meta.len()));
    }
    let stamp = (meta.len(), meta.modified().ok());
    // The size is a hint only: the file may change while it is read.
    let hint = usize::try_from(meta.len()).unwrap_or(0).saturating_add(1);
    let mut buf = Vec::with_capacity(hint);
    file.take(max_file_size.saturating_add(1))
        .read_to_end(&mut buf)
        .map_err(io)?;
    if buf.len() as u64 > max_file_size {
        return Err(too_large(buf.len() as u64));
    }
    decode(&shown, buf).map(|s| (s, stamp))
}

/// A size for messages: bytes below 1 MiB, MiB above.
fn bytes(n: u64) -> String {
    if n < 1 << 20 {
        crate::text::count(usize::try_from(n).unwrap_or(usize::MAX), "byte", "bytes")
    } else {
        format!("{:.1} MiB", n as f64 / f64::from(1 << 20))
    }
}

/// Turns bytes into a source: UTF-8 only, no NUL, BOM dropped.
pub fn decode(shown: &str, bytes: Vec<u8>) -> Result<Source, Diagnostic> {
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = e.utf8_error().valid_up_to();
            let valid = String::from_utf8_lossy(&e.as_bytes()[..good]).into_owned();
            let (line, col) = line_col(&valid, good);
            let mut d = Diagnostic::file(shown, Code::Encoding, "file is not valid UTF-8".into())
                .with_help("save the file as UTF-8");
            (d.line, d.col) = (line, col);
            return Err(d);
        }
    };
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    if let Some(at) = text.find('\0') {
        return Err(Diagnostic::at(
            shown,
            &text,
            at..at + 1,
            Code::Encoding,
            "file holds a NUL byte".into(),
        )
        .with_help("this looks like a binary file; data files are UTF-8 text"));
    }
    Ok(Source {
        path: shown.to_owned(),
        text,
    })
}
