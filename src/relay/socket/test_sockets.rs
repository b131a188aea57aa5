//! Connections over real local sockets, for the relay's unit tests.

use super::conn::Conn;
use crate::relay::metrics::Metrics;
use std::sync::Arc;

/// `n` connections (ids 0, 1, ...) and their peers: plain std sockets,
/// non-blocking, so that a read of theirs asks the kernel, not tokio's
/// readiness cache ("nothing written yet" is then a fact).
pub async fn pairs(n: u64, metrics: &Arc<Metrics>) -> (Vec<Arc<Conn>>, Vec<std::net::TcpStream>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (mut conns, mut peers) = (Vec::new(), Vec::new());
    for id in 0..n {
        let peer = std::net::TcpStream::connect(addr).unwrap();
        peer.set_nonblocking(true).unwrap();
        peers.push(peer);
        let (stream, at) = listener.accept().await.unwrap();
        conns.push(Arc::new(Conn::new(id, at, stream, metrics.clone())));
    }
    (conns, peers)
}
