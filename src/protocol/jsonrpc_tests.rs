//! The JSON-RPC core against a real `Session`: an agent's connection (1)
//! and the call's (9), no sockets, no clock.

use super::{code, Call, Outcome, MAX_ANSWER, MAX_BATCH};
use crate::protocol::session::{Out, Session, Verdict, MAX_PENDING_PER_CONNECTION};
use serde_json::{json, Value};

const OWNER: u64 = 1;
const CALL: u64 = 9;

fn session() -> Session<()> {
    let mut s = Session::default();
    s.join(OWNER, ());
    s.join(CALL, ());
    s
}

/// Creates an agent of `OWNER`'s and returns its id.
fn create(s: &mut Session<()>, conn: u64, name: &str) -> String {
    let mut out = Vec::new();
    let create =
        json!({"type":"request","name":"createAgent","to":"server","id":"c","body":{"name":name}});
    s.receive(conn, &create.to_string(), &mut out);
    match &out[1] {
        Out::To(_, t) => serde_json::from_str::<Value>(t).unwrap()["body"]["id"]
            .as_str()
            .unwrap()
            .to_owned(),
        other => panic!("{other:?}"),
    }
}

fn call(body: Value) -> Call {
    Call::parse(body.to_string().as_bytes())
}

/// Routes the call and returns the requests its agents got (as JSON).
fn route(s: &mut Session<()>, c: &mut Call) -> Vec<(u64, Value)> {
    let mut out = Vec::new();
    c.route(s, CALL, &mut out);
    out.into_iter()
        .map(|o| match o {
            Out::To(conn, text) => {
                assert_ne!(conn, CALL, "the call's own refusals are read by route");
                (conn, serde_json::from_str(&text).unwrap())
            }
            other => panic!("{other:?}"),
        })
        .collect()
}

/// The agent's connection answers `request`; what the session sends the
/// call is fed to it.
fn reply(s: &mut Session<()>, c: &mut Call, request: &Value, answer: Value) {
    let mut packet = json!({"type":"response","from":request["to"],"id":request["id"]});
    packet
        .as_object_mut()
        .unwrap()
        .extend(answer.as_object().unwrap().clone());
    let mut out = Vec::new();
    assert_eq!(
        s.receive(OWNER, &packet.to_string(), &mut out),
        Verdict::Done
    );
    feed(c, out);
}

fn feed(c: &mut Call, out: Vec<Out>) {
    for o in out {
        if let Out::To(CALL, text) = o {
            c.receive(&text);
        }
    }
}

fn answer(c: &Call) -> Value {
    serde_json::from_str(&c.answer().expect("an answer")).unwrap()
}

#[test]
fn a_request_reaches_the_agent_by_name_and_its_body_comes_back_as_result() {
    let mut s = session();
    let agent = create(&mut s, OWNER, "echoer");
    let mut c = call(json!({"jsonrpc":"2.0","method":"echoer.echo","params":{"a":1},"id":7}));
    let sent = route(&mut s, &mut c);
    let (owner, request) = &sent[0];
    assert_eq!(*owner, OWNER);
    assert_eq!(
        (&request["name"], &request["to"], &request["body"]),
        (&json!("echo"), &json!(agent), &json!({"a":1}))
    );
    // The id the agent sees is the relay's, as for any requester.
    assert_eq!(request["id"], "1");
    assert!(!c.is_settled());
    reply(&mut s, &mut c, request, json!({"body":{"a":1}}));
    assert!(c.is_settled() && c.is_finished());
    assert_eq!(answer(&c), json!({"jsonrpc":"2.0","result":{"a":1},"id":7}));
    assert_eq!(c.outcomes().collect::<Vec<_>>(), [Outcome::Result]);
    assert_eq!(s.pending_count(), 0);
}

#[test]
fn params_absent_is_a_null_body_and_any_value_passes() {
    let mut s = session();
    create(&mut s, OWNER, "a");
    let mut c = call(json!([
        {"jsonrpc":"2.0","method":"a.x","id":1},
        {"jsonrpc":"2.0","method":"a.x","params":"text","id":2},
        {"jsonrpc":"2.0","method":"a.x","params":[1,{"b":null}],"id":3},
    ]));
    let bodies: Vec<Value> = route(&mut s, &mut c)
        .into_iter()
        .map(|(_, r)| r["body"].clone())
        .collect();
    assert_eq!(bodies, [json!(null), json!("text"), json!([1, {"b":null}])]);
}

#[test]
fn the_method_splits_at_its_last_dot() {
    let mut s = session();
    create(&mut s, OWNER, "com.example.echoer");
    let mut c = call(json!({"jsonrpc":"2.0","method":"com.example.echoer.echo","id":1}));
    let sent = route(&mut s, &mut c);
    assert_eq!(sent[0].1["name"], "echo");
    for method in ["nodot", "agent.", ".echo", ""] {
        let c = call(json!({"jsonrpc":"2.0","method":method,"id":"m"}));
        let a = answer(&c);
        assert_eq!(a["error"]["code"], code::METHOD_NOT_FOUND, "{method}");
        assert_eq!(a["id"], "m");
        assert!(c.is_settled() && !c.has_unsent());
    }
}

#[test]
fn the_first_created_agent_of_a_name_that_is_alive_gets_the_call() {
    let mut s = session();
    s.join(2, ());
    let first = create(&mut s, 2, "twin");
    let second = create(&mut s, OWNER, "twin");
    let mut c = call(json!({"jsonrpc":"2.0","method":"twin.x","id":1}));
    assert_eq!(route(&mut s, &mut c)[0].1["to"], json!(first));
    s.leave(2, &mut Vec::new());
    let mut c = call(json!({"jsonrpc":"2.0","method":"twin.x","id":1}));
    assert_eq!(route(&mut s, &mut c)[0].1["to"], json!(second));
}

#[test]
fn a_call_waits_for_an_agent_created_later() {
    let mut s = session();
    let mut c = call(json!({"jsonrpc":"2.0","method":"late.hi","id":1}));
    assert!(route(&mut s, &mut c).is_empty());
    assert!(c.has_unsent() && !c.is_settled());
    let before = s.agents_created();
    create(&mut s, OWNER, "other");
    assert_eq!(s.agents_created(), before + 1, "a creation can be seen");
    assert!(route(&mut s, &mut c).is_empty());
    let agent = create(&mut s, OWNER, "late");
    let sent = route(&mut s, &mut c);
    assert_eq!(sent[0].1["to"], json!(agent));
    assert!(!c.has_unsent());
}

#[test]
fn agent_errors_unknown_names_and_destroyed_agents() {
    let mut s = session();
    create(&mut s, OWNER, "a");
    let mut c = call(json!([
        {"jsonrpc":"2.0","method":"a.fail","id":1},
        {"jsonrpc":"2.0","method":"a.bare","id":2},
        {"jsonrpc":"2.0","method":"a.nope","id":3},
        {"jsonrpc":"2.0","method":"a.wait","id":4},
    ]));
    let sent = route(&mut s, &mut c);
    reply(
        &mut s,
        &mut c,
        &sent[0].1,
        json!({"error":"boom","body":{"why":1}}),
    );
    reply(&mut s, &mut c, &sent[1].1, json!({"error":"bare"}));
    let unknown = "agent does not handle messages named 'nope'";
    reply(&mut s, &mut c, &sent[2].1, json!({"error":unknown}));
    let mut out = Vec::new();
    s.leave(OWNER, &mut out);
    feed(&mut c, out);
    assert!(c.is_finished());
    assert_eq!(
        answer(&c),
        json!([
            {"jsonrpc":"2.0","error":{"code":-32001,"message":"boom","data":{"why":1}},"id":1},
            {"jsonrpc":"2.0","error":{"code":-32001,"message":"bare"},"id":2},
            {"jsonrpc":"2.0","error":{"code":-32601,"message":unknown},"id":3},
            {"jsonrpc":"2.0","error":{"code":-32003,"message":"agent destroyed"},"id":4},
        ])
    );
    let outcomes: Vec<_> = c.outcomes().collect();
    assert_eq!(
        outcomes,
        [
            Outcome::AgentError,
            Outcome::AgentError,
            Outcome::MethodNotFound,
            Outcome::AgentDestroyed
        ]
    );
}

#[test]
fn the_deadline_fails_what_waits_for_an_agent_or_an_answer() {
    let mut s = session();
    create(&mut s, OWNER, "slow");
    let mut c = call(json!([
        {"jsonrpc":"2.0","method":"slow.x","id":"a"},
        {"jsonrpc":"2.0","method":"ghost.x","id":"b"},
        {"jsonrpc":"2.0","method":"ghost.x"},
        {"jsonrpc":"2.0","method":"slow.x"},
    ]));
    assert_eq!(route(&mut s, &mut c).len(), 2);
    assert!(!c.is_settled());
    c.expire();
    assert!(c.is_settled());
    assert!(!c.is_finished(), "the sent notification's answer is not in");
    let a = answer(&c);
    assert_eq!(
        a,
        json!([
            {"jsonrpc":"2.0","error":{"code":-32002,"message":"the agent did not answer in time"},"id":"a"},
            {"jsonrpc":"2.0","error":{"code":-32000,"message":"no agent named 'ghost'"},"id":"b"},
        ])
    );
    let outcomes: Vec<_> = c.outcomes().collect();
    assert_eq!(
        outcomes,
        [
            Outcome::Timeout,
            Outcome::NoAgent,
            Outcome::NotDelivered,
            Outcome::Notified
        ]
    );
    // The call leaves: its requests are forgotten, and a late answer is
    // dropped without harm.
    s.leave(CALL, &mut Vec::new());
    assert_eq!(s.pending_count(), 0);
}

#[test]
fn shutting_down_answers_every_waiting_request() {
    let mut s = session();
    create(&mut s, OWNER, "a");
    let mut c = call(json!([
        {"jsonrpc":"2.0","method":"a.x","id":1},
        {"jsonrpc":"2.0","method":"b.x","id":2},
    ]));
    route(&mut s, &mut c);
    c.shut_down();
    let a = answer(&c);
    assert_eq!(a[0]["error"]["code"], code::SHUTTING_DOWN);
    assert_eq!(a[1]["error"]["code"], code::SHUTTING_DOWN);
}

#[test]
fn notifications_are_forwarded_and_not_answered() {
    let mut s = session();
    create(&mut s, OWNER, "a");
    let mut c = call(json!([
        {"jsonrpc":"2.0","method":"a.note","params":[1]},
        {"jsonrpc":"2.0","method":"nodot"},
    ]));
    let sent = route(&mut s, &mut c);
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].1["body"], json!([1]));
    assert!(c.is_settled(), "forwarded is enough to answer");
    assert_eq!(c.answer(), None, "nothing to say: HTTP 204");
    assert!(!c.is_finished());
    reply(&mut s, &mut c, &sent[0].1, json!({"body":"ignored"}));
    assert!(c.is_finished());
    assert_eq!(c.answer(), None);
    // A lone notification too; "id": null is a request.
    let c = call(json!({"jsonrpc":"2.0","method":"nodot"}));
    assert_eq!(c.answer(), None);
    let c = call(json!({"jsonrpc":"2.0","method":"nodot","id":null}));
    assert_eq!(answer(&c)["id"], json!(null));
    assert_eq!(answer(&c)["error"]["code"], code::METHOD_NOT_FOUND);
}

#[test]
fn malformed_bodies_and_requests() {
    let parse_error =
        json!({"jsonrpc":"2.0","error":{"code":-32700,"message":"Parse error"},"id":null});
    for body in [&b"{"[..], b"", b"[1,", b"\xff\xfe", b"{\"a\":1} x"] {
        let c = Call::parse(body);
        assert!(!c.is_batch());
        assert_eq!(answer(&c), parse_error, "{body:?}");
        assert_eq!(c.outcomes().collect::<Vec<_>>(), [Outcome::ParseError]);
    }
    let invalid = |body: &[u8]| -> (Value, Value) {
        let a = answer(&Call::parse(body));
        assert_eq!(a["error"]["code"], code::INVALID_REQUEST, "{a}");
        (a["id"].clone(), a["error"]["message"].clone())
    };
    assert_eq!(invalid(b"[]").0, json!(null));
    assert_eq!(invalid(b"1").0, json!(null));
    assert_eq!(invalid(b"\"x\"").0, json!(null));
    assert_eq!(invalid(br#"{"method":"a.b","id":4}"#).0, json!(4));
    assert_eq!(
        invalid(br#"{"jsonrpc":"1.0","method":"a.b","id":4}"#).0,
        json!(4)
    );
    assert_eq!(
        invalid(br#"{"jsonrpc":"2.0","method":1,"id":"s"}"#).0,
        json!("s")
    );
    assert_eq!(
        invalid(br#"{"jsonrpc":"2.0","method":"a.b","id":true}"#).0,
        json!(null)
    );
    assert_eq!(
        invalid(br#"{"jsonrpc":"2.0","method":"a.b","id":{}}"#).0,
        json!(null)
    );
    let (id, why) = invalid(br#"{"jsonrpc":"2.0","method":"a.b","method":"c.d","id":1}"#);
    assert_eq!(
        (id, why),
        (
            json!(null),
            json!("Invalid Request: a member appears twice")
        )
    );
    // An invalid request is answered even without an id.
    assert_eq!(invalid(br#"{"jsonrpc":"2.0","method":5}"#).0, json!(null));

    // A batch answers each element, in order.
    let c = Call::parse(
        br#"[1,{"jsonrpc":"2.0","method":"nodot","id":2},{"jsonrpc":"2.0","method":"x"}]"#,
    );
    let a = answer(&c);
    assert_eq!(a.as_array().unwrap().len(), 2);
    assert_eq!(
        (&a[0]["error"]["code"], &a[0]["id"]),
        (&json!(-32600), &json!(null))
    );
    assert_eq!(
        (&a[1]["error"]["code"], &a[1]["id"]),
        (&json!(-32601), &json!(2))
    );

    // Too long a batch is one error.
    let one = json!({"jsonrpc":"2.0","method":"a.b"});
    let c = call(Value::Array(vec![one; MAX_BATCH + 1]));
    assert!(!c.is_batch());
    assert_eq!(answer(&c)["error"]["code"], code::INVALID_REQUEST);

    // Params nested past what the relay forwards.
    let deep = "[".repeat(129) + &"]".repeat(129);
    let text = format!(r#"{{"jsonrpc":"2.0","method":"a.b","params":{deep},"id":1}}"#);
    let a = answer(&Call::parse(text.as_bytes()));
    assert_eq!(a["error"]["code"], code::INVALID_PARAMS);
}

#[test]
fn the_pending_cap_of_a_connection_holds_for_a_call() {
    let mut s = session();
    create(&mut s, OWNER, "sink");
    let n = MAX_PENDING_PER_CONNECTION + 1;
    let batch: Vec<Value> = (0..n)
        .map(|i| json!({"jsonrpc":"2.0","method":"sink.x","id":i}))
        .collect();
    let mut c = call(Value::Array(batch));
    assert_eq!(route(&mut s, &mut c).len(), MAX_PENDING_PER_CONNECTION);
    assert!(!c.has_unsent());
    c.expire();
    let a = answer(&c);
    let last = &a[n - 1];
    assert_eq!(last["error"]["code"], code::TOO_MANY_REQUESTS);
    assert_eq!(last["error"]["message"], "too many requests in flight");
    assert_eq!(last["id"], n - 1);
    assert_eq!(a[0]["error"]["code"], code::TIMEOUT);
    s.leave(CALL, &mut Vec::new());
    assert_eq!(s.pending_count(), 0, "nothing of the call stays");
}

#[test]
fn results_past_the_answer_cap_become_errors() {
    let mut s = session();
    create(&mut s, OWNER, "big");
    let n = MAX_ANSWER / (1 << 20) + 1;
    let batch: Vec<Value> = (0..n)
        .map(|i| json!({"jsonrpc":"2.0","method":"big.x","id":i}))
        .collect();
    let mut c = call(Value::Array(batch));
    let sent = route(&mut s, &mut c);
    let mega = json!("x".repeat(1 << 20));
    for (_, request) in &sent {
        reply(&mut s, &mut c, request, json!({ "body": mega }));
    }
    let outcomes: Vec<_> = c.outcomes().collect();
    assert_eq!(outcomes.last(), Some(&Outcome::AnswerTooLarge));
    assert_eq!(outcomes[0], Outcome::Result);
    assert!(c.answer().unwrap().len() <= MAX_ANSWER + 100);
}
