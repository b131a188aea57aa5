//! Tier 2: the real `ragentsd` binary on a free port, spoken to by real
//! WebSocket clients. Each of the 1.0.0 relay's defects has a test here that
//! fails against the 1.0.0 behaviour.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{Client, Relay};
use futures_util::SinkExt;
use serde_json::json;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::Message;

#[tokio::test]
async fn server_agent_requests() {
    let relay = Relay::start(&[]);
    let mut a = relay.client("k").await;
    let mut b = relay.client("k").await;

    a.send(
        json!({"type":"request","name":"createAgent","to":"server","id":"1",
                  "body":{"name":"echoer","title":"an echo agent"}}),
    )
    .await;
    let info = json!({"id":"1","name":"echoer","title":"an echo agent"});
    let created = json!({"type":"event","name":"agentCreated","from":"server","body":info});
    assert_eq!(a.recv().await, created);
    assert_eq!(
        a.recv().await,
        json!({"type":"response","name":"createAgent","from":"server","id":"1","body":info})
    );
    assert_eq!(b.recv().await, created);

    for name in ["getAgents", "getRemoteAgents"] {
        let r = b.server(name, "2", json!(null)).await;
        assert_eq!(r["body"], json!([info]), "{name}");
        assert_eq!(r["id"], "2");
    }

    let r = b.server("reboot", "3", json!({})).await;
    assert_eq!(
        r,
        json!({"type":"response","name":"reboot","from":"server","id":"3","error":"unknown message"})
    );

    let r = a.server("destroyAgent", "4", json!({"id":"1"})).await;
    assert_eq!(r["body"], json!({"id":"1"}));
    assert_eq!(r.get("error"), None);
    let destroyed = json!({"type":"event","name":"agentDestroyed","from":"server","body":info});
    assert_eq!(a.recv().await, destroyed);
    assert_eq!(b.recv().await, destroyed);
    assert_eq!(
        b.server("getAgents", "5", json!(null)).await["body"],
        json!([])
    );

    // 1.0.0 never answers a destroyAgent for an unknown id; we do.
    let r = a.server("destroyAgent", "6", json!({"id":"99"})).await;
    assert_eq!(r["error"], "agent not found");
}

#[tokio::test]
async fn requests_responses_and_events_are_routed() {
    let relay = Relay::start(&[]);
    let mut owner = relay.client("k").await;
    let mut caller = relay.client("k").await;
    let agent = owner.create_agent("echoer").await;
    caller.recv_type("event").await; // agentCreated

    caller
        .send(json!({"type":"request","name":"echo","to":agent,"id":"1","body":{"a":[1,"x"]}}))
        .await;
    let req = owner.recv().await;
    assert_eq!(
        (&req["name"], &req["to"], &req["body"]),
        (&json!("echo"), &json!(agent), &json!({"a":[1,"x"]}))
    );
    owner
        .send(json!({"type":"response","name":"echo","from":agent,"id":req["id"],"body":{"a":[1,"x"]}}))
        .await;
    assert_eq!(
        caller.recv().await,
        json!({"type":"response","name":"echo","from":agent,"id":"1","body":{"a":[1,"x"]}})
    );

    // An error travels with the body.
    caller
        .send(json!({"type":"request","name":"fail","to":agent,"id":"2"}))
        .await;
    let req = owner.recv().await;
    owner
        .send(json!({"type":"response","name":"fail","from":agent,"id":req["id"],"error":"nope","body":7}))
        .await;
    let r = caller.recv().await;
    assert_eq!(
        (&r["error"], &r["body"], &r["id"]),
        (&json!("nope"), &json!(7), &json!("2"))
    );

    // Events reach every connection of the session, the emitter's own too.
    let event = json!({"type":"event","name":"echoed","from":agent,"body":{"n":1}});
    owner.send(event.clone()).await;
    assert_eq!(owner.recv().await, event);
    assert_eq!(caller.recv().await, event);

    // A request to an agent that does not exist is answered.
    caller
        .send(json!({"type":"request","name":"echo","to":"42","id":"3"}))
        .await;
    assert_eq!(
        caller.recv().await,
        json!({"type":"response","name":"echo","from":"42","id":"3","error":"agent not found"})
    );
}

#[tokio::test]
async fn defect_1_same_request_id_from_two_clients() {
    let relay = Relay::start(&[]);
    let mut owner = relay.client("k").await;
    let agent = owner.create_agent("echoer").await;
    let mut c1 = relay.client("k").await;
    let mut c2 = relay.client("k").await;
    c1.send(json!({"type":"request","name":"echo","to":agent,"id":"1","body":"one"}))
        .await;
    c2.send(json!({"type":"request","name":"echo","to":agent,"id":"1","body":"two"}))
        .await;
    let r1 = owner.recv().await;
    let r2 = owner.recv().await;
    assert_ne!(
        r1["id"], r2["id"],
        "the agent must be able to tell them apart"
    );
    for r in [&r2, &r1] {
        owner
            .send(
                json!({"type":"response","name":"echo","from":agent,"id":r["id"],"body":r["body"]}),
            )
            .await;
    }
    assert_eq!(c1.recv().await["body"], "one");
    assert_eq!(c2.recv().await["body"], "two");
    for c in [&mut c1, &mut c2] {
        c.quiet().await;
    }
}

#[tokio::test]
async fn defect_2_pending_request_fails_when_the_agent_leaves() {
    let relay = Relay::start(&[]);
    let mut owner = relay.client("k").await;
    let agent = owner.create_agent("sleeper").await;
    let mut caller = relay.client("k").await;
    caller
        .send(json!({"type":"request","name":"wait","to":agent,"id":"7"}))
        .await;
    owner.recv().await; // the request arrived; the owner never answers
    drop(owner);
    let r = caller.recv_type("response").await;
    assert_eq!(
        r,
        json!({"type":"response","name":"wait","from":agent,"id":"7","error":"agent destroyed"})
    );
    let gone = caller.recv().await;
    assert_eq!(
        (&gone["name"], &gone["body"]["id"]),
        (&json!("agentDestroyed"), &json!(agent))
    );
}

#[tokio::test]
async fn defect_3_no_spoofing_of_from() {
    let relay = Relay::start(&[]);
    let mut owner = relay.client("k").await;
    let agent = owner.create_agent("real").await;
    let mut spoofer = relay.client("k").await;
    let mut caller = relay.client("k").await;

    spoofer
        .send(json!({"type":"event","name":"fake","from":agent,"body":1}))
        .await;
    spoofer
        .send(json!({"type":"event","name":"fake","from":"server","body":{"id":"1"}}))
        .await;
    caller.quiet().await;
    owner.quiet().await;

    // A forged response to a real pending request is refused, and the real
    // answer still arrives.
    caller
        .send(json!({"type":"request","name":"q","to":agent,"id":"1"}))
        .await;
    let req = owner.recv().await;
    spoofer
        .send(json!({"type":"response","name":"q","from":agent,"id":req["id"],"body":"forged"}))
        .await;
    let refused = spoofer.recv().await;
    assert_eq!(
        (&refused["from"], &refused["id"]),
        (&json!("server"), &req["id"])
    );
    assert!(refused["error"]
        .as_str()
        .unwrap()
        .contains("not an agent of this connection"));
    caller.quiet().await;
    owner
        .send(json!({"type":"response","name":"q","from":agent,"id":req["id"],"body":"real"}))
        .await;
    assert_eq!(caller.recv().await["body"], "real");
}

#[tokio::test]
async fn refusals_cannot_flood_the_log() {
    let log = std::env::temp_dir().join(format!("ragentsd-log-{}", std::process::id()));
    let relay = Relay::spawn(&[], std::fs::File::create(&log).unwrap().into());
    let mut owner = relay.client("k").await;
    let agent = owner.create_agent("real").await;
    let mut spoofer = relay.client("k").await;
    for n in 0..100 {
        spoofer
            .send(json!({"type":"event","name":"fake","from":agent,"body":n}))
            .await;
    }
    // A request after them is answered: all 100 were handled.
    assert_eq!(
        spoofer.server("getAgents", "x", json!(null)).await["id"],
        "x"
    );
    drop(relay);
    let text = std::fs::read_to_string(&log).unwrap();
    let lines: Vec<&str> = text.lines().filter(|l| l.contains("refused")).collect();
    assert_eq!(lines.len(), 7, "logged at 1, 2, 4 ... 64:\n{text}");
    assert!(
        lines[6].contains("count=64") && lines[0].contains("WARN"),
        "{text}"
    );
    std::fs::remove_file(log).unwrap();
}

#[tokio::test]
async fn defect_4_only_the_creator_destroys() {
    let relay = Relay::start(&[]);
    let mut owner = relay.client("k").await;
    let agent = owner.create_agent("mine").await;
    let mut other = relay.client("k").await;
    let r = other.server("destroyAgent", "1", json!({"id":agent})).await;
    assert_eq!(r["error"], "agent belongs to another connection");
    let list = other.server("getAgents", "2", json!(null)).await;
    assert_eq!(list["body"][0]["id"], json!(agent));
    owner.quiet().await;
}

#[tokio::test]
async fn defect_5_get_remote_agents_is_understood() {
    let relay = Relay::start(&[]);
    let mut a = relay.client("k").await;
    let r = a.server("getRemoteAgents", "1", json!(null)).await;
    assert_eq!(
        r,
        json!({"type":"response","name":"getRemoteAgents","from":"server","id":"1","body":[]})
    );
}

/// Events go out as they came: a field other than the body, nested deeper
/// than the body may be, must not reach the peers either (strict parsers,
/// Python's among them, fail on it).
#[tokio::test]
async fn an_event_nested_too_deeply_anywhere_is_refused() {
    let relay = Relay::start(&["--max-frame", "400000"]);
    let mut owner = relay.client("deep").await;
    let agent = owner.create_agent("a").await;
    let mut peer = relay.client("deep").await;
    for depth in [129, 100_000] {
        let deep = "[".repeat(depth) + &"]".repeat(depth);
        let event =
            format!(r#"{{"type":"event","name":"e","from":"{agent}","body":null,"extra":{deep}}}"#);
        owner.send_text(&event).await;
        let r = owner.recv_type("response").await;
        assert_eq!(
            r["error"], "packet is nested too deeply (limit 128)",
            "{depth}"
        );
    }
    let fine = "[".repeat(100) + &"]".repeat(100);
    let event = format!(r#"{{"type":"event","name":"ok","from":"{agent}","body":{fine}}}"#);
    owner.send_text(&event).await;
    assert_eq!(peer.recv().await["name"], "ok", "the first the peer gets");
}

#[tokio::test]
async fn defect_6_bad_frames_harm_nobody() {
    let relay = Relay::start(&["--max-frame", "200000"]);
    let mut owner = relay.client("k").await;
    let agent = owner.create_agent("echoer").await;
    let mut bad = relay.client("k").await;

    bad.send_text("{this is not json").await;
    let r = bad.recv().await;
    assert_eq!(
        (&r["from"], &r["error"]),
        (&json!("server"), &json!("packet is not valid JSON"))
    );
    assert_eq!(r.get("id"), None);

    bad.send(json!({"type":"request","name":17,"to":agent,"id":"9"}))
        .await;
    let r = bad.recv().await;
    assert_eq!(
        (&r["id"], &r["error"]),
        (&json!("9"), &json!("name must be a string"))
    );

    bad.send(json!({"type":"request","name":"x","to":["array"],"id":"10"}))
        .await;
    assert_eq!(bad.recv().await["id"], "10");

    bad.send(json!({"kind":"request"})).await;
    assert!(bad.recv().await["error"]
        .as_str()
        .unwrap()
        .starts_with("type must be"));

    bad.ws.send(Message::binary(vec![1u8, 2, 3])).await.unwrap();
    assert_eq!(
        bad.recv().await["error"],
        "binary frames are not part of the protocol"
    );

    let bomb = format!(
        r#"{{"type":"request","name":"x","to":"{agent}","id":"11","body":{}{}}}"#,
        "[".repeat(50_000),
        "]".repeat(50_000)
    );
    bad.send_text(&bomb).await;
    let r = bad.recv().await;
    assert_eq!(
        (&r["id"], &r["error"]),
        (
            &json!("11"),
            &json!("body is nested too deeply (limit 128)")
        )
    );
    owner.quiet().await;

    // Still usable after all that.
    let list = bad.server("getAgents", "12", json!(null)).await;
    assert_eq!(list["body"][0]["id"], json!(agent));

    // Over the size limit: closed with 1009 and a reason; others unharmed.
    bad.send_text(&format!(
        r#"{{"type":"event","name":"big","from":"{agent}","body":"{}"}}"#,
        "x".repeat(250_000)
    ))
    .await;
    match bad.next().await {
        Some(Message::Close(Some(frame))) => {
            assert_eq!(frame.code, CloseCode::Size);
            assert_eq!(frame.reason.as_str(), "frame larger than 200000 bytes");
        }
        other => panic!("expected a close frame, got {other:?}"),
    }
    let mut caller = relay.client("k").await;
    caller
        .send(json!({"type":"request","name":"echo","to":agent,"id":"1"}))
        .await;
    assert_eq!(owner.recv().await["name"], "echo");
}

#[tokio::test]
async fn closed_connection_and_empty_session_are_freed() {
    let relay = Relay::start(&[]);
    let mut a = relay.client("k").await;
    let mut b = relay.client("k").await;
    let agent = a.create_agent("a").await;
    b.recv().await; // agentCreated
    a.ws.close(None).await.unwrap();
    let gone = b.recv().await;
    assert_eq!(
        (&gone["name"], &gone["body"]["id"]),
        (&json!("agentDestroyed"), &json!(agent))
    );
    assert_eq!(
        b.server("getAgents", "1", json!(null)).await["body"],
        json!([])
    );
    drop(b);
    // A freed session starts over: agent ids count from "1" again.
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let mut c = relay.client("k").await;
    assert_eq!(c.create_agent("c").await, "1");
}

#[tokio::test]
async fn sessions_are_isolated_by_key() {
    let relay = Relay::start(&[]);
    let mut a = relay.client("one").await;
    let mut b = relay.client("two").await;
    let agent = a.create_agent("a").await;
    b.quiet().await;
    assert_eq!(
        b.server("getAgents", "1", json!(null)).await["body"],
        json!([])
    );
    b.send(json!({"type":"request","name":"x","to":agent,"id":"2"}))
        .await;
    assert_eq!(b.recv().await["error"], "agent not found");
    a.quiet().await;
}

#[tokio::test]
async fn connect_handshake_and_subprotocol() {
    let relay = Relay::start(&[]);
    let with = Client::open(&relay.url(), Some("ragents-protocol")).await;
    assert_eq!(with.protocol.as_deref(), Some("ragents-protocol"));
    let mut without = Client::open(&relay.url(), None).await;
    assert_eq!(without.protocol, None);
    without
        .send(json!({"type":"request","name":"connect","to":"server","id":"0","body":{"key":"k"}}))
        .await;
    assert_eq!(without.recv().await["name"], "connect");

    for first in [
        "garbage".to_owned(),
        json!({"type":"request","name":"createAgent","to":"server","id":"0"}).to_string(),
        json!({"type":"request","name":"connect","to":"server","id":"0","body":{}}).to_string(),
    ] {
        let mut c = Client::open(&relay.url(), Some("ragents-protocol")).await;
        c.send_text(&first).await;
        assert_eq!(
            c.recv().await,
            json!({"type":"response","name":"connect","from":"server","error":"invalid connect message"})
        );
        assert!(matches!(c.next().await, Some(Message::Close(_)) | None));
    }
}

#[tokio::test]
async fn http_info_page_and_static_files() {
    let dir = std::env::temp_dir().join(format!("ragentsd-www-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("hello.js"), "console.log('hi')").unwrap();
    std::fs::write(dir.join("healthz"), "a file").unwrap();
    std::fs::write(dir.join("metrics"), "a file").unwrap();
    let relay = Relay::start(&["--www", dir.to_str().unwrap()]);
    let get = |path: &str| {
        use std::io::{Read, Write};
        let mut s = std::net::TcpStream::connect(("127.0.0.1", relay.port)).unwrap();
        write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let mut text = String::new();
        s.read_to_string(&mut text).unwrap();
        text
    };
    let page = get("/");
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(page.contains("ragents relay") || page.contains("ragents</a> relay"));
    assert!(page.contains("ragents-protocol"));
    let js = get("/hello.js?v=1");
    assert!(
        js.contains("text/javascript") && js.ends_with("console.log('hi')"),
        "{js}"
    );
    assert!(get("/../Cargo.toml").starts_with("HTTP/1.1 404"));
    assert!(get("/missing.js").starts_with("HTTP/1.1 404"));
    // The relay's own paths come before files of the same name.
    let health = get("/healthz");
    assert!(health.starts_with("HTTP/1.1 200") && health.ends_with("\r\n\r\nok\n"));
    let metrics = get("/metrics");
    assert!(
        metrics.contains("Content-Type: text/plain; version=0.0.4"),
        "{metrics}"
    );
    assert!(metrics.contains("\nragentsd_connections 0\n"), "{metrics}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[tokio::test]
async fn sigterm_closes_sockets_and_exits_zero() {
    let mut relay = Relay::start(&[]);
    let mut a = relay.client("k").await;
    let pid = relay.child.id();
    std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    match a.next().await {
        Some(Message::Close(Some(frame))) => assert_eq!(frame.code, CloseCode::Away),
        other => panic!("expected a close frame, got {other:?}"),
    }
    let status = relay.child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
}

/// A client that asked, in `connect`, for several packets per frame.
async fn batching_client(relay: &Relay, key: &str) -> Client {
    let mut c = Client::open(&relay.url(), Some("ragents-protocol")).await;
    c.send(json!({"type":"request","name":"connect","to":"server","id":"0","body":{"key":key,"batch":true}}))
        .await;
    assert_eq!(
        c.recv().await,
        json!({"type":"response","name":"connect","from":"server","id":"0","body":{"batch":true}})
    );
    c
}

#[tokio::test]
async fn batches_both_ways_for_a_client_that_asks() {
    let relay = Relay::start(&[]);
    let mut batcher = batching_client(&relay, "batch").await;
    let mut plain = relay.client("batch").await;

    // Two requests in one frame: all that they make comes back in one
    // frame, in order.
    let create =
        json!({"type":"request","name":"createAgent","to":"server","id":"1","body":{"name":"b"}});
    let list = json!({"type":"request","name":"getAgents","to":"server","id":"2","body":null});
    batcher.send(json!([create, list])).await;
    let frame = batcher.recv().await;
    let packets = frame.as_array().expect("one frame, an array of packets");
    let kinds: Vec<_> = packets
        .iter()
        .map(|p| (p["type"].clone(), p["id"].clone()))
        .collect();
    assert_eq!(
        kinds,
        [
            (json!("event"), json!(null)),
            (json!("response"), json!("1")),
            (json!("response"), json!("2"))
        ]
    );
    let agent = packets[1]["body"]["id"].as_str().unwrap().to_owned();
    assert_eq!(packets[2]["body"][0]["id"], agent.as_str());

    // The client that did not ask sees single packets, as ever.
    let event = plain.recv().await;
    assert_eq!(
        (event["type"].as_str(), event["name"].as_str()),
        (Some("event"), Some("agentCreated"))
    );

    // A lone packet to a batching client is not wrapped; its answers and
    // events, sent as one array, reach the other client one by one.
    plain
        .send(json!({"type":"request","name":"echo","to":agent,"id":"q","body":{"a":1}}))
        .await;
    let request = batcher.recv().await;
    assert_eq!(request["type"], "request");
    let answer =
        json!({"type":"response","name":"echo","from":agent,"id":request["id"],"body":{"a":1}});
    let emitted = json!({"type":"event","name":"echoed","from":agent,"body":{"a":1}});
    batcher.send(json!([answer, emitted])).await;
    assert_eq!(plain.recv().await["id"], "q");
    assert_eq!(plain.recv().await["name"], "echoed");
    assert_eq!(batcher.recv().await["name"], "echoed");

    // A bad packet in a batch is refused alone; the rest goes through.
    batcher.send(json!([7, list])).await;
    let frame = batcher.recv().await;
    let packets = frame.as_array().expect("an array");
    assert_eq!(packets[0]["error"], "packet is not a JSON object");
    assert_eq!(packets[1]["id"], "2");
}

#[tokio::test]
async fn no_batches_for_a_client_that_does_not_ask() {
    let relay = Relay::start(&[]);
    let mut plain = relay.client("nobatch").await;
    let list = json!({"type":"request","name":"getAgents","to":"server","id":"2","body":null});
    plain.send(json!([list])).await;
    assert_eq!(plain.recv().await["error"], "packet is not a JSON object");
    let mut other = Client::open(&relay.url(), Some("ragents-protocol")).await;
    let ask = json!({"type":"request","name":"connect","to":"server","id":"0","body":{"key":"nobatch","batch":"yes"}});
    other.send(ask).await;
    assert_eq!(
        other.recv().await["body"],
        json!(null),
        "only batch: true asks"
    );
}

/// ragentsd with none of its environment variables set: each test sets its own.
fn ragentsd() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_ragentsd"));
    for var in [
        "PORT",
        "RAGENTSD_HOST",
        "RAGENTSD_WWW",
        "RAGENTSD_MAX_FRAME",
        "RAGENTSD_PING",
        "RAGENTSD_THREADS",
        "RAGENTSD_LOG_LEVEL",
        "RAGENTSD_LOG_FORMAT",
        "RAGENTSD_SECRET",
        "RAGENTSD_SECRET_FILE",
        "RAGENTSD_MAX_IP_CONNECTIONS",
        "RAGENTSD_MAX_PACKET_RATE",
        "RAGENTSD_MAX_INTEREST",
    ] {
        command.env_remove(var);
    }
    command
}

#[test]
fn www_must_be_a_directory_or_the_relay_does_not_start() {
    let cases: [(&[&str], Option<&str>); 3] = [
        (&["-p0", "--www", "/nonexistent/ragentsd"], None),
        (&["-p0", "--www=Cargo.toml"], None),
        (&["-p0"], Some("/nonexistent/ragentsd")),
    ];
    for (args, env) in cases {
        let mut command = ragentsd();
        command.args(args);
        if let Some(dir) = env {
            command.env("RAGENTSD_WWW", dir);
        }
        let out = command.output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.starts_with("error: invalid value") && stderr.contains("'--www <DIR>'"),
            "{args:?}: {stderr}"
        );
        assert!(out.stdout.is_empty(), "it must not have started");
    }
}

#[tokio::test]
async fn options_from_the_environment() {
    let log = std::env::temp_dir().join(format!("ragentsd-env-{}", std::process::id()));
    let mut command = ragentsd();
    command.envs([
        ("PORT", "0"),
        ("RAGENTSD_HOST", "127.0.0.1"),
        ("RAGENTSD_MAX_FRAME", "200"),
        ("RAGENTSD_THREADS", "2"),
        ("RAGENTSD_LOG_LEVEL", "debug"),
        ("RAGENTSD_LOG_FORMAT", "json"),
    ]);
    let relay = Relay::run(command, std::fs::File::create(&log).unwrap().into());
    let mut c = relay.client("k").await;
    c.send_text(&format!("\"{}\"", "x".repeat(300))).await;
    match c.next().await {
        Some(Message::Close(Some(frame))) => {
            assert_eq!(frame.code, CloseCode::Size);
            assert_eq!(frame.reason, "frame larger than 200 bytes");
        }
        other => panic!("expected a close frame, got {other:?}"),
    }
    drop(relay);
    let text = std::fs::read_to_string(&log).unwrap();
    let records: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let has = |level: &str, message: &str| {
        records
            .iter()
            .any(|r| r["level"] == level && r["message"].as_str().unwrap().starts_with(message))
    };
    assert!(
        has("INFO", "connected") && has("DEBUG", "socket open"),
        "{text}"
    );
    assert!(has("INFO", "refused: frame too large"), "{text}");
    std::fs::remove_file(log).unwrap();
}

#[tokio::test]
async fn a_log_level_of_warn_leaves_out_connects() {
    let log = std::env::temp_dir().join(format!("ragentsd-warn-{}", std::process::id()));
    let mut command = ragentsd();
    command.args(["--port=0", "--log-level", "warn"]);
    let relay = Relay::run(command, std::fs::File::create(&log).unwrap().into());
    let mut owner = relay.client("k").await;
    let agent = owner.create_agent("a").await;
    let mut spoofer = relay.client("k").await;
    spoofer
        .send(json!({"type":"event","name":"fake","from":agent,"body":"secret body"}))
        .await;
    assert_eq!(
        spoofer.server("getAgents", "x", json!(null)).await["id"],
        "x"
    );
    drop(relay);
    let text = std::fs::read_to_string(&log).unwrap();
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.contains(" WARN refused: event from an agent"),
        "{text}"
    );
    assert!(!text.contains("secret body"), "{text}");
    std::fs::remove_file(log).unwrap();
}

// JSON-RPC over HTTP: POST /rpc/<key>, spoken to with raw HTTP/1.1.

use common::rpc::{agent, call, http, metric, metric_becomes, post};
use serde_json::Value;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::test]
async fn rpc_calls_an_agent_by_name_with_any_id_and_params() {
    let relay = Relay::start(&[]);
    let (_, mut seen, _task) = agent(&relay, "sample", "echoer").await;
    let port = relay.port;
    let request = json!({"jsonrpc":"2.0","method":"echoer.echo","params":{"a":1},"id":1});
    assert_eq!(
        call(port, "/rpc/sample", request).await,
        json!({"jsonrpc":"2.0","result":{"a":1},"id":1})
    );
    // The agent saw an id of the relay's, as for any requester.
    let got = seen.recv().await.unwrap();
    assert_eq!(
        (&got["name"], &got["body"]),
        (&json!("echo"), &json!({"a":1}))
    );
    assert_eq!(got["id"], "1");
    for id in [json!("text id"), json!(null), json!(-2.5)] {
        let request = json!({"jsonrpc":"2.0","method":"echoer.echo","params":[id],"id":id});
        let answer = call(port, "/rpc/sample", request).await;
        assert_eq!(answer, json!({"jsonrpc":"2.0","result":[id],"id":id}));
    }
    let request = json!({"jsonrpc":"2.0","method":"echoer.echo","id":"no params"});
    assert_eq!(
        call(port, "/rpc/sample", request).await["result"],
        json!(null)
    );
    // The last dot splits: agent names may have dots.
    let (_, _, _dotted) = agent(&relay, "sample", "com.example.echoer").await;
    let request =
        json!({"jsonrpc":"2.0","method":"com.example.echoer.echo","params":"dots","id":2});
    assert_eq!(call(port, "/rpc/sample", request).await["result"], "dots");
    // Another session's agent is out of reach.
    let request = json!({"jsonrpc":"2.0","method":"echoer.echo","id":3});
    let answer = call(port, "/rpc/other?timeout=50", request).await;
    assert_eq!(answer["error"]["code"], -32000);
}

#[tokio::test]
async fn rpc_keys_are_url_decoded_and_numeric_keys_are_their_text() {
    let relay = Relay::start(&[]);
    agent(&relay, "a key/é", "echoer").await;
    let mut numeric = common::Client::open(&relay.url(), None).await;
    numeric
        .send(json!({"type":"request","name":"connect","to":"server","id":"0","body":{"key":5}}))
        .await;
    numeric.recv().await;
    let five = numeric.create_agent("five").await;
    let port = relay.port;
    let echo = json!({"jsonrpc":"2.0","method":"echoer.echo","params":1,"id":1});
    assert_eq!(call(port, "/rpc/a%20key%2F%C3%A9", echo).await["result"], 1);
    let request = json!({"jsonrpc":"2.0","method":"five.x","id":1});
    let waiting = tokio::spawn(async move { call(port, "/rpc/5", request).await });
    let got = numeric.recv_type("request").await;
    numeric
        .send(json!({"type":"response","from":five,"id":got["id"],"body":"from 5"}))
        .await;
    assert_eq!(waiting.await.unwrap()["result"], "from 5");
}

#[tokio::test]
async fn rpc_error_codes() {
    let relay = Relay::start(&[]);
    let (_, mut seen, task) = agent(&relay, "k", "a").await;
    let port = relay.port;
    let error = |answer: Value| (answer["error"]["code"].clone(), answer["id"].clone());

    let parse = post(port, "/rpc/k", "{\"jsonrpc\":").await.json();
    assert_eq!(
        parse,
        json!({"jsonrpc":"2.0","error":{"code":-32700,"message":"Parse error"},"id":null})
    );
    let invalid = call(port, "/rpc/k", json!({"method":"a.echo","id":4})).await;
    assert_eq!(error(invalid), (json!(-32600), json!(4)));
    let invalid = call(port, "/rpc/k", json!({"jsonrpc":"2.0","method":7,"id":4})).await;
    assert_eq!(error(invalid), (json!(-32600), json!(4)));
    let no_dot = call(port, "/rpc/k", json!({"jsonrpc":"2.0","method":"a","id":5})).await;
    assert_eq!(error(no_dot), (json!(-32601), json!(5)));
    let unknown = call(
        port,
        "/rpc/k",
        json!({"jsonrpc":"2.0","method":"a.nope","id":6}),
    )
    .await;
    assert_eq!(
        unknown["error"],
        json!({"code":-32601,"message":"agent does not handle messages named 'nope'"})
    );
    let failed = json!({"jsonrpc":"2.0","method":"a.fail","params":"x","id":7});
    assert_eq!(
        call(port, "/rpc/k", failed).await,
        json!({"jsonrpc":"2.0","error":{"code":-32001,"message":"boom","data":{"why":"x"}},"id":7})
    );
    let ghost = json!({"jsonrpc":"2.0","method":"ghost.echo","id":8});
    let started = std::time::Instant::now();
    let answer = call(port, "/rpc/k?timeout=200", ghost).await;
    assert!(started.elapsed() >= Duration::from_millis(200));
    assert_eq!(
        answer["error"],
        json!({"code":-32000,"message":"no agent named 'ghost'"})
    );
    let never = json!({"jsonrpc":"2.0","method":"a.never","id":9});
    let answer = call(port, "/rpc/k?timeout=300", never.clone()).await;
    assert_eq!(
        answer["error"],
        json!({"code":-32002,"message":"the agent did not answer in time"})
    );
    while seen.try_recv().is_ok() {}

    // The agent's client leaves while the call waits: -32003.
    let waiting = tokio::spawn(async move { call(port, "/rpc/k?timeout=10000", never).await });
    assert_eq!(seen.recv().await.unwrap()["name"], "never");
    task.abort();
    let answer = waiting.await.unwrap();
    assert_eq!(
        answer,
        json!({"jsonrpc":"2.0","error":{"code":-32003,"message":"agent destroyed"},"id":9})
    );
    metric_becomes(port, "ragentsd_sessions", 0).await;
    // Counted once each call has left, just after its answer.
    let destroyed = "ragentsd_rpc_requests_total{outcome=\"agent_destroyed\"}";
    metric_becomes(port, destroyed, 1).await;
    metric_becomes(port, "ragentsd_rpc_calls_total{status=\"200\"}", 9).await;
}

#[tokio::test]
async fn rpc_batches_and_notifications() {
    let relay = Relay::start(&[]);
    let (_, mut seen, _task) = agent(&relay, "k", "a").await;
    let port = relay.port;
    let batch = json!([
        {"jsonrpc":"2.0","method":"a.echo","params":1,"id":1},
        {"jsonrpc":"2.0","method":"a.note","params":"a notification"},
        {"jsonrpc":"2.0","method":"a.fail","params":2,"id":2},
        {"foo":"boo"},
        {"jsonrpc":"2.0","method":"a.nope","id":"3"},
        {"jsonrpc":"2.0","method":"ghost.x","id":4},
    ]);
    let answers = call(port, "/rpc/k?timeout=300", batch).await;
    let answers = answers.as_array().expect("an array");
    let by_id = |id: Value| {
        let found = answers.iter().filter(|a| a["id"] == id);
        found
            .map(|a| a["error"]["code"].clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(answers.len(), 5, "{answers:?}");
    assert!(answers
        .iter()
        .any(|a| *a == json!({"jsonrpc":"2.0","result":1,"id":1})));
    assert_eq!(by_id(json!(2)), [json!(-32001)]);
    assert_eq!(by_id(json!(null)), [json!(-32600)]);
    assert_eq!(by_id(json!("3")), [json!(-32601)]);
    assert_eq!(by_id(json!(4)), [json!(-32000)]);
    let mut names = Vec::new();
    while let Ok(request) = seen.try_recv() {
        names.push(request["name"].as_str().unwrap().to_owned());
    }
    names.sort();
    assert_eq!(names, ["echo", "fail", "nope", "note"]);

    // Only notifications: 204, and the agent got them.
    let notes = json!([
        {"jsonrpc":"2.0","method":"a.note","params":"one"},
        {"jsonrpc":"2.0","method":"a.note","params":"two"},
    ]);
    let reply = post(port, "/rpc/k", &notes.to_string()).await;
    assert_eq!(
        (reply.status, reply.body.as_str()),
        (204, ""),
        "{}",
        reply.head
    );
    for body in ["one", "two"] {
        assert_eq!(seen.recv().await.unwrap()["body"], body);
    }
    let lone = json!({"jsonrpc":"2.0","method":"a.note","params":"three"});
    assert_eq!(post(port, "/rpc/k", &lone.to_string()).await.status, 204);
    assert_eq!(seen.recv().await.unwrap()["body"], "three");

    let empty = post(port, "/rpc/k", "[]").await.json();
    assert_eq!(empty["error"]["code"], -32600);
    assert!(
        empty.is_object(),
        "an empty batch is answered with one error"
    );
    // Their answers were waited for: none reached the agent as late.
    let notified = "ragentsd_rpc_requests_total{outcome=\"notified\"}";
    metric_becomes(port, notified, 4).await;
    let refused = "ragentsd_refusals_total{reason=\"packet\"}";
    assert_eq!(metric(port, refused).await, 0);
}

#[tokio::test]
async fn rpc_waits_for_an_agent_that_joins_later() {
    let relay = Relay::start(&[]);
    let port = relay.port;
    let request = json!({"jsonrpc":"2.0","method":"late.echo","params":"hi","id":1});
    let waiting = tokio::spawn(async move { call(port, "/rpc/k?timeout=10000", request).await });
    // The waiting call holds its session, and nothing else.
    metric_becomes(port, "ragentsd_sessions", 1).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(!waiting.is_finished());
    let (_, _, _other) = agent(&relay, "k", "early").await;
    let (_, _, _late) = agent(&relay, "k", "late").await;
    let answer = tokio::time::timeout(Duration::from_secs(5), waiting)
        .await
        .expect("answered once the agent came")
        .unwrap();
    assert_eq!(answer, json!({"jsonrpc":"2.0","result":"hi","id":1}));
}

#[tokio::test]
async fn rpc_sessions_touched_only_over_http_are_freed() {
    let relay = Relay::start(&[]);
    let port = relay.port;
    for n in 0..5 {
        let request = json!({"jsonrpc":"2.0","method":"ghost.x","id":n});
        let answer = call(port, &format!("/rpc/key{n}?timeout=10"), request).await;
        assert_eq!(answer["error"]["code"], -32000);
    }
    let notification = json!({"jsonrpc":"2.0","method":"ghost.x"});
    let reply = post(port, "/rpc/k?timeout=10", &notification.to_string()).await;
    assert_eq!(reply.status, 204);
    metric_becomes(port, "ragentsd_sessions", 0).await;
    // A session with an agent started over: ids count from "1" again.
    let (id, _, _task) = agent(&relay, "key0", "a").await;
    assert_eq!(id, "1");
}

#[tokio::test]
async fn rpc_caller_going_away_is_forgotten() {
    let relay = Relay::start(&[]);
    let (_, mut seen, _task) = agent(&relay, "k", "a").await;
    let port = relay.port;
    let body = json!({"jsonrpc":"2.0","method":"a.never","id":1}).to_string();
    let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    let request = format!(
        "POST /rpc/k HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    s.write_all(request.as_bytes()).await.unwrap();
    let forwarded = seen.recv().await.unwrap();
    assert_eq!(metric(port, "ragentsd_requests_in_flight").await, 1);
    drop(s);
    metric_becomes(port, "ragentsd_requests_in_flight", 0).await;
    metric_becomes(port, "ragentsd_rpc_calls_total{status=\"gone\"}", 1).await;
    // The agent's late answer harms nobody, and the agent still serves.
    let mut owner = relay.client("k").await;
    owner.quiet().await;
    let request = json!({"jsonrpc":"2.0","method":"a.echo","params":5,"id":2});
    assert_eq!(call(port, "/rpc/k", request).await["result"], 5);
    assert_eq!(forwarded["name"], "never");
}

#[tokio::test]
async fn rpc_the_pending_cap_applies_to_a_call() {
    let relay = Relay::start(&[]);
    let (_, _, _task) = agent(&relay, "k", "sink").await;
    let port = relay.port;
    let n = 4097;
    let batch: Vec<Value> = (0..n)
        .map(|i| json!({"jsonrpc":"2.0","method":"sink.never","id":i}))
        .collect();
    let answers = call(port, "/rpc/k?timeout=500", Value::Array(batch)).await;
    let codes: Vec<i64> = (answers.as_array().unwrap().iter())
        .map(|a| a["error"]["code"].as_i64().unwrap())
        .collect();
    assert_eq!(codes.len(), n);
    assert_eq!(codes.iter().filter(|c| **c == -32002).count(), 4096);
    assert_eq!(
        answers[4096]["error"]["message"],
        "too many requests in flight"
    );
    assert_eq!(answers[4096]["error"]["code"], -32004);
    metric_becomes(port, "ragentsd_requests_in_flight", 0).await;
}

#[tokio::test]
async fn rpc_http_refusals() {
    let relay = Relay::start(&["--max-frame", "1000"]);
    let port = relay.port;
    let get = http(port, b"GET /rpc/k HTTP/1.1\r\nHost: x\r\n\r\n").await;
    assert_eq!(get.status, 405);
    assert!(get.head.contains("\r\nAllow: POST"), "{}", get.head);
    let big = format!(
        r#"{{"jsonrpc":"2.0","method":"a.b","params":"{}","id":1}}"#,
        "x".repeat(2000)
    );
    assert_eq!(post(port, "/rpc/k", &big).await.status, 413);
    let chunked = b"POST /rpc/k HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n";
    assert_eq!(http(port, chunked).await.status, 411);
    let no_length = b"POST /rpc/k HTTP/1.1\r\nHost: x\r\n\r\n";
    assert_eq!(http(port, no_length).await.status, 411);
    assert_eq!(post(port, "/rpc/", "{}").await.status, 400);
    assert_eq!(post(port, "/rpc/%zz", "{}").await.status, 400);
    assert_eq!(post(port, "/rpc/k?timeout=soon", "{}").await.status, 400);
    // (A head that does not parse is not known to be a call: not counted.)
    assert_eq!(
        http(port, b"POST /rpc/k HTTP/1.1\r\nHost x\r\n\r\n")
            .await
            .status,
        400
    );
    // A body that does not parse is JSON-RPC's business: 200 with -32700.
    let parse = post(port, "/rpc/k", "not json").await;
    assert_eq!(parse.json()["error"]["code"], -32700);
    // Expect: 100-continue is honoured.
    let request =
        b"POST /rpc/k HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n";
    let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    s.write_all(request).await.unwrap();
    let mut first = [0u8; 25];
    s.read_exact(&mut first).await.unwrap();
    assert_eq!(&first, b"HTTP/1.1 100 Continue\r\n\r\n");
    s.write_all(b"[]").await.unwrap();
    let mut rest = String::new();
    s.read_to_string(&mut rest).await.unwrap();
    assert!(
        rest.starts_with("HTTP/1.1 200 OK") && rest.contains("-32600"),
        "{rest}"
    );
    for (status, count) in [("405", 1), ("413", 1), ("411", 2), ("400", 3)] {
        let sample = format!("ragentsd_rpc_calls_total{{status=\"{status}\"}}");
        assert_eq!(metric(port, &sample).await, count, "{status}");
    }
    // The other paths answer as before.
    let healthz = http(port, b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").await;
    assert_eq!((healthz.status, healthz.body.as_str()), (200, "ok\n"));
}

#[tokio::test]
async fn rpc_logs_one_line_per_call_without_key_or_params() {
    let log = std::env::temp_dir().join(format!("ragentsd-rpc-log-{}", std::process::id()));
    let relay = Relay::spawn(&[], std::fs::File::create(&log).unwrap().into());
    let (_, _, _task) = agent(&relay, "secret-key-1234", "echoer").await;
    let request = json!({"jsonrpc":"2.0","method":"echoer.echo","params":"secret params","id":1});
    call(relay.port, "/rpc/secret-key-1234", request).await;
    // The line is written once the answer is out (and the call has left).
    for _ in 0..250 {
        if std::fs::read_to_string(&log).unwrap().contains(" rpc ") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    drop(relay);
    let text = std::fs::read_to_string(&log).unwrap();
    let lines: Vec<&str> = text.lines().filter(|l| l.contains(" rpc ")).collect();
    assert_eq!(lines.len(), 1, "{text}");
    for field in [
        "INFO",
        "peer=127.0.0.1:",
        "session=",
        "method=\"echoer.echo\"",
        "outcome=result",
        "status=200",
        "duration_ms=",
    ] {
        assert!(lines[0].contains(field), "no {field} in {}", lines[0]);
    }
    assert!(
        !text.contains("secret-key") && !text.contains("secret params"),
        "{text}"
    );
    std::fs::remove_file(log).unwrap();
}

#[tokio::test]
async fn rpc_a_waiting_call_is_answered_when_the_relay_stops() {
    let mut relay = Relay::start(&[]);
    let port = relay.port;
    let request = json!({"jsonrpc":"2.0","method":"ghost.x","id":1});
    let waiting = tokio::spawn(async move { call(port, "/rpc/k?timeout=60000", request).await });
    metric_becomes(port, "ragentsd_sessions", 1).await;
    let pid = relay.child.id().to_string();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status();
    assert!(killed.unwrap().success());
    let answer = tokio::time::timeout(Duration::from_secs(5), waiting)
        .await
        .expect("answered at once, not at the deadline")
        .unwrap();
    assert_eq!(
        answer["error"],
        json!({"code":-32005,"message":"relay shutting down"})
    );
    assert_eq!(relay.child.wait().unwrap().code(), Some(0));
}

/// The first line of the relay's answer to a WebSocket handshake with this
/// `Origin` header (or none).
fn handshake_status(relay: &Relay, origin: Option<&str>) -> String {
    let origin = origin.map_or(String::new(), |o| format!("Origin: {o}\r\n"));
    relay.handshake_status("dGhlIHNhbXBsZSBub25jZQ==", &origin)
}

#[tokio::test]
async fn only_allowed_origins_open_a_websocket() {
    let relay = Relay::start(&[
        "--allow-origin",
        "https://app.example, http://localhost:8080/",
    ]);
    let ok = "HTTP/1.1 101 Switching Protocols";
    let refused = "HTTP/1.1 403 Forbidden";
    assert_eq!(handshake_status(&relay, Some("https://app.example")), ok);
    assert_eq!(handshake_status(&relay, Some("http://localhost:8080")), ok);
    assert_eq!(
        handshake_status(&relay, Some("https://evil.example")),
        refused
    );
    assert_eq!(
        handshake_status(&relay, Some("http://app.example")),
        refused
    );
    assert_eq!(handshake_status(&relay, None), ok, "not a browser: let in");
    // A refused page harms nobody: a client of the allowed origin works.
    let mut c = relay.client("o").await;
    assert_eq!(
        c.server("getAgents", "1", json!(null)).await["body"],
        json!([])
    );

    let strict = Relay::start(&["--allow-origin", "https://app.example", "--require-origin"]);
    assert_eq!(handshake_status(&strict, None), refused);
    assert_eq!(handshake_status(&strict, Some("https://app.example")), ok);

    let open = Relay::start(&[]);
    assert_eq!(
        handshake_status(&open, Some("https://evil.example")),
        ok,
        "off by default"
    );
}

#[tokio::test]
async fn a_session_takes_at_most_max_session_clients() {
    let relay = Relay::start(&["--max-session-clients", "2"]);
    let mut a = relay.client("full").await;
    let mut b = relay.client("full").await;
    a.create_agent("a").await;
    b.recv().await; // agentCreated
    let mut c = Client::open(&relay.url(), None).await;
    c.send(json!({"type":"request","name":"connect","to":"server","id":"0","body":{"key":"full"}}))
        .await;
    let answer = c.recv().await;
    assert_eq!(
        (&answer["name"], &answer["id"], &answer["error"]),
        (
            &json!("connect"),
            &json!("0"),
            &json!("too many clients in this session")
        )
    );
    assert!(matches!(
        c.next().await,
        Some(tokio_tungstenite::tungstenite::Message::Close(_))
    ));
    // The others noticed nothing; another session is not affected.
    a.quiet().await;
    b.quiet().await;
    relay.client("other").await;
    // Room again once one leaves.
    drop(b);
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    relay.client("full").await;
}

/// A client that asked, in `connect`, for cancels and streams.
async fn streaming_client(relay: &Relay, key: &str) -> Client {
    let mut c = Client::open(&relay.url(), Some("ragents-protocol")).await;
    let body = json!({"key":key,"cancel":true,"streams":true});
    c.send(json!({"type":"request","name":"connect","to":"server","id":"0","body":body}))
        .await;
    assert_eq!(
        c.recv().await["body"],
        json!({"cancel":true,"streams":true})
    );
    c
}

/// A raw agent that ignores its caller's credit is stopped alone: its
/// stream ends with an error at both ends, and its other stream, the
/// caller's other call and the session go on.
#[tokio::test]
async fn a_peer_that_ignores_credit_ends_its_stream_alone() {
    let relay = Relay::start(&[]);
    let mut agent_side = streaming_client(&relay, "credit").await;
    let agent = agent_side.create_agent("flood").await;
    let mut caller = streaming_client(&relay, "credit").await;
    let open = |id: &str| json!({"type":"request","name":"gen","to":agent,"id":id,"stream":3});
    caller.send(open("bad")).await;
    caller.send(open("good")).await;
    let bad = agent_side.recv_type("request").await;
    let good = agent_side.recv_type("request").await;
    assert_eq!(
        (bad["stream"].clone(), good["stream"].clone()),
        (json!(3), json!(3))
    );
    let chunk = |req: &Value, n: u32| json!({"type":"chunk","from":agent,"id":req["id"],"body":n});
    // Four chunks against a credit of three, on one stream; one on the other.
    for n in 0..4 {
        agent_side.send(chunk(&bad, n)).await;
    }
    agent_side.send(chunk(&good, 7)).await;
    let mut got = Vec::new();
    while got.len() < 5 {
        let p = caller.recv().await;
        got.push((
            p["type"].clone(),
            p["id"].clone(),
            p["body"].clone(),
            p["error"].clone(),
        ));
    }
    let chunk_of = |id: &str, n: u32| (json!("chunk"), json!(id), json!(n), json!(null));
    assert_eq!(
        got,
        [
            chunk_of("bad", 0),
            chunk_of("bad", 1),
            chunk_of("bad", 2),
            (
                json!("response"),
                json!("bad"),
                json!(null),
                json!("stream credit exceeded")
            ),
            chunk_of("good", 7),
        ]
    );
    let cancel = agent_side.recv_type("cancel").await;
    assert_eq!(
        (cancel["id"].clone(), cancel["error"].clone()),
        (bad["id"].clone(), json!("stream credit exceeded"))
    );
    // The good stream goes on: more credit, more chunks, then its end.
    caller
        .send(json!({"type":"credit","to":agent,"id":"good","n":5}))
        .await;
    let credit = agent_side.recv_type("credit").await;
    assert_eq!(
        (credit["id"].clone(), credit["n"].clone()),
        (good["id"].clone(), json!(5))
    );
    agent_side
        .send(json!({"type":"response","from":agent,"id":good["id"],"body":"end"}))
        .await;
    let end = caller.recv().await;
    assert_eq!(
        (end["id"].clone(), end["body"].clone()),
        (json!("good"), json!("end"))
    );
}

/// Chunks within their stream's credit pass the packet rate, as responses
/// to waiting requests do: the credit bounds them.
#[tokio::test]
async fn chunks_within_credit_pass_the_packet_rate() {
    let relay = Relay::start(&["--max-packet-rate", "5"]);
    let mut agent_side = streaming_client(&relay, "rated").await;
    let agent = agent_side.create_agent("gen").await;
    let mut caller = streaming_client(&relay, "rated").await;
    caller
        .send(json!({"type":"request","name":"g","to":agent,"id":"s","stream":30}))
        .await;
    let request = agent_side.recv_type("request").await;
    for n in 0..30 {
        let chunk = json!({"type":"chunk","from":agent,"id":request["id"],"body":n});
        agent_side.send(chunk).await;
    }
    for n in 0..30 {
        let p = caller.recv().await;
        assert_eq!(
            (p["type"].clone(), p["body"].clone()),
            (json!("chunk"), json!(n))
        );
    }
    // Over the rate, an event is dropped: the chunks were not counted so.
    let end = json!({"type":"response","from":agent,"id":request["id"],"body":"end"});
    agent_side.send(end).await;
    assert_eq!(caller.recv().await["body"], "end");
}

/// A client that asked, in `connect`, for interest (with cancels and
/// streams, as ours does).
async fn interested_client(relay: &Relay, key: &str) -> Client {
    let mut c = Client::open(&relay.url(), Some("ragents-protocol")).await;
    let body = json!({"key":key,"cancel":true,"streams":true,"interest":true});
    c.send(json!({"type":"request","name":"connect","to":"server","id":"0","body":body}))
        .await;
    assert_eq!(
        c.recv().await["body"],
        json!({"cancel":true,"streams":true,"interest":true})
    );
    c
}

fn interest_notice(body: serde_json::Value) -> serde_json::Value {
    json!({"type":"event","name":"interest","from":"server","body":body})
}

/// Counting the frames that cross each socket: a client listening to one
/// of an agent's two event names receives no frame for the other, and none
/// once it unlistens; a client that did not ask (as 1.0.0's) still gets
/// every event; the agent's client is told who hears.
#[tokio::test]
async fn interest_a_client_gets_frames_only_for_what_it_listens_to() {
    let relay = Relay::start(&[]);
    let mut owner = interested_client(&relay, "interest").await;
    let nobody = interest_notice(json!({"everything": false}));
    assert_eq!(owner.recv().await, nobody, "nobody hears every event");
    let agent = owner.create_agent("ticker").await;
    let mut listener = interested_client(&relay, "interest").await;
    assert_eq!(listener.recv().await, nobody);
    let wanted = json!({"agent": agent, "event": "wanted"});
    let r = listener.server("listen", "l", wanted.clone()).await;
    assert_eq!(r["body"], true);
    let heard = |heard| interest_notice(json!({"agent":agent,"event":"wanted","heard":heard}));
    assert_eq!(owner.recv().await, heard(true));
    let mut old = relay.client("interest").await;
    let everything = interest_notice(json!({"everything": true}));
    assert_eq!(owner.recv().await, everything);
    assert_eq!(listener.recv().await, everything);
    assert_eq!(common::metric_at(relay.port, "ragentsd_interest"), 1);

    let event = |name: &str, n: u32| json!({"type":"event","name":name,"from":agent,"body":n});
    for n in 0..5 {
        owner.send(event("other", n)).await;
        owner.send(event("wanted", n)).await;
    }
    for n in 0..5 {
        assert_eq!(listener.recv().await, event("wanted", n));
    }
    for n in 0..5 {
        assert_eq!(old.recv().await, event("other", n));
        assert_eq!(old.recv().await, event("wanted", n));
    }
    listener.quiet().await;
    owner.quiet().await;

    let r = listener.server("unlisten", "u", wanted).await;
    assert_eq!(r["body"], true);
    assert_eq!(owner.recv().await, heard(false));
    owner.send(event("wanted", 5)).await;
    assert_eq!(old.recv().await, event("wanted", 5));
    listener.quiet().await;
    assert_eq!(common::metric_at(relay.port, "ragentsd_interest"), 0);
}

/// `--max-interest` (here from its environment variable) caps the pairs a
/// connection listens to; a malformed listen is answered with its error.
#[tokio::test]
async fn interest_is_capped_per_connection() {
    let mut command = ragentsd();
    command.envs([("PORT", "0"), ("RAGENTSD_MAX_INTEREST", "1")]);
    let relay = Relay::run(command, std::process::Stdio::null());
    let mut c = interested_client(&relay, "capped").await;
    c.recv().await; // {"everything":false}
    let agent = c.create_agent("a").await;
    let listen = |event: &str| json!({"agent": agent, "event": event});
    assert_eq!(c.server("listen", "1", listen("x")).await["body"], true);
    let r = c.server("listen", "2", listen("y")).await;
    assert_eq!(r["error"], "too many events listened to");
    let r = c.server("listen", "3", json!({"event": "x"})).await;
    assert_eq!(
        r["error"],
        "listen needs an agent id and an event name of 256 bytes at most"
    );
    // A client that did not ask has no such request.
    let mut old = relay.client("capped").await;
    let r = old.server("listen", "4", listen("x")).await;
    assert_eq!(r["error"], "unknown message");
}
