//! What the audience and presenter threads share: the open sockets, the current peer, the
//! event channel, and the writing side of a connection.
//!
//! Both roles differ only in how a connection comes about (accepting versus connecting); once
//! the handshake is done they write and hang up the same way, so that lives here (reading is
//! in [`super::read`]).

use std::collections::HashMap;
use std::io::{self, Write};
use std::net::Shutdown;
use std::os::unix::net::UnixStream;
use std::sync::mpsc::{self, Sender, SyncSender, TrySendError};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::thread::{self, JoinHandle};
use std::time::Duration;

use super::SyncEvent;
use super::protocol::{self, Msg};

/// How long a write may block before the peer is considered stuck and dropped.
const WRITE_TIMEOUT: Duration = Duration::from_secs(1);

/// How many messages may wait for a slow peer before new ones are dropped.
const QUEUE: usize = 256;

/// The connection that has done its handshake: the one [`Shared::send`] writes to.
struct Peer {
    id: u64,
    tx: SyncSender<Msg>,
    writer: JoinHandle<()>,
}

/// The mutable part of [`Shared`].
#[derive(Default)]
struct State {
    shutdown: bool,
    next_id: u64,
    /// Every open connection (handshaking or not), so dropping the link can shut them down.
    open: HashMap<u64, UnixStream>,
    peer: Option<Peer>,
}

/// State shared between a [`super::Link`] and its threads.
pub(crate) struct Shared {
    state: Mutex<State>,
    events: Sender<SyncEvent>,
}

impl Shared {
    /// New shared state reporting to `events`.
    pub(crate) fn new(events: Sender<SyncEvent>) -> Self {
        Self {
            state: Mutex::new(State::default()),
            events,
        }
    }

    /// Locks the state. Nothing that can panic runs while it is held (no indexing or unwraps;
    /// cloning a socket and starting a thread return errors), so a poisoned lock still guards
    /// consistent data and is used as is.
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Whether the link is being dropped.
    pub(crate) fn is_shutdown(&self) -> bool {
        self.lock().shutdown
    }

    /// Reports `event` to the event loop (dropped if the link is gone).
    pub(crate) fn emit(&self, event: SyncEvent) {
        let _ = self.events.send(event);
    }

    /// Records `stream` as open so a shutdown can close it; `None` if the link is shutting down
    /// (the caller then hangs up) or the socket cannot be duplicated.
    pub(crate) fn register(&self, stream: &UnixStream) -> Option<u64> {
        let clone = stream
            .try_clone()
            .inspect_err(|e| tracing::warn!(error = %e, "sync: cannot duplicate a socket"))
            .ok()?;
        let mut state = self.lock();
        if state.shutdown {
            return None;
        }
        state.next_id += 1;
        let id = state.next_id;
        state.open.insert(id, clone);
        Some(id)
    }

    /// Makes connection `id` the peer and reports [`SyncEvent::Connected`]; `false` (nothing
    /// changed) if there already is a peer or the link is shutting down. `first` is written
    /// before anything the event loop sends in answer to `Connected`.
    pub(crate) fn attach(&self, id: u64, stream: &UnixStream, first: Option<Msg>) -> bool {
        let mut state = self.lock();
        if state.peer.is_some() || state.shutdown {
            return false;
        }
        let Ok(out) = stream.try_clone() else {
            return false;
        };
        let (tx, rx) = mpsc::sync_channel(QUEUE);
        if let Some(msg) = first {
            // The queue is new and empty, so this cannot be refused.
            let _ = tx.try_send(msg);
        }
        let writer = match named("cica-sync-write", move || write_loop(out, rx)) {
            Ok(writer) => writer,
            Err(e) => {
                tracing::warn!(error = %e, "sync: cannot start a writing thread");
                return false;
            }
        };
        state.peer = Some(Peer { id, tx, writer });
        // Reported under the lock so that a `send` answering it finds the peer in place.
        self.emit(SyncEvent::Connected);
        true
    }

    /// Forgets connection `id`; if it was the peer, stops its writer and reports
    /// [`SyncEvent::Disconnected`].
    pub(crate) fn detach(&self, id: u64) {
        let peer = {
            let mut state = self.lock();
            if let Some(stream) = state.open.remove(&id) {
                let _ = stream.shutdown(Shutdown::Both);
            }
            match &state.peer {
                Some(p) if p.id == id => state.peer.take(),
                _ => None,
            }
        };
        if let Some(peer) = peer {
            drop(peer.tx);
            let _ = peer.writer.join();
            self.emit(SyncEvent::Disconnected);
        }
    }

    /// Queues `msg` for the peer; dropped if there is none or it has stopped reading.
    pub(crate) fn send(&self, msg: Msg) {
        let state = self.lock();
        if let Some(peer) = &state.peer {
            match peer.tx.try_send(msg) {
                Ok(()) | Err(TrySendError::Disconnected(_)) => {}
                Err(TrySendError::Full(_)) => {
                    tracing::warn!("sync: the peer is not reading; a message was dropped");
                }
            }
        }
    }

    /// Whether a peer has done its handshake and not left.
    pub(crate) fn is_connected(&self) -> bool {
        self.lock().peer.is_some()
    }

    /// Marks the link as shutting down, says `bye` to the peer (waiting for the writer at most
    /// its write timeout), and shuts every open socket down so blocked reads return.
    pub(crate) fn close_all(&self) {
        let peer = {
            let mut state = self.lock();
            state.shutdown = true;
            state.peer.take()
        };
        if let Some(peer) = peer {
            let _ = peer.tx.try_send(Msg::Bye);
            drop(peer.tx);
            let _ = peer.writer.join();
        }
        for stream in self.lock().open.values() {
            let _ = stream.shutdown(Shutdown::Both);
        }
    }
}

/// Starts a thread named `name` (names show in debuggers and `top -H`); fails instead of
/// panicking when the system cannot create one.
pub(crate) fn named(name: &str, f: impl FnOnce() + Send + 'static) -> io::Result<JoinHandle<()>> {
    thread::Builder::new().name(name.to_owned()).spawn(f)
}

/// Writes `msg` as one line, giving up after the write timeout. A dead peer gives `EPIPE`
/// (Rust ignores SIGPIPE), which is returned like any other error.
pub(crate) fn write_msg(mut stream: &UnixStream, msg: &Msg) -> io::Result<()> {
    stream.set_write_timeout(Some(WRITE_TIMEOUT))?;
    stream.write_all(protocol::encode(msg).as_bytes())
}

/// The writing thread of one connection: sends what is queued until the queue closes or a
/// write fails, in which case the socket is shut down so the reader sees the end too.
fn write_loop(stream: UnixStream, rx: mpsc::Receiver<Msg>) {
    for msg in rx {
        if let Err(e) = write_msg(&stream, &msg) {
            tracing::warn!(error = %e, "sync: writing to the peer failed; hanging up");
            let _ = stream.shutdown(Shutdown::Both);
            return;
        }
    }
}
