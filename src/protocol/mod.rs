//! The pure protocol core shared by the relay and the browser client:
//! packets, their validation, and the rules of a session. No I/O, no clock.

pub mod client;
pub mod cluster;
pub mod jsonrpc;
pub mod packet;
pub mod resume;
pub mod session;
pub mod small_map;

#[cfg(test)]
mod cluster_tests;
#[cfg(test)]
mod session_tests;

/// Native only: proptest is not built for wasm.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod client_tests;
