//! Accepting sockets: the listener's loop, each socket's upgrade (with its
//! address counted against `--max-ip-connections`) and the connection it
//! becomes.

use super::config::Config;
use super::connection;
use super::metrics::Metrics;
use super::per_ip::FromIp;
use super::sessions::Relay;
use super::socket::Conn;
use super::{http, pinger, rpc};
use std::net::SocketAddr;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, watch};
use tracing::debug;

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
    tokio::spawn(pinger::pinger(
        relay.clone(),
        config.clone(),
        shutdown.clone(),
    ));
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

pub(super) async fn handle(
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
pub(super) struct Upgraded<'r> {
    conn: Arc<Conn>,
    /// Bytes read past the HTTP head.
    rest: Vec<u8>,
    counted: Option<FromIp<'r>>,
}

/// Reads a socket's HTTP request and answers it: None once it was served
/// (a plain request, a JSON-RPC call, a refusal), else the WebSocket it
/// became.
pub(super) async fn upgrade<'r>(
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

/// Counts an open WebSocket connection for as long as it lives.
pub(super) struct OpenConnection<'a>(&'a Metrics);

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
    use super::{handle, Config, Relay};

    /// Each connection's task is one allocation of this future's size for its
    /// whole life: no buffer may be held across an await in it.
    #[tokio::test]
    async fn a_connection_task_stays_small() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        let (relay, config) = (Relay::default(), Config::default());
        let (_stop, stopped) = tokio::sync::watch::channel(false);
        let task = handle(stream, addr, &relay, &config, stopped);
        let size = std::mem::size_of_val(&task);
        eprintln!("task future: {size}");
        assert!(size <= 1280, "a connection's task future is {size} bytes");
    }
}
