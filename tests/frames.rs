//! Tier 2: the relay's own WebSocket framing, spoken to with raw bytes over
//! a real socket: fragments, control frames, what a client must not send,
//! and the relay's pings.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::raw::{connect_frame, text_frame, Raw};
use common::{metric_at, Client, Relay};
use futures_util::StreamExt;
use serde_json::{json, Value};
use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};
use tokio_tungstenite::tungstenite::Message;

#[test]
fn fragmented_messages_are_reassembled() {
    let relay = Relay::start(&[]);
    let mut c = Raw::connect(&relay);
    let text = json!({"type":"request","name":"getAgents","to":"server","id":"frag"}).to_string();
    let (a, rest) = text.as_bytes().split_at(10);
    let (b, d) = rest.split_at(10);
    c.frame(false, 1, a, true);
    c.frame(false, 0, b, true);
    c.frame(true, 9, b"in between", true); // a ping may come between fragments
    c.frame(true, 0, d, true);
    assert_eq!(
        c.read(),
        (10, b"in between".to_vec()),
        "pong echoes the ping"
    );
    assert_eq!(c.json()["id"], "frag");
}

/// Frames that arrive in the same read as the `connect` request are
/// answered at once, not when the client happens to send more.
#[test]
fn frames_pipelined_after_connect_are_answered_without_more_bytes() {
    let relay = Relay::start(&[]);
    let get_agents = json!({"type":"request","name":"getAgents","to":"server","id":"p"});
    // With the HTTP upgrade in the same write, and right after it.
    for with_upgrade in [true, false] {
        let mut batch = connect_frame();
        batch.extend(text_frame(get_agents.clone()));
        let mut c = if with_upgrade {
            Raw::open_with(&relay, &batch)
        } else {
            let mut c = Raw::open(&relay);
            c.0.write_all(&batch).unwrap();
            c
        };
        // Raw's reads time out after 5 s: a stalled relay fails here.
        assert_eq!(c.json()["name"], "connect");
        let answer = c.json();
        assert_eq!((&answer["id"], &answer["body"]), (&json!("p"), &json!([])));
    }
}

#[test]
fn a_ping_before_connect_is_answered_and_connect_still_expected() {
    let relay = Relay::start(&[]);
    let mut c = Raw::open(&relay);
    c.frame(true, 9, b"early", true);
    assert_eq!(c.read(), (10, b"early".to_vec()));
    c.0.write_all(&connect_frame()).unwrap();
    assert_eq!(c.json()["name"], "connect");
}

#[test]
fn large_frames_use_extended_lengths_both_ways() {
    let relay = Relay::start(&[]);
    let mut c = Raw::connect(&relay);
    c.text(
        json!({"type":"request","name":"createAgent","to":"server","id":"c","body":{"name":"a"}}),
    );
    assert_eq!(c.json()["name"], "agentCreated");
    let agent = c.json()["body"]["id"].clone();
    // An event of 70,000 bytes (a 64-bit length) comes back to its sender.
    c.text(json!({"type":"event","name":"big","from":agent,"body":"x".repeat(70_000)}));
    let echoed = c.json();
    assert_eq!(echoed["body"].as_str().unwrap().len(), 70_000);
}

#[test]
fn close_handshake() {
    let relay = Relay::start(&[]);
    let mut c = Raw::connect(&relay);
    c.frame(true, 8, &1000u16.to_be_bytes(), true);
    c.closed_with(1000);
    let mut rest = Vec::new();
    assert_eq!(
        c.0.read_to_end(&mut rest).unwrap(),
        0,
        "then the relay closes the socket"
    );
}

/// RFC 6455 §5.5.1 and §7.4: a close is answered with a close, also
/// before `connect`; a close whose code no peer may send, or whose payload
/// is one byte, fails the connection with 1002 (an invalid reason, 1007).
#[test]
fn closes_are_answered_before_connect_and_bad_close_codes_fail() {
    let relay = Relay::start(&[]);
    let mut early = Raw::open(&relay);
    early.frame(true, 8, &1000u16.to_be_bytes(), true);
    early.closed_with(1000);
    let mut unmasked = Raw::open(&relay);
    unmasked.frame(true, 1, b"{}", false);
    assert_eq!(unmasked.closed_with(1002), "client frames must be masked");

    for code in [0u16, 999, 1004, 1005, 1006, 1015, 2000, 5000] {
        let mut c = Raw::connect(&relay);
        c.frame(true, 8, &code.to_be_bytes(), true);
        assert_eq!(c.closed_with(1002), "an invalid close code", "{code}");
    }
    let mut c = Raw::connect(&relay);
    c.frame(true, 8, b"x", true);
    assert_eq!(c.closed_with(1002), "a close payload of one byte");
    let mut c = Raw::connect(&relay);
    c.frame(true, 8, &[0x03, 0xE8, 0xFF], true);
    assert_eq!(c.closed_with(1007), "close reason is not UTF-8");
    for fine in [&3000u16.to_be_bytes()[..], &[]] {
        let mut c = Raw::connect(&relay);
        c.frame(true, 8, fine, true);
        c.closed_with(1000);
    }
}

/// RFC 6455 §4.2.1: the key is 16 bytes in base64; anything else is 400.
#[test]
fn an_invalid_websocket_key_is_refused() {
    let relay = Relay::start(&[]);
    for key in [
        "hello",
        "dGhlIHNhbXBsZSBub25jZQ",
        "dGhlIHNhbXBsZSBub25jZXk=",
    ] {
        let answer = relay.handshake_status(key, "");
        assert!(answer.starts_with("HTTP/1.1 400"), "{key}: {answer}");
    }
}

#[test]
fn protocol_violations_close_with_their_code() {
    let relay = Relay::start(&["--max-frame", "1000"]);
    let mut c = Raw::connect(&relay);
    c.frame(true, 1, b"{\"type\":\"event\"}", false);
    assert_eq!(c.closed_with(1002), "client frames must be masked");

    let mut c = Raw::connect(&relay);
    c.frame(true, 1, &[b'"', 0xFF, 0xFE, b'"'], true);
    assert_eq!(c.closed_with(1007), "text is not UTF-8");

    let mut c = Raw::connect(&relay);
    c.frame(true, 0, b"no message to continue", true);
    assert_eq!(c.closed_with(1002), "unexpected continuation");

    // Refused from the header alone: the 1 GB payload is never sent.
    let mut c = Raw::connect(&relay);
    c.0.write_all(&[0x81, 0xFF, 0, 0, 0, 0, 0x40, 0, 0, 0, 1, 2, 3, 4])
        .unwrap();
    assert_eq!(c.closed_with(1009), "frame larger than 1000 bytes");

    // Fragments that add up to too much.
    let mut c = Raw::connect(&relay);
    c.frame(false, 1, &[b' '; 600], true);
    c.frame(true, 0, &[b' '; 600], true);
    assert_eq!(c.closed_with(1009), "frame larger than 1000 bytes");

    // And the relay still serves others.
    let mut ok = Raw::connect(&relay);
    ok.text(json!({"type":"request","name":"getAgents","to":"server","id":"1"}));
    assert_eq!(ok.json()["body"], json!([]));
}

#[test]
fn a_client_that_never_reads_is_cut_off_and_nobody_else_waits() {
    let log = std::env::temp_dir().join(format!("ragentsd-slow-{}", std::process::id()));
    let relay = Relay::spawn(&[], std::fs::File::create(&log).unwrap().into());
    let (emitter, agent) = emitter(&relay);
    let _sleeper = Raw::connect(&relay); // never reads
    let good = Raw::connect(&relay);
    // The emitter and the good listener read everything, in threads.
    let drain = |mut c: Raw| {
        std::thread::spawn(move || {
            let mut n = 0;
            loop {
                match c.read() {
                    (1, p) if p.len() > 1000 => n += 1,
                    (1, _) => {}
                    _ => return n,
                }
                if n == 40 {
                    return n;
                }
            }
        })
    };
    let mut sender = Raw(emitter.0.try_clone().unwrap());
    let (emitter_reads, good_reads) = (drain(emitter), drain(Raw(good.0.try_clone().unwrap())));
    let big = "y".repeat(900_000);
    for _ in 0..40 {
        sender.text(json!({"type":"event","name":"big","from":agent,"body":big}));
    }
    assert_eq!(
        good_reads.join().unwrap(),
        40,
        "every event reached the reading client"
    );
    assert_eq!(emitter_reads.join().unwrap(), 40);
    drop(relay);
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(
        text.contains("closed: the client reads too slowly"),
        "{text}"
    );
    std::fs::remove_file(log).unwrap();
}

/// A raw client that owns an agent (its id): what it emits reaches every
/// client of session "k", itself included.
fn emitter(relay: &Relay) -> (Raw, String) {
    let mut c = Raw::connect(relay);
    c.text(
        json!({"type":"request","name":"createAgent","to":"server","id":"c","body":{"name":"e"}}),
    );
    c.json(); // agentCreated
    let agent = c.json()["body"]["id"].as_str().unwrap().to_owned();
    (c, agent)
}

/// RFC 6455 §7.1.7: a client cut off for reading too slowly gets the frame
/// it was in the middle of, whole, and then a close frame saying why; what
/// was not begun is dropped.
#[test]
fn a_slow_reader_is_told_why_with_a_close_frame() {
    let relay = Relay::start(&[]);
    let (mut emitter, agent) = emitter(&relay);
    // Resumable: a policy's close, unlike a lost socket, keeps no place.
    let mut sleeper = Raw::open(&relay);
    sleeper.text(
        json!({"type":"request","name":"connect","to":"server","id":"0",
        "body":{"key":"k","resume":true}}),
    );
    assert!(sleeper.json()["body"]["resume"].is_string(), "resumable");
    let events = 40;
    let mut sender = Raw(emitter.0.try_clone().unwrap());
    let emitter_reads = std::thread::spawn(move || {
        for _ in 0..events {
            while emitter.read().1.len() < 1000 {}
        }
    });
    // The sleeper starts reading once it is cut off, and reads to the end.
    let port = relay.port;
    let sleeper_reads = std::thread::spawn(move || {
        let cut = r#"ragentsd_refusals_total{reason="slow_reader"}"#;
        while metric_at(port, cut) == 0 {
            std::thread::sleep(Duration::from_millis(5));
        }
        let mut texts = 0;
        loop {
            match sleeper.read() {
                (1, _) => texts += 1,
                (8, payload) => return (texts, payload),
                (op, _) => panic!("opcode {op}: the frames were cut"),
            }
        }
    });
    let body = "y".repeat(900_000);
    for _ in 0..events {
        sender.text(json!({"type":"event","name":"big","from":agent,"body":body}));
    }
    emitter_reads.join().unwrap();
    let (texts, close) = sleeper_reads.join().unwrap();
    assert_eq!(u16::from_be_bytes([close[0], close[1]]), 1008);
    assert_eq!(&close[2..], b"the client reads too slowly");
    assert!(
        (1..events).contains(&texts),
        "{texts} events before the close"
    );
}

/// Fan-out amplification: listeners that never read each hold at most
/// 16 MiB, and all of them together about `--max-backlog`: past it, each
/// more than 64 KiB behind is cut off, while a reader that keeps up is not.
/// Returns the largest backlog seen, and the slow readers cut off.
fn backlog_of_sleepers(max_backlog: &str) -> (u64, u64) {
    let relay = Relay::start(&["--max-backlog", max_backlog]);
    let (emitter, agent) = emitter(&relay);
    let sleepers: Vec<Raw> = (0..12).map(|_| Raw::connect(&relay)).collect();
    let good = Raw::connect(&relay);
    let events = 60;
    let drain = |mut c: Raw| {
        std::thread::spawn(move || {
            let mut n = 0;
            while n < events {
                match c.read() {
                    (1, p) if p.len() > 1000 => n += 1,
                    (1, _) => {}
                    other => panic!("{other:?}"),
                }
            }
        })
    };
    let mut sender = Raw(emitter.0.try_clone().unwrap());
    let readers = [drain(emitter), drain(good)];
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watcher = {
        let (done, port) = (done.clone(), relay.port);
        std::thread::spawn(move || {
            let mut peak = 0;
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                peak = peak.max(metric_at(port, "ragentsd_backlog_bytes"));
                std::thread::sleep(Duration::from_millis(5));
            }
            peak
        })
    };
    let body = "z".repeat(100_000);
    for _ in 0..events {
        sender.text(json!({"type":"event","name":"big","from":agent,"body":body}));
    }
    for reader in readers {
        reader.join().expect("every event reached the readers");
    }
    std::thread::sleep(Duration::from_millis(100));
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let peak = watcher.join().unwrap();
    let cut = metric(&relay, r#"ragentsd_refusals_total{reason="slow_reader"}"#);
    drop(sleepers);
    (peak, cut)
}

#[test]
fn the_backlog_of_clients_that_never_read_is_bounded_overall() {
    let (peak, cut) = backlog_of_sleepers("4");
    // 4 MiB, and each sleeper's last event (100 KB) and 64 KiB over it.
    assert!(peak <= (4 << 20) + 12 * 170_000, "peak backlog {peak}");
    assert!(cut >= 6, "{cut} sleepers cut off");
    // Without the overall bound, the same load holds far more.
    let (peak, cut) = backlog_of_sleepers("0");
    assert!(peak > 12 << 20, "peak backlog {peak} with no overall bound");
    assert_eq!(cut, 0);
}

#[test]
fn silent_sockets_are_dropped_after_the_handshake_timeout() {
    let relay = Relay::start(&[]);
    // One never finishes its HTTP request; one upgrades but never connects.
    let mut silent = TcpStream::connect(("127.0.0.1", relay.port)).unwrap();
    silent.write_all(b"GET / HTTP/1.1\r\n").unwrap();
    let mut mute = Raw::open(&relay);
    let started = std::time::Instant::now();
    let mut ends = Vec::new();
    for s in [&mut silent, &mut mute.0] {
        s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
        let mut rest = Vec::new();
        let _ = s.read_to_end(&mut rest);
        let waited = started.elapsed();
        assert!(
            waited >= Duration::from_secs(8) && waited < Duration::from_secs(14),
            "{waited:?}"
        );
        ends.push(rest);
    }
    // The upgraded one is told why, with a close frame (1008).
    let close = &ends[1];
    assert_eq!(&close[..4], &[0x88, close[1], 0x03, 0xF0], "{close:?}");
    assert_eq!(&close[4..], b"no connect request within 10 s");
}

// Pings (`--ping SECONDS`): the relay pings a connection that sent nothing
// for a period, and closes one from which nothing at all arrived for two.

/// The value of one sample of `GET /metrics`.
fn metric(relay: &Relay, name: &str) -> u64 {
    metric_at(relay.port, name)
}

/// The next text packet of a tokio-tungstenite client, past the pings it
/// answers on the way (it answers as it reads); and how many it saw.
async fn text_past_pings(c: &mut Client) -> (Value, usize) {
    let mut pings = 0;
    loop {
        match c.next().await {
            Some(Message::Ping(payload)) => {
                assert_eq!(payload.as_ref(), b"ragentsd");
                pings += 1;
            }
            Some(Message::Text(text)) => return (serde_json::from_str(&text).unwrap(), pings),
            other => panic!("expected a text frame, got {other:?}"),
        }
    }
}

/// A client that stops reading and answering (as a half-open socket does)
/// is pinged after a period of silence and closed after two, and leaves its
/// session as any departure does: the others see its agent destroyed.
#[tokio::test]
async fn a_client_that_answers_no_ping_is_closed_and_leaves_its_session() {
    let log = std::env::temp_dir().join(format!("ragentsd-ping-{}", std::process::id()));
    let relay = Relay::spawn(
        &["--ping", "1"],
        std::fs::File::create(&log).unwrap().into(),
    );
    let mut watcher = relay.client("k").await;
    let mut mute = Raw::connect(&relay); // in session "k" too
    mute.text(
        json!({"type":"request","name":"createAgent","to":"server","id":"c","body":{"name":"m"}}),
    );
    assert_eq!(mute.json()["name"], "agentCreated");
    let agent = mute.json()["body"]["id"].clone();
    let last_sent = Instant::now();
    let (created, _) = text_past_pings(&mut watcher).await;
    assert_eq!(created["name"], "agentCreated");

    // It reads once: a ping came after a second of its silence. It never
    // answers (and the blocking read runs off the runtime's thread, so that
    // the watcher goes on answering its own pings).
    let (mut mute, ping) = tokio::task::spawn_blocking(move || {
        let ping = mute.read();
        (mute, ping)
    })
    .await
    .unwrap();
    assert_eq!(ping, (9, b"ragentsd".to_vec()), "a ping frame");
    let pinged = last_sent.elapsed();
    assert!(pinged >= Duration::from_millis(900), "{pinged:?}");

    let (gone, _) = text_past_pings(&mut watcher).await;
    let dropped = last_sent.elapsed();
    assert_eq!(
        (&gone["name"], &gone["body"]["id"]),
        (&json!("agentDestroyed"), &agent)
    );
    assert!(
        dropped >= Duration::from_millis(1900) && dropped < Duration::from_millis(3500),
        "gone after {dropped:?}, two periods of silence"
    );
    // Had it read on, it would have learnt why.
    let reason = tokio::task::spawn_blocking(move || mute.closed_with(1001))
        .await
        .unwrap();
    assert_eq!(reason, "no answer to pings");

    // The watcher, which answered its pings, is still served.
    watcher
        .send(json!({"type":"request","name":"getAgents","to":"server","id":"g"}))
        .await;
    let (agents, _) = text_past_pings(&mut watcher).await;
    assert_eq!((&agents["id"], &agents["body"]), (&json!("g"), &json!([])));
    assert_eq!(metric(&relay, "ragentsd_dead_connections_total"), 1);
    assert!(
        metric(&relay, "ragentsd_pings_total") >= 2,
        "the mute's and the watcher's"
    );
    drop(relay);
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(
        text.lines().any(|l| l.contains("disconnected")
            && l.contains("code=1001")
            && l.contains("no answer to pings")),
        "{text}"
    );
    std::fs::remove_file(log).unwrap();
}

/// A client that answers pings (tokio-tungstenite does as it reads, as
/// browsers and WebSocket libraries do) stays across several periods, even
/// when it sends nothing else. The period comes from `RAGENTSD_PING` here.
#[tokio::test]
async fn a_client_that_answers_pings_stays_connected() {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_ragentsd"));
    command.args(["-p", "0"]).env("RAGENTSD_PING", "1");
    let relay = Relay::run(command, std::process::Stdio::null());
    let mut c = relay.client("k").await;
    let end = tokio::time::Instant::now() + Duration::from_millis(3500);
    let mut pings = 0;
    while let Ok(frame) = tokio::time::timeout_at(end, c.ws.next()).await {
        match frame {
            Some(Ok(Message::Ping(payload))) if payload.as_ref() == b"ragentsd" => pings += 1,
            other => panic!("expected only pings, got {other:?}"),
        }
    }
    // A ping after each second of silence (give or take the pinger's
    // tenth-of-a-period looks); without the pongs it would have been closed
    // after two.
    assert!(pings >= 2, "one ping per second of silence: {pings}");
    c.send(json!({"type":"request","name":"getAgents","to":"server","id":"g"}))
        .await;
    assert_eq!(text_past_pings(&mut c).await.0["id"], "g");
    assert_eq!(metric(&relay, "ragentsd_dead_connections_total"), 0);
}

/// `--ping 0`: no pings, and a silent client is never closed for it.
#[test]
fn no_pings_with_ping_0() {
    let relay = Relay::start(&["--ping", "0"]);
    let mut c = Raw::connect(&relay);
    c.quiet_for(Duration::from_millis(2500));
    c.text(json!({"type":"request","name":"getAgents","to":"server","id":"g"}));
    assert_eq!(c.json()["id"], "g");
    assert_eq!(metric(&relay, "ragentsd_pings_total"), 0);
}

/// One connection flooding the relay as fast as it can (packets that make
/// no answer, so it never has to read) must not starve the others: on the
/// default single thread, a round trip in another session still takes a
/// moment, not the flood's length.
#[test]
fn a_flooding_connection_does_not_starve_the_others() {
    let relay = Relay::start(&[]);
    let mut flooder = Raw::connect(&relay);
    flooder.text(
        json!({"type":"request","name":"createAgent","to":"server","id":"c","body":{"name":"f"}}),
    );
    flooder.json(); // agentCreated
    let agent = flooder.json()["body"]["id"].as_str().unwrap().to_owned();
    // Answers to requests never made: refused without a word.
    let junk = text_frame(json!({"type":"response","name":"x","from":agent,"id":"1","body":null}));
    let burst: Vec<u8> = junk
        .iter()
        .copied()
        .cycle()
        .take(junk.len() * 2000)
        .collect();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flooding = {
        let (mut s, stop) = (flooder.0.try_clone().unwrap(), stop.clone());
        std::thread::spawn(move || {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                if s.write_all(&burst).is_err() {
                    return;
                }
            }
        })
    };
    std::thread::sleep(Duration::from_millis(300));
    let mut owner = Raw::connect(&relay);
    owner.text(
        json!({"type":"request","name":"createAgent","to":"server","id":"c","body":{"name":"e"}}),
    );
    owner.json(); // agentCreated
    let echoer = owner.json()["body"]["id"].as_str().unwrap().to_owned();
    let mut caller = Raw::connect(&relay);
    let mut slowest = Duration::ZERO;
    for n in 0..5 {
        let started = Instant::now();
        caller.text(json!({"type":"request","name":"echo","to":echoer,"id":n,"body":n}));
        let request = owner.json();
        owner.text(
            json!({"type":"response","name":"echo","from":echoer,"id":request["id"],"body":n}),
        );
        assert_eq!(caller.json()["body"], n);
        slowest = slowest.max(started.elapsed());
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    drop(flooder);
    flooding.join().unwrap();
    assert!(
        slowest < Duration::from_secs(2),
        "a round trip took {slowest:?}"
    );
}

/// Slowloris after `connect`: a frame trickled a byte at a time (each byte
/// a sign of life, so pings do not end it) is given up once it has taken
/// longer than `--frame-timeout`, with 1008; its buffer goes with it.
#[test]
fn a_frame_trickled_for_longer_than_the_frame_timeout_is_given_up() {
    let relay = Relay::start(&["--frame-timeout", "1"]);
    let mut slow = Raw::connect(&relay);
    let frame = text_frame(
        json!({"type":"request","name":"getAgents","to":"server","id":"1","pad":"x".repeat(900)}),
    );
    let started = Instant::now();
    let mut sent = 0;
    slow.0.set_nonblocking(true).unwrap();
    let mut closed = Vec::new();
    while started.elapsed() < Duration::from_secs(5) {
        if sent < frame.len() - 1 && slow.0.write_all(&frame[sent..sent + 1]).is_ok() {
            sent += 1;
        }
        let mut buf = [0u8; 256];
        match slow.0.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => closed.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == ErrorKind::WouldBlock => {}
            Err(_) => break,
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let waited = started.elapsed();
    assert!(sent < frame.len() - 1, "the frame was never completed");
    assert!(closed.len() >= 4, "no close frame: {closed:?}");
    assert_eq!(closed[0], 0x88, "{closed:?}");
    assert_eq!(u16::from_be_bytes([closed[2], closed[3]]), 1008);
    assert_eq!(&closed[4..], b"a frame took too long to arrive");
    assert!(waited < Duration::from_secs(4), "{waited:?}");
    // The others were served meanwhile, and are still.
    let mut ok = Raw::connect(&relay);
    ok.text(json!({"type":"request","name":"getAgents","to":"server","id":"2"}));
    assert_eq!(ok.json()["body"], json!([]));
}
