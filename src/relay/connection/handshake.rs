//! A connection's first message, which must be `connect`: who may join
//! (`relay::auth`), a fresh place in the session or a resumed one, or a
//! refusal; and a lost socket's wait for its place to be resumed.

use super::reader::{Filled, Message, Reader};
use crate::protocol::packet::{error_response, SERVER};
use crate::protocol::session::{
    connect_accepted, connect_refused, parse_connect, Connect, Create, Resumable, Resume,
    CONNECT_REFUSED_REASON,
};
use crate::relay::auth::Denied;
use crate::relay::config::Config;
use crate::relay::frame::{self, FrameError};
use crate::relay::metrics::Refusal;
use crate::relay::sessions::Relay;
use crate::relay::socket::Conn;
use std::io::ErrorKind;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;
use tracing::{debug, info};

/// How long a new socket has to send its HTTP request, and then its
/// `connect` request.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// How a session appears in the log: the first 8 hex digits of the SHA-1
/// of its key, enough to tell sessions apart, never the key.
pub(crate) fn session_tag(key: &str) -> String {
    let digest = sha1_smol::Sha1::from(key).digest().bytes();
    let [a, b, c, d, ..] = digest;
    format!("{:08x}", u32::from_be_bytes([a, b, c, d]))
}

/// The answer to a `connect` for a session that has its most clients.
pub(super) const SESSION_FULL: &str = "too many clients in this session";

/// Why a connection that sent no `connect` in time is closed.
pub(super) const NO_CONNECT: &str = "no connect request within 10 s";

/// A connection that joined its session (or resumed its place there).
pub(super) struct Joined {
    pub(super) key: String,
    /// The session's tag in the log.
    pub(super) tag: String,
    /// How long its place is kept if its socket is lost, if it may be resumed.
    pub(super) grace: Option<Duration>,
    pub(super) session: crate::relay::shared::SharedSession,
}

/// The connection's first message, which must be `connect`: the session it
/// joins, or None once it was refused (answered and closed). A function of
/// its own, so that what only the handshake needs is not kept in the
/// connection's task for its whole life.
pub(super) async fn join(
    conn: &Arc<Conn>,
    reader: &mut Reader,
    relay: &Relay,
    config: &Config,
    shutdown: &mut watch::Receiver<bool>,
) -> Option<Joined> {
    let first = first_message(conn, reader, shutdown).await;
    let Connect {
        key,
        id,
        batch,
        cancel,
        streams,
        interest,
        resume,
        token,
    } = read_connect(conn, first).await?;
    let (key, create) = match admit(config, key, token) {
        Ok(granted) => granted,
        Err(denied) => {
            turn_away(conn, Refusal::Token, &id, denied.why()).await;
            return None;
        }
    };
    conn.batch.store(batch, Relaxed);
    conn.cancel.store(cancel, Relaxed);
    conn.streams.store(streams, Relaxed);
    conn.interest.store(interest, Relaxed);
    let grace = config.resume_grace.filter(|_| resume != Resume::No);
    let tag = session_tag(&key);
    let session = match (&resume, grace) {
        (Resume::Token(token, acked), Some(grace)) => {
            relay.resume(&key, token, *acked, conn, &id, grace)
        }
        _ => None,
    };
    let session = match session {
        Some(session) => {
            drop(create); // it keeps what it was granted
            conn.metrics.resumes.fetch_add(1, Relaxed);
            info!(conn = conn.id, peer = %conn.peer, session = %tag, place = conn.place(), "resumed");
            session
        }
        None if relay.session_is_full(&key, config.max_session_clients) => {
            turn_away(conn, Refusal::SessionFull, &id, SESSION_FULL).await;
            return None;
        }
        None => join_anew(conn, relay, (&key, &id), grace, create),
    };
    Some(Joined {
        key,
        tag,
        grace,
        session,
    })
}

/// What came first on a new socket.
enum First {
    Message(Message),
    /// A framing error.
    Bad(FrameError),
    /// The socket ended, or the relay is shutting down.
    Gone,
    /// Nothing within `HANDSHAKE_TIMEOUT`.
    TimedOut,
}

/// The first message (pings before it are answered), within
/// `HANDSHAKE_TIMEOUT`.
async fn first_message(
    conn: &Conn,
    reader: &mut Reader,
    shutdown: &mut watch::Receiver<bool>,
) -> First {
    let first = tokio::time::timeout(HANDSHAKE_TIMEOUT, async {
        loop {
            match reader.next() {
                Ok(Some(Message::Ping(payload))) => {
                    conn.pong(&payload);
                    continue;
                }
                Ok(Some(m)) => return First::Message(m),
                Ok(None) => {}
                Err(e) => return First::Bad(e),
            }
            tokio::select! {
                _ = shutdown.changed() => return First::Gone,
                ready = conn.stream.readable() => {
                    if ready.is_err() {
                        return First::Gone;
                    }
                    match reader.fill(&conn.stream) {
                        Ok(Filled::Bytes { .. }) => {}
                        Err(e) if e.kind() == ErrorKind::WouldBlock => {}
                        _ => return First::Gone,
                    }
                }
            }
        }
    })
    .await;
    first.unwrap_or(First::TimedOut)
}

/// The `connect` request the first message must be; None once anything
/// else was answered (refused, or closed) and the socket let go.
async fn read_connect(conn: &Conn, first: First) -> Option<Connect> {
    let metrics = &conn.metrics;
    match first {
        First::Message(Message::Text(text)) => {
            metrics.packets_in.fetch_add(1, Relaxed);
            metrics.bytes_in.fetch_add(text.len() as u64, Relaxed);
            // Not logged even at trace: it holds the session's key.
            let connect = parse_connect(&text);
            if connect.is_none() {
                refuse(conn, CONNECT_REFUSED_REASON).await;
            }
            connect
        }
        First::Message(Message::Binary(len)) => {
            metrics.bytes_in.fetch_add(len as u64, Relaxed);
            refuse(conn, "a binary frame instead of connect").await;
            None
        }
        // RFC 6455 §5.5.1: a close is answered with a close, before
        // `connect` too; so is a framing error, and the connect timeout.
        First::Bad(FrameError { code, reason }) => {
            let refusal = if code == frame::CLOSE_TOO_BIG {
                Refusal::FrameTooBig
            } else {
                Refusal::BadFrame
            };
            conn.refusal(refusal, reason);
            conn.close(code, reason);
            conn.linger().await;
            None
        }
        other => {
            metrics.handshake_failures.fetch_add(1, Relaxed);
            debug!(conn = conn.id, peer = %conn.peer, "no connect request");
            match other {
                First::Message(Message::Close(_)) => conn.close(frame::CLOSE_NORMAL, ""),
                First::TimedOut => conn.close(frame::CLOSE_POLICY, NO_CONNECT),
                _ => {}
            }
            conn.linger().await;
            None
        }
    }
}

/// A fresh place in session `key` for the `connect` request `id`, with
/// what it asked for (`Conn::agreed`), resumable for `grace` if it may be: the
/// answer to `connect` goes first (nothing of the session may come before
/// it), then the connection joins.
fn join_anew(
    conn: &Arc<Conn>,
    relay: &Relay,
    (key, id): (&str, &str),
    grace: Option<Duration>,
    create: Create,
) -> crate::relay::shared::SharedSession {
    let token = grace.map(|_| relay.new_token(key, conn.id));
    let offer = token.as_deref().zip(grace).map(|(token, grace)| Resumable {
        token,
        grace_ms: grace.as_millis() as u64,
        resumed: None,
    });
    let agreed = conn.agreed();
    conn.send_packet(&connect_accepted(id, agreed, offer));
    if let Some(token) = token {
        conn.make_resumable(token);
    }
    let member = crate::relay::shared::Member::Socket(conn.clone());
    let session = relay.join(key, conn.id, member, create, agreed);
    conn.metrics.connections_total.fetch_add(1, Relaxed);
    let resumable = grace.is_some();
    info!(conn = conn.id, peer = %conn.peer, session = %session_tag(key), batch = agreed.batch, cancel = agreed.cancel, streams = agreed.streams, interest = agreed.interest, resumable, "connected");
    session
}

/// A detached connection's wait: until the pinger finds its grace period
/// over (no timer of its own: a pending one costs the whole relay, see
/// bench/NOTES.md), its place was resumed on another socket or can no
/// longer be (its replay passed its bound), or the relay shuts down.
pub(super) async fn wait_for_resume(conn: &Conn, shutdown: &mut watch::Receiver<bool>) {
    let over = async {
        loop {
            conn.wake.notified().await;
            if !conn.resumable.load(Relaxed) || conn.expired.load(Relaxed) {
                return;
            }
        }
    };
    tokio::select! {
        _ = over => {}
        _ = shutdown.changed() => {}
    }
}

/// The session a `connect` with this key (and token beside it) joins, and
/// what it may create there: with a secret, what a signed token grants.
pub(super) fn admit(
    config: &Config,
    key: String,
    token: Option<String>,
) -> Result<(String, Create), Denied> {
    let Some(auth) = &config.auth else {
        return Ok((key, Create::Any));
    };
    let grant = match token {
        Some(token) => auth.check(&token, Some(&key))?,
        None => auth.check(&key, None)?,
    };
    Ok((grant.session, grant.create))
}

/// A valid `connect` (`id`) refused by policy: answered with `why` as a
/// connect error, as 1.0.0 answers one, and closed with 1008.
pub(super) async fn turn_away(conn: &Conn, reason: Refusal, id: &str, why: &'static str) {
    conn.refusal(reason, why);
    conn.send_packet(&error_response(Some("connect"), SERVER, Some(id), why));
    conn.close(frame::CLOSE_POLICY, why);
    conn.linger().await;
}

/// Refuses a connection whose first message is not a `connect` request.
pub(super) async fn refuse(conn: &Conn, why: &'static str) {
    conn.refusal(Refusal::Connect, why);
    conn.send_packet(&connect_refused());
    conn.close(frame::CLOSE_NORMAL, CONNECT_REFUSED_REASON);
    conn.linger().await;
}
