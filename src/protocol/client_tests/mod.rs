//! Deterministic tests of the client core against the relay's core, with a
//! virtual clock and an in-memory network (quinn-proto's `Pair` is the
//! model): every frame a client core writes goes through the relay's
//! `Session` rules and back, in an order the test controls.

use super::client::{
    Answer, Backoff, Client, Error, Event, Failure, Host, Incoming, Io, Options, Write,
    MAX_STREAM_WINDOW, STREAM_WINDOW,
};
use super::resume::{self, ack_packet, parse_ack, ACK_EVERY};
use super::session::{
    connect_accepted, parse_connect, Agreed, ConnId, Out, Resumable, Resume, Session,
};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::cell::Cell;
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;

/// What a test agent's handler does with a request.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Behaviour {
    Echo,
    Fail,
    /// Keeps it: the test answers (or never does) by hand.
    Hold,
}

#[derive(Debug, PartialEq)]
struct Handle {
    id: String,
    info: Value,
}

struct TestHost {
    remotes_made: usize,
    /// The world's virtual clock.
    clock: Rc<Cell<u64>>,
    /// Local agents made again after a reconnect: (old id, new id).
    rebinds: Vec<(String, String)>,
    /// `ctx`s made, numbered from 1.
    contexts: u64,
}

impl Host for TestHost {
    type Body = Value;
    type Reply = u32;
    type Handler = Behaviour;
    type Local = Rc<Handle>;
    type Remote = Rc<Handle>;
    type Context = u64;
    type Sink = u32;

    fn context(&mut self, _request: &Value, _stream: bool) -> u64 {
        self.contexts += 1;
        self.contexts
    }

    fn local(&mut self, id: &str, info: &Value) -> Rc<Handle> {
        Rc::new(Handle {
            id: id.into(),
            info: info.clone(),
        })
    }

    fn remote(&mut self, id: &str, info: &Value) -> Rc<Handle> {
        self.remotes_made += 1;
        self.local(id, info)
    }

    fn now(&self) -> u64 {
        self.clock.get()
    }

    /// No jitter: delays are the backoff's bases.
    fn random(&mut self) -> f64 {
        0.0
    }

    fn rebind(&mut self, local: &Rc<Handle>, id: &str, _info: &Value) {
        self.rebinds.push((local.id.clone(), id.to_owned()));
    }
}

/// How a call ended, as the test records it.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Connected,
    Body(Value),
    Agent(Rc<Handle>),
    Destroyed(Option<Rc<Handle>>),
    Agents(Vec<Rc<Handle>>),
    Failed(Error, Option<Value>),
    /// Given up by its caller (`cancel` handed the reply back).
    Aborted,
}

/// A request a `Hold` handler kept.
#[derive(Debug, Clone)]
struct Held {
    agent: String,
    id: String,
    name: String,
    body: Value,
    ctx: u64,
}

/// One client: its core, its place at the relay, and what it was told.
struct Peer {
    core: Client<TestHost>,
    /// The `ctx`s of requests given up, and why.
    aborted: Vec<(u64, Error)>,
    /// Chunks received, by the token of their call.
    chunks: Vec<(u32, Value)>,
    /// The `ctx`s of streams granted more credit, in order.
    credited: Vec<u64>,
    /// The core's number of each call (by the test's token) it gave one.
    numbers: BTreeMap<u32, u64>,
    conn: ConnId,
    /// Joined the relay's session (its connect went through).
    joined: bool,
    /// The transport is gone.
    cut: bool,
    inbox: VecDeque<String>,
    settled: BTreeMap<u32, Vec<Outcome>>,
    /// Handlers a new local agent gets as soon as it is created (as a page
    /// sets them in `createAgent`'s callback, before any later packet).
    handlers_for_new: Vec<(String, Behaviour)>,
    /// What each failure said of its call (request name, to whom).
    failed_calls: BTreeMap<u32, Option<(String, String)>>,
    issued: Vec<u32>,
    held: Vec<Held>,
    created: Vec<Rc<Handle>>,
    destroyed: Vec<Rc<Handle>>,
    heard: Vec<(Rc<Handle>, String, Value)>,
    /// What it was told of who hears its agents' events.
    interest: Vec<(Rc<Handle>, Option<String>, bool)>,
    closed: Option<Vec<Rc<Handle>>>,
    /// Reconnection: Disconnected, Reconnecting (attempt, delay), Reconnected.
    disconnects: Vec<Error>,
    attempts: Vec<(u32, u32)>,
    reconnects: usize,
    /// The link swallows everything, both ways, and nobody notices.
    hole: bool,
    /// Opening a transport fails at once.
    unreachable: bool,
    /// Reconnections that resumed the place the relay kept.
    resumes: usize,
    /// The relay's side of its resumable place, when it has one.
    place: Option<Place>,
    /// Its transport's number: each reopen makes a new one.
    link: u32,
}

/// A resumable place, as the relay keeps it (with the relay's own
/// bookkeeping, `resume::Place`): a member of the session with or without
/// a socket.
struct Place {
    conn: ConnId,
    kept: resume::Place<String>,
    detached: bool,
}

impl Peer {
    /// The member of the relay's session this peer is, if any.
    fn member(&self) -> Option<ConnId> {
        match &self.place {
            Some(place) => Some(place.conn),
            None => (self.joined && !self.cut).then_some(self.conn),
        }
    }
}

/// Client cores, one relay core, a clock.
struct World {
    relay: Session<()>,
    peers: Vec<Peer>,
    /// Frames on their way to the relay.
    /// (peer, its link then, frame): a frame of a link since replaced is
    /// lost with it.
    uplink: VecDeque<(usize, u32, String)>,
    now: u64,
    /// `now`, as the client cores read it.
    clock: Rc<Cell<u64>>,
    next_token: u32,
    /// The relay offers resuming to clients that ask.
    resume: bool,
    /// The relay agrees to `cancel` with clients that ask (as ragentsd).
    cancel: bool,
    /// The relay agrees to `interest` with clients that ask (ragentsd
    /// does; off by default here, where the tests' pages listen to nothing
    /// and expect every event).
    interest: bool,
}

fn frame_text(head: String, body: Option<Value>, tail: &str) -> String {
    head + &body.map_or(String::new(), |b| b.to_string()) + tail
}

/// What a driver does: read the envelope, leave the body a value.
fn incoming(text: &str) -> Incoming<Value> {
    let mut packets = super::client::values::read_frame(text);
    assert_eq!(packets.len(), 1, "one packet a frame here: {text}");
    packets.remove(0)
}

impl World {
    fn new() -> World {
        World {
            relay: Session::default(),
            peers: Vec::new(),
            uplink: VecDeque::new(),
            now: 1000,
            clock: Rc::new(Cell::new(1000)),
            next_token: 1,
            resume: false,
            cancel: true,
            interest: false,
        }
    }

    fn token(&mut self, peer: usize) -> u32 {
        let t = self.next_token;
        self.next_token += 1;
        self.peers[peer].issued.push(t);
        t
    }

    /// A client connecting (transport open, connect not yet relayed).
    fn add(&mut self, timeout: Option<u32>) -> usize {
        let options = Options {
            timeout,
            ..Options::default()
        };
        self.add_with(options)
    }

    /// A connected client that reconnects (and beats, if `heartbeat`).
    fn connected_again(&mut self, backoff: Backoff, heartbeat: Option<u32>) -> usize {
        let options = Options {
            timeout: None,
            reconnect: Some(backoff),
            heartbeat,
        };
        let i = self.add_with(options);
        self.settle_all();
        assert!(self.peers[i].core.is_open());
        i
    }

    fn add_with(&mut self, options: Options) -> usize {
        let i = self.peers.len();
        let token = self.next_token;
        self.next_token += 1;
        let salt = format!("s{i}");
        let host = TestHost {
            remotes_made: 0,
            clock: self.clock.clone(),
            rebinds: Vec::new(),
            contexts: 0,
        };
        let core = Client::new(host, "\"k\"".into(), &salt, options, token);
        self.peers.push(Peer {
            core,
            aborted: Vec::new(),
            chunks: Vec::new(),
            credited: Vec::new(),
            numbers: BTreeMap::new(),
            conn: 100 + 100 * i as ConnId,
            joined: false,
            cut: false,
            inbox: VecDeque::new(),
            settled: BTreeMap::new(),
            handlers_for_new: Vec::new(),
            failed_calls: BTreeMap::new(),
            issued: vec![token],
            held: Vec::new(),
            created: Vec::new(),
            destroyed: Vec::new(),
            heard: Vec::new(),
            interest: Vec::new(),
            closed: None,
            disconnects: Vec::new(),
            attempts: Vec::new(),
            reconnects: 0,
            hole: false,
            unreachable: false,
            resumes: 0,
            place: None,
            link: 0,
        });
        self.peers[i].core.transport_open();
        self.drive(i);
        i
    }

    /// A connected client.
    fn connected(&mut self, timeout: Option<u32>) -> usize {
        let i = self.add(timeout);
        self.settle_all();
        assert!(self.peers[i].core.is_open());
        i
    }

    /// Carries out a peer's outputs, as a driver would.
    fn drive(&mut self, i: usize) {
        loop {
            let mut progressed = false;
            while let Some(io) = self.peers[i].core.poll_io() {
                progressed = true;
                match io {
                    Io::Send(f) if !self.peers[i].cut && !self.peers[i].hole => {
                        let link = self.peers[i].link;
                        self.uplink
                            .push_back((i, link, frame_text(f.head, f.body, &f.tail)));
                    }
                    Io::Ack(n) if !self.peers[i].cut && !self.peers[i].hole => {
                        let link = self.peers[i].link;
                        self.uplink.push_back((i, link, ack_packet(n)));
                    }
                    Io::Send(_) | Io::Ack(_) => {}
                    Io::Close | Io::Abandon => self.cut_link(i),
                    Io::Open => self.reopen(i),
                }
            }
            while let Some(event) = self.peers[i].core.poll_event() {
                progressed = true;
                self.on_event(i, event);
            }
            if !progressed {
                return;
            }
        }
    }

    fn on_event(&mut self, i: usize, event: Event<TestHost>) {
        let p = &mut self.peers[i];
        match event {
            Event::Settle { reply, result } => {
                let outcome = match result {
                    Ok(Answer::Connected) => Outcome::Connected,
                    Ok(Answer::Body(b)) => Outcome::Body(b),
                    Ok(Answer::Agent(a)) => {
                        for (name, b) in std::mem::take(&mut p.handlers_for_new) {
                            p.core.set_handler(&a.id, name, b).unwrap();
                        }
                        Outcome::Agent(a)
                    }
                    Ok(Answer::Destroyed(a)) => Outcome::Destroyed(a),
                    Ok(Answer::Agents(list)) => Outcome::Agents(list),
                    Err(Failure { error, body, call }) => {
                        p.failed_calls.insert(reply, call);
                        Outcome::Failed(error, body)
                    }
                };
                p.settled.entry(reply).or_default().push(outcome);
            }
            Event::Cancel { ctx, why } => p.aborted.push((ctx, why)),
            Event::Chunk { sink, body } => p.chunks.push((sink, body)),
            Event::Credit { ctx } => p.credited.push(ctx),
            Event::Request {
                handler,
                agent,
                id,
                name,
                body,
                ctx,
                ..
            } => match handler {
                Behaviour::Echo => {
                    p.core.respond(&agent, &id, &name, Some(body), None);
                }
                Behaviour::Fail => {
                    p.core.respond(
                        &agent,
                        &id,
                        &name,
                        Some(json!("partial")),
                        Some("no such thing"),
                    );
                }
                Behaviour::Hold => p.held.push(Held {
                    agent,
                    id,
                    name,
                    body,
                    ctx,
                }),
            },
            Event::RemoteCreated(r) => p.created.push(r),
            Event::RemoteDestroyed(r) => p.destroyed.push(r),
            Event::RemoteEvent { remote, name, body } => p.heard.push((remote, name, body)),
            Event::Interest { local, name, heard } => p.interest.push((local, name, heard)),
            Event::TransportError => {}
            Event::Disconnected(e) => p.disconnects.push(e),
            Event::Reconnecting { attempt, delay } => p.attempts.push((attempt, delay)),
            Event::Reconnected { resumed } => {
                p.reconnects += 1;
                p.resumes += resumed as usize;
            }
            Event::Closed { remotes } => {
                assert!(p.closed.is_none(), "closed twice");
                p.closed = Some(remotes);
            }
        }
    }

    /// The relay handles one frame from the uplink.
    fn relay_one(&mut self) -> bool {
        let Some((i, link, text)) = self.uplink.pop_front() else {
            return false;
        };
        let conn = self.peers[i].conn;
        if self.peers[i].cut || self.peers[i].link != link {
            return true;
        }
        if !self.peers[i].joined {
            self.connect(i, &text);
            return true;
        }
        if let Some(place) = &mut self.peers[i].place {
            place.kept.confirm();
            if let Some(n) = parse_ack(&text) {
                place.kept.replay.acked(n);
                return true;
            }
        }
        let mut out = Vec::new();
        self.relay.receive(conn, &text, &mut out);
        self.route(out, &text);
        let p = &mut self.peers[i];
        if let Some(n) = p
            .place
            .as_mut()
            .and_then(|place| place.kept.replay.received())
        {
            p.inbox.push_back(ack_packet(n));
        }
        true
    }

    /// The relay answers peer `i`'s `connect`: it resumes the detached
    /// place its token names, or joins it anew (with a place to resume if
    /// it asked and the relay offers).
    fn connect(&mut self, i: usize, text: &str) {
        let connect = parse_connect(text).expect("a connect first");
        let token = format!("t{}", self.next_token);
        self.next_token += 1;
        let p = &mut self.peers[i];
        p.joined = true;
        if let (Resume::Token(asked, acked), Some(place)) = (&connect.resume, &mut p.place) {
            let again = (place.detached && place.kept.has_token(asked))
                .then(|| place.kept.resume(asked, *acked, token.clone()))
                .flatten()
                .map(|(again, _)| again);
            if let Some(again) = again {
                place.detached = false;
                p.conn = place.conn;
                let offer = Resumable {
                    token: &token,
                    grace_ms: 30_000,
                    resumed: Some(place.kept.replay.received_count()),
                };
                let agreed = Agreed {
                    batch: false,
                    cancel: self.cancel && connect.cancel,
                    streams: self.cancel && connect.streams,
                    interest: self.interest && connect.interest,
                };
                p.inbox
                    .push_back(connect_accepted(&connect.id, agreed, Some(offer)));
                p.inbox.extend(again);
                return;
            }
        }
        // A new place: the old one is let go (the grace is the relay's).
        if let Some(old) = p.place.take() {
            let mut out = Vec::new();
            self.relay.leave(old.conn, &mut out);
            self.route(out, "");
        }
        let p = &mut self.peers[i];
        self.relay.join(p.conn, ());
        let offer = (self.resume && connect.resume != Resume::No).then_some(Resumable {
            token: &token,
            grace_ms: 30_000,
            resumed: None,
        });
        if offer.is_some() {
            p.place = Some(Place {
                conn: p.conn,
                kept: resume::Place::new(token.clone()),
                detached: false,
            });
        }
        let agreed = Agreed {
            batch: false,
            cancel: self.cancel && connect.cancel,
            streams: self.cancel && connect.streams,
            interest: self.interest && connect.interest,
        };
        let mut out = Vec::new();
        self.relay.agree(p.conn, agreed, &mut out);
        p.inbox
            .push_back(connect_accepted(&connect.id, agreed, offer));
        self.route(out, "");
    }

    /// The grace of peer `i`'s detached place is over: it leaves.
    fn expire(&mut self, i: usize) {
        if let Some(place) = self.peers[i].place.take_if(|p| p.detached) {
            let mut out = Vec::new();
            self.relay.leave(place.conn, &mut out);
            self.route(out, "");
        }
    }

    fn route(&mut self, out: Vec<Out>, input: &str) {
        for o in out {
            let (to, text) = match o {
                Out::To(c, t) => (Some(vec![c]), t),
                Out::All(t) => (None, t),
                Out::AllInput => (None, input.to_owned()),
                Out::Each(cs, t) => (Some(cs), t),
                Out::EachInput(cs) => (Some(cs), input.to_owned()),
                Out::Nats(..) | Out::NatsAsk { .. } => unreachable!("a session of one relay"),
            };
            for p in &mut self.peers {
                let Some(member) = p.member() else { continue };
                if to.as_ref().is_none_or(|cs| cs.contains(&member)) {
                    let attached = p.joined && !p.cut;
                    if let Some(place) = &mut p.place {
                        let ack = place.kept.replay.ack_due();
                        place.kept.replay.sent(text.clone(), text.len());
                        if let Some(n) = ack.filter(|_| attached) {
                            p.inbox.push_back(ack_packet(n));
                        }
                    }
                    if attached {
                        p.inbox.push_back(text.clone());
                    }
                }
            }
        }
    }

    /// A new transport for peer `i` (a new connection for the relay).
    fn reopen(&mut self, i: usize) {
        self.cut_link(i);
        let p = &mut self.peers[i];
        if p.unreachable {
            p.core.transport_closed("connection refused".into());
            return;
        }
        p.conn += 1;
        p.link += 1;
        p.cut = false;
        p.joined = false;
        p.hole = false;
        p.core.transport_open();
    }

    /// Peer `i` takes one frame from its inbox.
    fn deliver_one(&mut self, i: usize) -> bool {
        let Some(text) = self.peers[i].inbox.pop_front() else {
            return false;
        };
        if self.peers[i].hole {
            return true;
        }
        self.peers[i].core.heard();
        self.peers[i].core.receive(incoming(&text));
        self.drive(i);
        true
    }

    /// Runs the network until nothing moves.
    fn settle_all(&mut self) {
        loop {
            let mut moved = self.relay_one();
            for i in 0..self.peers.len() {
                moved |= self.deliver_one(i);
            }
            if !moved {
                return;
            }
        }
    }

    /// The connection of peer `i` is gone, as the relay sees it.
    fn cut_link(&mut self, i: usize) {
        let p = &mut self.peers[i];
        if p.cut {
            return;
        }
        p.cut = true;
        p.inbox.clear();
        if let Some(place) = &mut p.place {
            place.detached = true; // kept for a resume
        } else if p.joined {
            let mut out = Vec::new();
            self.relay.leave(p.conn, &mut out);
            self.route(out, "");
        }
    }

    /// The network drops peer `i`'s connection.
    fn cut(&mut self, i: usize) {
        self.cut_link(i);
        self.peers[i]
            .core
            .transport_closed("connection reset".into());
        self.drive(i);
    }

    fn advance(&mut self, ms: u64) {
        self.now += ms;
        self.clock.set(self.now);
        for i in 0..self.peers.len() {
            if self.peers[i]
                .core
                .poll_timeout()
                .is_some_and(|at| at <= self.now)
            {
                self.peers[i].core.handle_timeout(self.now);
                self.drive(i);
            }
        }
    }

    // ----- calls, as a user makes them -----

    fn call(
        &mut self,
        i: usize,
        f: impl FnOnce(&mut Client<TestHost>, u32) -> Result<(), super::client::Refused<u32>>,
    ) -> u32 {
        let t = self.token(i);
        if let Err(refused) = f(&mut self.peers[i].core, t) {
            assert_eq!(refused.reply, t);
            self.peers[i]
                .settled
                .entry(t)
                .or_default()
                .push(Outcome::Failed(refused.error, None));
        }
        self.drive(i);
        t
    }

    fn create_agent(&mut self, i: usize, name: &str, handles: &[(&str, Behaviour)]) -> Rc<Handle> {
        let info = json!({"name": name, "title": "t"});
        self.peers[i].handlers_for_new = handles.iter().map(|(n, b)| ((*n).into(), *b)).collect();
        let t = self.call(i, |c, t| c.create_agent(info, t));
        self.settle_all();
        let Some(Outcome::Agent(a)) = self.outcome(i, t) else {
            panic!("no agent: {:?}", self.outcome(i, t))
        };
        a
    }

    fn remotes(&mut self, i: usize) -> Vec<Rc<Handle>> {
        let t = self.call(i, |c, t| c.get_agents(t));
        self.settle_all();
        match self.outcome(i, t) {
            Some(Outcome::Agents(list)) => list,
            other => panic!("getAgents: {other:?}"),
        }
    }

    fn send(&mut self, i: usize, to: &str, name: &str, body: Value, timeout: Option<u32>) -> u32 {
        let to = to.to_owned();
        let name = name.to_owned();
        let number = Rc::new(Cell::new(0));
        let n = number.clone();
        let t = self.call(i, move |c, t| {
            c.send(&to, &name, body, timeout, t).map(|x| n.set(x))
        });
        self.peers[i].numbers.insert(t, number.get());
        t
    }

    /// A streamed call: its chunks are recorded under its token.
    fn stream(&mut self, i: usize, to: &str, name: &str, body: Value) -> u32 {
        let (to, name) = (to.to_owned(), name.to_owned());
        let number = Rc::new(Cell::new(0));
        let n = number.clone();
        let t = self.call(i, move |c, t| {
            (c.stream(&to, &name, body, None, t, t)).map(|x| n.set(x))
        });
        self.peers[i].numbers.insert(t, number.get());
        t
    }

    /// The caller of stream `t` read `n` more chunks: how many more to
    /// read before granting again.
    fn grant(&mut self, i: usize, t: u32, n: u32) -> u32 {
        let number = self.peers[i].numbers[&t];
        let step = self.peers[i].core.grant(number, n);
        self.drive(i);
        step
    }

    /// A handler of peer `i` writes a chunk of its answer to `held`.
    fn write(&mut self, i: usize, held: &Held, body: Value) -> Write {
        let w = self.peers[i].core.write(&held.agent, &held.id, body);
        self.drive(i);
        w
    }

    /// The caller of call `t` gives it up (its signal fired).
    fn abort(&mut self, i: usize, t: u32) {
        let number = self.peers[i].numbers[&t];
        if let Some(reply) = self.peers[i].core.cancel(number) {
            assert_eq!(reply, t);
            let p = &mut self.peers[i];
            p.settled.entry(t).or_default().push(Outcome::Aborted);
        }
        self.drive(i);
    }

    fn named(
        &mut self,
        i: usize,
        agent: &str,
        method: &str,
        params: Value,
        timeout: Option<u32>,
    ) -> u32 {
        let (agent, method) = (agent.to_owned(), method.to_owned());
        let number = Rc::new(Cell::new(0));
        let n = number.clone();
        let t = self.call(i, move |c, t| {
            (c.request_named(&agent, &method, params, timeout, t)).map(|x| n.set(x))
        });
        self.peers[i].numbers.insert(t, number.get());
        t
    }

    /// The one outcome of call `t`; fails if it settled more than once.
    fn outcome(&self, i: usize, t: u32) -> Option<Outcome> {
        let all = self.peers[i].settled.get(&t)?;
        assert_eq!(
            all.len(),
            1,
            "call {t} settled {} times: {all:?}",
            all.len()
        );
        all.first().cloned()
    }

    fn failed(&self, i: usize, t: u32) -> Error {
        match self.outcome(i, t) {
            Some(Outcome::Failed(e, _)) => e,
            other => panic!("call {t} did not fail: {other:?}"),
        }
    }

    /// Every call of every peer settled exactly once, and only calls made.
    fn assert_each_settled_once(&self) {
        for (i, p) in self.peers.iter().enumerate() {
            for t in &p.issued {
                let n = p.settled.get(t).map_or(0, Vec::len);
                assert_eq!(n, 1, "peer {i}: call {t} settled {n} times");
            }
            for t in p.settled.keys() {
                assert!(p.issued.contains(t), "peer {i}: settled {t}, never made");
            }
        }
    }
}

/// An echo agent on peer 0 and a second peer that sees it.
fn echo_pair() -> (World, Rc<Handle>, Rc<Handle>) {
    let mut w = World::new();
    let a = w.connected(None);
    let b = w.connected(None);
    let agent = w.create_agent(
        a,
        "echoer",
        &[
            ("echo", Behaviour::Echo),
            ("fail", Behaviour::Fail),
            ("hold", Behaviour::Hold),
        ],
    );
    let remote = w.remotes(b).pop().unwrap();
    (w, agent, remote)
}

/// An agent (peer 0) whose "hold" requests wait for the test, and a
/// caller (peer 1) with its remote handle.
fn holding_pair(cancel: bool) -> (World, Rc<Handle>) {
    let mut w = World::new();
    w.cancel = cancel;
    let a = w.connected(None);
    w.create_agent(a, "slow", &[("hold", Behaviour::Hold)]);
    let b = w.connected(None);
    let remote = w.remotes(b).pop().unwrap();
    (w, remote)
}

mod calls;
mod cancel;
mod interest;
mod link;
mod streams;
