//! The client's rules for one session, sans I/O: the `connect` handshake,
//! requests in flight with their deadlines and salted ids, local agents and
//! the routing of requests to their handlers, the registry of remote agents
//! (one handle per agent id), reconnecting after a lost socket (backoff,
//! agents created again, calls held meanwhile), heartbeats, and teardown.
//! A driver feeds it packets, user
//! calls, "the transport closed" and `handle_timeout(now)`; it polls frames
//! to send (`poll_io`), things to tell the user (`poll_event`) and the next
//! deadline (`poll_timeout`). No clock, no socket, no JS.

mod agents;
mod answering;
mod calls;
mod directory;
mod host;
mod in_flight;
mod interest;
mod link;
mod listening;
mod serving;
#[cfg(any(not(target_arch = "wasm32"), feature = "rust-client"))]
pub mod values;
mod window;

use super::packet::{push_decimal, push_json_str};
use super::resume::Replay;
use super::small_map::SmallMap;
use alloc::{borrow::ToOwned, string::String, vec::Vec};
use answering::Answers;
pub use host::{Body, Frame, Host, Io};
use in_flight::{Call, InFlight, Op, Which};
use listening::{Ears, Listening};
use window::Window;
pub use window::{MAX_STREAM_WINDOW, STREAM_BYTES, STREAM_WINDOW};

/// The close code of a socket the client gave up for dead and will resume
/// on another: a relay keeps its place, as for a socket that was lost (a
/// close frame with another code ends the place).
pub const CLOSE_RESUME: u16 = 4001;

/// How a session comes back after losing its socket: exponential backoff,
/// each delay shortened by up to `jitter` of itself at random.
#[derive(Clone, Debug, PartialEq)]
pub struct Backoff {
    /// ms before the first attempt.
    pub min_delay: u32,
    /// The longest delay, ms.
    pub max_delay: u32,
    pub factor: f64,
    /// 0 to 1.
    pub jitter: f64,
    /// Attempts in a row before giving up; `None`: never.
    pub retries: Option<u32>,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff {
            min_delay: 500,
            max_delay: 10_000,
            factor: 2.0,
            jitter: 0.5,
            retries: None,
        }
    }
}

impl Backoff {
    /// The delay before attempt `attempt` (0 first), `random` in [0, 1).
    pub fn delay(&self, attempt: u32, random: f64) -> u32 {
        // (A loop, not `powi`: `core` has no float powers, and the wasm
        // client is `no_std`.)
        let mut base = self.min_delay as f64;
        for _ in 0..attempt.min(64) {
            base *= self.factor;
        }
        let base = base.min(self.max_delay as f64);
        (base * (1.0 - self.jitter * random)) as u32
    }
}

/// A session's options.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// ms: bounds connecting and, by default, every request.
    pub timeout: Option<u32>,
    /// `None`: one socket, as 1.0.0: the session ends with it.
    pub reconnect: Option<Backoff>,
    /// ms of silence before the client asks the relay for a sign of life;
    /// twice that with nothing at all, and the socket counts as dead.
    pub heartbeat: Option<u32>,
}

/// Why a call failed.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// A wrong argument from the user.
    InvalidArg(String),
    /// The relay could not be reached, or refused the session.
    Connect(String),
    /// The session closed before an answer came.
    Closed,
    /// No answer within the timeout (ms).
    Timeout(u32),
    /// The agent asked went away before it answered.
    AgentDestroyed,
    /// The agent asked does not exist (the relay's answer).
    AgentNotFound,
    /// The agent answered with an error: its message.
    Remote(String),
    /// A local agent used after it was destroyed.
    Destroyed,
    /// The socket was lost while the request was out: it may or may not
    /// have been handled.
    Disconnected,
    /// A request to a local agent was given up by its caller or the relay,
    /// for this reason (`cancelled`, `caller left`).
    Cancelled(String),
}

impl Error {
    /// The stable code a user can match on.
    pub fn code(&self) -> &'static str {
        match self {
            Error::InvalidArg(_) => "ERR_INVALID_ARG",
            Error::Connect(_) => "ERR_CONNECT",
            Error::Closed => "ERR_CLOSED",
            Error::Timeout(_) => "ERR_TIMEOUT",
            Error::AgentDestroyed => "ERR_AGENT_DESTROYED",
            Error::AgentNotFound => "ERR_AGENT_NOT_FOUND",
            Error::Remote(_) => "ERR_REMOTE",
            Error::Destroyed => "ERR_DESTROYED",
            Error::Disconnected => "ERR_DISCONNECTED",
            Error::Cancelled(_) => "ERR_CANCELLED",
        }
    }

    pub fn message(&self) -> String {
        match self {
            Error::InvalidArg(m) | Error::Connect(m) | Error::Remote(m) | Error::Cancelled(m) => {
                m.clone()
            }
            Error::Closed => "session closed".into(),
            Error::Timeout(ms) => {
                let mut m = String::from("request timed out after ");
                push_decimal(&mut m, *ms as u64);
                m + " ms"
            }
            Error::AgentDestroyed => "agent destroyed".into(),
            Error::AgentNotFound => "agent not found".into(),
            Error::Destroyed => "destroyed".into(),
            Error::Disconnected => "disconnected while the request was out".into(),
        }
    }

    /// An error text from the wire, classified.
    pub fn from_wire(text: String) -> Error {
        match text.as_str() {
            "agent destroyed" => Error::AgentDestroyed,
            "agent not found" => Error::AgentNotFound,
            _ => Error::Remote(text),
        }
    }
}

/// A packet received, its envelope read by the driver (bodies stay `B`).
#[derive(Debug)]
pub enum Incoming<B> {
    Request {
        to: String,
        name: String,
        /// The id as raw JSON, echoed in the response.
        id: String,
        body: B,
        /// ms the caller waits (a relay that agreed to `cancel` says).
        timeout: Option<u32>,
        /// The caller asks for a stream with this credit (a relay that
        /// agreed to `streams` says).
        stream: Option<u32>,
    },
    /// One chunk of a streamed answer to our call `id`, of about `size`
    /// bytes (its frame's length over its packets).
    Chunk {
        from: String,
        id: Option<String>,
        body: B,
        size: u32,
    },
    /// The caller of stream `id` (raw JSON) to local agent `to` grants `n`
    /// more chunks.
    Credit {
        to: String,
        id: String,
        n: u32,
    },
    /// The relay gives up request `id` (raw JSON) to local agent `to`.
    Cancel {
        to: String,
        id: String,
        error: Option<String>,
    },
    Response {
        from: String,
        name: Option<String>,
        /// Only string ids can answer this client's requests.
        id: Option<String>,
        body: B,
        error: Option<String>,
    },
    Event {
        from: String,
        name: String,
        body: B,
    },
    /// The relay has received this many of our packets (resuming).
    Ack(u64),
}

/// What a call resolves with.
pub enum Answer<H: Host> {
    /// The session is open.
    Connected,
    /// A remote agent's response body.
    Body(H::Body),
    /// A local agent, created.
    Agent(H::Local),
    /// `destroyAgent`: the local agent it destroyed, if it was one of ours.
    Destroyed(Option<H::Local>),
    /// `getAgents`: every agent of the session.
    Agents(Vec<H::Remote>),
}

/// Why a call failed, with the body that came along with an error response.
#[derive(Debug)]
pub struct Failure<B> {
    pub error: Error,
    pub body: Option<B>,
    /// The call that failed, if it was one: its request name, and whom it
    /// went to (`server` for the relay's own requests). `None` for connecting.
    pub call: Option<(String, String)>,
}

/// Something to tell the user, in order.
pub enum Event<H: Host> {
    /// A call is over: exactly one per call.
    Settle {
        reply: H::Reply,
        result: Result<Answer<H>, Failure<H::Body>>,
    },
    /// A request for a local agent's handler; answer with `respond`.
    Request {
        handler: H::Handler,
        ctx: H::Context,
        /// The handler is the agent's catch-all (it is told the name).
        any: bool,
        agent: String,
        id: String,
        name: String,
        body: H::Body,
    },
    /// A request a handler has is given up: abort its `ctx`'s signal.
    Cancel {
        ctx: H::Context,
        why: Error,
    },
    /// A chunk of a streamed call, for its sink, in order.
    Chunk {
        sink: H::Sink,
        body: H::Body,
    },
    /// The caller of the stream a handler writes granted more chunks:
    /// writes that waited may go (`Client::write`).
    Credit {
        ctx: H::Context,
    },
    /// Whether anyone hears event `name` of local agent `local` changed;
    /// with no name, of many names at once (ask `is_heard` of each).
    Interest {
        local: H::Local,
        name: Option<String>,
        heard: bool,
    },
    RemoteCreated(H::Remote),
    /// A remote agent went away; its handle is let go after this.
    RemoteDestroyed(H::Remote),
    RemoteEvent {
        remote: H::Remote,
        name: String,
        body: H::Body,
    },
    /// The transport reported an error while the session was open.
    TransportError,
    /// An open session closed for good; these remote handles are let go.
    Closed {
        remotes: Vec<H::Remote>,
    },
    /// The socket was lost; the session goes on reconnecting.
    Disconnected(Error),
    /// Attempt `attempt` (1 first) starts in `delay` ms.
    Reconnecting {
        attempt: u32,
        delay: u32,
    },
    /// Open again: local agents are back (new ids), remote agents in sync.
    Reconnected {
        resumed: bool,
    },
}

struct LocalAgent<H: Host> {
    handle: H::Local,
    /// As the relay described it (`{id, name, title}`): made again from it.
    info: H::Body,
    handlers: SmallMap<H::Handler>,
    /// The handler of every name without one of its own.
    any: Option<H::Handler>,
    /// Who hears its events, as the relay told.
    ears: Ears,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Phase {
    Connecting,
    Open,
    /// The socket was lost: waiting to reconnect, or reconnecting.
    Down,
    Closed,
}

/// A named call (`request_named`) waiting for an agent of its name.
struct Waiting<H: Host> {
    /// Its call's number, given when it was made (see `Client::cancel`).
    number: u64,
    agent: String,
    method: String,
    params: H::Body,
    reply: H::Reply,
    deadline: (u64, u32),
}

/// How long a named call waits, in all, when neither it nor the session
/// says: nothing waits forever.
pub const NAMED_CALL_TIMEOUT_MS: u32 = 30_000;

/// What this client knows of the session's agents, for named calls.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Directory {
    /// Only the agents created since it joined (from `agentCreated`).
    Partial,
    /// It asked the relay for the list (`getAgents`), once.
    Asked,
    /// It has the list.
    Known,
}

/// A call the core refused at once: the driver fails it (later, so that no
/// callback runs before the call that asked for it has returned).
pub struct Refused<R> {
    pub reply: R,
    pub error: Error,
}

/// One client session.
pub struct Client<H: Host> {
    host: H,
    phase: Phase,
    /// The `key` of the connect request, as JSON.
    key: String,
    /// The session's default timeout, ms.
    timeout: Option<u32>,
    connecting: Option<H::Reply>,
    connect_deadline: Option<u64>,
    /// `<salt>.`: this session's request ids are unlike any other client's.
    prefix: String,
    /// Calls waiting for their answer (and the frames of those held).
    calls: InFlight<H>,
    locals: SmallMap<LocalAgent<H>>,
    remotes: SmallMap<H::Remote>,
    /// The named agents of the session as `(id, name)`, oldest first.
    named: Vec<(String, String)>,
    directory: Directory,
    /// Named calls whose agent has not appeared yet.
    waiting: Vec<Waiting<H>>,
    io: Queue<Io<H::Body>>,
    events: Queue<Event<H>>,
    /// No deadline is earlier than this (it may be stale, never late).
    wake: Option<u64>,
    reconnect: Option<Backoff>,
    heartbeat: Option<u32>,
    /// Reconnection attempts since the session was last open.
    attempt: u32,
    /// Down: when the next attempt starts (`None`: it is under way).
    retry_at: Option<u64>,
    /// After a reconnect: the recreate and resync calls still out (the
    /// session is back when none is), and the old ids of recreated agents.
    rebuilding: usize,
    recreating: Vec<(u64, String)>,
    /// When something last arrived; when the heartbeat asked, if it did.
    last_heard: u64,
    pinged: Option<u64>,
    /// The relay keeps this session's place for a while when the socket is
    /// lost (`None`: it does not, as 1.0.0's, or our record passed its
    /// bound): the token to take it back, and our packets numbered.
    resume: Option<Resumption<H::Body>>,
    /// The relay agreed to `cancel`: requests carry their timeout, calls
    /// can be given up at their agents, and it tells ours of theirs.
    cancels: bool,
    /// Requests that local agents are answering, while the relay may give
    /// them up (`serving`).
    serving: Answers<H::Context>,
    /// The relay agreed to `streams`: calls may be answered in chunks, and
    /// our agents may answer so.
    streams: bool,
    /// The relay agreed to `interest`: it sends the events we listen to,
    /// and tells ours who hears them.
    interest: bool,
    /// Someone in the session hears every event (what we assume until a
    /// relay that agreed to `interest` says otherwise).
    everything: bool,
    /// What the page listens to.
    listening: Listening,
}

/// What became of a chunk a handler wrote (`Client::write`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Write {
    /// Sent, within the caller's credit.
    Sent,
    /// The caller has granted no more: try again on `Event::Credit`.
    Wait,
    /// The call is over, or is no stream: nothing was sent.
    Over,
}

/// A resumable place at the relay: its token, and the packets numbered
/// each way, ours kept until the relay acknowledges them.
struct Resumption<B> {
    token: String,
    replay: Replay<Frame<B>>,
}

impl<H: Host> Client<H> {
    /// A session connecting with `key` (JSON text); `connected` is settled
    /// once it is open or has failed. `timeout` (ms) bounds the connection
    /// and, by default, every request.
    pub fn new(host: H, key: String, salt: &str, options: Options, connected: H::Reply) -> Self {
        let Options {
            timeout,
            reconnect,
            heartbeat,
        } = options;
        let connect_deadline = timeout.map(|ms| host.now() + ms as u64);
        Client {
            host,
            phase: Phase::Connecting,
            key,
            timeout,
            connecting: Some(connected),
            connect_deadline,
            prefix: salt.to_owned() + ".",
            calls: InFlight::default(),
            locals: SmallMap::default(),
            remotes: SmallMap::default(),
            named: Vec::new(),
            directory: Directory::Partial,
            waiting: Vec::new(),
            io: Queue::default(),
            events: Queue::default(),
            wake: connect_deadline,
            reconnect,
            heartbeat,
            attempt: 0,
            retry_at: None,
            rebuilding: 0,
            recreating: Vec::new(),
            last_heard: 0,
            pinged: None,
            resume: None,
            cancels: false,
            serving: Answers::default(),
            streams: false,
            interest: false,
            everything: true,
            listening: Default::default(),
        }
    }

    pub fn is_open(&self) -> bool {
        self.phase == Phase::Open
    }

    pub fn is_closed(&self) -> bool {
        self.phase == Phase::Closed
    }

    /// What the relay agreed to: (`cancel`, `streams`). A driver reads a
    /// request's `timeout` and `stream` only when it did.
    pub fn agreed(&self) -> (bool, bool) {
        (self.cancels, self.streams)
    }

    /// Calls waiting for their answer.
    pub fn in_flight(&self) -> usize {
        self.calls.len()
    }

    pub fn host(&self) -> &H {
        &self.host
    }

    /// The next frame to send, or `Close`.
    pub fn poll_io(&mut self) -> Option<Io<H::Body>> {
        self.io.pop()
    }

    /// The next thing to tell the user.
    pub fn poll_event(&mut self) -> Option<Event<H>> {
        self.events.pop()
    }

    /// Whether there is something to tell the user (a user call settled
    /// at once, as destroying an agent while the session is down does).
    pub fn has_events(&self) -> bool {
        self.events.next < self.events.items.len()
    }

    /// When `handle_timeout` should be called next (possibly early, never late).
    pub fn poll_timeout(&self) -> Option<u64> {
        self.wake
    }
}

/// First in, first out: pushed at the back, taken from the front. (A
/// `VecDeque` costs the browser client's wasm more code.)
struct Queue<T> {
    items: Vec<Option<T>>,
    next: usize,
}

impl<T> Default for Queue<T> {
    fn default() -> Self {
        Queue {
            items: Vec::new(),
            next: 0,
        }
    }
}

impl<T> Queue<T> {
    fn push(&mut self, item: T) {
        self.items.push(Some(item));
    }

    fn pop(&mut self) -> Option<T> {
        let item = self.items.get_mut(self.next)?.take();
        self.next += 1;
        if self.next == self.items.len() {
            self.clear();
        }
        item
    }

    fn clear(&mut self) {
        self.items.clear();
        self.next = 0;
    }
}

/// A number as this client writes them: decimal digits, no sign, no
/// leading zero, no more than u64 holds.
fn decimal(text: &str) -> Option<u64> {
    if text.is_empty() || text.len() > 19 || (text.len() > 1 && text.starts_with('0')) {
        return None;
    }
    text.bytes().try_fold(0u64, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + (b - b'0') as u64)
    })
}

/// A request's body: the user's, or JSON the core wrote.
enum Content<'a, B> {
    Body(B),
    Json(&'a str),
}

/// The earlier of two optional instants.
fn earliest(a: Option<u64>, b: Option<u64>) -> Option<u64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        _ => a.or(b),
    }
}

fn error_tail(error: &str) -> String {
    let mut tail = String::from(",\"error\":");
    push_json_str(&mut tail, error);
    tail.push('}');
    tail
}
