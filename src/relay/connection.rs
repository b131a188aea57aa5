//! One relay connection after the upgrade: the `connect` handshake, then
//! frames in (through the session's rules) and frames out (from the
//! connection's outbox), until either side closes or the relay shuts down.
//! Generic over the socket's `Sink` and `Stream` halves.

use super::{Relay, SharedSession};
use crate::protocol::packet::SERVER;
use crate::protocol::session::{
    connect_accepted, connect_refused, parse_connect, ConnId, Verdict, CONNECT_REFUSED_REASON,
};
use futures_util::{Sink, SinkExt, Stream, StreamExt};
use std::time::Duration;
use tokio::sync::{mpsc, watch};
use tokio_tungstenite::tungstenite::error::{CapacityError, Error as WsError};
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::Message;
use tracing::{debug, info, warn};

/// How long a new socket has to send its `connect` request.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

fn close(code: CloseCode, reason: &str) -> Message {
    Message::Close(Some(CloseFrame {
        code,
        reason: reason.into(),
    }))
}

/// Runs one connection to its end.
pub async fn run<W, R>(
    mut sink: W,
    mut stream: R,
    relay: &Relay,
    conn: ConnId,
    mut shutdown: watch::Receiver<bool>,
) where
    W: Sink<Message, Error = WsError> + Unpin,
    R: Stream<Item = Result<Message, WsError>> + Unpin,
{
    let first = tokio::select! {
        first = tokio::time::timeout(CONNECT_TIMEOUT, stream.next()) => first,
        _ = shutdown.changed() => return,
    };
    let (key, id) = match first {
        Ok(Some(Ok(Message::Text(text)))) => match parse_connect(&text) {
            Some(found) => found,
            None => return refuse(sink, conn, &text).await,
        },
        Ok(Some(Ok(_))) => return refuse(sink, conn, "(not a text frame)").await,
        _ => return,
    };
    let (tx, mut rx) = mpsc::unbounded_channel();
    let session = relay.join(&key, conn, tx);
    debug!(conn, key, "connected");
    if sink
        .send(Message::text(connect_accepted(&id)))
        .await
        .is_ok()
    {
        serve(
            &mut sink,
            &mut stream,
            &mut rx,
            &session,
            conn,
            &mut shutdown,
        )
        .await;
    }
    relay.leave(&key, conn, &session);
    debug!(conn, "closed");
}

async fn refuse<W>(mut sink: W, conn: ConnId, first: &str)
where
    W: Sink<Message, Error = WsError> + Unpin,
{
    info!(conn, first = %first.chars().take(200).collect::<String>(), "refused: {CONNECT_REFUSED_REASON}");
    let _ = sink.feed(Message::text(connect_refused())).await;
    let _ = sink
        .send(close(CloseCode::Normal, CONNECT_REFUSED_REASON))
        .await;
}

async fn serve<W, R>(
    sink: &mut W,
    stream: &mut R,
    rx: &mut mpsc::UnboundedReceiver<Message>,
    session: &SharedSession,
    conn: ConnId,
    shutdown: &mut watch::Receiver<bool>,
) where
    W: Sink<Message, Error = WsError> + Unpin,
    R: Stream<Item = Result<Message, WsError>> + Unpin,
{
    let mut out = Vec::new();
    loop {
        tokio::select! {
            biased;
            _ = shutdown.changed() => {
                let _ = sink.send(close(CloseCode::Away, "relay shutting down")).await;
                return;
            }
            frame = rx.recv() => {
                let Some(frame) = frame else { return };
                // Write everything queued by this wake-up, then flush once.
                if sink.feed(frame).await.is_err() {
                    return;
                }
                while let Ok(frame) = rx.try_recv() {
                    if sink.feed(frame).await.is_err() {
                        return;
                    }
                }
                if sink.flush().await.is_err() {
                    return;
                }
            }
            incoming = stream.next() => match incoming {
                Some(Ok(Message::Text(text))) => {
                    let verdict = {
                        let mut s = session.lock().unwrap();
                        let verdict = s.receive(conn, &text, &mut out);
                        for o in out.drain(..) {
                            super::deliver(&s, o, Some(&text));
                        }
                        verdict
                    };
                    match verdict {
                        Verdict::Done => debug!(conn, "{text}"),
                        Verdict::Refused(why) if why.contains("another connection") => {
                            warn!(conn, "refused ({why}): {text}")
                        }
                        Verdict::Refused(why) => info!(conn, "refused ({why}): {text}"),
                    }
                }
                Some(Ok(Message::Binary(_))) => {
                    let error = crate::protocol::packet::error_response(
                        None, SERVER, None, "binary frames are not part of the protocol");
                    if sink.send(Message::text(error)).await.is_err() {
                        return;
                    }
                    info!(conn, "refused a binary frame");
                }
                Some(Ok(Message::Close(_))) | None => {
                    let _ = sink.flush().await;
                    return;
                }
                Some(Ok(_)) => {} // ping and pong are answered by tungstenite
                Some(Err(WsError::Capacity(CapacityError::MessageTooLong { size, max_size }))) => {
                    info!(conn, size, max_size, "closed: frame too large");
                    let reason = format!("frame larger than {max_size} bytes");
                    let _ = sink.send(close(CloseCode::Size, &reason)).await;
                    return;
                }
                Some(Err(e)) => {
                    debug!(conn, "socket error: {e}");
                    return;
                }
            }
        }
    }
}
