//! The reading side of one connection: bytes to lines to messages to events.
//!
//! Separate from the writing side ([`super::conn`]) because it runs on the connection's own
//! thread and holds the only state that is not shared: the partial line between reads.

use std::collections::VecDeque;
use std::io::{self, Read};
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

use super::SyncEvent;
use super::conn::Shared;
use super::lines::LineReader;
use super::protocol::{self, Msg};

/// How long each side waits for the other's first line.
pub(crate) const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(2);

/// One connection's incoming side: whole lines, then messages.
pub(crate) struct Conn {
    stream: UnixStream,
    reader: LineReader,
    lines: VecDeque<Vec<u8>>,
    /// Lines that were not valid messages, for the log.
    pub(crate) invalid: u64,
}

impl Conn {
    /// Wraps `stream` for reading.
    pub(crate) fn new(stream: UnixStream) -> Self {
        Self {
            stream,
            reader: LineReader::new(),
            lines: VecDeque::new(),
            invalid: 0,
        }
    }

    /// The socket, for writing and timeouts.
    pub(crate) fn stream(&self) -> &UnixStream {
        &self.stream
    }

    /// The next line; `None` at the end of the stream. Read errors are returned, including
    /// `WouldBlock`/`TimedOut` once `deadline` (if any) has passed.
    fn next_line(&mut self, deadline: Option<Instant>) -> io::Result<Option<Vec<u8>>> {
        let mut buf = [0u8; 4096];
        loop {
            if let Some(line) = self.lines.pop_front() {
                return Ok(Some(line));
            }
            if let Some(deadline) = deadline {
                let left = deadline.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    return Err(io::ErrorKind::TimedOut.into());
                }
                self.stream.set_read_timeout(Some(left))?;
            }
            let n = match self.stream.read(&mut buf) {
                Ok(0) => return Ok(None),
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            self.lines
                .extend(self.reader.push(buf.get(..n).unwrap_or_default()));
        }
    }

    /// The first line within the handshake timeout (in total, however the bytes trickle in);
    /// `None` if the peer hangs up first. Afterwards reads block again.
    pub(crate) fn first_line(&mut self) -> io::Result<Option<Vec<u8>>> {
        let deadline = Instant::now() + HANDSHAKE_TIMEOUT;
        let line = self.next_line(Some(deadline))?;
        self.stream.set_read_timeout(None)?;
        Ok(line)
    }

    /// The first line, decoded; `None` if it is missing or is not a valid message.
    pub(crate) fn first_msg(&mut self) -> Option<Msg> {
        protocol::decode(&self.first_line().ok()??)
    }

    /// Reads messages until the peer leaves, says `bye`, or the socket is shut down, reporting
    /// each to the event loop. Invalid lines are skipped; stray `hello`/`busy` are ignored.
    pub(crate) fn serve(&mut self, shared: &Shared) {
        loop {
            let line = match self.next_line(None) {
                Ok(Some(line)) => line,
                Ok(None) => return,
                Err(e) => {
                    if !shared.is_shutdown() {
                        tracing::warn!(error = %e, "sync: reading from the peer failed");
                    }
                    return;
                }
            };
            match protocol::decode(&line) {
                Some(Msg::Bye) => return,
                Some(Msg::Hello { .. } | Msg::Busy) => {
                    tracing::warn!("sync: ignoring a second handshake message");
                }
                Some(msg) => shared.emit(SyncEvent::Msg(msg)),
                None => {
                    self.invalid += 1;
                    if self.invalid == 1 {
                        tracing::warn!("sync: ignoring an invalid line from the peer");
                    }
                }
            }
        }
    }

    /// Lines dropped as invalid or overlong, for the log at hang-up.
    pub(crate) fn dropped(&self) -> u64 {
        self.invalid + self.reader.discarded()
    }
}
