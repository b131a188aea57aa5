//! Interest, client cores against the relay's: what a page listens to is
//! stated and only that is sent; an agent knows who hears it, and sends
//! nothing nobody hears; a listener added before the emit it asked for
//! hears it whatever the order frames move in; a new place states it all
//! again, a resumed one keeps it.

use super::*;

/// An agent "src" on peer 0, whose "go" requests wait for the test, and a
/// second peer with its remote handle; both agreed to interest.
fn interest_pair() -> (World, Rc<Handle>, Rc<Handle>) {
    let mut w = World::new();
    w.interest = true;
    let a = w.connected(None);
    let agent = w.create_agent(a, "src", &[("go", Behaviour::Hold)]);
    let b = w.connected(None);
    let remote = w.remotes(b).pop().unwrap();
    (w, agent, remote)
}

/// Peer `i`'s agent emits event `name`: whether it went.
fn emit(w: &mut World, i: usize, agent: &str, name: &str) -> bool {
    let sent = w.peers[i].core.emit(agent, name, json!(name)).unwrap();
    w.drive(i);
    sent
}

/// Peer `i`'s page gets its first listener of `name` (or loses its last).
fn listen(w: &mut World, i: usize, agent: &str, name: &str, on: bool) {
    w.peers[i].core.listen(agent, name, on);
    w.drive(i);
}

fn heard(w: &World, i: usize) -> Vec<String> {
    w.peers[i].heard.iter().map(|(_, n, _)| n.clone()).collect()
}

fn told(w: &World, i: usize) -> Vec<(String, Option<String>, bool)> {
    let told = w.peers[i].interest.iter();
    told.map(|(l, n, h)| (l.id.clone(), n.clone(), *h))
        .collect()
}

#[test]
fn only_what_a_page_listens_to_is_sent_and_its_agent_is_told() {
    let (mut w, agent, remote) = interest_pair();
    let id = agent.id.clone();
    assert!(!w.peers[0].core.is_heard(&id, "a"), "nobody listens yet");
    assert!(
        !emit(&mut w, 0, &id, "a"),
        "an event nobody hears is not sent"
    );

    listen(&mut w, 1, &remote.id, "a", true);
    w.settle_all();
    assert!(w.peers[0].core.is_heard(&id, "a"));
    assert!(!w.peers[0].core.is_heard(&id, "b"));
    assert_eq!(told(&w, 0), [(id.clone(), Some("a".into()), true)]);
    assert!(emit(&mut w, 0, &id, "a"));
    assert!(!emit(&mut w, 0, &id, "b"));
    w.settle_all();
    assert_eq!(heard(&w, 1), ["a"]);

    listen(&mut w, 1, &remote.id, "a", false);
    w.settle_all();
    assert!(!emit(&mut w, 0, &id, "a"), "off: nobody hears a again");
    assert_eq!(told(&w, 0).last(), Some(&(id, Some("a".into()), false)));
    assert_eq!(w.relay.interest_count(), 0);
}

#[test]
fn a_client_that_did_not_ask_hears_everything_while_it_is_there() {
    let (mut w, agent, _) = interest_pair();
    let id = agent.id.clone();
    w.interest = false; // the next client is as 1.0.0's: it hears every event
    let old = w.connected(None);
    w.remotes(old);
    assert!(w.peers[0].core.is_heard(&id, "b"));
    assert_eq!(told(&w, 0).last(), Some(&(id.clone(), None, true)));
    assert!(emit(&mut w, 0, &id, "b"));
    w.settle_all();
    assert_eq!(heard(&w, old), ["b"]);

    w.cut(old);
    w.settle_all();
    assert!(
        !w.peers[0].core.is_heard(&id, "b"),
        "it left: nobody hears b"
    );
    assert_eq!(told(&w, 0).last(), Some(&(id, None, false)));
}

#[test]
fn a_name_too_long_to_state_listens_to_every_event_of_its_agent() {
    let (mut w, agent, remote) = interest_pair();
    let long = "x".repeat(300);
    listen(&mut w, 1, &remote.id, &long, true);
    listen(&mut w, 1, &remote.id, &"y".repeat(300), true);
    w.settle_all();
    assert_eq!(w.relay.interest_count(), 1, "one pair: every event of src");
    assert!(emit(&mut w, 0, &agent.id, "c"));
    w.settle_all();
    assert_eq!(
        heard(&w, 1),
        ["c"],
        "the relay sends it; the page keeps what it listens to"
    );
    // Both long names stand for the pair: it goes with the last of them.
    listen(&mut w, 1, &remote.id, &long, false);
    w.settle_all();
    assert_eq!(w.relay.interest_count(), 1);
    listen(&mut w, 1, &remote.id, &"y".repeat(300), false);
    w.settle_all();
    assert_eq!(w.relay.interest_count(), 0);
    assert!(!emit(&mut w, 0, &agent.id, "c"));
}

/// Agent "src" on peer 0; peer 1, which reconnects (to the place it had,
/// if `resume`), listens to its `a`; then peer 1's socket is cut.
fn listening_then_cut(resume: bool) -> (World, Rc<Handle>, Rc<Handle>) {
    let mut w = World::new();
    w.interest = true;
    w.resume = resume;
    let a = w.connected(None);
    let agent = w.create_agent(a, "src", &[]);
    let backoff = Backoff {
        min_delay: 10,
        max_delay: 10,
        ..Backoff::default()
    };
    let b = w.connected_again(backoff, None);
    let remote = w.remotes(b).pop().unwrap();
    listen(&mut w, b, &remote.id, "a", true);
    w.settle_all();
    w.cut(b);
    (w, agent, remote)
}

#[test]
fn a_new_place_states_interest_again_and_a_resumed_one_keeps_it() {
    for resume in [true, false] {
        let (mut w, agent, _) = listening_then_cut(resume);
        let (a, b) = (0, 1);
        w.settle_all();
        if !resume {
            assert!(
                !w.peers[a].core.is_heard(&agent.id, "a"),
                "its listener left"
            );
        }
        w.advance(10);
        w.settle_all();
        assert_eq!(w.peers[b].reconnects, 1);
        assert_eq!(w.peers[b].resumes, resume as usize);
        assert_eq!(w.relay.interest_count(), 1, "resume {resume}");
        assert!(w.peers[a].core.is_heard(&agent.id, "a"), "resume {resume}");
        assert!(emit(&mut w, a, &agent.id, "a"));
        w.settle_all();
        assert_eq!(heard(&w, b), ["a"], "resume {resume}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// A page listens to `a`, then asks the agent for it; the agent emits
    /// `a` when the request comes, if anyone hears it. Whatever order the
    /// frames move in (the relay and each client taking one in turn as
    /// the schedule says), the event is sent and heard exactly once: the
    /// relay tells the agent of its listener before the request.
    #[test]
    fn a_listener_added_before_the_emit_it_asks_for_hears_it(
        schedule in proptest::collection::vec(0usize..3, 0..60),
    ) {
        let (mut w, agent, remote) = interest_pair();
        listen(&mut w, 1, &remote.id, "a", true);
        w.send(1, &remote.id, "go", json!(null), None);
        let mut sent = None;
        for step in schedule.iter().chain([0, 1, 2].iter().cycle().take(60)) {
            match step {
                0 => { w.relay_one(); }
                _ => { w.deliver_one(step - 1); }
            }
            if let Some(held) = w.peers[0].held.pop() {
                sent = Some(emit(&mut w, 0, &agent.id, "a"));
                w.peers[0].core.respond(&held.agent, &held.id, &held.name, None, None);
                w.drive(0);
            }
        }
        w.settle_all();
        prop_assert_eq!(sent, Some(true));
        prop_assert_eq!(heard(&w, 1), ["a"]);
    }
}

#[test]
fn a_page_listening_to_its_own_agent_hears_its_emit_at_once() {
    let (mut w, agent, _) = interest_pair();
    let own = w.remotes(0).into_iter().find(|r| r.id == agent.id).unwrap();
    listen(&mut w, 0, &own.id, "a", true);
    // Before the relay has said anyone hears it: the page does.
    assert!(w.peers[0].core.is_heard(&agent.id, "a"));
    assert!(emit(&mut w, 0, &agent.id, "a"));
    w.settle_all();
    assert_eq!(heard(&w, 0), ["a"]);
}

#[test]
fn what_changes_while_down_is_told_to_the_resumed_place_once() {
    let (mut w, agent, remote) = listening_then_cut(true);
    let (a, b) = (0, 1);
    // Down: off and on again, then a new one; nothing is sent meanwhile.
    listen(&mut w, b, &remote.id, "a", false);
    listen(&mut w, b, &remote.id, "a", true);
    listen(&mut w, b, &remote.id, "a", false);
    listen(&mut w, b, &remote.id, "c", true);
    assert_eq!(
        w.peers[b].core.in_flight(),
        0,
        "no request piles up while down"
    );
    w.advance(10);
    w.settle_all();
    assert_eq!(w.peers[b].resumes, 1);
    assert_eq!(w.relay.interest_count(), 1, "the place has c alone");
    assert!(!emit(&mut w, a, &agent.id, "a"));
    assert!(emit(&mut w, a, &agent.id, "c"));
    w.settle_all();
    assert_eq!(heard(&w, b), ["c"]);
}
