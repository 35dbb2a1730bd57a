//! Where the presentation socket lives, and making its directory private.
//!
//! Both views must find the same path without being told, so it is derived from the user's
//! runtime directory (or, lacking one, a per-user directory under the temporary directory).
//! The environment is read in one place, [`default_socket_path`]; the rule itself,
//! [`socket_path_from`], takes the values as parameters so tests never see the real ones.

use std::fs::DirBuilder;
use std::io;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

/// The file name of the socket inside its directory.
const SOCKET_NAME: &str = "present.sock";

/// The socket path for this user: `$XDG_RUNTIME_DIR/cica-dash/present.sock` when that variable
/// names an absolute directory, otherwise `<temp dir>/cica-dash-<uid>/present.sock`. Nothing is
/// created here; [`super::Link::audience`] creates the directory (mode 0700) when it binds.
pub fn default_socket_path() -> PathBuf {
    let runtime = std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from);
    let user = match current_uid() {
        Some(uid) => uid.to_string(),
        None => std::env::var("USER").unwrap_or_default(),
    };
    socket_path_from(runtime.as_deref(), &std::env::temp_dir(), &user)
}

/// The rule behind [`default_socket_path`]: `runtime_dir/cica-dash/present.sock` if
/// `runtime_dir` is an absolute path to a directory, else `tmp/cica-dash-<user>/present.sock`
/// with `user` reduced to `[A-Za-z0-9_-]` (at most 32 characters; `user` if nothing is left).
pub fn socket_path_from(runtime_dir: Option<&Path>, tmp: &Path, user: &str) -> PathBuf {
    match runtime_dir {
        Some(dir) if dir.is_absolute() && dir.is_dir() => dir.join("cica-dash").join(SOCKET_NAME),
        _ => {
            let mut who: String = user
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .take(32)
                .collect();
            if who.is_empty() {
                who.push_str("user");
            }
            tmp.join(format!("cica-dash-{who}")).join(SOCKET_NAME)
        }
    }
}

/// The real user id of this process, from the `Uid:` line of `/proc/self/status` (Linux).
fn current_uid() -> Option<u32> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    parse_uid(&status)
}

/// The first number on the `Uid:` line of a `/proc/<pid>/status` text.
fn parse_uid(status: &str) -> Option<u32> {
    let line = status.lines().find_map(|l| l.strip_prefix("Uid:"))?;
    line.split_whitespace().next()?.parse().ok()
}

/// Creates the directory that will hold the socket at `path`, and any missing ancestors, with
/// mode 0700 so other users can neither connect nor replace the socket. Existing directories
/// are left as they are.
pub(crate) fn create_parent(path: &Path) -> io::Result<()> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() && !dir.is_dir() => {
            DirBuilder::new().recursive(true).mode(0o700).create(dir)
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn the_runtime_dir_wins_when_it_is_a_directory() {
        let runtime = tempfile::tempdir().unwrap();
        let path = socket_path_from(Some(runtime.path()), Path::new("/tmp"), "1000");
        assert_eq!(path, runtime.path().join("cica-dash/present.sock"));
    }

    #[test]
    fn a_missing_or_relative_runtime_dir_falls_back_to_tmp() {
        let tmp = Path::new("/var/tmp");
        let want = PathBuf::from("/var/tmp/cica-dash-1000/present.sock");
        assert_eq!(socket_path_from(None, tmp, "1000"), want);
        let gone = Path::new("/nonexistent/run/user/1000");
        assert_eq!(socket_path_from(Some(gone), tmp, "1000"), want);
        assert_eq!(socket_path_from(Some(Path::new("run")), tmp, "1000"), want);
    }

    #[test]
    fn the_user_name_is_sanitised() {
        let tmp = Path::new("/tmp");
        let path = socket_path_from(None, tmp, "../../etc/x y");
        assert_eq!(path, PathBuf::from("/tmp/cica-dash-etcxy/present.sock"));
        let path = socket_path_from(None, tmp, "");
        assert_eq!(path, PathBuf::from("/tmp/cica-dash-user/present.sock"));
    }

    #[test]
    fn the_uid_is_read_from_the_status_text() {
        let status = "Name:\tcica-dash\nUmask:\t0022\nUid:\t1000\t1000\t1000\t1000\nGid:\t100\n";
        assert_eq!(parse_uid(status), Some(1000));
        assert_eq!(parse_uid("Name:\tx\n"), None);
        assert!(current_uid().is_some());
    }

    #[test]
    fn the_parent_is_created_private() {
        let tmp = tempfile::tempdir().unwrap();
        let sock = tmp.path().join("a/b/present.sock");
        create_parent(&sock).unwrap();
        let mode = std::fs::metadata(tmp.path().join("a/b"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o700);
        create_parent(&sock).unwrap();
    }
}
