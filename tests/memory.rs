//! What the relay holds for clients that read slowly, measured as a user
//! would: its resident memory (VmRSS) while one client broadcasts large
//! events to many that never read. It must stay within the bound that
//! docs/DEPLOY.md gives as a formula of the flags, and another session's
//! round trips must go on meanwhile.
#![cfg(target_os = "linux")]

mod common;

use common::raw::{encode, text_frame, Raw};
use common::{metric_at, Relay};
use serde_json::json;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
use std::sync::Arc;
use std::time::{Duration, Instant};

const MIB: u64 = 1 << 20;
/// An event's body, as in issue 24: under the 64 KiB a reader may have
/// waiting without being counted as behind.
const BODY: usize = 60_000;

/// The resident memory of process `pid`.
fn rss(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let kb: u64 = (status.lines())
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().strip_suffix("kB"))
        .and_then(|v| v.trim().parse().ok())
        .expect("VmRSS");
    kb * 1024
}

/// A client of session "k" that never reads, with a 64 KiB receive
/// buffer; every third asks for batches, every third also to be resumable.
fn sleeper(relay: &Relay, i: usize) -> Raw {
    use socket2::{Domain, Socket, Type};
    let socket = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
    socket.set_recv_buffer_size(64 << 10).unwrap();
    let addr: std::net::SocketAddr = ([127, 0, 0, 1], relay.port).into();
    socket.connect(&addr.into()).unwrap();
    let body = match i % 3 {
        0 => json!({"key": "k"}),
        1 => json!({"key": "k", "batch": true}),
        _ => json!({"key": "k", "batch": true, "resume": true}),
    };
    let connect = json!({"type":"request","name":"connect","to":"server","id":"0","body":body});
    let mut c = Raw::handshake(socket.into(), &text_frame(connect));
    assert_eq!(c.json()["name"], "connect");
    c
}

/// What one fan-out did to the relay.
struct Seen {
    /// The peak of its RSS over its RSS before the events.
    growth: u64,
    /// Sleepers cut off as slow readers.
    cut: u64,
    /// The slowest round trip of another session meanwhile.
    slowest: Duration,
}

/// `sleepers` clients that never read; one more creates an agent and
/// sends `events` events of `BODY` bytes as fast as the relay takes them,
/// reading everything the relay sends it; a client of another session
/// does round trips all along.
fn fan_out(args: &[&str], sleepers: usize, events: usize) -> Seen {
    let relay = Relay::start(args);
    let mut emitter = Raw::connect(&relay);
    emitter.0.write_all(&text_frame(
        json!({"type":"request","name":"createAgent","to":"server","id":"c","body":{"name":"e"}}),
    ))
    .unwrap();
    emitter.json(); // agentCreated
    let agent = emitter.json()["body"]["id"].as_str().unwrap().to_owned();
    let _sleepers: Vec<Raw> = (0..sleepers).map(|i| sleeper(&relay, i)).collect();
    let done = Arc::new(AtomicBool::new(false));
    // Another session: a round trip to the relay, again and again.
    let other = {
        let (done, mut c) = (done.clone(), Raw::connect_to(&relay, "other"));
        std::thread::spawn(move || {
            let mut slowest = Duration::ZERO;
            while !done.load(Relaxed) {
                let start = Instant::now();
                c.0.write_all(&text_frame(
                    json!({"type":"request","name":"getAgents","to":"server","id":"1"}),
                ))
                .unwrap();
                c.json();
                slowest = slowest.max(start.elapsed());
                std::thread::sleep(Duration::from_millis(2));
            }
            slowest
        })
    };
    std::thread::sleep(Duration::from_millis(200));
    let pid = relay.child.id();
    let before = rss(pid);
    let peak = {
        let done = done.clone();
        std::thread::spawn(move || {
            let mut peak = 0;
            while !done.load(Relaxed) {
                peak = peak.max(rss(pid));
                std::thread::sleep(Duration::from_millis(2));
            }
            peak
        })
    };
    // The emitter hears its own events: read in a thread, to the last.
    let mut reader = Raw(emitter.0.try_clone().unwrap());
    let heard = std::thread::spawn(move || {
        let mut n = 0;
        while n < events {
            if let (1, p) = reader.read() {
                n += (p.len() > BODY) as usize;
            }
        }
    });
    let body = "e".repeat(BODY);
    let event = json!({"type":"event","name":"big","from":agent,"body":body}).to_string();
    let frame = encode(true, 1, event.as_bytes(), true);
    for _ in 0..events {
        emitter.0.write_all(&frame).unwrap();
    }
    heard.join().expect("the emitter heard each of its events");
    std::thread::sleep(Duration::from_millis(100));
    done.store(true, Relaxed);
    let peak = peak.join().unwrap();
    let slowest = other.join().unwrap();
    let cut = metric_at(
        relay.port,
        r#"ragentsd_refusals_total{reason="slow_reader"}"#,
    );
    Seen {
        growth: peak.saturating_sub(before),
        cut,
        slowest,
    }
}

/// docs/DEPLOY.md's bound on what the relay holds for clients' backlogs:
/// `--max-backlog`, and for each of `clients` the 64 KiB it may have
/// waiting uncounted and one frame more (the one that finds the relay
/// over its bound), and for each of `resumable` clients the 1 MiB it keeps
/// for a resume.
fn bound(max_backlog_mib: u64, clients: u64, frame: u64, resumable: u64) -> u64 {
    max_backlog_mib * MIB + clients * ((64 << 10) + frame) + resumable * MIB
}

/// What a process of the relay may add beyond the bound and its idle
/// state: its allocator's arenas and the buffers of a busy read.
const SLACK: u64 = 16 * MIB;

#[test]
fn fan_out_to_clients_that_never_read_stays_within_the_documented_bound() {
    let (sleepers, events) = (40, 300);
    let seen = fan_out(&["--max-backlog", "8"], sleepers, events);
    let bound = bound(
        8,
        sleepers as u64 + 2,
        BODY as u64 + 100,
        sleepers as u64 / 3,
    );
    println!(
        "fan-out of {events} events of {BODY} B to {sleepers} clients that never read, \
         --max-backlog 8: RSS grew {:.1} MiB (bound {:.1} MiB + {} MiB), {} cut off, \
         slowest round trip of another session {:?}",
        seen.growth as f64 / MIB as f64,
        bound as f64 / MIB as f64,
        SLACK / MIB,
        seen.cut,
        seen.slowest
    );
    assert!(
        seen.growth <= bound + SLACK,
        "the relay's RSS grew {} bytes, past {bound} + {SLACK}",
        seen.growth
    );
    assert!(seen.cut >= sleepers as u64 / 2, "{} cut off", seen.cut);
}

/// The full-size run of issue 24 (100 clients, default flags): run by `npm
/// run soak`, which prints its figures.
#[test]
#[ignore]
fn fan_out_to_a_hundred_clients_that_never_read_with_default_flags() {
    let (sleepers, events) = (100, 400);
    let seen = fan_out(&[], sleepers, events);
    let bound = bound(
        256,
        sleepers as u64 + 2,
        BODY as u64 + 100,
        sleepers as u64 / 3,
    );
    println!(
        "fan-out of {events} events of {BODY} B to {sleepers} clients that never read, \
         default flags: RSS grew {:.1} MiB (bound {:.1} MiB), {} cut off, \
         slowest round trip of another session {:?}",
        seen.growth as f64 / MIB as f64,
        bound as f64 / MIB as f64,
        seen.cut,
        seen.slowest
    );
    assert!(seen.growth < 512 * MIB, "grew {} bytes", seen.growth);
    assert!(seen.growth <= bound + SLACK);
}
