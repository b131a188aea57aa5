//! Streams: chunks within the caller's credit, their end, a cancel, and
//! cuts of either socket.

use super::*;

// ----- streams -----

#[test]
fn a_stream_delivers_its_chunks_in_order_within_credit_then_its_result() {
    let (mut w, remote) = holding_pair(true);
    let t = w.stream(1, &remote.id, "hold", json!("go"));
    w.settle_all();
    let held = w.peers[0].held[0].clone();
    // The window: as many chunks go as the caller grants, then writes wait.
    for n in 0..STREAM_WINDOW {
        assert_eq!(w.write(0, &held, json!(n)), Write::Sent);
    }
    assert_eq!(w.write(0, &held, json!("over")), Write::Wait);
    w.settle_all();
    let got: Vec<Value> = w.peers[1].chunks.iter().map(|(_, c)| c.clone()).collect();
    assert_eq!(
        got,
        (0..STREAM_WINDOW).map(|n| json!(n)).collect::<Vec<_>>()
    );
    assert!(w.peers[1].chunks.iter().all(|(sink, _)| *sink == t));
    // The caller reads some: the agent is told, and may write again, as
    // many as keep the widest window ahead of the reader (the chunks are
    // small); the caller is to grant again when it has read half of it.
    assert_eq!(w.grant(1, t, 2), MAX_STREAM_WINDOW / 2);
    w.settle_all();
    assert_eq!(w.peers[0].credited, [held.ctx]);
    let more = 2 + MAX_STREAM_WINDOW - STREAM_WINDOW;
    for n in 0..more {
        assert_eq!(w.write(0, &held, json!(n)), Write::Sent);
    }
    assert_eq!(w.write(0, &held, json!("c")), Write::Wait);
    w.peers[0]
        .core
        .respond(&held.agent, &held.id, &held.name, Some(json!("end")), None);
    w.drive(0);
    w.settle_all();
    assert_eq!(w.peers[1].chunks.len() as u32, STREAM_WINDOW + more);
    assert_eq!(w.outcome(1, t), Some(Outcome::Body(json!("end"))));
    // Over: writes say so.
    assert_eq!(w.write(0, &held, json!("late")), Write::Over);
    w.assert_each_settled_once();
}

#[test]
fn a_stream_without_a_relay_that_streams_is_one_answer() {
    let (mut w, remote) = holding_pair(false);
    let t = w.stream(1, &remote.id, "hold", json!("go"));
    w.settle_all();
    let held = w.peers[0].held[0].clone();
    assert_eq!(
        w.write(0, &held, json!(1)),
        Write::Over,
        "no stream: the agent gathers"
    );
    w.peers[0]
        .core
        .respond(&held.agent, &held.id, &held.name, Some(json!([1])), None);
    w.drive(0);
    w.settle_all();
    assert!(w.peers[1].chunks.is_empty());
    assert_eq!(w.outcome(1, t), Some(Outcome::Body(json!([1]))));
}

#[test]
fn a_plain_send_is_no_stream_at_the_agent() {
    let (mut w, remote) = holding_pair(true);
    w.send(1, &remote.id, "hold", json!(1), None);
    w.settle_all();
    let held = w.peers[0].held[0].clone();
    assert_eq!(w.write(0, &held, json!(1)), Write::Over);
}

#[test]
fn cancelling_a_stream_stops_its_writes_and_late_chunks_go_nowhere() {
    let (mut w, remote) = holding_pair(true);
    let t = w.stream(1, &remote.id, "hold", json!("go"));
    w.settle_all();
    let held = w.peers[0].held[0].clone();
    assert_eq!(w.write(0, &held, json!(0)), Write::Sent);
    // The caller breaks out while a chunk is on its way.
    w.abort(1, t);
    w.settle_all();
    assert_eq!(
        w.peers[0].aborted,
        [(held.ctx, Error::Cancelled("cancelled".into()))]
    );
    assert_eq!(w.write(0, &held, json!(1)), Write::Over);
    let before = w.peers[1].chunks.len();
    w.settle_all();
    assert_eq!(w.peers[1].chunks.len(), before, "nothing after the cancel");
    assert_eq!(w.outcome(1, t), Some(Outcome::Aborted));
    w.assert_each_settled_once();
}

proptest! {
    /// Chunks cross a cut of either socket of a resumable session at any
    /// packet boundary: each arrives exactly once, in order, then the result.
    #[test]
    fn a_stream_survives_cuts_with_every_chunk_once_in_order(
        cuts in proptest::collection::vec((0usize..2, 0usize..40), 0..3)
    ) {
        let mut w = World::new();
        w.resume = true;
        let backoff = Backoff { min_delay: 10, max_delay: 10, factor: 1.0, jitter: 0.0, retries: None };
        let a = w.connected_again(backoff.clone(), None);
        w.create_agent(a, "slow", &[("hold", Behaviour::Hold)]);
        let b = w.connected_again(backoff, None);
        let remote = w.remotes(b).pop().unwrap();
        let t = w.stream(b, &remote.id, "hold", json!("go"));
        w.settle_all();
        let held = w.peers[a].held[0].clone();
        let mut sent = 0u32;
        for step in 0..40 {
            for (who, at) in &cuts {
                if *at == step {
                    w.cut(if *who == 0 { a } else { b });
                }
            }
            if sent < 20 && w.write(a, &held, json!(sent)) == Write::Sent {
                sent += 1;
            }
            w.relay_one();
            for i in 0..2 {
                w.deliver_one(i);
            }
            w.advance(5);
        }
        for _ in 0..20 {
            w.advance(10);
            w.settle_all();
        }
        while sent < 20 && w.write(a, &held, json!(sent)) == Write::Sent {
            sent += 1;
        }
        w.peers[a].core.respond(&held.agent, &held.id, &held.name, Some(json!("end")), None);
        w.drive(a);
        for _ in 0..20 {
            w.advance(10);
            w.settle_all();
        }
        let got: Vec<Value> = w.peers[b].chunks.iter().map(|(_, c)| c.clone()).collect();
        prop_assert_eq!(got, (0..sent).map(|n| json!(n)).collect::<Vec<_>>());
        prop_assert_eq!(sent, 20);
        prop_assert_eq!(w.outcome(b, t), Some(Outcome::Body(json!("end"))));
    }
}
