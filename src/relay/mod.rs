//! The `ragentsd` relay: the map of live sessions (freed when their last
//! member leaves), joining and leaving them, and delivering what their
//! rules produce. Around it: `accept` (sockets in, upgraded, each becoming
//! a `connection`), `places` (resumable places and their tokens) and
//! `pinger` (the one task that looks at every connection). A session's
//! members are its WebSocket connections and the JSON-RPC calls over HTTP
//! waiting in it (`rpc`). A session's lock is the only one on the path of
//! a message; the map's lock is taken only to join and to leave (and
//! briefly when `/metrics` is scraped or the pinger looks).

mod accept;
pub mod auth;
pub mod cluster;
mod connection;
pub mod frame;
#[doc(hidden)]
pub mod fuzz;
pub mod http;
pub mod liveness;
pub mod metrics;
mod outbox;
mod pinger;
mod places;
mod rate;
pub mod rpc;
mod ticker;

use crate::protocol::session::{self, ConnId, Create, Out};
pub use accept::{serve, FromIp};
use connection::Conn;
use metrics::{Metrics, SessionGauges};
use outbox::Text;
use std::collections::HashMap;
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio::sync::{mpsc, Notify};

/// A member of a session, as the relay reaches it.
#[derive(Clone)]
enum Member {
    /// A WebSocket connection: its packets are queued on its outbox.
    Socket(Arc<Conn>),
    /// A JSON-RPC call over HTTP: only what is sent to it alone (the
    /// responses to its requests) reaches it, through this channel.
    /// Broadcasts are not for it.
    Call(mpsc::UnboundedSender<String>),
}

type Session = session::Session<Member>;

/// One session's rules under their lock, and a way to wake the calls that
/// wait for an agent to be created in it.
#[derive(Default)]
struct Shared {
    session: Mutex<Session>,
    agent_created: Notify,
    /// In a cluster: the session's subscription on NATS, and the way out.
    link: Option<cluster::Link>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Session> {
        self.session.lock().unwrap()
    }
}

type SharedSession = Arc<Shared>;

/// How the relay runs.
#[derive(Clone, Debug)]
pub struct Config {
    /// Static files served over plain HTTP, if any.
    pub www: Option<PathBuf>,
    /// The largest frame accepted, in bytes.
    pub max_frame: usize,
    /// A connection that sent nothing for this long gets a WebSocket ping;
    /// one that then still sends nothing (not even the pong) for as long
    /// again is closed. The pinger looks ten times per period, so each
    /// wait may last up to a tenth or two longer. None: no pings.
    pub ping: Option<Duration>,
    /// How long the place of a lost connection that may be resumed is kept
    /// (its agents stay, what is sent to it is kept); None: no resuming.
    pub resume_grace: Option<Duration>,
    /// How long a frame (or a fragmented message) may take to arrive, from
    /// its first byte: a client that trickles one must not hold its buffer
    /// forever.
    pub frame_timeout: Duration,
    /// The origins whose pages may open a WebSocket (`Origin` header, as
    /// `scheme://host[:port]`; `*` any); None: any.
    pub allow_origin: Option<Vec<String>>,
    /// With `allow_origin`: refuse handshakes that send no `Origin` too
    /// (browsers always send one; other clients usually none).
    pub require_origin: bool,
    /// The most clients one session may have (`--max-session-clients`).
    pub max_session_clients: usize,
    /// With a secret, a client's key must be a token signed with it
    /// (`--secret-file`); None: any key joins its session.
    pub auth: Option<Arc<auth::Auth>>,
    /// The most agents and waiting requests per connection.
    pub limits: session::Limits,
    /// The most connections open at once from one IP address; 0: no limit.
    pub max_ip_connections: usize,
    /// The packets one connection may send per second, on average, and in
    /// a burst; 0: no limit.
    pub max_packet_rate: u32,
    /// Behind a reverse proxy: a client's address (for the log and
    /// `max_ip_connections`) is the last one of `X-Forwarded-For`.
    pub trust_proxy: bool,
    /// The most bytes queued for clients that read slowly, all together;
    /// past it, one that falls more than 64 KiB behind is cut off. 0: none
    /// (each is still cut off past 16 MiB).
    pub max_backlog: u64,
    /// How long a request waits for its agent's response before the relay
    /// answers it `request timed out`; None: for as long as the agent lives.
    pub request_timeout: Option<Duration>,
    /// Sessions shared with the other relays of this NATS (`--nats`).
    pub cluster: Option<Arc<cluster::Cluster>>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            www: None,
            max_frame: 1 << 20,
            ping: Some(Duration::from_secs(30)),
            resume_grace: Some(Duration::from_secs(30)),
            frame_timeout: Duration::from_secs(30),
            allow_origin: None,
            require_origin: false,
            max_session_clients: 10_000,
            auth: None,
            limits: session::Limits::default(),
            max_ip_connections: 1024,
            max_packet_rate: 10_000,
            trust_proxy: false,
            max_backlog: 256 << 20,
            request_timeout: Some(Duration::from_secs(120)),
            cluster: None,
        }
    }
}

/// The live sessions, by key, and the relay's counters.
#[derive(Default)]
pub struct Relay {
    sessions: Mutex<HashMap<String, SharedSession>>,
    /// Resume tokens: the session key and the place each is good for. Its
    /// lock is always taken last.
    tokens: Mutex<HashMap<String, (String, ConnId)>>,
    next_conn: AtomicU64,
    pub metrics: Arc<Metrics>,
    /// What each new session allows its connections.
    limits: session::Limits,
    /// The connections open from each address (`--max-ip-connections`).
    per_ip: Mutex<HashMap<IpAddr, usize>>,
    cluster: Option<Arc<cluster::Cluster>>,
}

impl Relay {
    /// The gauges of session state, read from the sessions: the map's lock
    /// is held only to copy the list, then each session's lock in turn.
    pub fn gauges(&self) -> SessionGauges {
        let sessions: Vec<SharedSession> =
            self.sessions.lock().unwrap().values().cloned().collect();
        let mut gauges = SessionGauges {
            sessions: sessions.len(),
            ..SessionGauges::default()
        };
        for session in sessions {
            let s = session.lock();
            gauges.agents += s.agent_count();
            gauges.requests_in_flight += s.pending_count();
            gauges.streams += s.stream_count();
            gauges.interest += s.interest_count();
        }
        gauges
    }

    /// What `GET /metrics` answers.
    pub fn metrics_text(&self) -> String {
        let mut text = self.metrics.render(&self.gauges());
        if let Some(cluster) = &self.cluster {
            cluster.render(&mut text);
        }
        text
    }

    /// Whether session `key` has `max` members already (calls over HTTP
    /// included). Checked before `join`, which comes after the answer to
    /// `connect`: with several threads, a few more may get in at once.
    fn session_is_full(&self, key: &str, max: usize) -> bool {
        let sessions = self.sessions.lock().unwrap();
        let count = sessions.get(key).map_or(0, |s| s.lock().connection_count());
        count >= max
    }

    fn join(
        &self,
        key: &str,
        conn: ConnId,
        member: Member,
        create: Create,
        agreed: crate::protocol::session::Agreed,
    ) -> SharedSession {
        let mut sessions = self.sessions.lock().unwrap();
        let new = || {
            let cluster = self.cluster.as_ref();
            let (session, link) = match cluster {
                Some(c) => {
                    let (session, link) = c.session(key, self.limits);
                    (session, Some(link))
                }
                None => (Session::with_limits(self.limits), None),
            };
            let shared = Arc::new(Shared {
                session: Mutex::new(session),
                agent_created: Notify::new(),
                link,
            });
            if let Some(c) = cluster {
                c.listen(&shared);
            }
            shared
        };
        let session = sessions.entry(key.to_owned()).or_insert_with(new).clone();
        let mut dirty = Vec::new();
        {
            let mut s = session.lock();
            s.join_with(conn, member, create);
            // What it agreed may be news to the others (and to it).
            let mut out = Vec::new();
            s.agree(conn, agreed, &mut out);
            for o in out {
                deliver(&session, &s, o, None, &mut dirty);
            }
        }
        drop(sessions);
        dirty.iter().for_each(|c| c.flush_or_wake());
        session
    }

    fn leave(&self, key: &str, conn: ConnId, session: &SharedSession) {
        // Written once the locks are released: the other connections of the
        // session, and every join and leave of the relay, need not wait for
        // these system calls.
        for c in self.depart(key, conn, session, None) {
            c.flush_or_wake();
        }
    }

    /// A departure under the locks: the session's rules run, what they send
    /// is queued, and the connections to flush are returned. The session is
    /// freed when this was its last connection. With `socket`, only if that
    /// socket still holds the place (no other resumed it).
    fn depart(
        &self,
        key: &str,
        conn: ConnId,
        session: &SharedSession,
        socket: Option<&Arc<Conn>>,
    ) -> Vec<Arc<Conn>> {
        let mut sessions = self.sessions.lock().unwrap();
        let mut s = session.lock();
        let (mut out, mut dirty) = (Vec::new(), Vec::new());
        if let Some(socket) = socket {
            if !matches!(s.handle(conn), Some(Member::Socket(c)) if Arc::ptr_eq(c, socket)) {
                return dirty;
            }
        }
        s.leave(conn, &mut out);
        for o in out {
            deliver(session, &s, o, None, &mut dirty);
        }
        if s.is_empty() {
            sessions.remove(key);
        }
        dirty
    }
}

/// Queues one output of the session's rules on the connections it is for;
/// a large text for many is shared by their outboxes, not copied (a client
/// that takes batches gathers the packet). `input` is the text being handled, for outputs that
/// pass it on unchanged. Connections whose outbox this makes non-empty are
/// added to `dirty`, for the caller to flush once. A call gets only what is
/// sent to it alone.
fn deliver(
    shared: &Shared,
    session: &Session,
    out: Out,
    input: Option<&str>,
    dirty: &mut Vec<Arc<Conn>>,
) {
    let mut queue = |m: &Member, text: &mut Text| {
        if let Member::Socket(c) = m {
            if c.queue_text(text) {
                dirty.push(c.clone());
            }
        }
    };
    match out {
        Out::To(conn, text) => match session.handle(conn) {
            // Gone only once the call has left, which drops the receiver.
            Some(Member::Call(call)) => drop(call.send(text)),
            Some(m) => queue(m, &mut Text::new(&text)),
            None => {}
        },
        Out::All(text) => {
            let mut text = Text::new(&text);
            session.handles().for_each(|m| queue(m, &mut text));
        }
        Out::AllInput => {
            if let Some(input) = input {
                let mut text = Text::new(input);
                session.handles().for_each(|m| queue(m, &mut text));
            }
        }
        Out::Each(conns, text) => {
            let mut text = Text::new(&text);
            let members = conns.iter().filter_map(|c| session.handle(*c));
            members.for_each(|m| queue(m, &mut text));
        }
        Out::EachInput(conns) => {
            if let Some(input) = input {
                let mut text = Text::new(input);
                let members = conns.iter().filter_map(|c| session.handle(*c));
                members.for_each(|m| queue(m, &mut text));
            }
        }
        Out::Nats(subject, payload) => {
            if let Some(link) = &shared.link {
                link.cluster.publish(subject, None, payload);
            }
        }
        Out::NatsAsk {
            subject,
            reply,
            payload,
        } => {
            if let Some(link) = &shared.link {
                link.cluster.publish(subject, Some(reply), payload);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Conn, Relay};
    use std::io::{ErrorKind, Read};
    use std::sync::Arc;
    use std::time::Duration;

    /// Each connection's task is one allocation of this future's size for its
    /// whole life: no buffer may be held across an await in it.
    #[tokio::test]
    async fn a_connection_task_stays_small() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        let (relay, config) = (super::Relay::default(), super::Config::default());
        let (_stop, stopped) = tokio::sync::watch::channel(false);
        let task = super::accept::handle(stream, addr, &relay, &config, stopped);
        let size = std::mem::size_of_val(&task);
        eprintln!("task future: {size}");
        eprintln!("task future: {size}");
        assert!(size <= 1280, "a connection's task future is {size} bytes");
    }

    /// A departure queues what it announces under the locks and leaves the
    /// writing to the caller, once both locks are free.
    #[tokio::test]
    async fn leave_writes_to_sockets_outside_the_locks() {
        let relay = Relay::default();
        let (conns, mut peers) = super::connection::test_sockets::pairs(2, &relay.metrics).await;
        let socket = |c: &Arc<Conn>| super::Member::Socket(c.clone());
        let session = relay.join(
            "k",
            0,
            socket(&conns[0]),
            super::Create::Any,
            Default::default(),
        );
        relay.join(
            "k",
            1,
            socket(&conns[1]),
            super::Create::Any,
            Default::default(),
        );
        let create = r#"{"type":"request","name":"createAgent","to":"server","id":"c"}"#;
        session.lock().receive(0, create, &mut Vec::new());
        let gauges = |sessions, agents| super::SessionGauges {
            sessions,
            agents,
            requests_in_flight: 0,
            streams: 0,
            interest: 0,
        };
        assert_eq!(relay.gauges(), gauges(1, 1));

        let dirty = relay.depart("k", 0, &session, None);
        assert_eq!(relay.gauges(), gauges(1, 0), "its agent left with it");
        assert!(relay.sessions.try_lock().is_ok() && session.session.try_lock().is_ok());
        assert_eq!(dirty.iter().map(|c| c.id).collect::<Vec<_>>(), [1]);
        let mut buf = [0u8; 256];
        let unread = peers[1].read(&mut buf).map_err(|e| e.kind());
        assert_eq!(unread, Err(ErrorKind::WouldBlock), "nothing written yet");

        dirty.iter().for_each(|c| c.flush_or_wake());
        peers[1].set_nonblocking(false).unwrap();
        peers[1]
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let n = peers[1].read(&mut buf).unwrap();
        let text = String::from_utf8_lossy(&buf[..n]);
        assert!(text.contains("agentDestroyed"), "{text}");
    }
}
