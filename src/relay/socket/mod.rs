//! What the rest of the relay sees of one WebSocket connection: `Conn`
//! (`conn`), with its outbox and backpressure (`sending`) and its resumable
//! place (`place`). Other connections' tasks queue on it and flush it; the
//! connection's own task (`connection`) reads and serves.

mod conn;
mod place;
mod sending;
#[cfg(test)]
pub(in crate::relay) mod test_sockets;

pub use conn::Conn;
pub(in crate::relay) use sending::SLOW_READER;
