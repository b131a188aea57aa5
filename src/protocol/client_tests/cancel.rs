//! Cancelling calls, deadlines that travel, and what ends a handler's
//! ctx.

use super::*;

// ----- cancelling calls, and deadlines that travel -----

#[test]
fn a_cancelled_call_settles_once_and_aborts_the_handlers_ctx_once() {
    let (mut w, remote) = holding_pair(true);
    let t = w.send(1, &remote.id, "hold", json!(1), None);
    w.settle_all();
    let held = w.peers[0].held[0].clone();
    w.abort(1, t);
    w.settle_all();
    assert_eq!(w.outcome(1, t), Some(Outcome::Aborted));
    assert_eq!(
        w.peers[0].aborted,
        [(held.ctx, Error::Cancelled("cancelled".into()))]
    );
    assert_eq!(w.relay.pending_count(), 0, "the relay forgot it");
    // The handler answers anyway: nothing is sent (the relay would refuse
    // it), and the caller hears nothing.
    assert!(!w.peers[0]
        .core
        .respond(&held.agent, &held.id, &held.name, Some(json!(2)), None));
    assert!(w.peers[0].core.poll_io().is_none(), "no answer sent");
    w.drive(0);
    w.settle_all();
    // A second abort, and an abort of a settled call, do nothing.
    w.abort(1, t);
    let done = w.send(1, &remote.id, "hold", json!(3), None);
    w.settle_all();
    let held = w.peers[0].held.pop().unwrap();
    w.peers[0]
        .core
        .respond(&held.agent, &held.id, &held.name, Some(json!(4)), None);
    w.drive(0);
    w.settle_all();
    w.abort(1, done);
    assert_eq!(w.outcome(1, done), Some(Outcome::Body(json!(4))));
    assert_eq!(
        w.peers[0].aborted.len(),
        1,
        "an answered request is not aborted"
    );
    w.assert_each_settled_once();
}

#[test]
fn a_call_aborted_before_it_went_out_sends_nothing() {
    let (mut w, _) = holding_pair(true);
    // A named call waiting for an agent that does not exist yet.
    let t = w.named(1, "later", "hold", json!(1), Some(5_000));
    w.settle_all();
    w.abort(1, t);
    assert_eq!(w.outcome(1, t), Some(Outcome::Aborted));
    w.create_agent(0, "later", &[("hold", Behaviour::Hold)]);
    w.settle_all();
    assert!(w.peers[0].held.is_empty(), "the agent never heard of it");
    w.assert_each_settled_once();
}

#[test]
fn a_deadline_travels_to_the_agent_and_ends_its_ctx_there() {
    let (mut w, remote) = holding_pair(true);
    let t = w.send(1, &remote.id, "hold", json!(1), Some(500));
    w.settle_all();
    let held = w.peers[0].held[0].clone();
    w.advance(499);
    assert!(w.peers[0].aborted.is_empty(), "not before its time");
    w.advance(1);
    assert_eq!(w.failed(1, t), Error::Timeout(500));
    assert_eq!(w.peers[0].aborted, [(held.ctx, Error::Timeout(500))]);
    // Its handler answers late: nothing is sent.
    let late = Some(json!(2));
    assert!(!(w.peers[0].core).respond(&held.agent, &held.id, &held.name, late, None));
    assert!(w.peers[0].core.poll_io().is_none(), "no answer sent");
    w.assert_each_settled_once();
}

#[test]
fn a_caller_that_leaves_and_an_agent_that_closes_end_the_handlers_ctx() {
    let (mut w, remote) = holding_pair(true);
    w.send(1, &remote.id, "hold", json!(1), None);
    w.settle_all();
    w.peers[1].core.close();
    w.drive(1);
    w.settle_all();
    let first = w.peers[0].held[0].ctx;
    assert_eq!(
        w.peers[0].aborted,
        [(first, Error::Cancelled("caller left".into()))]
    );
    let c = w.connected(None);
    let remote = w.remotes(c).pop().unwrap();
    w.send(c, &remote.id, "hold", json!(2), None);
    w.settle_all();
    let second = w.peers[0].held[1].ctx;
    w.peers[0].core.close();
    w.drive(0);
    assert_eq!(w.peers[0].aborted[1], (second, Error::Closed));
    assert_eq!(w.peers[0].aborted.len(), 2);
}

#[test]
fn with_a_relay_that_does_not_agree_cancel_is_local_and_nothing_new_is_sent() {
    let (mut w, remote) = holding_pair(false);
    let t = w.send(1, &remote.id, "hold", json!(1), Some(500));
    w.settle_all();
    let held = w.peers[0].held[0].clone();
    assert_eq!(held.ctx, 1, "handlers get a ctx all the same");
    w.abort(1, t);
    w.settle_all();
    assert_eq!(w.outcome(1, t), Some(Outcome::Aborted));
    assert!(w.peers[0].aborted.is_empty(), "nothing to tell the agent");
    assert_eq!(
        w.relay.pending_count(),
        1,
        "the relay still waits, as 1.0.0's"
    );
    w.advance(1_000);
    assert!(
        w.peers[0].aborted.is_empty(),
        "no deadline reached the agent"
    );
}

proptest! {
    /// An abort at any packet boundary of a call's life (before it goes,
    /// in flight, crossing the answer, after it): the call settles exactly
    /// once, aborted or answered; the handler's ctx is aborted at most
    /// once, and only if the answer had not gone; the relay forgets it.
    #[test]
    fn an_abort_at_any_boundary_settles_exactly_once(steps in 0usize..8, answer_first in any::<bool>()) {
        let (mut w, remote) = holding_pair(true);
        let t = w.send(1, &remote.id, "hold", json!(1), None);
        let mut answered = false;
        for step in 0..8 {
            if step == steps {
                w.abort(1, t);
            }
            if !w.relay_one() && (answer_first || step > steps) {
                if let Some(h) = w.peers[0].held.pop() {
                    answered |= w.peers[0].core.respond(&h.agent, &h.id, &h.name, Some(json!(2)), None);
                }
            }
            for i in 0..2 {
                w.drive(i);
            }
        }
        w.abort(1, t);
        w.settle_all();
        let outcome = w.outcome(1, t);
        prop_assert!(matches!(outcome, Some(Outcome::Aborted) | Some(Outcome::Body(_))), "{outcome:?}");
        prop_assert!(w.peers[0].aborted.len() <= 1);
        if answered {
            prop_assert!(w.peers[0].aborted.is_empty(), "an answered request is not aborted");
        }
        prop_assert_eq!(w.relay.pending_count(), 0);
        w.assert_each_settled_once();
    }
}

#[test]
fn a_call_that_times_out_is_cancelled_at_the_relay_and_at_its_agent() {
    let (mut w, remote) = holding_pair(true);
    // A stream too: its deadline travels as a call's does.
    let t = w.stream(1, &remote.id, "hold", json!(1));
    let timed = w.send(1, &remote.id, "hold", json!(2), Some(300));
    w.settle_all();
    assert_eq!(w.relay.pending_count(), 2);
    let held = w.peers[0].held[1].clone();
    w.advance(300);
    w.settle_all();
    assert_eq!(w.failed(1, timed), Error::Timeout(300));
    assert_eq!(
        w.relay.pending_count(),
        1,
        "the caller's cancel reached the relay"
    );
    // Whichever comes first, its own deadline or the caller's cancel, the
    // agent is told of a timeout.
    assert_eq!(w.peers[0].aborted, [(held.ctx, Error::Timeout(300))]);
    assert_eq!(
        w.outcome(1, t),
        None,
        "the stream without a deadline goes on"
    );
    w.abort(1, t);
    w.assert_each_settled_once();
}

#[test]
fn a_streams_timeout_reaches_its_agent() {
    let mut w = World::new();
    let a = w.connected(None);
    w.create_agent(a, "slow", &[("hold", Behaviour::Hold)]);
    let b = w.connected(Some(400));
    let remote = w.remotes(b).pop().unwrap();
    let t = w.stream(b, &remote.id, "hold", json!(1));
    w.settle_all();
    let held = w.peers[a].held[0].clone();
    w.advance(400);
    w.settle_all();
    assert_eq!(w.failed(b, t), Error::Timeout(400));
    assert_eq!(w.peers[a].aborted, [(held.ctx, Error::Timeout(400))]);
    assert_eq!(w.relay.pending_count(), 0);
}

#[test]
fn destroying_an_agent_ends_the_requests_it_was_answering() {
    let (mut w, remote) = holding_pair(true);
    w.send(1, &remote.id, "hold", json!(1), None);
    w.stream(1, &remote.id, "hold", json!(2));
    w.settle_all();
    let ctxs: Vec<u64> = w.peers[0].held.iter().map(|h| h.ctx).collect();
    let agent = w.peers[0].held[0].agent.clone();
    let t = w.call(0, move |c, t| c.destroy_agent(&agent, t));
    w.settle_all();
    assert!(matches!(w.outcome(0, t), Some(Outcome::Destroyed(_))));
    let mut aborted = w.peers[0].aborted.clone();
    aborted.sort_by_key(|(ctx, _)| *ctx);
    assert_eq!(
        aborted,
        ctxs.iter()
            .map(|c| (*c, Error::AgentDestroyed))
            .collect::<Vec<_>>()
    );
    // Its late answers and writes go nowhere.
    let h = w.peers[0].held[1].clone();
    assert_eq!(w.write(0, &h, json!(1)), Write::Over);
}
