//! What the session task needs of the world, natively: a WebSocket
//! (tokio-tungstenite, `wss://` by rustls), tokio's clock, timers and
//! tasks. The browser has its own (`web_io`), with the same names.

use futures_util::{SinkExt, StreamExt};
use std::future::Future;
use std::time::Duration;
use tokio::net::TcpStream;
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

/// How long a frame may wait for the socket to take it: a socket that
/// takes nothing that long (a peer that stopped reading, a half-open
/// connection) counts as lost, as the core's timers do not run meanwhile.
const WRITE_BOUND: Duration = Duration::from_secs(10);

/// What came from the socket.
pub(super) enum Incoming {
    Text(String),
    /// A ping, a pong or a binary frame: a sign of life, no more.
    Other,
    /// The socket is closed, and why.
    Closed(String),
}

/// A WebSocket to a relay, speaking the ragents subprotocol.
pub(super) struct Socket(WebSocketStream<MaybeTlsStream<TcpStream>>);

impl Socket {
    pub(super) async fn open(url: &str) -> Result<Socket, String> {
        let mut request = url.into_client_request().map_err(|e| e.to_string())?;
        let protocol = "ragents-protocol"
            .parse()
            .map_err(|_| "bad header".to_owned())?;
        request
            .headers_mut()
            .insert("Sec-WebSocket-Protocol", protocol);
        let (socket, _) = tokio_tungstenite::connect_async(request)
            .await
            .map_err(|e| e.to_string())?;
        Ok(Socket(socket))
    }

    pub(super) async fn next(&mut self) -> Incoming {
        match self.0.next().await {
            Some(Ok(Message::Text(text))) => Incoming::Text(text.as_str().to_owned()),
            Some(Ok(Message::Close(close))) => Incoming::Closed(
                close.map_or_else(|| "connection closed".to_owned(), |c| c.reason.to_string()),
            ),
            Some(Ok(_)) => Incoming::Other,
            Some(Err(e)) => Incoming::Closed(e.to_string()),
            None => Incoming::Closed("connection closed".into()),
        }
    }

    /// Sends a text frame; Err(why) when the socket is lost.
    pub(super) async fn send(&mut self, text: String) -> Result<(), String> {
        let sent = tokio::time::timeout(WRITE_BOUND, self.0.send(Message::Text(text.into()))).await;
        match sent {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(e.to_string()),
            Err(_) => Err("the relay takes nothing more".to_owned()),
        }
    }

    /// Closes it, waiting a second at most for the relay to agree.
    pub(super) async fn close(mut self) {
        let _ = tokio::time::timeout(Duration::from_secs(1), self.0.close(None)).await;
    }
}

/// The session's clock: ms since it started, never stepping back.
pub(super) struct Clock(Instant);

impl Clock {
    pub(super) fn start() -> Clock {
        Clock(Instant::now())
    }

    pub(super) fn now(&self) -> u64 {
        self.0.elapsed().as_millis() as u64
    }

    /// Waits until `ms` on this clock.
    pub(super) async fn sleep_until(&self, ms: u64) {
        tokio::time::sleep_until(self.0 + Duration::from_millis(ms)).await
    }
}

/// `f`'s output, or None when it takes longer than `bound`.
pub(super) async fn within<T>(bound: Duration, f: impl Future<Output = T>) -> Option<T> {
    tokio::time::timeout(bound, f).await.ok()
}

/// Runs `f` on its own (the session's task, a handler).
pub(super) fn spawn(f: impl Future<Output = ()> + Send + 'static) {
    tokio::spawn(f);
}

/// A seed for the jitter of reconnections and the calls' salt.
pub(super) fn seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64 | 1)
}
