//! How the relay runs: its flags, as `ragentsd` reads them.

use super::{auth, cluster};
use crate::protocol::session;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

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
