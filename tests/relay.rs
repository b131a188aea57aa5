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
        "RAGENTSD_THREADS",
        "RAGENTSD_LOG_LEVEL",
        "RAGENTSD_LOG_FORMAT",
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
