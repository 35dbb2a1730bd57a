//! The presenter side: finding the audience view and staying connected to it.
//!
//! The presenter may start before the audience view, outlive it, or see it restarted, so it
//! never fails: one thread connects, serves the connection while it lasts, and otherwise
//! retries every [`RETRY`] until the link is dropped.

use std::io;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::thread::JoinHandle;

use super::conn::{Shared, named, write_msg};
use super::protocol::{self, Msg, Role, VERSION};
use super::read::Conn;
use super::{RETRY, SyncEvent};

/// Starts the connecting thread. It ends when `stop`'s sender is dropped (or the link shuts
/// down while it is connected).
pub(crate) fn spawn(
    path: PathBuf,
    shared: Arc<Shared>,
    stop: Receiver<()>,
) -> io::Result<JoinHandle<()>> {
    named("cica-sync-presenter", move || {
        let mut refusal: Option<String> = None;
        let mut waiting = false;
        loop {
            match UnixStream::connect(&path) {
                Ok(stream) => {
                    waiting = false;
                    let Some(id) = shared.register(&stream) else {
                        return;
                    };
                    session(&path, &shared, id, stream, &mut refusal);
                    shared.detach(id);
                }
                Err(e) => {
                    if !waiting {
                        tracing::info!(path = %path.display(), error = %e,
                            "sync: waiting for the audience view");
                        waiting = true;
                    }
                }
            }
            match stop.recv_timeout(RETRY) {
                Err(RecvTimeoutError::Timeout) => {}
                Ok(()) | Err(RecvTimeoutError::Disconnected) => return,
            }
        }
    })
}

/// One connection: handshake, then serve it until it ends. `refusal` is the last refusal
/// reported, so that a presenter retrying against a busy audience reports it once.
fn session(
    path: &Path,
    shared: &Shared,
    id: u64,
    stream: UnixStream,
    refusal: &mut Option<String>,
) {
    let mut conn = Conn::new(stream);
    let hello = Msg::Hello {
        role: Role::Presenter,
        version: VERSION,
    };
    if write_msg(conn.stream(), &hello).is_err() {
        return;
    }
    let first = match conn.first_line() {
        Ok(Some(line)) => protocol::decode(&line),
        Ok(None) => {
            // Hung up without a word: an audience view closing down as we connected. The next
            // attempt will tell.
            tracing::debug!("sync: the audience view hung up during the handshake");
            return;
        }
        Err(e) if e.kind() == io::ErrorKind::ConnectionReset => return,
        Err(_) => None,
    };
    let reason = match first {
        Some(Msg::Hello {
            role: Role::Audience,
            version: VERSION,
        }) => {
            if shared.attach(id, conn.stream(), None) {
                *refusal = None;
                tracing::info!(path = %path.display(), "sync: connected to the audience view");
                conn.serve(shared);
                tracing::info!(
                    dropped = conn.dropped(),
                    "sync: the audience view went away"
                );
            }
            return;
        }
        Some(Msg::Hello {
            role: Role::Audience,
            version,
        }) => format!(
            "the audience view on {} speaks protocol version {version}, this presenter {VERSION}",
            path.display()
        ),
        Some(Msg::Busy) => format!(
            "another presenter is already following the audience view on {}",
            path.display()
        ),
        _ => format!(
            "{} did not answer as a cica-dash audience view",
            path.display()
        ),
    };
    if shared.is_shutdown() || refusal.as_deref() == Some(reason.as_str()) {
        return;
    }
    tracing::warn!("sync: {reason}");
    shared.emit(SyncEvent::Refused(reason.clone()));
    *refusal = Some(reason);
}
