//! The connection's unit tests, over real local sockets.

use super::{Message, Reader};
use std::io::{ErrorKind, Read};
use std::sync::atomic::Ordering::Relaxed;
use std::time::{Duration, Instant};

/// Over its rate, a connection's answers to requests waiting for its
/// agents still pass; a packet that only looks like one does not.
#[tokio::test]
async fn over_the_rate_only_real_answers_pass() {
    use crate::protocol::session::Create;
    use crate::relay::{metrics::Refusal, shared::Member};
    let relay = crate::relay::sessions::Relay::default();
    let (conns, _peers) = crate::relay::socket::test_sockets::pairs(2, &relay.metrics).await;
    let join = |c: &std::sync::Arc<crate::relay::socket::Conn>| {
        relay.join(
            "k",
            c.id,
            Member::Socket(c.clone()),
            Create::Any,
            Default::default(),
        )
    };
    let session = join(&conns[0]);
    join(&conns[1]);
    let create = r#"{"type":"request","name":"createAgent","to":"server","id":"c"}"#;
    let call = r#"{"type":"request","name":"q","to":"1","id":"mine"}"#;
    session.lock().receive(0, create, &mut Vec::new());
    session.lock().receive(1, call, &mut Vec::new());
    assert_eq!(session.lock().pending_count(), 1);
    // One packet a second, spent: what follows now is over the rate.
    let mut rate = super::Rate::new(1, Instant::now());
    rate.take(Instant::now);
    let (mut out, mut dirty) = (Vec::new(), Vec::new());
    let mut h = super::serve::Handled {
        relay: &relay,
        session: &session,
        out: &mut out,
        dirty: &mut dirty,
        rate: &mut rate,
    };
    let fake = r#"{"type":"response","name":"q","from":"1","id":"7"}"#;
    assert!(super::serve::receive_counted(&conns[0], fake, None, &mut h).is_none());
    assert_eq!(relay.metrics.refusals(Refusal::RateLimit), 1, "refused");
    let answer = r#"{"type":"response","name":"q","from":"1","id":"1","body":2}"#;
    assert!(super::serve::receive_counted(&conns[0], answer, None, &mut h).is_none());
    assert_eq!(session.lock().pending_count(), 0, "it answered");
    assert_eq!(relay.metrics.refusals(Refusal::RateLimit), 1);
    assert_eq!(h.dirty.len(), 1, "the answer is queued for the caller");
}

/// The pinger's looks, on a virtual clock: the silent connection is
/// pinged after a period and given up a period later, while the one
/// heard from meanwhile is pinged later and kept.
#[tokio::test]
async fn looks_ping_the_silent_and_give_up_on_the_unanswering() {
    let relay = crate::relay::sessions::Relay::default();
    let (conns, mut peers) = crate::relay::socket::test_sockets::pairs(2, &relay.metrics).await;
    for conn in &conns {
        relay.join(
            "k",
            conn.id,
            crate::relay::shared::Member::Socket(conn.clone()),
            crate::protocol::session::Create::Any,
            Default::default(),
        );
    }
    let (period, t0) = (Duration::from_secs(30), Instant::now());
    let config = crate::relay::config::Config {
        ping: Some(period),
        ..Default::default()
    };
    let at = |s: u64| t0 + Duration::from_secs(s);
    let unread = |peer: &mut std::net::TcpStream| {
        let mut buf = [0u8; 64];
        match peer.read(&mut buf) {
            Ok(n) => buf[..n].to_vec(),
            Err(e) if e.kind() == ErrorKind::WouldBlock => Vec::new(),
            Err(e) => panic!("{e}"),
        }
    };
    relay.look(&config, at(0));
    conns[1].heard.store(true, Relaxed); // a read at 20 s
    relay.look(&config, at(20));
    relay.look(&config, at(29));
    assert_eq!(relay.metrics.pings.load(Relaxed), 0);
    relay.look(&config, at(30));
    assert_eq!(relay.metrics.pings.load(Relaxed), 1);
    std::thread::sleep(Duration::from_millis(50)); // loopback delivery
    assert_eq!(unread(&mut peers[0]), super::frame::PING_FRAME);
    assert_eq!(unread(&mut peers[1]), b"", "heard 10 s ago");
    relay.look(&config, at(50));
    assert_eq!(relay.metrics.pings.load(Relaxed), 2);
    relay.look(&config, at(59));
    assert!(!conns[0].dead.load(Relaxed), "a period after its ping only");
    relay.look(&config, at(60));
    assert!(conns[0].dead.load(Relaxed) && !conns[1].dead.load(Relaxed));
    relay.look(&config, at(61));
    assert_eq!(relay.metrics.dead_connections.load(Relaxed), 1, "once");
    assert_eq!(relay.metrics.pings.load(Relaxed), 2);
}

/// A reader that always leaves a backlog: the outbox holds what it
/// has not read (about twice that at most), not all it was ever sent.
#[tokio::test]
async fn a_slow_readers_outbox_holds_its_backlog_not_its_history() {
    let (conns, mut peers) =
        crate::relay::socket::test_sockets::pairs(1, &Default::default()).await;
    let (conn, mut peer) = (&conns[0], peers.remove(0));
    // Small kernel buffers: the backlog stays in the outbox.
    let _ = socket2::SockRef::from(&conn.stream).set_send_buffer_size(64 << 10);
    let _ = socket2::SockRef::from(&peer).set_recv_buffer_size(64 << 10);
    let frame = super::frame::text(&"x".repeat(64 << 10));
    let mut buf = vec![0u8; 48 << 10];
    let mut queued = 0;
    for _ in 0..300 {
        conn.queue(&frame);
        queued += frame.len();
        let _ = conn.flush();
        // It reads 48 KiB of each 64: a backlog that only grows.
        let mut read = 0;
        while read < buf.len() {
            match peer.read(&mut buf[read..]) {
                Ok(n) => read += n,
                Err(e) if e.kind() == ErrorKind::WouldBlock => {
                    // (The reactor must run for the socket to be
                    // seen writable again.)
                    let _ = tokio::time::timeout(Duration::from_millis(5), conn.stream.writable())
                        .await;
                    let _ = conn.flush();
                }
                Err(e) => panic!("{e}"),
            }
        }
        let out = conn.out.lock().unwrap();
        let (backlog, held) = (out.frames.unsent(), out.frames.held());
        assert!(
            held <= backlog + frame.len(),
            "{held} bytes held for a backlog of {backlog}"
        );
    }
    assert!(
        queued > 16 << 20,
        "more was sent than the cap of unsent bytes"
    );
}

/// A masked client frame (mask 0: the payload reads as is).
fn client_frame(fin: bool, opcode: u8, payload: &[u8]) -> Vec<u8> {
    assert!(payload.len() < 126);
    let mut f = vec![
        (fin as u8) << 7 | opcode,
        0x80 | payload.len() as u8,
        0,
        0,
        0,
        0,
    ];
    f.extend_from_slice(payload);
    f
}

/// The reader parses without a socket: a ping between two fragments is
/// handed back, and the message still comes out whole after it.
#[test]
fn a_ping_between_fragments_is_returned_not_answered() {
    let mut bytes = client_frame(false, super::frame::TEXT, b"\"hel");
    bytes.extend(client_frame(true, super::frame::PING, b"p"));
    bytes.extend(client_frame(true, super::frame::CONTINUATION, b"lo\""));
    let mut reader = Reader::new(bytes, 1000);
    assert_eq!(reader.next(), Ok(Some(Message::Ping(b"p".to_vec()))));
    assert_eq!(reader.next(), Ok(Some(Message::Text("\"hello\"".into()))));
    assert_eq!(reader.next(), Ok(None));
}

/// A burst that a client sends faster than one read takes is read on and
/// handled while it lasts, and what it produced for another connection is
/// written to it once, after the reads, not once per read; four reads at
/// most before that write.
#[tokio::test]
async fn a_burst_is_read_on_and_written_to_each_once() {
    use crate::protocol::session::{Create, Out};
    use crate::relay::shared::Member;
    use std::io::Write;
    let relay = crate::relay::sessions::Relay::default();
    let (conns, mut peers) = crate::relay::socket::test_sockets::pairs(2, &relay.metrics).await;
    let join = |c: &std::sync::Arc<crate::relay::socket::Conn>| {
        let member = Member::Socket(c.clone());
        relay.join("k", c.id, member, Create::Any, Default::default())
    };
    let session = join(&conns[0]);
    join(&conns[1]);
    let mut out = Vec::new();
    let create = r#"{"type":"request","name":"createAgent","to":"server","id":"c"}"#;
    session.lock().receive(0, create, &mut out);
    let created = out.iter().find_map(|o| match o {
        Out::To(0, text) => serde_json::from_str::<serde_json::Value>(text).ok(),
        _ => None,
    });
    let id = created.unwrap()["body"]["id"].as_str().unwrap().to_owned();
    let event = format!(
        r#"{{"type":"event","name":"e","from":"{id}","body":"{}"}}"#,
        "x".repeat(30)
    );
    let frame = client_frame(true, super::frame::TEXT, event.as_bytes());
    // Past one read's room (16 KiB), within what four reads take.
    let n = (40 << 10) / frame.len();
    peers[0].set_nonblocking(false).unwrap();
    peers[0].write_all(&frame.repeat(n)).unwrap();
    std::thread::sleep(Duration::from_millis(50)); // loopback delivery
    conns[0].stream.readable().await.unwrap();

    let mut reader = Reader::new(Vec::new(), 1 << 20);
    let (mut out, mut dirty) = (Vec::new(), Vec::new());
    let mut h = super::serve::Handled {
        relay: &relay,
        session: &session,
        out: &mut out,
        dirty: &mut dirty,
        rate: &mut super::Rate::new(0, Instant::now()),
    };
    assert!(super::serve::read_and_handle(&conns[0], &mut reader, &mut h).is_none());
    assert!(!reader.holds_partial(), "the whole burst was read");
    // (The emitter hears its own events too: it did not agree to interest.)
    let mut ids: Vec<_> = h.dirty.iter().map(|c| c.id).collect();
    ids.sort();
    assert_eq!(ids, [0, 1], "each connection to write, once");
    let mut buf = vec![0u8; 64 << 10];
    let unread = peers[1].read(&mut buf).map_err(|e| e.kind());
    assert_eq!(unread, Err(ErrorKind::WouldBlock), "nothing written yet");

    super::serve::flush_dirty(&conns[0], &mut h);
    peers[1].set_nonblocking(false).unwrap();
    peers[1]
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut got = Vec::new();
    while got.windows(10).filter(|w| *w == b"\"name\":\"e\"").count() < n {
        let k = peers[1].read(&mut buf).unwrap();
        assert!(k > 0, "the connection ended");
        got.extend_from_slice(&buf[..k]);
    }

    // A burst longer than four reads take (16 + 32 + 32 + 32 KiB): what is
    // left of it waits in the socket for after the write.
    let mut writer = peers[0].try_clone().unwrap();
    let long = frame.repeat((256 << 10) / frame.len());
    std::thread::spawn(move || writer.write_all(&long));
    std::thread::sleep(Duration::from_millis(100));
    conns[0].stream.readable().await.unwrap();
    assert!(super::serve::read_and_handle(&conns[0], &mut reader, &mut h).is_none());
    assert_eq!(h.dirty.len(), 2, "the reads' output waits for its write");
    let left = conns[0].stream.try_read(&mut [0u8; 1]);
    assert_eq!(
        left.map_err(|e| e.kind()),
        Ok(1),
        "the rest waits in the socket"
    );
}
