//! Writing an export to a file so that it is never seen half-written: the text goes to a
//! temporary file beside the target, is flushed to disk, and is renamed over the target in
//! one step. A failure at any point removes the temporary file and leaves the target as it
//! was (absent, or the previous export).

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` whole, or not at all.
pub fn atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
    if path.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "is a directory",
        ));
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let (tmp, mut file) = temporary(dir, &name.to_string_lossy())?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| fs::rename(&tmp, path));
    if written.is_err() {
        // The temporary file is ours; the target was not touched.
        let _ = fs::remove_file(&tmp);
    }
    written
}

/// A new file `.NAME.PID.N.tmp` in `dir`, created only if no such file exists.
fn temporary(dir: &Path, name: &str) -> io::Result<(PathBuf, fs::File)> {
    let pid = std::process::id();
    let mut n = 0;
    loop {
        let tmp = dir.join(format!(".{name}.{pid}.{n}.tmp"));
        match OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && n < 100 => n += 1,
            Err(e) => return Err(e),
        }
    }
}

/// Whether `path` (a file that may not exist yet) would be inside `dir` or below it,
/// following symbolic links. A path whose folder does not exist is inside nothing.
pub fn is_inside(path: &Path, dir: &Path) -> bool {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    match (folder.canonicalize(), dir.canonicalize()) {
        (Ok(folder), Ok(dir)) => folder.starts_with(dir),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_whole_files_and_replaces_old_ones() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.ics");
        atomic(&path, b"first").unwrap();
        atomic(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        let left: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn a_failure_leaves_nothing_and_the_old_file_alone() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("no-such-dir").join("out.json");
        assert!(atomic(&missing, b"x").is_err());
        assert!(
            atomic(dir.path(), b"x").is_err(),
            "a directory is not replaced"
        );
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn inside_follows_the_folders() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        fs::create_dir_all(data.join("meetings")).unwrap();
        assert!(is_inside(&data.join("meetings/x.toml"), &data));
        assert!(is_inside(&data.join("new.ics"), &data));
        assert!(!is_inside(&dir.path().join("out.ics"), &data));
        assert!(!is_inside(&data.join("nope/x.ics"), &data));
    }
}
