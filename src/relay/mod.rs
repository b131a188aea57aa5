//! The `ragentsd` relay: accepts sockets, keeps the map of live sessions
//! (freed when their last member leaves), drives each connection through
//! the protocol core, and pings the connections that went silent. A
//! session's members are its WebSocket connections and the JSON-RPC calls
//! over HTTP waiting in it (`rpc`). A session's lock is the only one on the
//! path of a message; the map's lock is taken only to join and to leave
//! (and briefly when `/metrics` is scraped or the pinger looks).

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
mod rate;
pub mod rpc;
mod ticker;

use crate::protocol::session::{self, ConnId, Create, Out};
use connection::Conn;
use liveness::Action;
use metrics::{Metrics, SessionGauges};
use outbox::Text;
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, watch, Notify};
use tracing::debug;

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

    /// The pinger's look at every connection of every session at `now`:
    /// those silent for `period` are pinged, those whose ping went
    /// unanswered for as long are given up. The locks are held only to
    /// look; the pings are written after.
    fn look(&self, config: &Config, now: Instant) {
        let (ping, frame_timeout) = (config.ping, config.frame_timeout);
        let sessions: Vec<SharedSession> =
            self.sessions.lock().unwrap().values().cloned().collect();
        let (mut silent, mut dead, mut acking) = (Vec::new(), Vec::new(), Vec::new());
        let (mut stalled, mut expired) = (Vec::new(), Vec::new());
        // A request times out after this many looks.
        let every = look_interval(config).as_nanos();
        let timeout = config
            .request_timeout
            .map(|t| t.as_nanos().div_ceil(every) as u32);
        let (mut out, mut answered) = (Vec::new(), Vec::new());
        for session in sessions {
            let mut s = session.lock();
            if let Some(after) = timeout {
                let n = s.expire(after, &mut out);
                if n > 0 {
                    let count = &self.metrics.requests_expired;
                    count.fetch_add(n as u64, Ordering::Relaxed);
                    out.drain(..)
                        .for_each(|o| deliver(&session, &s, o, None, &mut answered));
                }
            }
            for member in s.handles() {
                let Member::Socket(conn) = member else {
                    continue; // a call over HTTP has no socket to ping
                };
                if conn.is_detached() {
                    let grace = config.resume_grace.unwrap_or_default();
                    if conn.detached_for(now).is_some_and(|t| t >= grace) {
                        expired.push(conn.clone());
                    }
                    continue;
                }
                if conn.is_resumable() {
                    acking.push(conn.clone());
                }
                if conn.partial_for(now).is_some_and(|t| t > frame_timeout) {
                    stalled.push(conn.clone());
                }
                let Some(period) = ping else { continue };
                match conn.look(period, now) {
                    Action::Wait => {}
                    Action::Ping => silent.push(conn.clone()),
                    Action::Dead => dead.push(conn.clone()),
                }
            }
        }
        answered.iter().for_each(|c| c.flush_or_wake());
        silent.iter().for_each(|c| c.ping());
        dead.iter().for_each(|c| c.give_up());
        stalled.iter().for_each(|c| c.stall());
        expired.iter().for_each(|c| c.expire());
        acking.iter().for_each(|c| c.ack_pending());
    }

    /// Whether session `key` has `max` members already (calls over HTTP
    /// included). Checked before `join`, which comes after the answer to
    /// `connect`: with several threads, a few more may get in at once.
    fn session_is_full(&self, key: &str, max: usize) -> bool {
        let sessions = self.sessions.lock().unwrap();
        let count = sessions.get(key).map_or(0, |s| s.lock().connection_count());
        count >= max
    }

    fn join(&self, key: &str, conn: ConnId, member: Member, create: Create) -> SharedSession {
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
        session.lock().join_with(conn, member, create);
        session
    }

    /// One more connection from `ip`, unless it has `max` open (0: no
    /// limit); it is counted until the guard drops.
    fn open_from(&self, ip: IpAddr, max: usize) -> Option<FromIp<'_>> {
        if max == 0 {
            return Some(FromIp(self, None));
        }
        // An IPv6 host usually has a /64 of its own: it counts as one.
        let ip = match ip {
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => IpAddr::V6((u128::from(v6) & !u128::from(u64::MAX)).into()),
            },
            v4 => v4,
        };
        let mut per_ip = self.per_ip.lock().unwrap();
        let open = per_ip.entry(ip).or_default();
        if *open >= max {
            return None;
        }
        *open += 1;
        Some(FromIp(self, Some(ip)))
    }

    fn leave(&self, key: &str, conn: ConnId, session: &SharedSession) {
        // Written once the locks are released: the other connections of the
        // session, and every join and leave of the relay, need not wait for
        // these system calls.
        for c in self.depart(key, conn, session, None) {
            c.flush_or_wake();
        }
    }

    /// A socket leaves its place, unless another socket resumed it.
    fn leave_place(&self, key: &str, conn: &Arc<Conn>, session: &SharedSession) {
        self.forget_tokens(conn.take_tokens());
        for c in self.depart(key, conn.place(), session, Some(conn)) {
            c.flush_or_wake();
        }
    }

    /// Whether `conn` holds its place in `session` (no socket resumed it).
    fn is_member(&self, session: &SharedSession, conn: &Arc<Conn>) -> bool {
        match session.lock().handle(conn.place()) {
            Some(Member::Socket(c)) => Arc::ptr_eq(c, conn),
            _ => false,
        }
    }

    /// Tokens that resume nothing any more.
    fn forget_tokens(&self, tokens: Vec<String>) {
        if !tokens.is_empty() {
            let mut map = self.tokens.lock().unwrap();
            tokens.iter().for_each(|t| drop(map.remove(t)));
        }
    }

    /// A new resume token for `conn`'s place in session `key`: 128 random
    /// bits, good for one resume.
    fn new_token(&self, key: &str, place: ConnId) -> String {
        let mut bits = [0u8; 16];
        getrandom::fill(&mut bits).expect("the system's random source");
        let token: String = bits.iter().map(|b| format!("{b:02x}")).collect();
        let mut tokens = self.tokens.lock().unwrap();
        tokens.insert(token.clone(), (key.to_owned(), place));
        token
    }

    /// `conn` resumes the place `token` was given for, in session `key`,
    /// its client having received `acked` packets: the place's old socket
    /// (lost, or not yet known to be) hands it over, and `conn` answers
    /// `connect` (`id`) with a new token, then sends again what the client
    /// lacks. None when the token is unknown, of another session, spent, or
    /// the place cannot be resumed exactly.
    fn resume(
        &self,
        key: &str,
        token: &str,
        acked: u64,
        conn: &Arc<Conn>,
        id: &str,
        grace: Duration,
    ) -> Option<SharedSession> {
        let (owner, place) = self.tokens.lock().unwrap().get(token).cloned()?;
        if owner != key {
            return None;
        }
        let session = self.sessions.lock().unwrap().get(key)?.clone();
        let mut s = session.lock();
        let Some(Member::Socket(old)) = s.handle(place).cloned() else {
            return None;
        };
        if !old.has_token(token) {
            return None;
        }
        let token = self.new_token(key, place);
        let Some(mut handover) = old.hand_over(acked, token.clone()) else {
            self.forget_tokens(vec![token]);
            return None;
        };
        self.forget_tokens(std::mem::take(&mut handover.forgotten));
        let offer = session::Resumable {
            token: &token,
            grace_ms: grace.as_millis() as u64,
            resumed: Some(handover.received()),
        };
        let answer = session::connect_accepted(id, conn.batches(), Some(offer));
        conn.take_over(place, handover, &answer);
        s.replace(place, Member::Socket(conn.clone()));
        drop(s);
        conn.flush_or_wake();
        Some(session)
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

/// How many times per ping period the pinger looks at the connections.
const LOOKS_PER_PERIOD: u32 = 10;

/// How often the pinger looks: ten times per the shortest of the periods
/// it watches.
fn look_interval(config: &Config) -> Duration {
    let periods = [config.ping, config.resume_grace, config.request_timeout];
    let period = (periods.into_iter().flatten()).fold(config.frame_timeout, Duration::min);
    (period / LOOKS_PER_PERIOD).max(Duration::from_millis(1))
}

/// Pings the connections that went silent and gives up on those that
/// answer nothing (`Config::ping`): one task for the whole relay, woken ten
/// times per period by a `Ticker`, so that reading a packet costs a
/// connection only a flag's store, and the runtime keeps no timer for it.
async fn pinger(relay: Arc<Relay>, config: Arc<Config>, mut shutdown: watch::Receiver<bool>) {
    let every = look_interval(&config);
    let mut ticker = match ticker::Ticker::new(every) {
        Ok(ticker) => ticker,
        Err(e) => return tracing::error!("no pings: cannot make a timer: {e}"),
    };
    loop {
        tokio::select! {
            tick = ticker.tick() => match tick {
                Ok(()) => relay.look(&config, Instant::now()),
                Err(e) => return tracing::error!("no more pings: the timer failed: {e}"),
            },
            _ = shutdown.changed() => return,
        }
    }
}

/// Serves connections from `listener` until `shutdown` turns true, then
/// closes every socket with a close frame and returns once all are done.
pub async fn serve(listener: TcpListener, config: Config, mut shutdown: watch::Receiver<bool>) {
    let relay = Arc::new(Relay {
        limits: config.limits,
        cluster: config.cluster.clone(),
        ..Relay::default()
    });
    (relay.metrics.max_backlog).store(config.max_backlog, Ordering::Relaxed);
    let config = Arc::new(config);
    tokio::spawn(pinger(relay.clone(), config.clone(), shutdown.clone()));
    // Every connection task holds a clone; recv() ends when all are gone.
    let (alive, mut all_done) = mpsc::channel::<()>(1);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, peer) = match accepted {
                    Ok(accepted) => accepted,
                    Err(e) => {
                        // Out of file descriptors, say: back off instead of spinning.
                        tracing::warn!("accept failed: {e}");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let (relay, config, shutdown, alive) =
                    (relay.clone(), config.clone(), shutdown.clone(), alive.clone());
                tokio::spawn(async move {
                    handle(stream, peer, &relay, &config, shutdown).await;
                    drop(alive);
                });
            }
            _ = shutdown.changed() => break,
        }
    }
    drop(alive);
    let _ = all_done.recv().await;
}

async fn handle(
    stream: TcpStream,
    peer: SocketAddr,
    relay: &Relay,
    config: &Config,
    shutdown: watch::Receiver<bool>,
) {
    // What only the HTTP side needs is not kept for the connection's life.
    let Some(Upgraded {
        conn,
        rest,
        counted: _counted,
    }) = upgrade(stream, peer, relay, config, &shutdown).await
    else {
        return;
    };
    let _open = OpenConnection::count(&relay.metrics);
    connection::run(conn, rest, relay, config, shutdown).await;
}

/// A socket whose WebSocket handshake is done.
struct Upgraded<'r> {
    conn: Arc<Conn>,
    /// Bytes read past the HTTP head.
    rest: Vec<u8>,
    counted: Option<FromIp<'r>>,
}

/// Reads a socket's HTTP request and answers it: None once it was served
/// (a plain request, a JSON-RPC call, a refusal), else the WebSocket it
/// became.
async fn upgrade<'r>(
    mut stream: TcpStream,
    peer: SocketAddr,
    relay: &'r Relay,
    config: &Config,
    shutdown: &watch::Receiver<bool>,
) -> Option<Upgraded<'r>> {
    let _ = stream.set_nodelay(true);
    // Counted by its socket's address at once; behind a trusted proxy, by
    // the client's once its request names it.
    let counted = match config.trust_proxy {
        true => None,
        false => match relay.open_from(peer.ip(), config.max_ip_connections) {
            Some(counted) => Some(counted),
            None => {
                Box::pin(http::too_many_from(stream, peer, relay)).await;
                return None;
            }
        },
    };
    // Boxed: the handshake's state is freed once done. A socket that never
    // finishes its request is dropped.
    let head = Box::pin(http::accept(&mut stream, peer, config, relay));
    let (rest, from) = match tokio::time::timeout(connection::HANDSHAKE_TIMEOUT, head).await {
        Ok(Ok(http::Request::Upgraded { rest, from })) => (rest, from),
        Ok(Ok(http::Request::Served)) => return None,
        Ok(Ok(http::Request::Rpc(call, from))) => {
            // Boxed, as the handshake: a call's state is not kept in every
            // connection's task.
            let (peer, shutdown) = (from.client, shutdown.clone());
            Box::pin(rpc::serve(stream, peer, call, relay, shutdown)).await;
            return None;
        }
        Ok(Err(_)) | Err(_) => {
            let failures = &relay.metrics.handshake_failures;
            failures.fetch_add(1, Ordering::Relaxed);
            debug!(%peer, "no HTTP request");
            return None;
        }
    };
    let peer = from.client;
    let id = relay.next_conn.fetch_add(1, Ordering::Relaxed);
    let conn = Arc::new(Conn::new(id, peer, stream, relay.metrics.clone()));
    debug!(conn = conn.id, %peer, "socket open");
    let counted = counted.or(from.counted);
    Some(Upgraded {
        conn,
        rest,
        counted,
    })
}

/// A connection counted against its address's limit while it lives.
pub struct FromIp<'a>(&'a Relay, Option<IpAddr>);

impl Drop for FromIp<'_> {
    fn drop(&mut self) {
        let Some(ip) = self.1 else { return };
        let mut per_ip = self.0.per_ip.lock().unwrap();
        if let Some(open) = per_ip.get_mut(&ip) {
            *open -= 1;
            if *open == 0 {
                per_ip.remove(&ip);
            }
        }
    }
}

/// Counts an open WebSocket connection for as long as it lives.
struct OpenConnection<'a>(&'a Metrics);

impl<'a> OpenConnection<'a> {
    fn count(metrics: &'a Metrics) -> Self {
        metrics.connections.fetch_add(1, Ordering::Relaxed);
        OpenConnection(metrics)
    }
}

impl Drop for OpenConnection<'_> {
    fn drop(&mut self) {
        self.0.connections.fetch_sub(1, Ordering::Relaxed);
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
        let task = super::handle(stream, addr, &relay, &config, stopped);
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
        let session = relay.join("k", 0, socket(&conns[0]), super::Create::Any);
        relay.join("k", 1, socket(&conns[1]), super::Create::Any);
        let create = r#"{"type":"request","name":"createAgent","to":"server","id":"c"}"#;
        session.lock().receive(0, create, &mut Vec::new());
        let gauges = |sessions, agents| super::SessionGauges {
            sessions,
            agents,
            requests_in_flight: 0,
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
