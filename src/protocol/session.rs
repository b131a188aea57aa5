//! The relay's rules for one session, sans I/O: who is connected, which
//! connection owns which agent, which requests wait for which response, and
//! what each incoming frame (or a departure) makes the relay send.

use super::cluster::{self, Node, RelayId};
use super::packet::{self, error_response, FrameWriter, Packet, SERVER};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::{BTreeMap, HashMap};

/// A connection's number, unique in the relay.
pub type ConnId = u64;

/// The most agents one connection may hold at once.
pub const MAX_AGENTS_PER_CONNECTION: usize = 1024;

/// The most requests one connection may have waiting for a response at
/// once: 4096. More are refused with an error, as the relay keeps each
/// until its agent answers, which an owner may never do (uncapped, 100k
/// requests with 500-byte names held 61 MB; 4096 of them hold about 2.5 MB).
pub const MAX_PENDING_PER_CONNECTION: usize = 4096;

/// The error a request over that cap gets.
pub const TOO_MANY_PENDING: &str = "too many requests in flight";

/// What a session allows each of its connections (`--max-agents`,
/// `--max-pending`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    /// The most agents one connection may hold at once.
    pub agents: usize,
    /// The most requests one connection may have waiting for a response.
    pub pending: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            agents: MAX_AGENTS_PER_CONNECTION,
            pending: MAX_PENDING_PER_CONNECTION,
        }
    }
}

/// Which agents a connection may create: any (the default), none, or only
/// agents with one of these names (a signed token's claims say which).
/// (A thin box: every member of a session holds one, 8 bytes.)
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Create {
    #[default]
    Any,
    Never,
    Named(Box<Vec<Box<str>>>),
}

impl Create {
    pub fn named<S: Into<Box<str>>>(names: impl IntoIterator<Item = S>) -> Create {
        Create::Named(Box::new(names.into_iter().map(Into::into).collect()))
    }
}

/// The error a `createAgent` gets that its connection may not make.
pub const NOT_ALLOWED_TO_CREATE: &str = "not allowed to create this agent";

/// The most bytes of an agent's `name` and `title` together, as JSON: an
/// agent's description goes to everyone, in every `getAgents` answer.
pub const MAX_AGENT_INFO: usize = 4096;

/// The most bytes of a `getAgents` answer's list (larger ones are refused
/// instead of filling the asker's outbox).
pub const MAX_AGENT_LIST: usize = 1 << 20;

/// What to send, and to whom.
#[derive(Debug, PartialEq)]
pub enum Out {
    /// This text to one connection.
    To(ConnId, String),
    /// This text to every connection of the session.
    All(String),
    /// The incoming frame, unchanged, to every connection of the session.
    AllInput,
    /// To other relays over NATS (a session of a cluster): this payload on
    /// this subject.
    Nats(String, String),
    /// A request to another relay: as `Nats`, with a reply subject on which
    /// NATS says when no relay listens (`cluster::unanswered_subject`).
    NatsAsk {
        subject: String,
        reply: String,
        payload: String,
    },
}

/// What the relay made of one frame, for its log.
#[derive(Debug, PartialEq)]
pub enum Verdict {
    /// Relayed or answered as the protocol says.
    Done,
    /// Refused: answered with an error where it could carry one, dropped otherwise.
    Refused(&'static str),
    /// Refused because it acts for an agent of another connection (spoofing
    /// `from`, destroying another's agent): worth a warning in the log.
    Forbidden(&'static str),
}

/// A connection of the session.
struct Member<T> {
    handle: T,
    /// Its requests in `pending`: counted here so that the cap costs no scan.
    waiting: usize,
    create: Create,
}

/// Who holds an agent: a connection here, or another relay of the cluster.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Owner {
    Conn(ConnId),
    Relay(RelayId),
}

struct Agent {
    owner: Owner,
    /// `{"id":..,"name":..,"title":..}`, written once.
    info: String,
    /// Its name when that is a JSON string, for calls by name.
    name: Option<Box<str>>,
    /// The id another relay gave it; None for this relay's agents, whose
    /// id is their number (after the relay's prefix, in a cluster).
    remote_id: Option<Box<str>>,
    /// Another relay's agent that relay said is gone, kept (unlisted, out
    /// of reach) until the requests waiting on it are answered: the
    /// owner's answers come by another subject, and may come after.
    retired: bool,
}

/// Who waits for a request's response: a connection here, or another
/// relay of the cluster, which knows the request as `n`.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Asker {
    Conn(ConnId),
    Relay(RelayId, u64),
}

struct Pending {
    asker: Asker,
    /// The requester's own id, raw JSON, restored on the way back (empty
    /// for another relay's request).
    id: Box<str>,
    agent: u64,
    name: Box<str>,
    /// The session's count of `expire` looks when it was sent.
    look: u32,
}

/// The error a request gets that waited too long for its response.
pub const TIMED_OUT: &str = "request timed out";

/// One session: the connections that joined with one key.
pub struct Session<T> {
    conns: HashMap<ConnId, Member<T>>,
    /// Keyed by the numeric agent id: iteration is creation order.
    agents: BTreeMap<u64, Agent>,
    next_agent: u64,
    /// Keyed by the id the relay gave the request on its way to the agent.
    pending: HashMap<u64, Pending>,
    next_request: u64,
    limits: Limits,
    /// How many times `expire` looked.
    looks: u32,
    /// In a cluster: this relay and the session's name on NATS.
    node: Option<Box<Clustered>>,
    /// The numbers of other relays' agents, by their ids.
    remote: HashMap<Box<str>, u64>,
}

/// What a session of a cluster knows of its relay.
struct Clustered {
    node: Node,
    /// The ids of this relay's agents begin with it.
    prefix: String,
    subject: String,
    /// The relays that have not answered this relay's `hello` yet: while
    /// any has not, `getAgents` waits (in `held`), so that a client that
    /// joins sees every agent of the session, as with one relay.
    awaiting: Vec<RelayId>,
    held: Vec<Held>,
    /// Which wait for the others' agents this is (`expect` counts them).
    round: u32,
}

/// A `getAgents` waiting for the session's agents on other relays.
struct Held {
    conn: ConnId,
    name: Box<str>,
    id: Box<str>,
}

/// The most `getAgents` held at once in a session (more are answered).
const MAX_HELD: usize = 1024;

impl<T> Default for Session<T> {
    fn default() -> Self {
        Session::with_limits(Limits::default())
    }
}

/// Parses an agent id the relay made: decimal digits, no leading zero.
fn agent_number(id: &str) -> Option<u64> {
    let canonical = !id.is_empty() && (id == "0" || !id.starts_with('0'));
    if canonical && id.len() <= 20 && id.bytes().all(|b| b.is_ascii_digit()) {
        id.parse().ok()
    } else {
        None
    }
}

/// The raw JSON of a relay-issued request id: `"17"`.
fn relay_request_number(id: &RawValue) -> Option<u64> {
    let text = id.get();
    agent_number(text.strip_prefix('"')?.strip_suffix('"')?)
}

#[derive(Deserialize, Default)]
struct AgentFields<'a> {
    #[serde(borrow)]
    id: Option<&'a RawValue>,
    #[serde(borrow)]
    name: Option<&'a RawValue>,
    #[serde(borrow)]
    title: Option<&'a RawValue>,
}

fn agent_fields(body: Option<&RawValue>) -> AgentFields<'_> {
    body.and_then(|b| serde_json::from_str(b.get()).ok())
        .unwrap_or_default()
}

impl<T> Session<T> {
    pub fn with_limits(limits: Limits) -> Self {
        Session {
            conns: HashMap::new(),
            agents: BTreeMap::new(),
            next_agent: 1,
            pending: HashMap::new(),
            next_request: 1,
            limits,
            looks: 0,
            node: None,
            remote: HashMap::new(),
        }
    }

    /// A session of a relay in a cluster: its agents are known to the
    /// session's other relays, and theirs here (docs/CLUSTER.md).
    pub fn clustered(limits: Limits, node: Node) -> Self {
        let mut session = Session::with_limits(limits);
        let (prefix, subject) = (node.prefix(), node.subject());
        session.next_request = node.first_request();
        session.node = Some(Box::new(Clustered {
            node,
            prefix,
            subject,
            awaiting: Vec::new(),
            held: Vec::new(),
            round: 0,
        }));
        session
    }

    /// The id of this relay's agent number `n`.
    fn agent_id(&self, n: u64) -> String {
        match &self.node {
            Some(c) => format!("{}{n}", c.prefix),
            None => n.to_string(),
        }
    }

    /// The number of this relay's agent `id`, if it is one's.
    fn local_number(&self, id: &str) -> Option<u64> {
        match &self.node {
            Some(c) => agent_number(id.strip_prefix(c.prefix.as_str())?),
            None => agent_number(id),
        }
    }

    /// The number of live agent `id`, of this relay or another.
    fn number_of(&self, id: &str) -> Option<u64> {
        let local = self.local_number(id).filter(|n| {
            let agent = self.agents.get(n);
            agent.is_some_and(|a| a.remote_id.is_none())
        });
        let n = local.or_else(|| self.remote.get(id).copied())?;
        self.agents.get(&n).filter(|a| !a.retired).map(|_| n)
    }

    fn wire_id(&self, n: u64) -> String {
        match self.agents.get(&n).and_then(|a| a.remote_id.as_deref()) {
            Some(id) => id.to_owned(),
            None => self.agent_id(n),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.conns.is_empty()
    }

    pub fn connection_count(&self) -> usize {
        self.conns.len()
    }

    pub fn agent_count(&self) -> usize {
        self.agents.len()
    }

    pub fn pending_count(&self) -> usize {
        self.pending.len()
    }

    /// How many agents were ever created in the session: it changes when
    /// one is, so a driver can wake whoever waits for an agent by name.
    pub fn agents_created(&self) -> u64 {
        self.next_agent - 1
    }

    /// The number of the agent named `name`: of several, the one created
    /// first that is still alive.
    pub fn agent_named(&self, name: &str) -> Option<u64> {
        let named = self
            .agents
            .iter()
            .find(|(_, a)| a.name.as_deref() == Some(name) && !a.retired);
        named.map(|(n, _)| *n)
    }

    /// A request from `conn` to the agent named `agent` (see `agent_named`),
    /// as if `conn` had sent it in a frame: `id` is raw JSON, restored in
    /// the response; `body` is raw JSON too. None when no agent has that
    /// name (nothing is sent).
    pub fn request_named(
        &mut self,
        conn: ConnId,
        agent: &str,
        name: &str,
        id: &str,
        body: &str,
        out: &mut Vec<Out>,
    ) -> Option<Verdict> {
        let number = self.agent_named(agent)?;
        Some(self.forward(conn, number, &self.wire_id(number), name, id, body, out))
    }

    /// Checks the session's bookkeeping, for the fuzz targets and property
    /// tests: every agent's owner and every waiting request's requester is
    /// a member, every waiting request's agent exists, each member's count
    /// of waiting requests is right, and no connection holds more agents
    /// or waiting requests than its limits.
    pub fn check(&self) -> Result<(), String> {
        let mut waiting: HashMap<ConnId, usize> = HashMap::new();
        for (n, p) in &self.pending {
            if !self.agents.contains_key(&p.agent) {
                return Err(format!("request {n} waits on agent {}, gone", p.agent));
            }
            let Asker::Conn(requester) = p.asker else {
                continue;
            };
            if !self.conns.contains_key(&requester) {
                return Err(format!("request {n} waits for {requester}, gone"));
            }
            *waiting.entry(requester).or_default() += 1;
        }
        let mut owned: HashMap<ConnId, usize> = HashMap::new();
        for (n, a) in &self.agents {
            if a.retired && !self.pending.values().any(|p| p.agent == *n) {
                return Err(format!(
                    "agent {n} is retired with no request waiting on it"
                ));
            }
            let Owner::Conn(owner) = a.owner else {
                let known = a.remote_id.as_ref().and_then(|id| self.remote.get(id));
                if known != Some(n) {
                    return Err(format!("agent {n} of another relay is not known by its id"));
                }
                continue;
            };
            if !self.conns.contains_key(&owner) {
                return Err(format!("agent {n} is owned by {owner}, gone"));
            }
            *owned.entry(owner).or_default() += 1;
        }
        if self.remote.len()
            != self
                .agents
                .values()
                .filter(|a| a.remote_id.is_some())
                .count()
        {
            return Err("the ids of other relays' agents are not all of live agents".into());
        }
        for (c, m) in &self.conns {
            let counted = waiting.get(c).copied().unwrap_or(0);
            if m.waiting != counted || counted > self.limits.pending {
                return Err(format!("{c} waits for {counted}, counted {}", m.waiting));
            }
            if owned.get(c).copied().unwrap_or(0) > self.limits.agents {
                return Err(format!("{c} holds more agents than its limit"));
            }
        }
        Ok(())
    }

    pub fn join(&mut self, conn: ConnId, handle: T) {
        self.join_with(conn, handle, Create::Any);
    }

    /// Joins a connection that may create only the agents `create` allows.
    pub fn join_with(&mut self, conn: ConnId, handle: T, create: Create) {
        let waiting = 0;
        self.conns.insert(
            conn,
            Member {
                handle,
                waiting,
                create,
            },
        );
    }

    /// A member's place is taken over by `handle` (a resumed connection):
    /// its agents, and the requests it waits for, stay as they were.
    pub fn replace(&mut self, conn: ConnId, handle: T) -> Option<T> {
        let member = self.conns.get_mut(&conn)?;
        Some(std::mem::replace(&mut member.handle, handle))
    }

    pub fn handle(&self, conn: ConnId) -> Option<&T> {
        self.conns.get(&conn).map(|m| &m.handle)
    }

    pub fn handles(&self) -> impl Iterator<Item = &T> {
        self.conns.values().map(|m| &m.handle)
    }

    /// A connection left: its agents are destroyed (and announced), requests
    /// waiting on them are failed, and requests it was waiting for are forgotten.
    pub fn leave(&mut self, conn: ConnId, out: &mut Vec<Out>) -> Option<T> {
        let member = self.conns.remove(&conn)?;
        if let Some(c) = &mut self.node {
            c.held.retain(|h| h.conn != conn);
        }
        // Its count leaves with it; the scan is only for one that waits.
        if member.waiting > 0 {
            // Those sent to other relays are called off there.
            let mut gone = Vec::new();
            self.pending.retain(|n, p| {
                let mine = p.asker == Asker::Conn(conn);
                if mine {
                    gone.push((*n, p.agent));
                }
                !mine
            });
            self.call_off(&gone, out);
            let retired: Vec<u64> = (self.agents.iter())
                .filter(|(_, a)| a.retired)
                .map(|(n, _)| *n)
                .collect();
            retired.into_iter().for_each(|n| self.drop_if_retired(n));
        }
        let mine: Vec<u64> = self
            .agents
            .iter()
            .filter(|(_, a)| a.owner == Owner::Conn(conn))
            .map(|(n, _)| *n)
            .collect();
        for number in mine {
            self.destroy(number, out);
        }
        Some(member.handle)
    }

    /// One look of the relay's clock: requests that have waited through
    /// more than `after` looks are answered `request timed out` (their
    /// response, if it comes, is dropped). Returns how many.
    pub fn expire(&mut self, after: u32, out: &mut Vec<Out>) -> usize {
        self.looks = self.looks.wrapping_add(1);
        let (looks, before) = (self.looks, self.pending.len());
        let expired: Vec<(u64, u64)> = (self.pending.iter())
            .filter(|(_, p)| looks.wrapping_sub(p.look) > after)
            .map(|(n, p)| (*n, p.agent))
            .collect();
        // Those sent to other relays are called off there (before `fail`
        // may forget a retired agent).
        self.call_off(&expired, out);
        for (n, _) in expired {
            self.fail(n, TIMED_OUT, out);
        }
        before - self.pending.len()
    }

    /// Tells the relays of the agents of `requests` (request, agent) that
    /// these requests of this relay's are given up: they forget them.
    fn call_off(&self, requests: &[(u64, u64)], out: &mut Vec<Out>) {
        let Some(c) = &self.node else { return };
        let mut cancels: BTreeMap<RelayId, Vec<u64>> = BTreeMap::new();
        for (n, agent) in requests {
            if let Some(Owner::Relay(r)) = self.agents.get(agent).map(|a| a.owner) {
                cancels.entry(r).or_default().push(*n);
            }
        }
        for (relay, ns) in cancels {
            let msg = cluster::cancel(c.node.me, &c.node.hash, &ns);
            out.push(Out::Nats(cluster::relay_subject(relay), msg));
        }
    }

    /// Answers waiting request `n` with `error`, and forgets it.
    fn fail(&mut self, n: u64, error: &str, out: &mut Vec<Out>) {
        let Some(p) = self.pending.remove(&n) else {
            return;
        };
        let agent = self.wire_id(p.agent);
        self.drop_if_retired(p.agent);
        match p.asker {
            Asker::Conn(requester) => {
                done_waiting(&mut self.conns, requester);
                let error = error_response(Some(&p.name), &agent, Some(&p.id), error);
                out.push(Out::To(requester, error));
            }
            Asker::Relay(relay, n) => {
                let Some(c) = &self.node else { return };
                let msg = cluster::response(
                    c.node.me,
                    &c.node.hash,
                    n,
                    &agent,
                    &p.name,
                    None,
                    Some(error),
                );
                out.push(Out::Nats(cluster::relay_subject(relay), msg));
            }
        }
    }

    /// Whether `text` from `conn` is a response that answers a request
    /// waiting for one of its agents (what a relay lets through even over
    /// the connection's rate: their number is bounded by the requests it
    /// was sent).
    pub fn answers(&self, conn: ConnId, text: &str) -> bool {
        let Ok(Packet::Response { from, id, .. }) = packet::parse(text) else {
            return false;
        };
        let agent = self.owned(conn, &from);
        agent.and_then(|a| self.waiting_on(a, id)).is_some()
    }

    /// The request waiting on `agent` that the relay sent under `id`.
    fn waiting_on(&self, agent: u64, id: &RawValue) -> Option<u64> {
        relay_request_number(id).filter(|n| self.pending.get(n).is_some_and(|p| p.agent == agent))
    }

    /// One frame from `conn`, already known to be text.
    pub fn receive(&mut self, conn: ConnId, text: &str, out: &mut Vec<Out>) -> Verdict {
        match packet::parse(text) {
            Err(bad) => {
                // The id, when readable, lets the sender match the error.
                let id = bad.id.map(RawValue::get);
                let reason = bad.reason;
                out.push(Out::To(
                    conn,
                    error_response(bad.name.as_deref(), SERVER, id, reason),
                ));
                Verdict::Refused(reason)
            }
            Ok(Packet::Request { name, to, id, body }) if to == SERVER => {
                self.server_request(conn, &name, id, body, out)
            }
            Ok(Packet::Request { name, to, id, body }) => {
                let Some(number) = self.number_of(&to) else {
                    out.push(Out::To(
                        conn,
                        error_response(Some(&name), &to, Some(id.get()), "agent not found"),
                    ));
                    return Verdict::Refused("agent not found");
                };
                let body = body.map_or("null", RawValue::get);
                self.forward(conn, number, &to, &name, id.get(), body, out)
            }
            Ok(Packet::Response {
                name,
                from,
                id,
                body,
                error,
            }) => {
                let Some(agent) = self.owned(conn, &from) else {
                    out.push(Out::To(
                        conn,
                        error_response(
                            name.as_deref(),
                            SERVER,
                            Some(id.get()),
                            "response refused: from is not an agent of this connection",
                        ),
                    ));
                    return Verdict::Forbidden("response from an agent of another connection");
                };
                let waiting = self.waiting_on(agent, id);
                let Some(pending) = waiting.and_then(|n| self.pending.remove(&n)) else {
                    // Late (the requester left) or never asked: nobody to tell.
                    return Verdict::Refused("response to no pending request");
                };
                self.answer(pending, name.as_deref(), &from, body, error.as_deref(), out);
                Verdict::Done
            }
            Ok(Packet::Event { from, .. }) => {
                if self.owned(conn, &from).is_none() {
                    return Verdict::Forbidden("event from an agent of another connection");
                }
                out.push(Out::AllInput);
                if let Some(c) = &self.node {
                    let mut payload = String::with_capacity(text.len() + 1);
                    payload.push(cluster::EVENT_MARK as char);
                    payload.push_str(text);
                    out.push(Out::Nats(c.subject.clone(), payload));
                }
                Verdict::Done
            }
        }
    }

    /// Sends `conn`'s request to agent `number` (whose id is `to`) under an
    /// id of the relay's, and remembers whom to answer: `id` (raw JSON) is
    /// restored in the response. `body` is raw JSON.
    #[allow(clippy::too_many_arguments)]
    fn forward(
        &mut self,
        conn: ConnId,
        number: u64,
        to: &str,
        name: &str,
        id: &str,
        body: &str,
        out: &mut Vec<Out>,
    ) -> Verdict {
        let Some(owner) = self.agents.get(&number).map(|a| a.owner) else {
            return Verdict::Refused("agent not found");
        };
        if !self.start_waiting(conn) {
            out.push(Out::To(
                conn,
                error_response(Some(name), to, Some(id), TOO_MANY_PENDING),
            ));
            return Verdict::Refused(TOO_MANY_PENDING);
        }
        let relay_id = self.wait(Asker::Conn(conn), id, number, name);
        let owner = match owner {
            Owner::Conn(owner) => owner,
            Owner::Relay(relay) => {
                let Some(c) = &self.node else {
                    return Verdict::Refused("agent not found");
                };
                let (me, hash) = (c.node.me, &c.node.hash);
                out.push(Out::NatsAsk {
                    subject: cluster::relay_subject(relay),
                    reply: cluster::unanswered_subject(me, hash, relay_id),
                    payload: cluster::request(me, hash, relay_id, to, name, body),
                });
                return Verdict::Done;
            }
        };
        out.push(Out::To(owner, request_frame(name, to, relay_id, body)));
        Verdict::Done
    }

    /// Sends waiting request `pending` its answer from agent `from` (`name`
    /// when the answer names itself, else the request's): to its connection,
    /// with the requester's own id, or to the relay that asked.
    fn answer(
        &mut self,
        pending: Pending,
        name: Option<&str>,
        from: &str,
        body: Option<&RawValue>,
        error: Option<&str>,
        out: &mut Vec<Out>,
    ) {
        let name = name.unwrap_or(&pending.name);
        match pending.asker {
            Asker::Conn(requester) => {
                done_waiting(&mut self.conns, requester);
                let frame = FrameWriter::new("response")
                    .str("name", name)
                    .str("from", from)
                    .raw("id", &pending.id)
                    .body(body)
                    .opt_str("error", error)
                    .finish();
                out.push(Out::To(requester, frame));
            }
            Asker::Relay(relay, n) => {
                let Some(c) = &self.node else { return };
                let msg = cluster::response(c.node.me, &c.node.hash, n, from, name, body, error);
                out.push(Out::Nats(cluster::relay_subject(relay), msg));
            }
        }
    }

    /// Keeps a request of `asker` (its own id `id`, raw JSON) to agent
    /// `number`: the number returned is the relay's id for it.
    fn wait(&mut self, asker: Asker, id: &str, number: u64, name: &str) -> u64 {
        let relay_id = self.next_request;
        self.next_request += 1;
        let pending = Pending {
            asker,
            id: id.into(),
            agent: number,
            name: name.into(),
            look: self.looks,
        };
        self.pending.insert(relay_id, pending);
        relay_id
    }

    /// Counts one more request of `conn` waiting for its response; false
    /// when it already has the most allowed (or is not in the session, so
    /// that nobody could receive the answer).
    fn start_waiting(&mut self, conn: ConnId) -> bool {
        match self.conns.get_mut(&conn) {
            Some(m) if m.waiting < self.limits.pending => {
                m.waiting += 1;
                true
            }
            _ => false,
        }
    }

    /// The agent number when `id` names an agent that `conn` created.
    fn owned(&self, conn: ConnId, id: &str) -> Option<u64> {
        let n = self.local_number(id)?;
        (self.agents.get(&n)?.owner == Owner::Conn(conn)).then_some(n)
    }

    fn server_request(
        &mut self,
        conn: ConnId,
        name: &str,
        id: &RawValue,
        body: Option<&RawValue>,
        out: &mut Vec<Out>,
    ) -> Verdict {
        let reply = |body: &str| {
            FrameWriter::new("response")
                .str("name", name)
                .str("from", SERVER)
                .raw("id", id.get())
                .raw("body", body)
                .finish()
        };
        let fail = |out: &mut Vec<Out>, error: &'static str| {
            out.push(Out::To(
                conn,
                error_response(Some(name), SERVER, Some(id.get()), error),
            ));
            Verdict::Refused(error)
        };
        match name {
            "createAgent" => {
                let mine = self
                    .agents
                    .values()
                    .filter(|a| a.owner == Owner::Conn(conn));
                if mine.count() >= self.limits.agents {
                    return fail(out, "too many agents on this connection");
                }
                let fields = agent_fields(body);
                let agent_name = fields
                    .name
                    .and_then(|n| serde_json::from_str::<String>(n.get()).ok())
                    .map(String::into_boxed_str);
                let allowed = match self.conns.get(&conn).map(|m| &m.create) {
                    Some(Create::Any) | None => true,
                    Some(Create::Named(names)) => (agent_name.as_deref())
                        .is_some_and(|n| names.iter().any(|allowed| **allowed == *n)),
                    Some(Create::Never) => false,
                };
                if !allowed {
                    return fail(out, NOT_ALLOWED_TO_CREATE);
                }
                let size = |raw: Option<&RawValue>| raw.map_or(0, |r| r.get().len());
                if size(fields.name) + size(fields.title) > MAX_AGENT_INFO {
                    return fail(out, "agent name and title too long (limit 4096 bytes)");
                }
                let number = self.next_agent;
                self.next_agent += 1;
                let id_text = self.agent_id(number);
                let mut w = FrameWriter::object().str("id", &id_text);
                if let Some(n) = fields.name {
                    w = w.raw("name", n.get());
                }
                if let Some(t) = fields.title {
                    w = w.raw("title", t.get());
                }
                let info = w.finish();
                // As 1.0.0: the event first, then the response.
                out.push(announce("agentCreated", &info));
                out.push(Out::To(conn, reply(&info)));
                if let Some(c) = &self.node {
                    let msg = cluster::created(c.node.me, &info);
                    out.push(Out::Nats(c.subject.clone(), msg));
                }
                self.agents.insert(
                    number,
                    Agent {
                        owner: Owner::Conn(conn),
                        info,
                        name: agent_name,
                        remote_id: None,
                        retired: false,
                    },
                );
                Verdict::Done
            }
            "destroyAgent" => {
                let fields = agent_fields(body);
                let target = fields
                    .id
                    .and_then(|raw| serde_json::from_str::<&str>(raw.get()).ok())
                    .and_then(|id| self.number_of(id));
                let Some(agent) = target.and_then(|n| self.agents.get(&n)) else {
                    return fail(out, "agent not found");
                };
                if agent.owner != Owner::Conn(conn) {
                    const WHY: &str = "agent belongs to another connection";
                    fail(out, WHY);
                    return Verdict::Forbidden(WHY);
                }
                // As 1.0.0: the response (echoing the body) first, then the event.
                out.push(Out::To(conn, reply(body.map_or("null", RawValue::get))));
                self.destroy(target.unwrap_or_default(), out);
                Verdict::Done
            }
            "getAgents" | "getRemoteAgents" => {
                if let Some(c) = self.node.as_mut().filter(|c| !c.awaiting.is_empty()) {
                    if c.held.len() < MAX_HELD {
                        let (name, id) = (name.into(), id.get().into());
                        c.held.push(Held { conn, name, id });
                        return Verdict::Done;
                    }
                }
                match self.agent_list() {
                    Ok(list) => out.push(Out::To(conn, reply(&list))),
                    Err(error) => return fail(out, error),
                }
                Verdict::Done
            }
            // The client's heartbeat: any answer is a sign of life, and
            // this one is no refusal (1.0.0 relays answer "unknown message").
            "ping" => {
                out.push(Out::To(conn, reply("null")));
                Verdict::Done
            }
            _ => fail(out, "unknown message"),
        }
    }

    /// The list `getAgents` answers: every agent, in creation order.
    fn agent_list(&self) -> Result<String, &'static str> {
        let mut list = String::from("[");
        let listed = self.agents.values().filter(|a| !a.retired);
        for (i, agent) in listed.enumerate() {
            if list.len() + agent.info.len() > MAX_AGENT_LIST {
                return Err("too many agents to list (limit 1 MiB)");
            }
            if i > 0 {
                list.push(',');
            }
            list.push_str(&agent.info);
        }
        list.push(']');
        Ok(list)
    }

    /// From now on, `getAgents` waits until each relay of `awaiting` has
    /// answered this relay's `hello`, or `gathered` is called: a session
    /// expects the relays alive when it appears (before any frame of its
    /// first member), and again when it says hello after NATS was lost.
    pub fn expect(&mut self, awaiting: Vec<RelayId>) {
        if let Some(c) = &mut self.node {
            c.awaiting = awaiting;
            c.round = c.round.wrapping_add(1);
        }
    }

    /// Which wait (`expect`) the session is in.
    pub fn round(&self) -> u32 {
        self.node.as_ref().map_or(0, |c| c.round)
    }

    /// `gathered`, if the session still is in wait `round`: a timer
    /// started for an earlier wait does not cut a later one short.
    pub fn gathered_after(&mut self, round: u32, out: &mut Vec<Out>) {
        if self.round() == round {
            self.gathered(out);
        }
    }

    /// The `hello` that asks the other relays for their agents (on the
    /// subject every relay hears), and this relay's own (on the session's,
    /// in order with what it says of them later): once the session listens
    /// to its subject, and again after NATS was lost.
    pub fn hello(&mut self, out: &mut Vec<Out>) {
        let Some(c) = &self.node else { return };
        let hello = cluster::hello(c.node.me, &c.node.hash);
        out.push(Out::Nats(cluster::HELLOS.into(), hello));
        self.directory(out);
        self.answered(None, out);
    }

    /// Relay `relay` answered the hello (None: no relay, only a look):
    /// once all have, or `gathered` says to stop waiting, held `getAgents`
    /// are answered.
    fn answered(&mut self, relay: Option<RelayId>, out: &mut Vec<Out>) {
        let Some(c) = &mut self.node else { return };
        c.awaiting.retain(|r| Some(*r) != relay);
        if c.awaiting.is_empty() {
            self.gathered(out);
        }
    }

    /// Stops waiting for the other relays' agents: held `getAgents` are
    /// answered with what is known.
    pub fn gathered(&mut self, out: &mut Vec<Out>) {
        let Some(c) = &mut self.node else { return };
        c.awaiting.clear();
        let held = std::mem::take(&mut c.held);
        let list = self.agent_list();
        for h in held {
            let frame = match &list {
                Ok(list) => FrameWriter::new("response")
                    .str("name", &h.name)
                    .str("from", SERVER)
                    .raw("id", &h.id)
                    .raw("body", list)
                    .finish(),
                Err(e) => error_response(Some(&h.name), SERVER, Some(&h.id), e),
            };
            out.push(Out::To(h.conn, frame));
        }
    }

    /// `agents`: all of this relay's agents, on the session's subject.
    fn directory(&self, out: &mut Vec<Out>) {
        let Some(c) = &self.node else { return };
        let mine = self.agents.values().filter(|a| a.remote_id.is_none());
        let msg = cluster::directory(c.node.me, mine.map(|a| a.info.as_str()));
        out.push(Out::Nats(c.subject.clone(), msg));
    }

    /// Relay `relay`'s agents are those of `agents`, all of them: those
    /// not listed are gone.
    fn relay_lists(&mut self, relay: RelayId, agents: Vec<&RawValue>, out: &mut Vec<Out>) {
        let mut listed = std::collections::HashSet::with_capacity(agents.len());
        for info in agents {
            listed.extend(self.add_remote(relay, info, out));
        }
        let gone: Vec<u64> = (self.agents.iter())
            .filter(|(n, a)| a.owner == Owner::Relay(relay) && !a.retired && !listed.contains(n))
            .map(|(n, _)| *n)
            .collect();
        gone.into_iter().for_each(|n| self.retire(n, out));
    }

    /// A payload on the session's subject, from another relay: an event of
    /// one of its agents, or news of its agents.
    pub fn from_session(&mut self, payload: &str, out: &mut Vec<Out>) {
        if self.node.is_none() {
            return;
        }
        if let Some(event) = payload.strip_prefix(cluster::EVENT_MARK as char) {
            return self.remote_event(event, out);
        }
        let Some(msg) = cluster::parse(payload) else {
            return;
        };
        let Some(relay) = msg.relay().filter(|r| Some(*r) != self.me()) else {
            return;
        };
        match msg.op.as_ref() {
            // Its own agents come on the session's subject, as `agents`.
            "hello" => self.directory(out),
            // All of them; `none`: no member there, so no agent either.
            "agents" | "none" => {
                self.relay_lists(relay, msg.agents.unwrap_or_default(), out);
                self.answered(Some(relay), out);
            }
            "created" => {
                if let Some(info) = msg.agent {
                    self.add_remote(relay, info, out);
                }
            }
            "destroyed" => {
                let id = msg.id.as_deref().unwrap_or_default();
                let number = self.remote.get(id).copied();
                let owned = number.filter(|n| self.agents[n].owner == Owner::Relay(relay));
                if let Some(n) = owned {
                    self.retire(n, out);
                }
            }
            _ => {}
        }
    }

    fn me(&self) -> Option<RelayId> {
        self.node.as_ref().map(|c| c.node.me)
    }

    /// Another relay's agent, described by `info`, unless known already;
    /// its number.
    fn add_remote(&mut self, relay: RelayId, info: &RawValue, out: &mut Vec<Out>) -> Option<u64> {
        let fields = agent_fields(Some(info));
        let id: String = serde_json::from_str(fields.id?.get()).ok()?;
        if cluster::owner_of(&id) != Some(relay) || Some(relay) == self.me() {
            return None;
        }
        if let Some(n) = self.remote.get(id.as_str()) {
            // Retired, it stays gone.
            return Some(*n).filter(|n| !self.agents[n].retired);
        }
        let name = fields
            .name
            .and_then(|n| serde_json::from_str::<String>(n.get()).ok());
        let number = self.next_agent;
        self.next_agent += 1;
        out.push(announce("agentCreated", info.get()));
        let id: Box<str> = id.into();
        self.remote.insert(id.clone(), number);
        let agent = Agent {
            owner: Owner::Relay(relay),
            info: info.get().to_owned(),
            name: name.map(String::into_boxed_str),
            remote_id: Some(id),
            retired: false,
        };
        self.agents.insert(number, agent);
        Some(number)
    }

    /// An event another relay's agent sent: to every member here.
    fn remote_event(&mut self, text: &str, out: &mut Vec<Out>) {
        let Ok(Packet::Event { from, .. }) = packet::parse(text) else {
            return;
        };
        if self
            .number_of(&from)
            .is_some_and(|n| self.agents[&n].remote_id.is_some())
        {
            out.push(Out::All(text.to_owned()));
        }
    }

    /// A message on this relay's own subject about this session: a request
    /// to one of its agents, or the response to one it sent.
    pub fn from_relay(&mut self, msg: &cluster::Msg, out: &mut Vec<Out>) {
        if self.node.is_none() {
            return;
        }
        if let (Some(relay), Some(ns), "cancel") = (msg.relay(), &msg.ns, msg.op.as_ref()) {
            let ns: std::collections::HashSet<&u64> = ns.iter().collect();
            let called_off = |p: &Pending| matches!(p.asker, Asker::Relay(r, n) if r == relay && ns.contains(&n));
            self.pending.retain(|_, p| !called_off(p));
            return;
        }
        let (Some(relay), Some(n)) = (msg.relay(), msg.n) else {
            return;
        };
        let Some(c) = &self.node else { return };
        let (to, from) = (msg.to.as_deref(), msg.from.as_deref());
        let name = msg.name.as_deref().unwrap_or_default();
        match msg.op.as_ref() {
            "request" => {
                let to = to.unwrap_or_default();
                let number = self.local_number(to);
                let owner = number.and_then(|n| self.agents.get(&n)).map(|a| a.owner);
                let (Some(number), Some(Owner::Conn(owner))) = (number, owner) else {
                    let answer = cluster::not_found(c.node.me, msg);
                    return out.extend(answer.map(|(subject, answer)| Out::Nats(subject, answer)));
                };
                let relay_id = self.wait(Asker::Relay(relay, n), "", number, name);
                let body = msg.body.map_or("null", RawValue::get);
                out.push(Out::To(owner, request_frame(name, to, relay_id, body)));
            }
            "response" => {
                let from = from.unwrap_or_default();
                let answers = self.pending.get(&n).is_some_and(|p| {
                    let agent = self.agents.get(&p.agent);
                    agent.is_some_and(|a| {
                        a.owner == Owner::Relay(relay) && a.remote_id.as_deref() == Some(from)
                    })
                });
                let Some(p) = answers.then(|| self.pending.remove(&n)).flatten() else {
                    return; // late: it timed out, or its requester left
                };
                self.drop_if_retired(p.agent);
                let name = Some(name).filter(|n| !n.is_empty());
                self.answer(p, name, from, msg.body, msg.error.as_deref(), out);
            }
            _ => {}
        }
    }

    /// NATS said no relay listens where request `n` went: it fails.
    pub fn unreachable(&mut self, n: u64, out: &mut Vec<Out>) {
        let to_remote = self.pending.get(&n).and_then(|p| self.agents.get(&p.agent));
        if to_remote.is_some_and(|a| a.remote_id.is_some()) {
            self.fail(n, cluster::UNREACHABLE, out);
        }
    }

    /// The connection to NATS was lost: requests sent to other relays'
    /// agents may be lost with it, so they fail.
    pub fn nats_lost(&mut self, out: &mut Vec<Out>) {
        let agents = &self.agents;
        let lost: Vec<u64> = (self.pending.iter())
            .filter(|(_, p)| agents.get(&p.agent).is_some_and(|a| a.remote_id.is_some()))
            .map(|(n, _)| *n)
            .collect();
        lost.into_iter()
            .for_each(|n| self.fail(n, cluster::UNREACHABLE, out));
    }

    /// Relay `relay` is gone (unheard for too long): its agents are
    /// destroyed for every member here, and its requests forgotten.
    pub fn relay_gone(&mut self, relay: RelayId, out: &mut Vec<Out>) {
        let its: Vec<u64> = (self.agents.iter())
            .filter(|(_, a)| a.owner == Owner::Relay(relay))
            .map(|(n, _)| *n)
            .collect();
        its.into_iter().for_each(|n| self.destroy(n, out));
        (self.pending).retain(|_, p| !matches!(p.asker, Asker::Relay(r, _) if r == relay));
        self.answered(Some(relay), out);
    }

    /// The other relays that hold agents of this session.
    pub fn relays(&self) -> Vec<RelayId> {
        let mut relays: Vec<RelayId> = (self.agents.values())
            .filter_map(|a| match a.owner {
                Owner::Relay(r) => Some(r),
                Owner::Conn(_) => None,
            })
            .collect();
        relays.sort_unstable();
        relays.dedup();
        relays
    }

    /// Another relay says its agent `number` is gone: members hear it at
    /// once, and requests waiting on it wait for the owner's answers (its
    /// responses, or errors), which come by another subject: the agent is
    /// kept, retired, until they have come.
    fn retire(&mut self, number: u64, out: &mut Vec<Out>) {
        if !self.pending.values().any(|p| p.agent == number) {
            return self.destroy(number, out);
        }
        let Some(agent) = self.agents.get_mut(&number).filter(|a| !a.retired) else {
            return;
        };
        agent.retired = true;
        out.push(announce("agentDestroyed", &agent.info));
    }

    /// Forgets retired agent `number` once no request waits on it.
    fn drop_if_retired(&mut self, number: u64) {
        let retired = self.agents.get(&number).is_some_and(|a| a.retired);
        if retired && !self.pending.values().any(|p| p.agent == number) {
            if let Some(id) = self.agents.remove(&number).and_then(|a| a.remote_id) {
                self.remote.remove(&id);
            }
        }
    }

    /// Removes an agent, fails the requests waiting on it, announces it.
    fn destroy(&mut self, number: u64, out: &mut Vec<Out>) {
        if !self.agents.contains_key(&number) {
            return;
        }
        let waiting: Vec<u64> = (self.pending.iter())
            .filter(|(_, p)| p.agent == number)
            .map(|(n, _)| *n)
            .collect();
        for n in waiting {
            self.fail(n, "agent destroyed", out);
        }
        let Some(agent) = self.agents.remove(&number) else {
            return;
        };
        if !agent.retired {
            out.push(announce("agentDestroyed", &agent.info));
        }
        match (&agent.remote_id, &self.node) {
            (Some(id), _) => drop(self.remote.remove(id)),
            (None, Some(c)) => {
                let msg = cluster::destroyed(c.node.me, &self.agent_id(number));
                out.push(Out::Nats(c.subject.clone(), msg));
            }
            (None, None) => {}
        }
    }
}

/// The relay's event `name` (`agentCreated`, `agentDestroyed`) about the
/// agent `info` describes, to every member.
fn announce(name: &str, info: &str) -> Out {
    Out::All(
        FrameWriter::new("event")
            .str("name", name)
            .str("from", SERVER)
            .raw("body", info)
            .finish(),
    )
}

/// A request to agent `to`, as the relay sends it to the agent's client:
/// under the relay's id for it; `body` is raw JSON.
fn request_frame(name: &str, to: &str, relay_id: u64, body: &str) -> String {
    FrameWriter::new("request")
        .str("name", name)
        .str("to", to)
        .str("id", &relay_id.to_string())
        .raw("body", body)
        .finish()
}

/// One request of `requester` got its response (or never will).
fn done_waiting<T>(conns: &mut HashMap<ConnId, Member<T>>, requester: ConnId) {
    if let Some(m) = conns.get_mut(&requester) {
        m.waiting -= 1;
    }
}

/// A valid `connect` request: the first frame of a connection.
#[derive(Debug, PartialEq)]
pub struct Connect {
    /// A non-empty string (or a number, as 1.0.0 accepted any truthy key).
    pub key: String,
    /// The request's id, raw JSON, for the answer.
    pub id: String,
    /// The client asked (`"batch": true`) to send and receive several
    /// packets per frame, as a JSON array of packets.
    pub batch: bool,
    /// What it asked of resuming.
    pub resume: Resume,
    /// A signed token beside the key (`"token"`), for a relay that asks for
    /// them: then the key names the session, and the token must be for it.
    pub token: Option<String>,
}

/// What a `connect` asked of resuming (`"resume"` in its body).
#[derive(Debug, PartialEq)]
pub enum Resume {
    /// Nothing (1.0.0 clients).
    No,
    /// `"resume": true`: a resumable connection, with a token for later.
    Offer,
    /// `"resume": TOKEN, "acked": N`: the place of the connection that
    /// token was given to, which received N packets from the relay.
    Token(String, u64),
}

/// The resuming part of the answer to `connect`.
pub struct Resumable<'a> {
    /// The token for the next resume of this connection.
    pub token: &'a str,
    /// How long the relay keeps a lost connection's place, ms.
    pub grace_ms: u64,
    /// Resumed: the packets the relay had received from the old socket.
    pub resumed: Option<u64>,
}

/// The first frame of a connection, when it is a valid `connect` request.
pub fn parse_connect(text: &str) -> Option<Connect> {
    #[derive(Deserialize)]
    struct Body<'a> {
        #[serde(borrow)]
        key: Option<&'a RawValue>,
        batch: Option<serde_json::Value>,
        resume: Option<serde_json::Value>,
        acked: Option<serde_json::Value>,
        token: Option<serde_json::Value>,
    }
    let Ok(Packet::Request { name, to, id, body }) = packet::parse(text) else {
        return None;
    };
    if name != "connect" || to != SERVER {
        return None;
    }
    let body: Body = serde_json::from_str(body?.get()).ok()?;
    let key = match serde_json::from_str::<serde_json::Value>(body.key?.get()).ok()? {
        serde_json::Value::String(s) if !s.is_empty() => s,
        serde_json::Value::Number(n) if n.as_f64() != Some(0.0) => n.to_string(),
        _ => return None,
    };
    Some(Connect {
        key,
        id: id.get().to_owned(),
        batch: body.batch == Some(serde_json::Value::Bool(true)),
        resume: match body.resume {
            Some(serde_json::Value::Bool(true)) => Resume::Offer,
            // An `acked` that is not a count cannot resume exactly: fresh.
            Some(serde_json::Value::String(token)) => match body.acked.map(|a| a.as_u64()) {
                Some(Some(acked)) => Resume::Token(token, acked),
                _ => Resume::Offer,
            },
            _ => Resume::No,
        },
        token: match body.token {
            Some(serde_json::Value::String(token)) => Some(token),
            _ => None,
        },
    })
}

/// The answer to a valid `connect`: its body is `null` for a 1.0.0 client;
/// `"batch":true` when the client asked for batches (the relay then takes
/// them, and sends them); `"resume"` (the token), `"grace"` (ms) and, when
/// the place of a lost connection was taken over, `"resumed":true` and
/// `"acked"` (what the relay had received of it).
pub fn connect_accepted(raw_id: &str, batch: bool, resume: Option<Resumable>) -> String {
    let w = FrameWriter::new("response")
        .str("name", "connect")
        .str("from", SERVER)
        .raw("id", raw_id);
    if !batch && resume.is_none() {
        return w.raw("body", "null").finish();
    }
    let mut body = FrameWriter::object();
    if batch {
        body = body.raw("batch", "true");
    }
    if let Some(r) = resume {
        body = body
            .str("resume", r.token)
            .raw("grace", &r.grace_ms.to_string());
        if let Some(acked) = r.resumed {
            body = body.raw("resumed", "true").raw("acked", &acked.to_string());
        }
    }
    w.raw("body", &body.finish()).finish()
}

/// The answer to anything else as a first frame (then the socket is closed).
pub const CONNECT_REFUSED_REASON: &str = "invalid connect message";

pub fn connect_refused() -> String {
    error_response(Some("connect"), SERVER, None, CONNECT_REFUSED_REASON)
}
