//! Deterministic tests of the client core against the relay's core, with a
//! virtual clock and an in-memory network (quinn-proto's `Pair` is the
//! model): every frame a client core writes goes through the relay's
//! `Session` rules and back, in an order the test controls.

use super::client::{
    Answer, Backoff, Client, Error, Event, Failure, Host, Incoming, Io, Options, Write,
    STREAM_WINDOW,
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
}

fn frame_text(head: String, body: Option<Value>, tail: &str) -> String {
    head + &body.map_or(String::new(), |b| b.to_string()) + tail
}

/// What a driver does: read the envelope, leave the body a value.
fn incoming(text: &str) -> Incoming<Value> {
    let v: Value = serde_json::from_str(text).unwrap();
    let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
    let body = v.get("body").cloned().unwrap_or(Value::Null);
    match v["type"].as_str() {
        Some("request") => Incoming::Request {
            to: s("to").unwrap(),
            name: s("name").unwrap(),
            id: v["id"].to_string(),
            body,
            timeout: v.get("timeout").and_then(Value::as_u64).map(|t| t as u32),
            stream: v.get("stream").and_then(Value::as_u64).map(|t| t as u32),
        },
        Some("chunk") => Incoming::Chunk {
            from: s("from").unwrap(),
            id: s("id"),
            body,
        },
        Some("credit") => Incoming::Credit {
            to: s("to").unwrap(),
            id: v["id"].to_string(),
            n: v["n"].as_u64().unwrap() as u32,
        },
        Some("cancel") => Incoming::Cancel {
            to: s("to").unwrap(),
            id: v["id"].to_string(),
            error: s("error"),
        },
        Some("response") => Incoming::Response {
            from: s("from").unwrap(),
            name: s("name"),
            id: s("id"),
            body,
            error: s("error"),
        },
        Some("ack") => Incoming::Ack(v["n"].as_u64().unwrap()),
        _ => Incoming::Event {
            from: s("from").unwrap(),
            name: s("name").unwrap(),
            body,
        },
    }
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
                .then(|| place.kept.resume(*acked, token.clone()))
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
        };
        self.relay.agree(p.conn, agreed);
        p.inbox
            .push_back(connect_accepted(&connect.id, agreed, offer));
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
                Out::To(c, t) => (Some(c), t),
                Out::All(t) => (None, t),
                Out::AllInput => (None, input.to_owned()),
                Out::Nats(..) | Out::NatsAsk { .. } => unreachable!("a session of one relay"),
            };
            for p in &mut self.peers {
                let Some(member) = p.member() else { continue };
                if to.is_none_or(|c| c == member) {
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

    /// The caller of stream `t` read `n` more chunks.
    fn grant(&mut self, i: usize, t: u32, n: u32) {
        let number = self.peers[i].numbers[&t];
        self.peers[i].core.grant(number, n);
        self.drive(i);
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
    let (mut w, _agent, remote) = echo_pair();
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
    // The agent answers after all: nobody is told twice.
    let held = w.peers[0].held.pop().unwrap();
    assert!(w.peers[0]
        .core
        .respond(&held.agent, &held.id, &held.name, Some(held.body), None));
    w.drive(0);
    w.settle_all();
    w.assert_each_settled_once();
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
    let refused = super::session::connect_refused();
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

// ----- cancelling calls, and deadlines that travel -----

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
    // The handler answers anyway: harmless, and the caller hears nothing.
    assert!(w.peers[0]
        .core
        .respond(&held.agent, &held.id, &held.name, Some(json!(2)), None));
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
    // The caller reads some: the agent is told, and may write again.
    w.grant(1, t, 2);
    w.settle_all();
    assert_eq!(w.peers[0].credited, [held.ctx]);
    assert_eq!(w.write(0, &held, json!("a")), Write::Sent);
    assert_eq!(w.write(0, &held, json!("b")), Write::Sent);
    assert_eq!(w.write(0, &held, json!("c")), Write::Wait);
    w.peers[0]
        .core
        .respond(&held.agent, &held.id, &held.name, Some(json!("end")), None);
    w.drive(0);
    w.settle_all();
    assert_eq!(w.peers[1].chunks.len() as u32, STREAM_WINDOW + 2);
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
