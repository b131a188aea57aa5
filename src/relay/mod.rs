//! The `ragentsd` relay. `sessions` holds the live sessions (`Relay`),
//! each a `shared` session: its rules under a lock, its members, and the
//! delivery of what the rules produce. Around them: `accept` (sockets in,
//! upgraded, each becoming a `connection`, seen by the others as a
//! `socket`), `places` (resumable places and their tokens), `pinger` (the
//! one task that looks at every connection), `rpc` (JSON-RPC calls over
//! HTTP, members too) and `cluster` (sessions shared over NATS).

mod accept;
pub mod auth;
pub mod cluster;
mod config;
mod connection;
pub mod frame;
#[doc(hidden)]
pub mod fuzz;
pub mod http;
pub mod liveness;
pub mod metrics;
mod outbox;
mod per_ip;
mod pinger;
mod places;
mod rate;
pub mod rpc;
mod sessions;
mod shared;
mod socket;
mod ticker;

pub use accept::serve;
pub use config::Config;
pub use per_ip::FromIp;
pub use sessions::Relay;
