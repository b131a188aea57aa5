//! Resuming against a real `ragentsd` (`--resume-grace`): a client whose
//! socket is lost keeps its place, its agents and what is sent to it, and
//! takes it all back, exactly once and in order, with its token. Raw
//! WebSocket clients: the wire as docs/PROTOCOL.md writes it.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{Client, Relay};
use serde_json::{json, Value};
use std::time::Duration;

/// A resumable client (no batches, so that each packet is a frame): its
/// socket, its token, and the packets it received since `connect`.
struct Resumable {
    ws: Client,
    token: String,
    received: u64,
}

impl Resumable {
    /// `connect` asking to be resumable (`resume`: true), or resuming
    /// (`resume`: `{"token","acked"}`, sent as `"resume":TOKEN,"acked":N`).
    async fn connect(relay: &Relay, key: &str, resume: Value) -> (Client, Value) {
        let mut ws = Client::open(&relay.url(), None).await;
        let body = match resume.get("token") {
            Some(token) => json!({"key":key,"resume":token,"acked":resume["acked"]}),
            None => json!({"key":key,"resume":resume}),
        };
        ws.send(json!({"type":"request","name":"connect","to":"server","id":"0","body":body}))
            .await;
        let answer = ws.recv().await;
        assert_eq!(answer["name"], "connect");
        assert!(answer.get("error").is_none(), "{answer}");
        (ws, answer["body"].clone())
    }

    async fn new(relay: &Relay, key: &str) -> Resumable {
        let (ws, body) = Self::connect(relay, key, json!(true)).await;
        let token = body["resume"].as_str().expect("a resume token").to_owned();
        assert_eq!(token.len(), 32, "128 bits, in hex");
        assert_eq!(body["grace"], 30_000);
        assert!(body.get("resumed").is_none());
        Resumable {
            ws,
            token,
            received: 0,
        }
    }

    /// The next packet, counted (acks are not).
    async fn recv(&mut self) -> Value {
        loop {
            let p = self.ws.recv().await;
            if p["type"] != "ack" {
                self.received += 1;
                return p;
            }
        }
    }

    /// Resumes on a new socket, having received `acked` packets: the
    /// relay's answer body.
    async fn resume(&mut self, relay: &Relay, key: &str, acked: u64) -> Value {
        let resume = json!({"token": self.token, "acked": acked});
        let (ws, body) = Self::connect(relay, key, resume).await;
        self.ws = ws;
        self.received = acked;
        if let Some(token) = body["resume"].as_str() {
            self.token = token.to_owned();
        }
        body
    }
}

impl Resumable {
    async fn create_agent(&mut self, name: &str) -> String {
        self.ws
            .send(json!({"type":"request","name":"createAgent","to":"server","id":"c","body":{"name":name}}))
            .await;
        loop {
            let p = self.recv().await;
            if p["type"] == "response" {
                return p["body"]["id"].as_str().unwrap().to_owned();
            }
        }
    }
}

/// Drops the socket without a close frame: the relay sees the TCP stream
/// end, as when a network drops (a close frame would end the session).
fn cut(ws: Client) {
    drop(ws);
}

impl Resumable {
    /// Its socket is cut; one that never sends `connect` stands in for it
    /// until `resume`.
    async fn lose_socket(&mut self, relay: &Relay) {
        let stand_in = Client::open(&relay.url(), None).await;
        cut(std::mem::replace(&mut self.ws, stand_in));
    }
}

/// A resumable client with an agent named `name`, and a plain client that
/// saw it created: `(owner, caller, agent id)`.
async fn owner_and_caller(relay: &Relay, key: &str, name: &str) -> (Resumable, Client, String) {
    let mut owner = Resumable::new(relay, key).await;
    let mut caller = relay.client(key).await;
    let agent = owner.create_agent(name).await;
    assert_eq!(caller.recv().await["name"], "agentCreated");
    (owner, caller, agent)
}

#[tokio::test]
async fn a_lost_socket_keeps_its_place_and_gets_what_was_sent_meanwhile() {
    let relay = Relay::start(&[]);
    let (mut owner, mut caller, agent) = owner_and_caller(&relay, "r", "echo").await;

    owner.lose_socket(&relay).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    // Held: sent to the place while it has no socket.
    caller
        .send(json!({"type":"request","name":"echo","to":agent,"id":"q1","body":1}))
        .await;
    caller.quiet().await; // no agentDestroyed, no error

    let received = owner.received;
    let body = owner.resume(&relay, "r", received).await;
    assert_eq!(body["resumed"], true);
    assert_eq!(body["acked"], 1, "it had sent one packet: createAgent");
    let request = owner.recv().await;
    assert_eq!(
        (&request["name"], &request["to"]),
        (&json!("echo"), &json!(agent))
    );
    owner
        .ws
        .send(json!({"type":"response","name":"echo","from":agent,"id":request["id"],"body":1}))
        .await;
    let answer = caller.recv().await;
    assert_eq!((&answer["id"], &answer["body"]), (&json!("q1"), &json!(1)));
    // Same agent, same id: its events go out.
    owner
        .ws
        .send(json!({"type":"event","name":"tick","from":agent,"body":null}))
        .await;
    assert_eq!(caller.recv().await["name"], "tick");
}

#[tokio::test]
async fn packets_lost_with_the_socket_are_sent_again_exactly() {
    let relay = Relay::start(&[]);
    let (mut owner, mut caller, agent) = owner_and_caller(&relay, "x", "a").await;
    for i in 0..3 {
        caller
            .send(json!({"type":"request","name":"n","to":agent,"id":i,"body":i}))
            .await;
    }
    let mut got = Vec::new();
    for _ in 0..3 {
        got.push(owner.recv().await["body"].clone());
    }
    assert_eq!(got, [0, 1, 2]);
    // It says it got only the first two of these: the third comes again,
    // then nothing else.
    let had = owner.received - 1;
    owner.lose_socket(&relay).await;
    let body = owner.resume(&relay, "x", had).await;
    assert_eq!(body["resumed"], true);
    assert_eq!(owner.recv().await["body"], 2);
    owner.ws.quiet().await;
}

#[tokio::test]
async fn acks_every_32_packets_and_a_resume_says_what_the_relay_got() {
    let relay = Relay::start(&[]);
    let mut owner = Resumable::new(&relay, "k").await;
    let agent = owner.create_agent("a").await;
    for _ in 0..40 {
        owner
            .ws
            .send(json!({"type":"event","name":"e","from":agent,"body":null}))
            .await;
    }
    // Its own events come back, and one ack, with the first sent back once
    // 32 packets (createAgent and 31 events) were received.
    let mut acks = Vec::new();
    let mut events = 0;
    while events < 40 {
        let p = owner.ws.recv().await;
        match p["type"].as_str() {
            Some("ack") => acks.push(p["n"].clone()),
            Some("event") => events += 1,
            _ => {}
        }
    }
    assert_eq!(acks, [32]);
    let acked = owner.received + 40;
    owner.lose_socket(&relay).await;
    let body = owner.resume(&relay, "k", acked).await;
    assert_eq!(
        (body["resumed"].clone(), body["acked"].clone()),
        (json!(true), json!(41))
    );
}

/// An ack rides with the next packet sent to its client, here queued by
/// another connection's task while the client's own is idle: both are
/// written (a lost "the outbox was empty" would leave them unsent).
#[tokio::test]
async fn an_ack_rides_with_a_packet_that_another_connection_sends() {
    let relay = Relay::start(&[]);
    let (mut owner, mut caller, agent) = owner_and_caller(&relay, "ride", "a").await;
    // 40 packets that make no answer: answers to requests never made.
    for _ in 0..40 {
        owner
            .ws
            .send(json!({"type":"response","name":"x","from":agent,"id":"999","body":null}))
            .await;
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    caller
        .send(json!({"type":"request","name":"q","to":agent,"id":"r","body":null}))
        .await;
    let ack = owner.ws.recv().await;
    assert_eq!(ack, json!({"type":"ack","n":41}));
    assert_eq!(owner.recv().await["name"], "q");
}

#[tokio::test]
async fn a_wrong_reused_or_foreign_token_gets_a_fresh_connection() {
    let relay = Relay::start(&[]);
    let mut a = Resumable::new(&relay, "one").await;
    let agent = a.create_agent("a").await;
    let token = a.token.clone();
    a.lose_socket(&relay).await;

    let fresh = |body: &Value| body.get("resumed").is_none() && body["resume"].is_string();
    let wrong = json!({"token": "0".repeat(32), "acked": 0});
    let (_w, body) = Resumable::connect(&relay, "one", wrong).await;
    assert!(fresh(&body), "{body}");
    let resume = json!({"token": token, "acked": a.received});
    let (_f, body) = Resumable::connect(&relay, "two", resume.clone()).await;
    assert!(fresh(&body), "another session's token: {body}");
    // The right session, with that token: resumed, and a new token.
    let (mut back, body) = Resumable::connect(&relay, "one", resume.clone()).await;
    assert_eq!(body["resumed"], true, "{body}");
    assert_ne!(body["resume"], json!(token));
    // A packet on the new socket spends the old token: it resumes nothing.
    let list = back.server("getAgents", "l", Value::Null).await;
    assert_eq!(list["body"][0]["id"], agent.as_str());
    let (mut again, body) = Resumable::connect(&relay, "one", resume).await;
    assert!(fresh(&body), "a spent token: {body}");
    // Which takes nothing from the place it was for.
    again.create_agent("b").await;
    let list = back.server("getAgents", "m", Value::Null).await;
    assert_eq!(list["body"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn a_resume_whose_answer_was_lost_can_be_tried_again_with_the_same_token() {
    let relay = Relay::start(&[]);
    let mut a = Resumable::new(&relay, "lost").await;
    let agent = a.create_agent("a").await;
    a.lose_socket(&relay).await;
    let resume = json!({"token": a.token, "acked": a.received});
    // The answer is lost with this socket: its client never saw the new token.
    let (first, body) = Resumable::connect(&relay, "lost", resume.clone()).await;
    assert_eq!(body["resumed"], true);
    cut(first);
    tokio::time::sleep(Duration::from_millis(100)).await;
    let (mut second, body) = Resumable::connect(&relay, "lost", resume).await;
    assert_eq!(body["resumed"], true, "{body}");
    second
        .send(json!({"type":"event","name":"still","from":agent,"body":null}))
        .await;
    assert_eq!(second.recv_type("event").await["name"], "still");
}

/// A flaky network: the client got its new token, and each socket since
/// was cut before a word of the client reached the relay, the answers to
/// its resumes lost with them. The token it holds still resumes it,
/// however often (the relay once forgot it on the third try).
#[tokio::test]
async fn the_token_a_client_holds_resumes_it_through_many_silent_cuts() {
    let relay = Relay::start(&[]);
    let mut a = Resumable::new(&relay, "flaky").await;
    let agent = a.create_agent("a").await;
    a.lose_socket(&relay).await;
    let acked = a.received;
    assert_eq!(a.resume(&relay, "flaky", acked).await["resumed"], true);
    a.lose_socket(&relay).await; // before it said a word: unconfirmed
    let resume = json!({"token": a.token, "acked": acked});
    for attempt in 0..4 {
        let (lost, body) = Resumable::connect(&relay, "flaky", resume.clone()).await;
        assert_eq!(body["resumed"], true, "attempt {attempt}: {body}");
        cut(lost);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (mut back, body) = Resumable::connect(&relay, "flaky", resume).await;
    assert_eq!(body["resumed"], true, "{body}");
    back.send(json!({"type":"event","name":"still","from":agent,"body":null}))
        .await;
    assert_eq!(back.recv_type("event").await["name"], "still");
}

#[tokio::test]
async fn after_the_grace_the_place_is_released_and_held_requests_fail() {
    let relay = Relay::start(&["--resume-grace", "1"]);
    let mut owner = Resumable::new_with_grace(&relay, "g", 1000).await;
    let mut caller = relay.client("g").await;
    let agent = owner.create_agent("slow").await;
    caller.recv().await; // agentCreated
    owner.lose_socket(&relay).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    caller
        .send(json!({"type":"request","name":"x","to":agent,"id":"held","body":null}))
        .await;
    // Within the grace and a bit: the request fails, the agent is gone.
    let mut seen = Vec::new();
    for _ in 0..2 {
        let p = caller.recv().await;
        seen.push((
            p["type"].clone(),
            p["id"].clone(),
            p["error"].clone(),
            p["name"].clone(),
        ));
    }
    assert!(
        seen.contains(&(
            json!("response"),
            json!("held"),
            json!("agent destroyed"),
            json!("x")
        )),
        "{seen:?}"
    );
    assert!(
        seen.iter().any(|(_, _, _, name)| name == "agentDestroyed"),
        "{seen:?}"
    );
    let received = owner.received;
    let body = owner.resume(&relay, "g", received).await;
    assert!(body.get("resumed").is_none(), "too late: {body}");
}

#[tokio::test]
async fn a_close_from_the_client_ends_its_place_at_once() {
    let relay = Relay::start(&[]);
    let mut owner = Resumable::new(&relay, "c").await;
    let mut caller = relay.client("c").await;
    owner.create_agent("a").await;
    caller.recv().await;
    owner.ws.ws.close(None).await.unwrap();
    assert_eq!(caller.recv().await["name"], "agentDestroyed");
}

#[tokio::test]
async fn no_resuming_with_a_grace_of_zero_nor_for_clients_that_do_not_ask() {
    let relay = Relay::start(&["--resume-grace", "0"]);
    let (_c, body) = Resumable::connect(&relay, "z", json!(true)).await;
    assert_eq!(body, Value::Null, "as 1.0.0 answers");
    let relay = Relay::start(&[]);
    let mut plain = relay.client("z").await; // asserts a null body
    plain.create_agent("a").await;
    plain.quiet().await; // and no ack ever
}

impl Resumable {
    async fn new_with_grace(relay: &Relay, key: &str, grace_ms: u64) -> Resumable {
        let (ws, body) = Self::connect(relay, key, json!(true)).await;
        assert_eq!(body["grace"], grace_ms);
        Resumable {
            ws,
            token: body["resume"].as_str().unwrap().to_owned(),
            received: 0,
        }
    }
}

/// Our client closes a socket it gave up for dead with 4001: the relay
/// keeps its place as for a lost socket (any other close ends it).
#[tokio::test]
async fn a_close_with_4001_keeps_the_place_for_a_resume() {
    use tokio_tungstenite::tungstenite::protocol::{frame::coding::CloseCode, CloseFrame};
    let relay = Relay::start(&[]);
    let mut owner = Resumable::new(&relay, "4001").await;
    let mut caller = relay.client("4001").await;
    owner.create_agent("a").await;
    caller.recv().await; // agentCreated
    let frame = CloseFrame {
        code: CloseCode::from(4001),
        reason: "lost".into(),
    };
    owner.ws.ws.close(Some(frame)).await.unwrap();
    caller.quiet().await; // no agentDestroyed
    let received = owner.received;
    let body = owner.resume(&relay, "4001", received).await;
    assert_eq!(body["resumed"], true);
}

/// Past its 1 MiB bound a place cannot be resumed, but its client's acks
/// are still acks, not refused packets.
#[tokio::test]
async fn acks_after_the_bound_are_still_acks() {
    let relay = Relay::start(&[]);
    let mut owner = Resumable::new(&relay, "spent").await;
    let agent = owner.create_agent("a").await;
    let big = "x".repeat(200_000);
    for _ in 0..6 {
        owner
            .ws
            .send(json!({"type":"event","name":"big","from":agent,"body":big}))
            .await;
        owner.recv().await; // its own event, 1.2 MB unacked in all
    }
    owner.ws.send_text(r#"{"type":"ack","n":7}"#).await;
    owner.ws.quiet().await; // no error answer
    owner.lose_socket(&relay).await;
    let received = owner.received;
    let body = owner.resume(&relay, "spent", received).await;
    assert!(
        body.get("resumed").is_none(),
        "past the bound: fresh, {body}"
    );
}

/// A resumable client that takes batches, reading packet by packet
/// whatever frames they came in (acks are not counted).
struct Batching {
    ws: Client,
    token: String,
    received: u64,
    /// Packets of the last frame not yet taken.
    pending: std::collections::VecDeque<Value>,
}

impl Batching {
    /// The socket, the answer's body, and the packets that came with the
    /// answer (on a resume, those sent again share its frame).
    async fn connect(relay: &Relay, key: &str, resume: Value) -> (Client, Value, Vec<Value>) {
        let mut ws = Client::open(&relay.url(), None).await;
        let body = match resume.get("token") {
            Some(token) => json!({"key":key,"batch":true,"resume":token,"acked":resume["acked"]}),
            None => json!({"key":key,"batch":true,"resume":true}),
        };
        ws.send(json!({"type":"request","name":"connect","to":"server","id":"0","body":body}))
            .await;
        let mut packets = match ws.recv().await {
            Value::Array(packets) => packets,
            answer => vec![answer],
        };
        let answer = packets.remove(0);
        assert_eq!(answer["name"], "connect", "{answer}");
        assert_eq!(answer["body"]["batch"], true);
        (ws, answer["body"].clone(), packets)
    }

    async fn new(relay: &Relay, key: &str) -> Batching {
        let (ws, body, _) = Self::connect(relay, key, json!(true)).await;
        let token = body["resume"].as_str().unwrap().to_owned();
        Batching {
            ws,
            token,
            received: 0,
            pending: Default::default(),
        }
    }

    /// The next packet, counted (acks are not).
    async fn recv(&mut self) -> Value {
        loop {
            if self.pending.is_empty() {
                match self.ws.recv().await {
                    Value::Array(packets) => self.pending.extend(packets),
                    packet => self.pending.push_back(packet),
                }
            }
            let p = self.pending.pop_front().unwrap();
            if p["type"] != "ack" {
                self.received += 1;
                return p;
            }
        }
    }

    /// Resumes on a new socket having received `acked` packets (what was
    /// left of the last frame is lost with the old one).
    async fn resume(&mut self, relay: &Relay, key: &str, acked: u64) -> Value {
        let resume = json!({"token": self.token, "acked": acked});
        let (ws, body, again) = Self::connect(relay, key, resume).await;
        cut(std::mem::replace(&mut self.ws, ws));
        self.pending = again.into();
        self.received = acked;
        self.token = body["resume"].as_str().unwrap().to_owned();
        assert_eq!(body["resumed"], true, "{body}");
        body
    }
}

/// Batches both ways, cut at every packet boundary: a listener that takes
/// batches gets a burst of events from a batching owner, loses its socket
/// after each possible count of them and resumes saying so: it gets
/// exactly the rest, in order, nothing twice. The owner's next batch is
/// cut at each possible count: that many go in a batch before its socket
/// is lost, the relay's `acked` on the resume counts each packet of it,
/// the owner sends the rest, and the listener hears each event once.
#[tokio::test]
async fn batches_both_ways_resume_exactly_at_every_packet_boundary() {
    const N: usize = 6;
    let relay = Relay::start(&[]);
    for k in 0..=N {
        let key = format!("batches-{k}");
        let mut owner = Batching::new(&relay, &key).await;
        let mut listener = Batching::new(&relay, &key).await;
        owner
            .ws
            .send(json!({"type":"request","name":"createAgent","to":"server","id":"c","body":{"name":"a"}}))
            .await;
        let agent = loop {
            let p = owner.recv().await;
            if p["type"] == "response" {
                break p["body"]["id"].as_str().unwrap().to_owned();
            }
        };
        assert_eq!(listener.recv().await["name"], "agentCreated");
        let event = |n: usize| json!({"type":"event","name":"tick","from":agent,"body":n});

        // Relay to client: N events in one batch; the listener takes k.
        let batch: Vec<Value> = (0..N).map(event).collect();
        owner.ws.send(Value::Array(batch)).await;
        let base = listener.received;
        for n in 0..k {
            assert_eq!(listener.recv().await["body"], n);
        }
        listener.resume(&relay, &key, base + k as u64).await;
        for n in k..N {
            assert_eq!(listener.recv().await["body"], n, "cut after {k}");
        }

        // Client to relay: k packets of a batch go before the cut.
        // (The owner hears its own events: N of them so far.)
        while owner.received < 1 + N as u64 {
            owner.recv().await;
        }
        let before = 1 + N as u64; // it sent createAgent and N events
        let batch: Vec<Value> = (N..N + k).map(event).collect();
        if k == 1 {
            owner.ws.send(batch[0].clone()).await;
        } else if k > 1 {
            owner.ws.send(Value::Array(batch)).await;
        }
        for n in N..N + k {
            assert_eq!(listener.recv().await["body"], n);
        }
        // Its socket goes before the rest of its batch was read.
        let received = owner.received + k as u64;
        while owner.received < received {
            owner.recv().await; // its own events, back
        }
        let body = owner.resume(&relay, &key, received).await;
        assert_eq!(body["acked"], before + k as u64, "the relay took {k}");
        let rest: Vec<Value> = (N + k..2 * N).map(event).collect();
        owner.ws.send(Value::Array(rest)).await;
        for n in N + k..2 * N {
            assert_eq!(listener.recv().await["body"], n, "sent again after {k}");
        }
        listener.ws.quiet().await;
    }
}
