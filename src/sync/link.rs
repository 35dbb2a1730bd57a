//! [`Link`]: the non-blocking face the event loop uses, whichever role it plays.
//!
//! The event loop calls [`Link::poll`] once per iteration and [`Link::send`] when its state
//! changes; neither blocks. The sockets live on background threads (see [`super`] for the
//! threading model), which this type starts and, when dropped, stops.

use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;

use super::audience::{self, OwnedSocket};
use super::conn::Shared;
use super::presenter;
use super::protocol::{Msg, Role};
use super::{SyncError, SyncEvent};

/// One end of the presentation link. Dropping it says `bye`, closes the sockets, stops its
/// threads and (for the audience) removes its socket file.
pub struct Link {
    role: Role,
    path: PathBuf,
    shared: Arc<Shared>,
    events: Receiver<SyncEvent>,
    thread: Option<JoinHandle<()>>,
    /// The presenter's thread waits on this between attempts; dropping it wakes the thread.
    stop: Option<Sender<()>>,
    /// The audience's socket file.
    socket: Option<OwnedSocket>,
}

impl Link {
    /// Serves as the audience view on `path`: creates its directory (mode 0700) if missing,
    /// binds the socket, and accepts presenters (one at a time) in the background.
    ///
    /// An existing socket file is probed: if an audience view answers, this fails with
    /// [`SyncError::AlreadyServing`]; if nobody listens, the stale file is replaced. A path
    /// that exists and is not a socket is never removed ([`SyncError::NotASocket`]).
    pub fn audience(path: &Path) -> Result<Link, SyncError> {
        let (listener, socket) = audience::bind(path)?;
        let (tx, events) = mpsc::channel();
        let shared = Arc::new(Shared::new(tx));
        let thread = match audience::spawn(listener, Arc::clone(&shared)) {
            Ok(thread) => thread,
            Err(source) => {
                let _ = std::fs::remove_file(path);
                let path = path.to_path_buf();
                return Err(SyncError::Io { path, source });
            }
        };
        Ok(Link {
            role: Role::Audience,
            path: path.to_path_buf(),
            shared,
            events,
            thread: Some(thread),
            stop: None,
            socket: Some(socket),
        })
    }

    /// Follows the audience view on `path`. Never fails: a background thread connects, and
    /// whenever there is no connection it retries every [`super::RETRY`]. (Should the system
    /// refuse to start that thread, the link reports [`SyncEvent::Refused`] and stays idle.)
    pub fn presenter(path: &Path) -> Link {
        let (tx, events) = mpsc::channel();
        let (stop, stop_rx) = mpsc::channel();
        let shared = Arc::new(Shared::new(tx));
        let thread = presenter::spawn(path.to_path_buf(), Arc::clone(&shared), stop_rx)
            .inspect_err(|e| {
                tracing::warn!(error = %e, "sync: cannot start the presenter thread");
                shared.emit(SyncEvent::Refused(format!(
                    "cannot start the link thread: {e}"
                )));
            })
            .ok();
        Link {
            role: Role::Presenter,
            path: path.to_path_buf(),
            shared,
            events,
            thread,
            stop: Some(stop),
            socket: None,
        }
    }

    /// Queues `msg` for the peer and returns at once. Dropped when no peer is connected (send
    /// the whole state on [`SyncEvent::Connected`] instead), when it is not valid
    /// ([`Msg::is_valid`]), or when it is a `Hello` or `Busy`, which only the link sends.
    pub fn send(&self, msg: &Msg) {
        if !msg.is_valid() {
            tracing::warn!(?msg, "sync: not sending an invalid message");
            return;
        }
        if matches!(msg, Msg::Hello { .. } | Msg::Busy) {
            return;
        }
        self.shared.send(*msg);
    }

    /// Everything that happened since the last call, oldest first. Never blocks.
    pub fn poll(&self) -> Vec<SyncEvent> {
        self.events.try_iter().collect()
    }

    /// Whether a peer is connected (handshake done, not yet gone).
    pub fn is_connected(&self) -> bool {
        self.shared.is_connected()
    }

    /// Which end this is.
    pub fn role(&self) -> Role {
        self.role
    }

    /// The socket path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        self.shared.close_all();
        self.stop = None;
        let mut join = true;
        if let Some(socket) = &self.socket {
            // The accepting thread blocks in accept(); a connection wakes it to see the
            // shutdown. If the file is no longer ours, or the connection fails, the thread
            // is left to end with the process rather than joined forever.
            join = socket.is_ours() && UnixStream::connect(&socket.path).is_ok();
            if socket.is_ours() {
                let _ = std::fs::remove_file(&socket.path);
            }
        }
        if let Some(thread) = self.thread.take() {
            if join {
                let _ = thread.join();
            } else {
                tracing::warn!("sync: a socket thread could not be woken; leaving it");
            }
        }
        tracing::info!(role = ?self.role, "sync: link closed");
    }
}
