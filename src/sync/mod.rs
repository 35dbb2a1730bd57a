//! Keeping the presenter view in step with the audience view over a Unix domain socket.
//!
//! `cica-dash present` (the audience view) owns the socket; `cica-dash present --presenter`
//! connects to it. Only slide positions and commands cross ([`Msg`]), one ASCII line each
//! ([`protocol`]). The event loop is synchronous, so a [`Link`] does its I/O on background
//! threads and offers a non-blocking face: [`Link::send`] queues, [`Link::poll`] drains.
//!
//! Threading model: the audience runs one accepting thread plus, per connection, one reading
//! thread (which also does the handshake) and, once the handshake is done, one writing thread.
//! The presenter runs one connecting thread that reads while connected and retries every
//! [`RETRY`] while not, plus the writing thread of the current connection. One presenter is
//! served at a time: a second one is answered `busy`, reports [`SyncEvent::Refused`] once and
//! keeps retrying, so it takes over when the first leaves. Threads block in `accept`, `read`,
//! channel receives or timed waits; none spins. Dropping a [`Link`] sends `bye`, shuts the
//! sockets down and joins its threads.
//!
//! Messages are state, not deltas: after [`SyncEvent::Connected`] each side should send its
//! whole state (slide, blank, timer). Messages sent while disconnected are dropped.
//!
//! In the event loop, once per iteration (after `crossterm::event::poll` or the tick):
//!
//! ```text
//! for event in link.poll() {
//!     match event {
//!         SyncEvent::Connected => { send Goto, Blank and Timer with the current state }
//!         SyncEvent::Msg(Msg::Goto { slide, total }) => { go to `slide` (check `total`) }
//!         SyncEvent::Msg(Msg::Blank(on)) => { blank or unblank }
//!         SyncEvent::Msg(Msg::Timer { running, elapsed_ms }) => { set the timer }
//!         SyncEvent::Disconnected | SyncEvent::Refused(_) => { show it in the status line }
//!         SyncEvent::Msg(_) => {}
//!     }
//! }
//! ```

mod audience;
mod conn;
mod lines;
mod link;
mod path;
mod presenter;
pub mod protocol;
mod read;

use std::fmt;
use std::io;
use std::path::PathBuf;
use std::time::Duration;

pub use lines::LineReader;
pub use link::Link;
pub use path::{default_socket_path, socket_path_from};
pub use protocol::{Msg, Role};

/// How long the presenter waits between connection attempts.
pub const RETRY: Duration = Duration::from_millis(300);

/// What a [`Link`] reports to the event loop through [`Link::poll`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncEvent {
    /// A peer finished the handshake: send it the current state now.
    Connected,
    /// The peer left (closed, said `bye`, or stopped answering).
    Disconnected,
    /// A message from the peer; never `Hello`, `Busy` or `Bye`, which the link handles.
    Msg(Msg),
    /// The presenter was turned away (another presenter is connected, or the protocol
    /// versions differ). It keeps retrying; the same refusal is reported once.
    Refused(String),
}

/// Why the audience view could not start serving.
#[derive(Debug)]
pub enum SyncError {
    /// Another audience view answered on the socket.
    AlreadyServing(PathBuf),
    /// Something that is not a cica-dash audience view accepts connections on the socket.
    InUse(PathBuf),
    /// The path exists and is not a socket; it is left alone.
    NotASocket(PathBuf),
    /// The file system or socket call failed.
    Io {
        /// The socket path.
        path: PathBuf,
        /// What failed.
        source: io::Error,
    },
}

impl fmt::Display for SyncError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SyncError::AlreadyServing(p) => write!(
                f,
                "another audience view is already presenting on {}",
                p.display()
            ),
            SyncError::InUse(p) => write!(
                f,
                "{} is in use by a program that does not answer as a cica-dash audience view",
                p.display()
            ),
            SyncError::NotASocket(p) => write!(
                f,
                "{} exists and is not a socket; remove it or choose another path",
                p.display()
            ),
            SyncError::Io { path, source } => {
                write!(f, "cannot serve on {}: {source}", path.display())
            }
        }
    }
}

impl std::error::Error for SyncError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SyncError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
