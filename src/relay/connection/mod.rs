//! One relay connection after the upgrade, its life read top to bottom in
//! `run`: the `connect` handshake (`handshake`: a fresh place in a session
//! or a resumed one), the serving loop (`serve`: frames in, through the
//! session's rules), and the end (a lost socket's place kept for a resume,
//! or a clean close). What other connections see of it is `Conn`
//! (`relay::socket`); `reader` parses the frames it reads. An idle
//! connection holds no buffer.
//!
//! Its log: one info line when `connect` is accepted, one when it ends, one
//! per refusal (rate-limited per connection). A session appears only as a
//! short hash of its key (the key is a secret), and a packet's text only at
//! trace level.

mod handshake;
mod reader;
mod serve;
#[cfg(test)]
mod tests;

pub(crate) use handshake::session_tag;
pub use handshake::HANDSHAKE_TIMEOUT;
pub(crate) use reader::{Message, Reader};

use super::config::Config;
use super::frame;
use super::rate::Rate;
use super::sessions::Relay;
use super::socket::Conn;
use crate::protocol::client::CLOSE_RESUME;
use handshake::{join, wait_for_resume, Joined};
use serve::{serve, End, NO_ANSWER};
use std::sync::Arc;
use std::time::Instant;
use tokio::sync::watch;
use tracing::info;

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
    conn.linger().await;
}
