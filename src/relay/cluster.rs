//! Relays sharing sessions through NATS (`--nats`, docs/CLUSTER.md): the
//! connection to NATS, this relay's heartbeat and its watch on the
//! others', the sessions with a member here, and the routing of what
//! arrives (on this relay's one subject, in the order other relays said
//! it) to the session it is for. The rules are `protocol::session`'s, the
//! messages `protocol::cluster`'s.

use super::metrics::write_metric;
use super::shared::{apply, Outlet, Session, Shared};
use crate::protocol::cluster::{self, Node, RelayId};
use crate::protocol::cluster::{DEAD_AFTER_MS, GATHER_MS, HEARTBEATS, HEARTBEAT_MS, HELLOS};
use crate::protocol::session::Limits;
use async_nats::{Client, ConnectOptions, Event, Subscriber};
use futures_util::StreamExt;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

/// What may wait to be published while NATS is slow or away; past it,
/// messages are dropped (NATS itself delivers at most once).
const QUEUE: usize = 1 << 16;

/// A message for NATS: subject, reply subject, payload.
type Publish = (String, Option<String>, Vec<u8>);

/// This relay in a cluster.
pub struct Cluster {
    pub me: RelayId,
    client: Client,
    queue: mpsc::Sender<Publish>,
    /// The sessions with a member here, by their hash.
    sessions: Mutex<HashMap<String, Weak<Shared>>>,
    /// The other relays, and when each was last heard.
    heard: Mutex<HashMap<RelayId, Instant>>,
    /// Relays given up for dead, and when: heard again, they are greeted.
    dead: Mutex<HashMap<RelayId, Instant>>,
    /// The lives of sessions on this relay so far.
    epochs: AtomicU64,
    /// Whether the connection to NATS is up (as its events last said).
    connected: AtomicBool,
    /// Messages dropped because the queue to NATS was full.
    dropped: AtomicU64,
    /// Messages queued for NATS, and received from it (heartbeats aside).
    sent: AtomicU64,
    received: AtomicU64,
}

impl std::fmt::Debug for Cluster {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Cluster({})", cluster::hex(self.me))
    }
}

/// A session's place in the cluster: dropped with the session, it is no
/// longer found by what arrives for it.
pub struct Link {
    pub cluster: Arc<Cluster>,
    hash: String,
}

impl Outlet for Link {
    fn publish(&self, subject: String, reply: Option<String>, payload: String) {
        self.cluster.publish(subject, reply, payload);
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        let mut sessions = self.cluster.sessions.lock().unwrap();
        // Unless a new session of the same key took its place.
        if sessions
            .get(&self.hash)
            .is_some_and(|s| s.strong_count() == 0)
        {
            sessions.remove(&self.hash);
        }
    }
}

/// What a NATS URL carries to log in.
enum Credentials {
    User(String, String),
    Token(String),
}

/// A NATS URL without its credentials (`nats://user:password@host` or
/// `nats://token@host`), and them: async-nats does not read them from the
/// URL, and the URL is logged.
fn credentials(url: &str) -> (String, Option<Credentials>) {
    let (scheme, rest) = url.split_once("://").unwrap_or(("nats", url));
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let Some(at) = rest[..authority_end].rfind('@') else {
        return (format!("{scheme}://{rest}"), None);
    };
    let bare = format!("{scheme}://{}", &rest[at + 1..]);
    let credentials = match rest[..at].split_once(':') {
        Some((user, password)) => Credentials::User(decode(user), decode(password)),
        None => Credentials::Token(decode(&rest[..at])),
    };
    (bare, Some(credentials))
}

/// A URL's percent-encoding undone (`p%40ss` is `p@ss`).
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match hex
            .filter(|_| bytes[i] == b'%')
            .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// How this relay connects to NATS: logged in with `credentials`, named
/// after `me`, reconnecting for ever, its connection's events sent to
/// `events`.
fn options(
    credentials: Option<Credentials>,
    me: RelayId,
    events: mpsc::UnboundedSender<Event>,
) -> ConnectOptions {
    let options = match credentials {
        Some(Credentials::User(user, password)) => {
            ConnectOptions::with_user_and_password(user, password)
        }
        Some(Credentials::Token(token)) => ConnectOptions::with_token(token),
        None => ConnectOptions::new(),
    };
    options
        .name(format!("ragentsd {}", cluster::hex(me)))
        .no_echo()
        .max_reconnects(None)
        .reconnect_delay_callback(|attempts| {
            Duration::from_millis((attempts as u64 * 100).min(1000))
        })
        .event_callback(move |event| {
            let events = events.clone();
            async move { drop(events.send(event)) }
        })
}

/// A session's name on NATS: the first 16 hex digits of the SHA-256 of its key.
pub fn hash(key: &str) -> String {
    let digest = Sha256::digest(key.as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

impl Cluster {
    /// Connects to NATS at `url` and starts this relay's heartbeat, its
    /// watch on the others', and its own subject's reader.
    pub async fn connect(url: &str) -> Result<Arc<Cluster>, String> {
        let (url, credentials) = credentials(url);
        let mut bits = [0u8; 8];
        getrandom::fill(&mut bits).map_err(|e| e.to_string())?;
        let me = RelayId::from_le_bytes(bits);
        let (events, event_rx) = mpsc::unbounded_channel();
        let client = options(credentials, me, events)
            .connect(url.as_str())
            .await
            .map_err(|e| format!("cannot reach NATS at {url}: {e}"))?;
        let (queue, queued) = mpsc::channel::<Publish>(QUEUE);
        let own = client
            .subscribe(cluster::relay_subject(me))
            .await
            .map_err(|e| e.to_string())?;
        let beats = client
            .subscribe(HEARTBEATS)
            .await
            .map_err(|e| e.to_string())?;
        let hellos = client.subscribe(HELLOS).await.map_err(|e| e.to_string())?;
        let unanswered = client
            .subscribe(cluster::unanswered_subjects(me))
            .await
            .map_err(|e| e.to_string())?;
        let cluster = Arc::new(Cluster {
            me,
            client: client.clone(),
            queue,
            sessions: Mutex::default(),
            heard: Mutex::default(),
            dead: Mutex::default(),
            epochs: AtomicU64::new(0),
            connected: AtomicBool::new(true),
            dropped: AtomicU64::new(0),
            sent: AtomicU64::new(0),
            received: AtomicU64::new(0),
        });
        tokio::spawn(publish_queued(Arc::downgrade(&cluster), client, queued));
        let weak = Arc::downgrade(&cluster);
        tokio::spawn(read_own(weak.clone(), own));
        tokio::spawn(read_hellos(weak.clone(), hellos));
        tokio::spawn(read_unanswered(weak.clone(), unanswered));
        tokio::spawn(watch(weak.clone(), beats));
        tokio::spawn(follow_events(weak, event_rx));
        // The others' heartbeats say who is there: a session's first
        // `getAgents` waits for each of them.
        tokio::time::sleep(Duration::from_millis(HEARTBEAT_MS + HEARTBEAT_MS / 4)).await;
        tracing::info!(relay = cluster::hex(me), "joined the cluster on {url}");
        Ok(cluster)
    }

    /// Queues a message for NATS; dropped (and counted) when too many wait.
    /// A request (one with a reply subject) while NATS is away is not
    /// sent: it fails at once, `agent unreachable`.
    pub fn publish(&self, subject: String, reply: Option<String>, payload: String) {
        if let (Some(reply), false) = (&reply, self.connected.load(Ordering::Relaxed)) {
            return self.unsent(reply);
        }
        let queued = self.queue.try_send((subject, reply, payload.into_bytes()));
        if queued.is_ok() {
            self.sent.fetch_add(1, Ordering::Relaxed);
            return;
        }
        let dropped = self.dropped.fetch_add(1, Ordering::Relaxed) + 1;
        if dropped.is_power_of_two() {
            tracing::warn!(dropped, "the queue to NATS is full: messages dropped");
        }
    }

    /// A new session of `key` here, a new life of it, and its place in
    /// the cluster: its first list of agents waits for the relays alive now
    /// (`listen` then says hello).
    pub(super) fn session(self: &Arc<Self>, key: &str, limits: Limits) -> (Session, Link) {
        let hash = hash(key);
        let link = Link {
            cluster: self.clone(),
            hash: hash.clone(),
        };
        let node = Node {
            me: self.me,
            hash,
            epoch: self.epochs.fetch_add(1, Ordering::Relaxed) + 1,
        };
        let mut session = Session::clustered(limits, node);
        session.expect(self.alive());
        (session, link)
    }

    /// The request whose reply subject is `reply` was not sent: it fails,
    /// `agent unreachable`, in a task of its own (the caller may hold the
    /// session's lock).
    fn unsent(&self, reply: &str) {
        let Some((hash, n)) = cluster::unanswered(reply) else {
            return;
        };
        let session = self.sessions.lock().unwrap().get(hash).cloned();
        tokio::spawn(async move {
            if let Some(shared) = session.and_then(|s| s.upgrade()) {
                apply(&shared, |s, out| s.unreachable(n, out));
            }
        });
    }

    /// The largest message the NATS server takes, bytes.
    pub fn max_payload(&self) -> usize {
        self.client.server_info().max_payload
    }

    /// The other relays heard from lately.
    fn alive(&self) -> Vec<RelayId> {
        self.heard.lock().unwrap().keys().copied().collect()
    }

    /// Makes `shared` (once it is in an `Arc`) found by what arrives for
    /// it, and says hello for it.
    pub(super) fn listen(self: &Arc<Self>, shared: &Arc<Shared>, key: &str) {
        let hash = hash(key);
        (self.sessions.lock().unwrap()).insert(hash, Arc::downgrade(shared));
        gather_later(shared);
        apply(shared, |s, out| s.hello(out));
    }

    /// The session of `hash` here, if it has members.
    fn session_of(&self, hash: &str) -> Option<Arc<Shared>> {
        self.sessions
            .lock()
            .unwrap()
            .get(hash)
            .and_then(Weak::upgrade)
    }

    fn live_sessions(&self) -> Vec<Arc<Shared>> {
        let sessions = self.sessions.lock().unwrap();
        sessions.values().filter_map(Weak::upgrade).collect()
    }

    /// Says hello again in every session: its agents are known anew, and
    /// the others' are asked for.
    fn greet_all(&self) {
        for shared in self.live_sessions() {
            self.greet(&shared);
        }
    }

    /// Says hello in a session, which waits for the answers of the relays
    /// alive now, for `GATHER_MS` at most.
    fn greet(&self, shared: &Arc<Shared>) {
        let awaiting = self.alive();
        apply(shared, |s, out| {
            s.expect(awaiting);
            s.hello(out)
        });
        gather_later(shared);
    }

    /// A heartbeat of `relay`; true when it was given up for dead.
    fn heard(&self, relay: RelayId, now: Instant) -> bool {
        self.heard.lock().unwrap().insert(relay, now);
        self.dead.lock().unwrap().remove(&relay).is_some()
    }

    /// The relays unheard for too long, forgotten.
    fn silent(&self, now: Instant) -> Vec<RelayId> {
        let bound = Duration::from_millis(DEAD_AFTER_MS);
        let mut heard = self.heard.lock().unwrap();
        let silent: Vec<RelayId> = (heard.iter())
            .filter(|(_, at)| now.duration_since(**at) > bound)
            .map(|(r, _)| *r)
            .collect();
        for r in &silent {
            heard.remove(r);
        }
        let mut dead = self.dead.lock().unwrap();
        dead.retain(|_, at| now.duration_since(*at) < Duration::from_secs(3600));
        for r in &silent {
            dead.insert(*r, now);
        }
        silent
    }

    /// The cluster's lines of `/metrics`.
    pub fn render(&self, text: &mut String) {
        let relays = self.heard.lock().unwrap().len() as u64;
        let count = |c: &AtomicU64| c.load(Ordering::Relaxed);
        let metrics = [
            (
                "ragentsd_cluster_relays",
                "gauge",
                "Other relays of the cluster heard in the last 3 seconds.",
                relays,
            ),
            (
                "ragentsd_cluster_messages_out_total",
                "counter",
                "Messages published to NATS (heartbeats aside).",
                count(&self.sent),
            ),
            (
                "ragentsd_cluster_messages_in_total",
                "counter",
                "Messages received from NATS (heartbeats aside).",
                count(&self.received),
            ),
            (
                "ragentsd_cluster_dropped_total",
                "counter",
                "Messages not published: the queue to NATS was full, or NATS refused them (too large).",
                count(&self.dropped),
            ),
        ];
        for (name, kind, help, value) in metrics {
            write_metric(text, name, kind, help, value);
        }
    }

    fn count_in(&self) {
        self.received.fetch_add(1, Ordering::Relaxed);
    }
}

/// Ends, after `GATHER_MS`, the session's wait for the other relays' agents.
/// Only the wait it was started for: a later greeting waits its own time.
fn gather_later(shared: &Arc<Shared>) {
    let weak = Arc::downgrade(shared);
    let round = shared.lock().round();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(GATHER_MS)).await;
        if let Some(shared) = weak.upgrade() {
            apply(&shared, |s, out| s.gathered_after(round, out));
        }
    });
}

/// Publishes what is queued for NATS, in order. A message that fails is
/// counted dropped; a request that does fails at once, `agent unreachable`.
async fn publish_queued(
    cluster: Weak<Cluster>,
    client: Client,
    mut queued: mpsc::Receiver<Publish>,
) {
    while let Some((subject, reply, payload)) = queued.recv().await {
        let published = match &reply {
            Some(reply) => {
                let reply = reply.clone();
                client
                    .publish_with_reply(subject, reply, payload.into())
                    .await
            }
            None => client.publish(subject, payload.into()).await,
        };
        if let Err(e) = published {
            tracing::warn!("publishing to NATS failed: {e}");
            if let Some(c) = cluster.upgrade() {
                c.dropped.fetch_add(1, Ordering::Relaxed);
                reply.inspect(|r| c.unsent(r));
            }
        }
    }
}

/// What NATS says of the connection: lost, every session is told; back,
/// every session says hello again.
async fn follow_events(cluster: Weak<Cluster>, mut events: mpsc::UnboundedReceiver<Event>) {
    while let Some(event) = events.recv().await {
        let Some(cluster) = cluster.upgrade() else {
            return;
        };
        match event {
            // Back after an outage: what was missed is asked again.
            Event::Connected => {
                tracing::info!("NATS connected: greeting the other relays again");
                cluster.connected.store(true, Ordering::Relaxed);
                cluster.greet_all();
            }
            // What was sent to other relays may be lost.
            Event::Disconnected => {
                tracing::warn!("NATS connection lost");
                cluster.connected.store(false, Ordering::Relaxed);
                for shared in cluster.live_sessions() {
                    apply(&shared, |s, out| s.nats_lost(out));
                }
            }
            other => tracing::info!("NATS: {other}"),
        }
    }
}

/// What other relays say to this one about their sessions: agents, their
/// events, interest, requests to this relay's agents and responses to its
/// requests, in the order each relay said them.
async fn read_own(cluster: Weak<Cluster>, mut own: Subscriber) {
    while let Some(msg) = own.next().await {
        let Some(cluster) = cluster.upgrade() else {
            return;
        };
        cluster.count_in();
        let Some(msg) = std::str::from_utf8(&msg.payload)
            .ok()
            .and_then(cluster::parse)
        else {
            continue;
        };
        let session = msg.s.as_deref().and_then(|hash| cluster.session_of(hash));
        match session {
            Some(shared) => apply(&shared, |s, out| s.from_relay(&msg, out)),
            // No member here any more: its agents are gone, and the sender
            // is told to say no more of the session here.
            None => {
                for (subject, answer) in cluster::no_session(cluster.me, &msg) {
                    cluster.publish(subject, None, answer);
                }
            }
        }
    }
}

/// NATS's word that a request went where no relay listens: it fails.
async fn read_unanswered(cluster: Weak<Cluster>, mut unanswered: Subscriber) {
    while let Some(msg) = unanswered.next().await {
        let Some(cluster) = cluster.upgrade() else {
            return;
        };
        if msg.status != Some(async_nats::StatusCode::NO_RESPONDERS) {
            continue;
        }
        let Some((hash, n)) = cluster::unanswered(&msg.subject) else {
            continue;
        };
        let session = cluster.session_of(hash);
        if let Some(shared) = session {
            apply(&shared, |s, out| s.unreachable(n, out));
        }
    }
}

/// The `hello`s of every relay: answered by the session when it has
/// members here, else with `none`.
async fn read_hellos(cluster: Weak<Cluster>, mut hellos: Subscriber) {
    while let Some(msg) = hellos.next().await {
        let Some(cluster) = cluster.upgrade() else {
            return;
        };
        let Ok(payload) = std::str::from_utf8(&msg.payload) else {
            continue;
        };
        let Some(hello) = cluster::parse(payload) else {
            continue;
        };
        let (Some(asker), Some(hash)) = (hello.relay(), hello.s.as_deref()) else {
            continue;
        };
        let session = cluster.session_of(hash);
        match session {
            Some(shared) => apply(&shared, |s, out| s.from_relay(&hello, out)),
            // On the asker's subject, in order with what this relay says
            // of the session later (it may have a member soon).
            None => cluster.publish(
                cluster::relay_subject(asker),
                None,
                cluster::none(cluster.me, hash),
            ),
        }
    }
}

/// This relay's heartbeat, and its watch on the others': one unheard for
/// `DEAD_AFTER_MS` is gone, with its agents, in every session here.
async fn watch(cluster: Weak<Cluster>, mut beats: Subscriber) {
    let mut tick = tokio::time::interval(Duration::from_millis(HEARTBEAT_MS / 4));
    let mut ticks = 0u64;
    loop {
        tokio::select! {
            // Heartbeats first: a relay slow to look must not give up on
            // others whose heartbeats wait to be read.
            biased;
            beat = beats.next() => {
                let Some(beat) = beat else { return };
                let Some(cluster) = cluster.upgrade() else { return };
                let Some(relay) = cluster::heartbeat_from(&beat.payload) else { continue };
                if cluster.heard(relay, Instant::now()) {
                    tracing::info!(relay = cluster::hex(relay), "a relay given up for dead is back");
                    cluster.greet_all();
                }
            }
            _ = tick.tick() => {
                let Some(cluster) = cluster.upgrade() else { return };
                ticks += 1;
                if ticks % 4 == 1 {
                    // Not behind the queue: a busy relay is still alive. Not
                    // waited on for long: NATS may be away.
                    let me = cluster::hex(cluster.me).into_bytes();
                    let beat = cluster.client.publish(HEARTBEATS, me.into());
                    let _ = tokio::time::timeout(Duration::from_millis(100), beat).await;
                }
                for relay in cluster.silent(Instant::now()) {
                    tracing::warn!(relay = cluster::hex(relay), "a relay went silent: its agents are gone");
                    for shared in cluster.live_sessions() {
                        apply(&shared, |s, out| s.relay_gone(relay, out));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{credentials, Credentials};

    #[test]
    fn credentials_come_out_of_the_url() {
        let (url, c) = credentials("nats://relay:p%40ss@10.0.0.1:4222");
        assert_eq!(url, "nats://10.0.0.1:4222");
        assert!(matches!(c, Some(Credentials::User(u, p)) if u == "relay" && p == "p@ss"));
        let (url, c) = credentials("tok@host:4222");
        assert_eq!(url, "nats://host:4222");
        assert!(matches!(c, Some(Credentials::Token(t)) if t == "tok"));
        let (url, c) = credentials("nats://host:4222");
        assert_eq!(url, "nats://host:4222");
        assert!(c.is_none());
    }
}
