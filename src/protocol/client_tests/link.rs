//! The link: reconnecting with backoff, heartbeats, resuming a place
//! the relay kept (through cuts at any packet boundary), and what is
//! sent while down.

use super::*;

/// The current id of a local agent made again after reconnects.
fn rebound(w: &World, i: usize, id: &str) -> String {
    let mut id = id.to_owned();
    for (old, new) in &w.peers[i].core.host().rebinds {
        if *old == id {
            id = new.clone();
        }
    }
    id
}

#[test]
fn a_lost_socket_is_reconnected_with_the_same_agents_and_held_calls() {
    let mut w = World::new();
    let a = w.connected_again(Backoff::default(), None);
    let b = w.connected(None);
    let agent = w.create_agent(a, "echoer", &[("echo", Behaviour::Echo)]);
    let theirs = w.create_agent(b, "keeper", &[("hold", Behaviour::Hold)]);
    let remote_of_b = w.remotes(b).into_iter().find(|r| r.id == agent.id).unwrap();
    // In flight when the socket goes: it may or may not have been handled.
    let out = w.send(a, &theirs.id, "hold", json!(1), None);
    w.settle_all();
    w.cut(a);
    assert_eq!(w.failed(a, out), Error::Disconnected);
    assert_eq!(w.peers[a].disconnects.len(), 1);
    assert_eq!(w.peers[a].attempts, vec![(1, 500)]);
    assert!(!w.peers[a].core.is_open() && !w.peers[a].core.is_closed());
    assert!(w.peers[a].closed.is_none(), "not closed: reconnecting");
    // Calls made while down wait, then go.
    let held = w.call(a, |c, t| c.get_agents(t));
    w.settle_all();
    assert_eq!(w.outcome(a, held), None);
    w.advance(499);
    w.settle_all();
    assert_eq!(w.peers[a].reconnects, 0);
    w.advance(1);
    w.settle_all();
    assert_eq!(w.peers[a].reconnects, 1);
    assert!(w.peers[a].core.is_open());
    // The agent is back under a new id, with its handlers.
    let id = rebound(&w, a, &agent.id);
    assert_ne!(id, agent.id);
    assert!(w.peers[a].core.is_local(&id) && !w.peers[a].core.is_local(&agent.id));
    let Some(Outcome::Agents(list)) = w.outcome(a, held) else {
        panic!("the held call: {:?}", w.outcome(a, held))
    };
    let mut ids: Vec<String> = list.iter().map(|r| r.id.clone()).collect();
    ids.sort();
    let mut want = vec![theirs.id.clone(), id.clone()];
    want.sort();
    assert_eq!(ids, want);
    // Others saw it go and come back (no resume with this relay).
    assert!(w.peers[b].destroyed.contains(&remote_of_b));
    assert!(w.peers[b].created.iter().any(|r| r.id == id));
    let t = w.send(b, &id, "echo", json!("again"), None);
    w.settle_all();
    assert_eq!(w.outcome(b, t), Some(Outcome::Body(json!("again"))));
    w.assert_each_settled_once();
}

#[test]
fn the_backoff_grows_and_spent_retries_end_the_session() {
    let mut w = World::new();
    let backoff = Backoff {
        retries: Some(4),
        ..Backoff::default()
    };
    let a = w.connected_again(backoff, None);
    let pending = w.named(a, "nobody", "m", json!(null), Some(60_000));
    w.peers[a].unreachable = true;
    w.cut(a);
    for _ in 0..4 {
        let at = w.peers[a].core.poll_timeout().unwrap();
        w.advance(at - w.now);
        w.settle_all();
    }
    let delays: Vec<u32> = w.peers[a].attempts.iter().map(|&(_, d)| d).collect();
    assert_eq!(delays, vec![500, 1000, 2000, 4000]);
    assert!(w.peers[a].core.is_closed(), "retries spent");
    assert!(w.peers[a].closed.is_some(), "close, once");
    assert_eq!(w.failed(a, pending), Error::Closed);
    // Delays stop growing at the maximum, and jitter only shortens them.
    let b = Backoff::default();
    assert_eq!(b.delay(10, 0.0), 10_000);
    assert_eq!(b.delay(10, 0.999), 5_004);
    w.assert_each_settled_once();
}

#[test]
fn closing_while_down_ends_the_session_and_its_held_calls() {
    let mut w = World::new();
    let a = w.connected_again(Backoff::default(), None);
    w.cut(a);
    let held = w.call(a, |c, t| c.get_agents(t));
    w.peers[a].core.close();
    w.drive(a);
    assert_eq!(w.failed(a, held), Error::Closed);
    assert!(w.peers[a].closed.is_some());
    w.advance(60_000);
    w.settle_all();
    assert_eq!(w.peers[a].reconnects, 0, "no reconnecting after close()");
    w.assert_each_settled_once();
}

#[test]
fn the_heartbeat_finds_a_silent_socket_dead_within_two_periods() {
    let mut w = World::new();
    let a = w.connected_again(Backoff::default(), Some(1000));
    w.advance(100);
    w.peers[a].hole = true; // nothing more arrives, nothing closes
    w.advance(900);
    w.settle_all();
    w.advance(999);
    w.settle_all();
    assert!(w.peers[a].core.is_open(), "asked, not yet dead");
    w.advance(1);
    w.settle_all();
    assert_eq!(
        w.peers[a].disconnects.len(),
        1,
        "dead 2 periods after the last sign of life"
    );
    // ...and back once the network is.
    let at = w.peers[a].core.poll_timeout().unwrap();
    w.advance(at - w.now);
    w.settle_all();
    assert!(w.peers[a].core.is_open());
    assert_eq!(w.peers[a].reconnects, 1);
}

#[test]
fn the_heartbeat_keeps_a_quiet_live_session_even_with_throttled_timers() {
    let mut w = World::new();
    let a = w.connected_again(Backoff::default(), Some(1000));
    for _ in 0..20 {
        w.advance(700);
        w.settle_all();
    }
    // A hidden tab's timers fire once a minute: a late timer only asks.
    w.advance(60_000);
    w.settle_all();
    w.advance(60_000);
    w.settle_all();
    assert!(w.peers[a].disconnects.is_empty());
    assert!(w.peers[a].core.is_open());
}

// ----- reconnecting: scenarios a review found -----

#[test]
fn attempts_count_again_from_zero_once_back() {
    let mut w = World::new();
    let backoff = Backoff {
        retries: Some(1),
        ..Backoff::default()
    };
    let a = w.connected_again(backoff, None);
    for round in 0..2 {
        w.cut(a);
        assert_eq!(
            w.peers[a].attempts.len(),
            round + 1,
            "round {round}: {:?}",
            w.peers[a].attempts
        );
        w.advance(500);
        w.settle_all();
        assert!(w.peers[a].core.is_open(), "round {round}: back");
    }
}

#[test]
fn a_call_that_timed_out_while_down_is_not_sent_later() {
    let mut w = World::new();
    let a = w.add_with(Options {
        timeout: Some(200),
        reconnect: Some(Backoff::default()),
        heartbeat: None,
    });
    w.settle_all();
    let b = w.connected(None);
    w.cut(a);
    let t = w.call(a, |c, t| {
        c.create_agent(json!({"name": "late", "title": "t"}), t)
    });
    w.advance(200);
    w.settle_all();
    assert_eq!(w.failed(a, t), Error::Timeout(200));
    w.advance(300);
    w.settle_all();
    assert_eq!(w.peers[a].reconnects, 1);
    let names: Vec<Value> = w
        .remotes(b)
        .iter()
        .map(|r| r.info["name"].clone())
        .collect();
    assert!(
        !names.contains(&json!("late")),
        "ERR_TIMEOUT, yet created: {names:?}"
    );
}

#[test]
fn destroying_an_agent_while_down_destroys_it() {
    let mut w = World::new();
    let a = w.connected_again(Backoff::default(), None);
    let agent = w.create_agent(a, "gone", &[]);
    w.cut(a);
    let t = w.call(a, |c, t| c.destroy_agent(&agent.id, t)); // Agent.destroy(): its id now
    w.advance(500);
    w.settle_all();
    assert_eq!(w.peers[a].reconnects, 1);
    let outcome = w.outcome(a, t);
    let now_id = rebound(&w, a, &agent.id);
    assert!(
        !w.peers[a].core.is_local(&now_id),
        "destroy() while down: {outcome:?}, and the agent is alive as {now_id}"
    );
    assert!(
        matches!(outcome, Some(Outcome::Destroyed(Some(_)))),
        "{outcome:?}"
    );
    // Nobody else sees it come back.
    let b = w.connected(None);
    assert!(w.remotes(b).is_empty());
    w.assert_each_settled_once();
}

#[test]
fn the_heartbeat_closes_the_socket_it_gives_up() {
    let mut w = World::new();
    let a = w.connected_again(Backoff::default(), Some(1000));
    w.peers[a].hole = true;
    w.advance(1000);
    w.settle_all();
    w.advance(1000);
    w.settle_all();
    assert_eq!(w.peers[a].disconnects.len(), 1);
    assert!(
        w.peers[a].cut,
        "Io::Close was dropped: the dead socket stays open"
    );
}

#[test]
fn a_recycled_id_is_not_the_same_remote() {
    let mut w = World::new();
    let a = w.connected_again(Backoff::default(), None);
    let b = w.connected(None);
    let echoer = w.create_agent(b, "echoer", &[("echo", Behaviour::Echo)]);
    let seen = w
        .remotes(a)
        .into_iter()
        .find(|r| r.id == echoer.id)
        .unwrap();
    // The relay restarts: every socket drops, the session's ids start over.
    w.cut(a);
    w.cut(b);
    w.relay = Session::default();
    let c = w.connected(None);
    let logger = w.create_agent(c, "logger", &[]);
    assert_eq!(logger.id, echoer.id);
    w.advance(500);
    w.settle_all();
    assert_eq!(w.peers[a].reconnects, 1);
    assert!(
        w.peers[a].destroyed.contains(&seen),
        "a's 'echoer' handle now stands for 'logger'"
    );
}

/// Two clients that resume, and a bystander that does not reconnect (as a
/// 1.0.0 client): `(world, owner, caller, bystander, the owner's agent)`.
fn resuming_trio() -> (World, usize, usize, usize, Rc<Handle>) {
    let mut w = World::new();
    w.resume = true;
    let owner = w.connected_again(Backoff::default(), None);
    let caller = w.connected_again(Backoff::default(), None);
    let bystander = w.connected(None);
    let agent = w.create_agent(owner, "echoer", &[("echo", Behaviour::Echo)]);
    w.remotes(caller);
    w.remotes(bystander);
    (w, owner, caller, bystander, agent)
}

/// Lets the clients reconnect (the longest backoff is 10 s) and
/// everything arrive.
fn reconnect_all(w: &mut World) {
    for _ in 0..12 {
        w.settle_all();
        w.advance(1000);
    }
    w.settle_all();
}

#[test]
fn a_resumed_place_loses_nothing_and_repeats_nothing() {
    let (mut w, owner, caller, bystander, agent) = resuming_trio();
    let calls: Vec<u32> = (0..6)
        .map(|n| w.send(caller, &agent.id, "echo", json!(n), None))
        .collect();
    // The relay takes three; the owner answers two, whose answers are
    // still on their way when its socket goes: lost with it.
    (0..3).for_each(|_| {
        w.relay_one();
    });
    w.deliver_one(owner);
    w.deliver_one(owner);
    w.cut(owner);
    // The relay takes the rest meanwhile: kept for the owner's place.
    w.settle_all();
    assert!(calls.iter().all(|t| w.outcome(caller, *t).is_none()));
    // The caller's socket goes too, with its requests answered meanwhile.
    let more = w.send(caller, &agent.id, "echo", json!(6), None);
    w.cut(caller);
    let held = w.send(caller, &agent.id, "echo", json!(7), None);
    reconnect_all(&mut w);

    for (n, t) in calls.iter().chain([&more, &held]).enumerate() {
        assert_eq!(
            w.outcome(caller, *t),
            Some(Outcome::Body(json!(n))),
            "call {n}"
        );
    }
    w.assert_each_settled_once();
    for i in [owner, caller] {
        assert_eq!(
            (w.peers[i].reconnects, w.peers[i].resumes),
            (1, 1),
            "peer {i}"
        );
        assert!(w.peers[i].core.host().rebinds.is_empty(), "same agent ids");
    }
    assert!(w.peers[owner].core.is_local(&agent.id));
    assert!(w.peers[bystander].destroyed.is_empty(), "nobody saw it go");
    assert!(w.peers[caller].destroyed.is_empty());
}

#[test]
fn a_place_the_relay_let_go_means_a_fresh_start() {
    let (mut w, owner, caller, bystander, agent) = resuming_trio();
    let keeper = w.create_agent(caller, "keeper", &[("hold", Behaviour::Hold)]);
    let out = w.send(owner, &keeper.id, "hold", json!(1), None);
    w.settle_all();
    w.cut(owner);
    let asked = w.send(caller, &agent.id, "echo", json!(2), None);
    w.settle_all();
    w.expire(owner); // the grace is over before it is back
    w.settle_all();
    assert_eq!(w.failed(caller, asked), Error::AgentDestroyed);
    assert_eq!(w.peers[bystander].destroyed.len(), 1);
    reconnect_all(&mut w);
    // Back on a new place: its call in flight may or may not have been
    // handled, its agent is made again under a new id.
    assert_eq!(w.failed(owner, out), Error::Disconnected);
    assert_eq!((w.peers[owner].reconnects, w.peers[owner].resumes), (1, 0));
    let id = rebound(&w, owner, &agent.id);
    assert_ne!(id, agent.id);
    let t = w.send(caller, &id, "echo", json!(3), None);
    w.settle_all();
    assert_eq!(w.outcome(caller, t), Some(Outcome::Body(json!(3))));
}

#[test]
fn acks_keep_what_each_side_holds_small() {
    let (mut w, owner, caller, _, agent) = resuming_trio();
    for n in 0..200 {
        w.send(caller, &agent.id, "echo", json!(n), None);
        w.settle_all();
    }
    for i in [owner, caller] {
        let sent = w.peers[i].place.as_ref().unwrap().kept.replay.sent_count();
        assert!(sent >= 200, "the relay sent peer {i} {sent}");
    }
    // What the relay keeps for each is less than an ack's worth.
    for i in [owner, caller] {
        let kept = w.peers[i].place.as_ref().unwrap().kept.replay.unacked();
        assert!(kept <= ACK_EVERY as usize, "peer {i}: {kept} kept");
    }
}

/// A step of a random run through cuts. `Send` and `Emit` are by one of
/// the two resuming peers (0: the owner of the first agent, 1: the caller,
/// which owns the second): both directions.
#[derive(Clone, Debug)]
enum Through {
    Send(usize),
    Emit(usize),
    Relay(u8),
    Deliver(usize, u8),
    Cut(usize),
    Advance(u16),
}

fn cut_step() -> impl Strategy<Value = Through> {
    prop_oneof![
        4 => (0usize..2).prop_map(Through::Send),
        3 => (0usize..2).prop_map(Through::Emit),
        4 => (1u8..6).prop_map(Through::Relay),
        4 => (0usize..2, 1u8..6).prop_map(|(i, n)| Through::Deliver(i, n)),
        1 => (0usize..2).prop_map(Through::Cut),
        2 => (1u16..800).prop_map(Through::Advance),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// However the sockets of two peers that each own an agent, call the
    /// other's and listen to its events are cut, at any packet boundary
    /// either way: every emit is taken (the relay keeps their places, so
    /// an event made while down is kept for the resume, never dropped),
    /// every request is answered exactly once with its own answer, and
    /// every event arrives exactly once and in order, at the other peer
    /// and at a bystander: nothing fails.
    #[test]
    fn through_any_cuts_a_resumed_session_delivers_exactly_once(
        steps in proptest::collection::vec(cut_step(), 1..100)
    ) {
        let (mut w, owner, caller, bystander, agent) = resuming_trio();
        let other = w.create_agent(caller, "other", &[("echo", Behaviour::Echo)]);
        w.remotes(owner);
        w.remotes(bystander);
        let peers = [owner, caller];
        let agents = [agent.clone(), other.clone()];
        let (mut calls, mut events) = ([Vec::new(), Vec::new()], [0, 0]);
        for s in steps {
            match s {
                Through::Send(p) => {
                    let n = calls[p].len();
                    let to = agents[1 - p].id.clone();
                    calls[p].push(w.send(peers[p], &to, "echo", json!(n), None));
                }
                Through::Emit(p) => {
                    let sent = w.peers[peers[p]].core.emit(&agents[p].id, "tick", json!(events[p]));
                    prop_assert_eq!(sent, Ok(true), "an emit of peer {} was refused", p);
                    events[p] += 1;
                    w.drive(peers[p]);
                }
                Through::Relay(n) => (0..n).for_each(|_| { w.relay_one(); }),
                Through::Deliver(i, n) => (0..n).for_each(|_| { w.deliver_one(peers[i]); }),
                Through::Cut(i) => w.cut(peers[i]),
                Through::Advance(ms) => w.advance(ms as u64),
            }
        }
        reconnect_all(&mut w);
        for p in 0..2 {
            for (n, t) in calls[p].iter().enumerate() {
                prop_assert_eq!(w.outcome(peers[p], *t), Some(Outcome::Body(json!(n))));
            }
        }
        w.assert_each_settled_once();
        // Who hears which agent: the other peer, and the bystander both.
        for (p, hearers) in [(0, [caller, bystander]), (1, [owner, bystander])] {
            for i in hearers {
                let heard: Vec<Value> = w.peers[i].heard.iter()
                    .filter(|(r, _, _)| r.id == agents[p].id)
                    .map(|(_, _, b)| b.clone())
                    .collect();
                let want: Vec<Value> = (0..events[p]).map(|n| json!(n)).collect();
                prop_assert_eq!(heard, want, "peer {} hearing agent {}", i, p);
            }
        }
        for i in [owner, caller, bystander] {
            prop_assert!(w.peers[i].destroyed.is_empty());
        }
        prop_assert_eq!(w.peers[owner].resumes, w.peers[owner].reconnects);
        prop_assert_eq!(w.peers[caller].resumes, w.peers[caller].reconnects);
    }
}

/// `emit` says false when the event cannot go: the session is down with no
/// place the relay keeps, or closed (docs: README, `Agent.emit`).
#[test]
fn an_emit_that_cannot_go_returns_false() {
    let mut w = World::new();
    let owner = w.connected_again(Backoff::default(), None);
    let agent = w.create_agent(owner, "e", &[]);
    assert_eq!(w.peers[owner].core.emit(&agent.id, "x", json!(1)), Ok(true));
    w.cut(owner); // the relay offers no resuming here
    assert_eq!(
        w.peers[owner].core.emit(&agent.id, "x", json!(2)),
        Ok(false)
    );
    w.peers[owner].core.close();
    assert_eq!(
        w.peers[owner].core.emit(&agent.id, "x", json!(3)),
        Ok(false)
    );
}

#[test]
fn an_agent_destroyed_while_down_is_destroyed_at_the_relay_once_resumed() {
    let (mut w, owner, caller, bystander, agent) = resuming_trio();
    w.cut(owner);
    let t = w.call(owner, |c, t| c.destroy_agent(&agent.id, t));
    w.settle_all();
    assert_eq!(
        w.outcome(owner, t),
        Some(Outcome::Destroyed(Some(agent.clone())))
    );
    assert!(
        w.peers[bystander].destroyed.is_empty(),
        "the relay keeps it meanwhile"
    );
    reconnect_all(&mut w);
    assert_eq!(w.peers[owner].resumes, 1);
    assert!(
        w.peers[bystander]
            .destroyed
            .iter()
            .any(|r| r.id == agent.id),
        "gone for everyone once the owner is back"
    );
    let asked = w.send(caller, &agent.id, "echo", json!(1), None);
    w.settle_all();
    assert!(matches!(
        w.outcome(caller, asked),
        Some(Outcome::Failed(..))
    ));
    w.assert_each_settled_once();
}

#[test]
fn a_rebuild_cut_short_by_a_lost_socket_finishes_on_the_resume() {
    let (mut w, owner, caller, _, agent) = resuming_trio();
    // The grace runs out: the owner comes back on a new place and makes
    // its agent again...
    w.cut(owner);
    w.expire(owner);
    w.advance(500);
    (0..2).for_each(|_| {
        w.relay_one();
        w.deliver_one(owner);
    });
    // ...and loses that socket before the relay's answers arrive.
    w.relay_one();
    w.cut(owner);
    reconnect_all(&mut w);
    let id = rebound(&w, owner, &agent.id);
    assert_ne!(id, agent.id, "made again");
    assert!(w.peers[owner].core.is_local(&id));
    assert!(w.peers[owner].core.is_open());
    let t = w.send(caller, &id, "echo", json!("back"), None);
    w.settle_all();
    assert_eq!(w.outcome(caller, t), Some(Outcome::Body(json!("back"))));
    // One reconnect told (the rebuild's), not one per answer.
    assert_eq!(w.peers[owner].reconnects, 1);
    w.assert_each_settled_once();
}
