//! The `ragentsd` relay: accepts sockets, keeps the map of live sessions
//! (freed when their last connection leaves), and drives each connection
//! through the protocol core. A session's lock is the only one on the path
//! of a message; the map's lock is taken only to join and to leave.

mod connection;
pub mod http;

use crate::protocol::session::{self, ConnId, Out};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, watch};
use tokio_tungstenite::tungstenite::protocol::{Role, WebSocketConfig};
use tokio_tungstenite::tungstenite::{Message, Utf8Bytes};
use tokio_tungstenite::WebSocketStream;
use tracing::debug;

/// Frames queued for one connection's writer.
pub type Outbox = mpsc::UnboundedSender<Message>;
type Session = session::Session<Outbox>;
type SharedSession = Arc<Mutex<Session>>;

/// How the relay runs.
#[derive(Clone, Debug)]
pub struct Config {
    /// Static files served over plain HTTP, if any.
    pub www: Option<PathBuf>,
    /// The largest frame accepted, in bytes.
    pub max_frame: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            www: None,
            max_frame: 1 << 20,
        }
    }
}

/// The live sessions, by key.
#[derive(Default)]
pub struct Relay {
    sessions: Mutex<HashMap<String, SharedSession>>,
    next_conn: AtomicU64,
}

impl Relay {
    fn join(&self, key: &str, conn: ConnId, outbox: Outbox) -> SharedSession {
        let mut sessions = self.sessions.lock().unwrap();
        let session = sessions.entry(key.to_owned()).or_default().clone();
        session.lock().unwrap().join(conn, outbox);
        session
    }

    fn leave(&self, key: &str, conn: ConnId, session: &SharedSession) {
        let mut sessions = self.sessions.lock().unwrap();
        let mut s = session.lock().unwrap();
        let mut out = Vec::new();
        s.leave(conn, &mut out);
        for o in out {
            deliver(&s, o, None);
        }
        if s.is_empty() {
            sessions.remove(key);
        }
    }

    /// Sessions alive now (for tests and stats).
    pub fn session_count(&self) -> usize {
        self.sessions.lock().unwrap().len()
    }
}

/// Queues one output on the outboxes it is for. `input` is the frame being
/// handled, for outputs that pass it on unchanged.
fn deliver(session: &Session, out: Out, input: Option<&Utf8Bytes>) {
    let send = |outbox: &Outbox, frame: Utf8Bytes| {
        let _ = outbox.send(Message::Text(frame));
    };
    match out {
        Out::To(conn, text) => {
            if let Some(outbox) = session.handle(conn) {
                send(outbox, text.into());
            }
        }
        Out::All(text) => {
            let frame = Utf8Bytes::from(text);
            session.handles().for_each(|o| send(o, frame.clone()));
        }
        Out::AllInput => {
            if let Some(input) = input {
                session.handles().for_each(|o| send(o, input.clone()));
            }
        }
    }
}

/// Serves connections from `listener` until `shutdown` turns true, then
/// closes every socket with a close frame and returns once all are done.
pub async fn serve(listener: TcpListener, config: Config, mut shutdown: watch::Receiver<bool>) {
    let relay = Arc::new(Relay::default());
    let config = Arc::new(config);
    // Every connection task holds a clone; recv() ends when all are gone.
    let (alive, mut all_done) = mpsc::channel::<()>(1);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, peer)) = accepted else { continue };
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
    mut stream: TcpStream,
    peer: SocketAddr,
    relay: &Relay,
    config: &Config,
    shutdown: watch::Receiver<bool>,
) {
    let _ = stream.set_nodelay(true);
    let rest = match http::accept(&mut stream, config.www.as_deref()).await {
        Ok(http::Request::Upgraded { rest }) => rest,
        _ => return,
    };
    let ws_config = WebSocketConfig::default()
        .read_buffer_size(4096)
        .write_buffer_size(0)
        .max_message_size(Some(config.max_frame))
        .max_frame_size(Some(config.max_frame));
    let ws = if rest.is_empty() {
        WebSocketStream::from_raw_socket(stream, Role::Server, Some(ws_config)).await
    } else {
        WebSocketStream::from_partially_read(stream, rest, Role::Server, Some(ws_config)).await
    };
    let conn = relay.next_conn.fetch_add(1, Ordering::Relaxed);
    debug!(conn, %peer, "socket open");
    let (sink, stream) = futures_util::StreamExt::split(ws);
    connection::run(sink, stream, relay, conn, shutdown).await;
}
