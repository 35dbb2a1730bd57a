//! The audience side: claiming the socket path and accepting presenters.
//!
//! Claiming must not steal a path from a live audience view nor delete anything that is not a
//! socket, yet must survive the stale socket file a crashed run leaves behind. So an existing
//! socket is probed first: only a refused connection proves it stale.

use std::fs;
use std::io;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::{self, JoinHandle};

use super::conn::{Shared, named, write_msg};
use super::path::create_parent;
use super::protocol::{Msg, Role, VERSION};
use super::read::Conn;
use super::{RETRY, SyncError};

/// The socket file this audience bound, identified by device and inode so that dropping the
/// link never removes a file that has since been replaced.
#[derive(Debug)]
pub(crate) struct OwnedSocket {
    pub(crate) path: PathBuf,
    dev: u64,
    ino: u64,
}

impl OwnedSocket {
    /// Whether the file at the path is still the socket we bound.
    pub(crate) fn is_ours(&self) -> bool {
        fs::symlink_metadata(&self.path).is_ok_and(|m| m.dev() == self.dev && m.ino() == self.ino)
    }
}

/// What answered on an existing socket file.
enum Probe {
    /// Nobody listens: the file is left over from a run that ended without cleaning up.
    Stale,
    /// A cica-dash audience view.
    Audience,
    /// Something else accepted the connection.
    Other,
}

/// Claims `path` and binds a listener on it; see [`super::Link::audience`].
pub(crate) fn bind(path: &Path) -> Result<(UnixListener, OwnedSocket), SyncError> {
    let io_err = |source| SyncError::Io {
        path: path.to_path_buf(),
        source,
    };
    create_parent(path).map_err(io_err)?;
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_socket() => match probe(path).map_err(io_err)? {
            Probe::Audience => return Err(SyncError::AlreadyServing(path.to_path_buf())),
            Probe::Other => return Err(SyncError::InUse(path.to_path_buf())),
            Probe::Stale => {
                tracing::info!(path = %path.display(), "sync: replacing a stale socket");
                match fs::remove_file(path) {
                    Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(io_err(e)),
                    _ => {}
                }
            }
        },
        Ok(_) => return Err(SyncError::NotASocket(path.to_path_buf())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(io_err(e)),
    }
    let listener = UnixListener::bind(path).map_err(io_err)?;
    let meta = fs::symlink_metadata(path).map_err(io_err)?;
    // Only this user may connect (the directory is private too, when we created it).
    let _ = fs::set_permissions(path, fs::Permissions::from_mode(0o600));
    tracing::info!(path = %path.display(), "sync: audience view listening");
    let owned = OwnedSocket {
        path: path.to_path_buf(),
        dev: meta.dev(),
        ino: meta.ino(),
    };
    Ok((listener, owned))
}

/// Connects to the socket at `path` as an audience would and sees who answers.
fn probe(path: &Path) -> io::Result<Probe> {
    let stream = match UnixStream::connect(path) {
        Ok(stream) => stream,
        Err(e) if e.kind() == io::ErrorKind::ConnectionRefused => return Ok(Probe::Stale),
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Probe::Stale),
        Err(e) => return Err(e),
    };
    let hello = Msg::Hello {
        role: Role::Audience,
        version: VERSION,
    };
    if write_msg(&stream, &hello).is_err() {
        return Ok(Probe::Other);
    }
    Ok(match Conn::new(stream).first_msg() {
        Some(Msg::Busy | Msg::Hello { .. }) => Probe::Audience,
        _ => Probe::Other,
    })
}

/// Starts the accepting thread. It stops at the first connection after the link shuts down
/// (dropping the link makes one to wake it), then joins its connection threads.
pub(crate) fn spawn(listener: UnixListener, shared: Arc<Shared>) -> io::Result<JoinHandle<()>> {
    named("cica-sync-accept", move || {
        let mut handlers: Vec<JoinHandle<()>> = Vec::new();
        for stream in listener.incoming() {
            if shared.is_shutdown() {
                break;
            }
            match stream {
                Ok(stream) => {
                    handlers.retain(|h| !h.is_finished());
                    let shared = Arc::clone(&shared);
                    match named("cica-sync-read", move || handle(stream, &shared)) {
                        Ok(h) => handlers.push(h),
                        Err(e) => tracing::warn!(error = %e, "sync: cannot start a thread"),
                    }
                }
                Err(e) => {
                    // Out of descriptors and the like: wait rather than spin on the error.
                    tracing::warn!(error = %e, "sync: accepting a connection failed");
                    thread::sleep(RETRY);
                }
            }
        }
        for h in handlers {
            let _ = h.join();
        }
    })
}

/// One accepted connection: handshake, then serve it if it is the only presenter.
fn handle(stream: UnixStream, shared: &Shared) {
    let Some(id) = shared.register(&stream) else {
        return;
    };
    let mut conn = Conn::new(stream);
    let hello = Msg::Hello {
        role: Role::Audience,
        version: VERSION,
    };
    match conn.first_msg() {
        Some(Msg::Hello {
            role: Role::Presenter,
            version: VERSION,
        }) => {
            if shared.attach(id, conn.stream(), Some(hello)) {
                tracing::info!("sync: presenter connected");
                conn.serve(shared);
                tracing::info!(dropped = conn.dropped(), "sync: presenter disconnected");
            } else if !shared.is_shutdown() {
                tracing::debug!("sync: a second presenter was refused");
                let _ = write_msg(conn.stream(), &Msg::Busy);
            }
        }
        Some(Msg::Hello {
            role: Role::Presenter,
            version,
        }) => {
            // Debug, not warn: such a presenter retries every RETRY, and reports it itself.
            tracing::debug!(
                version,
                ours = VERSION,
                "sync: presenter speaks another version"
            );
            // Our hello lets the presenter report both versions.
            let _ = write_msg(conn.stream(), &hello);
        }
        Some(Msg::Hello {
            role: Role::Audience,
            ..
        }) => {
            tracing::warn!("sync: a second audience view tried to start; refused");
            let _ = write_msg(conn.stream(), &Msg::Busy);
        }
        _ => {
            if !shared.is_shutdown() {
                tracing::warn!("sync: a connection did not introduce itself; closed");
            }
        }
    }
    shared.detach(id);
}
