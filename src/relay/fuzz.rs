//! The entry points of the fuzz targets (`fuzz/`, run by `npm run fuzz`) and
//! of the replay of their corpus in `cargo test` (`tests/fuzz_corpus.rs`):
//! each takes arbitrary bytes and panics when an invariant breaks.

use super::config::Config;
use super::connection::{Message, Reader};
use super::frame::{self, FrameError};
use super::http;
use super::sessions::Relay;
use crate::protocol::session::{Agreed, Create, Limits, Out, Session};
use crate::protocol::{cluster, jsonrpc, packet, resume, session};
use std::time::Duration;

/// The largest message the frame target's reader takes.
const MAX: usize = 4096;

/// The frame reader, fed `data` in chunks whose sizes its first byte picks:
/// it never panics, holds no more than a frame and a message of `MAX`
/// bytes, stops at its first error, and its errors close with a code a
/// server may send (1002, 1007 or 1009).
pub fn frames(data: &[u8]) {
    let Some((&step, bytes)) = data.split_first() else {
        return;
    };
    let step = usize::from(step % 64) + 1;
    let mut reader = Reader::new(Vec::new(), MAX);
    for chunk in bytes.chunks(step) {
        reader.push(chunk);
        loop {
            match reader.next() {
                Ok(None) => break,
                Ok(Some(Message::Text(text))) => assert!(text.len() <= MAX),
                Ok(Some(Message::Binary(len))) => assert!(len <= MAX),
                Ok(Some(Message::Ping(payload))) => assert!(payload.len() <= 125),
                Ok(Some(Message::Close(code))) => {
                    assert!(code.is_none_or(|c| frame::close_code(&c.to_be_bytes()).is_ok()));
                    return;
                }
                Err(FrameError { code, .. }) => {
                    assert!(matches!(code, 1002 | 1007 | 1009), "close code {code}");
                    return;
                }
            }
        }
        // A frame's header is at most 14 bytes past what it may carry.
        assert!(
            reader.held() <= 2 * MAX + 14 + step,
            "holds {}",
            reader.held()
        );
    }
}

/// The HTTP side, `data` as what a client sent before closing: the relay
/// answers with an HTTP/1.1 status line or nothing, within a second.
pub fn handshake(data: &[u8]) {
    thread_local! {
        static RUNTIME: tokio::runtime::Runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("a runtime");
    }
    let config = Config {
        allow_origin: Some(vec!["https://app.example".into()]),
        ..Config::default()
    };
    let relay = Relay::default();
    let peer = ([127, 0, 0, 1], 1).into();
    let answer = RUNTIME.with(|runtime| {
        runtime.block_on(async {
            use tokio::io::{AsyncReadExt, AsyncWriteExt};
            let (mut client, mut server) = tokio::io::duplex(1 << 20);
            client.write_all(data).await.expect("in memory");
            client.shutdown().await.expect("in memory");
            let accepted = http::accept(&mut server, peer, &config, &relay);
            let accepted = tokio::time::timeout(Duration::from_secs(1), accepted).await;
            assert!(accepted.is_ok(), "no answer within a second");
            drop(server);
            let mut answer = Vec::new();
            client.read_to_end(&mut answer).await.expect("in memory");
            answer
        })
    });
    if !answer.is_empty() {
        let head = String::from_utf8_lossy(&answer[..answer.len().min(16)]);
        let status = head.strip_prefix("HTTP/1.1 ").and_then(|s| s.get(..3));
        assert!(
            status.is_some_and(|s| s.parse::<u16>().is_ok()),
            "answer {head:?}"
        );
    }
}

/// The parsers of what clients send: a packet, `connect`, an ack, and a
/// JSON-RPC body. None may panic.
pub fn packets(data: &[u8]) {
    let _ = jsonrpc::Call::parse(data);
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(p) = packet::parse(text) {
        // What the relay writes back of a packet must be JSON text again
        // (as JSON's grammar has it: a lone surrogate escape, "\ud866",
        // is JSON, which a browser's JSON.stringify writes; serde_json's
        // Value refuses it, RawValue does not).
        let (name, id) = match &p {
            packet::Packet::Request { name, id, .. } => (Some(name.as_ref()), Some(id.get())),
            packet::Packet::Response { id, .. } => (None, Some(id.get())),
            packet::Packet::Event { name, .. } => (Some(name.as_ref()), None),
            packet::Packet::Cancel { id, .. }
            | packet::Packet::Chunk { id, .. }
            | packet::Packet::Credit { id, .. } => (None, Some(id.get())),
        };
        let error = packet::error_response(name, packet::SERVER, id, "x");
        let json = serde_json::from_str::<&serde_json::value::RawValue>(&error);
        assert!(json.is_ok() && error.starts_with('{'), "{error}");
    }
    let _ = session::parse_connect(text);
    let _ = resume::parse_ack(text);
}

/// The session rules, of one relay or (when the first byte is 0x80 or
/// more) of a relay in a cluster, driven by a sequence of steps (`data`
/// split at 0xFF bytes; each step's first byte picks what (join, leave, a
/// look of the clock that expires requests, a packet, a message from
/// another relay, or news of NATS and the relays) and which of four
/// connections, the rest is the packet or message): after each step the
/// session's bookkeeping holds, what it sends goes to members only, and
/// once every connection left and every other relay is gone, nothing is
/// left behind.
pub fn session(data: &[u8]) {
    let limits = Limits {
        agents: 3,
        pending: 3,
        streams: 2,
        interest: 3,
    };
    let node = cluster::Node {
        me: 1,
        hash: "h".into(),
        epoch: 1,
    };
    let mut s: Session<()> = match data.first() {
        Some(b) if *b >= 0x80 => Session::clustered(limits, node),
        _ => Session::with_limits(limits),
    };
    let mut member = [false; 4];
    let mut out = Vec::new();
    for step in data.split(|b| *b == 0xFF) {
        let Some((&op, rest)) = step.split_first() else {
            continue;
        };
        let conn = usize::from(op % 4);
        let id = conn as u64;
        match (op / 4) % 8 {
            0 if !member[conn] => {
                let create = match op / 32 {
                    0 => Create::Never,
                    1 => Create::named(["a"]),
                    _ => Create::Any,
                };
                s.join_with(id, (), create);
                if op >= 0x80 {
                    // As our clients: cancels, timeouts, streams and interest.
                    let all = Agreed {
                        batch: false,
                        cancel: true,
                        streams: true,
                        interest: true,
                    };
                    s.agree(id, all, &mut out);
                }
                member[conn] = true;
            }
            1 => {
                s.leave(id, &mut out);
                member[conn] = false;
            }
            7 => drop(s.expire(2, 10, &mut out)),
            5 => {
                let text = String::from_utf8_lossy(rest);
                if let Some(msg) = cluster::parse(&text) {
                    s.from_relay(&msg, &mut out);
                }
            }
            6 => match conn {
                0 => {
                    s.expect(vec![2, 3]);
                    s.hello(&mut out)
                }
                1 => s.gathered(&mut out),
                2 => s.nats_lost(&mut out),
                _ => s.relay_gone(u64::from(rest.first().copied().unwrap_or(2)), &mut out),
            },
            _ if member[conn] => {
                let text = String::from_utf8_lossy(rest);
                s.receive(id, &text, &mut out);
            }
            _ => {}
        }
        for o in out.drain(..) {
            let to = match o {
                Out::To(to, _) => vec![to],
                Out::Each(to, _) | Out::EachInput(to) => to,
                _ => Vec::new(),
            };
            for to in to {
                assert!(member[to as usize], "sent to {to}, not a member");
            }
        }
        s.check().unwrap_or_else(|e| panic!("{e}"));
    }
    for id in 0..4 {
        s.leave(id, &mut out);
    }
    for relay in s.relays() {
        s.relay_gone(relay, &mut out);
    }
    s.gathered(&mut out);
    assert!(s.is_empty() && s.agent_count() == 0 && s.pending_count() == 0);
    assert_eq!(s.interest_count(), 0);
}
