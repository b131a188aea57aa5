//! Unit tests of the session rules, one per behaviour of PROTOCOL.md.

use super::session::{
    connect_accepted, connect_refused, parse_connect, Agreed, Connect, Create, Limits, Out,
    Resumable, Resume, Session, Verdict, LISTEN_MALFORMED, MAX_EVENT_NAME,
    MAX_PENDING_PER_CONNECTION, NOT_ALLOWED_TO_CREATE, TOO_MANY_LISTENED, TOO_MANY_PENDING,
};
use serde_json::{json, Value};

fn session(conns: &[u64]) -> Session<()> {
    let mut s = Session::default();
    for &c in conns {
        s.join(c, ());
    }
    s
}

fn send(s: &mut Session<()>, conn: u64, packet: Value) -> (Verdict, Vec<Out>) {
    let mut out = Vec::new();
    let v = s.receive(conn, &packet.to_string(), &mut out);
    (v, out)
}

fn to(out: &Out) -> (Option<u64>, Value) {
    match out {
        Out::To(c, t) => (Some(*c), serde_json::from_str(t).unwrap()),
        Out::All(t) => (None, serde_json::from_str(t).unwrap()),
        Out::AllInput => (None, Value::Null),
        Out::Each(..) | Out::EachInput(..) => panic!("to some members: {out:?}"),
        Out::Nats(subject, _) | Out::NatsAsk { subject, .. } => {
            panic!("to NATS ({subject}) from a session of one relay")
        }
    }
}

fn create(s: &mut Session<()>, conn: u64, name: &str) -> String {
    let (_, out) = send(
        s,
        conn,
        json!({"type":"request","name":"createAgent","to":"server","id":"c","body":{"name":name,"title":"t"}}),
    );
    to(&out[1]).1["body"]["id"].as_str().unwrap().to_owned()
}

#[test]
fn create_agent_announces_then_answers() {
    let mut s = session(&[1, 2]);
    let (v, out) = send(
        &mut s,
        1,
        json!({"type":"request","name":"createAgent","to":"server","id":"1","body":{"name":"echoer","title":"an echo agent"}}),
    );
    assert_eq!(v, Verdict::Done);
    let info = json!({"id":"1","name":"echoer","title":"an echo agent"});
    assert_eq!(
        to(&out[0]),
        (
            None,
            json!({"type":"event","name":"agentCreated","from":"server","body":info})
        )
    );
    assert_eq!(
        to(&out[1]),
        (
            Some(1),
            json!({"type":"response","name":"createAgent","from":"server","id":"1","body":info})
        )
    );
    assert_eq!(create(&mut s, 2, "b"), "2");
}

#[test]
fn get_agents_and_get_remote_agents_list_every_agent_in_order() {
    let mut s = session(&[1, 2]);
    create(&mut s, 1, "a");
    create(&mut s, 2, "b");
    for name in ["getAgents", "getRemoteAgents"] {
        let (_, out) = send(
            &mut s,
            2,
            json!({"type":"request","name":name,"to":"server","id":9}),
        );
        let (dest, v) = to(&out[0]);
        assert_eq!(dest, Some(2));
        assert_eq!(v["id"], 9);
        assert_eq!(
            v["body"],
            json!([{"id":"1","name":"a","title":"t"},{"id":"2","name":"b","title":"t"}])
        );
    }
}

#[test]
fn unknown_server_request_is_an_error() {
    let mut s = session(&[1]);
    let (v, out) = send(
        &mut s,
        1,
        json!({"type":"request","name":"nap","to":"server","id":"3"}),
    );
    assert_eq!(v, Verdict::Refused("unknown message"));
    assert_eq!(to(&out[0]).1["error"], "unknown message");
}

#[test]
fn requests_and_responses_are_matched_per_requesting_connection() {
    // Defect 1: two requesters using the same id get their own answers.
    let mut s = session(&[1, 2, 3]);
    let agent = create(&mut s, 1, "echo");
    let mut relayed = Vec::new();
    for requester in [2, 3] {
        let (_, out) = send(
            &mut s,
            requester,
            json!({"type":"request","name":"echo","to":agent,"id":"1","body":requester}),
        );
        let (dest, v) = to(&out[0]);
        assert_eq!(dest, Some(1));
        assert_eq!(v["body"], requester);
        relayed.push(v["id"].as_str().unwrap().to_owned());
    }
    assert_ne!(relayed[0], relayed[1]);
    // Answer in reverse order: each goes to its requester with its own id.
    for (i, requester) in [(1, 3), (0, 2)] {
        let (_, out) = send(
            &mut s,
            1,
            json!({"type":"response","name":"echo","from":agent,"id":relayed[i],"body":{"x":[1,2]}}),
        );
        assert_eq!(
            to(&out[0]),
            (
                Some(requester),
                json!({"type":"response","name":"echo","from":agent,"id":"1","body":{"x":[1,2]}})
            )
        );
    }
    assert_eq!(s.pending_count(), 0);
}

#[test]
fn request_to_a_missing_agent_is_answered() {
    let mut s = session(&[1]);
    for missing in ["7", "07", "x"] {
        let (_, out) = send(
            &mut s,
            1,
            json!({"type":"request","name":"q","to":missing,"id":"4"}),
        );
        assert_eq!(
            to(&out[0]),
            (
                Some(1),
                json!({"type":"response","name":"q","from":missing,"id":"4","error":"agent not found"})
            )
        );
    }
}

#[test]
fn pending_requests_fail_when_the_agent_owner_leaves() {
    // Defect 2.
    let mut s = session(&[1, 2]);
    let agent = create(&mut s, 1, "slow");
    send(
        &mut s,
        2,
        json!({"type":"request","name":"wait","to":agent,"id":"5"}),
    );
    let mut out = Vec::new();
    s.leave(1, &mut out);
    assert_eq!(
        to(&out[0]),
        (
            Some(2),
            json!({"type":"response","name":"wait","from":agent,"id":"5","error":"agent destroyed"})
        )
    );
    let (_, destroyed) = to(&out[1]);
    assert_eq!(destroyed["name"], "agentDestroyed");
    assert_eq!(destroyed["body"]["id"], agent);
    assert_eq!(
        (s.agent_count(), s.pending_count(), s.connection_count()),
        (0, 0, 1)
    );
}

#[test]
fn a_departed_requester_leaves_nothing_pending() {
    let mut s = session(&[1, 2]);
    let agent = create(&mut s, 1, "slow");
    let (_, out) = send(
        &mut s,
        2,
        json!({"type":"request","name":"w","to":agent,"id":"5"}),
    );
    let relayed = to(&out[0]).1["id"].clone();
    s.leave(2, &mut Vec::new());
    assert_eq!(s.pending_count(), 0);
    let (v, out) = send(
        &mut s,
        1,
        json!({"type":"response","name":"w","from":agent,"id":relayed}),
    );
    assert_eq!(
        (v, out.len()),
        (Verdict::Refused("response to no pending request"), 0)
    );
}

#[test]
fn requests_waiting_per_connection_are_capped() {
    // An owner that never answers cannot make a requester grow the relay.
    let mut s = session(&[1, 2, 3]);
    let agent = create(&mut s, 1, "mute");
    let request = |id: &str| json!({"type":"request","name":"q","to":agent,"id":id});
    let fill = |s: &mut Session<()>| -> Vec<Value> {
        (0..MAX_PENDING_PER_CONNECTION)
            .map(|i| {
                let (v, out) = send(s, 2, request(&i.to_string()));
                assert_eq!(v, Verdict::Done);
                to(&out[0]).1["id"].clone()
            })
            .collect()
    };
    let relayed = fill(&mut s);
    let (v, out) = send(&mut s, 2, request("over"));
    assert_eq!(v, Verdict::Refused(TOO_MANY_PENDING));
    assert_eq!(
        to(&out[0]),
        (
            Some(2),
            json!({"type":"response","name":"q","from":agent,"id":"over","error":TOO_MANY_PENDING})
        )
    );
    assert_eq!(s.pending_count(), MAX_PENDING_PER_CONNECTION);
    // The cap is per connection.
    assert_eq!(send(&mut s, 3, request("3")).0, Verdict::Done);
    // An answer frees a place.
    send(
        &mut s,
        1,
        json!({"type":"response","name":"q","from":agent,"id":relayed[0]}),
    );
    assert_eq!(send(&mut s, 2, request("again")).0, Verdict::Done);
    assert_eq!(
        send(&mut s, 2, request("over")).0,
        Verdict::Refused(TOO_MANY_PENDING)
    );
    // Destroying the agent frees every place waiting on it.
    send(
        &mut s,
        1,
        json!({"type":"request","name":"destroyAgent","to":"server","id":"d","body":{"id":agent}}),
    );
    assert_eq!(s.pending_count(), 0);
    let agent = create(&mut s, 1, "mute");
    let request = |id: &str| json!({"type":"request","name":"q","to":agent,"id":id});
    for i in 0..MAX_PENDING_PER_CONNECTION {
        assert_eq!(send(&mut s, 2, request(&i.to_string())).0, Verdict::Done);
    }
    // And a requester that leaves takes its waiting requests with it.
    s.leave(2, &mut Vec::new());
    assert_eq!(s.pending_count(), 0);
}

#[test]
fn events_and_responses_from_another_connections_agent_are_refused() {
    // Defect 3.
    let mut s = session(&[1, 2]);
    let agent = create(&mut s, 1, "a");
    let (v, out) = send(&mut s, 2, json!({"type":"event","name":"e","from":agent}));
    assert_eq!(
        (v, out.len()),
        (
            Verdict::Forbidden("event from an agent of another connection"),
            0
        )
    );
    let (_, out) = send(
        &mut s,
        2,
        json!({"type":"event","name":"e","from":"server"}),
    );
    assert!(out.is_empty());
    let (_, out) = send(&mut s, 1, json!({"type":"event","name":"e","from":agent}));
    assert_eq!(out, vec![Out::AllInput]);
    // A response naming someone else's agent, even with a pending id.
    let (_, req) = send(
        &mut s,
        2,
        json!({"type":"request","name":"q","to":agent,"id":"1"}),
    );
    let relayed = to(&req[0]).1["id"].clone();
    let (v, out) = send(
        &mut s,
        2,
        json!({"type":"response","name":"q","from":agent,"id":relayed}),
    );
    assert_eq!(
        v,
        Verdict::Forbidden("response from an agent of another connection")
    );
    let (dest, err) = to(&out[0]);
    assert_eq!(
        (dest, &err["id"], &err["from"]),
        (Some(2), &relayed, &json!("server"))
    );
    assert_eq!(s.pending_count(), 1);
}

#[test]
fn only_the_creator_destroys_an_agent() {
    // Defect 4.
    let mut s = session(&[1, 2]);
    let agent = create(&mut s, 1, "a");
    let (v, out) = send(
        &mut s,
        2,
        json!({"type":"request","name":"destroyAgent","to":"server","id":"d","body":{"id":agent}}),
    );
    assert_eq!(v, Verdict::Forbidden("agent belongs to another connection"));
    assert_eq!(
        to(&out[0]).1["error"],
        "agent belongs to another connection"
    );
    assert_eq!(s.agent_count(), 1);
    let body = json!({"id":agent,"name":"a"});
    let (_, out) = send(
        &mut s,
        1,
        json!({"type":"request","name":"destroyAgent","to":"server","id":"d","body":body}),
    );
    assert_eq!(
        to(&out[0]),
        (
            Some(1),
            json!({"type":"response","name":"destroyAgent","from":"server","id":"d","body":body})
        )
    );
    assert_eq!(to(&out[1]).1["name"], "agentDestroyed");
    assert_eq!(s.agent_count(), 0);
    let (_, out) = send(
        &mut s,
        1,
        json!({"type":"request","name":"destroyAgent","to":"server","id":"e","body":{"id":agent}}),
    );
    assert_eq!(to(&out[0]).1["error"], "agent not found");
}

#[test]
fn bad_packets_are_answered_with_their_id_when_readable() {
    // Defect 6 at the core: nothing panics, the answer carries the id.
    let mut s = session(&[1]);
    let mut out = Vec::new();
    assert_eq!(
        s.receive(1, "{not json", &mut out),
        Verdict::Refused("packet is not valid JSON")
    );
    let (dest, v) = to(&out[0]);
    assert_eq!((dest, v.get("id")), (Some(1), None));
    let (_, out) = send(&mut s, 1, json!({"type":"request","name":"x","id":"8"}));
    assert_eq!(to(&out[0]).1["id"], "8");
    assert_eq!(s.agent_count() + s.pending_count(), 0);
}

#[test]
fn limits_are_the_sessions() {
    let mut s = Session::with_limits(Limits {
        agents: 2,
        pending: 1,
        streams: 1,
        interest: 1,
    });
    s.join(1, ());
    s.join(2, ());
    let agent = create(&mut s, 1, "a");
    create(&mut s, 1, "b");
    let (v, _) = send(
        &mut s,
        1,
        json!({"type":"request","name":"createAgent","to":"server","id":"c","body":{"name":"c"}}),
    );
    assert_eq!(v, Verdict::Refused("too many agents on this connection"));
    let request = |id: &str| json!({"type":"request","name":"q","to":agent,"id":id});
    assert_eq!(send(&mut s, 2, request("1")).0, Verdict::Done);
    assert_eq!(
        send(&mut s, 2, request("2")).0,
        Verdict::Refused(TOO_MANY_PENDING)
    );
}

#[test]
fn a_connection_creates_only_what_it_may() {
    let mut s = session(&[1]);
    s.join_with(2, (), Create::Never);
    s.join_with(3, (), Create::named(["echo"]));
    let try_create = |s: &mut Session<()>, conn, body: Value| {
        let packet =
            json!({"type":"request","name":"createAgent","to":"server","id":"c","body":body});
        let (v, out) = send(s, conn, packet);
        (v, out.len())
    };
    let refused = (Verdict::Refused(NOT_ALLOWED_TO_CREATE), 1);
    assert_eq!(try_create(&mut s, 2, json!({"name":"echo"})), refused);
    assert_eq!(try_create(&mut s, 3, json!({"name":"other"})), refused);
    assert_eq!(try_create(&mut s, 3, json!({"title":"no name"})), refused);
    assert_eq!(try_create(&mut s, 3, json!({"name":["echo"]})), refused);
    assert_eq!(s.agent_count(), 0, "nothing was created or announced");
    assert_eq!(
        try_create(&mut s, 3, json!({"name":"echo"})),
        (Verdict::Done, 2)
    );
    assert_eq!(
        try_create(&mut s, 1, json!({"name":"x"})),
        (Verdict::Done, 2)
    );
}

#[test]
fn requests_unanswered_for_too_many_looks_time_out() {
    let mut s = session(&[1, 2]);
    let agent = create(&mut s, 1, "slow");
    let request = |id: &str| json!({"type":"request","name":"q","to":agent,"id":id});
    let relayed = to(&send(&mut s, 2, request("early")).1[0]).1["id"].clone();
    let mut out = Vec::new();
    assert_eq!(s.expire(2, 10, &mut out), 0);
    send(&mut s, 2, request("late"));
    assert_eq!(
        (s.expire(2, 10, &mut out), s.expire(2, 10, &mut out)),
        (0, 1)
    );
    assert_eq!(
        to(&out[0]),
        (
            Some(2),
            json!({"type":"response","name":"q","from":agent,"id":"early","error":"request timed out"})
        )
    );
    assert_eq!(s.pending_count(), 1, "the later one still waits");
    s.check().unwrap();
    // Its response, when it comes, answers nothing.
    let late = json!({"type":"response","name":"q","from":agent,"id":relayed,"body":1});
    assert_eq!(
        send(&mut s, 1, late).0,
        Verdict::Refused("response to no pending request")
    );
    assert_eq!(s.expire(2, 10, &mut Vec::new()), 1);
    assert_eq!(s.pending_count(), 0);
    s.check().unwrap();
}

#[test]
fn leaving_empties_the_session() {
    let mut s = session(&[1]);
    create(&mut s, 1, "a");
    assert!(s.leave(1, &mut Vec::new()).is_some());
    assert!(s.is_empty());
    assert!(s.leave(1, &mut Vec::new()).is_none());
}

const BATCH: Agreed = Agreed {
    batch: true,
    cancel: false,
    streams: false,
    interest: false,
};

/// What our client asks for, and ragentsd agrees to.
const ALL: Agreed = Agreed {
    batch: false,
    cancel: true,
    streams: true,
    interest: false,
};

#[test]
fn connect_handshake() {
    let ok =
        r#"{"type":"request","name":"connect","to":"server","id":"0","body":{"key":"sample"}}"#;
    let accepted = |key: &str, batch| {
        Some(Connect {
            key: key.into(),
            id: "\"0\"".into(),
            batch,
            cancel: false,
            streams: false,
            interest: false,
            resume: Resume::No,
            token: None,
        })
    };
    assert_eq!(parse_connect(ok), accepted("sample", false));
    let batched = r#"{"type":"request","name":"connect","to":"server","id":"0","body":{"key":"k","batch":true}}"#;
    assert_eq!(parse_connect(batched), accepted("k", true));
    let not_true = r#"{"type":"request","name":"connect","to":"server","id":"0","body":{"key":"k","batch":1}}"#;
    assert_eq!(parse_connect(not_true), accepted("k", false));
    let resume = |body: &str| {
        let text =
            r#"{"type":"request","name":"connect","to":"server","id":"0","body":{"key":"k","#;
        parse_connect(&(text.to_owned() + body + "}}"))
            .unwrap()
            .resume
    };
    assert_eq!(resume(r#""resume":true"#), Resume::Offer);
    assert_eq!(
        resume(r#""resume":"t0k","acked":7"#),
        Resume::Token("t0k".into(), 7)
    );
    assert_eq!(resume(r#""resume":1"#), Resume::No);
    for bad in [
        r#""resume":"t","acked":-1"#,
        r#""resume":"t","acked":1.5"#,
        r#""resume":"t""#,
    ] {
        assert_eq!(resume(bad), Resume::Offer, "{bad}: a fresh connection");
    }
    assert_eq!(resume(r#""batch":true"#), Resume::No);
    let with = |body: &str| {
        let text =
            r#"{"type":"request","name":"connect","to":"server","id":"0","body":{"key":"k","#;
        parse_connect(&(text.to_owned() + body + "}}")).unwrap()
    };
    assert_eq!(with(r#""token":"a.b.c""#).token.as_deref(), Some("a.b.c"));
    assert_eq!(with(r#""token":7"#).token, None);
    for bad in [
        "hello",
        r#"{"type":"request","name":"connect","to":"server","id":"0","body":{}}"#,
        r#"{"type":"request","name":"connect","to":"server","id":"0","body":{"key":""}}"#,
        r#"{"type":"request","name":"connect","to":"server","id":"0"}"#,
        r#"{"type":"request","name":"createAgent","to":"server","id":"0","body":{"key":"k"}}"#,
    ] {
        assert_eq!(parse_connect(bad), None, "{bad}");
    }
    assert_eq!(
        connect_accepted("\"0\"", Agreed::default(), None),
        r#"{"type":"response","name":"connect","from":"server","id":"0","body":null}"#
    );
    assert_eq!(
        connect_accepted("\"0\"", BATCH, None),
        r#"{"type":"response","name":"connect","from":"server","id":"0","body":{"batch":true}}"#
    );
    let offer = |resumed| Resumable {
        token: "t",
        grace_ms: 30000,
        resumed,
    };
    assert_eq!(
        connect_accepted("\"0\"", Agreed::default(), Some(offer(None))),
        r#"{"type":"response","name":"connect","from":"server","id":"0","body":{"resume":"t","grace":30000}}"#
    );
    assert_eq!(
        connect_accepted("\"0\"", BATCH, Some(offer(Some(5)))),
        r#"{"type":"response","name":"connect","from":"server","id":"0","body":{"batch":true,"resume":"t","grace":30000,"resumed":true,"acked":5}}"#
    );
    let both = Agreed {
        batch: true,
        cancel: true,
        streams: false,
        interest: false,
    };
    assert_eq!(
        connect_accepted("\"0\"", both, None),
        r#"{"type":"response","name":"connect","from":"server","id":"0","body":{"batch":true,"cancel":true}}"#
    );
    let asks = r#"{"type":"request","name":"connect","to":"server","id":"0","body":{"key":"k","cancel":true}}"#;
    assert!(parse_connect(asks).is_some_and(|c| c.cancel && !c.batch));
    let not = r#"{"type":"request","name":"connect","to":"server","id":"0","body":{"key":"k","cancel":1}}"#;
    assert!(
        parse_connect(not).is_some_and(|c| !c.cancel),
        "only true asks"
    );
    assert!(connect_refused().contains("invalid connect message"));
}

#[test]
fn the_heartbeat_ping_is_answered_and_no_refusal() {
    let mut s = session(&[1]);
    let ping = json!({"type":"request","name":"ping","to":"server","id":"a.ping","body":null});
    let (v, out) = send(&mut s, 1, ping);
    assert_eq!(v, Verdict::Done);
    let (conn, body) = to(&out[0]);
    assert_eq!(conn, Some(1));
    assert_eq!(body["id"], "a.ping");
    assert!(body.get("error").is_none());
}

/// An agent's description goes to everyone, in every list: it is bounded,
/// and so is a `getAgents` answer, which would otherwise fill the outbox of
/// whoever asks (and get it disconnected).
#[test]
fn agent_descriptions_and_lists_are_bounded() {
    let mut s = session(&[1, 2]);
    let create = |name: String, title: String| json!({"type":"request","name":"createAgent","to":"server","id":"c","body":{"name":name,"title":title}});
    let (v, out) = send(&mut s, 1, create("n".repeat(2000), "t".repeat(2090)));
    assert_eq!(v, Verdict::Done, "4,096 bytes of JSON: allowed");
    assert_eq!(out.len(), 2);
    let (v, out) = send(&mut s, 1, create("n".repeat(1_000_000), String::new()));
    assert_eq!(
        v,
        Verdict::Refused("agent name and title too long (limit 4096 bytes)")
    );
    assert_eq!(
        out.len(),
        1,
        "an error to the creator, nothing to the others"
    );
    // 300 agents of 4 KB: over the list's 1 MiB.
    for conn in 3..=4 {
        s.join(conn, ());
        for _ in 0..150 {
            let (v, _) = send(&mut s, conn, create("n".repeat(2000), "t".repeat(2090)));
            assert_eq!(v, Verdict::Done);
        }
    }
    let list = json!({"type":"request","name":"getAgents","to":"server","id":"l"});
    let (v, out) = send(&mut s, 2, list);
    assert_eq!(v, Verdict::Refused("too many agents to list (limit 1 MiB)"));
    let (_, answer) = to(&out[0]);
    assert_eq!(answer["error"], "too many agents to list (limit 1 MiB)");
}

/// A session of an agent's client (1) and a caller (2), both of which
/// negotiated `cancel`, with agent "1".
fn cancelling() -> (Session<()>, String) {
    let mut s = session(&[1, 2, 3]);
    s.agree(1, ALL, &mut Vec::new());
    s.agree(2, ALL, &mut Vec::new());
    let agent = create(&mut s, 1, "worker");
    (s, agent)
}

#[test]
fn a_cancel_forgets_the_request_and_tells_its_agent_once() {
    let (mut s, agent) = cancelling();
    let request = json!({"type":"request","name":"q","to":agent,"id":"a.1","timeout":5000});
    let (_, out) = send(&mut s, 2, request);
    let (c, forwarded) = to(&out[0]);
    assert_eq!(c, Some(1));
    assert_eq!(forwarded["timeout"], 5000, "the deadline travels");
    let cancel = json!({"type":"cancel","to":agent,"id":"a.1"});
    let (v, out) = send(&mut s, 2, cancel.clone());
    assert_eq!(v, Verdict::Done);
    assert_eq!(
        out.iter().map(to).collect::<Vec<_>>(),
        [(
            Some(1),
            json!({"type":"cancel","to":agent,"id":forwarded["id"],"error":"cancelled"})
        )]
    );
    assert_eq!(s.pending_count(), 0);
    s.check().unwrap();
    // A second cancel, or a cancel of what was never asked, does nothing.
    assert_eq!(send(&mut s, 2, cancel).1, []);
    let other = json!({"type":"cancel","to":agent,"id":"nothing"});
    assert_eq!(send(&mut s, 2, other), (Verdict::Done, vec![]));
    // The agent's answer, when it comes, goes nowhere.
    let late = json!({"type":"response","from":agent,"id":forwarded["id"],"body":1});
    assert_eq!(send(&mut s, 1, late).1, []);
}

#[test]
fn only_its_caller_can_cancel_a_request() {
    let (mut s, agent) = cancelling();
    send(
        &mut s,
        2,
        json!({"type":"request","name":"q","to":agent,"id":"x"}),
    );
    // Client 3 uses the same id: not its request.
    let cancel = json!({"type":"cancel","to":agent,"id":"x"});
    assert_eq!(send(&mut s, 3, cancel).1, []);
    assert_eq!(s.pending_count(), 1);
}

#[test]
fn an_agent_that_did_not_negotiate_never_sees_a_timeout_or_a_cancel() {
    let mut s = session(&[1, 2]);
    s.agree(2, ALL, &mut Vec::new());
    let agent = create(&mut s, 1, "old");
    let request = json!({"type":"request","name":"q","to":agent,"id":"a","timeout":50});
    let (_, out) = send(&mut s, 2, request);
    assert_eq!(to(&out[0]).1.get("timeout"), None);
    let (_, out) = send(&mut s, 2, json!({"type":"cancel","to":agent,"id":"a"}));
    assert_eq!(out, []);
    assert_eq!(s.pending_count(), 0, "forgotten all the same");
}

#[test]
fn a_request_past_its_own_timeout_fails_at_the_caller_and_is_cancelled_at_the_agent() {
    let (mut s, agent) = cancelling();
    // Looks of 10 ms: 25 ms are over once three whole looks have passed.
    let request = json!({"type":"request","name":"q","to":agent,"id":"t","timeout":25});
    let relayed = to(&send(&mut s, 2, request).1[0]).1["id"].clone();
    let mut out = Vec::new();
    let looks: Vec<usize> = (0..4).map(|_| s.expire(1000, 10, &mut out)).collect();
    assert_eq!(
        looks,
        [0, 0, 0, 1],
        "not before its time, at the first look after"
    );
    let told: Vec<_> = out.iter().map(to).collect();
    assert_eq!(
        told,
        [
            (
                Some(1),
                json!({"type":"cancel","to":agent,"id":relayed,"error":"request timed out"})
            ),
            (
                Some(2),
                json!({"type":"response","name":"q","from":agent,"id":"t","error":"request timed out"})
            )
        ]
    );
    s.check().unwrap();
}

#[test]
fn a_caller_that_leaves_cancels_its_requests_at_their_agents() {
    let (mut s, agent) = cancelling();
    let relayed = to(&send(
        &mut s,
        2,
        json!({"type":"request","name":"q","to":agent,"id":1}),
    )
    .1[0])
    .1["id"]
        .clone();
    let mut out = Vec::new();
    s.leave(2, &mut out);
    assert_eq!(
        out.iter().map(to).collect::<Vec<_>>(),
        [(
            Some(1),
            json!({"type":"cancel","to":agent,"id":relayed,"error":"caller left"})
        )]
    );
    s.check().unwrap();
}

/// A stream of agent "1" (client 1) to caller 2, opened with `credit`:
/// the relay's id for it.
fn open_stream(s: &mut Session<()>, agent: &str, credit: u32) -> Value {
    let request = json!({"type":"request","name":"gen","to":agent,"id":"c.1","stream":credit});
    let (_, out) = send(s, 2, request);
    let (c, forwarded) = to(&out[0]);
    assert_eq!((c, &forwarded["stream"]), (Some(1), &json!(credit)));
    forwarded["id"].clone()
}

#[test]
fn chunks_pass_within_the_callers_credit_and_credit_passes_to_the_agent() {
    let (mut s, agent) = cancelling();
    let relayed = open_stream(&mut s, &agent, 2);
    let chunk = |n: u32| json!({"type":"chunk","from":agent,"id":relayed,"body":n});
    for n in 0..2 {
        let (v, out) = send(&mut s, 1, chunk(n));
        assert_eq!(v, Verdict::Done);
        assert_eq!(
            out.iter().map(to).collect::<Vec<_>>(),
            [(
                Some(2),
                json!({"type":"chunk","from":agent,"id":"c.1","body":n})
            )]
        );
    }
    // The caller reads: two more.
    let (_, out) = send(
        &mut s,
        2,
        json!({"type":"credit","to":agent,"id":"c.1","n":2}),
    );
    assert_eq!(
        out.iter().map(to).collect::<Vec<_>>(),
        [(
            Some(1),
            json!({"type":"credit","to":agent,"id":relayed,"n":2})
        )]
    );
    assert_eq!(send(&mut s, 1, chunk(2)).0, Verdict::Done);
    // The final response ends it, as any answer.
    let end = json!({"type":"response","from":agent,"id":relayed,"body":"done"});
    let (_, out) = send(&mut s, 1, end);
    assert_eq!(to(&out[0]).1["body"], "done");
    assert_eq!(s.pending_count(), 0);
    // Late chunks and credit go nowhere.
    assert_eq!(send(&mut s, 1, chunk(9)), (Verdict::Done, vec![]));
    let late = json!({"type":"credit","to":agent,"id":"c.1","n":5});
    assert_eq!(send(&mut s, 2, late).1, []);
    s.check().unwrap();
}

#[test]
fn an_agent_that_ignores_credit_ends_its_stream_and_nothing_else() {
    let (mut s, agent) = cancelling();
    let relayed = open_stream(&mut s, &agent, 1);
    // Another call of the same caller, in flight meanwhile.
    send(
        &mut s,
        2,
        json!({"type":"request","name":"q","to":agent,"id":"other"}),
    );
    let chunk = json!({"type":"chunk","from":agent,"id":relayed,"body":0});
    assert_eq!(send(&mut s, 1, chunk.clone()).0, Verdict::Done);
    let (v, out) = send(&mut s, 1, chunk);
    assert_eq!(v, Verdict::Refused("stream credit exceeded"));
    assert_eq!(
        out.iter().map(to).collect::<Vec<_>>(),
        [
            (
                Some(1),
                json!({"type":"cancel","to":agent,"id":relayed,"error":"stream credit exceeded"})
            ),
            (
                Some(2),
                json!({"type":"response","name":"gen","from":agent,"id":"c.1","error":"stream credit exceeded"})
            )
        ]
    );
    assert_eq!(s.pending_count(), 1, "the other call still waits");
    s.check().unwrap();
}

#[test]
fn credit_is_bounded_and_malformed_credit_is_refused() {
    let (mut s, agent) = cancelling();
    open_stream(&mut s, &agent, 1000);
    let (_, out) = send(
        &mut s,
        2,
        json!({"type":"credit","to":agent,"id":"c.1","n":1000}),
    );
    assert_eq!(to(&out[0]).1["n"], 24, "no more than 1024 outstanding");
    for bad in [json!(0), json!(1025), json!("5"), json!(1.5), Value::Null] {
        let (v, out) = send(
            &mut s,
            2,
            json!({"type":"credit","to":agent,"id":"c.1","n":bad}),
        );
        assert_eq!(
            v,
            Verdict::Refused("a credit needs a to, an id and an n from 1 to 1024")
        );
        assert_eq!(to(&out[0]).0, Some(2), "answered to its sender alone");
    }
}

#[test]
fn an_agent_that_does_not_take_streams_answers_once_and_its_chunks_are_refused() {
    let mut s = session(&[1, 2]);
    s.agree(2, ALL, &mut Vec::new());
    let agent = create(&mut s, 1, "old");
    let request = json!({"type":"request","name":"gen","to":agent,"id":"c.1","stream":8});
    let (_, out) = send(&mut s, 2, request);
    let forwarded = to(&out[0]).1;
    assert_eq!(
        forwarded.get("stream"),
        None,
        "a 1.0.0 agent sees a plain request"
    );
    let chunk = json!({"type":"chunk","from":agent,"id":forwarded["id"],"body":1});
    assert_eq!(
        send(&mut s, 1, chunk),
        (
            Verdict::Refused("chunk for a request that is not a stream"),
            vec![]
        )
    );
    // Only the agent's own client may send its chunks.
    let (mut s, agent) = cancelling();
    let relayed = open_stream(&mut s, &agent, 4);
    let spoofed = json!({"type":"chunk","from":agent,"id":relayed,"body":1});
    assert!(matches!(send(&mut s, 3, spoofed).0, Verdict::Forbidden(_)));
}

#[test]
fn streams_per_connection_are_capped_and_counted_as_they_end() {
    let mut s = Session::with_limits(Limits {
        streams: 2,
        ..Limits::default()
    });
    for c in [1, 2] {
        s.join(c, ());
        s.agree(c, ALL, &mut Vec::new());
    }
    let agent = create(&mut s, 1, "gen");
    let open = |id: &str| json!({"type":"request","name":"g","to":agent,"id":id,"stream":4});
    send(&mut s, 2, open("a"));
    send(&mut s, 2, open("b"));
    let (v, out) = send(&mut s, 2, open("c"));
    assert_eq!(v, Verdict::Refused("too many streams in flight"));
    assert_eq!(to(&out[0]).1["error"], "too many streams in flight");
    assert_eq!(s.stream_count(), 2);
    // A plain request still goes; a stream that ends makes room.
    let plain = json!({"type":"request","name":"g","to":agent,"id":"p"});
    assert_eq!(send(&mut s, 2, plain).0, Verdict::Done);
    send(&mut s, 2, json!({"type":"cancel","to":agent,"id":"a"}));
    assert_eq!(send(&mut s, 2, open("d")).0, Verdict::Done);
    s.check().unwrap();
    assert_eq!((s.stream_count(), s.pending_count()), (2, 3));
}

/// One step of a stream's life, as the property test plays them.
#[derive(Clone, Debug)]
enum StreamStep {
    /// Caller `c` (2 or 3) opens stream `id` with this credit.
    Open(u64, u8, u32),
    /// The agent writes a chunk on stream `id`.
    Chunk(u8),
    /// The caller of `id` grants more.
    Credit(u64, u8, u32),
    Cancel(u64, u8),
    /// The agent answers stream `id`.
    End(u8),
    /// A look of the clock (deadlines of 30 ms at 10 ms a look).
    Look,
    /// Caller `c` leaves.
    Leave(u64),
}

fn stream_step() -> impl proptest::strategy::Strategy<Value = StreamStep> {
    use proptest::prelude::*;
    let caller = prop_oneof![Just(2u64), Just(3u64)];
    prop_oneof![
        (caller.clone(), 0u8..4, 1u32..4).prop_map(|(c, id, n)| StreamStep::Open(c, id, n)),
        (0u8..4).prop_map(StreamStep::Chunk),
        (0u8..4).prop_map(StreamStep::Chunk),
        (caller.clone(), 0u8..4, 1u32..3).prop_map(|(c, id, n)| StreamStep::Credit(c, id, n)),
        (caller.clone(), 0u8..4).prop_map(|(c, id)| StreamStep::Cancel(c, id)),
        (0u8..4).prop_map(StreamStep::End),
        Just(StreamStep::Look),
        caller.prop_map(StreamStep::Leave),
    ]
}

proptest::proptest! {
    /// Streams with cancels, credit, deadlines, answers and callers leaving
    /// in any order, at any packet boundary: the bookkeeping holds after
    /// every step; nothing goes to a caller that left; no caller gets more
    /// chunks of a stream than it granted; each stream ends at most once,
    /// and nothing of it comes after its end.
    #[test]
    fn streams_hold_their_rules_in_any_order(steps in proptest::collection::vec(stream_step(), 1..60)) {
        let mut s = session(&[1, 2, 3]);
        for c in [1, 2, 3] {
            s.agree(c, ALL, &mut Vec::new());
        }
        let agent = create(&mut s, 1, "gen");
        // Open streams by (caller, its id): the relay's id, and the credit
        // the caller granted that the relay has not used.
        let mut open: std::collections::HashMap<(u64, String), (Value, i64)> = Default::default();
        let mut left = [false; 4];
        for step in steps {
            let mut out = Vec::new();
            let mut opened = None;
            match &step {
                StreamStep::Open(c, id, n) => {
                    let key = (*c, format!("{c}.{id}"));
                    if left[*c as usize] || open.contains_key(&key) {
                        continue;
                    }
                    let p = json!({"type":"request","name":"g","to":agent,"id":key.1,"stream":n,"timeout":30});
                    s.receive(*c, &p.to_string(), &mut out);
                    opened = Some((key, *n as i64));
                }
                StreamStep::Chunk(id) | StreamStep::End(id) => {
                    let kind = if matches!(step, StreamStep::End(_)) { "response" } else { "chunk" };
                    for c in [2u64, 3] {
                        let Some((rid, _)) = open.get(&(c, format!("{c}.{id}"))) else { continue };
                        let p = json!({"type":kind,"from":agent,"id":rid,"body":1});
                        s.receive(1, &p.to_string(), &mut out);
                    }
                }
                StreamStep::Credit(c, id, n) => {
                    let key = (*c, format!("{c}.{id}"));
                    let p = json!({"type":"credit","to":agent,"id":key.1,"n":n});
                    s.receive(*c, &p.to_string(), &mut out);
                    if let Some((_, credit)) = open.get_mut(&key) {
                        *credit += *n as i64;
                    }
                }
                StreamStep::Cancel(c, id) => {
                    let key = (*c, format!("{c}.{id}"));
                    let p = json!({"type":"cancel","to":agent,"id":key.1});
                    s.receive(*c, &p.to_string(), &mut out);
                    open.remove(&key);
                }
                StreamStep::Look => drop(s.expire(1000, 10, &mut out)),
                StreamStep::Leave(c) => {
                    if !left[*c as usize] {
                        s.leave(*c, &mut out);
                        left[*c as usize] = true;
                        open.retain(|(caller, _), _| caller != c);
                    }
                }
            }
            for o in &out {
                let (Some(conn), p) = to(o) else { continue };
                proptest::prop_assert!(!left[conn as usize], "sent to a caller that left");
                if conn == 1 {
                    if let (Some((key, credit)), "request") = (&opened, p["type"].as_str().unwrap_or("")) {
                        open.insert(key.clone(), (p["id"].clone(), *credit));
                    }
                    continue;
                }
                let key = (conn, p["id"].as_str().unwrap_or_default().to_owned());
                match p["type"].as_str() {
                    Some("chunk") => {
                        let Some((_, credit)) = open.get_mut(&key) else {
                            return Err(proptest::test_runner::TestCaseError::fail("a chunk after its stream's end"));
                        };
                        *credit -= 1;
                        proptest::prop_assert!(*credit >= 0, "a chunk beyond the caller's credit");
                    }
                    Some("response") => {
                        proptest::prop_assert!(open.remove(&key).is_some(), "an end after the end: {p}");
                    }
                    _ => {}
                }
            }
            s.check().map_err(proptest::test_runner::TestCaseError::fail)?;
        }
    }
}

#[test]
fn a_cancel_whose_caller_timed_out_tells_the_agent_so_and_nothing_else_counts() {
    let (mut s, agent) = cancelling();
    for (id, said, told) in [
        ("a", json!("request timed out"), "request timed out"),
        ("b", json!("bored"), "cancelled"),
    ] {
        let (_, out) = send(
            &mut s,
            2,
            json!({"type":"request","name":"q","to":agent,"id":id}),
        );
        let relayed = to(&out[0]).1["id"].clone();
        let (_, out) = send(
            &mut s,
            2,
            json!({"type":"cancel","to":agent,"id":id,"error":said}),
        );
        assert_eq!(
            out.iter().map(to).collect::<Vec<_>>(),
            [(
                Some(1),
                json!({"type":"cancel","to":agent,"id":relayed,"error":told})
            )]
        );
    }
}

/// Two waiting requests of one caller under the same id: a cancel finds
/// the later one (docs/PROTOCOL.md#cancelling-and-deadlines), then none.
#[test]
fn a_cancel_of_an_id_used_twice_finds_the_later_request() {
    let (mut s, agent) = cancelling();
    let request = json!({"type":"request","name":"q","to":agent,"id":"same"});
    let first = to(&send(&mut s, 2, request.clone()).1[0]).1["id"].clone();
    let later = to(&send(&mut s, 2, request).1[0]).1["id"].clone();
    let cancel = json!({"type":"cancel","to":agent,"id":"same"});
    let (_, out) = send(&mut s, 2, cancel.clone());
    assert_eq!(to(&out[0]).1["id"], later);
    assert_eq!(
        send(&mut s, 2, cancel).1,
        [],
        "the earlier one is no longer found by its id"
    );
    assert_eq!(s.pending_count(), 1);
    let answer = json!({"type":"response","from":agent,"id":first,"body":1});
    assert_eq!(
        to(&send(&mut s, 1, answer).1[0]).1["id"],
        "same",
        "it is still answered"
    );
    s.check().unwrap();
}

// Interest (PROTOCOL.md#interest).

/// What our client asks for with interest.
const INTEREST: Agreed = Agreed {
    batch: false,
    cancel: true,
    streams: true,
    interest: true,
};

/// Joins `conn`, agreeing to `agreed`: what that sends.
fn join_agreed(s: &mut Session<()>, conn: u64, agreed: Agreed) -> Vec<Out> {
    let mut out = Vec::new();
    s.join(conn, ());
    s.agree(conn, agreed, &mut out);
    out
}

/// Who gets which packet of `out`, among `members`, `input` being the
/// packet handled.
fn reach(out: &[Out], members: &[u64], input: &Value) -> Vec<(u64, Value)> {
    let mut got = Vec::new();
    for o in out {
        let (to, packet) = match o {
            Out::To(c, t) => (vec![*c], serde_json::from_str(t).unwrap()),
            Out::All(t) => (members.to_vec(), serde_json::from_str(t).unwrap()),
            Out::AllInput => (members.to_vec(), input.clone()),
            Out::Each(cs, t) => (cs.clone(), serde_json::from_str(t).unwrap()),
            Out::EachInput(cs) => (cs.clone(), input.clone()),
            Out::Nats(..) | Out::NatsAsk { .. } => panic!("to NATS from a session of one relay"),
        };
        got.extend(to.into_iter().map(|c| (c, packet.clone())));
    }
    got.sort_by_key(|(c, _)| *c);
    got
}

/// `listen` (or `unlisten`) from `conn`: what it sends.
fn listen(s: &mut Session<()>, conn: u64, name: &str, body: Value) -> Vec<Out> {
    send(
        s,
        conn,
        json!({"type":"request","name":name,"to":"server","id":"l","body":body}),
    )
    .1
}

/// Member `conn` emits event `name` of `agent`: who gets it.
fn emit(s: &mut Session<()>, conn: u64, agent: &str, name: &str, members: &[u64]) -> Vec<u64> {
    let event = json!({"type":"event","name":name,"from":agent,"body":1});
    let (verdict, out) = send(s, conn, event.clone());
    assert_eq!(verdict, Verdict::Done);
    let got = reach(&out, members, &event);
    assert!(got.iter().all(|(_, p)| *p == event), "{got:?}");
    got.into_iter().map(|(c, _)| c).collect()
}

fn interest_notice(body: Value) -> Value {
    json!({"type":"event","name":"interest","from":"server","body":body})
}

#[test]
fn interest_is_asked_for_in_connect_and_agreed_in_the_answer() {
    let asks = r#"{"type":"request","name":"connect","to":"server","id":"0","body":{"key":"k","interest":true}}"#;
    assert!(parse_connect(asks).unwrap().interest);
    let not_true = r#"{"type":"request","name":"connect","to":"server","id":"0","body":{"key":"k","interest":"yes"}}"#;
    assert!(!parse_connect(not_true).unwrap().interest);
    let agreed = Agreed {
        interest: true,
        ..Agreed::default()
    };
    assert_eq!(
        connect_accepted("\"0\"", agreed, None),
        r#"{"type":"response","name":"connect","from":"server","id":"0","body":{"interest":true}}"#
    );
}

#[test]
fn an_event_goes_to_its_listeners_and_to_clients_that_did_not_ask() {
    let mut s = Session::default();
    for c in [1, 2, 3] {
        join_agreed(&mut s, c, INTEREST);
    }
    join_agreed(&mut s, 4, Agreed::default());
    let agent = create(&mut s, 1, "a");
    let member = [1, 2, 3, 4];
    listen(&mut s, 2, "listen", json!({"agent":agent,"event":"one"}));
    listen(&mut s, 3, "listen", json!({"agent":agent}));
    assert_eq!(emit(&mut s, 1, &agent, "one", &member), [2, 3, 4]);
    assert_eq!(emit(&mut s, 1, &agent, "two", &member), [3, 4]);
    // Listening to one name and to every event, it gets it once.
    listen(&mut s, 3, "listen", json!({"agent":agent,"event":"one"}));
    assert_eq!(emit(&mut s, 1, &agent, "one", &member), [2, 3, 4]);
    assert_eq!(emit(&mut s, 1, &agent, "three", &member), [3, 4]);
    // Nobody but the 1.0.0 client hears it now.
    listen(&mut s, 3, "unlisten", json!({"agent":agent}));
    assert_eq!(emit(&mut s, 1, &agent, "three", &member), [4]);
    s.check().unwrap();
}

#[test]
fn events_go_to_all_as_before_when_nobody_agreed_or_everybody_hears_them() {
    let mut s = session(&[1, 2]);
    let agent = create(&mut s, 1, "a");
    let event = json!({"type":"event","name":"e","from":agent});
    assert_eq!(send(&mut s, 1, event.clone()).1, [Out::AllInput]);
    join_agreed(&mut s, 3, INTEREST);
    listen(&mut s, 3, "listen", json!({"agent":agent,"event":"e"}));
    assert_eq!(
        send(&mut s, 1, event).1,
        [Out::AllInput],
        "all three hear it"
    );
    let other = json!({"type":"event","name":"f","from":agent});
    let out = send(&mut s, 1, other).1;
    let [Out::EachInput(to)] = &out[..] else {
        panic!("{out:?}")
    };
    assert_eq!(
        to.iter().collect::<std::collections::BTreeSet<_>>(),
        [1, 2].iter().collect()
    );
}

#[test]
fn listen_and_unlisten_are_acknowledged_when_made() {
    let mut s = Session::default();
    join_agreed(&mut s, 1, INTEREST);
    join_agreed(&mut s, 2, INTEREST);
    let agent = create(&mut s, 1, "a");
    let answer = |out: Vec<Out>| {
        let (dest, packet) = to(out.last().unwrap());
        assert_eq!(dest, Some(2));
        assert_eq!(
            (&packet["from"], &packet["id"]),
            (&json!("server"), &json!("l"))
        );
        packet["body"].clone()
    };
    let pair = json!({"agent":agent,"event":"e"});
    assert_eq!(answer(listen(&mut s, 2, "listen", pair.clone())), true);
    assert_eq!(
        answer(listen(&mut s, 2, "listen", pair.clone())),
        true,
        "again"
    );
    assert_eq!(emit(&mut s, 1, &agent, "e", &[1, 2]), [2]);
    assert_eq!(answer(listen(&mut s, 2, "unlisten", pair.clone())), true);
    assert_eq!(emit(&mut s, 1, &agent, "e", &[1, 2]), [] as [u64; 0]);
    assert_eq!(
        answer(listen(&mut s, 2, "unlisten", pair)),
        false,
        "no more"
    );
    // An agent not in the session: nothing is kept.
    let nobody = json!({"agent":"99","event":"e"});
    assert_eq!(answer(listen(&mut s, 2, "listen", nobody.clone())), false);
    assert_eq!(answer(listen(&mut s, 2, "unlisten", nobody)), false);
    assert_eq!(s.interest_count(), 0);
    // A null event is every event.
    let every = json!({"agent":agent,"event":null});
    assert_eq!(answer(listen(&mut s, 2, "listen", every)), true);
    assert_eq!(emit(&mut s, 1, &agent, "any", &[1, 2]), [2]);
    s.check().unwrap();
}

#[test]
fn listening_is_capped_checked_and_only_for_clients_that_agreed() {
    let mut s = Session::with_limits(Limits {
        interest: 2,
        ..Limits::default()
    });
    join_agreed(&mut s, 1, INTEREST);
    join_agreed(&mut s, 2, Agreed::default());
    join_agreed(&mut s, 3, INTEREST);
    let agent = create(&mut s, 1, "a");
    let error = |out: Vec<Out>| to(out.last().unwrap()).1["error"].clone();
    let answer = |out: Vec<Out>| to(out.last().unwrap()).1["body"].clone();
    for event in ["x", "y"] {
        let asked = listen(&mut s, 3, "listen", json!({"agent":agent,"event":event}));
        assert_eq!(answer(asked), true);
    }
    assert_eq!(s.interest_count(), 2);
    // Past its cap, a client hears every event, its pairs freed: never
    // fewer than it listens to, and no more memory.
    let third = json!({"agent":agent,"event":"z"});
    assert_eq!(error(listen(&mut s, 3, "listen", third)), TOO_MANY_LISTENED);
    assert_eq!(s.interest_count(), 0);
    assert_eq!(emit(&mut s, 1, &agent, "z", &[1, 2, 3]), [2, 3]);
    let more = listen(&mut s, 3, "listen", json!({"agent":agent,"event":"w"}));
    assert_eq!(answer(more), true, "it hears w already");
    assert_eq!(s.interest_count(), 0);
    for event in ["x", "y"] {
        let asked = listen(&mut s, 1, "listen", json!({"agent":agent,"event":event}));
        assert_eq!(answer(asked), true);
    }
    // Listening again to what it listens to takes no room, nor does
    // unlistening what it does not.
    let again = listen(&mut s, 1, "listen", json!({"agent":agent,"event":"x"}));
    assert_eq!(answer(again), true);
    let long = "n".repeat(MAX_EVENT_NAME + 1);
    for bad in [
        json!(null),
        json!({"event":"x"}),
        json!({"agent":1,"event":"x"}),
        json!({"agent":agent,"event":7}),
        json!({"agent":agent,"event":long}),
        json!([agent, "x"]),
    ] {
        for name in ["listen", "unlisten"] {
            assert_eq!(
                error(listen(&mut s, 1, name, bad.clone())),
                LISTEN_MALFORMED,
                "{bad}"
            );
        }
    }
    let unlisten = listen(&mut s, 1, "unlisten", json!({"agent":agent,"event":"x"}));
    assert_eq!(answer(unlisten), true);
    let longest = json!({"agent":agent,"event":"n".repeat(MAX_EVENT_NAME)});
    assert_eq!(answer(listen(&mut s, 1, "listen", longest)), true);
    // A client that did not agree hears everything: no such request.
    let asked = listen(&mut s, 2, "listen", json!({"agent":agent,"event":"x"}));
    assert_eq!(error(asked), "unknown message");
    s.check().unwrap();
}

#[test]
fn interest_is_freed_when_its_client_leaves_or_its_agent_goes() {
    let mut s = Session::default();
    for c in [1, 2, 3] {
        join_agreed(&mut s, c, INTEREST);
    }
    let a = create(&mut s, 1, "a");
    let b = create(&mut s, 1, "b");
    for (c, agent) in [(2, &a), (2, &b), (3, &a)] {
        listen(&mut s, c, "listen", json!({"agent":agent,"event":"e"}));
        listen(&mut s, c, "listen", json!({"agent":agent}));
    }
    assert_eq!(s.interest_count(), 6);
    s.leave(3, &mut Vec::new());
    assert_eq!(s.interest_count(), 4);
    s.check().unwrap();
    let destroy =
        json!({"type":"request","name":"destroyAgent","to":"server","id":"d","body":{"id":a}});
    send(&mut s, 1, destroy);
    assert_eq!(s.interest_count(), 2, "b's are left");
    s.check().unwrap();
    s.leave(1, &mut Vec::new());
    assert_eq!(s.interest_count(), 0, "b went with its client");
    s.check().unwrap();
}

#[test]
fn interest_stays_with_a_place_taken_over_by_a_resumed_connection() {
    let mut s = Session::default();
    join_agreed(&mut s, 1, INTEREST);
    join_agreed(&mut s, 2, INTEREST);
    let agent = create(&mut s, 1, "a");
    listen(&mut s, 2, "listen", json!({"agent":agent,"event":"e"}));
    assert!(s.replace(2, ()).is_some());
    assert_eq!(emit(&mut s, 1, &agent, "e", &[1, 2]), [2]);
    assert_eq!(s.interest_count(), 1);
}

#[test]
fn the_client_of_an_agent_is_told_whether_its_events_are_heard() {
    let mut s = Session::default();
    let told = join_agreed(&mut s, 1, INTEREST);
    assert_eq!(
        reach(&told, &[1], &Value::Null),
        [(1, interest_notice(json!({"everything":false})))],
        "nobody hears every event: it is told so when it joins"
    );
    join_agreed(&mut s, 2, INTEREST);
    join_agreed(&mut s, 3, INTEREST);
    let agent = create(&mut s, 1, "a");
    let heard = |event: Option<&str>, heard: bool| match event {
        Some(e) => (
            1,
            interest_notice(json!({"agent":agent,"event":e,"heard":heard})),
        ),
        None => (1, interest_notice(json!({"agent":agent,"heard":heard}))),
    };
    let notices = |out: Vec<Out>| {
        let got = reach(&out, &[1, 2, 3], &Value::Null);
        got.into_iter()
            .filter(|(_, p)| p["name"] == "interest")
            .collect::<Vec<_>>()
    };
    let pair = json!({"agent":agent,"event":"e"});
    // The first listener: the notice goes before the listener's answer.
    let out = listen(&mut s, 2, "listen", pair.clone());
    assert_eq!(to(&out[0]), (Some(1), heard(Some("e"), true).1));
    assert_eq!(to(&out[1]).0, Some(2));
    assert_eq!(notices(listen(&mut s, 3, "listen", pair.clone())), []);
    assert_eq!(notices(listen(&mut s, 2, "unlisten", pair.clone())), []);
    let mut out = Vec::new();
    s.leave(3, &mut out);
    assert_eq!(notices(out), [heard(Some("e"), false)], "the last one left");
    // Every event of it, and its own listening.
    let every = json!({"agent":agent});
    assert_eq!(
        notices(listen(&mut s, 1, "listen", every.clone())),
        [heard(None, true)]
    );
    assert_eq!(
        notices(listen(&mut s, 1, "unlisten", every)),
        [heard(None, false)]
    );
    // A client that did not agree hears nothing of it.
    let mut s = session(&[1, 2]);
    let agent = create(&mut s, 1, "a");
    join_agreed(&mut s, 3, INTEREST);
    let out = listen(&mut s, 3, "listen", json!({"agent":agent,"event":"e"}));
    assert_eq!(out.len(), 1, "{out:?}");
}

#[test]
fn clients_are_told_whether_anyone_hears_every_event() {
    let mut s = Session::default();
    let everything = |b: bool| interest_notice(json!({ "everything": b }));
    assert_eq!(
        reach(&join_agreed(&mut s, 1, INTEREST), &[1], &Value::Null),
        [(1, everything(false))]
    );
    // A 1.0.0 client joins: every client that agreed is told, once.
    let out = join_agreed(&mut s, 2, Agreed::default());
    assert_eq!(reach(&out, &[1, 2], &Value::Null), [(1, everything(true))]);
    assert_eq!(join_agreed(&mut s, 3, Agreed::default()), []);
    // One that agrees now is told nothing: it counts every event as heard.
    assert_eq!(join_agreed(&mut s, 4, INTEREST), []);
    // A call over HTTP may hold no agent: it is told nothing.
    s.join_with(5, (), Create::Never);
    let mut out = Vec::new();
    s.agree(5, INTEREST, &mut out);
    assert_eq!(out, []);
    let mut out = Vec::new();
    s.leave(2, &mut out);
    assert_eq!(out, [], "one that hears everything is left");
    s.leave(3, &mut out);
    assert_eq!(
        reach(&out, &[1, 4, 5], &Value::Null),
        [(1, everything(false)), (4, everything(false))]
    );
    // And a call hears no event, nor does it count as hearing them all.
    let agent = create(&mut s, 1, "a");
    assert_eq!(emit(&mut s, 1, &agent, "e", &[1, 4, 5]), [] as [u64; 0]);
}

/// One step of the property test of interest against events.
#[derive(Clone, Debug)]
enum InterestStep {
    /// Member `c` (2 or 3) listens to event `name` (none: every event) of
    /// agent `a` (0 or 1).
    Listen(u64, usize, Option<u8>),
    Unlisten(u64, usize, Option<u8>),
    /// Agent `a` emits event `name`.
    Emit(usize, u8),
    /// Member `c` leaves, and joins again as a new connection.
    Rejoin(u64),
    /// A 1.0.0 client (member 9) joins, or leaves.
    Everything,
}

fn interest_step() -> impl proptest::strategy::Strategy<Value = InterestStep> {
    use proptest::prelude::*;
    let member = prop_oneof![Just(2u64), Just(3u64)];
    let name = proptest::option::of(0u8..3);
    prop_oneof![
        (member.clone(), 0usize..2, name.clone())
            .prop_map(|(c, a, n)| InterestStep::Listen(c, a, n)),
        (member.clone(), 0usize..2, name).prop_map(|(c, a, n)| InterestStep::Unlisten(c, a, n)),
        (0usize..2, 0u8..3).prop_map(|(a, n)| InterestStep::Emit(a, n)),
        (0usize..2, 0u8..3).prop_map(|(a, n)| InterestStep::Emit(a, n)),
        member.prop_map(InterestStep::Rejoin),
        Just(InterestStep::Everything),
    ]
}

proptest::proptest! {
    /// Interest changes and events in any order, at every packet boundary:
    /// an event handled after a listen's answer goes to that listener, and
    /// one handled after an unlisten (or a leave) does not; a client that
    /// did not agree gets every event; the agents' client, from its
    /// notices, knows at every step exactly which pairs are heard; the
    /// bookkeeping holds.
    #[test]
    fn interest_never_loses_an_event_listened_to(steps in proptest::collection::vec(interest_step(), 1..80)) {
        use std::collections::{BTreeMap, BTreeSet};
        let mut s = Session::default();
        join_agreed(&mut s, 1, INTEREST);
        let agents = [create(&mut s, 1, "a"), create(&mut s, 1, "b")];
        // The connection each of members 2 and 3 is now, and what it listens to.
        let mut conn: BTreeMap<u64, u64> = BTreeMap::from([(2, 2), (3, 3)]);
        let mut listening: BTreeMap<u64, BTreeSet<(usize, Option<u8>)>> = BTreeMap::new();
        for c in [2, 3] {
            join_agreed(&mut s, c, INTEREST);
        }
        let mut everything = false;
        let mut next_conn = 10;
        // What the agents' client was told: heard pairs, and every event.
        let mut heard: BTreeSet<(String, Option<String>)> = BTreeSet::new();
        let mut all_heard = false;
        let name = |n: u8| format!("n{n}");
        for step in steps {
            let mut out = Vec::new();
            match &step {
                InterestStep::Listen(m, a, n) | InterestStep::Unlisten(m, a, n) => {
                    let listens = matches!(step, InterestStep::Listen(..));
                    let mut body = json!({"agent": agents[*a]});
                    if let Some(n) = n {
                        body["event"] = json!(name(*n));
                    }
                    let kind = if listens { "listen" } else { "unlisten" };
                    out = listen(&mut s, conn[m], kind, body);
                    let (dest, answer) = to(out.last().unwrap());
                    proptest::prop_assert_eq!(dest, Some(conn[m]));
                    let mine = listening.entry(conn[m]).or_default();
                    let had = if listens { !mine.insert((*a, *n)) } else { mine.remove(&(*a, *n)) };
                    proptest::prop_assert_eq!(&answer["body"], &json!(listens || had));
                }
                InterestStep::Emit(a, n) => {
                    let members: Vec<u64> = [1, 9].into_iter().filter(|c| *c != 9 || everything).chain(conn.values().copied()).collect();
                    let got = emit(&mut s, 1, &agents[*a], &name(*n), &members);
                    let mut want: Vec<u64> = conn.values().copied().filter(|c| {
                        let pairs = listening.get(c);
                        pairs.is_some_and(|p| p.contains(&(*a, Some(*n))) || p.contains(&(*a, None)))
                    }).collect();
                    if everything {
                        want.push(9);
                    }
                    want.sort();
                    proptest::prop_assert_eq!(got, want);
                }
                InterestStep::Rejoin(m) => {
                    s.leave(conn[m], &mut out);
                    listening.remove(&conn[m]);
                    next_conn += 1;
                    conn.insert(*m, next_conn);
                    out.extend(join_agreed(&mut s, next_conn, INTEREST));
                }
                InterestStep::Everything => {
                    if everything {
                        s.leave(9, &mut out);
                    } else {
                        out = join_agreed(&mut s, 9, Agreed::default());
                    }
                    everything = !everything;
                }
            }
            for o in &out {
                let (Some(1), p) = to_one(o) else { continue };
                if p["name"] != "interest" {
                    continue;
                }
                let body = &p["body"];
                if let Some(b) = body["everything"].as_bool() {
                    all_heard = b;
                    continue;
                }
                let pair = (body["agent"].as_str().unwrap().to_owned(), body["event"].as_str().map(str::to_owned));
                match body["heard"].as_bool().unwrap() {
                    true => proptest::prop_assert!(heard.insert(pair), "heard twice"),
                    false => proptest::prop_assert!(heard.remove(&pair), "unheard twice"),
                }
            }
            let truth: BTreeSet<(String, Option<String>)> = listening.values().flatten()
                .map(|(a, n)| (agents[*a].clone(), n.map(name)))
                .collect();
            proptest::prop_assert_eq!(&heard, &truth);
            proptest::prop_assert_eq!(all_heard, everything);
            proptest::prop_assert_eq!(s.interest_count(), listening.values().map(|p| p.len()).sum::<usize>());
            s.check().map_err(proptest::test_runner::TestCaseError::fail)?;
        }
    }
}

/// `to`, for an output to one member only (None for any other).
fn to_one(out: &Out) -> (Option<u64>, Value) {
    match out {
        Out::To(c, t) => (Some(*c), serde_json::from_str(t).unwrap()),
        _ => (None, Value::Null),
    }
}
