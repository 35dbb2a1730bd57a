//! The presentation link end to end: real sockets in temporary directories, real threads.
//!
//! Nothing here sleeps in place of a condition: [`Watch::wait`] polls a link until the expected
//! event arrives and fails only if it has not after [`DEADLINE`].

use std::collections::VecDeque;
use std::io::{Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use cica_dash::sync::protocol::{self, Msg, Role};
use cica_dash::sync::{Link, SyncError, SyncEvent};
use proptest::prelude::*;
use tempfile::TempDir;

/// How long any expected event may take before the test fails.
const DEADLINE: Duration = Duration::from_secs(10);

/// A short socket path in a fresh directory (socket paths are limited to ~107 bytes).
fn socket() -> (TempDir, PathBuf) {
    let dir = tempfile::Builder::new().prefix("cs").tempdir().unwrap();
    let path = dir.path().join("p.sock");
    (dir, path)
}

/// A link and everything it has reported so far.
struct Watch {
    link: Link,
    queue: VecDeque<SyncEvent>,
    seen: Vec<SyncEvent>,
}

impl Watch {
    fn new(link: Link) -> Self {
        Self {
            link,
            queue: VecDeque::new(),
            seen: Vec::new(),
        }
    }

    /// Consumes events until one equals `want`; panics after [`DEADLINE`].
    fn wait(&mut self, want: &SyncEvent) {
        self.wait_for(&format!("{want:?}"), |e| e == want);
    }

    /// Consumes events until one matches; panics after [`DEADLINE`].
    fn wait_for(&mut self, what: &str, mut matches: impl FnMut(&SyncEvent) -> bool) -> SyncEvent {
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
    fn msgs(&self) -> Vec<Msg> {
        let msgs = self.seen.iter().chain(self.queue.iter());
        msgs.filter_map(|e| match e {
            SyncEvent::Msg(m) => Some(*m),
            _ => None,
        })
        .collect()
    }
}

fn audience(path: &Path) -> Watch {
    Watch::new(Link::audience(path).unwrap())
}

fn presenter(path: &Path) -> Watch {
    Watch::new(Link::presenter(path))
}

/// An audience and a presenter that have both seen the handshake.
fn pair(path: &Path) -> (Watch, Watch) {
    let mut a = audience(path);
    let mut p = presenter(path);
    a.wait(&SyncEvent::Connected);
    p.wait(&SyncEvent::Connected);
    (a, p)
}

fn goto(slide: u32, total: u32) -> Msg {
    Msg::Goto { slide, total }
}

/// Checks that `from`'s message reaches `to`.
fn flows(from: &Watch, to: &mut Watch, msg: Msg) {
    from.link.send(&msg);
    to.wait(&SyncEvent::Msg(msg));
}

#[test]
fn goto_blank_and_timer_flow_both_ways() {
    let (_dir, path) = socket();
    let (mut a, mut p) = pair(&path);
    assert!(a.link.is_connected() && p.link.is_connected());
    flows(&p, &mut a, goto(11, 24));
    flows(&a, &mut p, goto(12, 24));
    flows(&a, &mut p, Msg::Blank(true));
    let timer = Msg::Timer {
        running: true,
        elapsed_ms: 65_000,
    };
    flows(&p, &mut a, timer);
    assert_eq!(a.msgs(), [goto(11, 24), timer]);
    assert_eq!(p.msgs(), [goto(12, 24), Msg::Blank(true)]);
}

#[test]
fn a_second_audience_is_refused_and_the_first_keeps_serving() {
    let (_dir, path) = socket();
    let mut a = audience(&path);
    match Link::audience(&path) {
        Err(e @ SyncError::AlreadyServing(_)) => {
            let text = e.to_string();
            assert!(text.contains("another audience view is already presenting on"));
            assert!(text.contains(&path.display().to_string()), "{text}");
        }
        Err(e) => panic!("expected AlreadyServing, got {e}"),
        Ok(_) => panic!("a second audience bound the same path"),
    }
    assert!(path.exists());
    let mut p = presenter(&path);
    a.wait(&SyncEvent::Connected);
    p.wait(&SyncEvent::Connected);
    flows(&p, &mut a, goto(1, 2));
}

#[test]
fn a_stale_socket_is_replaced() {
    let (_dir, path) = socket();
    drop(UnixListener::bind(&path).unwrap());
    assert!(path.exists(), "the stale socket file should remain");
    let (mut a, p) = pair(&path);
    flows(&p, &mut a, goto(0, 1));
}

#[test]
fn a_file_that_is_not_a_socket_is_left_alone() {
    let (_dir, path) = socket();
    std::fs::write(&path, "precious").unwrap();
    let err = Link::audience(&path)
        .err()
        .expect("bound over a regular file");
    assert!(matches!(err, SyncError::NotASocket(_)), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "precious");
}

#[test]
fn the_presenter_follows_a_restarted_audience() {
    let (_dir, path) = socket();
    let (a, mut p) = pair(&path);
    drop(a);
    p.wait(&SyncEvent::Disconnected);
    assert!(!p.link.is_connected());
    assert!(
        !path.exists(),
        "the audience removes its socket when dropped"
    );
    let mut a = audience(&path);
    p.wait(&SyncEvent::Connected);
    a.wait(&SyncEvent::Connected);
    flows(&p, &mut a, goto(5, 9));
    flows(&a, &mut p, goto(6, 9));
}

#[test]
fn the_audience_accepts_a_new_presenter() {
    let (_dir, path) = socket();
    let (mut a, p) = pair(&path);
    drop(p);
    a.wait(&SyncEvent::Disconnected);
    assert!(!a.link.is_connected());
    let mut p = presenter(&path);
    a.wait(&SyncEvent::Connected);
    p.wait(&SyncEvent::Connected);
    flows(&p, &mut a, goto(2, 4));
    flows(&a, &mut p, goto(3, 4));
}

#[test]
fn a_second_presenter_waits_its_turn() {
    let (_dir, path) = socket();
    let (mut a, p1) = pair(&path);
    let mut p2 = presenter(&path);
    let refused = p2.wait_for("Refused", |e| matches!(e, SyncEvent::Refused(_)));
    assert!(
        format!("{refused:?}").contains("another presenter"),
        "{refused:?}"
    );
    drop(p1);
    a.wait(&SyncEvent::Disconnected);
    p2.wait(&SyncEvent::Connected);
    a.wait(&SyncEvent::Connected);
    flows(&p2, &mut a, goto(7, 8));
}

#[test]
fn a_program_that_is_not_an_audience_keeps_its_socket() {
    let (_dir, path) = socket();
    // Bound and listening, but it never answers the probe.
    let _other = UnixListener::bind(&path).unwrap();
    let err = Link::audience(&path)
        .err()
        .expect("took over a live socket");
    assert!(matches!(err, SyncError::InUse(_)), "{err}");
    assert!(path.exists());
}

/// A fake audience on `path` answering its first connection with `answer`.
fn fake_audience(path: &Path, answer: &'static [u8]) {
    let listener = UnixListener::bind(path).unwrap();
    std::thread::spawn(move || {
        if let Some(Ok(mut stream)) = listener.incoming().next() {
            let _ = stream.write_all(answer);
            let _ = stream.read(&mut [0u8; 64]);
        }
    });
}

#[test]
fn the_presenter_reports_an_audience_it_cannot_follow() {
    let cases: [(&[u8], &str); 2] = [
        (
            b"hello audience 2\n",
            "speaks protocol version 2, this presenter 1",
        ),
        (
            b"HTTP/1.1 400\n",
            "did not answer as a cica-dash audience view",
        ),
    ];
    for (answer, reason) in cases {
        let (_dir, path) = socket();
        fake_audience(&path, answer);
        let mut p = presenter(&path);
        let got = p.wait_for("Refused", |e| matches!(e, SyncEvent::Refused(_)));
        assert!(format!("{got:?}").contains(reason), "{got:?}");
        assert!(!p.link.is_connected());
    }
}

/// Deterministic pseudo-random bytes (a linear congruential generator).
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
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
fn spray(stream: &mut UnixStream, bytes: &[u8]) {
    let _ = stream.write_all(bytes);
}

/// Reads until the audience hangs up; panics if it has not after [`DEADLINE`].
fn until_closed(stream: &mut UnixStream) {
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

#[test]
fn garbage_never_becomes_a_message() {
    let (_dir, path) = socket();
    let mut a = audience(&path);

    // Strangers that never say hello are hung up on, whatever they send.
    for junk in [
        noise(10_000, 1),
        vec![0xff; 1 << 20],
        b"goto 5 3\n".to_vec(),
    ] {
        let mut raw = UnixStream::connect(&path).unwrap();
        spray(&mut raw, &junk);
        until_closed(&mut raw);
    }

    // A client that says hello and then writes garbage: each bad line is skipped.
    let mut raw = UnixStream::connect(&path).unwrap();
    raw.write_all(b"hello presenter 1\n").unwrap();
    a.wait(&SyncEvent::Connected);
    let mut megabyte_line = vec![b'7'; 1 << 20];
    megabyte_line.push(b'\n');
    let junk: [&[u8]; 9] = [
        &noise(50_000, 2),
        b"\n",
        &megabyte_line,
        b"goto 1 2 \xc3\x28\n",
        b"\xff\xfe\xfd\n",
        b"goto 5 3\n",
        b"goto -1 2\n",
        b"hello presenter 1\nbusy\ntimer run 99999999999999\nblank 2\n",
        b"goto 2 3\n",
    ];
    for bytes in junk {
        raw.write_all(bytes).unwrap();
    }
    a.wait(&SyncEvent::Msg(goto(2, 3)));
    drop(raw);
    a.wait(&SyncEvent::Disconnected);

    // A real presenter is served as if nothing happened.
    let mut p = presenter(&path);
    a.wait(&SyncEvent::Connected);
    p.wait(&SyncEvent::Connected);
    flows(&p, &mut a, goto(4, 6));
    assert_eq!(a.msgs(), [goto(2, 3), goto(4, 6)]);
}

#[test]
fn dropping_links_returns_promptly_even_mid_handshake() {
    let (_dir, path) = socket();
    let a = Link::audience(&path).unwrap();
    // A connection that never says hello keeps a thread waiting in the handshake.
    let _silent = UnixStream::connect(&path).unwrap();
    let start = Instant::now();
    drop(a);
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "{:?}",
        start.elapsed()
    );
    assert!(!path.exists());

    let (_dir, path) = socket();
    let p = Link::presenter(&path);
    let start = Instant::now();
    drop(p);
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn invalid_messages_are_not_sent() {
    let (_dir, path) = socket();
    let (mut a, p) = pair(&path);
    p.link.send(&goto(5, 3));
    p.link.send(&Msg::Busy);
    flows(&p, &mut a, goto(1, 3));
    assert_eq!(a.msgs(), [goto(1, 3)]);
}

fn any_msg() -> impl Strategy<Value = Msg> {
    let role = prop_oneof![Just(Role::Audience), Just(Role::Presenter)];
    prop_oneof![
        (role, any::<u32>()).prop_map(|(role, version)| Msg::Hello { role, version }),
        Just(Msg::Busy),
        (1..=protocol::MAX_TOTAL)
            .prop_flat_map(|total| (0..total, Just(total)))
            .prop_map(|(slide, total)| Msg::Goto { slide, total }),
        any::<bool>().prop_map(Msg::Blank),
        (any::<bool>(), 0..=protocol::MAX_ELAPSED_MS).prop_map(|(running, elapsed_ms)| {
            Msg::Timer {
                running,
                elapsed_ms,
            }
        }),
        Just(Msg::Bye),
    ]
}

proptest! {
    #[test]
    fn valid_messages_round_trip(msg in any_msg()) {
        let line = protocol::encode(&msg);
        prop_assert!(line.len() <= protocol::MAX_LINE + 1);
        prop_assert_eq!(protocol::decode(line.as_bytes()), Some(msg));
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let _ = protocol::decode(&bytes);
    }

    /// Near-valid lines: whatever decodes is exactly the canonical text of its message.
    #[test]
    fn whatever_decodes_is_canonical(
        line in "(hello|goto|blank|timer|busy|bye)( (audience|presenter|run|pause|-?[0-9]{1,12})){0,3}\n?"
    ) {
        if let Some(msg) = protocol::decode(line.as_bytes()) {
            let text = protocol::encode(&msg);
            prop_assert_eq!(text.trim_end(), line.trim_end());
        }
    }
}
