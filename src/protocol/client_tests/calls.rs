//! Calls: requests, answers, timeouts, errors, local agents, named calls
//! and catch-all handlers, on the World of client cores and a real
//! session core.

use super::*;

#[test]
fn connects_and_runs_the_readme_echo_example() {
    let (mut w, agent, remote) = echo_pair();
    assert_eq!(w.outcome(0, 1), Some(Outcome::Connected));
    assert_eq!(remote.id, agent.id);
    assert_eq!(
        remote.info,
        json!({"id": agent.id, "name": "echoer", "title": "t"})
    );
    let t = w.send(1, &remote.id, "echo", json!({"a": 1}), None);
    assert_eq!(w.outcome(1, t), None, "nothing before the relay answers");
    w.settle_all();
    assert_eq!(w.outcome(1, t), Some(Outcome::Body(json!({"a": 1}))));
    assert_eq!(
        w.peers[0].core.emit(&agent.id, "echoed", json!([1])),
        Ok(true)
    );
    w.drive(0);
    w.settle_all();
    let (from, name, body) = w.peers[1].heard.pop().unwrap();
    assert!(Rc::ptr_eq(&from, &remote));
    assert_eq!((name.as_str(), body), ("echoed", json!([1])));
    w.assert_each_settled_once();
}

#[test]
fn a_remote_agent_is_one_handle_whichever_way_it_is_seen() {
    let mut w = World::new();
    let a = w.connected(None);
    let b = w.connected(None);
    w.create_agent(a, "x", &[]);
    w.settle_all();
    let from_event = w.peers[b].created.pop().unwrap();
    let from_list = w.remotes(b).pop().unwrap();
    let again = w.remotes(b).pop().unwrap();
    assert!(Rc::ptr_eq(&from_event, &from_list) && Rc::ptr_eq(&from_list, &again));
    assert_eq!(w.peers[b].core.host().remotes_made, 1);
    // Destroyed: the same handle is let go, and a new agent is a new handle.
    w.cut(a);
    w.settle_all();
    assert!(Rc::ptr_eq(&w.peers[b].destroyed[0], &from_list));
    assert!(w.remotes(b).is_empty());
}

#[test]
fn timeouts_fire_at_their_deadline_and_late_answers_are_dropped() {
    // Through a relay that takes cancels, and one that does not (1.0.0's).
    for cancel in [true, false] {
        let (mut w, remote) = holding_pair(cancel);
        let t = w.send(1, &remote.id, "hold", json!(7), Some(100));
        w.settle_all();
        assert_eq!(w.peers[1].core.poll_timeout(), Some(w.now + 100));
        w.advance(99);
        assert_eq!(w.outcome(1, t), None, "not before its deadline");
        w.advance(1);
        assert_eq!(w.failed(1, t), Error::Timeout(100));
        let call = Some(("hold".to_owned(), remote.id.clone()));
        assert_eq!(
            w.peers[1].failed_calls[&t], call,
            "the failure names its call"
        );
        assert_eq!(w.peers[1].core.poll_timeout(), None);
        // The agent answers after all: its client sends nothing where the
        // relay gave the request up (it knew the deadline); elsewhere the
        // answer goes, and its caller drops it. Nobody is told twice.
        let held = w.peers[0].held.pop().unwrap();
        let sent =
            (w.peers[0].core).respond(&held.agent, &held.id, &held.name, Some(held.body), None);
        assert_eq!(sent, !cancel);
        w.drive(0);
        w.settle_all();
        w.assert_each_settled_once();
    }
}

#[test]
fn the_session_timeout_bounds_connecting_and_every_request() {
    let mut w = World::new();
    let lone = w.add(Some(50)); // its connect never reaches the relay
    w.uplink.clear();
    w.advance(49);
    assert_eq!(w.outcome(lone, 1), None);
    w.advance(1);
    assert_eq!(w.failed(lone, 1), Error::Timeout(50));
    assert_eq!(
        w.peers[lone].failed_calls[&1], None,
        "connecting is no call"
    );
    assert!(w.peers[lone].cut, "the transport is closed");
    assert_eq!(
        w.peers[lone].core.poll_timeout(),
        None,
        "a closed core wants no timer"
    );
    // Closed while connecting, its deadline is gone too.
    let early = w.add(Some(50));
    w.uplink.clear();
    w.peers[early].core.transport_closed("refused".into());
    w.drive(early);
    w.peers[early].core.handle_timeout(w.now + 60);
    assert_eq!(w.peers[early].core.poll_timeout(), None);
    assert!(w.peers[early].core.poll_event().is_none());

    let a = w.connected(None);
    w.create_agent(a, "slow", &[("hold", Behaviour::Hold)]);
    let b = w.connected(Some(300));
    let remote = w.remotes(b).pop().unwrap();
    let by_session = w.send(b, &remote.id, "hold", json!(1), None);
    let by_call = w.send(b, &remote.id, "hold", json!(2), Some(100));
    w.settle_all();
    w.advance(100);
    assert_eq!(w.failed(b, by_call), Error::Timeout(100));
    assert_eq!(w.outcome(b, by_session), None);
    assert_eq!(w.peers[b].core.poll_timeout(), Some(w.now + 200));
    w.advance(200);
    assert_eq!(w.failed(b, by_session), Error::Timeout(300));
    w.assert_each_settled_once();
}

#[test]
fn closing_settles_every_pending_call_once_and_refuses_new_ones() {
    let (mut w, agent, remote) = echo_pair();
    let sends: Vec<u32> = (0..3)
        .map(|n| w.send(1, &remote.id, "hold", json!(n), None))
        .collect();
    let list = w.call(1, |c, t| c.get_agents(t));
    let create = w.call(1, |c, t| c.create_agent(json!({"name": "late"}), t));
    w.peers[1].core.close();
    w.drive(1);
    for t in sends.iter().chain([&list, &create]) {
        assert_eq!(w.failed(1, *t), Error::Closed);
    }
    let remotes = w.peers[1].closed.take().expect("a Closed event");
    assert!(
        Rc::ptr_eq(&remotes[0], &remote),
        "its remote handles are let go"
    );
    assert!(w.peers[1].cut);
    let after = w.send(1, &remote.id, "echo", json!(0), None);
    assert_eq!(w.failed(1, after), Error::Closed);
    w.peers[0].core.close();
    w.drive(0);
    assert_eq!(
        w.peers[0].core.emit(&agent.id, "x", json!(1)),
        Ok(false),
        "closed: not sent"
    );
    // Answers that were already on their way change nothing.
    w.settle_all();
    w.peers[1].core.close();
    w.peers[1].core.transport_closed("late".into());
    w.drive(1);
    assert!(w.peers[1].closed.is_none(), "Closed is said once");
    w.assert_each_settled_once();
}

#[test]
fn a_connection_that_fails_or_is_refused_fails_the_connect_call() {
    let mut w = World::new();
    let p = w.add(None);
    w.peers[p]
        .core
        .transport_closed("connection closed (code 1006)".into());
    w.drive(p);
    assert_eq!(
        w.failed(p, 1),
        Error::Connect("connection closed (code 1006)".into())
    );
    assert!(w.peers[p].closed.is_none(), "never open: no Closed event");

    let q = w.add(None);
    let refused = crate::protocol::session::connect_refused();
    w.peers[q].core.receive(incoming(&refused));
    w.drive(q);
    assert_eq!(
        w.failed(q, w.peers[q].issued[0]),
        Error::Connect("invalid connect message".into())
    );
    assert!(w.peers[q].core.is_closed());

    // A refusal that carries the connect's id is a refusal all the same.
    let r = w.add(None);
    let refused = r#"{"type":"response","name":"connect","from":"server","id":"0","error":"full"}"#;
    w.peers[r].core.receive(incoming(refused));
    w.drive(r);
    assert_eq!(
        w.failed(r, w.peers[r].issued[0]),
        Error::Connect("full".into())
    );
    assert!(w.peers[r].core.is_closed());
}

#[test]
fn requests_to_an_agent_that_goes_away_fail_with_agent_destroyed() {
    let (mut w, agent, remote) = echo_pair();
    let t = w.send(1, &remote.id, "hold", json!(1), None);
    w.settle_all();
    let t2 = w.send(1, &remote.id, "hold", json!(2), None);
    w.cut(0); // the agent's client vanishes, one request still on its way
    w.settle_all();
    assert_eq!(w.failed(1, t), Error::AgentDestroyed);
    assert_eq!(w.failed(1, t2), Error::AgentDestroyed);
    assert!(Rc::ptr_eq(&w.peers[1].destroyed[0], &remote));
    let after = w.send(1, &agent.id, "echo", json!(0), None);
    assert_eq!(w.failed(1, after), Error::AgentDestroyed);
    w.assert_each_settled_once();
}

#[test]
fn a_1_0_0_relay_that_never_answers_for_a_destroyed_agent() {
    // The 1.0.0 relay only announces the agent's end: the client fails its
    // requests itself.
    let (mut w, agent, remote) = echo_pair();
    let t = w.send(1, &remote.id, "hold", json!(1), None);
    w.uplink.clear();
    let gone =
        json!({"type":"event","name":"agentDestroyed","from":"server","body":{"id": agent.id}});
    w.peers[1].core.receive(incoming(&gone.to_string()));
    w.drive(1);
    assert_eq!(w.failed(1, t), Error::AgentDestroyed);
}

#[test]
fn agent_errors_unknown_names_and_unknown_agents() {
    let (mut w, _agent, remote) = echo_pair();
    let fail = w.send(1, &remote.id, "fail", json!(null), None);
    let unknown = w.send(1, &remote.id, "nope", json!(null), None);
    w.settle_all();
    assert_eq!(
        w.outcome(1, fail),
        Some(Outcome::Failed(
            Error::Remote("no such thing".into()),
            Some(json!("partial"))
        ))
    );
    assert_eq!(
        w.failed(1, unknown),
        Error::Remote("agent does not handle messages named 'nope'".into())
    );
    // An agent the relay does not know (a handle from elsewhere): the
    // relay's "agent not found".
    let stranger = w.connected(None);
    w.peers[stranger].core.receive(incoming(
        &json!({"type":"event","name":"agentCreated","from":"server","body":{"id":"999"}})
            .to_string(),
    ));
    let t = w.send(stranger, "999", "echo", json!(1), None);
    w.settle_all();
    assert_eq!(w.failed(stranger, t), Error::AgentNotFound);
    w.assert_each_settled_once();
}

#[test]
fn ids_are_salted_and_answers_must_come_from_the_agent_asked() {
    let (mut w, agent, remote) = echo_pair();
    let t = w.send(1, &remote.id, "hold", json!(1), None);
    let Some((_, _, frame)) = w.uplink.back().cloned() else {
        panic!()
    };
    let id: Value = serde_json::from_str::<Value>(&frame).unwrap()["id"].clone();
    assert_eq!(id, json!("s1.2"), "<salt>.<number>");
    w.uplink.clear();
    let forged = |from: &str, id: &str| {
        incoming(
            &json!({"type":"response","name":"hold","from":from,"id":id,"body":"forged"})
                .to_string(),
        )
    };
    w.peers[1].core.receive(forged("777", "s1.2"));
    w.peers[1].core.receive(forged(&agent.id, "s0.2"));
    w.peers[1].core.receive(forged(&agent.id, "2"));
    w.peers[1].core.receive(forged(&agent.id, "s1.02"));
    w.drive(1);
    assert_eq!(
        w.outcome(1, t),
        None,
        "no answer from another agent or for another id"
    );
    w.peers[1].core.receive(forged(&agent.id, "s1.2"));
    w.drive(1);
    assert_eq!(w.outcome(1, t), Some(Outcome::Body(json!("forged"))));
}

#[test]
fn local_agents_live_until_destroyed() {
    let (mut w, agent, _remote) = echo_pair();
    let t = w.call(0, |c, t| c.destroy_agent(&agent.id, t));
    w.settle_all();
    let Some(Outcome::Destroyed(Some(same))) = w.outcome(0, t) else {
        panic!("{:?}", w.outcome(0, t))
    };
    assert!(Rc::ptr_eq(&same, &agent));
    assert!(!w.peers[0].core.is_local(&agent.id));
    assert_eq!(
        w.peers[0].core.emit(&agent.id, "x", json!(1)),
        Err(Error::Destroyed)
    );
    assert_eq!(
        w.peers[0]
            .core
            .set_handler(&agent.id, "x".into(), Behaviour::Echo),
        Err(Error::Destroyed)
    );
    assert!(!w.peers[0].core.respond(&agent.id, "\"1\"", "x", None, None));
    // Another client's agent cannot be destroyed from here.
    let other = w.create_agent(1, "theirs", &[]);
    let t = w.call(0, |c, t| c.destroy_agent(&other.id, t));
    w.settle_all();
    assert_eq!(
        w.failed(0, t),
        Error::Remote("agent belongs to another connection".into())
    );
    w.assert_each_settled_once();
}

#[test]
fn a_thousand_requests_in_flight_each_get_their_own_answer() {
    let (mut w, _agent, remote) = echo_pair();
    let calls: Vec<u32> = (0..1000)
        .map(|n| w.send(1, &remote.id, "hold", json!(n), Some(60_000)))
        .collect();
    w.settle_all();
    assert_eq!(w.peers[1].core.in_flight(), 1000);
    let mut held = std::mem::take(&mut w.peers[0].held);
    held.reverse();
    for h in held {
        let body = json!({"n": h.body});
        w.peers[0]
            .core
            .respond(&h.agent, &h.id, &h.name, Some(body), None);
    }
    w.drive(0);
    w.settle_all();
    for (n, t) in calls.iter().enumerate() {
        assert_eq!(w.outcome(1, *t), Some(Outcome::Body(json!({"n": n}))));
    }
    assert_eq!(w.peers[1].core.in_flight(), 0);
}

/// One step of a random run.
#[derive(Clone, Debug)]
enum Step {
    /// Client 1 asks the agent, with a timeout or none.
    Send(Option<u16>),
    GetAgents,
    /// The agent answers one held request (by position), maybe twice.
    Answer(usize, bool),
    /// The relay handles this many frames.
    Relay(u8),
    /// A client takes this many frames from its inbox.
    Deliver(usize, u8),
    Advance(u16),
    DestroyAgent,
    /// A client closes, or its connection is cut.
    Close(usize),
    Cut(usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => proptest::option::of(1u16..500).prop_map(Step::Send),
        1 => Just(Step::GetAgents),
        3 => (0usize..8, any::<bool>()).prop_map(|(i, twice)| Step::Answer(i, twice)),
        4 => (1u8..6).prop_map(Step::Relay),
        4 => (0usize..2, 1u8..6).prop_map(|(i, n)| Step::Deliver(i, n)),
        2 => (1u16..300).prop_map(Step::Advance),
        1 => Just(Step::DestroyAgent),
        1 => (0usize..2).prop_map(Step::Close),
        1 => (0usize..2).prop_map(Step::Cut),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Whatever order packets, timeouts, answers and closes come in, every
    /// call settles exactly once, and a closed client has nothing pending.
    #[test]
    fn every_call_settles_exactly_once(steps in proptest::collection::vec(step(), 1..60)) {
        let (mut w, agent, remote) = echo_pair();
        let mut timed = Vec::new();
        for s in steps {
            match s {
                Step::Send(timeout) => {
                    let t = w.send(1, &remote.id, "hold", json!(null), timeout.map(u32::from));
                    if timeout.is_some() {
                        timed.push(t);
                    }
                }
                Step::GetAgents => {
                    w.call(1, |c, t| c.get_agents(t));
                }
                Step::Answer(i, twice) => {
                    let held = &mut w.peers[0].held;
                    if !held.is_empty() {
                        let h = held.remove(i % held.len());
                        for _ in 0..1 + twice as usize {
                            w.peers[0].core.respond(&h.agent, &h.id, &h.name, Some(h.body.clone()), None);
                        }
                        w.drive(0);
                    }
                }
                Step::Relay(n) => (0..n).for_each(|_| { w.relay_one(); }),
                Step::Deliver(i, n) => (0..n).for_each(|_| { w.deliver_one(i); }),
                Step::Advance(ms) => w.advance(ms as u64),
                Step::DestroyAgent => {
                    let id = agent.id.clone();
                    w.call(0, move |c, t| c.destroy_agent(&id, t));
                }
                Step::Close(i) => {
                    w.peers[i].core.close();
                    w.drive(i);
                }
                Step::Cut(i) => w.cut(i),
            }
        }
        // Let everything on its way arrive, then time runs out for the rest:
        // every call with a timeout is over before anyone closes.
        w.settle_all();
        w.advance(1000);
        for t in &timed {
            prop_assert_eq!(w.peers[1].settled.get(t).map_or(0, Vec::len), 1);
        }
        for i in 0..2 {
            prop_assert!(w.peers[i].core.poll_timeout().is_none_or(|at| at > w.now));
            if w.peers[i].core.is_closed() {
                prop_assert_eq!(w.peers[i].core.in_flight(), 0);
            }
            w.peers[i].core.close();
            w.drive(i);
        }
        w.assert_each_settled_once();
    }
}

#[test]
fn a_named_call_finds_an_agent_created_before_the_caller_joined() {
    let mut w = World::new();
    let a = w.connected(None);
    let first = w.create_agent(a, "twin", &[("who", Behaviour::Echo)]);
    let _second = w.create_agent(a, "twin", &[("who", Behaviour::Fail)]);
    let b = w.connected(None);
    let t = w.named(b, "twin", "who", json!(["x", 1]), None);
    w.settle_all();
    // The oldest of the two, found through the relay's list.
    assert_eq!(w.outcome(b, t), Some(Outcome::Body(json!(["x", 1]))));
    let t = w.named(b, "twin", "who", json!({"k": 2}), None);
    w.settle_all();
    assert_eq!(w.outcome(b, t), Some(Outcome::Body(json!({"k": 2}))));
    // When the oldest goes, the next one answers.
    let d = w.call(a, |c, t| c.destroy_agent(&first.id, t));
    w.settle_all();
    assert!(matches!(w.outcome(a, d), Some(Outcome::Destroyed(Some(_)))));
    let t = w.named(b, "twin", "who", json!(null), None);
    w.settle_all();
    assert_eq!(w.failed(b, t), Error::Remote("no such thing".into()));
    w.assert_each_settled_once();
}

#[test]
fn a_named_call_waits_for_its_agent_then_goes_out() {
    let mut w = World::new();
    let a = w.connected(None);
    let b = w.connected(Some(1000));
    let t = w.named(b, "late", "echo", json!([1, 2]), None);
    w.settle_all();
    assert_eq!(w.outcome(b, t), None, "waiting: no agent of that name yet");
    assert_eq!(w.peers[b].core.poll_timeout(), Some(w.now + 1000));
    w.advance(400);
    w.create_agent(a, "other", &[("echo", Behaviour::Echo)]);
    w.settle_all();
    assert_eq!(w.outcome(b, t), None, "another name does not count");
    w.create_agent(a, "late", &[("echo", Behaviour::Echo)]);
    w.settle_all();
    assert_eq!(w.outcome(b, t), Some(Outcome::Body(json!([1, 2]))));
    w.assert_each_settled_once();
}

#[test]
fn a_named_call_is_bounded_by_its_timeout_and_by_close() {
    let mut w = World::new();
    let b = w.connected(None);
    let t = w.named(b, "never", "m", json!(null), Some(50));
    w.settle_all();
    w.advance(49);
    assert_eq!(w.outcome(b, t), None);
    w.advance(1);
    assert_eq!(w.failed(b, t), Error::Timeout(50));
    let call = Some(("m".to_owned(), "never".to_owned()));
    assert_eq!(
        w.peers[b].failed_calls[&t], call,
        "named by its agent's name"
    );
    // Without a timeout anywhere, 30 s.
    let t = w.named(b, "never", "m", json!(null), None);
    w.settle_all();
    assert_eq!(w.peers[b].core.poll_timeout(), Some(w.now + 30_000));
    let u = w.named(b, "never", "n", json!(null), None);
    w.peers[b].core.close();
    w.drive(b);
    assert_eq!(w.failed(b, t), Error::Closed);
    assert_eq!(w.failed(b, u), Error::Closed);
    w.assert_each_settled_once();
}

#[test]
fn a_catch_all_handler_answers_every_name_without_its_own() {
    let (mut w, agent, remote) = echo_pair();
    let before = w.send(1, &remote.id, "anything", json!(1), None);
    w.settle_all();
    assert_eq!(
        w.failed(1, before),
        Error::Remote("agent does not handle messages named 'anything'".into())
    );
    w.peers[0]
        .core
        .set_any_handler(&agent.id, Behaviour::Echo)
        .unwrap();
    let any = w.send(1, &remote.id, "anything", json!(2), None);
    let own = w.send(1, &remote.id, "fail", json!(3), None);
    w.settle_all();
    assert_eq!(w.outcome(1, any), Some(Outcome::Body(json!(2))));
    assert_eq!(w.failed(1, own), Error::Remote("no such thing".into()));
    let gone = w.peers[0].core.set_any_handler("nobody", Behaviour::Echo);
    assert_eq!(gone, Err(Error::Destroyed));
    w.assert_each_settled_once();
}
