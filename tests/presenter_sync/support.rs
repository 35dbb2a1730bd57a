//! Helpers for the link tests: socket paths, waiting for events, fake peers and noise.
//!
//! [`Watch::wait`] replaces sleeps: it polls a link until the expected event arrives and
//! fails only if it has not after [`DEADLINE`].

use std::collections::VecDeque;
use std::io::{Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use cica_dash::sync::protocol::Msg;
use cica_dash::sync::{Link, SyncEvent};
use tempfile::TempDir;

/// How long any expected event may take before the test fails.
pub const DEADLINE: Duration = Duration::from_secs(10);

/// A short socket path in a fresh directory (socket paths are limited to ~107 bytes).
pub fn socket() -> (TempDir, PathBuf) {
    let dir = tempfile::Builder::new().prefix("cs").tempdir().unwrap();
    let path = dir.path().join("p.sock");
    (dir, path)
}

/// A link and everything it has reported so far.
pub struct Watch {
    pub link: Link,
    queue: VecDeque<SyncEvent>,
    seen: Vec<SyncEvent>,
}

impl Watch {
    pub fn new(link: Link) -> Self {
        Self {
            link,
            queue: VecDeque::new(),
            seen: Vec::new(),
        }
    }

    /// Consumes events until one equals `want`; panics after [`DEADLINE`].
    pub fn wait(&mut self, want: &SyncEvent) {
        self.wait_for(&format!("{want:?}"), |e| e == want);
    }

    /// Consumes events until one matches; panics after [`DEADLINE`].
    pub fn wait_for(
        &mut self,
        what: &str,
        mut matches: impl FnMut(&SyncEvent) -> bool,
    ) -> SyncEvent {
        let start = Instant::now();
        loop {
            while let Some(event) = self.queue.pop_front() {
                self.seen.push(event.clone());
                if matches(&event) {
                    return event;
                }
            }
            assert!(
                start.elapsed() < DEADLINE,
                "no {what} within {DEADLINE:?}; events so far: {:?}",
                self.seen
            );
            self.queue.extend(self.link.poll());
            if self.queue.is_empty() {
                std::thread::sleep(Duration::from_millis(5));
            }
        }
    }

    /// The messages reported so far.
    pub fn msgs(&self) -> Vec<Msg> {
        let msgs = self.seen.iter().chain(self.queue.iter());
        msgs.filter_map(|e| match e {
            SyncEvent::Msg(m) => Some(*m),
            _ => None,
        })
        .collect()
    }
}

pub fn audience(path: &Path) -> Watch {
    Watch::new(Link::audience(path).unwrap())
}

pub fn presenter(path: &Path) -> Watch {
    Watch::new(Link::presenter(path))
}

/// An audience and a presenter that have both seen the handshake.
pub fn pair(path: &Path) -> (Watch, Watch) {
    let mut a = audience(path);
    let mut p = presenter(path);
    a.wait(&SyncEvent::Connected);
    p.wait(&SyncEvent::Connected);
    (a, p)
}

pub fn goto(slide: u32, total: u32) -> Msg {
    Msg::Goto { slide, total }
}

/// Checks that `from`'s message reaches `to`.
pub fn flows(from: &Watch, to: &mut Watch, msg: Msg) {
    from.link.send(&msg);
    to.wait(&SyncEvent::Msg(msg));
}

/// A fake audience on `path` answering its first connection with `answer`.
pub fn fake_audience(path: &Path, answer: &'static [u8]) {
    let listener = UnixListener::bind(path).unwrap();
    std::thread::spawn(move || {
        if let Some(Ok(mut stream)) = listener.incoming().next() {
            let _ = stream.write_all(answer);
            let _ = stream.read(&mut [0u8; 64]);
        }
    });
}

/// Deterministic pseudo-random bytes (a linear congruential generator).
pub fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 56) as u8
        })
        .collect()
}

/// Writes `bytes`, ignoring errors: the audience may hang up on garbage at any point.
pub fn spray(stream: &mut UnixStream, bytes: &[u8]) {
    let _ = stream.write_all(bytes);
}

/// Reads until the audience hangs up; panics if it has not after [`DEADLINE`].
pub fn until_closed(stream: &mut UnixStream) {
    stream.set_read_timeout(Some(DEADLINE)).unwrap();
    let mut buf = [0u8; 256];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return,
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => return,
            Err(e) => panic!("the audience did not hang up: {e}"),
        }
    }
}
