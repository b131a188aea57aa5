//! The relay's rules for one session, sans I/O: who is connected, which
//! connection owns which agent, which requests wait for which response, and
//! what each incoming frame (or a departure) makes the relay send.

mod connect;
mod hearing;
mod interest;
mod relays;
mod requests;
mod server;
mod streams;

pub use connect::*;
pub use packet::MAX_EVENT_NAME;

use super::cluster::{self, Node, RelayId};
use super::numbers::Numbered;
use super::packet::{self, error_response, FrameWriter, Packet, MAX_CREDIT, SERVER};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::{BTreeMap, BTreeSet, HashMap};

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

/// The most streams one connection may have open (waiting for their end)
/// at once: 256. The relay holds no chunk for a stream (each goes to its
/// caller's outbox, bounded as any), only its waiting request.
pub const MAX_STREAMS_PER_CONNECTION: usize = 256;

/// The error a request for a stream over that cap gets.
pub const TOO_MANY_STREAMS: &str = "too many streams in flight";

/// The error of a `listen` past `--max-interest` pairs.
pub const TOO_MANY_LISTENED: &str = "too many events listened to";

/// The error of a malformed `listen` or `unlisten`.
pub const LISTEN_MALFORMED: &str =
    "listen needs an agent id and an event name of 256 bytes at most";

/// The most (agent, event) pairs one connection may listen to at once:
/// 1024. Each costs the relay a few hundred bytes and twice its name (256
/// bytes at most): 1024 of them, well under 1 MB.
pub const MAX_INTEREST_PER_CONNECTION: usize = 1024;

/// What a session allows each of its connections (`--max-agents`,
/// `--max-pending`, `--max-streams`, `--max-interest`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    /// The most agents one connection may hold at once.
    pub agents: usize,
    /// The most requests one connection may have waiting for a response.
    pub pending: usize,
    /// The most streams one connection may have open.
    pub streams: usize,
    /// The most (agent, event) pairs one connection may listen to.
    pub interest: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            agents: MAX_AGENTS_PER_CONNECTION,
            pending: MAX_PENDING_PER_CONNECTION,
            streams: MAX_STREAMS_PER_CONNECTION,
            interest: MAX_INTEREST_PER_CONNECTION,
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
    /// This text to each of these connections (an event to those that hear it).
    Each(Vec<ConnId>, String),
    /// The incoming frame, unchanged, to each of these connections.
    EachInput(Vec<ConnId>),
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
    /// Those of them that are streams.
    streaming: usize,
    /// Those of them it may cancel or grant credit for, by its own id (raw
    /// JSON), for a lookup that costs no scan: a client that negotiated
    /// `cancel`, and every stream.
    asked: HashMap<Box<str>, u64>,
    create: Create,
    /// What it negotiated: with `cancel`, its agents' requests carry their
    /// `timeout`, and it is told of requests given up (`cancel_at_agent`);
    /// with `streams`, its agents may answer in chunks.
    agreed: Agreed,
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
    /// The caller's own `timeout`, ms (0: none), enforced by `expire`.
    timeout: u32,
    /// A stream: the chunks its agent may still send (the caller's credit).
    credit: Option<u32>,
}

/// The error of a stream whose agent sent beyond its caller's credit (to
/// the caller, and as the reason of the agent's `cancel`).
pub const CREDIT_EXCEEDED: &str = "stream credit exceeded";

/// Why a request was given up, as its agent is told in a `cancel`.
pub const CANCELLED: &str = "cancelled";
/// ... because its caller left the session for good.
pub const CALLER_LEFT: &str = "caller left";

pub use super::packet::TIMED_OUT;

/// One session: the connections that joined with one key.
pub struct Session<T> {
    conns: Numbered<Member<T>>,
    /// Keyed by the numeric agent id: iteration is creation order.
    agents: BTreeMap<u64, Agent>,
    next_agent: u64,
    /// Keyed by the id the relay gave the request on its way to the agent.
    pending: Numbered<Pending>,
    next_request: u64,
    limits: Limits,
    /// How many times `expire` looked.
    looks: u32,
    /// In a cluster: this relay and the session's name on NATS.
    node: Option<Box<Clustered>>,
    /// The numbers of other relays' agents, by their ids.
    remote: HashMap<Box<str>, u64>,
    /// Who hears which events.
    interest: interest::Interest,
}

/// What a session of a cluster knows of its relay.
struct Clustered {
    node: Node,
    /// The ids of this relay's agents begin with it.
    prefix: String,
    /// The other relays with a member in the session, as far as this one
    /// knows (they said hello, or answered one): what this relay says of
    /// the session goes to each, on its subject.
    peers: BTreeSet<RelayId>,
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
            conns: Numbered::default(),
            agents: BTreeMap::new(),
            next_agent: 1,
            pending: Numbered::default(),
            next_request: 1,
            limits,
            looks: 0,
            node: None,
            remote: HashMap::new(),
            interest: interest::Interest::default(),
        }
    }

    /// A session of a relay in a cluster: its agents are known to the
    /// session's other relays, and theirs here (docs/CLUSTER.md).
    pub fn clustered(limits: Limits, node: Node) -> Self {
        let mut session = Session::with_limits(limits);
        let prefix = node.prefix();
        session.next_request = node.first_request();
        session.node = Some(Box::new(Clustered {
            node,
            prefix,
            peers: BTreeSet::new(),
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

    /// Streams open (their requests waiting for their end).
    pub fn stream_count(&self) -> usize {
        self.pending.values().filter(|p| p.credit.is_some()).count()
    }

    /// The (agent, event) pairs members listen to, all together.
    pub fn interest_count(&self) -> usize {
        self.interest.held()
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

    pub fn join(&mut self, conn: ConnId, handle: T) {
        self.join_with(conn, handle, Create::Any);
    }

    /// Joins a connection that may create only the agents `create` allows.
    /// Until `agree` says otherwise it agreed to nothing, as a 1.0.0
    /// client: it hears every event. (Members and relays hear of that when
    /// the session next sends anything: a driver agrees at once.)
    pub fn join_with(&mut self, conn: ConnId, handle: T, create: Create) {
        let waiting = 0;
        self.conns.insert(
            conn,
            Member {
                handle,
                waiting,
                streaming: 0,
                asked: HashMap::new(),
                create,
                agreed: Agreed::default(),
            },
        );
        self.interest.enter(conn, false);
    }

    /// What member `conn` negotiated (see `Member::agreed`). With
    /// `interest`, it hears only what it listens to, and is told whether
    /// anyone hears every event (`{"everything":false}` when nobody does);
    /// without, it hears every event, which others may be told.
    pub fn agree(&mut self, conn: ConnId, agreed: Agreed, out: &mut Vec<Out>) {
        let Some(m) = self.conns.get_mut(&conn) else {
            return;
        };
        m.agreed = agreed;
        let changes = self.interest.enter(conn, agreed.interest);
        self.changes(changes, out);
        let told = self.settle_everything(out);
        if agreed.interest && !told && !self.interest.everything_anywhere() {
            self.tell_everything(conn, false, out);
        }
    }

    /// What the client of agent `agent` negotiated, if it is one of this
    /// relay's.
    fn agreed_by_owner(&self, agent: u64) -> Agreed {
        match self.agents.get(&agent).map(|a| a.owner) {
            Some(Owner::Conn(owner)) => self.conns.get(&owner).map(|m| m.agreed),
            _ => None,
        }
        .unwrap_or_default()
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
        let changes = self.interest.leave(conn);
        self.changes(changes, out);
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
            for (n, agent) in &gone {
                self.cancel_at_agent(*n, *agent, CALLER_LEFT, out);
            }
            self.call_off(&gone, CALLER_LEFT, out);
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
        self.settle_everything(out);
        if self.conns.is_empty() {
            self.ended(out);
        }
        Some(member.handle)
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
        self.interest.agent_gone(number);
        if !agent.retired {
            out.push(announce("agentDestroyed", &agent.info));
        }
        match (&agent.remote_id, &self.node) {
            (Some(id), _) => drop(self.remote.remove(id)),
            (None, Some(c)) => {
                let msg = cluster::destroyed(c.node.me, &c.node.hash, &self.agent_id(number));
                self.to_peers(msg, out);
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
/// under the relay's id for it; `body` is raw JSON; `timeout` (ms) for a
/// client that negotiated `cancel`, `stream` (its credit) for one that
/// negotiated `streams`.
fn request_frame(
    name: &str,
    to: &str,
    relay_id: u64,
    body: &str,
    (timeout, stream): (Option<u32>, Option<u32>),
) -> String {
    let mut w = FrameWriter::with_room("request", name.len() + to.len() + body.len())
        .str("name", name)
        .str("to", to)
        .str("id", &relay_id.to_string())
        .raw("body", body);
    if let Some(ms) = timeout {
        w = w.raw("timeout", &ms.to_string());
    }
    if let Some(n) = stream {
        w = w.raw("stream", &n.to_string());
    }
    w.finish()
}

/// Request `p` of `requester` got its response (or never will), and is no
/// longer in `pending`.
fn done_waiting<T>(
    conns: &mut Numbered<Member<T>>,
    pending: &Numbered<Pending>,
    requester: ConnId,
    p: &Pending,
) {
    if let Some(m) = conns.get_mut(&requester) {
        m.waiting -= 1;
        m.streaming -= p.credit.is_some() as usize;
        // (Unless a later request of the same id took the entry.)
        if m.asked.get(&p.id).is_some_and(|n| !pending.contains_key(n)) {
            m.asked.remove(&p.id);
        }
    }
}
