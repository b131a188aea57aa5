//! One relay connection after the upgrade, its life read top to bottom in
//! `run`: the `connect` handshake (`handshake`: a fresh place in a session
//! or a resumed one), the serving loop (`serve`: frames in, through the
//! session's rules), and the end (a lost socket's place kept for a resume,
//! or a clean close). What other connections see of it is `Conn` (`conn`),
//! with its outbox and backpressure (`sending`) and its resumable place
//! (`place`); `reader` parses the frames it reads. An idle connection holds
//! no buffer.
//!
//! Its log: one info line when `connect` is accepted, one when it ends, one
//! per refusal (rate-limited per connection). A session appears only as a
//! short hash of its key (the key is a secret), and a packet's text only at
//! trace level.

mod conn;
mod handshake;
mod place;
mod reader;
mod sending;
mod serve;
#[cfg(test)]
pub(super) mod test_sockets;
#[cfg(test)]
mod tests;

pub use conn::Conn;
pub(crate) use reader::{Message, Reader};

use super::frame;
use super::metrics::Refusal;
use super::rate::Rate;
use super::{Config, Relay};
use crate::protocol::client::CLOSE_RESUME;
use handshake::{join, wait_for_resume, Joined};
use serve::serve;
use std::io::ErrorKind;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::watch;
use tracing::{debug, info, warn};

/// How long a new socket has to send its HTTP request, and then its
/// `connect` request.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a closing socket is drained so the peer gets our close frame.
pub(super) const LINGER: Duration = Duration::from_secs(1);

/// Why a connection that answered no ping is closed (the close frame's
/// reason and the log's).
pub(super) const NO_ANSWER: &str = "no answer to pings";

/// Why a client whose backlog passed its bound is closed.
pub(super) const SLOW_READER: &str = "the client reads too slowly";

/// Why a connection whose frame took longer than `--frame-timeout` is closed.
pub(super) const STALLED: &str = "a frame took too long to arrive";

/// Why the loop of a connection ended.
pub(super) enum End {
    /// The peer is gone, the socket failed, or the relay gave up on it:
    /// nothing more to say.
    Gone(&'static str),
    /// The client closed, with its code if it gave one; we answer 1000.
    ClientClosed(Option<u16>),
    /// We close, with this code and reason.
    Close(u16, String),
}

/// How a session appears in the log: the first 8 hex digits of the SHA-1
/// of its key, enough to tell sessions apart, never the key.
pub(crate) fn session_tag(key: &str) -> String {
    let digest = sha1_smol::Sha1::from(key).digest().bytes();
    let [a, b, c, d, ..] = digest;
    format!("{:08x}", u32::from_be_bytes([a, b, c, d]))
}

/// Runs a connection to its end. `rest` holds bytes read past the HTTP head.
pub async fn run(
    conn: Arc<Conn>,
    rest: Vec<u8>,
    relay: &Relay,
    config: &Config,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut reader = Reader::new(rest, config.max_frame);
    let Some(Joined {
        key,
        tag,
        grace,
        session,
    }) = join(&conn, &mut reader, relay, config, &mut shutdown).await
    else {
        return;
    };
    let since = Instant::now();
    let mut rate = Rate::new(config.max_packet_rate, since);
    let end = serve(
        &conn,
        &mut reader,
        relay,
        &session,
        &mut rate,
        &mut shutdown,
    )
    .await;
    // A lost socket (not a close from either side) keeps its place for a
    // while, if it may be resumed; a socket resumed elsewhere left its
    // place to that one.
    let lost = match &end {
        End::Gone(_) => true,
        End::Close(_, reason) => reason == NO_ANSWER,
        // Our client gave this socket up for dead and resumes on another.
        End::ClientClosed(code) => *code == Some(CLOSE_RESUME),
    };
    if grace.is_some() && lost && relay.is_member(&session, &conn) && conn.detach() {
        info!(conn = conn.id, peer = %conn.peer, session = %tag, "detached: kept for a resume");
        Box::pin(wait_for_resume(&conn, &mut shutdown)).await;
    }
    relay.leave_place(&key, &conn, &session);
    let (code, reason) = match &end {
        End::Gone(why) => (None, *why),
        End::ClientClosed(code) => (*code, "client closed"),
        End::Close(code, reason) => (Some(*code), reason.as_str()),
    };
    info!(
        conn = conn.id,
        peer = %conn.peer,
        session = %tag,
        duration_ms = since.elapsed().as_millis() as u64,
        code,
        reason,
        "disconnected"
    );
    match end {
        End::Close(code, reason) => conn.close(code, &reason),
        End::ClientClosed(_) => conn.close(frame::CLOSE_NORMAL, ""),
        End::Gone(_) => {}
    }
    linger(&conn).await;
}

/// Counts a refusal and logs it with `why`, which is the relay's text,
/// never the client's. Logged the 1st, 2nd, 4th, 8th... time per
/// connection (at warn for what a well-behaved client never does), the
/// others at debug, so that a client cannot flood the log; refusals of a
/// `connect` (one per connection) are counted so for the whole relay, so
/// that many connections cannot either.
pub(super) fn refused(conn: &Conn, reason: Refusal, why: &'static str) {
    conn.metrics.refused(reason);
    let count = match reason {
        Refusal::Connect | Refusal::Token | Refusal::SessionFull => conn.metrics.refusals(reason),
        _ => u64::from(conn.refused.fetch_add(1, Relaxed) + 1),
    };
    let warning = reason == Refusal::Forbidden;
    let (conn, peer, reason) = (conn.id, conn.peer, reason.label());
    if !count.is_power_of_two() {
        debug!(conn, %peer, reason, count, "refused: {why}");
    } else if warning {
        warn!(conn, %peer, reason, count, "refused: {why}");
    } else {
        info!(conn, %peer, reason, count, "refused: {why}");
    }
}

/// Answers a ping.
pub(super) fn pong(conn: &Conn, payload: &[u8]) {
    let mut pong = Vec::with_capacity(payload.len() + 2);
    frame::write(&mut pong, frame::PONG, payload);
    conn.send(&pong);
}

/// Closes gracefully: flushes what is queued, half-closes, and reads what
/// the peer still sends (briefly) so that our last frames are not lost to a
/// reset.
pub(super) async fn linger(conn: &Conn) {
    let _ = tokio::time::timeout(LINGER, async {
        while conn.state().0 {
            if conn.stream.writable().await.is_err() || conn.flush().is_err() {
                return;
            }
        }
        let _ = socket2::SockRef::from(&conn.stream).shutdown(std::net::Shutdown::Write);
        loop {
            if conn.stream.readable().await.is_err() {
                return;
            }
            let mut chunk = [0u8; 4096];
            match conn.stream.try_read(&mut chunk) {
                Ok(0) => return,
                Err(e) if e.kind() != ErrorKind::WouldBlock => return,
                _ => {}
            }
        }
    })
    .await;
}
