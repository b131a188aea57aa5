//! Who may join and how much one client may do, against the real `ragentsd`:
//! signed tokens (`--secret-file`, `ragentsd token`, tokens over HTTP),
//! connections per address, the packet rate, agents and requests in flight
//! per connection. Each refusal is checked on the wire, and the other
//! clients must notice nothing.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::rpc::{http, metric, post, Reply};
use common::{Client, Relay, WAIT};
use ragents::relay::auth::{Auth, Claims};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::time::Duration;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::Message;

const SECRET: &str = "a secret of the application, 32+ bytes long";

/// A file holding `SECRET` and a newline, as `echo` writes one.
fn secret_file(name: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("ragentsd-{name}-{}", std::process::id()));
    std::fs::write(&path, format!("{SECRET}\n")).unwrap();
    path
}

fn token(session: &str, edit: impl FnOnce(&mut Claims)) -> String {
    let mut claims = Claims::new(session, Duration::from_secs(60));
    edit(&mut claims);
    Auth::new(SECRET.as_bytes()).unwrap().mint(&claims)
}

fn connect(body: Value) -> Value {
    json!({"type":"request","name":"connect","to":"server","id":"0","body":body})
}

/// Sends `connect` with this body on a new socket: the answer, and the
/// socket for what follows.
async fn join(relay: &Relay, body: Value) -> (Value, Client) {
    let mut c = Client::open(&relay.url(), None).await;
    c.send(connect(body)).await;
    (c.recv().await, c)
}

/// What arrives until the close (1008, `rate limit exceeded`) is skipped.
async fn closed_for_its_rate(c: &mut Client) {
    loop {
        match c.next().await {
            Some(Message::Close(Some(frame))) => {
                let close = (frame.code, frame.reason.as_str());
                return assert_eq!(close, (CloseCode::Policy, "rate limit exceeded"));
            }
            Some(_) => continue,
            None => panic!("closed without a close frame"),
        }
    }
}

/// A connect refused with `why`, then the close 1008 with `why` as reason.
async fn refused(relay: &Relay, body: Value, why: &str) {
    let (answer, mut c) = join(relay, body.clone()).await;
    assert_eq!(
        (&answer["name"], &answer["id"], &answer["error"]),
        (&json!("connect"), &json!("0"), &json!(why)),
        "{body}"
    );
    match c.next().await {
        Some(Message::Close(Some(frame))) => {
            assert_eq!(
                (frame.code, frame.reason.as_str()),
                (CloseCode::Policy, why)
            );
        }
        other => panic!("expected a close, got {other:?}"),
    }
}

#[tokio::test]
async fn with_a_secret_only_signed_tokens_join_their_session() {
    let file = secret_file("join");
    let relay = Relay::start(&["--secret-file", file.to_str().unwrap()]);
    // Two clients with tokens of their own for one session meet in it.
    let (answer, mut a) = join(&relay, json!({"key": token("room", |_| {})})).await;
    assert_eq!(answer["body"], json!(null), "as 1.0.0 answers: {answer}");
    let (_, mut b) = join(&relay, json!({"key": token("room", |_| {})})).await;
    let agent = a.create_agent("echo").await;
    assert_eq!(b.recv().await["body"]["id"], json!(agent), "agentCreated");
    // A token beside the key must be for the session the key names.
    let beside = json!({"key": "room", "token": token("room", |_| {})});
    let (_, mut c) = join(&relay, beside).await;
    let listed = c.server("getAgents", "g", json!(null)).await;
    assert_eq!(listed["body"][0]["id"], json!(agent));

    let forged = Auth::new(b"not the application's secret, but as long")
        .unwrap()
        .mint(&Claims::new("room", Duration::from_secs(60)));
    let expired = token("room", |c| c.exp -= 3600);
    refused(&relay, json!({"key": "room"}), "a signed token is required").await;
    refused(&relay, json!({"key": forged}), "invalid token").await;
    refused(&relay, json!({"key": expired}), "token expired").await;
    let other = json!({"key": "room", "token": token("other", |_| {})});
    refused(&relay, other, "token is for another session").await;
    // The members noticed nothing, and each refusal was counted.
    a.quiet().await;
    b.quiet().await;
    let refusals = r#"ragentsd_refusals_total{reason="token"}"#;
    assert_eq!(metric(relay.port, refusals).await, 4);
    // A token for another session sees none of this one's agents.
    let (_, mut elsewhere) = join(&relay, json!({"key": token("elsewhere", |_| {})})).await;
    let listed = elsewhere.server("getAgents", "g", json!(null)).await;
    assert_eq!(listed["body"], json!([]));
    std::fs::remove_file(file).unwrap();
}

#[tokio::test]
async fn a_token_may_restrict_which_agents_its_holder_creates() {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_ragentsd"));
    command.args(["-p", "0"]).env("RAGENTSD_SECRET", SECRET);
    let relay = Relay::run(command, std::process::Stdio::null());
    let (_, mut watcher) = join(&relay, json!({"key": token("lab", |_| {})})).await;
    let none = token("lab", |c| c.create = Some(false));
    let only_echo = token("lab", |c| c.agents = Some(vec!["echo".into()]));
    let create = |name: &str| json!({"name": name});
    let (_, mut n) = join(&relay, json!({"key": none})).await;
    let denied = n.server("createAgent", "1", create("echo")).await;
    assert_eq!(denied["error"], json!("not allowed to create this agent"));
    let (_, mut e) = join(&relay, json!({"key": only_echo})).await;
    let denied = e.server("createAgent", "1", create("other")).await;
    assert_eq!(denied["error"], json!("not allowed to create this agent"));
    watcher.quiet().await;
    let made = e.server("createAgent", "2", create("echo")).await;
    assert_eq!(made["body"]["name"], json!("echo"), "{made}");
    assert_eq!(watcher.recv().await["name"], json!("agentCreated"));
    // What it may not create, it may still call.
    let agent = made["body"]["id"].clone();
    n.send(json!({"type":"request","name":"hi","to":agent,"id":"r"}))
        .await;
    assert_eq!(e.recv_type("request").await["name"], json!("hi"));
}

#[tokio::test]
async fn calls_over_http_need_a_token_too() {
    let file = secret_file("rpc");
    let relay = Relay::start(&["--secret-file", file.to_str().unwrap()]);
    let owner = token("desk", |_| {});
    let (_, mut c) = join(&relay, json!({"key": owner})).await;
    let agent = c.create_agent("echo").await;
    let body = json!({"jsonrpc":"2.0","method":"echo.say","params":[1],"id":7}).to_string();
    let unauthorized = |reply: &Reply| {
        assert_eq!(reply.status, 401, "{}{}", reply.head, reply.body);
        assert!(
            reply.head.contains("WWW-Authenticate: Bearer"),
            "{}",
            reply.head
        );
    };
    unauthorized(&post(relay.port, "/rpc/desk", &body).await);
    // The token as the path's key, or as a bearer for the path's session.
    let answering = tokio::spawn(async move {
        for _ in 0..2 {
            let request = c.recv_type("request").await;
            let id = request["id"].clone();
            c.send(json!({"type":"response","name":"say","from":agent,"id":id,"body":"ok"}))
                .await;
        }
    });
    let reply = post(
        relay.port,
        &format!("/rpc/{}", token("desk", |_| {})),
        &body,
    )
    .await;
    assert_eq!(reply.json()["result"], json!("ok"), "{}", reply.body);
    let with_bearer = |session: &str, token: &str| {
        format!(
            "POST /rpc/{session} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n\
             Content-Length: {}\r\n\r\n{body}",
            body.len()
        )
    };
    let reply = http(
        relay.port,
        with_bearer("desk", &token("desk", |_| {})).as_bytes(),
    )
    .await;
    assert_eq!(reply.json()["result"], json!("ok"), "{}", reply.body);
    tokio::time::timeout(WAIT, answering)
        .await
        .unwrap()
        .unwrap();
    let wrong = with_bearer("desk", &token("attic", |_| {}));
    unauthorized(&http(relay.port, wrong.as_bytes()).await);
    std::fs::remove_file(file).unwrap();
}

#[test]
fn ragentsd_token_mints_what_the_relay_takes() {
    let file = secret_file("mint");
    let run = |args: &[&str]| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_ragentsd"));
        command.env_remove("RAGENTSD_SECRET").args(args);
        command.output().unwrap()
    };
    let out = run(&[
        "token",
        "--secret-file",
        file.to_str().unwrap(),
        "--agent",
        "a",
        "room",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let minted = String::from_utf8(out.stdout).unwrap();
    let grant = Auth::new(SECRET.as_bytes())
        .unwrap()
        .check(minted.trim(), None);
    let grant = grant.unwrap();
    assert_eq!(grant.session, "room");
    assert_eq!(format!("{:?}", grant.create), r#"Named(["a"])"#);
    // No secret, a short one, an unreadable file: exit 2, nothing started.
    let short = std::env::temp_dir().join(format!("ragentsd-short-{}", std::process::id()));
    std::fs::write(&short, "short").unwrap();
    for args in [
        &["token", "room"][..],
        &["-p0", "--secret-file", short.to_str().unwrap()],
        &["-p0", "--secret-file", "/nonexistent/ragentsd-secret"],
    ] {
        let out = run(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("secret"), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    std::fs::remove_file(file).unwrap();
    std::fs::remove_file(short).unwrap();
}

#[tokio::test]
async fn connections_per_address_are_capped() {
    let relay = Relay::start(&["--max-ip-connections", "3"]);
    let mut a = relay.client("k").await;
    let _b = relay.client("k").await;
    let c = relay.client("k").await;
    let reply = http(relay.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").await;
    assert_eq!(reply.status, 429, "{}", reply.head);
    assert_eq!(reply.body, "too many connections from this address\n");
    a.quiet().await;
    a.create_agent("still here").await;
    // A place again once one leaves.
    drop(c);
    let ok = || async { http(relay.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").await };
    let mut reply = ok().await;
    for _ in 0..50 {
        if reply.status == 200 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
        reply = ok().await;
    }
    assert_eq!(reply.status, 200);
    assert_eq!(
        metric(relay.port, r#"ragentsd_refusals_total{reason="ip_limit"}"#).await,
        1
    );
}

#[tokio::test]
async fn a_client_over_its_packet_rate_is_refused_then_closed() {
    let relay = Relay::start(&["--max-packet-rate", "20"]);
    let mut owner = relay.client("k").await;
    let mut flood = relay.client("k").await;
    let agent = owner.create_agent("a").await;
    flood.recv().await; // agentCreated
                        // A burst of one second's worth passes; the rest is refused.
    for i in 0..30 {
        let ping = json!({"type":"request","name":"ping","to":"server","id":i});
        flood.send(ping).await;
    }
    let mut answers = Vec::new();
    for _ in 0..30 {
        answers.push(flood.recv().await);
    }
    let errors: Vec<&Value> = answers.iter().filter(|a| a["error"].is_string()).collect();
    // 20 pass at once; a loaded machine may take long enough to earn a
    // few more (one per 50 ms).
    assert!((5..=11).contains(&errors.len()), "{answers:?}");
    assert_eq!(errors[0]["error"], json!("rate limit exceeded"));
    // Over its rate, an owner's responses still pass (they were asked for).
    for i in 0..25 {
        owner
            .send(json!({"type":"event","name":"e","from":agent,"body":i}))
            .await;
    }
    let mut caller = relay.client("k").await;
    caller
        .send(json!({"type":"request","name":"q","to":agent,"id":"q"}))
        .await;
    let request = owner.recv_type("request").await;
    let answer = json!({"type":"response","name":"q","from":agent,"id":request["id"],"body":1});
    owner.send(answer).await;
    assert_eq!(caller.recv_type("response").await["body"], json!(1));
    // Going on at many times the rate closes the connection.
    for i in 0..40 {
        let event = json!({"type":"event","name":"e","from":"nobody","body":i});
        let _ = flood.ws.send(Message::text(event.to_string())).await;
    }
    closed_for_its_rate(&mut flood).await;
    let refusals = metric(
        relay.port,
        r#"ragentsd_refusals_total{reason="rate_limit"}"#,
    )
    .await;
    assert!(refusals > 10, "{refusals}");
    // The others are still served.
    caller
        .send(json!({"type":"request","name":"q","to":agent,"id":"q2"}))
        .await;
    assert_eq!(owner.recv_type("request").await["name"], json!("q"));
}

#[tokio::test]
async fn agents_and_requests_in_flight_per_connection_are_flags() {
    let relay = Relay::start(&["--max-agents", "1", "--max-pending", "1"]);
    let mut owner = relay.client("k").await;
    let agent = owner.create_agent("a").await;
    let second = owner.server("createAgent", "2", json!({"name": "b"})).await;
    assert_eq!(second["error"], json!("too many agents on this connection"));
    let mut caller = relay.client("k").await;
    for id in ["1", "2"] {
        caller
            .send(json!({"type":"request","name":"q","to":agent,"id":id}))
            .await;
    }
    let over = caller.recv_type("response").await;
    assert_eq!(
        (&over["id"], &over["error"]),
        (&json!("2"), &json!("too many requests in flight"))
    );
    assert_eq!(owner.recv_type("request").await["name"], json!("q"));
}

use futures_util::SinkExt;

#[tokio::test]
async fn a_request_its_agent_never_answers_times_out() {
    let relay = Relay::start(&["--request-timeout", "1"]);
    let mut owner = relay.client("k").await;
    let agent = owner.create_agent("mute").await;
    let mut caller = relay.client("k").await;
    let started = std::time::Instant::now();
    caller
        .send(json!({"type":"request","name":"q","to":agent,"id":"never"}))
        .await;
    let request = owner.recv_type("request").await;
    let answer = caller.recv_type("response").await;
    assert_eq!(
        answer,
        json!({"type":"response","name":"q","from":agent,"id":"never","error":"request timed out"})
    );
    // Ten looks per second: a second, and up to a look or two more.
    let waited = started.elapsed();
    assert!(waited >= Duration::from_secs(1), "{waited:?}");
    // The agent's late response answers nothing, and reaches nobody.
    owner
        .send(json!({"type":"response","name":"q","from":agent,"id":request["id"],"body":1}))
        .await;
    caller.quiet().await;
    let expired = metric(relay.port, "ragentsd_requests_expired_total").await;
    assert_eq!(expired, 1);
}

/// A refused connect is one per connection: many connections with bad
/// tokens are logged as the relay's 1st, 2nd, 4th, 8th... refusal.
#[tokio::test]
async fn refused_tokens_cannot_flood_the_log() {
    let log = std::env::temp_dir().join(format!("ragentsd-tokens-{}", std::process::id()));
    let file = secret_file("log");
    let secret = ["--secret-file", file.to_str().unwrap()];
    let relay = Relay::spawn(&secret, std::fs::File::create(&log).unwrap().into());
    for _ in 0..20 {
        refused(
            &relay,
            json!({"key": "guess"}),
            "a signed token is required",
        )
        .await;
    }
    drop(relay);
    let text = std::fs::read_to_string(&log).unwrap();
    let lines: Vec<&str> = text.lines().filter(|l| l.contains("refused")).collect();
    assert_eq!(lines.len(), 5, "logged at 1, 2, 4, 8, 16:\n{text}");
    assert!(
        lines[4].contains("count=16") && lines[4].contains("reason=\"token\""),
        "{text}"
    );
    std::fs::remove_file(log).unwrap();
    std::fs::remove_file(file).unwrap();
}

/// Behind a proxy every socket comes from the proxy: with `--trust-proxy`
/// the client is the address the proxy names last in `X-Forwarded-For`,
/// counted against its own limit and logged as itself.
#[tokio::test]
async fn behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit() {
    use std::io::{Read, Write};
    let log = std::env::temp_dir().join(format!("ragentsd-proxy-{}", std::process::id()));
    let args = ["--trust-proxy", "--max-ip-connections", "2"];
    let relay = Relay::spawn(&args, std::fs::File::create(&log).unwrap().into());
    // A handshake by hand, as a proxy forwards it; the socket stays open.
    let open = |forwarded: &str| {
        let mut s = std::net::TcpStream::connect(("127.0.0.1", relay.port)).unwrap();
        s.set_read_timeout(Some(WAIT)).unwrap();
        let request = format!(
            "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
             Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\
             X-Forwarded-For: {forwarded}\r\n\r\n"
        );
        s.write_all(request.as_bytes()).unwrap();
        let mut status = [0u8; 12];
        s.read_exact(&mut status).unwrap();
        (String::from_utf8_lossy(&status[9..]).into_owned(), s)
    };
    let a = open("203.0.113.7");
    let b = open("198.51.100.1, 203.0.113.7:4711");
    assert_eq!((a.0.as_str(), b.0.as_str()), ("101", "101"));
    assert_eq!(open("203.0.113.7").0, "429", "a third from the same client");
    // A client's own line comes before the proxy's: the last one counts.
    let spoofed = "6.6.6.6\r\nX-Forwarded-For: 203.0.113.7";
    assert_eq!(open(spoofed).0, "429", "the proxy's line names the client");
    // An IPv6 host has its /64: addresses in it count as one.
    let (v6a, v6b) = (open("2001:db8:1:2::1"), open("2001:db8:1:2::ffff"));
    assert_eq!((v6a.0.as_str(), v6b.0.as_str()), ("101", "101"));
    assert_eq!(open("2001:db8:1:2:aaaa::1").0, "429");
    assert_eq!(open("2001:db8:1:3::1").0, "101", "another /64");
    assert_eq!(open("203.0.113.8").0, "101", "another client of the proxy");
    // More sockets from the proxy itself than the limit: each is a client.
    let c = open("192.0.2.1");
    assert_eq!(c.0, "101");
    drop(relay);
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(text.contains("peer=203.0.113.7:0"), "{text}");
    std::fs::remove_file(log).unwrap();
}

/// A response that answers nothing is no answer: it counts against the
/// rate like any packet, and a flood of them is closed.
#[tokio::test]
async fn responses_that_answer_nothing_count_against_the_rate() {
    let relay = Relay::start(&["--max-packet-rate", "20"]);
    let mut flood = relay.client("k").await;
    for i in 0..60 {
        let fake = json!({"type":"response","name":"q","from":"x","id":i});
        let _ = flood.ws.send(Message::text(fake.to_string())).await;
    }
    closed_for_its_rate(&mut flood).await;
}

/// Many refusals of every kind leave nothing behind: the members of a full
/// session notice nothing, and the relay holds no more memory than before.
#[tokio::test]
async fn refusals_leave_nothing_behind() {
    let file = secret_file("nothing");
    let args = [
        "--secret-file",
        file.to_str().unwrap(),
        "--max-packet-rate",
        "20",
    ];
    let relay = Relay::start(&[&args[..], &["--max-session-clients", "2"]].concat());
    let rss = || {
        let status = std::fs::read_to_string(format!("/proc/{}/status", relay.child.id())).unwrap();
        let line = status
            .lines()
            .find(|l| l.starts_with("VmRSS:"))
            .unwrap()
            .to_owned();
        line.split_whitespace()
            .nth(1)
            .unwrap()
            .parse::<u64>()
            .unwrap()
            * 1024
    };
    let (_, mut a) = join(&relay, json!({"key": token("full", |_| {})})).await;
    let (_, mut b) = join(&relay, json!({"key": token("full", |_| {})})).await;
    let round = || async {
        for _ in 0..100 {
            refused(
                &relay,
                json!({"key": "guess"}),
                "a signed token is required",
            )
            .await;
            let full = json!({"key": token("full", |_| {})});
            refused(&relay, full, "too many clients in this session").await;
        }
        for _ in 0..20 {
            let (_, mut flood) = join(&relay, json!({"key": token("other", |_| {})})).await;
            for i in 0..60 {
                let fake = json!({"type":"response","name":"q","from":"x","id":i});
                let _ = flood.ws.send(Message::text(fake.to_string())).await;
            }
            while !matches!(flood.next().await, Some(Message::Close(_)) | None) {}
        }
    };
    round().await; // the allocator's pools fill up once
    let before = rss();
    round().await;
    round().await;
    let grown = rss().saturating_sub(before);
    // 880 refused connections: a leak of 600 bytes each would show.
    assert!(grown < 512 << 10, "the relay grew by {grown} bytes");
    a.quiet().await;
    b.quiet().await;
    let connections = metric(relay.port, "ragentsd_connections").await;
    let sessions = metric(relay.port, "ragentsd_sessions").await;
    assert_eq!(
        (connections, sessions),
        (2, 1),
        "the two members, in one session"
    );
    std::fs::remove_file(file).unwrap();
}
