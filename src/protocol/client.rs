//! The client's rules for one session, sans I/O: the `connect` handshake,
//! requests in flight with their deadlines and salted ids, local agents and
//! the routing of requests to their handlers, the registry of remote agents
//! (one handle per agent id), reconnecting after a lost socket (backoff,
//! agents created again, calls held meanwhile), heartbeats, and teardown.
//! A driver feeds it packets, user
//! calls, "the transport closed" and `handle_timeout(now)`; it polls frames
//! to send (`poll_io`), things to tell the user (`poll_event`) and the next
//! deadline (`poll_timeout`). No clock, no socket, no JS.

use super::packet::{push_decimal, push_json_str, FrameWriter, SERVER};
use super::resume::Replay;
use super::small_map::SmallMap;
use alloc::borrow::Cow;
use alloc::{borrow::ToOwned, string::String, vec::Vec};

/// The close code of a socket the client gave up for dead and will resume
/// on another: a relay keeps its place, as for a socket that was lost (a
/// close frame with another code ends the place).
pub const CLOSE_RESUME: u16 = 4001;

/// What a driver keeps in the core: its own types for bodies, for where a
/// call's result goes, for handlers, and for the objects that stand for
/// agents (made once each, through `local` and `remote`).
pub trait Host {
    /// A body as the driver holds it (a JS value in the browser).
    type Body: Body;
    /// Where one call's result goes (a callback or a Promise's ends).
    type Reply;
    /// A local agent's handler of one request name.
    type Handler: Clone;
    /// The object for one of this client's agents.
    type Local: Clone;
    /// The object for an agent of the session, made once per agent id.
    type Remote: Clone;
    fn local(&mut self, id: &str, info: &Self::Body) -> Self::Local;
    fn remote(&mut self, id: &str, info: &Self::Body) -> Self::Remote;
    /// The time in ms on a clock that never steps back. Read only when a
    /// deadline is set (a clock can cost more than the rest of a call).
    fn now(&self) -> u64;
    /// A number in [0, 1), for the jitter of reconnection delays.
    fn random(&mut self) -> f64;
    /// A local agent made again after a reconnect got a new `id` and `info`.
    fn rebind(&mut self, local: &Self::Local, id: &str, info: &Self::Body);
    /// A body received, made fit to send (the browser sends JSON text, and
    /// receives parsed values).
    fn sendable(&self, body: &Self::Body) -> Self::Body {
        body.clone()
    }
}

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

/// What the core reads in a body: agent infos and lists of them.
pub trait Body: Sized + Clone {
    /// The `id` field, when the body is an object whose `id` is a string.
    fn agent_id(&self) -> Option<String>;
    /// The `name` field, when the body is an object whose `name` is a string.
    fn agent_name(&self) -> Option<String>;
    /// The elements, when the body is an array.
    fn items(&self) -> Vec<Self>;
    /// The field `key`, when the body is an object and it is a string.
    fn text(&self, key: &str) -> Option<String>;
    /// The field `key`, when the body is an object and it is a whole
    /// number from 0 to 2^53.
    fn count(&self, key: &str) -> Option<u64>;
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
        }
    }

    pub fn message(&self) -> String {
        match self {
            Error::InvalidArg(m) | Error::Connect(m) | Error::Remote(m) => m.clone(),
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

/// One frame to send: `head`, then the body's JSON (when there is one),
/// then `tail`. The driver writes the body, so bodies never pass through
/// the core as text.
#[derive(Debug, Clone)]
pub struct Frame<B> {
    pub head: String,
    pub body: Option<B>,
    pub tail: Cow<'static, str>,
}

/// What the driver must do with its transport.
#[derive(Debug)]
pub enum Io<B> {
    Send(Frame<B>),
    /// Close the transport (the session may go on: `Event::Closed` ends it).
    Close,
    /// Close the transport, given up for dead, as one the session resumes
    /// (`CLOSE_RESUME`: the relay keeps its place as for a lost socket).
    Abandon,
    /// Open a new transport: reconnecting.
    Open,
    /// Send `{"type":"ack","n":N}` (`resume::ack_packet`): not urgent, it
    /// may wait to leave with the next packets (resuming).
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
        /// The handler is the agent's catch-all (it is told the name).
        any: bool,
        agent: String,
        id: String,
        name: String,
        body: H::Body,
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

/// What a request to the relay's own agent does with its response.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    CreateAgent,
    DestroyAgent,
    GetAgents,
    Send,
    /// The core's own `getAgents`, for named calls.
    Directory,
    /// After a reconnect: a local agent made again (its old id).
    Recreate,
    /// After a reconnect: the session's agents, to bring remotes in sync.
    Resync,
}

struct Call<H: Host> {
    /// The number in its id (`<salt>.<number>`); calls are kept in its order.
    number: u64,
    to: String,
    /// The request's name, for error messages.
    name: String,
    op: Op,
    /// Where the result goes; `None` for the core's own requests.
    reply: Option<H::Reply>,
    /// Its frame went out (else it is held until the session is back).
    sent: bool,
    /// (when, the timeout in ms it came from)
    deadline: Option<(u64, u32)>,
}

struct LocalAgent<H: Host> {
    handle: H::Local,
    /// As the relay described it (`{id, name, title}`): made again from it.
    info: H::Body,
    handlers: SmallMap<H::Handler>,
    /// The handler of every name without one of its own.
    any: Option<H::Handler>,
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
    next: u64,
    calls: Vec<Call<H>>,
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
    /// Frames of calls made while the session is down or coming back, by
    /// call number (a call that timed out meanwhile is not sent).
    held: Vec<(u64, Frame<H::Body>)>,
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
            next: 1,
            calls: Vec::new(),
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
            held: Vec::new(),
            rebuilding: 0,
            recreating: Vec::new(),
            last_heard: 0,
            pinged: None,
            resume: None,
        }
    }

    pub fn is_open(&self) -> bool {
        self.phase == Phase::Open
    }

    pub fn is_closed(&self) -> bool {
        self.phase == Phase::Closed
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

    // ----- the transport -----

    /// The transport is open: the connect request goes out.
    pub fn transport_open(&mut self) {
        if self.phase != Phase::Connecting && self.phase != Phase::Down {
            return;
        }
        // Id "0": the 1.0.0 relay answers no other. `batch`: the driver may
        // carry several packets per frame if the relay agrees (the 1.0.0
        // relay reads only the key, and never agrees).
        // `resume`: a session that reconnects asks the relay to keep its
        // place when the socket is lost, or takes it back (the 1.0.0 relay
        // reads only the key, and never offers it).
        let mut head = String::from(
            r#"{"type":"request","name":"connect","to":"server","id":"0","body":{"key":"#,
        );
        head += &self.key;
        head += r#","batch":true"#;
        match &self.resume {
            Some(r) => {
                head += r#","resume":"#;
                push_json_str(&mut head, &r.token);
                head += r#","acked":"#;
                push_decimal(&mut head, r.replay.received_count());
            }
            None if self.reconnect.is_some() => head += r#","resume":true"#,
            None => {}
        }
        self.io.push(Io::Send(Frame {
            head: head + "}",
            body: None,
            tail: Cow::Borrowed("}"),
        }));
    }

    /// Whether the session's packets can go: it is open, or down with a
    /// place the relay keeps (`transmit` keeps them for the resume).
    fn sending(&self) -> bool {
        self.phase == Phase::Open || (self.phase == Phase::Down && self.resume.is_some())
    }

    /// Sends a packet of the session: numbered and kept until acknowledged
    /// when the place is resumable. While down, it is only kept: a resume
    /// sends it, and without one it is lost with the place it was for.
    fn transmit(&mut self, frame: Frame<H::Body>) {
        if let Some(r) = &mut self.resume {
            // An ack that is due rides along (in the same batch).
            if let Some(n) = r.replay.ack_due().filter(|_| self.phase == Phase::Open) {
                self.io.push(Io::Ack(n));
            }
            let size = frame.head.len() + frame.tail.len();
            if !r.replay.sent(frame.clone(), size) {
                self.resume = None; // past the bound: no resuming this place
            }
        }
        if self.phase == Phase::Open {
            self.io.push(Io::Send(frame));
        }
    }

    /// The transport reported an error (a close follows).
    pub fn transport_error(&mut self) {
        if self.phase == Phase::Open {
            self.events.push(Event::TransportError);
        }
    }

    /// The transport closed, for `reason`: the session reconnects if it
    /// was open (or coming back) and may, and ends otherwise.
    pub fn transport_closed(&mut self, reason: String) {
        match self.phase {
            Phase::Open | Phase::Down if self.reconnect.is_some() => {
                self.lost(Error::Connect(reason))
            }
            _ => self.teardown(Error::Connect(reason)),
        }
    }

    /// Something arrived on the transport (the heartbeat's sign of life).
    pub fn heard(&mut self) {
        if self.heartbeat.is_some() {
            self.last_heard = self.host.now();
            self.pinged = None;
        }
    }

    /// Down and waiting: try now (the browser says it is online again).
    pub fn retry_now(&mut self) {
        if self.phase == Phase::Down && self.retry_at.is_some() {
            self.retry_at = Some(0);
            self.wake = Some(0);
        }
    }

    /// The socket is lost: in-flight calls fail with `Disconnected`, and
    /// the next attempt is scheduled (or the session ends, retries spent).
    fn lost(&mut self, why: Error) {
        if self.phase == Phase::Open {
            self.io.clear();
            // A place the relay keeps may still answer them.
            if self.resume.is_none() {
                self.fail_in_flight();
            }
            self.directory = Directory::Partial;
            self.events.push(Event::Disconnected(why.clone()));
        }
        self.phase = Phase::Down;
        if self.resume.is_none() {
            // (With a place to resume, a rebuild under way goes on: its
            // answers come through the resume.)
            self.rebuilding = 0;
            self.recreating.clear();
        }
        self.connect_deadline = None;
        self.pinged = None;
        let backoff = self.reconnect.clone().unwrap_or_default();
        if backoff.retries.is_some_and(|max| self.attempt >= max) {
            return self.teardown(why);
        }
        let delay = backoff.delay(self.attempt, self.host.random());
        self.attempt += 1;
        let at = self.host.now() + delay as u64;
        self.retry_at = Some(at);
        self.wake = earliest(self.wake, Some(at));
        let attempt = self.attempt;
        self.events.push(Event::Reconnecting { attempt, delay });
    }

    /// Calls whose request went out on a place that is gone fail: they may
    /// or may not have been handled.
    fn fail_in_flight(&mut self) {
        let out = self.take_calls(Which::Sent);
        for c in out {
            self.fail_call(c, Error::Disconnected, None);
        }
    }

    /// The user closes the session.
    pub fn close(&mut self) {
        self.teardown(Error::Closed);
    }

    /// Deadlines up to `now` have passed.
    pub fn handle_timeout(&mut self, now: u64) {
        if self.phase == Phase::Closed {
            return;
        }
        if self.phase == Phase::Connecting && self.connect_deadline.is_some_and(|at| at <= now) {
            return self.teardown(Error::Timeout(self.timeout.unwrap_or_default()));
        }
        if self.phase == Phase::Down {
            if self.retry_at.is_some_and(|at| at <= now) {
                // Connecting again, within a bound: a black hole is no answer.
                self.retry_at = None;
                self.io.push(Io::Open);
                let ms = self
                    .heartbeat
                    .map(|h| 2 * h)
                    .or(self.timeout)
                    .unwrap_or(10_000);
                self.connect_deadline = Some(now + ms as u64);
            } else if self.connect_deadline.is_some_and(|at| at <= now) {
                self.lost(Error::Connect("no answer to connect".into()));
                self.io.push(Io::Abandon);
            }
        }
        if let (Phase::Open, Some(ms)) = (self.phase, self.heartbeat) {
            let ms = ms as u64;
            match self.pinged {
                // Asked, and nothing since for a whole period: dead.
                Some(at) if now >= at + ms => {
                    let mut silence = "no sign of life from the relay for ".to_owned();
                    push_decimal(&mut silence, 2 * ms);
                    // (After: `lost` clears what was waiting to be sent.)
                    self.lost(Error::Connect(silence + " ms"));
                    self.io.push(Io::Abandon);
                }
                Some(_) => {}
                None if now >= self.last_heard + ms => {
                    // A request the relay answers (ours) or refuses (1.0.0's
                    // "unknown message"): either way, a sign of life.
                    self.pinged = Some(now);
                    let head =
                        String::from(r#"{"type":"request","name":"ping","to":"server","id":"#);
                    self.transmit(Frame {
                        head: head + "\"" + &self.prefix + "ping\"",
                        body: None,
                        tail: Cow::Borrowed(r#","body":null}"#),
                    });
                }
                None => {}
            }
        }
        // The clock looks: what was received and is still unacked is acked
        // (the heartbeat's timer brings this about every period at least).
        if self.phase == Phase::Open {
            if let Some(n) = self.resume.as_mut().and_then(|r| r.replay.pending_ack()) {
                self.io.push(Io::Ack(n));
            }
        }
        let expired = self.take_calls(Which::Due(now));
        for c in expired {
            let ms = c.deadline.map_or(0, |(_, ms)| ms);
            self.fail_call(c, Error::Timeout(ms), None);
        }
        let (expired, waiting) = core::mem::take(&mut self.waiting)
            .into_iter()
            .partition(|w| w.deadline.0 <= now);
        self.waiting = waiting;
        for w in expired {
            let ms = w.deadline.1;
            self.fail_waiting(w, Error::Timeout(ms));
        }
        let calls = self.calls.iter().filter_map(|c| c.deadline.map(|d| d.0));
        let waits = self.waiting.iter().map(|w| w.deadline.0);
        let beat = match (self.phase, self.heartbeat) {
            (Phase::Open, Some(ms)) => Some(self.pinged.unwrap_or(self.last_heard) + ms as u64),
            _ => None,
        };
        let next = earliest(calls.chain(waits).min(), self.connect_deadline);
        self.wake = earliest(earliest(next, beat), self.retry_at);
    }

    /// A packet from the relay.
    pub fn receive(&mut self, packet: Incoming<H::Body>) {
        let connecting = matches!(self.phase, Phase::Connecting | Phase::Down);
        match &packet {
            Incoming::Ack(n) => {
                if let Some(r) = &mut self.resume {
                    r.replay.acked(*n);
                }
                return;
            }
            Incoming::Response { name, .. } if connecting && name.as_deref() == Some("connect") => {
            }
            // Numbered by the relay: acknowledged with what goes out next,
            // or at once after many.
            _ => {
                let ack = self.resume.as_mut().and_then(|r| r.replay.received());
                if let Some(n) = ack {
                    self.io.push(Io::Ack(n));
                }
            }
        }
        match (self.phase, packet) {
            (
                Phase::Connecting | Phase::Down,
                Incoming::Response {
                    name,
                    id,
                    error,
                    body,
                    ..
                },
            ) if name.as_deref() == Some("connect") => {
                // A refusal has no id (1.0.0) or ours; either way its error decides.
                if let Some(error) = error {
                    self.teardown(Error::Connect(error));
                } else if id.as_deref() == Some("0") {
                    let again = self.phase == Phase::Down;
                    self.phase = Phase::Open;
                    self.connect_deadline = None;
                    if let Some(ms) = self.heartbeat {
                        self.last_heard = self.host.now();
                        self.wake = earliest(self.wake, Some(self.last_heard + ms as u64));
                    }
                    if let Some(reply) = self.connecting.take() {
                        self.settle(reply, Ok(Answer::Connected));
                    }
                    if again && self.resumed(&body) {
                        return;
                    }
                    // A new place (the old one, if any, is gone, with any
                    // rebuild that was under way on it).
                    self.resume = body.text("resume").map(|token| Resumption {
                        token,
                        replay: Replay::default(),
                    });
                    if again {
                        self.rebuilding = 0;
                        self.recreating.clear();
                        self.fail_in_flight();
                        self.rebuild();
                    }
                }
            }
            (Phase::Open, Incoming::Request { to, name, id, body }) => {
                self.on_request(to, name, id, body)
            }
            (
                Phase::Open,
                Incoming::Response {
                    from,
                    id: Some(id),
                    body,
                    error,
                    ..
                },
            ) => self.on_response(&from, &id, body, error),
            (Phase::Open, Incoming::Event { from, name, body }) if from == SERVER => {
                self.on_server_event(&name, body)
            }
            (Phase::Open, Incoming::Event { from, name, body }) => {
                if let Some(remote) = self.remotes.get(&from) {
                    let remote = remote.clone();
                    self.events.push(Event::RemoteEvent { remote, name, body });
                }
            }
            _ => {}
        }
    }

    // ----- calls -----

    /// `reply`, if the session is open; refused with `Closed` otherwise.
    fn open(&self, reply: H::Reply) -> Result<H::Reply, Refused<H::Reply>> {
        match self.phase {
            Phase::Open | Phase::Down => Ok(reply),
            _ => Err(Refused {
                reply,
                error: Error::Closed,
            }),
        }
    }

    /// Creates a local agent described by `info` (`{name, title}`).
    pub fn create_agent(
        &mut self,
        info: H::Body,
        reply: H::Reply,
    ) -> Result<(), Refused<H::Reply>> {
        let reply = Some(self.open(reply)?);
        let deadline = self.deadline(None);
        let body = Content::Body(info);
        self.request(
            SERVER,
            "createAgent",
            body,
            Op::CreateAgent,
            reply,
            deadline,
        );
        Ok(())
    }

    /// Destroys the local agent `id`.
    pub fn destroy_agent(&mut self, id: &str, reply: H::Reply) -> Result<(), Refused<H::Reply>> {
        let reply = self.open(reply)?;
        if self.phase == Phase::Down || self.rebuilding > 0 {
            // Its id is about to change: the relay no longer has it (or it
            // is being made again, and `rebuilt` destroys the new one).
            if let Some(local) = self.locals.remove(id) {
                self.named.retain(|(named, _)| named != id);
                self.settle(reply, Ok(Answer::Destroyed(Some(local.handle))));
                if self.resume.is_some() && self.phase == Phase::Down {
                    // The relay keeps it for a resume: it is destroyed
                    // there once back (and answers for it meanwhile).
                    self.request_destroy(id, None, None);
                }
                return Ok(());
            }
        }
        let deadline = self.deadline(None);
        self.request_destroy(id, Some(reply), deadline);
        Ok(())
    }

    /// Asks the relay to destroy agent `id` (`reply`: `None` for the
    /// core's own asking).
    fn request_destroy(&mut self, id: &str, reply: Option<H::Reply>, deadline: Option<(u64, u32)>) {
        let mut body = String::from("{\"id\":");
        push_json_str(&mut body, id);
        body.push('}');
        let (body, op) = (Content::Json(&body), Op::DestroyAgent);
        self.request(SERVER, "destroyAgent", body, op, reply, deadline);
    }

    /// Every agent of the session. (`getAgents`: 1.0.0 relays know no other name.)
    pub fn get_agents(&mut self, reply: H::Reply) -> Result<(), Refused<H::Reply>> {
        let reply = Some(self.open(reply)?);
        let deadline = self.deadline(None);
        self.request(
            SERVER,
            "getAgents",
            Content::Json("null"),
            Op::GetAgents,
            reply,
            deadline,
        );
        Ok(())
    }

    /// Sends request `name` to remote agent `to`; `timeout` (ms) overrides
    /// the session's.
    pub fn send(
        &mut self,
        to: &str,
        name: &str,
        body: H::Body,
        timeout: Option<u32>,
        reply: H::Reply,
    ) -> Result<(), Refused<H::Reply>> {
        let reply = self.open(reply)?;
        if self.phase == Phase::Open && !self.remotes.contains_key(to) {
            return Err(Refused {
                reply,
                error: Error::AgentDestroyed,
            });
        }
        let deadline = self.deadline(timeout);
        self.request(
            to,
            name,
            Content::Body(body),
            Op::Send,
            Some(reply),
            deadline,
        );
        Ok(())
    }

    /// Sends request `method` with `params` to the session's agent named
    /// `agent` (the oldest, when several share the name), waiting for one
    /// to appear if there is none yet. The whole call, waiting included, is
    /// bounded by `timeout`, else the session's, else
    /// `NAMED_CALL_TIMEOUT_MS`.
    pub fn request_named(
        &mut self,
        agent: &str,
        method: &str,
        params: H::Body,
        timeout: Option<u32>,
        reply: H::Reply,
    ) -> Result<(), Refused<H::Reply>> {
        let reply = self.open(reply)?;
        let ms = timeout.or(self.timeout).unwrap_or(NAMED_CALL_TIMEOUT_MS);
        let deadline = (self.host.now() + ms as u64, ms);
        self.wake = earliest(self.wake, Some(deadline.0));
        self.waiting.push(Waiting {
            agent: agent.to_owned(),
            method: method.to_owned(),
            params,
            reply,
            deadline,
        });
        let up = self.phase == Phase::Open && self.rebuilding == 0;
        if up && self.directory == Directory::Partial && self.find_named(agent).is_none() {
            // Agents created before this client joined are known only to
            // the relay: ask it, once (the answer goes to `learn_list`).
            self.directory = Directory::Asked;
            let (body, op) = (Content::Json("null"), Op::Directory);
            self.request(SERVER, "getAgents", body, op, None, None);
        }
        self.send_waiting();
        Ok(())
    }

    /// The oldest live agent named `name`.
    fn find_named(&self, name: &str) -> Option<String> {
        let (id, _) = self.named.iter().find(|(_, n)| n == name)?;
        Some(id.clone())
    }

    /// Sends the waiting named calls whose agent is now known.
    fn send_waiting(&mut self) {
        if self.phase != Phase::Open || self.rebuilding > 0 {
            return;
        }
        for w in core::mem::take(&mut self.waiting) {
            match self.find_named(&w.agent) {
                Some(id) => {
                    let (body, reply) = (Content::Body(w.params), Some(w.reply));
                    self.request(&id, &w.method, body, Op::Send, reply, Some(w.deadline));
                }
                None => self.waiting.push(w),
            }
        }
    }

    /// The deadline of a call with `timeout` (ms), else the session's.
    fn deadline(&self, timeout: Option<u32>) -> Option<(u64, u32)> {
        timeout
            .or(self.timeout)
            .map(|ms| (self.host.now() + ms as u64, ms))
    }

    /// Sends a request (the session is open) and keeps its call; `reply`
    /// is `None` for the core's own requests.
    fn request(
        &mut self,
        to: &str,
        name: &str,
        body: Content<H::Body>,
        op: Op,
        reply: Option<H::Reply>,
        deadline: Option<(u64, u32)>,
    ) {
        let number = self.next;
        self.next += 1;
        let mut id = self.prefix.clone();
        push_decimal(&mut id, number);
        let mut head = FrameWriter::new("request")
            .str("name", name)
            .str("to", to)
            .str("id", &id)
            .open("body");
        let body = match body {
            Content::Body(b) => Some(b),
            Content::Json(json) => {
                head.push_str(json);
                None
            }
        };
        let frame = Frame {
            head,
            body,
            tail: Cow::Borrowed("}"),
        };
        // The user's calls wait while the session is down or coming back;
        // the core's own go at once (it makes them only when connected).
        let sent = self.phase == Phase::Open && (self.rebuilding == 0 || reply.is_none());
        if sent {
            self.transmit(frame);
        } else {
            self.held.push((number, frame));
        }
        self.wake = earliest(self.wake, deadline.map(|d| d.0));
        self.calls.push(Call {
            number,
            to: to.to_owned(),
            name: name.to_owned(),
            op,
            reply,
            sent,
            deadline,
        });
    }

    // ----- local agents -----

    /// Routes the requests for local agent `agent` that have no handler of
    /// their own name to `handler`.
    pub fn set_any_handler(&mut self, agent: &str, handler: H::Handler) -> Result<(), Error> {
        self.locals.get_mut(agent).ok_or(Error::Destroyed)?.any = Some(handler);
        Ok(())
    }

    /// Routes requests named `name` for local agent `agent` to `handler`.
    pub fn set_handler(
        &mut self,
        agent: &str,
        name: String,
        handler: H::Handler,
    ) -> Result<(), Error> {
        let local = self.locals.get_mut(agent).ok_or(Error::Destroyed)?;
        local.handlers.insert(name, handler);
        Ok(())
    }

    /// Whether `agent` is a live local agent.
    pub fn is_local(&self, agent: &str) -> bool {
        self.locals.contains_key(agent)
    }

    /// Broadcasts event `name` from local agent `agent`: false when the
    /// session is not open (its agents went with it). While a resumable
    /// session is down, it goes out when (and if) the place is resumed.
    pub fn emit(&mut self, agent: &str, name: &str, body: H::Body) -> Result<bool, Error> {
        if !self.sending() {
            return Ok(false);
        }
        if !self.locals.contains_key(agent) {
            return Err(Error::Destroyed);
        }
        let head = FrameWriter::new("event")
            .str("from", agent)
            .str("name", name)
            .open("body");
        self.transmit(Frame {
            head,
            body: Some(body),
            tail: Cow::Borrowed("}"),
        });
        Ok(true)
    }

    /// Answers request `id` (raw JSON) named `name` to local agent `agent`;
    /// false (and nothing sent) when the agent or the session is gone.
    pub fn respond(
        &mut self,
        agent: &str,
        id: &str,
        name: &str,
        body: Option<H::Body>,
        error: Option<&str>,
    ) -> bool {
        if !self.sending() || !self.locals.contains_key(agent) {
            return false;
        }
        let head = FrameWriter::new("response")
            .str("name", name)
            .str("from", agent)
            .raw("id", id)
            .open("body");
        let (head, tail) = match (&body, error) {
            (None, None) => (head + "null", Cow::Borrowed("}")),
            (None, Some(e)) => (head + "null", Cow::Owned(error_tail(e))),
            (Some(_), None) => (head, Cow::Borrowed("}")),
            (Some(_), Some(e)) => (head, Cow::Owned(error_tail(e))),
        };
        self.transmit(Frame { head, body, tail });
        true
    }

    // ----- what the relay sends -----

    fn on_request(&mut self, to: String, name: String, id: String, body: H::Body) {
        let Some(local) = self.locals.get(&to) else {
            return; // destroyed meanwhile: the relay answers for it
        };
        let own = local.handlers.get(&name);
        match own.or(local.any.as_ref()) {
            Some(handler) => {
                let (handler, any) = (handler.clone(), own.is_none());
                self.events.push(Event::Request {
                    handler,
                    any,
                    agent: to,
                    id,
                    name,
                    body,
                });
            }
            None => {
                let error = "agent does not handle messages named '".to_owned() + &name + "'";
                self.respond(&to, &id, &name, None, Some(&error));
            }
        }
    }

    fn on_response(&mut self, from: &str, id: &str, body: H::Body, error: Option<String>) {
        let Some(number) = id.strip_prefix(self.prefix.as_str()).and_then(decimal) else {
            return;
        };
        let Ok(at) = self.calls.binary_search_by_key(&number, |c| c.number) else {
            return; // timed out, or never ours
        };
        if self.calls[at].to != from {
            return;
        }
        let call = self.calls.remove(at);
        if matches!(call.op, Op::Recreate | Op::Resync) {
            return self.rebuilt(call, error.is_none().then_some(body));
        }
        if let Some(text) = error {
            if call.op == Op::Directory {
                // Asked no more: `agentCreated` still counts.
                self.directory = Directory::Known;
            }
            return self.fail_call(call, Error::from_wire(text), Some(body));
        }
        let answer = match call.op {
            Op::Send => Answer::Body(body),
            Op::CreateAgent => {
                let Some(id) = body.agent_id() else {
                    let error = Error::Remote("createAgent: no id in response".into());
                    return self.fail_call(call, error, Some(body));
                };
                let handle = self.host.local(&id, &body);
                let local = LocalAgent {
                    handle: handle.clone(),
                    info: self.host.sendable(&body),
                    handlers: SmallMap::default(),
                    any: None,
                };
                self.locals.insert(id, local);
                Answer::Agent(handle)
            }
            Op::DestroyAgent => {
                let local = body.agent_id().and_then(|id| self.locals.remove(&id));
                Answer::Destroyed(local.map(|l| l.handle))
            }
            Op::GetAgents | Op::Directory => Answer::Agents(self.learn_list(&body)),
            Op::Recreate | Op::Resync => return,
        };
        if let Some(reply) = call.reply {
            self.settle(reply, Ok(answer));
        }
    }

    /// Connected again, to the place we had if the relay says so (`body` of
    /// its answer to `connect`): then what it lacks of ours is sent again,
    /// then the calls held meanwhile, and the session goes on as it was.
    fn resumed(&mut self, body: &H::Body) -> bool {
        let (Some(r), Some(acked)) = (&mut self.resume, body.count("acked")) else {
            return false;
        };
        let Some(again) = r.replay.resend_after(acked) else {
            // Not exact (the relay claims what we never sent): start over.
            return false;
        };
        let again: Vec<Frame<H::Body>> = again.cloned().collect();
        if let Some(token) = body.text("resume") {
            r.token = token;
        }
        // First an ack: it tells the relay the new token arrived (until a
        // packet does, the old one still resumes the place).
        self.io.push(Io::Ack(r.replay.received_count()));
        for frame in again {
            self.io.push(Io::Send(frame));
        }
        // A rebuild under way (the place was new) ends it: `rebuilt` is
        // back then, and the agents did change ids.
        if self.rebuilding == 0 {
            self.back(true);
        }
        true
    }

    /// The session is back: the calls held meanwhile go out, in order.
    fn back(&mut self, resumed: bool) {
        for (number, frame) in core::mem::take(&mut self.held) {
            if self
                .calls
                .binary_search_by_key(&number, |c| c.number)
                .is_ok()
            {
                self.transmit(frame);
            }
        }
        self.attempt = 0;
        for c in &mut self.calls {
            c.sent = true;
        }
        self.events.push(Event::Reconnected { resumed });
        self.send_waiting();
    }

    /// Connected again: the local agents are made again (new ids) and the
    /// remotes brought in sync; the calls held meanwhile go once both are done.
    fn rebuild(&mut self) {
        let locals: Vec<(String, H::Body)> = self
            .locals
            .iter()
            .map(|(id, l)| (id.clone(), l.info.clone()))
            .collect();
        for (old, info) in locals {
            self.recreating.push((self.next, old));
            self.request(
                SERVER,
                "createAgent",
                Content::Body(info),
                Op::Recreate,
                None,
                None,
            );
        }
        let (body, op) = (Content::Json("null"), Op::Resync);
        self.request(SERVER, "getAgents", body, op, None, None);
        self.rebuilding = self.recreating.len() + 1;
    }

    /// One answer of `rebuild`'s (`body`, unless it failed).
    fn rebuilt(&mut self, call: Call<H>, body: Option<H::Body>) {
        if call.op == Op::Resync {
            if let Some(list) = body {
                self.resync(&list);
            }
        } else if let Some(i) = self.recreating.iter().position(|(n, _)| *n == call.number) {
            let (_, old) = self.recreating.swap_remove(i);
            let local = self.locals.remove(&old);
            // Refused (the relay's limits): that agent is gone.
            match (local, body.and_then(|b| Some((b.agent_id()?, b)))) {
                (Some(mut local), Some((id, info))) => {
                    self.host.rebind(&local.handle, &id, &info);
                    local.info = self.host.sendable(&info);
                    self.locals.insert(id, local);
                }
                // Destroyed by the page while it was being made again.
                (None, Some((id, _))) => self.request_destroy(&id, None, None),
                _ => {}
            }
        }
        self.rebuilding = self.rebuilding.saturating_sub(1);
        if self.rebuilding == 0 {
            self.back(false);
        }
    }

    /// The session's agents after a reconnect: those gone meanwhile are
    /// announced destroyed, those new created; handles of the others stay.
    fn resync(&mut self, list: &H::Body) {
        let items = list.items();
        // Gone: not listed, or listed under another name (ids start over
        // when a relay restarts, or a session empties and is freed).
        let name_of = |named: &[(String, String)], id: &str| {
            named.iter().find(|(i, _)| i == id).map(|(_, n)| n.clone())
        };
        let same: Vec<String> = items
            .iter()
            .filter_map(|i| {
                let id = i.agent_id()?;
                (name_of(&self.named, &id) == i.agent_name()).then_some(id)
            })
            .collect();
        let gone: Vec<String> = self
            .remotes
            .iter()
            .map(|(id, _)| id.clone())
            .filter(|id| !same.contains(id))
            .collect();
        for id in &gone {
            if let Some(r) = self.remotes.remove(id) {
                self.events.push(Event::RemoteDestroyed(r));
            }
        }
        // Calls held for them would never be answered.
        let orphans = self.take_calls(Which::HeldFor(&gone));
        for c in orphans {
            self.fail_call(c, Error::AgentDestroyed, None);
        }
        for info in &items {
            let known = info
                .agent_id()
                .is_some_and(|id| self.remotes.contains_key(&id));
            if !known {
                if let Some(r) = self.remote(info) {
                    self.events.push(Event::RemoteCreated(r));
                }
            }
        }
        // The relay's list is in creation order.
        self.named = items
            .iter()
            .filter_map(|i| Some((i.agent_id()?, i.agent_name()?)))
            .collect();
        self.directory = Directory::Known;
    }

    /// The handle for the agent `info` describes, made once per agent id.
    fn remote(&mut self, info: &H::Body) -> Option<H::Remote> {
        let id = info.agent_id()?;
        if let Some(r) = self.remotes.get(&id) {
            return Some(r.clone());
        }
        let r = self.host.remote(&id, info);
        if let Some(name) = info.agent_name() {
            self.named.push((id.clone(), name));
        }
        self.remotes.insert(id, r.clone());
        Some(r)
    }

    /// Every agent of a `getAgents` answer. Those this client did not know
    /// are older than those it heard created since it joined, so they go
    /// first in `named`, in the relay's order (creation order).
    fn learn_list(&mut self, list: &H::Body) -> Vec<H::Remote> {
        let known = core::mem::take(&mut self.named);
        let remotes = list
            .items()
            .iter()
            .filter_map(|info| self.remote(info))
            .collect();
        self.named.extend(known);
        self.directory = Directory::Known;
        self.send_waiting();
        remotes
    }

    fn on_server_event(&mut self, name: &str, body: H::Body) {
        match name {
            "agentCreated" => {
                if let Some(r) = self.remote(&body) {
                    self.events.push(Event::RemoteCreated(r));
                    self.send_waiting();
                }
            }
            "agentDestroyed" => {
                let Some(id) = body.agent_id() else { return };
                // 1.0.0 relays never answer requests to a destroyed agent.
                let gone = self.take_calls(Which::To(&id));
                for c in gone {
                    self.fail_call(c, Error::AgentDestroyed, None);
                }
                self.locals.remove(&id);
                self.named.retain(|(named, _)| *named != id);
                if let Some(r) = self.remotes.remove(&id) {
                    self.events.push(Event::RemoteDestroyed(r));
                }
            }
            _ => {}
        }
    }

    // ----- the end -----

    /// The session is over: local agents are gone, every call is settled
    /// (the connect call with `why`, the others with `Closed`), and an open
    /// session says `Closed`.
    fn teardown(&mut self, why: Error) {
        let was = core::mem::replace(&mut self.phase, Phase::Closed);
        if was == Phase::Closed {
            return;
        }
        self.io.clear();
        self.io.push(Io::Close);
        self.resume = None;
        self.locals.clear();
        self.held.clear();
        self.wake = None;
        self.connect_deadline = None;
        if let Some(reply) = self.connecting.take() {
            self.fail(reply, why, None);
        }
        for c in core::mem::take(&mut self.calls) {
            self.fail_call(c, Error::Closed, None);
        }
        for w in core::mem::take(&mut self.waiting) {
            self.fail_waiting(w, Error::Closed);
        }
        let remotes = self.remotes.take_all();
        if was == Phase::Open || was == Phase::Down {
            self.events.push(Event::Closed { remotes });
        }
    }

    /// Removes the calls `which` selects, keeping the others in order.
    fn take_calls(&mut self, which: Which) -> Vec<Call<H>> {
        let (taken, kept) =
            core::mem::take(&mut self.calls)
                .into_iter()
                .partition(|c| match which {
                    Which::Sent => c.sent,
                    Which::Due(now) => c.deadline.is_some_and(|(at, _)| at <= now),
                    Which::HeldFor(gone) => !c.sent && gone.contains(&c.to),
                    Which::To(id) => c.to == id,
                });
        self.calls = kept;
        taken
    }

    fn settle(&mut self, reply: H::Reply, result: Result<Answer<H>, Failure<H::Body>>) {
        self.events.push(Event::Settle { reply, result });
    }

    fn fail(&mut self, reply: H::Reply, error: Error, body: Option<H::Body>) {
        let call = None;
        self.settle(reply, Err(Failure { error, body, call }));
    }

    /// A named call that never found its agent: it names it by its name.
    fn fail_waiting(&mut self, w: Waiting<H>, error: Error) {
        let call = Some((w.method, w.agent));
        self.settle(
            w.reply,
            Err(Failure {
                error,
                body: None,
                call,
            }),
        );
    }

    fn fail_call(&mut self, c: Call<H>, error: Error, body: Option<H::Body>) {
        let call = Some((c.name, c.to));
        if let Some(reply) = c.reply {
            self.settle(reply, Err(Failure { error, body, call }));
        }
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

/// Which calls `Client::take_calls` takes (a selector rather than a
/// closure: no call through a function table).
#[derive(Clone, Copy)]
enum Which<'a> {
    /// Those whose request went out.
    Sent,
    /// Those whose deadline is at or before this time.
    Due(u64),
    /// Those held, not sent, for these agents.
    HeldFor(&'a [String]),
    /// Those to this agent.
    To(&'a str),
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

/// Native drivers (and the tests) hold bodies as `serde_json` values.
#[cfg(not(target_arch = "wasm32"))]
impl Body for serde_json::Value {
    fn agent_id(&self) -> Option<String> {
        self.get("id")?.as_str().map(str::to_owned)
    }

    fn agent_name(&self) -> Option<String> {
        self.get("name")?.as_str().map(str::to_owned)
    }

    fn items(&self) -> Vec<Self> {
        self.as_array().cloned().unwrap_or_default()
    }

    fn text(&self, key: &str) -> Option<String> {
        self.get(key)?.as_str().map(str::to_owned)
    }

    fn count(&self, key: &str) -> Option<u64> {
        self.get(key)?.as_u64()
    }
}
