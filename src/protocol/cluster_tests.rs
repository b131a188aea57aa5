//! Tests of the session rules across relays, sans I/O: the sessions of
//! one key on three relays, with what each sends over NATS handed to the
//! others as NATS would (docs/CLUSTER.md).

use super::cluster::{self, Node, RelayId};
use super::session::{Agreed, Limits, Out, Session};
use serde_json::{json, Value};
use std::collections::VecDeque;

/// Life `epoch` of the session on relay `i`.
fn life(i: usize, epoch: u64) -> Session<()> {
    let node = Node {
        me: relay_id(i),
        hash: HASH.into(),
        epoch,
    };
    Session::clustered(Limits::default(), node)
}

/// One session key on relays 1, 2 and 3; members are numbered per relay.
struct Cluster {
    relays: Vec<Session<()>>,
    /// What each member received, in order: (relay, conn, packet).
    got: Vec<(usize, u64, Value)>,
    /// Messages on NATS not yet delivered: (from relay, subject, payload).
    nats: VecDeque<(usize, String, String)>,
    /// Messages published so far, and received by each relay.
    messages: usize,
    received: Vec<usize>,
}

const HASH: &str = "0123456789abcdef";

fn relay_id(i: usize) -> RelayId {
    0x1000 + i as RelayId
}

impl Cluster {
    fn new(members: &[&[u64]]) -> Cluster {
        let mut c = Cluster {
            relays: Vec::new(),
            got: Vec::new(),
            nats: VecDeque::new(),
            messages: 0,
            received: vec![0; members.len()],
        };
        for (i, conns) in members.iter().enumerate() {
            let mut s = life(i, 1);
            conns.iter().for_each(|&conn| s.join(conn, ()));
            c.relays.push(s);
            if !conns.is_empty() {
                c.hello(i);
            }
        }
        c.settle();
        c
    }

    /// Relay `i`'s session says hello, awaiting the answer of every other relay.
    fn hello(&mut self, i: usize) {
        let others = (0..self.relays.len())
            .filter(|r| *r != i)
            .map(relay_id)
            .collect();
        let mut out = Vec::new();
        self.relays[i].expect(others);
        self.relays[i].hello(&mut out);
        self.route(i, out, None);
    }

    fn route(&mut self, relay: usize, out: Vec<Out>, input: Option<&str>) {
        for o in out {
            let s = &self.relays[relay];
            let members: Vec<u64> = (1..=9).filter(|c| s.handle(*c).is_some()).collect();
            let (to, text) = match o {
                Out::To(c, text) => (vec![c], text),
                Out::All(text) => (members, text),
                Out::AllInput => (members, input.unwrap().to_owned()),
                Out::Each(to, text) => (to, text),
                Out::EachInput(to) => (to, input.unwrap().to_owned()),
                Out::Nats(subject, payload)
                | Out::NatsAsk {
                    subject, payload, ..
                } => {
                    self.nats.push_back((relay, subject, payload));
                    continue;
                }
            };
            for c in to {
                let packet = serde_json::from_str(&text).unwrap();
                self.got.push((relay, c, packet));
            }
        }
    }

    /// Delivers what is on NATS until nothing is: a hello to every other
    /// relay, a relay's subject to that relay, as the relays do it: a
    /// relay with no member in the session answers a hello with `none`,
    /// and anything else as `cluster::no_session` says.
    fn settle(&mut self) {
        while let Some((from, subject, payload)) = self.nats.pop_front() {
            self.messages += 1;
            let msg = cluster::parse(&payload).expect("a message between relays");
            assert_eq!(msg.s.as_deref(), Some(HASH));
            for i in 0..self.relays.len() {
                let mut out = Vec::new();
                let has_session = !self.relays[i].is_empty();
                let hello = subject == cluster::HELLOS && i != from;
                if hello || subject == cluster::relay_subject(relay_id(i)) {
                    self.received[i] += 1;
                    if has_session {
                        self.relays[i].from_relay(&msg, &mut out);
                    } else if hello {
                        let none = cluster::none(relay_id(i), HASH);
                        out.push(Out::Nats(cluster::relay_subject(relay_id(from)), none));
                    } else {
                        let answers = cluster::no_session(relay_id(i), &msg);
                        out.extend(answers.into_iter().map(|(s, a)| Out::Nats(s, a)));
                    }
                }
                self.route(i, out, None);
            }
            for s in &self.relays {
                s.check().unwrap();
            }
        }
    }

    /// What member `conn` of relay `relay` agrees to.
    fn agree(&mut self, relay: usize, conn: u64, agreed: Agreed) {
        let mut out = Vec::new();
        self.relays[relay].agree(conn, agreed, &mut out);
        self.route(relay, out, None);
        self.settle();
    }

    fn send(&mut self, relay: usize, conn: u64, packet: Value) {
        let text = packet.to_string();
        let mut out = Vec::new();
        self.relays[relay].receive(conn, &text, &mut out);
        self.route(relay, out, Some(&text));
        self.settle();
    }

    fn create(&mut self, relay: usize, conn: u64, name: &str) -> String {
        let body = json!({"name": name});
        self.send(
            relay,
            conn,
            json!({"type":"request","name":"createAgent","to":"server","id":"c","body":body}),
        );
        let (_, _, answer) = self
            .got
            .iter()
            .rev()
            .find(|(r, c, p)| (*r, *c) == (relay, conn) && p["name"] == "createAgent")
            .unwrap();
        answer["body"]["id"].as_str().unwrap().to_owned()
    }

    /// What member (relay, conn) received since the last look.
    fn take(&mut self, relay: usize, conn: u64) -> Vec<Value> {
        let (mine, rest) = std::mem::take(&mut self.got)
            .into_iter()
            .partition(|(r, c, _)| (*r, *c) == (relay, conn));
        self.got = rest;
        mine.into_iter().map(|(_, _, p)| p).collect()
    }

    fn agents(&mut self, relay: usize, conn: u64) -> Vec<String> {
        self.send(
            relay,
            conn,
            json!({"type":"request","name":"getAgents","to":"server","id":"g"}),
        );
        let list = self.take(relay, conn).pop().unwrap();
        let ids = list["body"].as_array().unwrap().iter();
        ids.map(|a| a["id"].as_str().unwrap().to_owned()).collect()
    }
}

#[test]
fn agents_of_every_relay_are_listed_and_announced() {
    let mut c = Cluster::new(&[&[1], &[1], &[]]);
    let a = c.create(0, 1, "a");
    let b = c.create(1, 1, "b");
    assert_eq!(cluster::owner_of(&a), Some(relay_id(0)));
    assert_eq!(cluster::owner_of(&b), Some(relay_id(1)));
    assert_eq!(c.agents(0, 1), [a.clone(), b.clone()]);
    assert_eq!(c.agents(1, 1), [a.clone(), b.clone()]);
    // A relay whose session appears later learns both from its hello.
    c.relays[2].join(1, ());
    c.hello(2);
    c.settle();
    let created: Vec<Value> = c
        .take(2, 1)
        .into_iter()
        .map(|p| p["body"]["id"].clone())
        .collect();
    assert_eq!(created, [json!(a), json!(b)], "agentCreated for each");
    assert_eq!(c.agents(2, 1), [a, b]);
    // Hellos answered twice over change nothing: no agent is announced again.
    assert!(
        c.take(0, 1).iter().all(|p| p["name"] != "agentCreated"),
        "no duplicates"
    );
}

#[test]
fn requests_cross_relays_and_ids_stay_per_caller() {
    let mut c = Cluster::new(&[&[1], &[1, 2], &[]]);
    let echo = c.create(0, 1, "echo");
    c.take(0, 1);
    // Two callers on relay 1 use the same id.
    for caller in [1, 2] {
        let body = json!({"who": caller});
        c.send(
            1,
            caller,
            json!({"type":"request","name":"say","to":echo,"id":"same","body":body}),
        );
    }
    let asked = c.take(0, 1);
    assert_eq!(asked.len(), 2);
    assert_ne!(
        asked[0]["id"], asked[1]["id"],
        "the owner sees ids of the relay's"
    );
    // Answered in the other order.
    for request in asked.iter().rev() {
        let body = request["body"].clone();
        c.send(
            0,
            1,
            json!({"type":"response","name":"say","from":echo,"id":request["id"],"body":body}),
        );
    }
    for caller in [1, 2] {
        let answers = c.take(1, caller);
        let answer = answers.iter().find(|p| p["type"] == "response").unwrap();
        assert_eq!(answer["id"], "same");
        assert_eq!(answer["from"], json!(echo));
        assert_eq!(
            answer["body"],
            json!({"who": caller}),
            "each gets its own answer"
        );
    }
    // An error response crosses too, and a second answer goes nowhere.
    c.send(
        1,
        1,
        json!({"type":"request","name":"fail","to":echo,"id":7}),
    );
    let request = c.take(0, 1).pop().unwrap();
    let response =
        json!({"type":"response","name":"fail","from":echo,"id":request["id"],"error":"no"});
    c.send(0, 1, response.clone());
    c.send(0, 1, response);
    let answers: Vec<Value> = c
        .take(1, 1)
        .into_iter()
        .filter(|p| p["type"] == "response")
        .collect();
    assert_eq!(answers.len(), 1);
    assert_eq!(
        (answers[0]["id"].clone(), answers[0]["error"].clone()),
        (json!(7), json!("no"))
    );
    assert_eq!(c.relays.iter().map(|s| s.pending_count()).sum::<usize>(), 0);
}

#[test]
fn no_relay_speaks_for_another_relays_agent() {
    let mut c = Cluster::new(&[&[1], &[1]]);
    let echo = c.create(0, 1, "echo");
    c.got.clear();
    // A member of relay 1 cannot respond, emit or destroy as relay 0's agent.
    c.send(1, 1, json!({"type":"event","name":"x","from":echo}));
    assert!(c.take(0, 1).is_empty(), "the spoofed event went nowhere");
    c.send(
        1,
        1,
        json!({"type":"request","name":"destroyAgent","to":"server","id":"d","body":{"id":echo}}),
    );
    let refused = c.take(1, 1).pop().unwrap();
    assert_eq!(refused["error"], "agent belongs to another connection");
    assert_eq!(c.agents(1, 1), std::slice::from_ref(&echo));
    // Nor can another relay, by naming itself in a message about it.
    let forged = cluster::destroyed(relay_id(7), HASH, &echo);
    let mut out = Vec::new();
    c.relays[1].from_relay(&cluster::parse(&forged).unwrap(), &mut out);
    let forged = cluster::directory(relay_id(7), HASH, std::iter::empty(), false, &[]);
    c.relays[1].from_relay(&cluster::parse(&forged).unwrap(), &mut out);
    let told = out.iter().filter(|o| !matches!(o, Out::Nats(..)));
    assert_eq!(told.count(), 0, "{out:?}");
    assert_eq!(c.agents(1, 1), std::slice::from_ref(&echo));
    // Its events reach the other relay's members, once.
    c.send(
        0,
        1,
        json!({"type":"event","name":"tick","from":echo,"body":1}),
    );
    let heard = c.take(1, 1);
    assert_eq!(heard.len(), 1);
    assert_eq!(
        (heard[0]["name"].clone(), heard[0]["from"].clone()),
        (json!("tick"), json!(echo))
    );
}

#[test]
fn requests_fail_when_the_agent_or_its_relay_goes() {
    let mut c = Cluster::new(&[&[1], &[1], &[1]]);
    let a = c.create(0, 1, "a");
    let b = c.create(2, 1, "b");
    c.send(1, 1, json!({"type":"request","name":"x","to":a,"id":1}));
    c.send(1, 1, json!({"type":"request","name":"x","to":b,"id":2}));
    c.take(1, 1);
    // a's client leaves: the caller's request fails, everyone hears it.
    let mut out = Vec::new();
    c.relays[0].leave(1, &mut out);
    c.route(0, out, None);
    c.settle();
    let got = c.take(1, 1);
    assert_eq!(got[0]["error"], "agent destroyed");
    assert_eq!(got[0]["id"], 1);
    assert_eq!(
        (got[1]["name"].clone(), got[1]["body"]["id"].clone()),
        (json!("agentDestroyed"), json!(a))
    );
    // Relay 2 dies: its agents go for everyone, and requests on them fail.
    let mut out = Vec::new();
    c.relays[1].relay_gone(relay_id(2), &mut out);
    c.route(1, out, None);
    let got = c.take(1, 1);
    assert_eq!(
        (got[0]["id"].clone(), got[0]["error"].clone()),
        (json!(2), json!("agent destroyed"))
    );
    assert_eq!(got[1]["name"], "agentDestroyed");
    assert!(c.agents(1, 1).is_empty());
    assert_eq!(c.relays[1].pending_count(), 0);
    c.relays[1].check().unwrap();
}

#[test]
fn a_request_to_an_agent_gone_meanwhile_is_answered() {
    let mut c = Cluster::new(&[&[1], &[1]]);
    let a = c.create(0, 1, "a");
    c.take(1, 1);
    // Relay 1 still lists a when relay 0 has already forgotten it.
    let mut out = Vec::new();
    c.relays[0].leave(1, &mut out);
    c.send(1, 1, json!({"type":"request","name":"x","to":a,"id":"r"}));
    let got = c.take(1, 1);
    assert_eq!(
        (got[0]["id"].clone(), got[0]["error"].clone()),
        (json!("r"), json!("agent not found"))
    );
    assert_eq!(c.relays[1].pending_count(), 0);
    // With it, relay 0 says it has no member in the session: its agent goes.
    assert_eq!(got[1]["name"], "agentDestroyed");
    assert!(c.agents(1, 1).is_empty());
    // The news arrives late; nothing is left waiting anywhere.
    c.route(0, out, None);
    c.settle();
    assert!(c.agents(1, 1).is_empty());
}

#[test]
fn a_directory_lists_all_so_agents_missed_are_caught_up() {
    let mut c = Cluster::new(&[&[1], &[1]]);
    let a = c.create(0, 1, "a");
    // Relay 1 misses a's destruction and b's creation (NATS was away).
    let mut out = Vec::new();
    c.relays[0].join(2, ());
    c.relays[0].leave(1, &mut out);
    let create =
        json!({"type":"request","name":"createAgent","to":"server","id":"c","body":{"name":"b"}});
    c.relays[0].receive(2, &create.to_string(), &mut out);
    assert!(
        out.iter().any(|o| matches!(o, Out::Nats(..))),
        "lost on the way"
    );
    assert_eq!(c.agents(1, 1), std::slice::from_ref(&a));
    // Back: relay 1 says hello again, and relay 0's answer puts it right.
    c.hello(1);
    c.settle();
    let ids = c.agents(1, 1);
    assert_eq!(ids.len(), 1);
    assert_ne!(ids[0], a);
    assert_eq!(cluster::owner_of(&ids[0]), Some(relay_id(0)));
}

#[test]
fn calls_by_name_reach_another_relays_agent() {
    let mut c = Cluster::new(&[&[1], &[1]]);
    c.create(0, 1, "named");
    let mut out = Vec::new();
    c.relays[1]
        .request_named(1, "named", "hi", "\"x\"", "{}", None, &mut out)
        .unwrap();
    c.route(1, out, None);
    c.settle();
    let request = c.take(0, 1).pop().unwrap();
    assert_eq!(request["name"], "hi");
}

#[test]
fn a_new_members_first_list_waits_for_every_relay() {
    let mut c = Cluster::new(&[&[1], &[1], &[]]);
    let a = c.create(0, 1, "a");
    // Relay 2's first member asks for the list before any relay answered.
    c.relays[2].join(1, ());
    let get = json!({"type":"request","name":"getAgents","to":"server","id":"first"});
    let mut out = Vec::new();
    c.relays[2].expect(vec![relay_id(0), relay_id(1)]);
    c.relays[2].hello(&mut out);
    c.relays[2].receive(1, &get.to_string(), &mut out);
    c.route(2, out, None);
    assert!(c.take(2, 1).is_empty(), "held");
    c.settle();
    let list = c
        .take(2, 1)
        .into_iter()
        .find(|p| p["id"] == "first")
        .expect("answered");
    assert_eq!(list["body"], json!([{"id": a, "name": "a"}]));
    // A relay that never answers holds it no longer than `gathered`.
    let mut out = Vec::new();
    c.relays[2].expect(vec![0xdead]);
    c.relays[2].hello(&mut out);
    c.relays[2].receive(1, &get.to_string(), &mut out);
    assert!(!out.iter().any(|o| matches!(o, Out::To(..))), "held");
    c.relays[2].gathered(&mut out);
    assert!(out.iter().any(|o| matches!(o, Out::To(1, _))));
}

#[test]
fn requests_to_unreachable_relays_fail_at_once() {
    let mut c = Cluster::new(&[&[1], &[1]]);
    let a = c.create(0, 1, "a");
    c.send(1, 1, json!({"type":"request","name":"x","to":a,"id":1}));
    c.send(1, 1, json!({"type":"request","name":"x","to":a,"id":2}));
    // NATS says nobody listened where the first went.
    let mut out = Vec::new();
    // Relay 1's numbers for them: the first two of its session's life 1.
    let first = (1 << 32) | 1;
    c.relays[1].unreachable(first, &mut out);
    c.relays[1].unreachable(first + 99, &mut out);
    c.route(1, out, None);
    let got: Vec<Value> = c
        .take(1, 1)
        .into_iter()
        .filter(|p| p["type"] == "response")
        .collect();
    assert_eq!(got.len(), 1);
    assert_eq!(
        (got[0]["id"].clone(), got[0]["error"].clone()),
        (json!(1), json!("agent unreachable"))
    );
    // The connection to NATS is lost: every request to another relay fails.
    let mut out = Vec::new();
    c.relays[1].nats_lost(&mut out);
    c.route(1, out, None);
    let got = c.take(1, 1);
    assert_eq!(
        (got[0]["id"].clone(), got[0]["error"].clone()),
        (json!(2), json!("agent unreachable"))
    );
    assert_eq!(c.relays[1].pending_count(), 0);
    c.relays[1].check().unwrap();
}

#[test]
fn a_new_life_of_a_session_gets_nothing_meant_for_the_last() {
    let mut c = Cluster::new(&[&[1], &[1]]);
    let a = c.create(0, 1, "a");
    c.send(1, 1, json!({"type":"request","name":"x","to":a,"id":"old"}));
    let asked = c.take(0, 1).pop().unwrap();
    // Relay 1's session ends and a new life of it begins, with a new caller.
    let mut out = Vec::new();
    c.relays[1].leave(1, &mut out);
    c.relays[1] = life(1, 2);
    c.relays[1].join(2, ());
    c.hello(1);
    c.settle();
    c.send(1, 2, json!({"type":"request","name":"x","to":a,"id":"new"}));
    let asked_again = c.take(0, 1).pop().unwrap();
    assert_ne!(asked["id"], asked_again["id"]);
    c.take(1, 2);
    // The answer to the old request reaches nobody.
    c.send(
        0,
        1,
        json!({"type":"response","name":"x","from":a,"id":asked["id"],"body":"old"}),
    );
    assert!(c.take(1, 2).is_empty());
    c.send(
        0,
        1,
        json!({"type":"response","name":"x","from":a,"id":asked_again["id"],"body":"new"}),
    );
    let answer = c.take(1, 2).pop().unwrap();
    assert_eq!(
        (answer["id"].clone(), answer["body"].clone()),
        (json!("new"), json!("new"))
    );
    // And the new life's agents have ids of their own.
    let b = c.create(1, 2, "b");
    assert!(
        !b.starts_with(&format!("{}.1.", cluster::hex(relay_id(1)))),
        "{b}"
    );
}

#[test]
fn an_answer_that_comes_after_its_agents_end_still_counts() {
    let mut c = Cluster::new(&[&[1], &[1]]);
    let a = c.create(0, 1, "a");
    c.send(1, 1, json!({"type":"request","name":"x","to":a,"id":"r"}));
    let asked = c.take(0, 1).pop().unwrap();
    c.take(1, 1);
    // The owner answers, then leaves; its relay says both, in that order,
    // and yet relay 1 hears of the leaving first (as it did when they took
    // two subjects: the rule holds whatever the order).
    let mut out = Vec::new();
    let answer = json!({"type":"response","name":"x","from":a,"id":asked["id"],"body":42});
    c.relays[0].receive(1, &answer.to_string(), &mut out);
    c.relays[0].leave(1, &mut out);
    c.route(0, out, None);
    let (session, other): (Vec<_>, Vec<_>) = c
        .nats
        .drain(..)
        .partition(|(_, _, payload)| payload.contains(r#""op":"destroyed""#));
    c.nats.extend(session.into_iter().chain(other));
    c.settle();
    let got = c.take(1, 1);
    assert_eq!(got[0]["name"], "agentDestroyed", "its end is heard at once");
    assert_eq!(
        (got[1]["id"].clone(), got[1]["body"].clone()),
        (json!("r"), json!(42))
    );
    assert!(c.agents(1, 1).is_empty());
    assert_eq!(c.relays[1].agent_count(), 0, "forgotten once answered");
}

#[test]
fn an_id_of_this_relays_form_names_no_agent_of_another() {
    let mut c = Cluster::new(&[&[1], &[1]]);
    c.create(0, 1, "a");
    // On relay 1, relay 0's agent has local number 1: "<relay 1>.1.1" must
    // not name it.
    let fake = format!("{}.1.1", cluster::hex(relay_id(1)));
    c.send(
        1,
        1,
        json!({"type":"request","name":"x","to":fake,"id":"f"}),
    );
    let answer = c.take(1, 1).into_iter().find(|p| p["id"] == "f").unwrap();
    assert_eq!(answer["error"], "agent not found");
    assert_eq!(c.relays[1].pending_count(), 0);
}

#[test]
fn a_relay_with_no_member_has_no_agents() {
    let mut c = Cluster::new(&[&[1], &[1]]);
    let a = c.create(0, 1, "a");
    // Relay 0's news of a's end is lost; its `none` to a later hello
    // clears it.
    let mut out = Vec::new();
    c.relays[0].leave(1, &mut out);
    assert_eq!(c.agents(1, 1), [a]);
    let mut out = Vec::new();
    let none = cluster::none(relay_id(0), HASH);
    c.relays[1].from_relay(&cluster::parse(&none).unwrap(), &mut out);
    c.route(1, out, None);
    assert!(c.agents(1, 1).is_empty());
}

#[test]
fn a_caller_that_leaves_calls_its_requests_off_at_the_owners_relay() {
    let mut c = Cluster::new(&[&[1], &[1, 2]]);
    let a = c.create(0, 1, "a");
    for id in 0..3 {
        c.send(1, 1, json!({"type":"request","name":"x","to":a,"id":id}));
    }
    c.send(
        1,
        2,
        json!({"type":"request","name":"x","to":a,"id":"kept"}),
    );
    assert_eq!(c.relays[0].pending_count(), 4);
    let mut out = Vec::new();
    c.relays[1].leave(1, &mut out);
    c.route(1, out, None);
    c.settle();
    assert_eq!(
        c.relays[0].pending_count(),
        1,
        "only the caller still there waits"
    );
    assert_eq!(c.relays[1].pending_count(), 1);
}

#[test]
fn a_timer_of_an_earlier_wait_ends_no_later_one() {
    let mut c = Cluster::new(&[&[1], &[]]);
    c.relays[1].join(1, ());
    let mut out = Vec::new();
    c.relays[1].expect(vec![0xdead]);
    let first = c.relays[1].round();
    c.relays[1].expect(vec![0xdead]);
    let get = json!({"type":"request","name":"getAgents","to":"server","id":"g"});
    c.relays[1].receive(1, &get.to_string(), &mut out);
    c.relays[1].gathered_after(first, &mut out);
    assert!(out.is_empty(), "still held: {out:?}");
    c.relays[1].gathered_after(first + 1, &mut out);
    assert!(matches!(&out[..], [Out::To(1, _)]));
}

#[test]
fn a_request_that_times_out_is_called_off_at_the_owners_relay() {
    let mut c = Cluster::new(&[&[1], &[1]]);
    let a = c.create(0, 1, "a");
    c.send(1, 1, json!({"type":"request","name":"x","to":a,"id":"t"}));
    assert_eq!(c.relays[0].pending_count(), 1);
    let mut out = Vec::new();
    c.relays[1].expire(0, 10, &mut out);
    c.relays[1].expire(0, 10, &mut out);
    c.route(1, out, None);
    c.settle();
    let answer = c.take(1, 1).pop().unwrap();
    assert_eq!(answer["error"], "request timed out");
    assert_eq!(
        c.relays[0].pending_count(),
        0,
        "forgotten at the owner's relay too"
    );
}

/// What our clients negotiate.
const ALL: Agreed = Agreed {
    batch: false,
    cancel: true,
    streams: true,
    interest: false,
};

/// Streams cross relays: the caller's credit reaches the agent's client
/// through the agent's relay, chunks come back within it, a chunk beyond it
/// ends the stream, and a deadline and a cancel reach the agent with their
/// reasons.
#[test]
fn streams_credit_deadlines_and_cancels_cross_relays() {
    let mut c = Cluster::new(&[&[1], &[1], &[]]);
    c.agree(0, 1, ALL);
    c.agree(1, 1, ALL);
    let agent = c.create(0, 1, "gen");
    c.take(0, 1);
    c.take(1, 1);
    c.send(
        1,
        1,
        json!({"type":"request","name":"g","to":agent,"id":"s","stream":2,"timeout":5000}),
    );
    let request = c.take(0, 1).pop().unwrap();
    assert_eq!(
        (request["stream"].clone(), request["timeout"].clone()),
        (json!(2), json!(5000))
    );
    let chunk = |n: u32| json!({"type":"chunk","from":agent,"id":request["id"],"body":n});
    c.send(0, 1, chunk(0));
    c.send(0, 1, chunk(1));
    let got: Vec<Value> = c.take(1, 1);
    assert_eq!(
        got,
        [
            json!({"type":"chunk","from":agent,"id":"s","body":0}),
            json!({"type":"chunk","from":agent,"id":"s","body":1})
        ]
    );
    // More credit crosses to the agent's client.
    c.send(1, 1, json!({"type":"credit","to":agent,"id":"s","n":3}));
    let credit = c.take(0, 1).pop().unwrap();
    assert_eq!(
        (
            credit["type"].clone(),
            credit["id"].clone(),
            credit["n"].clone()
        ),
        (json!("credit"), request["id"].clone(), json!(3))
    );
    c.send(0, 1, chunk(2));
    assert_eq!(c.take(1, 1)[0]["body"], 2);
    // The caller cancels: the agent's client is told, across.
    c.send(1, 1, json!({"type":"cancel","to":agent,"id":"s"}));
    let cancel = c.take(0, 1).pop().unwrap();
    assert_eq!(
        (cancel["type"].clone(), cancel["error"].clone()),
        (json!("cancel"), json!("cancelled"))
    );
    assert_eq!(c.relays[0].pending_count() + c.relays[1].pending_count(), 0);
    // A deadline passes on the caller's relay: the agent is told why.
    c.send(
        1,
        1,
        json!({"type":"request","name":"g","to":agent,"id":"t","timeout":5}),
    );
    c.take(0, 1);
    let mut out = Vec::new();
    for _ in 0..3 {
        c.relays[1].expire(1000, 10, &mut out);
    }
    c.route(1, out, None);
    c.settle();
    let told = c.take(0, 1).pop().unwrap();
    assert_eq!(told["error"], "request timed out");
    assert_eq!(c.take(1, 1).pop().unwrap()["error"], "request timed out");
}

/// A relay that dies takes its callers with it: the requests they had sent
/// to this relay's agents are cancelled at those agents ("caller left"),
/// as a caller here that leaves would be.
#[test]
fn a_relay_that_dies_cancels_its_callers_requests_at_their_agents() {
    let mut c = Cluster::new(&[&[1], &[1], &[]]);
    c.agree(0, 1, ALL);
    c.agree(1, 1, ALL);
    let agent = c.create(0, 1, "gen");
    c.take(0, 1);
    c.send(
        1,
        1,
        json!({"type":"request","name":"g","to":agent,"id":"s","stream":4}),
    );
    let request = c.take(0, 1).pop().unwrap();
    let mut out = Vec::new();
    c.relays[0].relay_gone(relay_id(1), &mut out);
    c.route(0, out, None);
    let told = c.take(0, 1);
    assert_eq!(
        told,
        [json!({"type":"cancel","to":agent,"id":request["id"],"error":"caller left"})]
    );
    assert_eq!(c.relays[0].pending_count(), 0);
    c.relays[0].check().unwrap();
}

// Interest across relays (docs/CLUSTER.md#interest).

/// What our clients negotiate, with interest.
const INTEREST: Agreed = Agreed {
    batch: false,
    cancel: true,
    streams: true,
    interest: true,
};

fn listen(agent: &str, event: Option<&str>) -> Value {
    let body = match event {
        Some(e) => json!({"agent": agent, "event": e}),
        None => json!({ "agent": agent }),
    };
    json!({"type":"request","name":"listen","to":"server","id":"l","body":body})
}

fn event(agent: &str, name: &str, n: u32) -> Value {
    json!({"type":"event","name":name,"from":agent,"body":n})
}

impl Cluster {
    /// The `interest` notices member (relay, conn) got since the last look
    /// (what else it got is dropped).
    fn notices(&mut self, relay: usize, conn: u64) -> Vec<Value> {
        let got = self.take(relay, conn).into_iter();
        got.filter(|p| p["name"] == "interest")
            .map(|p| p["body"].clone())
            .collect()
    }
}

/// A relay whose members hear none of an agent's events receives nothing
/// over NATS while it emits; one whose member listens to one of its names
/// receives that name's events alone.
#[test]
fn a_relay_whose_members_hear_nothing_gets_no_event() {
    let mut c = Cluster::new(&[&[1], &[1], &[1]]);
    for relay in 0..3 {
        c.agree(relay, 1, INTEREST);
    }
    let agent = c.create(0, 1, "chatty");
    c.send(1, 1, listen(&agent, Some("a")));
    c.got.clear();
    let before = c.received.clone();
    for n in 0..10 {
        c.send(0, 1, event(&agent, "a", n));
        c.send(0, 1, event(&agent, "b", n));
    }
    let got: Vec<usize> = (0..3).map(|i| c.received[i] - before[i]).collect();
    assert_eq!(got, [0, 10, 0], "messages received by each relay");
    let heard = c.take(1, 1);
    assert_eq!(
        heard,
        (0..10).map(|n| event(&agent, "a", n)).collect::<Vec<_>>()
    );
    assert!(c.take(2, 1).is_empty() && c.take(0, 1).is_empty());
    // A member of relay 2 that did not agree to interest hears them all.
    c.relays[2].join(2, ());
    c.agree(2, 2, Agreed::default());
    c.send(0, 1, event(&agent, "b", 10));
    assert_eq!(c.take(2, 2), [event(&agent, "b", 10)]);
    assert!(c.take(1, 1).iter().all(|p| p["from"] != json!(agent)));
}

/// A relay with a listener counts for the agent's client, and a relay that
/// dies takes its interest with it: the client is told nobody hears, and
/// its events go to no relay.
#[test]
fn a_dead_relays_interest_goes_with_it() {
    let mut c = Cluster::new(&[&[1], &[1, 2]]);
    c.agree(0, 1, INTEREST);
    c.agree(1, 1, INTEREST);
    // Member 2 of relay 1 did not agree: relay 1 hears every event, so
    // the owner is told nothing (until told, every event is heard).
    assert_eq!(c.notices(0, 1), [] as [Value; 0]);
    let agent = c.create(0, 1, "a");
    c.send(1, 1, listen(&agent, Some("e")));
    assert_eq!(
        c.notices(0, 1),
        [json!({"agent": agent, "event": "e", "heard": true})]
    );
    let mut out = Vec::new();
    c.relays[0].relay_gone(relay_id(1), &mut out);
    c.route(0, out, None);
    assert_eq!(
        c.notices(0, 1),
        [
            json!({"agent": agent, "event": "e", "heard": false}),
            json!({"everything": false})
        ]
    );
    let mut out = Vec::new();
    let text = event(&agent, "e", 1).to_string();
    c.relays[0].receive(1, &text, &mut out);
    assert!(!out.iter().any(|o| matches!(o, Out::Nats(..))), "{out:?}");
    c.relays[0].check().unwrap();
}

/// A relay new in the session tells the others, in its list of agents,
/// that a member of it hears every event; when its last member leaves, it
/// says it has none, and its interest goes.
#[test]
fn a_relay_says_whether_a_member_hears_every_event_as_it_comes_and_goes() {
    let mut c = Cluster::new(&[&[1], &[1], &[]]);
    c.agree(0, 1, INTEREST);
    c.agree(1, 1, INTEREST);
    assert_eq!(c.notices(0, 1), [json!({"everything": false})]);
    let agent = c.create(0, 1, "a");
    c.relays[2].join(1, ());
    c.hello(2);
    c.settle();
    assert_eq!(c.notices(0, 1), [json!({"everything": true})]);
    c.send(0, 1, event(&agent, "e", 1));
    assert_eq!(c.take(2, 1).pop(), Some(event(&agent, "e", 1)));
    let mut out = Vec::new();
    c.relays[2].leave(1, &mut out);
    c.route(2, out, None);
    c.settle();
    assert_eq!(c.notices(0, 1), [json!({"everything": false})]);
    let before = c.messages;
    c.send(0, 1, event(&agent, "e", 2));
    assert_eq!(c.messages, before, "sent to no relay");
}

/// A listen lost on the way (NATS was away) is told again in the list of
/// agents a relay sends when it says hello again.
#[test]
fn interest_lost_on_the_way_is_told_again_with_a_hello() {
    let mut c = Cluster::new(&[&[1], &[1]]);
    c.agree(0, 1, INTEREST);
    c.agree(1, 1, INTEREST);
    let agent = c.create(0, 1, "a");
    c.notices(0, 1);
    let mut out = Vec::new();
    let asked = listen(&agent, None).to_string();
    c.relays[1].receive(1, &asked, &mut out);
    assert!(
        out.iter().any(|o| matches!(o, Out::Nats(..))),
        "lost on the way"
    );
    c.send(0, 1, event(&agent, "e", 1));
    assert!(c.take(1, 1).iter().all(|p| p["name"] != "e"));
    c.hello(1);
    c.settle();
    assert_eq!(c.notices(0, 1), [json!({"agent": agent, "heard": true})]);
    c.send(0, 1, event(&agent, "e", 2));
    assert_eq!(c.take(1, 1), [event(&agent, "e", 2)]);
}

/// What a relay says to another goes on that relay's one subject, in
/// order: a listen before the request sent after its answer (so an event
/// the request makes the agent emit is heard), and an agent's last event
/// before its end.
#[test]
fn a_relay_says_everything_to_another_in_order() {
    let mut c = Cluster::new(&[&[1], &[1, 2]]);
    c.agree(0, 1, INTEREST);
    c.agree(1, 1, INTEREST);
    let agent = c.create(0, 1, "a");
    let mut out = Vec::new();
    for packet in [
        listen(&agent, Some("done")),
        json!({"type":"request","name":"go","to":agent,"id":"r"}),
    ] {
        c.relays[1].receive(1, &packet.to_string(), &mut out);
    }
    c.route(1, out, None);
    let ops: Vec<(String, String)> = c
        .nats
        .iter()
        .map(|(_, subject, payload)| {
            let op = cluster::parse(payload).unwrap().op.into_owned();
            (subject.clone(), op)
        })
        .collect();
    let owner = cluster::relay_subject(relay_id(0));
    assert_eq!(
        ops,
        [(owner.clone(), "listen".into()), (owner, "request".into())]
    );
    c.settle();
    c.take(0, 1);
    c.take(1, 1);
    c.send(0, 1, event(&agent, "done", 1));
    c.send(
        0,
        1,
        json!({"type":"request","name":"destroyAgent","to":"server","id":"d","body":{"id":agent}}),
    );
    let got = c.take(1, 1);
    let names: Vec<&Value> = got.iter().map(|p| &p["name"]).collect();
    assert_eq!(names, ["done", "go", "agentDestroyed"]);
    assert_eq!(c.take(1, 2).last().unwrap()["name"], "agentDestroyed");
}

/// A relay told of a session it has no member in (a hello of its came late,
/// say) answers `none`, and is told no more of it.
#[test]
fn a_relay_with_no_member_is_told_no_more_of_the_session() {
    let mut c = Cluster::new(&[&[1], &[1], &[]]);
    let hello = cluster::hello(relay_id(2), HASH);
    let mut out = Vec::new();
    c.relays[0].from_relay(&cluster::parse(&hello).unwrap(), &mut out);
    c.route(0, out, None);
    let before = c.received[2];
    c.settle();
    assert_eq!(c.received[2], before + 1, "relay 0's agents, answered none");
    assert_eq!(c.relays[0].relays(), [relay_id(1)]);
    c.create(0, 1, "a");
    assert_eq!(c.received[2], before + 1, "nothing more");
}

/// A relay that says hello is sent every event until its `agents` says
/// what its members hear (its members may see this relay's agents, told in
/// this relay's own `agents`, before this relay hears its answer): then
/// only what they listen to, here nothing.
#[test]
fn a_relay_that_says_hello_hears_every_event_until_it_says_otherwise() {
    let mut s = life(0, 1);
    s.join(1, ());
    let mut out = Vec::new();
    s.agree(1, INTEREST, &mut out);
    let create =
        json!({"type":"request","name":"createAgent","to":"server","id":"c","body":{"name":"a"}});
    s.receive(1, &create.to_string(), &mut out);
    let agent = out
        .iter()
        .find_map(|o| match o {
            Out::To(1, t) if t.contains("createAgent") => serde_json::from_str::<Value>(t).ok()?
                ["body"]["id"]
                .as_str()
                .map(String::from),
            _ => None,
        })
        .unwrap();
    let to_relay_1 = |out: &[Out]| {
        let subject = cluster::relay_subject(relay_id(1));
        out.iter()
            .filter(|o| matches!(o, Out::Nats(s, p) if *s == subject && p.contains("\"event\"")))
            .count()
    };
    let hello = cluster::hello(relay_id(1), HASH);
    s.from_relay(&cluster::parse(&hello).unwrap(), &mut out);
    out.clear();
    s.receive(1, &event(&agent, "e", 1).to_string(), &mut out);
    assert_eq!(to_relay_1(&out), 1, "presumed to hear every event");
    let agents = cluster::directory(relay_id(1), HASH, std::iter::empty(), false, &[]);
    s.from_relay(&cluster::parse(&agents).unwrap(), &mut out);
    out.clear();
    s.receive(1, &event(&agent, "e", 2).to_string(), &mut out);
    assert_eq!(to_relay_1(&out), 0, "its members hear nothing");
    // A hello again (NATS was lost) presumes nothing: it has said.
    s.from_relay(&cluster::parse(&hello).unwrap(), &mut out);
    out.clear();
    s.receive(1, &event(&agent, "e", 3).to_string(), &mut out);
    assert_eq!(to_relay_1(&out), 0);
}
