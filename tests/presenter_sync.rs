//! The presentation link end to end: real sockets in temporary directories, real threads.
//!
//! Nothing here sleeps in place of a condition: [`support::Watch::wait`] polls a link until
//! the expected event arrives and fails only after a generous deadline.

#[path = "presenter_sync/props.rs"]
mod props;
#[path = "presenter_sync/support.rs"]
mod support;

use std::io::Write;
use std::net::Shutdown;
use std::os::unix::net::{UnixListener, UnixStream};
use std::time::{Duration, Instant};

use cica_dash::sync::protocol::Msg;
use cica_dash::sync::{Link, SyncError, SyncEvent};

use support::{
    audience, fake_audience, flows, goto, noise, pair, presenter, socket, spray, until_closed,
};

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
fn a_peer_that_stops_reading_is_dropped_without_sigpipe() {
    let (_dir, path) = socket();
    let mut a = audience(&path);
    let raw = UnixStream::connect(&path).unwrap();
    (&raw).write_all(b"hello presenter 1\n").unwrap();
    a.wait(&SyncEvent::Connected);
    // Writes to a socket whose reader has shut down fail with EPIPE (SIGPIPE is ignored).
    raw.shutdown(Shutdown::Read).unwrap();
    a.link.send(&goto(1, 2));
    a.wait(&SyncEvent::Disconnected);
    assert!(!a.link.is_connected());
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
